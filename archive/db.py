"""Opening the archive: readers refuse one that needs an upgrade; the writer brings it up to date.

Readers never write. An archive made by an older newsvault (a migration it lacks, or a search
index cut by an older tokenizer) is upgraded by the next writer (a crawl, `newsvault upgrade`,
`newsvault reprocess`); until then read-only commands say so and name `newsvault upgrade`.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Callable

from archive import migrations, search_index
from archive.sqlite import connect as connect_file
from archive.sqlite import transaction
from core.errors import ArchiveError, UpgradeRequired
from core.i18n import _

logger = logging.getLogger(__name__)


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open the archive: read-only and checked current, or for writing and brought up to date."""
    conn = connect_file(path, readonly)
    try:
        if readonly:
            _require_current(conn, Path(path))
        else:
            upgrade(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def needs_upgrade(conn: sqlite3.Connection) -> list[str]:
    """What an upgrade would do to this archive (empty: it is current, or no archive yet)."""
    if not migrations.is_archive(conn):
        return []
    todo = [f"migration {m.id}: {m.name}" for m in migrations.pending(conn)]
    if search_index.has_index(conn) and search_index.index_version(conn) < search_index.TOKENIZER_VERSION:
        todo.append(f"rebuild the search index (tokenizer {search_index.index_version(conn)} → "
                    f"{search_index.TOKENIZER_VERSION})")
    return todo


def upgrade(conn: sqlite3.Connection, progress: Callable[[str], None] | None = None) -> list[str]:
    """Apply pending migrations, then rebuild a search index cut by an older tokenizer; return what was done."""
    try:
        done = [f"migration {m}" for m in migrations.migrate(conn, progress=progress)]
    except sqlite3.OperationalError as e:  # a read-only file or folder
        raise ArchiveError(f"cannot upgrade this archive ({e}): it needs write access once") from None
    if search_index.index_version(conn) < search_index.TOKENIZER_VERSION:
        if progress:
            progress(f"rebuilding the search index (tokenizer {search_index.TOKENIZER_VERSION})")
        logger.info("rebuilding the search index with tokenizer %d", search_index.TOKENIZER_VERSION)
        with transaction(conn):
            n = search_index.reindex(conn, (lambda k: progress(f"  {k} articles indexed")) if progress else None)
        done.append(f"search index rebuilt ({n} articles)")
    return done


def _require_current(conn: sqlite3.Connection, path: Path) -> None:
    todo = needs_upgrade(conn)
    if todo:
        steps = f"{len(todo)}: " + (todo[0] if len(todo) == 1 else f"{todo[0]}, …")
        raise UpgradeRequired(_("{path}: made by an older newsvault, it needs an upgrade (steps {steps}): run "
                                "`newsvault upgrade --db {path}` (read-only commands never change an archive)").format(
            path=path, steps=steps))
