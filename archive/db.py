"""Opening the archive: readers refuse one that needs an upgrade; the writer brings it up to date.

Readers never write. An archive made by an older newsvault (a migration it lacks, or a search
index cut by an older tokenizer) is upgraded by the next writer (a crawl, `newsvault upgrade`,
`newsvault reprocess`); until then read-only commands say so and name `newsvault upgrade`.

An archive is an SQLite file (a path) or a PostgreSQL database (a ``postgresql://`` URL,
archive.postgres); both have the same migrations, recorded the same way.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

from archive import migrations, search_index
from archive.backend import Location, display, is_postgres, is_postgres_url
from archive.sqlite import connect as connect_file
from archive.sqlite import transaction
from core.errors import ArchiveError, UpgradeRequired
from core.i18n import _

logger = logging.getLogger(__name__)


def connect(path: Location, readonly: bool = False) -> Any:
    """Open the archive: read-only and checked current, or for writing and brought up to date.

    ``path``: an SQLite file, or a ``postgresql://`` URL (a pooled archive.postgres connection).
    """
    if is_postgres_url(path):
        from archive import postgres

        conn: Any = postgres.connect(str(path), readonly)
        if readonly and not schema(conn).is_archive(conn):
            conn.close()
            raise ArchiveError(_("{db}: no newsvault archive in this database yet (run `newsvault crawl`, or "
                                 "`newsvault archive copy --to URL` to move an embedded archive there)").format(
                db=display(path)))
    else:
        conn = connect_file(path, readonly)
    try:
        if readonly:
            _require_current(conn, path)
        else:
            upgrade(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def schema(conn: Any) -> ModuleType:
    """The migrations of this connection's database (SQLite's, or their PostgreSQL twins)."""
    if is_postgres(conn):
        from archive.migrations import postgres

        return postgres
    return migrations


def needs_upgrade(conn: sqlite3.Connection) -> list[str]:
    """What an upgrade would do to this archive (empty: it is current, or no archive yet)."""
    s = schema(conn)
    if not s.is_archive(conn):
        return []
    todo = [f"migration {m.id}: {m.name}" for m in s.pending(conn)]
    if search_index.has_index(conn) and search_index.index_version(conn) < search_index.TOKENIZER_VERSION:
        todo.append(f"rebuild the search index (tokenizer {search_index.index_version(conn)} → "
                    f"{search_index.TOKENIZER_VERSION})")
    return todo


def upgrade(conn: sqlite3.Connection, progress: Callable[[str], None] | None = None) -> list[str]:
    """Apply pending migrations, then rebuild a search index cut by an older tokenizer; return what was done."""
    try:
        done = [f"migration {m}" for m in schema(conn).migrate(conn, progress=progress)]
    except sqlite3.OperationalError as e:  # a read-only file or folder, or a role without rights
        raise ArchiveError(f"cannot upgrade this archive ({e}): it needs write access once") from None
    if search_index.index_version(conn) < search_index.TOKENIZER_VERSION:
        if progress:
            progress(f"rebuilding the search index (tokenizer {search_index.TOKENIZER_VERSION})")
        logger.info("rebuilding the search index with tokenizer %d", search_index.TOKENIZER_VERSION)
        with transaction(conn):
            n = search_index.reindex(conn, (lambda k: progress(f"  {k} articles indexed")) if progress else None)
        done.append(f"search index rebuilt ({n} articles)")
    return done


def _require_current(conn: sqlite3.Connection, path: Location) -> None:
    todo = needs_upgrade(conn)
    if todo:
        steps = f"{len(todo)}: " + (todo[0] if len(todo) == 1 else f"{todo[0]}, …")
        raise UpgradeRequired(_("{path}: made by an older newsvault, it needs an upgrade (steps {steps}): run "
                                "`newsvault upgrade --db {path}` (read-only commands never change an archive)").format(
            path=display(path), steps=steps))


def open_raw(path: Location, readonly: bool = False) -> Any:
    """A connection without the schema check or upgrade (for `newsvault upgrade` itself); an SQLite
    reader fails on a missing file instead of creating one."""
    if is_postgres_url(path):
        from archive import postgres

        return postgres.connect(str(path), readonly)
    return connect_file(path, readonly)


def archive_exists(path: Location) -> bool:
    """Is there an archive at ``path`` already (a file; a PostgreSQL database is always there)?"""
    return is_postgres_url(path) or Path(path).exists()
