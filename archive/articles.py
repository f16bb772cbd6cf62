"""Reading articles out of the archive: one by id or URL, or many by filter, as plain dicts.

Every reader (show, export, the web UI) goes through here, so an article has one JSON shape.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Iterator

from archive.sqlite import MAX_INTEGER, source_and_dates
from archive.versions import list_versions
from core.errors import UsageError
from core.i18n import _
from core.known import KnownArticle, KnownArticles

ARTICLE_COLUMNS = ("id", "url", "source_name", "title", "published", "author", "source", "text", "language",
                   "hijacked", "findings", "version", "first_seen", "last_seen", "last_checked", "status",
                   "gone_since")


def article_dict(conn: sqlite3.Connection, row: sqlite3.Row) -> dict:
    """The public shape of an article: the columns, findings decoded, attachments and images listed."""
    d = {k: row[k] for k in ARTICLE_COLUMNS}
    d["hijacked"] = bool(d["hijacked"])
    d["findings"] = json.loads(d["findings"] or "[]")
    files = conn.execute("SELECT * FROM attachments WHERE article_id=? ORDER BY rowid", (row["id"],)).fetchall()
    d["attachments"] = [file_dict(r) for r in files if r["kind"] == "file"]
    d["images"] = [file_dict(r) for r in files if r["kind"] == "image"]
    d["versions"] = list_versions(conn, row["id"])
    # When it went gone and came back: one entry per change of status, oldest first.
    d["status_changes"] = [dict(r) for r in conn.execute(
        "SELECT status, at, http_status FROM article_status_changes WHERE article_id=? ORDER BY id", (row["id"],))]
    # Other sources whose crawls met it: it belongs to source_name only (one owner per URL).
    d["seen_by"] = [dict(r) for r in conn.execute(
        "SELECT source_name, first_seen, last_seen FROM article_sightings WHERE article_id=? ORDER BY first_seen",
        (row["id"],))]
    return d


def file_dict(row: sqlite3.Row) -> dict:
    """An attachment or image as show/export print it: where it was linked and, once captured,
    its name, media type, size in bytes and sha256 digest; ``note`` says why it was not captured."""
    return {"url": row["url"], "text": row["text"], "name": row["name"], "type": row["content_type"],
            "size": row["size"], "digest": row["digest"], "capture_id": row["capture_id"], "note": row["note"]}


def get_article(conn: sqlite3.Connection, id_or_url: str) -> dict:
    """One article by numeric id or by URL; UsageError when there is none."""
    key = id_or_url.strip()
    if key.isascii() and key.isdigit():  # "²" and "①" are digits to str.isdigit, not to int()
        row = conn.execute("SELECT * FROM articles WHERE id=?", (int(key),)).fetchone() \
            if int(key) <= MAX_INTEGER else None
    else:
        row = conn.execute("SELECT * FROM articles WHERE url=?", (key,)).fetchone()
        if row is None:  # the URL we were given may be the one before redirects
            row = conn.execute(
                "SELECT a.* FROM captures c JOIN articles a ON a.url = c.final_url WHERE c.url=? LIMIT 1",
                (key,)).fetchone()
    if row is None:
        raise UsageError(_("no article with id or URL {key!r} in this archive (try `newsvault search`)").format(key=key))
    return article_dict(conn, row)


def iter_articles(conn: sqlite3.Connection, source: str | None = None, since: str | None = None,
                  until: str | None = None, ids: list[int] | None = None,
                  hijacked: bool | None = None) -> Iterator[dict]:
    """Articles in id order, optionally of one source, published within [since, until] (dates),
    hijacked or not, and among ``ids`` (a search result)."""
    where, args = source_and_dates(source, since, until, "published")
    if hijacked is not None:
        where, args = (where + " AND" if where else " WHERE") + " hijacked = ?", [*args, int(hijacked)]
    if ids is None:
        for row in conn.execute(f"SELECT * FROM articles{where} ORDER BY id", args):
            yield article_dict(conn, row)
        return
    for i in range(0, len(ids), 500):  # bound parameters per statement
        chunk = ids[i:i + 500]
        cond = f"id IN ({', '.join('?' * len(chunk))})"
        sql = f"SELECT * FROM articles{where}" + (" AND " if where else " WHERE ") + cond + " ORDER BY id"
        for row in conn.execute(sql, [*args, *chunk]):
            yield article_dict(conn, row)


def known_articles(conn: sqlite3.Connection, source: str) -> KnownArticles:
    """The snapshot a crawl's spider gets: each archived article of ``source`` with its status,
    last check and validators, reachable also by the URLs that redirected to it."""
    articles = [KnownArticle(url=r["url"], live=r["status"] == "live",
                             last_checked=datetime.fromisoformat(r["last_checked"] or r["last_seen"]),
                             etag=r["etag"], last_modified=r["last_modified"])
                for r in conn.execute("SELECT url, status, last_checked, last_seen, etag, last_modified "
                                      "FROM articles WHERE source_name=?", (source,))]
    aliases = {r["url"]: r["final_url"] for r in conn.execute(
        "SELECT DISTINCT url, final_url FROM captures WHERE source_name=? AND url != final_url AND status=200",
        (source,))}
    return KnownArticles(articles, aliases)


def article_counts(conn: sqlite3.Connection, source: str | None = None) -> tuple[int, int, int]:
    """(articles, hijacked now, gone) of one source or all, without reading article rows.

    An article row holds its text, and the columns after it sit in overflow pages: summing them
    reads the whole archive (200 ms on the 100,000-article bench archive, 2 GB). The search
    index's covering index (archive.search_index) has the hijack flag; a gone article is one
    whose latest status change (a short table) is to gone.
    """
    where, args = ("WHERE source_name = ?", (source,)) if source else ("", ())
    total, hijacked = conn.execute("SELECT COUNT(*), COALESCE(SUM(hijacked), 0) FROM articles "
                                   f"INDEXED BY articles_search_filters {where}", args).fetchone()
    gone = conn.execute(
        "SELECT COUNT(*) FROM article_status_changes c JOIN articles a ON a.id = c.article_id "
        "WHERE c.id = (SELECT MAX(id) FROM article_status_changes WHERE article_id = c.article_id) "
        f"AND c.status = 'gone' {where.replace('WHERE', 'AND')}", args).fetchone()[0]
    return total, hijacked, gone
