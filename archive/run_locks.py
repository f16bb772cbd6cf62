"""Runs owned by processes: a lock file per source, held by the process crawling it.

``<archive>.runs/<source>.lock`` is locked (flock, exclusive) by the crawl of that source for
the run's whole life, and says which run and process hold it. The kernel drops the lock when the
process ends, however it ends (SIGKILL, OOM killer, power loss), so "is run N still running?"
is answered by the lock, never guessed from timestamps: a run is ``running`` only while the
process holding its source's lock is crawling it. Two crawls of one source cannot run at once
(the second is refused); the scheduler takes the lock before it starts a crawl and hands it to
the crawl process, so that a manual crawl and a scheduled one never overlap either.
"""
from __future__ import annotations

import errno
import fcntl
import os
import socket
import time
from pathlib import Path

from core.errors import NewsvaultError

# A reader testing a lock holds it (shared) for microseconds; a crawl taking it waits this long
# for such readers before it calls the source busy.
ACQUIRE_PATIENCE_S = 2.0
_POLL_S = 0.02


class SourceBusy(NewsvaultError):
    """Another process is crawling this source (its lock is held)."""

    exit_code = 1


def lock_dir(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".runs")


def lock_path(db_path: Path, source: str) -> Path:
    return lock_dir(db_path) / f"{source}.lock"


class RunLock:
    """The exclusive lock on one source's lock file, held until released or the process ends."""

    def __init__(self, fd: int, path: Path, source: str):
        self.fd: int | None = fd
        self.path = path
        self.source = source

    @classmethod
    def acquire(cls, db_path: Path | str, source: str, patience_s: float = ACQUIRE_PATIENCE_S) -> RunLock:
        """Take the source's lock; SourceBusy (naming the holder) when another process holds it.
        (A PostgreSQL archive's locks are sessions of its server: archive.postgres_locks.)"""
        if isinstance(db_path, str):
            from archive.postgres_locks import PgRunLock

            return PgRunLock.acquire(db_path, source, patience_s)  # type: ignore[return-value]
        path = lock_path(db_path, source)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise NewsvaultError(f"{path}: cannot create the run lock file: {e.strerror or e}") from None
        deadline = time.monotonic() + patience_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN) or time.monotonic() >= deadline:
                    holder = _read(fd)
                    os.close(fd)
                    raise SourceBusy(f"{source}: another crawl of this source is running ({holder or 'holder unknown'}): "
                                     f"not started") from None
                time.sleep(_POLL_S)
        lock = cls(fd, path, source)
        lock.note(None)
        return lock

    @classmethod
    def inherited(cls, fd: int, db_path: Path, source: str) -> RunLock:
        """The lock the scheduler took and passed down to this crawl process as file descriptor ``fd``."""
        os.set_inheritable(fd, False)  # only this process holds it on (never its workers)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # ours already: the same open file
        except OSError:
            raise NewsvaultError(f"--lock-fd {fd}: not the lock of {source}") from None
        return cls(fd, lock_path(db_path, source), source)

    def note(self, run_id: int | None, pid: int | None = None) -> None:
        """Write who holds the lock into the file (``run 12, pid 345 on host``), for readers and errors."""
        assert self.fd is not None
        text = (f"run {run_id}, " if run_id is not None else "") + f"pid {pid or os.getpid()} on {socket.gethostname()}\n"
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, text.encode(), 0)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def holder(db_path: Path, source: str) -> str | None:
    """What the source's lock file says of its holder while a process holds it; None when free
    (or when this process cannot tell: no lock file, or no right to read it)."""
    try:
        fd = os.open(lock_path(db_path, source), os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                return _read(fd) or "holder unknown"
            return None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def running_run(db_path: Path, source: str) -> int | None | bool:
    """The run id the live holder of the source's lock is crawling; True when held but the run is
    not known yet (the scheduler is starting it); None when nobody holds it."""
    return run_of_holder(holder(db_path, source))


def run_of_holder(text: str | None) -> int | None | bool:
    """What a lock's holder text says (``run 12, pid …``): the run id; True when the lock is held
    but names no run yet; None when nobody holds it."""
    if text is None:
        return None
    if text.startswith("run "):
        try:
            return int(text[4:].split(",", 1)[0])
        except ValueError:
            return True
    return True


def _read(fd: int) -> str:
    try:
        return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
