"""SQLite plumbing of the archive: connections (one WAL writer, read-only readers), transactions,
time limits on statements, and the WHERE clauses of the source/date filters."""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from core.dates import parse_date_bound, utc_bound
from core.errors import ArchiveError
from core.i18n import _

# A busy database waits instead of failing: a reader never blocks the writer in WAL mode, and a
# second writer (a reprocess during a crawl) waits for the first one's short page transaction.
# 60 s is far above the longest single-page transaction we have seen (well under 100 ms).
BUSY_TIMEOUT_MS = 60_000
# The largest INTEGER SQLite stores (a larger Python int raises OverflowError): ids and counts
# from users are checked against it.
MAX_INTEGER = 2**63 - 1


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open an archive file: the writer gets WAL mode; readers get ``?mode=ro``.

    Knows nothing of the schema: archive.db opens archives (readers check their schema, writers
    migrate it).
    """
    path = Path(path)
    if readonly:
        if not path.exists():
            raise ArchiveError(_("{path}: no archive here (run `newsvault crawl` first, or pass --db FILE)").format(
                path=path))
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
    except sqlite3.DatabaseError as e:
        conn.close()
        raise ArchiveError(f"{path}: not an SQLite archive ({e})") from None
    return conn


def describe_error(e: sqlite3.Error) -> str:
    """A database error in words a user can act on (one line)."""
    text = str(e)
    if "database is locked" in text or "database table is locked" in text:
        return (f"the archive stayed locked by another writer for over {BUSY_TIMEOUT_MS // 1000} s "
                f"(a stuck process holding a write transaction?)")
    if "disk is full" in text or "disk I/O error" in text:
        return f"{text}: free space on the archive's disk"
    return f"{type(e).__name__}: {text}"


@contextmanager
def transaction(conn: sqlite3.Connection, key: str | None = None) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception: all of a write or none of it.
    Inside an open SQLite transaction (a batch of writes), a SAVEPOINT instead: the write is
    all or nothing within it, and becomes durable when the batch commits.

    ``key`` names what the write is about (an article's URL, a run): on SQLite every write
    excludes every other anyway; on PostgreSQL (archive.postgres) writes with different keys run
    side by side, and a write without a key excludes them all.
    """
    if isinstance(conn, sqlite3.Connection) and conn.in_transaction:
        with _savepoint(conn):  # inside a batch of writes (ArchiveStore.batch): a part of it
            yield conn
        return
    if key is not None and hasattr(conn, "begin_keyed"):
        conn.begin_keyed(key)
    else:
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")  # may fail too (a deferred constraint, a full disk): then nothing stays
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A write inside an open transaction: on failure only its own statements are undone. (After
    a full disk or an I/O error SQLite may have rolled back the whole transaction already: the
    batch's owner finds it no longer open when it commits.)"""
    conn.execute("SAVEPOINT nv_write")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK TO nv_write")
                conn.execute("RELEASE nv_write")
            except sqlite3.Error:
                pass  # the transaction is gone with it: its owner sees that
        raise
    conn.execute("RELEASE nv_write")


def date_conditions(column: str, since: str | None, until: str | None,
                    zone: str | None = None) -> tuple[list[str], list[str]]:
    """Conditions keeping ``column`` (ISO text) within [since, until], in the grammar of
    core.dates (``2024``, ``2024-05``, ``2024-05-09`` or a date-time; a date-only ``until``
    covers its whole period); UsageError for anything else.

    ``zone``: the column holds UTC times (fetched_at, last_checked…) and the bounds are days in
    this zone (the archive's); without it they compare as written (``published``, which keeps
    the page's own date and offset)."""
    conds, args = [], []
    if since:
        bound = parse_date_bound(since, "--since")
        conds.append(f"{column} >= ?")
        args.append(utc_bound(bound, zone) if zone else bound)
    if until:
        bound = parse_date_bound(until, "--until", upper=True)
        # A date-only bound is the first instant after its period; a date-time one is inclusive.
        conds.append(f"{column} <= ?" if "T" in bound or " " in bound else f"{column} < ?")
        args.append(utc_bound(bound, zone) if zone else bound)
    return conds, args


def source_and_dates(source: str | None, since: str | None, until: str | None, date_column: str,
                     source_column: str = "source_name", zone: str | None = None) -> tuple[str, list]:
    """`` WHERE …`` (or nothing) and its arguments: one source, and ``date_column`` within
    [since, until] (see date_conditions)."""
    where, args = date_conditions(date_column, since, until, zone)
    if source:
        where.insert(0, f"{source_column} = ?")
        args.insert(0, source)
    return (" WHERE " + " AND ".join(where) if where else ""), args


# The progress handler runs every this many SQLite VM steps: ~0.1 ms of work, negligible cost.
_PROGRESS_STEPS = 1_000
_deadlines: dict[int, list[float]] = {}  # id(connection) → deadlines of the time limits entered, innermost last


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt the statements run inside after ``seconds`` (like datasette's sqlite_timelimit).

    A statement stopped raises ``sqlite3.OperationalError: interrupted``. Limits nest: inside a
    request's limit, a search's shorter one applies, and the request's comes back after it.
    (A PostgreSQL connection, archive.postgres, keeps its own: statement_timeout.)
    """
    if hasattr(conn, "time_limit"):
        with conn.time_limit(seconds):
            yield
        return
    stack = _deadlines.setdefault(id(conn), [])
    stack.append(time.monotonic() + seconds)
    _watch(conn, min(stack))
    try:
        yield
    finally:
        stack.pop()
        if stack:
            _watch(conn, min(stack))
        else:
            del _deadlines[id(conn)]
            conn.set_progress_handler(None, 0)


def _watch(conn: sqlite3.Connection, deadline: float) -> None:
    conn.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made."""
    assert cursor.lastrowid is not None, "not an INSERT"
    return cursor.lastrowid


def execute_script(conn: sqlite3.Connection, sql: str) -> None:
    """Run ``;``-separated statements inside the current transaction (sqlite3's executescript
    would commit first)."""
    for statement in sql.split(";\n"):
        if statement.strip():
            conn.execute(statement)
