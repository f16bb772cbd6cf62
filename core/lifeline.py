"""Child processes that do not outlive their parent: prctl(PR_SET_PDEATHSIG) on Linux, and
SIGTERM turned into an orderly exit so that ``finally`` blocks (closing worker pools) run.

A crawl started by the scheduler asks the kernel for SIGTERM when the scheduler dies (it then
stops as on a shutdown: its run is recorded, its workers are stopped). A cleaning worker is not
the child of the process it works for (a forkserver forks it, and every worker keeps that
forkserver alive), so it watches its owner itself (``exit_with``): when the owner dies — even by
SIGKILL or the OOM killer — the worker exits, then the forkserver and multiprocessing's resource
tracker, whose pipes only those processes held, exit too. Elsewhere than Linux these are no-ops.
"""
from __future__ import annotations

import ctypes
import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
from typing import Callable, Protocol

logger = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent(sig: int = signal.SIGKILL, parent_pid: int | None = None) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent dies. If ``parent_pid`` is
    given and the parent is already gone (it died before the request took effect), ``sig`` is
    sent now. False where prctl is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if parent_pid is not None and os.getppid() != parent_pid:
        os.kill(os.getpid(), sig)
    return True


def exit_with(owner_pid: int, poll_s: float = 1.0) -> None:
    """Exit this process (at once: os._exit) when process ``owner_pid`` ends, however it ends.

    A daemon thread waits on a pidfd of the owner (no polling, no pid reuse), or polls for it
    where pidfd_open is not available. Called in a worker's initializer; the owner's pid is
    passed in from the owner.
    """
    try:
        pidfd = os.pidfd_open(owner_pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        pidfd = None

    def wait() -> None:
        if pidfd is not None:
            select.select([pidfd], [], [])
        else:
            while True:
                try:
                    os.kill(owner_pid, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                threading.Event().wait(poll_s)
        os._exit(1)

    threading.Thread(target=wait, name="owner-watch", daemon=True).start()


def stop_once_on(sig: int, stop_signal: int = signal.SIGTERM) -> None:
    """Turn the first ``sig`` into one ``stop_signal`` to this process and ignore the rest.

    PR_SET_PDEATHSIG is sent again each time another thread of the dying parent exits (the kernel
    hands the orphan to the next thread first), so a multi-threaded scheduler's death can deliver
    it several times; Scrapy takes a second SIGTERM as "stop now, record nothing". The crawl asks
    for ``sig`` (SIGUSR2) on its parent's death and turns it into a single SIGTERM here.
    """
    fired = threading.Event()

    def handler(signum: int, frame) -> None:
        if not fired.is_set():
            fired.set()
            os.kill(os.getpid(), stop_signal)

    signal.signal(sig, handler)


def exit_on_sigterm(code: int = 128 + signal.SIGTERM) -> None:
    """Make SIGTERM raise SystemExit in the main thread, so that ``with`` blocks and ``finally``
    clauses run (a pool's workers are stopped) instead of the process vanishing mid-way."""
    def handler(signum: int, frame) -> None:
        raise SystemExit(code)

    signal.signal(signal.SIGTERM, handler)


def watch_parent(parent_pid: int, grace_s: float, on_orphaned: Callable[[], None] | None = None,
                 poll_s: float = 1.0) -> threading.Thread:
    """A daemon thread that notices this process's parent is gone: it calls ``on_orphaned`` (an
    orderly stop), and if the process is still alive ``grace_s`` later, kills its whole process
    group (this process and its workers). The safety net behind PR_SET_PDEATHSIG, whose signal an
    orderly stop may not survive."""
    def watch() -> None:
        stop = threading.Event()
        while os.getppid() == parent_pid:
            stop.wait(poll_s)
        logger.warning("the process that started this one (pid %d) is gone: stopping", parent_pid)
        if on_orphaned is not None:
            on_orphaned()
        stop.wait(grace_s)
        logger.error("still running %gs after the parent died: killing this process group", grace_s)
        os.killpg(os.getpgid(0), signal.SIGKILL)

    thread = threading.Thread(target=watch, name="parent-watch", daemon=True)
    thread.start()
    return thread


def signal_child(proc: subprocess.Popen, sig: int, group: bool = False) -> None:
    """Send ``sig`` to a child process (``group``: to its whole process group, the crawl and its
    workers); a child that already exited is no error."""
    try:
        if group:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
    except ProcessLookupError:
        pass


class Child(Protocol):
    """A supervised process: a forked crawl (core.forkserver.ForkedChild) or a PopenChild."""

    def wait(self, timeout: float | None = None) -> int | None: ...

    def signal(self, sig: int, group: bool = False) -> None: ...


class PopenChild:
    """A subprocess.Popen seen as a Child."""

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc

    def wait(self, timeout: float | None = None) -> int | None:
        return self.proc.wait(timeout)

    def signal(self, sig: int, group: bool = False) -> None:
        signal_child(self.proc, sig, group)


# Why to stop a child, asked at every look: None to let it run, else (the run's status, a log line).
StopReason = Callable[[float], "tuple[str, str] | None"]


def supervise(child: Child, label: str, stop_reason: StopReason, log: logging.Logger, poll_s: float,
              kill_after_s: float) -> str | None:
    """Wait for ``child``, asking ``stop_reason(time.monotonic())`` every ``poll_s`` (it may keep
    things alive meanwhile, such as a lease). The first reason given stops the child with SIGTERM
    (a crawl closes its spider and records its run); a child still alive ``kill_after_s`` later is
    killed with its process group. Returns the status of that reason, or None when the child ended
    by itself. Used by the scheduler and by the cluster's jobs."""
    stopped_as: str | None = None
    kill_at = float("inf")
    while True:
        try:
            child.wait(timeout=poll_s)
            return stopped_as
        except subprocess.TimeoutExpired:
            pass
        now = time.monotonic()
        reason = stop_reason(now)
        if stopped_as is None and reason is not None:
            stopped_as, why = reason
            log.warning("%s: %s", label, why)
            child.signal(signal.SIGTERM)  # to the crawl alone: Scrapy closes the spider and records the run
            kill_at = now + kill_after_s
        elif now >= kill_at:
            log.warning("%s did not stop within %gs: killed", label, kill_after_s)
            child.signal(signal.SIGKILL, group=True)  # its cleaning workers too
            kill_at = float("inf")
