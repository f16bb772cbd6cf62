"""Item pipelines: clean each fetched page (in worker processes), then archive it.

CleanPipeline calls the pure cleaner (scraper.clean) and never touches the database;
ArchivePipeline is the only place a crawl writes, and it records the run it belongs to.

The crawl's CPU goes three ways: Scrapy's reactor thread (fetching, link extraction), the
cleaner worker processes (cleaning, and cutting the article into search-index tokens), and one
archive writer thread (WARC records and the pages' SQLite transactions, committed in batches:
archive.batches; mostly C code that releases the GIL). bench/crawl.py measures the whole against a bare Scrapy spider.
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from archive.batches import BatchWriter
from archive.cloaks import SpiderView
from archive.runs import ARCHIVE_FAILED
from archive.sqlite import describe_error
from archive.store import ArchiveStore, RunCounts
from core.errors import NewsvaultError
from core.pages import FetchedPage, FetchFailure, FileNote
from scraper import stats as stats_keys
from scraper.clean.workers import CleanWorkers, failure
from scraper.cleaning import WORKER_PRELOAD, clean_for_archive
from scraper.cloakcheck import CloakCheck
from scraper.profiling import ProfilePass

logger = logging.getLogger(__name__)


class CleanPipeline:
    """FetchedPage → FetchedPage with ``article`` set; a page the cleaner rejects becomes a FetchFailure."""

    def __init__(self, crawler, workers: int):
        self.crawler = crawler
        self.workers = workers
        self.cleaner: CleanWorkers | None = None
        self.profiles: ProfilePass | None = None
        self.cloak: CloakCheck | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getint("NEWSVAULT_CLEAN_WORKERS", 1))

    def open_spider(self) -> None:
        self.cleaner = CleanWorkers(self.workers, preload=WORKER_PRELOAD)
        source = self.crawler.spider.source
        if source.cloak_check:  # first: its checks go out before the profile's second pass begins
            self.cloak = CloakCheck(self.crawler, self.cleaner.submit, source.cloak_check_sample)
            self.cloak.open()
        self.profiles = ProfilePass(self.crawler, self.cleaner.submit, self.workers)
        self.profiles.open()

    def close_spider(self) -> None:
        if self.cleaner is not None:
            self.cleaner.close()
            self.cleaner = None

    async def process_item(self, item):
        if not isinstance(item, FetchedPage) or item.status != 200 or item.kind != "article":
            return item  # a 304 or 404/410 re-fetch, a listing or a file: nothing to clean
        assert self.cleaner is not None and self.profiles is not None, "items arrive between open_spider and close_spider"
        profile, stamp = self.profiles.for_page()
        args = (item.body, item.final_url, dict(item.headers), self.crawler.spider.source.selectors, profile)
        try:
            item.article, item.index_streams, traits = await asyncio.wrap_future(
                self.cleaner.submit(clean_for_archive, *args))
            self.profiles.observe(item.final_url, stamp, traits)
            if self.cloak is not None:
                self.cloak.consider(item)
        except Exception as e:  # a cleaner bug, a stuck or crashed worker: it costs one page, not the run
            if not isinstance(e, NewsvaultError):
                logger.warning("cleaner failed on %s: %s", item.final_url, failure(e))
            return FetchFailure(item.source_name, item.final_url, item.status, failure(e), "clean")
        return item


class ArchivePipeline:
    """Records the run, each article page (capture + version) and each failure in the archive.

    Any failure of the archive — the database or a WARC file: a full disk, a read-only folder, a
    file removed — stops the crawl: the spider is closed, nothing more is written (a page whose
    write failed was rolled back, its WARC records cut off again), and the run is recorded
    ``failed`` with the reason, which `newsvault crawl` turns into exit status 1 and the run's
    health into ``archive failed``. Fetching on would only lose more pages.
    """

    def __init__(self, crawler, db_path: str, trigger: str, run_id: int | None = None):
        """``run_id``: the run row made before the crawl (by `newsvault crawl`); None: make one."""
        self.crawler = crawler
        self.db_path = db_path
        self.trigger = trigger
        self.store: ArchiveStore | None = None
        self.run_id: int | None = run_id
        self.failure: str | None = None    # why the archive failed; nothing is written after it
        # One thread does every write of the run, in arrival order, committing them in batches:
        # SQLite and zlib release the GIL, so the reactor keeps fetching while a batch commits.
        self.writer: BatchWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        db = crawler.settings.get("NEWSVAULT_DB")
        if not db:
            raise NotConfigured("NEWSVAULT_DB is not set: run crawls through `newsvault crawl`")
        pipeline = cls(crawler, db, crawler.settings.get("NEWSVAULT_TRIGGER", "manual"))
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        source = self.crawler.spider.source
        self.store = ArchiveStore(self.db_path, warc_dir=self.crawler.settings.get("NEWSVAULT_WARC_DIR"))
        try:
            self.store.recover_warc()  # a crawl killed mid-write left half a record: cut it off (logged)
        except (sqlite3.Error, OSError) as e:  # the next crawl tries again; `newsvault verify` lists them
            logger.warning("%s: could not check the WARC files left open by earlier crawls: %s", source.name, e)
        if self.run_id is None:
            self.run_id = self.crawler.settings.getdict("NEWSVAULT_RUN_IDS").get(source.name)
        if self.run_id is None:
            self.run_id = self.store.start_run(source.name, self.trigger, source.title)
        else:
            self.store.set_source_title(source.name, source.title)
        self.crawler.stats.set_value(stats_keys.RUN_ID, self.run_id)
        self.writer = BatchWriter(self.store)

    async def process_item(self, item):
        if self.failure is not None:
            return item  # the archive failed: the spider is closing, nothing more is written
        assert self.writer is not None, "items arrive between open_spider and spider_closed"
        try:  # done when the page's batch is committed: whoever reads the archive next sees it
            counted = await asyncio.wrap_future(self.writer.submit(self._write, item))
        except Exception as e:
            self._failed(e)
            return item
        for key in counted:  # here, once: a batch that failed is written again, page by page
            self.crawler.stats.inc_value(key)
        return item

    def _failed(self, e: Exception) -> None:
        """The archive failed under a write: stop rather than fetch in vain. The page's transaction
        was rolled back and its WARC records cut off; nothing half-written remains."""
        if self.failure is not None:
            return
        if isinstance(e, (sqlite3.Error, OSError, NewsvaultError)):
            reason = describe_error(e) if isinstance(e, sqlite3.Error) else str(e)
            logger.error("%s: archive write failed, stopping: %s", self.crawler.spider.source.name, reason)
        else:  # a bug: its traceback is the only clue
            reason = f"{type(e).__name__}: {e}"
            logger.exception("%s: archive write failed, stopping", self.crawler.spider.source.name)
        self.failure = f"{ARCHIVE_FAILED}: {reason}"
        self.crawler.stats.set_value(stats_keys.ERROR, self.failure)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_error"))

    def _write(self, item) -> list[str]:
        """Record one item; runs on the writer thread. Returns the stats keys it counts (counted
        by process_item once the item's batch is committed)."""
        store = self.store
        assert store is not None, "items arrive between open_spider and spider_closed"
        counted: list[str] = []
        if isinstance(item, FetchFailure):
            store.record_failure(self.run_id, item.url, item.kind, item.status, item.error)
            counted.append(stats_keys.failure(item.kind))
            if item.is_error:
                counted.append(stats_keys.ERRORS)
            logger.info("%s: %s: %s", item.source_name, item.url, item.error)
        elif isinstance(item, FileNote):
            store.note_file(item.url, item.note)
        elif isinstance(item, FetchedPage) and item.kind != "article":
            if store.record_file(self.run_id, item.source_name, item) not in ("listing", "feed", "sitemap"):
                counted.append(stats_keys.FILES_CAPTURED)
        elif isinstance(item, FetchedPage) and item.status != 200:
            # 304: unchanged since the last fetch; 404/410: the article is gone.
            outcome = store.record_recheck(self.run_id, item.source_name, item)
            if outcome is None:  # not an archived article: a broken link like any other
                store.record_failure(self.run_id, item.final_url, "http", item.status, f"HTTP {item.status}")
                counted.append(stats_keys.ERRORS)
                logger.info("%s: %s: HTTP %d", item.source_name, item.final_url, item.status)
            else:
                counted.append(stats_keys.outcome(outcome))
        elif isinstance(item, FetchedPage):
            outcome = store.record_page(self.run_id, item.source_name, item, item.article)
            counted.append(stats_keys.outcome(outcome))
        elif isinstance(item, SpiderView):  # cloak_check: the page as a search spider was served it
            store.record_spider_view(self.run_id, item)
        return counted

    def spider_closed(self, spider, reason: str) -> None:
        stats = self.crawler.stats
        counts = stats_keys.run_counts(stats)
        status = run_status(reason, counts, stats.get_value(stats_keys.LISTINGS_READ, 0))
        stats.set_value(stats_keys.STATUS, status)
        if self.writer is not None:  # every item was written already: this commits and ends the thread
            self.writer.close()
            self.writer = None
        store, self.store = self.store, None
        if store is None:
            return
        try:
            if self.run_id is not None:  # None only when open_spider failed before the run began
                store.finish_run(self.run_id, status, counts, stats.get_value(stats_keys.WARNINGS, []),
                                 self.failure)
        except Exception as e:  # the archive is what failed: the run's end cannot be recorded either
            logger.error("%s: could not record the end of run %s: %s", spider.source.name, self.run_id, e)
        finally:
            try:
                store.close()
            except Exception as e:
                logger.error("%s: closing the archive failed: %s", spider.source.name, e)


def run_status(reason: str, counts: RunCounts, listings_read: int = 1) -> str:
    """How a run ended: ok, interrupted (Ctrl-C/SIGTERM), or failed (the archive failed, or
    nothing could be fetched: not one listing, feed or sitemap was read and nothing archived)."""
    if reason == "shutdown":
        return "interrupted"
    if reason not in ("finished", "closespider_pagecount"):
        return "failed"
    found = (counts.articles_new + counts.articles_changed + counts.articles_unchanged + counts.articles_skipped
             + counts.articles_gone + counts.articles_elsewhere)
    if not found and counts.errors and not listings_read:
        return "failed"
    return "ok"
