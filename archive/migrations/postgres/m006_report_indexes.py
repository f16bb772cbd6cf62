"""Migration 6 on PostgreSQL: indexes for the hijack report (as m006_report_indexes.py)."""
from __future__ import annotations

from archive.postgres import run_ddl

NAME = "indexes for the hijack report"

SQL = """
CREATE INDEX articles_report_checked ON articles(source_name, COALESCE(last_checked, last_seen));
CREATE INDEX articles_report_hijacked ON articles(source_name, hijack_last_seen)
"""


def apply(conn) -> None:
    run_ddl(conn, SQL)
