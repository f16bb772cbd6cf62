"""Migration 14 on PostgreSQL: which worker ran each run (as m014_run_workers.py)."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "run history: the worker (host:pid) that ran each run"

SQL = """
ALTER TABLE runs ADD COLUMN worker TEXT
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
