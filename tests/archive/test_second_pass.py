"""The store's side of the crawl's second cleaning (ArchiveStore.record_second_pass): the version
a run made is corrected, or dropped when it was only the spam; older versions are never touched;
search finds the corrected text; a cloaking check's findings stay with the bytes they were about."""
from __future__ import annotations

import hashlib
import json
import sqlite3

from archive.cloaks import SpiderView
from archive.search import search
from archive.store import ArchiveStore
from core.pages import FetchedPage
from scraper.clean.article import Article, Finding

URL = "http://127.0.0.1/info/1.htm"
SPAM = Finding("spliced_brand", "article", "鸿运至尊")


def fetch(body: bytes, at: str) -> FetchedPage:
    return FetchedPage("s", URL, URL, 200, [("Content-Type", "text/html")], body, at)


def rows(store: ArchiveStore, sql: str, *args) -> list[sqlite3.Row]:
    return store.conn.execute(sql, args).fetchall()


def capture_of(store: ArchiveStore, run_id: int) -> int:
    return rows(store, "SELECT MAX(id) FROM captures WHERE run_id=?", run_id)[0][0]


def two_runs(store: ArchiveStore, second_text: str) -> tuple[int, int]:
    run1 = store.start_run("s")
    store.record_page(run1, "s", fetch(b"<p>v1</p>", "2024-05-09T02:00:00+00:00"), Article(title="通知", text="正文"))
    run2 = store.start_run("s")
    store.record_page(run2, "s", fetch(b"<p>v2</p>", "2024-05-10T02:00:00+00:00"),
                      Article(title="通知", text=second_text))
    return run1, run2


def test_a_change_that_was_only_spam_is_dropped(tmp_path):
    with ArchiveStore(tmp_path / "a.db") as store:
        _, run2 = two_runs(store, "正文\n鸿运至尊，欢迎您的访问。")
        outcome = store.record_second_pass(run2, capture_of(store, run2),
                                           Article(title="通知", text="正文", hijacked=True, findings=[SPAM]))
        assert outcome == "reverted"
        (a,) = rows(store, "SELECT * FROM articles")
        assert (a["version"], a["text"], a["hijacked"]) == (1, "正文", 1)
        assert json.loads(a["findings"])[0]["kind"] == "spliced_brand"
        assert [v["text"] for v in rows(store, "SELECT text FROM article_versions")] == ["正文"]
        assert not search(store.conn, "鸿运至尊").hits and search(store.conn, "正文").total == 1


def test_the_runs_version_is_corrected_in_place_and_earlier_ones_stay(tmp_path):
    with ArchiveStore(tmp_path / "a.db") as store:
        _, run2 = two_runs(store, "新的正文\n鸿运至尊，欢迎您的访问。")
        outcome = store.record_second_pass(run2, capture_of(store, run2),
                                           Article(title="通知", text="新的正文", hijacked=True, findings=[SPAM]))
        assert outcome == "amended"
        versions = rows(store, "SELECT version, text, hijacked FROM article_versions ORDER BY version")
        assert [tuple(v) for v in versions] == [(1, "正文", 0), (2, "新的正文", 1)]
        assert not search(store.conn, "鸿运至尊").hits and search(store.conn, "新的正文").total == 1


def test_a_page_the_run_found_unchanged_gets_a_new_version(tmp_path):
    with ArchiveStore(tmp_path / "a.db") as store:
        run1 = store.start_run("s")
        store.record_page(run1, "s", fetch(b"<p>x</p>", "2024-05-09T02:00:00+00:00"),
                          Article(title="通知", text="正文\n鸿运至尊，欢迎您的访问。"))
        run2 = store.start_run("s")
        assert store.record_page(run2, "s", fetch(b"<p>x</p>", "2024-05-10T02:00:00+00:00"),
                                 Article(title="通知", text="正文\n鸿运至尊，欢迎您的访问。")) == "unchanged"
        outcome = store.record_second_pass(run2, capture_of(store, run2),
                                           Article(title="通知", text="正文", hijacked=True, findings=[SPAM]))
        assert outcome == "changed"
        assert [v[0] for v in rows(store, "SELECT text FROM article_versions ORDER BY version")] == \
            ["正文\n鸿运至尊，欢迎您的访问。", "正文"]


def test_a_flag_only_the_first_cleaning_raised_leaves_no_hijack_dates(tmp_path):
    with ArchiveStore(tmp_path / "a.db") as store:
        run = store.start_run("s")
        store.record_page(run, "s", fetch(b"<p>x</p>", "2024-05-09T02:00:00+00:00"),
                          Article(title="通知", text="正文", hijacked=True, findings=[SPAM]))
        assert store.record_second_pass(run, capture_of(store, run), Article(title="通知", text="正文")) == "updated"
        (a,) = rows(store, "SELECT hijacked, hijack_first_seen, hijack_last_seen FROM articles")
        assert tuple(a) == (0, None, None)


def test_cloak_findings_stay_with_the_bytes_they_were_about(tmp_path):
    cloak = Finding("server_cloak", "spider view: title", "澳门葡京赌场官网")
    with ArchiveStore(tmp_path / "a.db") as store:
        run = store.start_run("s")
        store.record_page(run, "s", fetch(b"<p>x</p>", "2024-05-09T02:00:00+00:00"), Article(title="通知", text="正文"))
        spider = FetchedPage("s", URL, URL, 200, [("Content-Type", "text/html")], b"<title>spam</title>",
                             "2024-05-09T02:01:00+00:00", request_headers=[("User-Agent", "Baiduspider")])
        store.record_spider_view(run, SpiderView("s", URL, hashlib.sha256(b"<p>x</p>").hexdigest(), spider, [cloak]))
        assert rows(store, "SELECT hijacked FROM articles")[0][0] == 1
        # the same bytes tomorrow: the finding stands; other bytes: it goes
        store.record_page(None, "s", fetch(b"<p>x</p>", "2024-05-10T02:00:00+00:00"), Article(title="通知", text="正文"))
        assert "server_cloak" in rows(store, "SELECT findings FROM articles")[0][0]
        store.record_page(None, "s", fetch(b"<p>y</p>", "2024-05-11T02:00:00+00:00"), Article(title="通知", text="正文"))
        assert rows(store, "SELECT hijacked, findings FROM articles")[0][:] == (0, "[]")
