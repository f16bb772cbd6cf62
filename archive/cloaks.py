"""Cloaking checks in the archive: a page fetched again as a search spider arrives (cloak_check
sources), kept beside the visitor's fetch, and what only the spider was served.

The spider's view is a WARC response record of its own, marked ``Newsvault-View:
search-spider`` (its request record shows the user agent and referrer sent), and a row of
``cloak_checks`` (migration 12) pointing at it. Its ``server_cloak`` findings join the article's
findings and mark it hijacked. A later cleaning of the article (the next crawl, ``reprocess``)
keeps them while the visitor's page is byte for byte the one compared and no later check of the
URL came out clean: the comparison still stands for those bytes.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field, replace

from archive.warc import WarcLocation
from core.pages import FetchedPage
from scraper.clean import Article, Finding

SPIDER_VIEW = "search-spider"


@dataclass
class SpiderView:
    """A page fetched again as a search spider arrives, beside the visitor's fetch of it."""

    source_name: str
    url: str                  # the visitor's final URL: the article's
    normal_hash: str          # sha256 of the visitor's body it was compared with
    page: FetchedPage         # the spider's fetch (status, headers, body, what was sent)
    findings: list[Finding] = field(default_factory=list)


def record_check(conn: sqlite3.Connection, run_id: int | None, view: SpiderView, warc: WarcLocation) -> None:
    """The check's row, and its findings added to the article (inside the caller's transaction)."""
    found = [asdict(f) for f in view.findings]
    capture = conn.execute("SELECT MAX(id) FROM captures WHERE final_url=? AND status=200 AND content_hash=?",
                           (view.url, view.normal_hash)).fetchone()[0]
    conn.execute(
        "INSERT INTO cloak_checks (run_id, source_name, url, capture_id, normal_hash, fetched_at, status, warc_file, "
        "warc_offset, warc_length, warc_record_id, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (run_id, view.source_name, view.url, capture, view.normal_hash, view.page.fetched_at, view.page.status,
         warc.file, warc.offset, warc.length, warc.record_id, json.dumps(found, ensure_ascii=False)))
    if not found:
        return
    row = conn.execute("SELECT id, version, findings FROM articles WHERE url=?", (view.url,)).fetchone()
    if row is None:
        return
    findings = _merged(json.loads(row["findings"] or "[]"), found)
    at = view.page.fetched_at
    conn.execute("UPDATE articles SET findings=?, hijacked=1, hijack_first_seen=COALESCE(hijack_first_seen, ?), "
                 "hijack_last_seen=MAX(COALESCE(hijack_last_seen, ''), ?) WHERE id=?", (findings, at, at, row["id"]))
    version = conn.execute("SELECT id, findings FROM article_versions WHERE article_id=? AND version=?",
                           (row["id"], row["version"])).fetchone()
    if version is not None:
        conn.execute("UPDATE article_versions SET findings=?, hijacked=1 WHERE id=?",
                     (_merged(json.loads(version["findings"] or "[]"), found), version["id"]))


def with_standing_findings(conn: sqlite3.Connection, url: str, body_hash: str, article: Article) -> Article:
    """``article`` (the cleaner's result for the visitor's page with these bytes) with the
    server_cloak findings of the URL's last cloaking check, when that check compared these very
    bytes; unchanged otherwise."""
    row = conn.execute("SELECT normal_hash, findings FROM cloak_checks WHERE url=? ORDER BY id DESC LIMIT 1",
                       (url,)).fetchone()
    if row is None or row["normal_hash"] != body_hash:
        return article
    standing = [Finding(**f) for f in json.loads(row["findings"] or "[]")]
    extra = [f for f in standing if f not in article.findings]
    if not extra:
        return article
    return replace(article, findings=[*article.findings, *extra], hijacked=True)


def _merged(findings: list[dict], more: list[dict]) -> str:
    return json.dumps(findings + [f for f in more if f not in findings], ensure_ascii=False)
