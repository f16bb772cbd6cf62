"""Run crawls: the configured sources, one NewsSpider each, in one Scrapy process.

Scrapy's reactor cannot be restarted, so ``run_crawl`` can be called once per process; the
scheduler therefore runs each crawl as a fresh ``newsvault crawl`` subprocess.
"""
from __future__ import annotations

import logging
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archive.articles import known_articles
from archive.captures import known_file_urls
from archive.db import connect
from scraper import stats as stats_keys
from scraper.files import FileFetcher
from scraper.recheck import RecheckPolicy
from scraper.sources import Config, Source
from scraper.spiders.news import NewsSpider

OUR_LOGGERS = ("scraper", "archive", "cli", "newsvault")
# How often the progress callback is called while crawling.
PROGRESS_INTERVAL_S = 0.5


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


def crawl_settings(config: Config, db_path: Path, trigger: str = "manual", log_level: str | None = None,
                   run_id: int | None = None) -> Settings:
    """settings.py, with the [crawl] values of the configuration and this run's archive on top."""
    s = Settings()
    s.setmodule("settings", priority="project")
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
        "NEWSVAULT_WARC_DIR": str(config.archive.warc_dir),
        "NEWSVAULT_TRIGGER": trigger,
        "NEWSVAULT_RUN_ID": run_id,
    }, priority="cmdline")
    if c.delay == 0:
        # delay 0 means "as fast as the server answers": AutoThrottle would add its own delay.
        s.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        s.set("DOWNLOAD_DELAY_JITTER", 0, priority="cmdline")
    if log_level:
        # Scrapy's own INFO lines (middleware lists, stats dumps) are not for users: its root
        # handler gets WARNING at least, and our loggers get a handler of their own.
        level = logging.getLevelName(log_level)
        s.set("LOG_LEVEL", logging.getLevelName(max(logging.WARNING, level)), priority="cmdline")
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(s.get("LOG_FORMAT"), s.get("LOG_DATEFORMAT")))
        for name in OUR_LOGGERS:
            logger = logging.getLogger(name)
            logger.handlers[:] = [handler]
            logger.setLevel(level)
            logger.propagate = False
    return s


def _summary(crawler, source: Source) -> RunSummary:
    stats = crawler.stats
    return RunSummary(source=source.name, run_id=stats.get_value(stats_keys.RUN_ID),
                      status=stats.get_value(stats_keys.STATUS, "running"),
                      **asdict(stats_keys.run_counts(stats)))


def recheck_policy(config: Config, db_path: Path, source: Source,
                   recheck_all: bool = False) -> tuple[RecheckPolicy, FileFetcher]:
    """What the source's spider may know of the archive: a read-only snapshot of its articles and
    of the files it holds, taken now (see scraper.recheck for why a snapshot)."""
    known, files = None, set()
    if Path(db_path).exists():
        with closing(connect(db_path, readonly=True)) as conn:
            known = known_articles(conn, source.name)
            files = known_file_urls(conn, source.name)
    c = config.crawl
    fetcher = FileFetcher(source.allowed_domains, files, enabled=c.attachments, max_size=c.attachment_max_size,
                          run_limit=c.attachment_run_limit, refetch=recheck_all)
    return RecheckPolicy(known, c.recheck_after, recheck_all), fetcher


def run_crawl(config: Config, sources: list[Source], db_path: Path, trigger: str = "manual",
              log_level: str | None = None,
              on_progress: Callable[[list[RunSummary]], None] | None = None,
              run_id: int | None = None, recheck: bool = False) -> list[RunSummary]:
    """Crawl the sources (in parallel) into the archive; return one summary per source.

    ``run_id``: record into this existing run row (the scheduler's) instead of a new one; one source only.
    ``recheck``: also re-fetch every live archived article of the sources, linked or not, now.
    """
    settings = crawl_settings(config, db_path, trigger, log_level, run_id)
    process = CrawlerProcess(settings)
    crawlers = []
    for source in sources:
        crawler = process.create_crawler(NewsSpider)
        crawlers.append((crawler, source))
        policy, files = recheck_policy(config, db_path, source, recheck)
        process.crawl(crawler, source=source, policy=policy, files=files)
    if on_progress is not None:
        from twisted.internet import task

        ticker = task.LoopingCall(lambda: on_progress([_summary(c, s) for c, s in crawlers]))
        ticker.start(PROGRESS_INTERVAL_S, now=False)
    process.start()
    return [_summary(c, s) for c, s in crawlers]
