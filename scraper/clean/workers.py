"""Running the cleaner in worker processes, for the crawl and for `newsvault reprocess` alike.

pebble's ProcessPool gives what both need through public APIs: a per-page timeout that kills
and replaces the stuck worker (the other pages in flight are not lost), a crashed worker
replaced the same way, and workers restarted after a number of pages. Workers start from a
forkserver that has imported the cleaner once: forking this (multi-threaded, Twisted) process
itself is unsafe, and spawning a fresh interpreter per worker re-imports lxml and the lexicon.

No worker outlives its pool's owner: each watches the owner process and exits when it ends, by
SIGKILL or the OOM killer too (core.lifeline.exit_with); the forkserver then exits (only the owner
and the workers held its "alive" pipe), and so does multiprocessing's resource tracker. A pool
still open when its owner exits normally is stopped at exit.
"""
from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.forkserver
import os
import signal
import threading
import weakref
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Callable, Sequence

from pebble import ProcessExpired, ProcessPool

from core.errors import NewsvaultError
from core.lifeline import die_with_parent, exit_with

# The cleaner is bounded on hostile input (20 MB pages, 10,000-deep nesting take ~1 s); a page
# that still takes this long has hit a bug, and one page must not stall a nightly crawl.
CLEAN_TIMEOUT_S = 60.0
# A worker is replaced after this many pages, so that whatever memory lxml's parser leaves
# fragmented is given back; a replacement forks from the forkserver in milliseconds.
PAGES_PER_WORKER = 1_000

_open_pools: weakref.WeakSet[CleanWorkers] = weakref.WeakSet()


class CleanWorkers:
    """``submit(fn, *args)`` runs ``fn`` in a worker process (in this process when ``workers`` is 0)."""

    def __init__(self, workers: int, preload: Sequence[str] = ("scraper.clean",),
                 timeout: float = CLEAN_TIMEOUT_S):
        self.workers = workers
        self.timeout = timeout
        self.pool: ProcessPool | None = None
        if workers > 0:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(list(preload))
            _start_forkserver_deaf_to_ctrl_c()
            self.pool = ProcessPool(max_workers=workers, max_tasks=PAGES_PER_WORKER, context=ctx,
                                    initializer=_init_worker, initargs=(os.getpid(),))
            _open_pools.add(self)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """A future of ``fn(*args)``; see ``failure`` for what its exception means."""
        if self.pool is None:
            future: Future = Future()
            try:
                future.set_result(fn(*args))
            except Exception as e:  # handed to the caller through the future, as a worker would
                future.set_exception(e)
            return future
        return self.pool.schedule(fn, args, timeout=self.timeout)

    def close(self) -> None:
        """Stop the workers now (pages in flight are abandoned) and wait for them to exit."""
        if self.pool is not None:
            pool, self.pool = self.pool, None
            _open_pools.discard(self)
            pool.stop()
            pool.join()

    def __enter__(self) -> CleanWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _start_forkserver_deaf_to_ctrl_c() -> None:
    """Start the forkserver with SIGINT ignored, a disposition it keeps across exec and hands to
    every worker: Ctrl-C on a terminal reaches the whole process group, and a forkserver still
    importing the cleaner when it arrives would die and take the pool with it."""
    if threading.current_thread() is not threading.main_thread():
        multiprocessing.forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _init_worker(owner_pid: int) -> None:
    """In each worker: ignore Ctrl-C (it reaches the whole process group on a terminal; the crawl
    or reprocess decides what stops and closes the pool), and exit when the pool's owner or the
    forkserver that forked it ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(signal.SIGKILL)
    exit_with(owner_pid)


@atexit.register
def _stop_open_pools() -> None:
    """A pool its owner never closed (an exception on the way out) is stopped when the process exits."""
    for workers in list(_open_pools):
        workers.close()


def failure(e: BaseException) -> str:
    """Why a page could not be cleaned, in the words of a failure row (the page costs only itself)."""
    if isinstance(e, FutureTimeout):
        return "cleaning timed out"
    if isinstance(e, ProcessExpired):
        return "crashed the cleaner"
    if isinstance(e, NewsvaultError):
        return f"cannot clean: {e}"
    return f"cleaner error: {type(e).__name__}: {e}"
