"""Each request's read-only archive connection, and what the app was configured with."""
from __future__ import annotations

import sqlite3
from contextlib import ExitStack

from flask import current_app, g

from archive.db import connect
from archive.sqlite import time_limit
from scraper.sources import Config

# Pages run a handful of indexed queries (well under 100 ms on the 100,000-article bench archive);
# this only stops a pathological one from holding a server thread. Search has its own, shorter limit.
REQUEST_TIME_LIMIT_S = 15.0


def db() -> sqlite3.Connection:
    """This request's read-only connection to the archive (opened on first use, closed after)."""
    if "conn" not in g:
        conn = connect(current_app.config["NEWSVAULT_DB"], readonly=True)
        g.conn_guard = ExitStack()
        g.conn_guard.callback(conn.close)
        g.conn_guard.enter_context(time_limit(conn, REQUEST_TIME_LIMIT_S))
        g.conn = conn
    return g.conn


def config() -> Config:
    """The newsvault configuration the app serves (sources, time zone, token)."""
    return current_app.config["NEWSVAULT_CONFIG"]


def close_db(exc: BaseException | None) -> None:
    """Close the request's connection, if it opened one (a teardown handler)."""
    guard = g.pop("conn_guard", None)
    g.pop("conn", None)
    if guard is not None:
        guard.close()
