"""Migration 5 on PostgreSQL: run counts — articles skipped (not due for a re-check) and gone."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "run counts: articles skipped (not due for a re-check) and gone"

SQL = """
ALTER TABLE runs ADD COLUMN articles_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN articles_gone INTEGER NOT NULL DEFAULT 0
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
