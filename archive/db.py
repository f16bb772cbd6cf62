"""Opening the archive database: one writer in WAL mode, any number of read-only readers."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from archive.errors import ArchiveError

# A busy database waits instead of failing: a reader never blocks the writer in WAL mode, and a
# second writer (a reprocess during a crawl) waits for the first one's short page transaction.
# 60 s is far above the longest single-page transaction we have seen (well under 100 ms).
BUSY_TIMEOUT_MS = 60_000


def utcnow() -> str:
    """Now, as the ISO 8601 UTC timestamp every table uses."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open the archive. Writers get WAL and migrations (see archive.migrations); readers get ?mode=ro."""
    path = Path(path)
    if readonly:
        if not path.exists():
            raise ArchiveError(f"{path}: no archive here (run `newsvault crawl` first, or pass --db FILE)")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
        except (OSError, sqlite3.Error) as e:
            raise ArchiveError(f"{path}: cannot open the archive: {e}") from None
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise ArchiveError(f"{path}: cannot switch the archive to WAL mode (got {mode})")
            # NORMAL is durable across application crashes in WAL mode; only a power loss may lose
            # the last transactions, and never corrupts the file.
            conn.execute("PRAGMA synchronous = NORMAL")
        else:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # reads the header: junk fails here
        if readonly and _behind(conn):
            conn.close()
            _upgrade(path)
            return connect(path, readonly=True)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise ArchiveError(f"{path}: not an SQLite archive ({e})") from None
    return conn


def _behind(conn: sqlite3.Connection) -> bool:
    """Does this archive miss migrations this newsvault has (it was made by an older one)?"""
    from archive.migrations import MIGRATIONS  # migrations use this module

    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").fetchone():
        return False  # not an archive (yet): the command says so when it reads
    done = {r[0] for r in conn.execute("SELECT id FROM schema_migrations")}
    return any(m.id not in done for m in MIGRATIONS)


def _upgrade(path: Path) -> None:
    """Readers need the current schema: an archive made by an older newsvault is migrated in place
    first (migrations are quick and transactional), as its next crawl would do."""
    from archive.migrations import migrate

    conn = connect(path)
    try:
        migrate(conn)
    except sqlite3.OperationalError as e:  # a read-only file or folder
        raise ArchiveError(f"{path}: made by an older newsvault and cannot be upgraded here ({e}): "
                           "run `newsvault crawl` once with write access") from None
    finally:
        conn.close()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception: all of a write or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def source_and_dates(source: str | None, since: str | None, until: str | None, date_column: str,
                     source_column: str = "source_name") -> tuple[str, list]:
    """`` WHERE …`` (or nothing) and its arguments: one source, and ``date_column`` within
    [since, until], both ``YYYY-MM-DD`` (until covers its whole day)."""
    where, args = [], []
    if source:
        where.append(f"{source_column} = ?")
        args.append(source)
    if since:
        where.append(f"{date_column} >= ?")
        args.append(since)
    if until:
        where.append(f"substr({date_column}, 1, 10) <= ?")
        args.append(until[:10])
    return (" WHERE " + " AND ".join(where) if where else ""), args
