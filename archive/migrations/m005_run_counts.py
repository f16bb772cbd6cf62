"""Migration 5: run counts the first runs table lacked.

articles_skipped: archived articles a run met in its listings but did not re-fetch because they
were checked within [crawl].recheck_after — found, so they count for health; articles_gone:
archived articles that now answer 404/410."""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "run counts: articles skipped (not due for a re-check) and gone"

SQL = """
ALTER TABLE runs ADD COLUMN articles_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN articles_gone INTEGER NOT NULL DEFAULT 0
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
