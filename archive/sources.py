"""The sources an archive knows (every source a crawl has recorded), with their titles, and the
check that a ``--source`` names one of them."""
from __future__ import annotations

import sqlite3
from typing import Iterable

from core.errors import UsageError
from core.i18n import _


def source_titles(conn: sqlite3.Connection) -> dict[str, str]:
    """name → title of the sources whose title the archive holds ([[source]] title at their last run)."""
    if "title" not in {r[1] for r in conn.execute("PRAGMA table_info(sources)")}:
        return {}
    return {r[0]: r[1] for r in conn.execute("SELECT name, title FROM sources WHERE title IS NOT NULL")}


def source_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sources ORDER BY name")]


def check_sources(conn: sqlite3.Connection, names: Iterable[str] | str | None, configured: Iterable[str] = ()) -> None:
    """UsageError (exit 2) naming each source that is neither in the archive nor configured: a
    typo must not read as "no matches"."""
    if not names:
        return
    wanted = [names] if isinstance(names, str) else list(names)
    known = set(source_names(conn)) | set(configured)
    unknown = [n for n in wanted if n not in known]
    if unknown:
        listed = ", ".join(sorted(known)) or _("none yet")
        raise UsageError(_("no source named {names} in this archive or its configuration (known: {known})").format(
            names=", ".join(repr(n) for n in unknown), known=listed))
