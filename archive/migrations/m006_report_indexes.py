"""Migration 6: indexes for the hijack report.

The report's two questions per source, answered from indexes instead of reading every article
row (its text makes the later columns overflow pages): on the 100,000-article bench archive the
report took ~180 ms per source."""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "indexes for the hijack report"

SQL = """
CREATE INDEX articles_report_checked ON articles(source_name, COALESCE(last_checked, last_seen));
CREATE INDEX articles_report_hijacked ON articles(source_name, hijack_last_seen)
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
