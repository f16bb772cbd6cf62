"""The archive writer: runs, captures (raw bytes) and article versions, one transaction per page.

The store never parses HTML: it is handed a fetched page and the cleaner's Article and records
both. Nothing archived is overwritten: a changed article gets a new version beside the old ones;
an unchanged one only has its last-seen time moved.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from archive import search_index
from archive.db import connect, transaction, utcnow
from archive.migrations import migrate
from scraper.clean.article import Article
from scraper.items import FetchedPage

Outcome = Literal["new", "changed", "unchanged"]

# zlib level 6: on the corpus pages it stores HTML at ~22% of its size; level 9 saves under 1%
# more and costs twice the CPU on the crawl's hot path.
COMPRESS_LEVEL = 6


@dataclass
class RunCounts:
    pages_fetched: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    errors: int = 0


def content_hash(article: Article) -> str:
    """What identifies a version: the clean title and text (metadata changes alone are not new versions)."""
    return hashlib.sha256(f"{article.title or ''}\n{article.text}".encode()).hexdigest()


def findings_json(article: Article) -> str:
    return json.dumps([f.__dict__ if hasattr(f, "__dict__") else dict(f) for f in article.findings],
                      ensure_ascii=False)


class ArchiveStore:
    """The single writer of one archive file. Not thread-safe: use it from one thread."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.conn = connect(self.path)
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "ArchiveStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, source: str, trigger: str = "manual") -> int:
        now = utcnow()
        with transaction(self.conn):
            self.conn.execute("INSERT OR IGNORE INTO sources (name, first_seen) VALUES (?, ?)", (source, now))
            cur = self.conn.execute(
                "INSERT INTO runs (source, trigger, started_at, status) VALUES (?, ?, ?, 'running')",
                (source, trigger, now))
        return cur.lastrowid

    def finish_run(self, run_id: int, status: str, counts: RunCounts) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE runs SET finished_at=?, status=?, pages_fetched=?, articles_new=?, "
                "articles_changed=?, articles_unchanged=?, errors=? WHERE id=?",
                (utcnow(), status, counts.pages_fetched, counts.articles_new, counts.articles_changed,
                 counts.articles_unchanged, counts.errors, run_id))

    # -- pages --------------------------------------------------------------------------------

    def record_failure(self, run_id: int | None, url: str, kind: str, status: int | None, error: str) -> None:
        """A URL that gave no article: HTTP error, network failure, rejected by the cleaner, or not HTML."""
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO fetch_failures (run_id, url, kind, status, error, at) VALUES (?, ?, ?, ?, ?, ?)",
                (run_id, url, kind, status, error, utcnow()))

    def record_page(self, run_id: int | None, source_name: str, page: FetchedPage, article: Article) -> Outcome:
        """Store the capture and the article it yielded, all in one transaction."""
        body_hash = hashlib.sha256(page.body).hexdigest()
        chash = content_hash(article)
        findings = findings_json(article)
        now = page.fetched_at or utcnow()
        with transaction(self.conn):
            c = self.conn
            c.execute("INSERT OR IGNORE INTO sources (name, first_seen) VALUES (?, ?)", (source_name, now))
            if not c.execute("SELECT 1 FROM blobs WHERE hash=?", (body_hash,)).fetchone():
                c.execute("INSERT INTO blobs (hash, size, data) VALUES (?, ?, ?)",
                          (body_hash, len(page.body), zlib.compress(page.body, COMPRESS_LEVEL)))
            capture_id = c.execute(
                "INSERT INTO captures (run_id, source_name, url, final_url, status, headers, fetched_at, "
                "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (run_id, source_name, page.url, page.final_url, page.status,
                 json.dumps(page.headers, ensure_ascii=False), now, body_hash)).lastrowid
            row = c.execute("SELECT id, content_hash, version, hijacked, findings FROM articles WHERE url=?",
                            (page.final_url,)).fetchone()
            if row is None:
                article_id = self._insert_article(page, source_name, article, chash, findings, capture_id, now)
                outcome: Outcome = "new"
            elif row["content_hash"] == chash:
                article_id = row["id"]
                c.execute(
                    "UPDATE articles SET last_seen=?, hijacked=?, findings=?, "
                    "hijack_first_seen=CASE WHEN ? THEN COALESCE(hijack_first_seen, ?) ELSE hijack_first_seen END, "
                    "hijack_last_seen=CASE WHEN ? THEN ? ELSE hijack_last_seen END WHERE id=?",
                    (now, int(article.hijacked), findings, article.hijacked, now, article.hijacked, now, article_id))
                outcome = "unchanged"
            else:
                article_id = row["id"]
                self._new_version(article_id, row["version"] + 1, article, chash, findings, capture_id, now)
                outcome = "changed"
            for a in article.attachments:
                c.execute("INSERT OR IGNORE INTO attachments (article_id, url, text) VALUES (?, ?, ?)",
                          (article_id, a.url, a.text))
        return outcome

    def _insert_article(self, page: FetchedPage, source_name: str, a: Article, chash: str, findings: str,
                        capture_id: int, now: str) -> int:
        hijacked_at = now if a.hijacked else None
        article_id = self.conn.execute(
            "INSERT INTO articles (url, source_name, title, published, author, source, text, language, hijacked, "
            "findings, content_hash, version, capture_id, first_seen, last_seen, hijack_first_seen, "
            "hijack_last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
            (page.final_url, source_name, a.title, a.published, a.author, a.source, a.text, a.language,
             int(a.hijacked), findings, chash, capture_id, now, now, hijacked_at, hijacked_at)).lastrowid
        search_index.add_article(self.conn, article_id, a.title, a.text)
        self._insert_version(article_id, 1, a, chash, findings, capture_id, now)
        return article_id

    def _new_version(self, article_id: int, version: int, a: Article, chash: str, findings: str,
                     capture_id: int, now: str) -> None:
        self._insert_version(article_id, version, a, chash, findings, capture_id, now)
        search_index.update_article(self.conn, article_id, a.title, a.text)  # before the row changes
        self.conn.execute(
            "UPDATE articles SET title=?, published=?, author=?, source=?, text=?, language=?, hijacked=?, "
            "findings=?, content_hash=?, version=?, capture_id=?, last_seen=?, "
            "hijack_first_seen=CASE WHEN ? THEN COALESCE(hijack_first_seen, ?) ELSE hijack_first_seen END, "
            "hijack_last_seen=CASE WHEN ? THEN ? ELSE hijack_last_seen END WHERE id=?",
            (a.title, a.published, a.author, a.source, a.text, a.language, int(a.hijacked), findings, chash,
             version, capture_id, now, a.hijacked, now, a.hijacked, now, article_id))

    def _insert_version(self, article_id: int, version: int, a: Article, chash: str, findings: str,
                        capture_id: int, now: str) -> None:
        self.conn.execute(
            "INSERT INTO article_versions (article_id, version, capture_id, captured_at, title, published, "
            "author, source, text, language, hijacked, findings, content_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, version, capture_id, now, a.title, a.published, a.author, a.source, a.text,
             a.language, int(a.hijacked), findings, chash))


def read_blob(conn: sqlite3.Connection, content_hash: str) -> bytes | None:
    """The raw bytes of a capture, by its content hash."""
    row = conn.execute("SELECT data FROM blobs WHERE hash=?", (content_hash,)).fetchone()
    return zlib.decompress(row[0]) if row else None
