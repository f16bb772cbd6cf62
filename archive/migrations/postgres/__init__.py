"""The migrations on PostgreSQL: the same numbers and names as archive.migrations, each a frozen
module of PostgreSQL DDL beside SQLite's (``postgres/m00N_*.py`` for ``m00N_*.py``).

Both databases record what was applied in ``schema_migrations`` (id, name, applied_at), so
`newsvault upgrade` and every reader treat them alike. A migration added for SQLite needs its
twin here with the same number and name: tests/test_migrations.py fails until it has one.
Each runs in one transaction (PostgreSQL's DDL is transactional) under the writers' lock, so
two workers starting on a new database at once apply each migration once.
"""
from __future__ import annotations

from typing import Callable

from archive.migrations import Migration
from archive.migrations.postgres import (
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

MIGRATIONS: list[Migration] = [
    Migration(int(m.__name__.rsplit(".", 1)[1][1:4]), m.NAME, m.apply)
    for m in (m001_core, m002_search_index, m003_run_history, m004_warc_captures, m005_run_counts,
              m006_report_indexes, m007_archive_meta, m008_run_owners_warc_files, m009_article_sightings,
              m010_complete_captures, m012_site_profiles, m014_run_workers)
]


def is_archive(conn) -> bool:
    """Has any migration run on this database (is it a newsvault archive at all)?"""
    return conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]


def pending(conn) -> list[Migration]:
    done = {r[0] for r in conn.execute("SELECT id FROM schema_migrations")} if is_archive(conn) else set()
    return [m for m in MIGRATIONS if m.id not in done]


def current_version(conn) -> int:
    if not is_archive(conn):
        return 0
    return conn.execute("SELECT COALESCE(MAX(id), 0) FROM schema_migrations").fetchone()[0]


def migrate(conn, migrations: list[Migration] | None = None,
            progress: Callable[[str], None] | None = None) -> list[int]:
    """Apply every pending migration in order; return the ids applied."""
    migrations = MIGRATIONS if migrations is None else migrations
    newest = migrations[-1].id if migrations else 0
    have = current_version(conn)
    if have > newest:
        raise ArchiveError(f"this archive has schema version {have}, newer than this newsvault "
                           f"knows ({newest}): upgrade newsvault")
    # As on SQLite: only what is missing takes the writers' lock (an exclusive archive lock, which
    # waits for every page being written): each writer's connect checked all 12 under it, ~60 lock
    # round trips per cluster job. By id, not by the highest (parallel branches land out of order).
    done = {r[0] for r in conn.execute("SELECT id FROM schema_migrations")} if have else set()
    applied = []
    for m in migrations:
        if m.id in done:
            continue
        with transaction(conn):  # the writers' lock: re-check inside it
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            if conn.execute("SELECT 1 FROM schema_migrations WHERE id=?", (m.id,)).fetchone():
                continue
            if progress:
                progress(f"migration {m.id}: {m.name}")
            m.apply(conn)
            conn.execute("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
                         (m.id, m.name, utcnow()))
        applied.append(m.id)
    return applied

