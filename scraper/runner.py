"""Run crawls: the configured sources, one NewsSpider each, in one Scrapy process.

Scrapy's reactor cannot be restarted, so ``run_crawl`` can be called once per process; the
scheduler therefore runs each crawl as a fresh ``newsvault crawl`` subprocess.
"""
from __future__ import annotations

import logging
import signal
import sys
import time
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Mapping

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archive.articles import known_articles
from archive.captures import known_file_urls
from archive.db import archive_exists, connect
from archive.search_index import fold
from core.controls import SafeFormatter
from scraper import stats as stats_keys
from scraper.clean.engine import MAX_PAGE_BYTES
from scraper.files import FileFetcher
from scraper.recheck import RecheckPolicy
from scraper.sources import Config, Source
from scraper.spiders.news import NewsSpider

OUR_LOGGERS = ("scraper", "archive", "cli", "newsvault")
# How often the progress callback is called while crawling.
PROGRESS_INTERVAL_S = 0.5
REMOTE_CONTROL = "scrapy.extensions.remote_control.RemoteControl"


@dataclass
class RunSummary:
    """Where one source's run stands (live while crawling, final afterwards)."""

    source: str
    run_id: int | None = None
    status: str = "running"
    pages_fetched: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    articles_skipped: int = 0
    articles_gone: int = 0
    errors: int = 0
    files_captured: int = 0
    in_flight: int = 0                 # requests being downloaded now
    seconds: float = 0.0               # since the crawl began, until this source's run ended
    articles_elsewhere: int = 0        # met, but another source's (archive.store: one owner per URL)
    error: str | None = None           # why it failed, when the crawl knows (the archive failed)


# The settings that name a class for Scrapy to load, one by one or as {path: order} / {scheme: path}.
_COMPONENT_LISTS = ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS", "ITEM_PIPELINES", "DOWNLOAD_HANDLERS")
_COMPONENTS = ("SCHEDULER", "SCHEDULER_PRIORITY_QUEUE", "SCHEDULER_MEMORY_QUEUE", "SCHEDULER_DISK_QUEUE",
               "DUPEFILTER_CLASS", "STATS_CLASS", "LOG_FORMATTER", "REQUEST_FINGERPRINTER_CLASS", "ROBOTSTXT_PARSER",
               "DOWNLOADER", "ITEM_PROCESSOR")


def preload() -> None:
    """Import every class a crawl's settings name, as a crawl would, but run nothing: for a process
    that forks crawls (cluster.job's crawl servers; measured ~0.3 s CPU of a crawl's imports), and
    build what the archive builds on first use.
    Twisted's reactor stays uninstalled: the crawl installs the one its settings ask for."""
    from scrapy.utils.misc import load_object

    settings = Settings()
    settings.setmodule("settings", priority="project")
    paths: list[str] = [settings[key] for key in _COMPONENTS if isinstance(settings[key], str)]
    for key in _COMPONENT_LISTS:
        for name in (key + "_BASE", key):
            for k, v in settings.getdict(name).items():
                path = v if key == "DOWNLOAD_HANDLERS" else k
                if isinstance(path, str) and path != REMOTE_CONTROL and v is not None:
                    paths.append(path)
    for path in paths:
        load_object(path)
    fold("")  # the search index's fold table, built on first use: ~0.05 s a crawl
    assert "twisted.internet.reactor" not in sys.modules, "preloading installed a reactor"


def crawl_settings(config: Config, db_path: Path | str, trigger: str = "manual", log_level: str | None = None,
                   run_ids: Mapping[str, int] | None = None, log_handler: logging.Handler | None = None) -> Settings:
    """settings.py, with the [crawl] values of the configuration and this run's archive on top.

    ``run_ids``: each source's run row, created (or claimed from the scheduler) before the crawl.
    """
    s = Settings()
    s.setmodule("settings", priority="project")
    # Switched off in settings.py, and not imported either (Scrapy imports every extension it
    # lists, to compare them, before asking them whether they are enabled): aiohttp, ~0.1 s CPU.
    s.set("EXTENSIONS_BASE", {k: v for k, v in s.getdict("EXTENSIONS_BASE").items() if k != REMOTE_CONTROL},
          priority="project")
    c = config.crawl
    s.setdict({
        "USER_AGENT": c.user_agent,
        "DOWNLOAD_DELAY": c.delay,
        "AUTOTHROTTLE_START_DELAY": max(c.delay, 0.0),
        "CONCURRENT_REQUESTS_PER_DOMAIN": c.concurrency_per_domain,
        "NEWSVAULT_MAX_PAGES": c.max_pages,
        "DOWNLOAD_TIMEOUT": c.timeout,
        "DEFAULT_REQUEST_HEADERS": {**s.getdict("DEFAULT_REQUEST_HEADERS"), "Accept-Language": c.accept_language},
        "NEWSVAULT_DB": str(db_path),
        "NEWSVAULT_WARC_DIR": str(config.warc_dir),
        "NEWSVAULT_TRIGGER": trigger,
        "NEWSVAULT_RUN_IDS": dict(run_ids or {}),
        # One page size limit, the cleaner's: a page it would refuse is not downloaded either
        # (and one that is bigger, or decompresses to more, is a failure of kind too_large).
        "DOWNLOAD_MAXSIZE": MAX_PAGE_BYTES,
    }, priority="cmdline")
    if config.cluster is not None:
        # Crawls on other hosts may reach the same sites: the delay is kept for all of them in
        # Redis (scraper.ratelimit), and this process adds none of its own.
        s.setdict({"NEWSVAULT_POLITENESS_REDIS": config.cluster.broker, "NEWSVAULT_POLITENESS_DELAY": c.delay,
                   "DOWNLOAD_DELAY": 0, "DOWNLOAD_DELAY_JITTER": 0, "AUTOTHROTTLE_ENABLED": False},
                  priority="cmdline")
    if c.delay == 0:
        # delay 0 means "as fast as the server answers": AutoThrottle would add its own delay.
        s.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        s.set("DOWNLOAD_DELAY_JITTER", 0, priority="cmdline")
    if log_level:
        # Scrapy's own INFO lines (middleware lists, stats dumps) are not for users: its root
        # handler gets WARNING at least, and our loggers get a handler of their own.
        level = logging.getLevelName(log_level)
        s.set("LOG_LEVEL", logging.getLevelName(max(logging.WARNING, level)), priority="cmdline")
        handler = log_handler or logging.StreamHandler()
        if log_handler is None:
            handler.setFormatter(SafeFormatter(s.get("LOG_FORMAT"), s.get("LOG_DATEFORMAT")))
        else:  # it hears Scrapy's records too (through the root logger): WARNING at least of theirs
            handler.addFilter(lambda r: r.levelno >= max(logging.WARNING, level) or not r.name.startswith(
                ("scrapy", "twisted", "py.warnings")))
            handler.setLevel(level)
        for name in OUR_LOGGERS:
            logger = logging.getLogger(name)
            logger.handlers[:] = [handler]
            logger.setLevel(level)
            logger.propagate = False
    return s


def _summary(crawler, source: Source, began: float, ended: dict[str, float]) -> RunSummary:
    stats = crawler.stats
    status = stats.get_value(stats_keys.STATUS, "running")
    if status != "running":
        ended.setdefault(source.name, time.monotonic())
    try:
        in_flight = len(crawler.engine.downloader.active) if status == "running" else 0
    except (AttributeError, RuntimeError):  # the crawl has not started yet (Scrapy sets engine then)
        in_flight = 0
    return RunSummary(source=source.name, run_id=stats.get_value(stats_keys.RUN_ID), status=status,
                      error=stats.get_value(stats_keys.ERROR),
                      in_flight=in_flight, seconds=ended.get(source.name, time.monotonic()) - began,
                      **asdict(stats_keys.run_counts(stats)))


def recheck_policy(config: Config, db_path: Path | str, source: Source,
                   recheck_all: bool = False) -> tuple[RecheckPolicy, FileFetcher]:
    """What the source's spider may know of the archive: a read-only snapshot of its articles and
    of the files it holds, taken now (see scraper.recheck for why a snapshot)."""
    known, files = None, set()
    if archive_exists(db_path):
        with closing(connect(db_path, readonly=True)) as conn:
            known = known_articles(conn, source.name)
            files = known_file_urls(conn, source.name)
    c = config.crawl
    fetcher = FileFetcher(source.allowed_domains, files, enabled=c.attachments, max_size=c.attachment_max_size,
                          run_limit=c.attachment_run_limit, refetch=recheck_all)
    return RecheckPolicy(known, c.recheck_after, recheck_all), fetcher


def run_crawl(config: Config, sources: list[Source], db_path: Path | str, trigger: str = "manual",
              log_level: str | None = None,
              on_progress: Callable[[list[RunSummary]], None] | None = None,
              run_ids: Mapping[str, int] | None = None, recheck: bool = False,
              log_handler: logging.Handler | None = None,
              on_interrupt: Callable[[int], None] | None = None) -> list[RunSummary]:
    """Crawl the sources (in parallel) into the archive; return one summary per source.

    ``run_ids``: the run row of each source, made by the caller (which holds the sources' run
    locks, archive.run_locks); a source without one gets a new row from its crawl.
    ``recheck``: also re-fetch every live archived article of the sources, linked or not, now.
    ``log_handler``: where every log line goes (the command line's live display), instead of stderr.
    ``on_interrupt``: told of each Ctrl-C/SIGTERM (1: stopping after the pages being fetched,
    2: stopping at once), from the reactor thread, as soon as it arrives.
    """
    settings = crawl_settings(config, db_path, trigger, log_level, run_ids, log_handler)
    if log_handler is not None:
        settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    if log_handler is not None:
        root = logging.getLogger()
        root.handlers[:] = [log_handler]
        root.setLevel(settings.get("LOG_LEVEL"))
    crawlers = []
    for source in sources:
        crawler = process.create_crawler(NewsSpider)
        crawlers.append((crawler, source))
        policy, files = recheck_policy(config, db_path, source, recheck)
        process.crawl(crawler, source=source, policy=policy, files=files)
    began, ended = time.monotonic(), {}  # type: ignore[var-annotated]
    if on_progress is not None:
        from twisted.internet import task

        ticker = task.LoopingCall(lambda: on_progress([_summary(c, s, began, ended) for c, s in crawlers]))
        ticker.start(PROGRESS_INTERVAL_S, now=False)
    if on_interrupt is not None:
        from twisted.internet import reactor

        # Scrapy installs its shutdown handlers once the reactor runs (a startup trigger, registered by
        # process.start after this one): wrap them on the first turn of the running reactor.
        reactor.callWhenRunning(reactor.callLater, 0, _hear_interrupts, on_interrupt)
    process.start()
    return [_summary(c, s, began, ended) for c, s in crawlers]


def _hear_interrupts(on_interrupt: Callable[[int], None], count: int = 0) -> None:
    """Wrap the SIGINT/SIGTERM handlers Scrapy installed so that ``on_interrupt`` hears each signal
    at once (Scrapy's first handler installs a second one: that is wrapped in turn)."""
    from twisted.internet import reactor

    for sig in (signal.SIGINT, signal.SIGTERM):
        scrapy_handler = signal.getsignal(sig)
        if not callable(scrapy_handler):
            continue

        def handler(signum, frame, scrapy_handler=scrapy_handler):
            reactor.callFromThread(on_interrupt, count + 1)  # no I/O in a signal handler
            scrapy_handler(signum, frame)
            _hear_interrupts(on_interrupt, count + 1)

        signal.signal(sig, handler)
