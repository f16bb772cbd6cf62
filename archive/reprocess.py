"""Re-running the current cleaner over stored captures: the crawl's clean → archive step, in batch.

For every article (of one source, or all) the bytes of its latest capture are read back
(archive.captures: WARC, or blobs for old captures), cleaned again in worker processes as the
crawl does (scraper.clean, pure), and handed to the store, which adds a version only where the
clean title or text changed and otherwise corrects the metadata. Each article is its own
transaction: a reprocess killed at any moment loses no version, and running it again finishes
the rest (articles already done come out unchanged). Improving the cleaner improves the whole
archive without re-crawling.
"""
from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from archive.captures import CaptureBytes, archive_folder, latest_captures, load_capture
from archive.db import connect
from archive.errors import NewsvaultError, UsageError
from archive.store import ArchiveStore
from scraper.clean import clean_page

logger = logging.getLogger(__name__)

# As in the crawl (scraper.pipelines.CLEAN_TIMEOUT_S): a page that takes this long hit a bug.
CLEAN_TIMEOUT_S = 60.0
# Pages being cleaned or waiting per worker: keeps the workers busy while bounding the memory
# held in page bytes (a few MB per worker).
IN_FLIGHT_PER_WORKER = 4


@dataclass
class ReprocessCounts:
    """What a reprocess did to one source's articles."""

    source: str
    articles: int = 0
    changed: int = 0     # a new version (the clean title or text changed)
    updated: int = 0     # metadata corrected (published, author, 来源, findings…), same version
    unchanged: int = 0
    skipped: int = 0     # a crawl archived a newer capture meanwhile
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.changed + self.updated + self.unchanged + self.skipped + self.failed


ProgressFn = Callable[[int, int, dict[str, ReprocessCounts]], None]


def reprocess(db_path: Path, source: str | None = None, selectors: Mapping[str, Mapping[str, str]] | None = None,
              workers: int = 1, on_progress: ProgressFn | None = None) -> dict[str, ReprocessCounts]:
    """Clean every article's latest capture again; return the counts per source."""
    selectors = selectors or {}
    with closing(connect(db_path, readonly=True)) as reader:
        refs = list(latest_captures(reader, source))
        if source and not refs:
            known = [r[0] for r in reader.execute("SELECT DISTINCT source_name FROM articles ORDER BY 1")]
            raise UsageError(f"no articles of source {source!r} in this archive "
                             f"(sources: {', '.join(known) or 'none yet'})")
        counts = {s: ReprocessCounts(s) for s in dict.fromkeys(r["source_name"] for r in refs)}
        for r in refs:
            counts[r["source_name"]].articles += 1
        base = archive_folder(reader)
        with ArchiveStore(db_path) as store, _Cleaner(workers) as cleaner:
            done = 0
            window: deque[tuple[CaptureBytes, Future]] = deque()

            def finish(cap: CaptureBytes, future: Future) -> None:
                nonlocal done
                c = counts[cap.source_name]
                try:
                    outcome = store.record_reprocessed(cap.article_id, cap.capture_id, cleaner.result(future))
                    setattr(c, outcome, getattr(c, outcome) + 1)
                except _CleanFailed as e:
                    _fail(c, cap, str(e))
                done += 1
                if on_progress:
                    on_progress(done, len(refs), counts)

            for ref in refs:
                try:
                    cap = load_capture(reader, ref, base)
                except NewsvaultError as e:  # a WARC file moved away: this article cannot be redone
                    _fail(counts[ref["source_name"]], _placeholder(ref), str(e))
                    done += 1
                    if on_progress:
                        on_progress(done, len(refs), counts)
                    continue
                window.append((cap, cleaner.submit(cap, selectors.get(cap.source_name))))
                while len(window) >= cleaner.capacity:
                    finish(*window.popleft())
                    cleaner.resubmit_if_restarted(window, selectors)
            while window:
                finish(*window.popleft())
                cleaner.resubmit_if_restarted(window, selectors)
    return counts


def _fail(c: ReprocessCounts, cap: CaptureBytes, reason: str) -> None:
    c.failed += 1
    c.failures.append(f"{cap.url}: {reason}")
    logger.warning("reprocess: %s: %s", cap.url, reason)


def _placeholder(ref: dict) -> CaptureBytes:
    return CaptureBytes(ref["capture_id"], ref["article_id"], ref["source_name"], ref["final_url"],
                        ref["fetched_at"], [], b"")


class _CleanFailed(Exception):
    pass


class _Cleaner:
    """clean_page in worker processes (forkserver, as the crawl), or in-process with 0 workers;
    a stuck or crashed worker costs its page only: the pool is replaced and the rest resubmitted."""

    def __init__(self, workers: int):
        self.workers = workers
        self.capacity = max(1, workers) * IN_FLIGHT_PER_WORKER
        self.pool = self._new_pool()
        self.restarted = False

    def _new_pool(self) -> ProcessPoolExecutor | None:
        if self.workers <= 0:
            return None
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["scraper.clean"])
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)

    def submit(self, cap: CaptureBytes, selectors: Mapping[str, str] | None) -> Future:
        args = (cap.body, cap.url, dict(cap.headers), dict(selectors or {}))
        if self.pool is None:
            future: Future = Future()
            try:
                future.set_result(clean_page(*args))
            except Exception as e:
                future.set_exception(e)
            return future
        return self.pool.submit(clean_page, *args)

    def result(self, future: Future):
        try:
            return future.result(timeout=CLEAN_TIMEOUT_S)
        except FutureTimeout:
            self._restart()
            raise _CleanFailed("cleaning timed out") from None
        except BrokenProcessPool:
            self._restart()
            raise _CleanFailed("crashed the cleaner") from None
        except NewsvaultError as e:
            raise _CleanFailed(f"cannot clean: {e}") from None
        except Exception as e:  # a cleaner bug costs this page, never the batch
            logger.exception("cleaner failed")
            raise _CleanFailed(f"cleaner error: {type(e).__name__}: {e}") from None

    def resubmit_if_restarted(self, window: deque, selectors: Mapping[str, Mapping[str, str]]) -> None:
        """After a restart the pages still waiting were lost with the old pool: submit them again."""
        if not self.restarted:
            return
        self.restarted = False
        pending = [cap for cap, _ in window]
        window.clear()
        window.extend((cap, self.submit(cap, selectors.get(cap.source_name))) for cap in pending)

    def _restart(self) -> None:
        old, self.pool = self.pool, self._new_pool()
        self.restarted = True
        if old is not None:
            for proc in list(getattr(old, "_processes", {}).values()):
                proc.kill()  # a stuck worker never returns by itself
            old.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> "_Cleaner":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
