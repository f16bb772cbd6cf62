"""PostgreSQL connections for the archive: psycopg 3, pooled, speaking the sqlite3 DB-API the rest
of the archive is written against.

The store, the readers, the reports and the web UI call ``conn.execute(sql, params)`` with
SQLite's SQL and read ``sqlite3.Row``-like rows. :class:`PgConnection` gives them the same
surface over PostgreSQL, so that their logic exists once:

- each statement is rewritten once by archive.postgres_sql (``?`` parameters, ``INSERT OR
  IGNORE``, ``RETURNING id`` for ``lastrowid``…);
- rows are indexable by position and by column name, like ``sqlite3.Row``;
- errors are raised as sqlite3's exception classes with PostgreSQL's message (a statement
  stopped by its time limit as ``OperationalError("interrupted …")``), so every caller's error
  handling holds for both databases;
- writes exclude each other as they must, no more: a write about one article (its URL: a page,
  a re-check) takes a transaction-level advisory lock on that key and a shared one on the whole
  archive, so crawls on many hosts write different articles side by side; a write without a key
  (``BEGIN IMMEDIATE``: migrations, reprocess) takes the whole archive's lock exclusively, as
  SQLite's single writer does;
- a reader's connection is read-only (``default_transaction_read_only``), and its ``BEGIN`` is a
  REPEATABLE READ snapshot, so a search's count and page agree while crawls commit;
- time limits are PostgreSQL's ``statement_timeout``.

Connections come from one psycopg_pool pool per (URL, mode) and process, opened on first use;
``close()`` gives the connection back. Writers commit with ``synchronous_commit = off``: like
the embedded archive's WAL with ``synchronous = NORMAL``, a crash of the program loses nothing
and a power loss may lose the last fraction of a second, never consistency.
"""
from __future__ import annotations

import atexit
import re
import sqlite3
import threading
import time
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus
from psycopg_pool import ConnectionPool, PoolTimeout

from archive.backend import configured_warc_dir, display
from archive.postgres_sql import translate
from core.errors import ArchiveError
from core.i18n import _

# The whole archive's advisory lock ("news"): shared by writes about one key, exclusive otherwise.
WRITER_LOCK = 0x6E657773
# The key space of writes about one article or run (two-int advisory locks: this, hashtext(key)).
KEYED_LOCKS = 0x6B657973
# The scheduler's session lock ("sche"): one scheduler per archive, on whichever host.
SCHEDULER_LOCK = 0x73636865
_TABLE_INFO = re.compile(r"PRAGMA\s+table_info\((\w+)\);?", re.IGNORECASE)
# Connections kept per pool: a crawl uses one writer and one reader, the web UI one per request
# thread (waitress runs 4 by default), a worker one per concurrent job.
POOL_MAX = 8
# How long a caller waits for a free pooled connection, or for the server to answer at all.
CONNECT_TIMEOUT_S = 30

# -- rows -----------------------------------------------------------------------------------------

class Row(tuple):
    """A result row: ``row[0]``, ``row["name"]``, ``row.keys()``, ``dict(row)`` — as sqlite3.Row."""

    __slots__ = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=512)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_index": {n: i for i, n in reversed(list(enumerate(names)))}})


def _row_factory(cursor: psycopg.Cursor) -> Any:
    if cursor.description is None:
        return tuple
    cls = _row_class(tuple(c.name for c in cursor.description))
    return cls


class PgCursor:
    """The result of one statement, read like a sqlite3 cursor."""

    def __init__(self, cursor: Any, lastrowid: int | None = None):
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self):
        return self._cursor.description

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description is not None else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor.description is not None else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


# -- errors ---------------------------------------------------------------------------------------

def as_sqlite_error(e: psycopg.Error) -> sqlite3.Error:
    """The sqlite3 exception a caller written for SQLite expects, carrying PostgreSQL's message."""
    msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    if isinstance(e, pg_errors.QueryCanceled):
        return sqlite3.OperationalError(f"interrupted ({msg})")
    if isinstance(e, psycopg.IntegrityError):
        return sqlite3.IntegrityError(msg)
    if isinstance(e, (psycopg.OperationalError, pg_errors.ReadOnlySqlTransaction, pg_errors.InsufficientPrivilege)):
        return sqlite3.OperationalError(msg)
    if isinstance(e, psycopg.ProgrammingError):
        return sqlite3.OperationalError(msg)
    return sqlite3.DatabaseError(msg)


# -- connections ----------------------------------------------------------------------------------

class PgConnection:
    """One pooled PostgreSQL connection behind sqlite3's Connection surface (see the module docstring)."""

    backend = "postgresql"

    def __init__(self, raw: psycopg.Connection, url: str, readonly: bool, pool: ConnectionPool | None):
        self.raw = raw
        self.url = url
        self.readonly = readonly
        self._pool = pool
        self._deadlines: list[float] = []
        self.warc_base = configured_warc_dir()  # WARC file names are relative to it

    # sqlite3.Connection's surface ---------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> PgCursor:
        head = sql.lstrip()[:16].upper()
        if head.startswith("BEGIN"):
            return self._begin(head)
        if head.startswith("PRAGMA"):
            return self._pragma(sql.strip())
        if self._deadlines and time.monotonic() >= min(self._deadlines):
            raise sqlite3.OperationalError("interrupted (the time limit had passed)")
        has_params = bool(params)
        t = translate(sql, has_params)
        try:
            cur = self.raw.execute(t.sql, list(params) if has_params else None)  # type: ignore[arg-type]
            lastrowid = None
            if t.returns_id:
                row = cur.fetchone()
                lastrowid = row[0] if row else None
            return PgCursor(cur, lastrowid)
        except psycopg.Error as e:
            raise as_sqlite_error(e) from e

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        t = translate(sql, True)
        sql_text = t.sql[: -len(" RETURNING id")] if t.returns_id else t.sql
        try:
            with self.raw.cursor() as cur:
                cur.executemany(sql_text, [list(p) for p in seq])
        except psycopg.Error as e:
            raise as_sqlite_error(e) from e

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        if self.raw is None:
            return
        raw, self.raw = self.raw, None  # type: ignore[assignment]
        if self._pool is not None and not raw.closed:
            if raw.info.transaction_status != TransactionStatus.IDLE:
                raw.rollback()
            self._pool.putconn(raw)
        else:
            raw.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # what SQLite does through PRAGMAs and progress handlers --------------------------------------

    def _begin(self, head: str) -> PgCursor:
        try:
            if self.readonly:  # a snapshot: every statement of the transaction sees the same data
                cur = self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            else:
                cur = self.raw.execute("BEGIN")
                if "IMMEDIATE" in head or "EXCLUSIVE" in head:
                    self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
        except psycopg.Error as e:
            raise as_sqlite_error(e) from e
        return PgCursor(cur)

    def begin_keyed(self, key: str) -> None:
        """BEGIN a write about ``key`` (archive.sqlite.transaction): it waits only for writes about
        the same key, and for writes about the whole archive."""
        try:
            self.raw.execute("BEGIN")
            self.raw.execute("SELECT pg_advisory_xact_lock_shared(%s), pg_advisory_xact_lock(%s, hashtext(%s))",
                             (WRITER_LOCK, KEYED_LOCKS, key))
        except psycopg.Error as e:
            raise as_sqlite_error(e) from e

    def _pragma(self, sql: str) -> PgCursor:
        """The two PRAGMAs readers use: ``table_info(t)`` (which columns an archive has: from the
        information schema) and ``integrity_check`` (PostgreSQL enforces the constraints on every
        write and checks its own pages; there is no file to check here: ``ok``)."""
        m = _TABLE_INFO.fullmatch(sql)
        if m:
            return self.execute(
                "SELECT ordinal_position - 1 AS cid, column_name AS name, data_type AS type, "
                "CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END AS notnull, column_default AS dflt_value, 0 AS pk "
                "FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema() "
                "ORDER BY ordinal_position", (m.group(1),))
        if sql.lower().rstrip(";") == "pragma integrity_check":
            return self.execute("SELECT 'ok' AS integrity_check")
        raise sqlite3.OperationalError(f"{sql[:40]}: no PostgreSQL equivalent")

    @contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """Stop statements that run past the limit (nested limits: the innermost shortest wins)."""
        self._deadlines.append(time.monotonic() + seconds)
        self._set_timeout()
        try:
            yield
        finally:
            self._deadlines.pop()
            if self.raw is not None and not self.raw.closed:
                self._set_timeout()

    def _set_timeout(self) -> None:
        ms = 0
        if self._deadlines:
            ms = max(1, int((min(self._deadlines) - time.monotonic()) * 1000))
        if self.raw.info.transaction_status == TransactionStatus.INERROR:
            return  # the ROLLBACK that follows ends it; the next limit sets it again
        try:
            self.raw.execute("SELECT set_config('statement_timeout', %s, false)", (str(ms),))
        except psycopg.Error as e:
            raise as_sqlite_error(e) from e


# -- pools ----------------------------------------------------------------------------------------

_pools: dict[tuple[str, bool], ConnectionPool] = {}
_pools_lock = threading.Lock()


def _pool(url: str, readonly: bool) -> ConnectionPool:
    with _pools_lock:
        pool = _pools.get((url, readonly))
        if pool is None:
            # The pool would keep retrying a wrong URL in the background until its timeout: try
            # once first, so that a typo or a stopped server is a one-line error at once.
            _probe(url)
            options = "-c default_transaction_read_only=on -c jit=off" if readonly else "-c synchronous_commit=off -c jit=off"
            pool = ConnectionPool(url, min_size=0, max_size=POOL_MAX, timeout=CONNECT_TIMEOUT_S,
                                  kwargs={"autocommit": True, "row_factory": _row_factory, "options": options,
                                          "connect_timeout": CONNECT_TIMEOUT_S},
                                  check=ConnectionPool.check_connection, open=True, name=f"newsvault-{'ro' if readonly else 'rw'}")
            _pools[(url, readonly)] = pool
        return pool


def close_pool(url: str) -> None:
    """Close the pools of one archive (a test that is done with its database)."""
    with _pools_lock:
        pools = [_pools.pop(k) for k in list(_pools) if k[0] == url]
    for pool in pools:
        pool.close(timeout=1)


@atexit.register
def close_pools() -> None:
    """Close every pool (at exit, and in a child that must not share its parent's sockets)."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close(timeout=1)


def _probe(url: str) -> None:
    try:
        psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S).close()
    except psycopg.Error as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ArchiveError(_("{db}: cannot connect to PostgreSQL: {error}").format(db=display(url), error=first)) from None


def connect(url: str, readonly: bool = False) -> PgConnection:
    """A pooled connection to the PostgreSQL archive at ``url``; ArchiveError when it cannot be reached."""
    pool = _pool(url, readonly)
    try:
        raw = pool.getconn()
    except PoolTimeout:
        raise ArchiveError(_("{db}: cannot connect to PostgreSQL within {s} s (is the server running, and may this user "
                             "connect?)").format(db=display(url), s=CONNECT_TIMEOUT_S)) from None
    return PgConnection(raw, url, readonly, pool)


def connect_direct(url: str) -> PgConnection:
    """A connection of its own, outside the pool (held for a process's life: the scheduler's lock)."""
    try:
        raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ArchiveError(_("{db}: cannot connect to PostgreSQL: {error}").format(db=display(url), error=first)) from None
    return PgConnection(raw, url, False, None)


def run_ddl(conn: PgConnection, sql: str) -> None:
    """Run ``;``-separated statements of PostgreSQL's own SQL as they are (the frozen migrations)."""
    for statement in sql.split(";\n"):
        if statement.strip():
            try:
                conn.raw.execute(statement)
            except psycopg.Error as e:
                raise as_sqlite_error(e) from e
