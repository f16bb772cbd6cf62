"""Numbered schema migrations, recorded in the database itself.

Each migration runs once, in its own transaction, and is recorded in ``schema_migrations``.
Never edit a migration that has shipped: add a new one. A database that records a migration
this program does not know was made by a newer newsvault and is refused, not guessed at.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable

from archive import search_index
from archive.db import transaction, utcnow
from archive.errors import ArchiveError


@dataclass(frozen=True)
class Migration:
    id: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    return apply


M001_CORE = """
CREATE TABLE sources (
    name        TEXT PRIMARY KEY,
    first_seen  TEXT NOT NULL
);
CREATE TABLE runs (
    id                  INTEGER PRIMARY KEY,
    source              TEXT NOT NULL REFERENCES sources(name),
    trigger             TEXT NOT NULL DEFAULT 'manual',
    started_at          TEXT NOT NULL,
    finished_at         TEXT,
    status              TEXT NOT NULL DEFAULT 'running',
    pages_fetched       INTEGER NOT NULL DEFAULT 0,
    articles_new        INTEGER NOT NULL DEFAULT 0,
    articles_changed    INTEGER NOT NULL DEFAULT 0,
    articles_unchanged  INTEGER NOT NULL DEFAULT 0,
    errors              INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX runs_source ON runs(source, started_at);
CREATE TABLE blobs (
    hash  TEXT PRIMARY KEY,
    size  INTEGER NOT NULL,
    data  BLOB NOT NULL
);
CREATE TABLE captures (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER REFERENCES runs(id),
    source_name   TEXT NOT NULL,
    url           TEXT NOT NULL,
    final_url     TEXT NOT NULL,
    status        INTEGER NOT NULL,
    headers       TEXT NOT NULL,
    fetched_at    TEXT NOT NULL,
    content_hash  TEXT NOT NULL REFERENCES blobs(hash)
);
CREATE INDEX captures_final_url ON captures(final_url, fetched_at);
CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    url                TEXT NOT NULL UNIQUE,
    source_name        TEXT NOT NULL REFERENCES sources(name),
    title              TEXT,
    published          TEXT,
    author             TEXT,
    source             TEXT,
    text               TEXT NOT NULL,
    language           TEXT,
    hijacked           INTEGER NOT NULL DEFAULT 0,
    findings           TEXT NOT NULL DEFAULT '[]',
    content_hash       TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    capture_id         INTEGER REFERENCES captures(id),
    first_seen         TEXT NOT NULL,
    last_seen          TEXT NOT NULL,
    hijack_first_seen  TEXT,
    hijack_last_seen   TEXT
);
CREATE INDEX articles_source ON articles(source_name, published);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE article_versions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    version       INTEGER NOT NULL,
    capture_id    INTEGER REFERENCES captures(id),
    captured_at   TEXT NOT NULL,
    title         TEXT,
    published     TEXT,
    author        TEXT,
    source        TEXT,
    text          TEXT NOT NULL,
    language      TEXT,
    hijacked      INTEGER NOT NULL,
    findings      TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    UNIQUE (article_id, version)
);
CREATE TABLE attachments (
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    url         TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, url)
);
CREATE TABLE fetch_failures (
    id       INTEGER PRIMARY KEY,
    run_id   INTEGER REFERENCES runs(id),
    url      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    status   INTEGER,
    error    TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX fetch_failures_run ON fetch_failures(run_id);
CREATE INDEX fetch_failures_url ON fetch_failures(url)
"""

MIGRATIONS: list[Migration] = [
    Migration(1, "core tables: sources, runs, blobs, captures, articles, versions, attachments, failures", _script(M001_CORE)),
    Migration(2, "full-text search index over article titles and texts (Chinese-aware)", search_index.install),
]


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").fetchone()
    if not exists:
        return 0
    return conn.execute("SELECT COALESCE(MAX(id), 0) FROM schema_migrations").fetchone()[0]


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[int]:
    """Apply every pending migration in order; return the ids applied."""
    migrations = MIGRATIONS if migrations is None else migrations
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                 "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    have = current_version(conn)
    newest = migrations[-1].id if migrations else 0
    if have > newest:
        raise ArchiveError(f"this archive has schema version {have}, newer than this newsvault "
                           f"knows ({newest}): upgrade newsvault")
    applied = []
    for m in migrations:
        if m.id <= have:
            continue
        with transaction(conn):
            # Re-check inside the write lock: another writer may have migrated meanwhile.
            if conn.execute("SELECT 1 FROM schema_migrations WHERE id=?", (m.id,)).fetchone():
                continue
            m.apply(conn)
            conn.execute("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
                         (m.id, m.name, utcnow()))
        applied.append(m.id)
    return applied
