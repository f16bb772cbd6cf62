"""Real clean pages crawled from a local mirror (a host other than their own) come out unflagged
(issue 11 §9; the v2 false flags FF1–FF4): their consent managers, theme scripts, share panels
and off-canvas menus are no injection, and their articles are archived whole."""
from __future__ import annotations

import json
from pathlib import Path

from demo.server import SiteServer
from demo.site import Response
from tests.conftest import query, run_newsvault, write_config

REAL = Path(__file__).parent / "clean" / "fixtures" / "real"
PAGES = sorted(REAL.glob("trafilatura-*.html"))
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_real_pages_served_from_a_mirror_are_archived_unflagged(tmp_path):
    site = {f"/mirror/{p.stem}.html": Response(200, HTML, p.read_bytes()) for p in PAGES}
    links = "".join(f'<li><a href="{path}">{Path(path).stem}</a></li>' for path in site)
    site["/index.html"] = Response(200, HTML, f"<html><body><ul>{links}</ul></body></html>".encode())
    with SiteServer(site) as server:
        src = {"name": "mirror", "start_urls": [server.url("/index.html")], "article_pattern": r"/mirror/.+\.html$"}
        cfg = write_config(tmp_path / "newsvault.toml", [src])
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True)
    rows = query(tmp_path / "archive.db", "SELECT url, hijacked, text, findings FROM articles")
    assert len(rows) == len(PAGES)
    for row in rows:
        assert not row["hijacked"], (row["url"], row["findings"])
        # nothing removed as injected: only off-screen helpers noted (hidden_block)
        assert {f["kind"] for f in json.loads(row["findings"])} <= {"hidden_block", "decoding_uncertain"}, row["findings"]
        assert len(row["text"]) > 500, row["url"]


# A clean site whose headlines are sentences of clauses that the article below does not repeat
# (a photo report, a notice), each clause long and free of particles, while other articles of the
# site write those clauses in their own sentences (bench/crawl.py's site: 599 of 600 clean pages
# were flagged, their headline's clauses learned as spam and cut from every page writing them).
HEADLINES = ["全市召开安全生产工作会议，部署节前安全检查，压实各方责任",
             "图书馆开展读书月系列活动，推进书香校园建设，营造阅读氛围",
             "市场监管局发布消费提示，提醒市民理性消费，谨防虚假促销",
             "学院举办青年教师教学竞赛，二十余名教师参赛，展示课堂风采"]
FARM = ('<div style="display:none"><a href="https://x1.bet/">金宝搏188入口</a>'
        '<a href="https://x2.bet/">澳门葡京赌场官网</a><a href="https://x3.bet/">鸿运国际娱乐城</a></div>')


def _headline_site(hijacked: int | None = None) -> dict[str, Response]:
    site = {}
    for k, headline in enumerate(HEADLINES):
        other = HEADLINES[(k + 1) % len(HEADLINES)].split("，")
        body = (f"<p>据悉，{other[0]}，{other[1]}。</p><p>会上还通报了近期工作情况，{other[2]}。</p>"
                "<p>本版照片由新闻中心提供，欢迎读者来稿。</p>")
        title = "金宝搏188入口" if k == hijacked else f"{headline}-青山市人民政府"
        site[f"/art/{k}.html"] = Response(200, HTML, (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<div class="nav"><a href="/index.html">首页</a><a href="/list.html">政务要闻</a></div>'
            f'<div class="main"><h1 class="arti_title">{headline}</h1>'
            f'<div class="arti_metas"><span>发布时间：2024-05-{k + 1:02d}</span><span>来源：市政府办公室</span></div>'
            f'<div class="wp_articlecontent">{body}</div></div>'
            f'<div class="footer"><p>版权所有 © 青山市人民政府</p></div>{FARM if k == hijacked else ""}'
            '</body></html>').encode())
    links = "".join(f'<li><a href="/art/{k}.html">{h}</a></li>' for k, h in enumerate(HEADLINES))
    site["/list.html"] = Response(200, HTML, f"<html><body><ul>{links}</ul></body></html>".encode())
    return site


def _crawl_headline_site(tmp_path, hijacked: int | None = None):
    with SiteServer(_headline_site(hijacked)) as server:
        src = {"name": "qingshan", "start_urls": [server.url("/list.html")], "article_pattern": r"/art/\d+\.html$"}
        cfg = write_config(tmp_path / "newsvault.toml", [src])
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True)
    db = tmp_path / "archive.db"
    rows = {r["url"].rsplit("/", 1)[1]: r for r in query(db, "SELECT url, title, hijacked, text, findings FROM articles")}
    profile = json.loads(query(db, "SELECT profile FROM source_profiles WHERE source='qingshan'")[0]["profile"])
    return rows, profile


def test_headlines_their_articles_do_not_repeat_flag_nothing_and_teach_nothing(tmp_path):
    rows, profile = _crawl_headline_site(tmp_path)
    assert len(rows) == len(HEADLINES)
    for k, headline in enumerate(HEADLINES):
        row = rows[f"{k}.html"]
        assert not row["hijacked"], (headline, row["findings"])
        assert row["title"] == headline
        assert HEADLINES[(k + 1) % len(HEADLINES)].split("，")[2] in row["text"]
    assert profile["spam_strings"] == [] and profile["spam_hosts"] == []


def test_a_hijacked_pages_headline_is_not_learned_as_spam_for_the_rest_of_the_site(tmp_path):
    rows, profile = _crawl_headline_site(tmp_path, hijacked=0)
    assert rows["0.html"]["hijacked"] and rows["0.html"]["title"] == HEADLINES[0]
    for k in range(1, len(HEADLINES)):
        row = rows[f"{k}.html"]
        assert not row["hijacked"], (HEADLINES[k], row["findings"])
        assert HEADLINES[(k + 1) % len(HEADLINES)].split("，")[2] in row["text"]
    assert "金宝搏188入口" in profile["spam_strings"]
    assert not any(clause in s or s in clause for s in profile["spam_strings"] for h in HEADLINES
                   for clause in h.split("，")), profile["spam_strings"]


def test_a_public_bodys_pages_crawled_from_a_local_mirror_are_judged_by_the_address_fetched(tmp_path):
    """takeover.foreign_host reads the host the spider fetched: a town government's pages whose
    canonical links name a commercial host (as a copy's do) are not called copies when the crawl
    fetched them from a local mirror (127.0.0.1), which says nothing about whose host serves them."""
    article = ("<p>10月18日，云岗镇召开秋冬季森林防火工作部署会，镇村两级干部参加会议。</p>"
               "<p>会议强调，各村要守住山口、管住火源，坚决防止发生重大森林火灾。</p>")
    site = {}
    for k in range(2):
        site[f"/news/{k}.html"] = Response(200, HTML, (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>云岗镇召开森林防火工作部署会-云岗镇人民政府</title>'
            f'<link rel="canonical" href="http://q7xk.lingquantea.com/Html/News/Articles/{k}.html"></head><body>'
            '<div class="nav"><a href="/list.html">首页</a></div><h1>云岗镇召开森林防火工作部署会</h1>'
            f'<div class="content">{article}</div><div class="footer">版权所有：云岗镇人民政府</div></body></html>').encode())
    site["/list.html"] = Response(200, HTML, b'<html><body><a href="/news/0.html">0</a> <a href="/news/1.html">1</a></body></html>')
    with SiteServer(site) as server:
        src = {"name": "yungang", "start_urls": [server.url("/list.html")], "article_pattern": r"/news/\d+\.html$"}
        cfg = write_config(tmp_path / "newsvault.toml", [src])
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True)
    rows = query(tmp_path / "archive.db", "SELECT url, hijacked, findings FROM articles")
    assert len(rows) == 2
    for row in rows:
        assert "127.0.0.1" in row["url"]
        assert not row["hijacked"], row["findings"]
        assert not {f["kind"] for f in json.loads(row["findings"])} & {"mirror_copy", "foreign_host"}
