"""Article versions: the list of them, one version's text, and a readable diff between two."""
from __future__ import annotations

import difflib
import sqlite3

from core.errors import UsageError
from core.i18n import _


def list_versions(conn: sqlite3.Connection, article_id: int) -> list[dict]:
    """``{version, captured_at, content_hash, title, reprocessed_at}`` for each version, oldest first.

    ``reprocessed_at`` is set on a version made by `newsvault reprocess` (from the capture of
    ``captured_at``, by a newer cleaner), null on one made by a crawl.
    """
    return [dict(r) for r in conn.execute(
        "SELECT version, captured_at, content_hash, title, reprocessed_at FROM article_versions "
        "WHERE article_id=? ORDER BY version", (article_id,))]


def get_version(conn: sqlite3.Connection, article_id: int, version: int) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM article_versions WHERE article_id=? AND version=?",
                       (article_id, version)).fetchone()
    if row is None:
        have = [v["version"] for v in list_versions(conn, article_id)]
        raise UsageError(_("article {id} has no version {version} (versions: {have})").format(
            id=article_id, version=version, have=", ".join(map(str, have))))
    return row


# What else a version shows a reader besides its title and text (a re-crawl that finds only
# these changed makes a new version too: archive.store).
METADATA_FIELDS = ("published", "author", "source")


def metadata_changes(a: sqlite3.Row, b: sqlite3.Row) -> list[str]:
    """``published: 2024-05-09 → 2024-05-10`` for each metadata field that differs from a to b."""
    return [f"{k}: {a[k] or '-'} → {b[k] or '-'}" for k in METADATA_FIELDS if (a[k] or None) != (b[k] or None)]


def version_lines(row: sqlite3.Row) -> list[str]:
    """What a diff compares: the title line, then one line per paragraph."""
    return [f"# {row['title'] or ''}", *(row["text"] or "").splitlines()]


def diff_versions(conn: sqlite3.Connection, article_id: int, a: int | None = None, b: int | None = None,
                  context: int = 3) -> list[str]:
    """Unified line diff of version ``a`` → ``b`` (default: the latest two), ``context`` lines around changes."""
    versions = [v["version"] for v in list_versions(conn, article_id)]
    if a is None and b is None:
        if len(versions) < 2:
            raise UsageError(_("article {id} has only one version: nothing to compare").format(id=article_id))
        a, b = versions[-2], versions[-1]
    elif a is None or b is None:
        raise UsageError(_("give two versions to compare, or none for the latest two"))
    va, vb = get_version(conn, article_id, a), get_version(conn, article_id, b)
    return list(difflib.unified_diff(version_lines(va), version_lines(vb),
                                     fromfile=f"v{a} {va['captured_at']}", tofile=f"v{b} {vb['captured_at']}",
                                     n=context, lineterm=""))
