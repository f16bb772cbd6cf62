"""Migration 3: what the run history needs beyond migration 1's counts — exit code, log file, health."""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "run history: exit code, log file, health"

SQL = """
ALTER TABLE runs ADD COLUMN exit_code INTEGER;
ALTER TABLE runs ADD COLUMN log_path TEXT;
ALTER TABLE runs ADD COLUMN health TEXT;
CREATE INDEX runs_status ON runs(status)
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
