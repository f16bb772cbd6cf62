"""Numbered schema migrations, recorded in the database itself.

Each migration runs once, in its own transaction, and is recorded in ``schema_migrations``.
Never edit a migration that has shipped: add a new one. A database that records a migration
this program does not know was made by a newer newsvault and is refused, not guessed at.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable

from archive.migrations import (
    m001_core,
    m002_search_index,
    m003_run_history,
    m004_warc_captures,
    m005_run_counts,
    m006_report_indexes,
    m007_archive_meta,
    m008_run_owners_warc_files,
    m009_article_sightings,
    m010_complete_captures,
    m012_site_profiles,
    m014_run_workers,
)
from archive.sqlite import transaction
from core.clock import utcnow
from core.errors import ArchiveError


@dataclass(frozen=True)
class Migration:
    id: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


# Each migration is a frozen module: its SQL and its data steps live in it and never change once
# shipped (a fix is a new migration). The id is the module's number.
MIGRATIONS: list[Migration] = [
    Migration(int(m.__name__.rsplit(".", 1)[1][1:4]), m.NAME, m.apply)
    for m in (m001_core, m002_search_index, m003_run_history, m004_warc_captures, m005_run_counts,
              m006_report_indexes, m007_archive_meta, m008_run_owners_warc_files, m009_article_sightings,
              m010_complete_captures, m012_site_profiles, m014_run_workers)
]


def is_archive(conn: sqlite3.Connection) -> bool:
    """Has any migration run on this database (is it a newsvault archive at all)?"""
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").fetchone() is not None


def pending(conn: sqlite3.Connection) -> list[Migration]:
    """The migrations this archive lacks (all of them for a new file)."""
    done = {r[0] for r in conn.execute("SELECT id FROM schema_migrations")} if is_archive(conn) else set()
    return [m for m in MIGRATIONS if m.id not in done]


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").fetchone()
    if not exists:
        return 0
    return conn.execute("SELECT COALESCE(MAX(id), 0) FROM schema_migrations").fetchone()[0]


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None,
            progress: Callable[[str], None] | None = None) -> list[int]:
    """Apply every pending migration in order; return the ids applied. ``progress`` hears of each."""
    migrations = MIGRATIONS if migrations is None else migrations
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                 "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    have = current_version(conn)
    newest = migrations[-1].id if migrations else 0
    if have > newest:
        raise ArchiveError(f"this archive has schema version {have}, newer than this newsvault "
                           f"knows ({newest}): upgrade newsvault")
    # By id, not by the highest: migrations written on parallel branches may land out of order.
    done = {row[0] for row in conn.execute("SELECT id FROM schema_migrations")}
    applied = []
    # Off while migrating (it cannot change inside a transaction): rebuilding a table, SQLite's
    # way to change a constraint, must not trip over the rows that reference it. A migration
    # that rebuilds a table checks the keys it touched (PRAGMA foreign_key_check) itself.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for m in migrations:
            if m.id in done:
                continue
            with transaction(conn):
                # Re-check inside the write lock: another writer may have migrated meanwhile.
                if conn.execute("SELECT 1 FROM schema_migrations WHERE id=?", (m.id,)).fetchone():
                    continue
                if progress:
                    progress(f"migration {m.id}: {m.name}")
                m.apply(conn)
                conn.execute("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
                             (m.id, m.name, utcnow()))
            applied.append(m.id)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return applied
