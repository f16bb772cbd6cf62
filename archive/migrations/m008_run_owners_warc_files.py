"""Migration 8: runs owned by processes (pid, host, the reason a run failed) and a journal of WARC files.

``warc_files`` records each WARC file a writer opened and, once it is closed whole, its size: a
file still ``open`` whose writer is gone (no lock held on it) was cut short by a crash, and the
next writer truncates its incomplete tail (archive.warc_files). Files written before this
migration are entered as ``open`` so that the next writer checks each tail once.
"""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "run owners (pid, host, error) and the journal of WARC files"

SQL = """
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN error TEXT;
CREATE TABLE warc_files (
    name       TEXT PRIMARY KEY,        -- as captures.warc_file names it
    state      TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    size       INTEGER,                 -- closed: the end of its last complete record
    opened_at  TEXT NOT NULL,
    closed_at  TEXT
);
INSERT INTO warc_files (name, state, opened_at)
    SELECT warc_file, 'open', MIN(fetched_at) FROM captures WHERE warc_file IS NOT NULL GROUP BY warc_file;
CREATE INDEX captures_warc_file ON captures(warc_file, warc_offset)
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
