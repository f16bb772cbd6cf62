"""Numbered schema migrations, recorded in the database itself.

Each migration runs once, in its own transaction, and is recorded in ``schema_migrations``.
Never edit a migration that has shipped: add a new one. A database that records a migration
this program does not know was made by a newer newsvault and is refused, not guessed at.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Callable

from archive import report, runs, search_index
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

# Migration 4. captures is rebuilt because SQLite cannot drop a constraint: its content_hash
# referenced blobs(hash), but from now on the bytes of a capture live in a WARC record (file,
# offset, length) and blobs only keeps the bytes of captures made before.
M004_CAPTURES = """
CREATE TABLE captures_v4 (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER REFERENCES runs(id),
    source_name     TEXT NOT NULL,
    url             TEXT NOT NULL,
    final_url       TEXT NOT NULL,
    status          INTEGER NOT NULL,
    headers         TEXT NOT NULL,          -- JSON [[name, value], ...] as the server sent them
    fetched_at      TEXT NOT NULL,
    content_hash    TEXT NOT NULL,          -- sha256 of the body (of the body revalidated, for a 304)
    warc_file       TEXT,                   -- relative to the archive's folder, or absolute; NULL: bytes in blobs
    warc_offset     INTEGER,                -- of the response/revisit record
    warc_length     INTEGER,                -- of that record and its request record, which follows it
    warc_record_id  TEXT,                   -- WARC-Record-ID of the response/revisit record
    refers_to       INTEGER REFERENCES captures(id)   -- revisits: the capture whose record holds the bytes
);
INSERT INTO captures_v4 (id, run_id, source_name, url, final_url, status, headers, fetched_at, content_hash)
    SELECT id, run_id, source_name, url, final_url, status, headers, fetched_at, content_hash FROM captures;
DROP TABLE captures;
ALTER TABLE captures_v4 RENAME TO captures;
CREATE INDEX captures_final_url ON captures(final_url, fetched_at);
CREATE INDEX captures_url ON captures(url);
CREATE INDEX captures_content_hash ON captures(content_hash);
ALTER TABLE articles ADD COLUMN status TEXT NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'gone'));
ALTER TABLE articles ADD COLUMN gone_since TEXT;
ALTER TABLE articles ADD COLUMN last_checked TEXT;
ALTER TABLE articles ADD COLUMN etag TEXT;
ALTER TABLE articles ADD COLUMN last_modified TEXT;
UPDATE articles SET last_checked = last_seen;
ALTER TABLE article_versions ADD COLUMN reprocessed_at TEXT;
CREATE TABLE article_status_changes (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    status       TEXT NOT NULL CHECK (status IN ('live', 'gone')),
    at           TEXT NOT NULL,
    http_status  INTEGER,
    capture_id   INTEGER REFERENCES captures(id)
);
CREATE INDEX article_status_changes_article ON article_status_changes(article_id, at)
"""


def m004_warc_status_recheck(conn: sqlite3.Connection) -> None:
    """Migration 4; also backfills each article's ETag/Last-Modified from its latest capture."""
    _script(M004_CAPTURES)(conn)
    for table in ("captures", "articles", "article_versions"):
        bad = conn.execute(f"PRAGMA foreign_key_check({table})").fetchall()
        if bad:
            raise ArchiveError(f"migration 4: {len(bad)} rows of {table} reference missing rows "
                               f"(first: {tuple(bad[0])}); the archive was not changed")
    rows = conn.execute(
        "SELECT a.id, c.headers FROM articles a JOIN captures c ON c.id = "
        "(SELECT MAX(id) FROM captures WHERE final_url = a.url AND status = 200)").fetchall()
    for article_id, headers in rows:
        found = {k.lower(): v for k, v in json.loads(headers or "[]")}
        if found.get("etag") or found.get("last-modified"):
            conn.execute("UPDATE articles SET etag=?, last_modified=? WHERE id=?",
                         (found.get("etag"), found.get("last-modified"), article_id))


MIGRATIONS: list[Migration] = [
    Migration(1, "core tables: sources, runs, blobs, captures, articles, versions, attachments, failures", _script(M001_CORE)),
    Migration(2, "full-text search index over article titles and texts (Chinese-aware)", search_index.install),
    Migration(3, "run history: exit code, log file, health", _script(runs.M003_RUN_HISTORY)),
    Migration(4, "WARC captures, article status (live/gone), re-check validators, reprocessed versions",
              m004_warc_status_recheck),
    Migration(5, "run counts: articles skipped (not due for a re-check) and gone", _script(runs.M005_RUN_COUNTS)),
    Migration(6, "indexes for the hijack report", _script(report.M006_REPORT_INDEXES)),
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
                m.apply(conn)
                conn.execute("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
                             (m.id, m.name, utcnow()))
            applied.append(m.id)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return applied
