"""Migration 3 on PostgreSQL: run history — exit code, log file, health (as m003_run_history.py)."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "run history: exit code, log file, health"

SQL = """
ALTER TABLE runs ADD COLUMN exit_code INTEGER;
ALTER TABLE runs ADD COLUMN log_path TEXT;
ALTER TABLE runs ADD COLUMN health TEXT;
CREATE INDEX runs_status ON runs(status)
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
