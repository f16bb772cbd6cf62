"""Group commit: the archive writer's thread, which commits a crawl's page writes in batches.

A page's own transaction cost a crawl more than its writes did: record_page took 16 ms of wall
time per page on a loaded machine, 4.4 ms of it the COMMIT (the WAL write) and 3.9 ms of CPU in
all (c10's measurement, bench/crawl.py pages). ``BatchWriter`` runs every write of a crawl on one
thread, in arrival order, and commits them together: it gathers the writes that arrive within
``MAX_SECONDS`` of a batch's first one (at most ``MAX_WRITES``), then does them in one
transaction, so that the archive's write lock is held only while they are written (another
crawl or a reprocess writing the same archive waits milliseconds, not the gathering time). A
write's future is done when its rows are committed, so the crawl's readers (the site profile's
second pass, the next run) never miss a row the crawl says it wrote.

The product's rules hold in a batch: each write is all or nothing on its own (a savepoint: a
page that fails undoes only its rows and its WARC records); when the batch's COMMIT fails (or
the database rolled the batch back after a full disk), the whole batch is rolled back, its WARC
records are cut off (ArchiveStore.commit_batch), and its writes are done again one at a time,
each in its own transaction, so that a bad page costs only itself. A crawl killed outright loses
the batch it was gathering or writing, at most ``MAX_SECONDS`` of pages: none of them is
archived, the next crawl fetches them again, and it cuts off the WARC records of a batch killed
before its COMMIT first (archive.warc_files).
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any, Callable

from archive.store import ArchiveStore

logger = logging.getLogger(__name__)

# Writes per transaction at most. A batch is normally ended by MAX_SECONDS first (a crawl archives
# 10–100 pages/s); this bounds the work a failed batch writes twice and the WARC a batch may add
# past a file's size limit (~50 pages of ~50 KB).
MAX_WRITES = 50
# How long a batch gathers writes after its first one: also the most a crawl killed outright
# (SIGKILL, a power loss) loses. At 100 ms a crawl of 20–30 pages/s commits every 2–3
# pages: bench/crawl.py --articles 1000 (measured in session 11, see the commit message).
MAX_SECONDS = 0.1
# While no write is waiting, how often the thread checks that the program is still running (it
# ends when the main thread has ended without closing it).
IDLE_CHECK_SECONDS = 0.5


class BatchWriter:
    """One thread doing every write of a crawl on ``store`` in batches (see the module docstring)."""

    def __init__(self, store: ArchiveStore, max_writes: int = MAX_WRITES, max_seconds: float = MAX_SECONDS,
                 name: str = "archive-writer"):
        self.store = store
        self.max_writes = max(1, max_writes)
        self.max_seconds = max_seconds
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run ``fn(*args)`` (writes on the store) on the writer thread; the future holds its result
        once its writes are committed, or its exception (its writes were undone)."""
        if self._closed:
            raise RuntimeError("BatchWriter.submit after close")
        future: Future = Future()
        self._queue.put((fn, args, future))
        return future

    def close(self) -> None:
        """Commit the open batch, after every write submitted before, and end the thread."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
        self._thread.join()

    # -- the writer thread -----------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            jobs, closing = self._collect()
            if jobs:
                self._write(jobs)
            if closing:
                return

    def _collect(self) -> tuple[list[tuple[Callable, tuple, Future]], bool]:
        """The next batch's writes: the first to come, and those that follow it within
        max_seconds (at most max_writes). True: the writer was closed (or the program ended)."""
        jobs: list[tuple[Callable, tuple, Future]] = []
        deadline = None
        while len(jobs) < self.max_writes:
            wait = IDLE_CHECK_SECONDS if deadline is None else deadline - time.monotonic()
            if wait <= 0:
                break
            try:
                job = self._queue.get(timeout=wait)
            except queue.Empty:
                if deadline is None and not threading.main_thread().is_alive():
                    return jobs, True  # the program ended without closing us
                continue
            if job is None:
                return jobs, True
            jobs.append(job)
            if deadline is None:
                deadline = time.monotonic() + self.max_seconds
        return jobs, False

    def _write(self, jobs: list[tuple[Callable, tuple, Future]]) -> None:
        """Do the writes in one transaction (the archive's write lock is held only meanwhile)."""
        pending: list[tuple[Callable, tuple, Future, Any]] = []
        self.store.open_batch()
        for fn, args, future in jobs:
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args)
            except BaseException as e:  # its own writes are undone; the batch's others commit now
                self._commit(pending)
                pending = []
                future.set_exception(e)
                self.store.open_batch()
                continue
            pending.append((fn, args, future, result))
        self._commit(pending)

    def _commit(self, pending: list[tuple[Callable, tuple, Future, Any]]) -> None:
        try:
            self.store.commit_batch()
        except Exception as e:
            if pending:
                logger.warning("archive: a batch of %d writes could not be committed (%s): writing them again "
                               "one by one", len(pending), e)
            for fn, args, future, _ in pending:  # the store is out of batch mode: one transaction each
                try:
                    future.set_result(fn(*args))
                except BaseException as e2:
                    future.set_exception(e2)
            return
        for _, _, future, result in pending:
            future.set_result(result)
