"""Reading captures back: which capture holds an article's latest bytes, and the bytes themselves.

A capture's bytes are in its WARC record, in the record its revisit refers to, or (captures
made before migration 4) in the ``blobs`` table. WARC file names in captures are relative to
the archive's folder, which every reader learns from its own connection.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from archive.backend import is_postgres
from archive.warc import read_response
from core.errors import ArchiveError, DamagedRecord
from core.pages import FILE_KINDS

# The capture an article's current text comes from: the latest 200 response at its URL (what
# `newsvault reprocess` cleans again). A correlated subquery: {url} is a column or a ``?``.
LATEST_CAPTURE = "(SELECT MAX(id) FROM captures WHERE final_url = {url} AND status = 200)"


@dataclass(frozen=True)
class CaptureBytes:
    """What the cleaner needs again: the page's URL, its response headers and its body."""

    capture_id: int
    article_id: int
    source_name: str
    url: str
    fetched_at: str
    headers: list[tuple[str, str]]
    body: bytes


def archive_folder(conn: sqlite3.Connection) -> Path:
    """The folder of the archive file this connection reads (WARC paths are relative to it); for
    PostgreSQL, this host's WARC folder (archive.backend)."""
    if is_postgres(conn):
        return getattr(conn, "warc_base", None) or Path.cwd()
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file).parent
    return Path.cwd()


def capture_body(conn: sqlite3.Connection, capture_id: int, base: Path | None = None) -> bytes:
    """The body a capture stands for (following a revisit to the record holding the bytes).

    DamagedRecord when the bytes cannot be read back as they were archived (a missing or cut
    WARC file, a record that does not parse, a digest or SHA-256 that does not match).
    """
    row = conn.execute("SELECT id, content_hash, warc_file, warc_offset, refers_to FROM captures WHERE id=?",
                       (capture_id,)).fetchone()
    if row is None:
        raise ArchiveError(f"capture {capture_id}: not in this archive")
    if row["refers_to"] is not None:
        return capture_body(conn, row["refers_to"], base)
    if row["warc_file"] is None:
        try:
            body = read_blob(conn, row["content_hash"])
        except zlib.error as e:
            raise DamagedRecord(f"capture {capture_id}: its bytes in the blobs table are damaged ({e})") from None
        if body is None:
            raise DamagedRecord(f"capture {capture_id}: its bytes are missing from the blobs table")
    else:
        body = read_response(base or archive_folder(conn), row["warc_file"], row["warc_offset"]).body
    if hashlib.sha256(body).hexdigest() != row["content_hash"]:
        raise DamagedRecord(f"capture {capture_id}: the bytes read back are not those archived (SHA-256 differs)")
    return body


def latest_capture_id(conn: sqlite3.Connection, url: str) -> int | None:
    """The id of the latest 200 capture at ``url`` (None when there is none)."""
    return conn.execute(f"SELECT {LATEST_CAPTURE.format(url='?')}", (url,)).fetchone()[0]


def known_file_urls(conn: sqlite3.Connection, source: str) -> set[str]:
    """The URLs of the files (attachments, images, stylesheets) of ``source`` the archive holds:
    a crawl does not fetch them again unless asked to (``crawl --recheck``)."""
    if "kind" not in {r[1] for r in conn.execute("PRAGMA table_info(captures)")}:
        return set()
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT url FROM captures WHERE source_name=? AND status=200 "
        f"AND kind IN ({', '.join('?' * len(FILE_KINDS))})", (source, *FILE_KINDS))}


def nearest_captures(conn: sqlite3.Connection, urls: list[str], at: str) -> dict[str, sqlite3.Row]:
    """For each URL, the 200 capture of it (by requested or final URL) nearest in time to ``at``:
    what a page captured at ``at`` showed. URLs never captured are left out."""
    found: dict[str, sqlite3.Row] = {}
    when = datetime.fromisoformat(at)
    best: dict[str, float] = {}
    urls = list(dict.fromkeys(urls))
    for i in range(0, len(urls), 400):  # two IN lists of at most 400: under SQLite's 999 parameters
        chunk = urls[i:i + 400]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(f"SELECT * FROM captures WHERE status = 200 AND (final_url IN ({marks}) "
                                f"OR url IN ({marks}))", (*chunk, *chunk)):
            distance = abs((datetime.fromisoformat(row["fetched_at"]) - when).total_seconds())
            for key in {row["url"], row["final_url"]} & set(chunk):
                if distance < best.get(key, float("inf")):
                    best[key], found[key] = distance, row
    return found


def read_blob(conn: sqlite3.Connection, content_hash: str) -> bytes | None:
    """The raw bytes of a capture made before migration 4 (blobs table), by its content hash."""
    row = conn.execute("SELECT data FROM blobs WHERE hash=?", (content_hash,)).fetchone()
    return zlib.decompress(row[0]) if row else None


def latest_captures(conn: sqlite3.Connection, source: str | None = None) -> Iterator[dict]:
    """For each article (of ``source``), in id order: its latest 200 capture's id, URL and time."""
    where, args = ("WHERE a.source_name = ?", (source,)) if source else ("", ())
    sql = ("SELECT a.id article_id, a.source_name, c.id capture_id, c.final_url, c.fetched_at "
           f"FROM articles a JOIN captures c ON c.id = {LATEST_CAPTURE.format(url='a.url')} "
           f"{where} ORDER BY a.id")
    for r in conn.execute(sql, args):
        yield dict(r)


def load_capture(conn: sqlite3.Connection, ref: dict, base: Path | None = None) -> CaptureBytes:
    """The bytes and headers of one row of ``latest_captures``."""
    headers = conn.execute("SELECT headers FROM captures WHERE id=?", (ref["capture_id"],)).fetchone()[0]
    return CaptureBytes(ref["capture_id"], ref["article_id"], ref["source_name"], ref["final_url"],
                        ref["fetched_at"], [tuple(h) for h in json.loads(headers or "[]")],
                        capture_body(conn, ref["capture_id"], base))
