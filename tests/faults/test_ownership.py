"""Issue 10, items 5 and 14: one owner per URL, and crawls that record corrected metadata.

Two sources that reach the same articles with different selectors used to overwrite each other
(a version per run, the text alternating between full and empty, every article credited to the
first source). An article now belongs to the first source that archives it; the other records
that it saw it. And a page whose byline changed while its title and text did not gets a new
version from the next crawl (the store keeps the old one beside it)."""
from __future__ import annotations

import json

from tests.conftest import query, run_newsvault, write_config
from tests.faults.conftest import FAULT_ENV, ScriptedServer, listing_html, page_html, send

ARTICLES = 3


def byline_page(i: int, date: str) -> bytes:
    return page_html(f"第{i}篇新闻", extra=f"<div class='info'>发布时间：{date}</div>")


def test_two_sources_reaching_the_same_articles_never_overwrite_each_other(tmp_path):
    routes = {"/list.htm": send(200, listing_html([(f"/info/{i}.htm", f"第{i}篇：学校召开专题工作会议研究部署工作")
                                                   for i in range(ARTICLES)]))}
    routes |= {f"/info/{i}.htm": send(200, byline_page(i, "2024-05-09")) for i in range(ARTICLES)}
    with ScriptedServer(routes) as server:
        start = [server.url("/list.htm")]
        cfg = write_config(tmp_path / "newsvault.toml", [
            {"name": "full", "start_urls": start, "article_pattern": r"/info/\d+\.htm$"},
            {"name": "empty", "start_urls": start, "article_pattern": r"/info/\d+\.htm$",
             "selectors": {"body": ".no-such-block"}}])
        outputs = [run_newsvault("crawl", name, "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
                   for name in ("full", "empty", "full")]
    assert all(p.returncode == 0 for p in outputs), [p.stderr for p in outputs]
    assert "both start from" in outputs[0].stderr  # the configuration's overlap is pointed out
    db = tmp_path / "archive.db"
    rows = query(db, "SELECT * FROM articles")
    assert len(rows) == ARTICLES and {r["source_name"] for r in rows} == {"full"}
    assert all("正文第1段" in r["text"] and r["version"] == 1 for r in rows)
    assert query(db, "SELECT COUNT(*) n FROM article_versions")[0]["n"] == ARTICLES
    runs = query(db, "SELECT source, articles_new, articles_elsewhere FROM runs ORDER BY id")
    assert [(r["source"], r["articles_new"], r["articles_elsewhere"]) for r in runs] == [
        ("full", ARTICLES, 0), ("empty", 0, ARTICLES), ("full", 0, 0)]
    shown = json.loads(run_newsvault("show", rows[0]["id"], "--json", "--db", db, env=FAULT_ENV).stdout)
    assert [s["source_name"] for s in shown["seen_by"]] == ["empty"]


def test_a_crawl_records_a_corrected_byline_as_a_new_version(tmp_path):
    routes = {"/list.htm": send(200, listing_html([("/info/1.htm", "第1篇：学校召开专题工作会议研究部署工作")])),
              "/info/1.htm": send(200, byline_page(1, "2024-05-09"))}
    with ScriptedServer(routes) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [{"name": "fix", "start_urls": [server.url("/list.htm")],
                                                         "article_pattern": r"/info/\d+\.htm$"}])
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV, check=True)
        server.routes["/info/1.htm"] = send(200, byline_page(1, "2024-05-10"))  # the site corrects the date
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV, check=True)
    db = tmp_path / "archive.db"
    article = query(db, "SELECT * FROM articles")[0]
    assert article["published"].startswith("2024-05-10") and article["version"] == 2
    versions = query(db, "SELECT published FROM article_versions ORDER BY version")
    assert [v["published"][:10] for v in versions] == ["2024-05-09", "2024-05-10"]
    diff = run_newsvault("diff", article["id"], "--db", db, env=FAULT_ENV)
    assert "metadata published: 2024-05-09" in diff.stdout and "same title and text" in diff.stdout
