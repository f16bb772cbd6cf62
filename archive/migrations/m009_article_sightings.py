"""Migration 9: one owner per URL — the other sources that met an article are recorded beside it.

An article belongs to the source that archived it first; another source whose crawl reaches the
same URL adds a row here (first and last time, and its latest run) instead of a version, and
its run counts the article as ``articles_elsewhere`` (found, but another source's).
"""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "articles seen by other sources than their own"

SQL = """
CREATE TABLE article_sightings (
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    source_name  TEXT NOT NULL,
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL,
    run_id       INTEGER REFERENCES runs(id),
    PRIMARY KEY (article_id, source_name)
);
ALTER TABLE runs ADD COLUMN articles_elsewhere INTEGER NOT NULL DEFAULT 0
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
