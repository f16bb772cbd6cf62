"""Migration 4: WARC captures, article status (live/gone), re-check validators, reprocessed versions."""
from __future__ import annotations

import json
import sqlite3

from archive.sqlite import execute_script
from core.errors import ArchiveError

NAME = "WARC captures, article status (live/gone), re-check validators, reprocessed versions"

# Migration 4. captures is rebuilt because SQLite cannot drop a constraint: its content_hash
# referenced blobs(hash), but from now on the bytes of a capture live in a WARC record (file,
# offset, length) and blobs only keeps the bytes of captures made before.
SQL = """
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


def apply(conn: sqlite3.Connection) -> None:
    """Also backfills each article's ETag/Last-Modified from its latest capture."""
    execute_script(conn, SQL)
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
