"""Migration 8 on PostgreSQL: runs owned by processes (pid, host, error) and the journal of WARC
files (as m008_run_owners_warc_files.py)."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "run owners (pid, host, error) and the journal of WARC files"

SQL = """
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN error TEXT;
CREATE TABLE warc_files (
    name       TEXT PRIMARY KEY,
    state      TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    size       BIGINT,
    opened_at  TEXT NOT NULL,
    closed_at  TEXT
);
INSERT INTO warc_files (name, state, opened_at)
    SELECT warc_file, 'open', MIN(fetched_at) FROM captures WHERE warc_file IS NOT NULL GROUP BY warc_file;
CREATE INDEX captures_warc_file ON captures(warc_file, warc_offset)
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
