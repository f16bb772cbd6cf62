"""Migration 2 on PostgreSQL: the full-text index over article titles and texts.

``articles_fts`` holds, per article, its n-gram lexemes as space-separated text (archive.
postgres_index), GIN-indexed as ``array_to_tsvector(string_to_array(grams, ' '))``, its length in
tokens (for bm25) and the token texts phrases longer than a lexeme are checked against. The
lexemes and the text's tokens live out of line (a small toast_tuple_target), compressed: the
table's own rows hold the id, the length and the title's tokens, so counting the matches of a
common word reads little more than the GIN index. A PostgreSQL archive is new when this runs:
there is nothing to fill yet (writers index each article; `archive copy` as it copies).
"""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "full-text search index over article titles and texts (Chinese-aware)"

SQL = """
CREATE TABLE articles_fts (
    id      BIGINT PRIMARY KEY REFERENCES articles(id),
    grams   TEXT NOT NULL,
    tokens  INTEGER NOT NULL,
    title   TEXT NOT NULL,
    body    TEXT NOT NULL
) WITH (toast_tuple_target = 256);
CREATE INDEX articles_fts_grams ON articles_fts USING gin (array_to_tsvector(string_to_array(grams, ' ')));
CREATE INDEX articles_search_filters ON articles(id, source_name, published, hijacked)
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
