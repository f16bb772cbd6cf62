"""Run locks of a PostgreSQL archive: archive.run_locks's lock files, as PostgreSQL sessions.

An archive shared by hosts has no folder beside it for lock files, and a flock on one host means
nothing to another. So the crawl of a source holds a session-level advisory lock on its source,
on a connection of its own, for the run's whole life; PostgreSQL drops it when that connection
ends — the process exits, is killed (its socket closes), or its host is lost (the server's TCP
keepalives end the session). The holder says who it is in its session's ``application_name``
(``newsvault run 12, pid 345 on crawl-a``), which readers see in ``pg_stat_activity``: so
"is run N still running?" is answered by the lock here too, on any host.
"""
from __future__ import annotations

import os
import socket
import time
from typing import Any

from archive.postgres import PgConnection, connect_direct
from archive.run_locks import _POLL_S, ACQUIRE_PATIENCE_S, SourceBusy, run_of_holder

# The key space of run locks (two-int advisory locks: this, hashtext(source)): "runs".
RUN_LOCKS = 0x72756E73
# What a lock holder's application_name starts with (PostgreSQL keeps 63 bytes of it).
NAME_PREFIX = "newsvault "
_HOLDER = ("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
           "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ?::oid AND l.objsubid = 2 "
           "AND l.objid = (hashtext(?)::bigint & 4294967295)::oid")


class PgRunLock:
    """A source's run lock, held by this process's own session (no file descriptor to hand down)."""

    fd = None

    def __init__(self, conn: PgConnection, source: str):
        self.conn: PgConnection | None = conn
        self.source = source

    @classmethod
    def acquire(cls, url: str, source: str, patience_s: float = ACQUIRE_PATIENCE_S) -> PgRunLock:
        """Take the source's lock; SourceBusy (naming the holder) when another process holds it."""
        conn = connect_direct(url)
        deadline = time.monotonic() + patience_s
        while not conn.execute("SELECT pg_try_advisory_lock(?, hashtext(?))", (RUN_LOCKS, source)).fetchone()[0]:
            if time.monotonic() >= deadline:
                who = holder(conn, source)
                conn.close()
                raise SourceBusy(f"{source}: another crawl of this source is running ({who or 'holder unknown'}): "
                                 f"not started")
            time.sleep(_POLL_S)
        lock = cls(conn, source)
        lock.note(None)
        return lock

    def note(self, run_id: int | None, pid: int | None = None) -> None:
        """Say who holds the lock (``run 12, pid 345 on host``), for readers and errors."""
        assert self.conn is not None
        text = (f"run {run_id}, " if run_id is not None else "") + f"pid {pid or os.getpid()} on {socket.gethostname()}"
        self.conn.execute("SELECT set_config('application_name', ?, false)", (NAME_PREFIX + text,))

    def release(self) -> None:
        if self.conn is not None:
            self.conn.close()  # the session ends, and its advisory locks with it
            self.conn = None


def holder(conn: Any, source: str) -> str | None:
    """What the holder of the source's lock says of itself; None when nobody holds it."""
    row = conn.execute(_HOLDER, (RUN_LOCKS, source)).fetchone()
    if row is None:
        return None
    name = row[0] or ""
    return name[len(NAME_PREFIX):] if name.startswith(NAME_PREFIX) else "holder unknown"


def running_run(conn: Any, source: str) -> int | None | bool:
    """As archive.run_locks.running_run, from the lock's session (``conn``: any connection to the archive)."""
    return run_of_holder(holder(conn, source))
