"""cloak_check against a local server that cloaks: spam only for Baidu's spider.

The server answers an ordinary visitor with clean pages; to a request with Baiduspider's user
agent it sends one page with a spam title and a hidden link farm, and a redirect to a casino for
another. Only a source with ``cloak_check = true`` fetches pages that way; the spider's view is in
the WARC, marked, beside the visitor's; what only the spider got is recorded as server_cloak.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from demo.server import SiteServer
from demo.site import Response
from scraper.cloakcheck import SEARCH_REFERER, SPIDER_USER_AGENT
from tests.conftest import query, run_newsvault, write_config

HTML = {"Content-Type": "text/html; charset=utf-8"}
UA = "newsvault-test/1.0 (+mailto:test@example.org)"
SPAM_TITLE = "澳门葡京赌场官网"
FARM = ('<div style="display:none">' + "".join(f'<a href="https://pj{i}.vip/">葡京娱乐{i}号</a>' for i in range(5))
        + "</div>")
CASINO = "https://pj-casino.vip/"


def page(n: int, title: str | None = None, extra: str = "") -> Response:
    head = f"学院召开第{n}次教学工作会议"
    html = (f'<html><head><meta charset="utf-8"><title>{title or head}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/c/list.htm">学院新闻</a></div><h1>{head}</h1>'
            f'<div class="content"><p>{n}月8日，学院召开第{n}次教学工作会议，研究部署本学期教学检查工作。</p>'
            f'<p>会议要求各系部认真组织，确保教学秩序平稳有序。</p></div>{extra}</body></html>')
    return Response(200, HTML, html.encode())


SITE = {
    "/robots.txt": Response(200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
    "/c/list.htm": Response(200, HTML, ("<html><body><ul>" + "".join(
        f'<li><a href="/c/{n}.htm">学院召开第{n}次教学工作会议</a></li>' for n in (1, 2, 3, 4))
        + '<li><a href="/private/5.htm">学院召开第5次教学工作会议</a></li></ul></body></html>').encode()),
    "/c/1.htm": page(1), "/c/2.htm": page(2),
    "/c/3.htm": page(3, title=SPAM_TITLE, extra=FARM),   # hijacked for everyone
    "/c/4.htm": page(4),
    "/private/5.htm": page(5),
}
SPIDER_SITE = {
    "/c/1.htm": page(1, title=SPAM_TITLE, extra=FARM),
    "/c/2.htm": Response(302, {"Location": CASINO, "Content-Type": "text/html"}, b""),
}


class CloakingServer(SiteServer):
    def lookup(self, raw_path, headers=None):
        if "Baiduspider" in (headers or {}).get("User-Agent", "") and raw_path in SPIDER_SITE:
            return SPIDER_SITE[raw_path]
        return super().lookup(raw_path, headers)


def spider_requests(server: SiteServer) -> list[tuple[str, dict]]:
    return [(p, h) for p, h in server.requests if "Baiduspider" in h.get("User-Agent", "")]


def crawl(tmp: Path, server: SiteServer, **cloak) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    src = {"name": "xueyuan", "start_urls": [server.url("/c/list.htm")], "article_pattern": r"\d+\.htm$", **cloak}
    cfg = write_config(tmp / "newsvault.toml", [src], crawl={"user_agent": UA})
    run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
    return tmp / "archive.db"


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """(server, archive, spider requests) of a crawl with cloak_check on, every page sampled."""
    tmp = tmp_path_factory.mktemp("cloak")
    with CloakingServer(SITE) as server:
        db = crawl(tmp, server, cloak_check=True, cloak_check_sample=10)
        yield server, tmp, db, spider_requests(server)


def by_path(db: Path) -> dict[str, dict]:
    return {"/" + r["url"].split("/", 3)[3]: dict(r) for r in query(db, "SELECT * FROM articles")}


def test_pages_are_fetched_again_as_a_search_spider_politely(checked):
    server, _, _, spider = checked
    assert sorted(p for p, _ in spider) == ["/c/1.htm", "/c/2.htm", "/c/3.htm", "/c/4.htm"]
    assert all(h["User-Agent"] == SPIDER_USER_AGENT and h["Referer"] == SEARCH_REFERER for _, h in spider)
    # robots.txt was read once, as newsvault, and what it forbids newsvault is never fetched in either view
    robots = [h for p, h in server.requests if p == "/robots.txt"]
    assert len(robots) == 1 and robots[0]["User-Agent"] == UA
    assert "/private/5.htm" not in server.paths_requested()
    # every other request said who we are
    assert {h["User-Agent"] for p, h in server.requests if (p, h) not in spider} == {UA}


def test_spam_served_only_to_the_spider_is_recorded_as_server_cloak(checked):
    _, _, db, _ = checked
    rows = by_path(db)
    for path in ("/c/1.htm", "/c/2.htm"):
        row = rows[path]
        kinds = {f["kind"] for f in json.loads(row["findings"])}
        assert row["hijacked"] and kinds == {"server_cloak"}, path
        assert SPAM_TITLE not in row["title"] and "教学检查工作" in row["text"]  # the visitor's page, clean
    evidence = " ".join(f["evidence"] for f in json.loads(rows["/c/2.htm"]["findings"]))
    assert CASINO in evidence
    assert not rows["/c/4.htm"]["hijacked"]
    assert "server_cloak" not in rows["/c/3.htm"]["findings"]  # hijacked alike for both: no cloaking
    checks = {("/" + r["url"].split("/", 3)[3]): r for r in query(db, "SELECT * FROM cloak_checks")}
    assert sorted(checks) == ["/c/1.htm", "/c/2.htm", "/c/3.htm", "/c/4.htm"]
    assert checks["/c/2.htm"]["status"] == 302 and json.loads(checks["/c/4.htm"]["findings"]) == []
    shown = json.loads(run_newsvault("show", rows["/c/1.htm"]["url"], "--json", "--db", db, check=True).stdout)
    assert "server_cloak" in {f["kind"] for f in shown["findings"]}
    run = query(db, "SELECT health FROM runs")[0]
    assert run["health"].endswith(": 3 pages")


def test_the_spiders_view_is_a_second_capture_in_the_warc_marked_as_such(checked):
    _, tmp, db, _ = checked
    views, requests = {}, {}
    for path in (tmp / "warc").glob("*.warc.gz"):
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if record.rec_type == "response" and record.rec_headers.get_header("Newsvault-View") == "search-spider":
                    views[uri] = record.content_stream().read()
                elif record.rec_type == "request" and "Baiduspider" in (record.http_headers.get_header("User-Agent") or ""):
                    requests[uri] = record.http_headers.get_header("Referer")
    url = by_path(db)["/c/1.htm"]["url"]
    assert SPAM_TITLE.encode() in views[url] and requests[url] == SEARCH_REFERER
    assert len(views) == 4
    stored = query(db, "SELECT warc_file, warc_offset FROM cloak_checks WHERE url=?", url)[0]
    assert stored["warc_file"] and stored["warc_offset"] is not None


def test_the_finding_stays_while_the_visitors_page_is_unchanged(checked, tmp_path):
    server, tmp, db, spider = checked
    shutil.copytree(tmp, tmp_path / "again")
    db = crawl(tmp_path / "again", server)  # cloak_check off now
    assert len(spider_requests(server)) == len(spider)  # no spider fetch without cloak_check
    row = by_path(db)["/c/1.htm"]
    assert row["hijacked"] and "server_cloak" in row["findings"]


def test_without_cloak_check_nothing_is_fetched_as_a_spider_and_a_sample_is_a_sample(tmp_path):
    with CloakingServer(SITE) as server:
        db = crawl(tmp_path / "off", server)
        assert spider_requests(server) == []
        assert not by_path(db)["/c/1.htm"]["hijacked"]
        crawl(tmp_path / "sampled", server, cloak_check=True, cloak_check_sample=1)
        # the page found hijacked, and one of the three others
        paths = [p for p, _ in spider_requests(server)]
        assert len(paths) == 2 and "/c/3.htm" in paths
