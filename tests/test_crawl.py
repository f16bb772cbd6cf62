"""The real spider, run by `newsvault crawl`, against fixture sites on 127.0.0.1.

One crawl of the demo site (plus broken links, a slow page, tracking-parameter duplicates and a
file served as PDF) is shared by most tests; re-crawl and kill tests run crawls of their own.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from demo.server import SiteServer
from demo.site import LISTING_2, Response, build_site
from tests.conftest import kill_newsvault_when, query, run_newsvault, write_config

UA = "newsvault-test/1.0 (+mailto:test@example.org)"
BROKEN_ITEMS = (
    '<li><a href="/info/1001/1099.htm">已经删除的一篇新闻稿件标题</a></li>'
    '<li><a href="/info/1001/1098.htm">服务器出错的一篇新闻稿件标题</a></li>'
    '<li><a href="/info/1001/1097.htm">以PDF形式发布的一篇通知公告</a></li>'
    '<li><a href="/info/1001/1096.htm">响应特别慢的一篇新闻稿件标题</a></li>'
    '<li><a href="/info/1001/1003.htm?from=timeline&amp;utm_source=wechat#top">我校在挑战杯竞赛中获佳绩（转发）</a></li>'
)


def fixture_site() -> dict[str, Response]:
    site = build_site()
    page2 = site[LISTING_2]
    page2.body = page2.body.replace(b'<ul class="news-list">', b'<ul class="news-list">' + BROKEN_ITEMS.encode())
    site["/info/1001/1098.htm"] = Response(500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>")
    site["/info/1001/1097.htm"] = Response(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n" + b"0" * 50_000)
    site["/info/1001/1096.htm"] = Response(200, {"Content-Type": "text/html"}, b"<html>late</html>", delay=3)
    return site


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Crawl the test site once; yield (server, db path, process)."""
    tmp = tmp_path_factory.mktemp("crawl")
    with SiteServer(fixture_site()) as server:
        cfg = write_config(tmp / "newsvault.toml", [{"name": "qingshan", "start_urls": [server.url("/xwzx/list.htm")],
                                                     "allowed_domains": ["127.0.0.1"]}],
                           crawl={"user_agent": UA, "timeout": 1})
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp)
        yield server, tmp / "archive.db", proc, cfg


def paths(server) -> list[str]:
    return server.paths_requested()


def test_crawl_completes_and_prints_summary(crawled):
    _, db, proc, _ = crawled
    assert proc.returncode == 0, proc.stderr
    assert "qingshan" in proc.stdout and "new" in proc.stdout
    run = query(db, "SELECT * FROM runs")[0]
    assert run["status"] == "ok" and run["finished_at"]
    assert run["articles_new"] == 12
    assert run["errors"] == 3  # 404, 500, timeout; PDFs are recorded but are not site errors


def test_listing_and_pagination_find_every_article(crawled):
    _, db, _, _ = crawled
    urls = [r["url"] for r in query(db, "SELECT url FROM articles")]
    assert len(urls) == 12 == len(set(urls))
    assert any(u.endswith("/info/1001/1011.htm") for u in urls)  # only linked from page 2


def test_robots_txt_obeyed_and_user_agent_sent(crawled):
    server, _, _, _ = crawled
    requested = paths(server)
    assert requested[0] == "/robots.txt"
    assert not any(p.startswith("/internal/") for p in requested)
    assert {h.get("User-Agent") for _, h in server.requests} == {UA}


def test_redirect_resolved_to_final_url(crawled):
    _, db, _, _ = crawled
    rows = query(db, "SELECT url FROM articles WHERE url LIKE '%1005%'")
    assert [r["url"].split(":", 2)[2].split("/", 1)[1] for r in rows] == ["a/xinwen/2024/0322/1005.html"]
    capture = query(db, "SELECT url, final_url FROM captures WHERE final_url LIKE '%1005.html'")[0]
    assert capture["url"].endswith("/news/show.asp?id=1005")


def test_http_errors_and_timeouts_recorded_not_archived(crawled):
    server, db, _, _ = crawled
    failures = {r["url"].rsplit("/", 1)[1]: r for r in query(db, "SELECT * FROM fetch_failures")}
    assert failures["1099.htm"]["status"] == 404 and failures["1099.htm"]["kind"] == "http"
    assert failures["1098.htm"]["status"] == 500
    assert failures["1096.htm"]["kind"] == "network" and "Timeout" in failures["1096.htm"]["error"]
    assert all(f["run_id"] == 1 for f in failures.values())
    assert paths(server).count("/info/1001/1098.htm") == 3  # retried twice, with backoff
    assert not query(db, "SELECT 1 FROM articles WHERE url LIKE '%109_.htm'")


def test_files_recorded_never_archived(crawled):
    server, db, _, _ = crawled
    failures = {r["url"].rsplit("/", 1)[1]: r for r in query(db, "SELECT * FROM fetch_failures")}
    assert failures["1097.htm"]["kind"] == "not_html" and "application/pdf" in failures["1097.htm"]["error"]
    assert failures["xl.pdf"]["kind"] == "not_html"
    assert "/upload/2024/xl.pdf" not in paths(server)  # a listed .pdf is recorded, not downloaded


def test_tracking_parameter_duplicates_fetched_once(crawled):
    server, _, _, _ = crawled
    assert sum(1 for p in paths(server) if p.startswith("/info/1001/1003.htm")) == 1


def test_gbk_page_with_charset_only_in_http_header(crawled):
    _, db, _, _ = crawled
    row = query(db, "SELECT title, text FROM articles WHERE url LIKE '%1005.html'")[0]
    assert row["title"] == "生命科学学院举办2024届毕业生就业双选会"
    assert "共有86家用人单位进场招聘" in row["text"]


def test_raw_bytes_kept_and_attachments_recorded(crawled):
    _, db, _, _ = crawled
    import hashlib
    import sqlite3

    from archive.captures import capture_body

    cap = query(db, "SELECT id, content_hash FROM captures WHERE final_url LIKE '%1005.html'")[0]
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        raw = capture_body(conn, cap["id"])  # read back from its WARC record
    assert hashlib.sha256(raw).hexdigest() == cap["content_hash"] and "双选会".encode("gbk") in raw
    att = query(db, "SELECT t.url, t.text FROM attachments t JOIN articles a ON a.id = t.article_id "
                    "WHERE a.url LIKE '%1007.htm'")
    assert [(r["url"].rsplit("/", 1)[1], r["text"]) for r in att] == [("wyjzh.pdf", "第六届外语文化节活动安排.pdf")]


def test_hijacked_pages_keep_real_titles(crawled):
    _, db, _, _ = crawled
    rows = {r["url"].rsplit("/", 1)[1]: r for r in query(db, "SELECT url, title, hijacked FROM articles")}
    assert rows["1001.htm"]["title"].startswith("我为群众办实事")
    assert rows["1001.htm"]["hijacked"] == 1
    assert rows["1010.html"]["title"] == "关于开展2024年度档案工作检查的通知"
    assert rows["1011.htm"]["hijacked"] == 0  # a legit article about gambling
    for r in rows.values():
        assert not any(b in (r["title"] or "") for b in ("金宝搏", "葡京", "九游会", "娱乐"))


def test_recrawl_adds_no_duplicate(crawled):
    server, db, _, cfg = crawled
    proc = run_newsvault("crawl", "--config", cfg, cwd=cfg.parent)
    assert proc.returncode == 0, proc.stderr
    run = query(db, "SELECT * FROM runs ORDER BY id DESC LIMIT 1")[0]
    assert (run["articles_new"], run["articles_changed"], run["articles_unchanged"]) == (0, 0, 12)
    assert query(db, "SELECT COUNT(*) n FROM articles")[0]["n"] == 12
    assert query(db, "SELECT COUNT(*) n FROM article_versions")[0]["n"] == 12
    # same bytes stored once: the second fetch of each page is a revisit record pointing at the first
    assert query(db, "SELECT COUNT(*) n FROM captures WHERE kind = 'article' AND status = 200 "
                     "AND refers_to IS NULL")[0]["n"] == 12
    # the re-crawl saw every article again: each one's last-seen time moved past its first-seen one
    # (a crawl lasts well over the 1 s resolution of the timestamps), and up to the run's start
    moved = query(db, "SELECT COUNT(*) n FROM articles WHERE last_seen > first_seen AND last_seen >= ?",
                  run["started_at"])[0]["n"]
    assert moved == 12


def slow_site(n: int) -> dict[str, Response]:
    items = "".join(f'<li><a href="/info/2001/{i}.htm">第{i}篇新闻：学校召开专题工作会议研究部署</a></li>'
                    for i in range(1, n + 1))
    site = {"/list.htm": Response(200, {"Content-Type": "text/html; charset=utf-8"},
                                  f"<html><body><ul>{items}</ul></body></html>".encode())}
    for i in range(1, n + 1):
        body = (f"<html><head><meta charset='utf-8'><title>第{i}篇新闻</title></head><body><h1>第{i}篇新闻</h1>"
                f"<div class='content'><p>这是第{i}篇新闻的正文，学校召开专题工作会议，研究部署下一阶段重点工作。</p>"
                f"<p>会议要求各单位认真落实，确保各项任务按期完成。</p></div></body></html>")
        site[f"/info/2001/{i}.htm"] = Response(200, {"Content-Type": "text/html"}, body.encode(), delay=0.15)
    return site


def test_sigkill_mid_crawl_leaves_archive_intact_and_next_crawl_completes(tmp_path):
    n = 40
    with SiteServer(slow_site(n)) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [{"name": "slow", "start_urls": [server.url("/list.htm")]}],
                           crawl={"concurrency_per_domain": 2})
        db = tmp_path / "archive.db"

        def five_archived() -> bool:
            return (db.exists() and query(db, "SELECT COUNT(*) n FROM sqlite_master WHERE name='articles'")[0]["n"]
                    and query(db, "SELECT COUNT(*) n FROM articles")[0]["n"] >= 5)

        kill_newsvault_when(five_archived, "crawl", "--config", cfg, cwd=tmp_path)
        archived = query(db, "SELECT COUNT(*) n FROM articles")[0]["n"]
        assert 5 <= archived < n
        assert query(db, "PRAGMA integrity_check")[0][0] == "ok"
        # every archived article is whole: its version and its capture are there
        assert query(db, "SELECT COUNT(*) n FROM articles a JOIN article_versions v ON v.article_id = a.id "
                         "JOIN captures c ON c.id = a.capture_id")[0]["n"] == archived
        # and its WARC records are whole: a fetch is appended in one write, before its row
        warcs = sorted(map(str, tmp_path.rglob("*.warc.gz")))
        warcio = str(Path(sys.executable).with_name("warcio"))
        assert warcs and subprocess.run([warcio, "check", *warcs]).returncode == 0

        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        urls = [r["url"] for r in query(db, "SELECT url FROM articles")]
        assert len(urls) == n == len(set(urls))
        assert query(db, "SELECT COUNT(*) n FROM article_versions")[0]["n"] == n
        assert query(db, "PRAGMA integrity_check")[0][0] == "ok"


def test_dead_server_is_a_failed_run_with_one_line(tmp_path):
    with SiteServer({}) as server:
        dead = server.url("/list.htm")
    cfg = write_config(tmp_path / "newsvault.toml", [{"name": "dead", "start_urls": [dead]}], crawl={"timeout": 1})
    proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("newsvault: error: dead: run 1 failed")
    run = query(tmp_path / "archive.db", "SELECT status, errors FROM runs")[0]
    assert run["status"] == "failed" and run["errors"] >= 1
