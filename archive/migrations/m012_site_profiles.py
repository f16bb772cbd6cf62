"""Migration 12: a site profile per source (issue 11), and the cloaking checks of cloak_check sources."""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "site profiles per source, cloaking checks"

SQL = """
CREATE TABLE source_profiles (
    source      TEXT PRIMARY KEY REFERENCES sources(name),
    version     INTEGER NOT NULL,          -- the profile format it was written in
    profile     TEXT NOT NULL,             -- JSON: template blocks, title parts, spam strings and hosts…
    pages       INTEGER NOT NULL,          -- the pages it weighs
    run_id      INTEGER REFERENCES runs(id),   -- the run that last updated it
    updated_at  TEXT NOT NULL
);
CREATE TABLE cloak_checks (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER REFERENCES runs(id),
    source_name     TEXT NOT NULL,
    url             TEXT NOT NULL,         -- the page, as the visitor's fetch ended
    capture_id      INTEGER REFERENCES captures(id),   -- the visitor's capture it was compared with
    normal_hash     TEXT NOT NULL,         -- sha256 of the visitor's body
    fetched_at      TEXT NOT NULL,
    status          INTEGER NOT NULL,      -- of the search spider's fetch
    warc_file       TEXT,                  -- the spider's view, a WARC response record and its request
    warc_offset     INTEGER,
    warc_length     INTEGER,
    warc_record_id  TEXT,
    findings        TEXT NOT NULL DEFAULT '[]'   -- server_cloak findings: what only the spider was served
);
CREATE INDEX cloak_checks_url ON cloak_checks(url, id);
CREATE INDEX cloak_checks_run ON cloak_checks(run_id)
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
