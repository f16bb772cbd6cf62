"""Migration 10: complete captures — every fetch of a crawl (listings, attachments, images,
stylesheets) as a capture of its kind; the files an article links with their bytes' capture;
source titles; what a run warned about and why its health was flagged."""
from __future__ import annotations

import json
import sqlite3

from archive.sqlite import execute_script

NAME = "complete captures: capture kinds and types, attachment files, source titles, run warnings and reasons"

SQL = """
ALTER TABLE captures ADD COLUMN kind TEXT NOT NULL DEFAULT 'article';
ALTER TABLE captures ADD COLUMN content_type TEXT;
ALTER TABLE captures ADD COLUMN size INTEGER;
ALTER TABLE attachments ADD COLUMN kind TEXT NOT NULL DEFAULT 'file' CHECK (kind IN ('file', 'image'));
ALTER TABLE attachments ADD COLUMN name TEXT;
ALTER TABLE attachments ADD COLUMN content_type TEXT;
ALTER TABLE attachments ADD COLUMN size INTEGER;
ALTER TABLE attachments ADD COLUMN digest TEXT;
ALTER TABLE attachments ADD COLUMN capture_id INTEGER REFERENCES captures(id);
ALTER TABLE attachments ADD COLUMN note TEXT;
CREATE INDEX attachments_url ON attachments(url);
ALTER TABLE sources ADD COLUMN title TEXT;
ALTER TABLE runs ADD COLUMN files_captured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
ALTER TABLE runs ADD COLUMN health_reason TEXT
"""


def apply(conn: sqlite3.Connection) -> None:
    """Also fills in the media type and size of the captures made before (all article pages)."""
    execute_script(conn, SQL)
    rows = conn.execute("SELECT id, headers FROM captures").fetchall()
    for capture_id, headers in rows:
        found = {k.lower(): v for k, v in json.loads(headers or "[]")}
        ctype = (found.get("content-type") or "").split(";")[0].strip().lower() or None
        length = found.get("content-length")
        conn.execute("UPDATE captures SET content_type=?, size=? WHERE id=?",
                     (ctype, int(length) if length and length.isdigit() else None, capture_id))
