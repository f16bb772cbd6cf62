"""Migration 7 on PostgreSQL: a key/value table of facts about the archive, starting with the
tokenizer its search index was cut with."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "archive facts: the search index's tokenizer version"

SQL = """
CREATE TABLE archive_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO archive_meta (key, value) VALUES ('search_tokenizer', '1')
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
