"""How a source's pages are found: feeds, sitemaps, article_pattern, allowed_domains, max_pages, selectors."""
from __future__ import annotations

import gzip

import pytest

from demo.server import SiteServer
from demo.site import Response
from tests.conftest import query, run_newsvault, write_config

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml"}


def article(i: int, title: str | None = None) -> Response:
    title = title or f"第{i}号新闻：学院召开年度工作总结会议"
    body = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><h1>{title}</h1>"
            f"<div class='special'>特别标题{i}</div>"
            f"<div class='info'>发布时间：2024-03-{i:02d}</div><div class='content'>"
            f"<p>第{i}号新闻正文第一段：学院召开年度工作总结会议，全面回顾一年来的工作成绩。</p>"
            f"<p>第{i}号新闻正文第二段：会议部署了新一年的重点任务，要求各系部抓好落实。</p></div></body></html>")
    return Response(200, HTML, body.encode())


def site_with_feeds() -> dict[str, Response]:
    site = {f"/news/{i}.html": article(i) for i in range(1, 10)}
    site["/rss.xml"] = Response(200, XML, (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>新闻</title>'
        + "".join(f"<item><title>第{i}号</title><link>/news/{i}.html</link></item>" for i in (1, 2))
        + "</channel></rss>").encode())
    site["/atom.xml"] = Response(200, XML, (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>新闻</title>'
        '<entry><title>3</title><link rel="alternate" href="/news/3.html"/></entry></feed>').encode())
    site["/sitemap_index.xml"] = Response(200, XML, (
        b'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b'<sitemap><loc>/sitemap-news.xml.gz</loc></sitemap></sitemapindex>'))
    urlset = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>/news/{i}.html</loc></url>" for i in (4, 5)) + "</urlset>")
    site["/sitemap-news.xml.gz"] = Response(200, {"Content-Type": "application/x-gzip"}, gzip.compress(urlset.encode()))
    site["/list.htm"] = Response(200, HTML, (
        "<html><body><ul>"
        + "".join(f'<li><a href="/news/{i}.html">第{i}号新闻：学院召开年度工作总结会议</a></li>' for i in (6, 7, 8, 9))
        + '<li><a href="{elsewhere}/news/5.html">外站的一篇新闻稿件标题很长</a></li>'
        + "</ul></body></html>").encode())
    return site


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """The source's site on 127.0.0.1; another site, which it links, on localhost (the same
    machine under another host name: reachable, but not in the source's allowed_domains)."""
    tmp = tmp_path_factory.mktemp("feeds")
    with SiteServer(site_with_feeds()) as server, SiteServer({"/news/5.html": article(5)}) as elsewhere:
        listing = server.site["/list.htm"]
        listing.body = listing.body.replace(b"{elsewhere}", f"http://localhost:{elsewhere.httpd.server_address[1]}".encode())
        server.elsewhere = elsewhere  # type: ignore[attr-defined]
        u = server.url
        cfg = write_config(tmp / "newsvault.toml", [
            {"name": "feeds", "start_urls": [u("/list.htm")], "feeds": [u("/rss.xml"), u("/atom.xml")],
             "sitemaps": [u("/sitemap_index.xml")], "article_pattern": r"/news/[1-7]\.html$",
             "selectors": {"title": ".special"}},
        ])
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp)
        yield server, tmp / "archive.db", proc


def test_feeds_sitemaps_and_listings_all_feed_the_crawl(crawled):
    _, db, proc = crawled
    assert proc.returncode == 0, proc.stderr
    names = sorted(r["url"].rsplit("/", 1)[1] for r in query(db, "SELECT url FROM articles"))
    # 1-2 from RSS, 3 from Atom, 4-5 from the gzipped sitemap behind an index, 6-7 from the listing;
    # 8 and 9 are listed but do not match article_pattern.
    assert names == [f"{i}.html" for i in range(1, 8)]


def test_never_leaves_allowed_domains(crawled):
    server, _, _ = crawled
    assert server.elsewhere.paths_requested() == []  # the off-site link, reachable, was never followed
    assert "/news/8.html" not in server.paths_requested()


def test_source_selectors_reach_the_cleaner(crawled):
    _, db, _ = crawled
    titles = {r["title"] for r in query(db, "SELECT title FROM articles")}
    assert titles == {f"特别标题{i}" for i in range(1, 8)}


def test_max_pages_bounds_a_run(tmp_path):
    site = {f"/news/{i}.html": article(i) for i in range(1, 30)}
    site["/list.htm"] = Response(200, HTML, ("<html><body>" + "".join(
        f'<a href="/news/{i}.html">第{i}号新闻：学院召开年度工作总结会议</a>' for i in range(1, 30))
        + "</body></html>").encode())
    with SiteServer(site) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [{"name": "capped", "start_urls": [server.url("/list.htm")]}],
                           crawl={"max_pages": 8, "concurrency_per_domain": 1})
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    run = query(tmp_path / "archive.db", "SELECT pages_fetched, articles_new, status FROM runs")[0]
    assert run["status"] == "ok" and run["pages_fetched"] <= 10 and run["articles_new"] < 29
