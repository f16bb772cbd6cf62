"""Issue 10, item 10 (and the crawl's side of item 11's size limit): every page a crawl gives up on
leaves a failure row with a kind, counted in the run — redirect loops, chains over 20 hops,
redirects off the site, decompression bombs, pages over the page size limit; the source's
article_pattern decides before any pagination heuristic; and each URL is fetched once per run."""
from __future__ import annotations

import gzip
from collections import Counter
from http.server import BaseHTTPRequestHandler

from scraper.clean.engine import MAX_PAGE_BYTES
from tests.conftest import query, run_newsvault, write_config
from tests.faults.conftest import FAULT_ENV, HTML, ScriptedServer, listing_html, page_html, redirect, send

HEADLINE = "：学校召开专题工作会议研究部署下一阶段工作"


def streamed(size: int):
    """A page sent without Content-Length (the connection closes at its end): its size is known
    only as it arrives."""
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", HTML)
        h.send_header("Connection", "close")
        h.end_headers()
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        sent = 0
        while sent < size:
            h.wfile.write(chunk)
            sent += len(chunk)
        h.close_connection = True
    return route


def test_every_dropped_page_leaves_a_failure_row_and_each_url_is_fetched_once(tmp_path):
    elsewhere = ScriptedServer({"/a/4.htm": send(200, page_html("外站"))}).__enter__()
    bomb = gzip.compress(b"<html><body>" + b"\0" * (MAX_PAGE_BYTES + 1_000_000), compresslevel=9)
    links = [(f"/a/{i}.htm", f"第{i}篇{HEADLINE}") for i in (1, 3, 4, 5, 6, 7, 9, 10)]
    links += [("/news/8.htm", "新闻8"), ("/index.htm", "1"), ("/list_2.htm", "2")]
    routes = {
        "/list.htm": send(200, listing_html(links)),
        "/list_2.htm": send(200, listing_html(links[:3] + [("/list.htm", "1")])),
        "/index.htm": redirect("/list.htm", 301),                   # an alias of the listing: not fetched again
        "/a/1.htm": redirect("/loop"), "/loop": redirect("/a/1.htm"),                    # a loop
        "/a/3.htm": redirect("/r/1"),                                                      # 25 hops
        **{f"/r/{i}": redirect(f"/r/{i + 1}") for i in range(1, 25)}, "/r/25": send(200, page_html("终点")),
        "/a/4.htm": redirect(elsewhere.url("/a/4.htm", host="localhost")),                # off the site
        "/a/5.htm": send(200, bomb, Content_Encoding="gzip"),                              # a zip bomb
        "/a/6.htm": send(200, b"<p>" + b"y" * (MAX_PAGE_BYTES + 10) + b"</p>"),            # too large
        "/a/7.htm": streamed(MAX_PAGE_BYTES + 200_000),                                    # too large, unannounced
        "/news/8.htm": send(200, page_html("第8篇新闻：编号网址的短标题文章")),            # matches article_pattern
        "/a/9.htm": send(200, page_html("第9篇新闻")),
        "/a/10.htm": redirect("/a/9.htm"),                                                 # the same page again
    }
    try:
        with ScriptedServer(routes) as server:
            cfg = write_config(tmp_path / "newsvault.toml", [
                {"name": "hostile", "start_urls": [server.url("/list.htm")],
                 "article_pattern": r"/(a|news)/\d+\.htm$"}])
            proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV, timeout=180)
    finally:
        elsewhere.__exit__(None, None, None)
    assert proc.returncode == 0, proc.stderr
    db = tmp_path / "archive.db"
    failures = {r["url"].split(str(server.port))[-1]: r for r in query(db, "SELECT * FROM fetch_failures")}
    kinds = {path: failures[path]["kind"] if path in failures else None
             for path in ("/a/1.htm", "/a/3.htm", "/a/4.htm", "/a/5.htm", "/a/6.htm", "/a/7.htm")}
    assert kinds == {"/a/1.htm": "redirect", "/a/3.htm": "redirect", "/a/4.htm": "redirect",
                     "/a/5.htm": "too_large", "/a/6.htm": "too_large", "/a/7.htm": "too_large"}, failures
    assert "loop" in failures["/a/1.htm"]["error"] and "more than 20" in failures["/a/3.htm"]["error"]
    assert "off the site" in failures["/a/4.htm"]["error"]
    run = query(db, "SELECT * FROM runs")[0]
    assert run["errors"] == 6
    archived = {r["url"].split(str(server.port))[-1] for r in query(db, "SELECT url FROM articles")}
    assert archived == {"/news/8.htm", "/a/9.htm"}  # the pattern decided, before "新闻8" looked like a page number
    hits = Counter(p for p in server.hits)
    assert {p: n for p, n in hits.items() if n > 1} == {}, hits  # every URL once, /list.htm included
    assert elsewhere.hits == [] and hits["/r/22"] == 0  # nothing fetched off the site or past 20 hops
