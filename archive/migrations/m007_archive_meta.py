"""Migration 7: a key/value table of facts about the archive itself, starting with the tokenizer
its search index was cut with (migrations 2–6 always cut it with tokenizer 1)."""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "archive facts: the search index's tokenizer version"

SQL = """
CREATE TABLE archive_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO archive_meta (key, value) VALUES ('search_tokenizer', '1')
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
