"""Migration 14: which worker ran each run.

A run taken from the cluster's queue (`newsvault worker`) records the worker that ran it, as
``host:pid``; a run of this machine's own scheduler or of a manual crawl leaves it null. The
web runs page and `newsvault runs --json` show it."""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "run history: the worker (host:pid) that ran each run"

SQL = """
ALTER TABLE runs ADD COLUMN worker TEXT
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
