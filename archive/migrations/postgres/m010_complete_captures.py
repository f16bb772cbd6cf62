"""Migration 10 on PostgreSQL: complete captures — capture kinds and types, attachment files,
source titles, run warnings and reasons (as m010_complete_captures.py; a PostgreSQL archive has
no captures from before it to fill in)."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "complete captures: capture kinds and types, attachment files, source titles, run warnings and reasons"

SQL = """
ALTER TABLE captures ADD COLUMN kind TEXT NOT NULL DEFAULT 'article';
ALTER TABLE captures ADD COLUMN content_type TEXT;
ALTER TABLE captures ADD COLUMN size BIGINT;
ALTER TABLE attachments ADD COLUMN kind TEXT NOT NULL DEFAULT 'file' CHECK (kind IN ('file', 'image'));
ALTER TABLE attachments ADD COLUMN name TEXT;
ALTER TABLE attachments ADD COLUMN content_type TEXT;
ALTER TABLE attachments ADD COLUMN size BIGINT;
ALTER TABLE attachments ADD COLUMN digest TEXT;
ALTER TABLE attachments ADD COLUMN capture_id BIGINT REFERENCES captures(id);
ALTER TABLE attachments ADD COLUMN note TEXT;
CREATE INDEX attachments_url ON attachments(url);
ALTER TABLE sources ADD COLUMN title TEXT;
ALTER TABLE runs ADD COLUMN files_captured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
ALTER TABLE runs ADD COLUMN health_reason TEXT
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
