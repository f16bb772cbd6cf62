"""Which database an archive lives in: an SQLite file (the embedded default) or PostgreSQL.

An archive location is a path (``data/archive.db``) or a ``postgresql://`` URL ([archive].url,
or ``--db URL``). Code that must differ between the two asks here; everything else is shared.
"""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

POSTGRES_SCHEMES = ("postgresql://", "postgres://")

Location = str | Path
_WARC_DIR: Path | None = None


def is_postgres_url(location: Location | None) -> bool:
    """Is this archive location a PostgreSQL URL (rather than an SQLite file)?"""
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def is_postgres(conn: Any) -> bool:
    """Is this connection one of archive.postgres's (rather than an sqlite3 connection)?"""
    return getattr(conn, "backend", "sqlite") == "postgresql"


def has_table(conn: Any, name: str) -> bool:
    """Does the archive have this table (yet)? SQLite's catalogue or PostgreSQL's."""
    sql = ("SELECT to_regclass(?) IS NOT NULL" if is_postgres(conn)
           else "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type='table' AND name=?)")
    return bool(conn.execute(sql, (name,)).fetchone()[0])


def location(value: str | Path) -> Location:
    """A URL stays a string; anything else is a path."""
    return value if is_postgres_url(value) else Path(value)


def display(loc: Location) -> str:
    """How to name an archive in messages: a URL without its password."""
    if not is_postgres_url(loc):
        return str(loc)
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(str(loc))
    if parts.password is None:
        return str(loc)
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


# -- where WARC files go ------------------------------------------------------------------------
# An SQLite archive names its WARC files relative to its own folder, so that the folder can move
# as a whole. A PostgreSQL archive is shared by hosts that may mount the shared WARC folder at
# different paths ([cluster].warc_dir, NEWSVAULT_WARC_DIR per host): it names them relative to
# that folder, and each host reads them through its own mount. Several hosts write at once, so
# their files carry the host's name as well as the process id.


def set_warc_dir(path: Path | None) -> None:
    """This host's WARC folder for PostgreSQL archives; set at the edges (CLI, web app, worker)."""
    global _WARC_DIR
    _WARC_DIR = Path(path).resolve() if path else None


def configured_warc_dir() -> Path | None:
    return _WARC_DIR


def default_warc_dir(loc: Location) -> Path:
    if is_postgres_url(loc):
        return _WARC_DIR or Path("warc").resolve()
    return Path(loc).parent / "warc"


def warc_base(loc: Location, warc_dir: Path) -> Path:
    """The folder the archive's capture rows name WARC files relative to."""
    return Path(warc_dir) if is_postgres_url(loc) else Path(loc).parent


def warc_prefix(loc: Location, source_name: str) -> str:
    """The start of a source's WARC file names (the writer adds time, process id and serial)."""
    if is_postgres_url(loc):
        return f"newsvault-{source_name}-{socket.gethostname()}"
    return f"newsvault-{source_name}"
