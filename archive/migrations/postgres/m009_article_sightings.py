"""Migration 9 on PostgreSQL: articles seen by other sources than their own (as m009_article_sightings.py)."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "articles seen by other sources than their own"

SQL = """
CREATE TABLE article_sightings (
    article_id   BIGINT NOT NULL REFERENCES articles(id),
    source_name  TEXT NOT NULL,
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL,
    run_id       BIGINT REFERENCES runs(id),
    PRIMARY KEY (article_id, source_name)
);
ALTER TABLE runs ADD COLUMN articles_elsewhere INTEGER NOT NULL DEFAULT 0
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
