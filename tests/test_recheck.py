"""Re-checking archived articles: conditional requests, [crawl].recheck_after, and --recheck.

The fixture crawls a small site four times:
  crawl 1  everything is new
  crawl 2  no recheck_after: every article again, conditionally (ETag → If-None-Match,
           Last-Modified → If-Modified-Since); the server answers 304
  crawl 3  recheck_after = "7d": only what the listing (a new date) or the sitemap (lastmod)
           shows as new is fetched; B was edited meanwhile
  crawl 4  --recheck: C (now 404) and D are no longer linked from the listing, yet every
           live article is fetched again
"""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from core.known import KnownArticle, KnownArticles
from demo.server import SiteServer
from demo.site import Response
from scraper.recheck import RecheckPolicy, feed_date, listed_date
from tests.conftest import BACKENDS, POSTGRES, fresh_archive, query, run_newsvault, write_config

A, B, C, D = (f"/info/3001/{i}.htm" for i in range(1, 5))
TITLES = {A: "学院召开2024年秋季学期教学工作会议", B: "我校研究团队在国际期刊发表研究成果",
          C: "关于做好2024年国庆节假期安全工作的通知", D: "学校举办第十届教职工运动会"}
TODAY = datetime.now(UTC).date().isoformat()
OLD = "2024-01-05"
LAST_MODIFIED = "Mon, 08 Jan 2024 09:00:00 GMT"


def page(path: str, extra: str = "") -> bytes:
    title = TITLES[path]
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='content'><p>{title}。本次活动由学校相关部门组织开展，全校师生积极参与，取得了良好效果。</p>"
            f"<p>学校将继续总结经验，推动各项工作高质量发展，为建设高水平大学贡献力量。{extra}</p></div></body></html>").encode()


def listing(entries: list[tuple[str, str]]) -> Response:
    items = "".join(f'<li><a href="{p}">{TITLES[p]}</a><span>{d}</span></li>' for p, d in entries)
    return Response(200, {"Content-Type": "text/html; charset=utf-8"},
                    f"<html><body><ul class='list'>{items}</ul></body></html>".encode())


def sitemap(entries: list[tuple[str, str]], base: str) -> Response:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in entries)
    return Response(200, {"Content-Type": "application/xml"},
                    f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode())


def html(**headers) -> dict:
    return {"Content-Type": "text/html; charset=utf-8", **headers}


@pytest.fixture(scope="module", params=BACKENDS)
def crawls(request, tmp_path_factory):
    """(archive, [(stdout, stderr, {path: request headers} of each article request)] per crawl),
    on both backends."""
    tmp = tmp_path_factory.mktemp("recheck")
    db = fresh_archive(POSTGRES, request, tmp_path_factory, "recheck") if request.param == POSTGRES else tmp / "archive.db"
    archive = {"url": db} if request.param == POSTGRES else None
    site = {
        "/list.htm": listing([(A, OLD), (B, OLD), (C, OLD), (D, OLD)]),
        A: Response(200, html(ETag='"a-1"'), page(A)),
        B: Response(200, html(ETag='"b-1"'), page(B)),
        C: Response(200, html(**{"Last-Modified": LAST_MODIFIED}), page(C)),
        D: Response(200, html(), page(D)),  # no validators: fetched in full, same bytes
    }
    results = []
    with SiteServer(site) as server:
        site_map = lambda entries: sitemap(entries, server.base_url)  # noqa: E731
        server.site["/sitemap.xml"] = site_map([(A, OLD)])
        source = {"name": "recheck", "start_urls": [server.url("/list.htm")], "sitemaps": [server.url("/sitemap.xml")],
                  "article_pattern": r"/info/\d+/\d+\.htm$"}
        cfg = tmp / "newsvault.toml"

        def crawl(*args, recheck_after=None):
            write_config(cfg, [source], crawl={"recheck_after": recheck_after} if recheck_after else None,
                         archive=archive)
            start = len(server.requests)
            proc = run_newsvault("crawl", *args, "--config", cfg, cwd=tmp, check=True)
            asked = {p: h for p, h in server.requests[start:] if p.startswith("/info/")}
            results.append((proc.stdout, proc.stderr, asked))

        crawl()
        crawl()
        # B is edited (new ETag) and its listing entry dated today; the sitemap dates A today.
        server.site[B] = Response(200, html(ETag='"b-2"'), page(B, "会后，与会人员实地调研了实验室建设情况。"))
        server.site["/list.htm"] = listing([(A, OLD), (B, TODAY), (C, OLD), (D, OLD)])
        server.site["/sitemap.xml"] = site_map([(A, TODAY)])
        crawl(recheck_after="7d")
        # C is deleted and D unlinked: only --recheck can notice.
        server.site["/list.htm"] = listing([(A, OLD), (B, TODAY)])
        server.site["/sitemap.xml"] = site_map([])
        server.site[C] = Response(404, html(), b"<h1>Not Found</h1>")
        crawl("--recheck", recheck_after="7d")
    return db, results


def summary(stdout: str) -> dict:
    head, row = stdout.splitlines()[:2]
    return dict(zip(head.split(), row.split()))


def test_first_crawl_archives_everything(crawls):
    db, results = crawls
    assert summary(results[0][0])["new"] == "4"
    assert set(results[0][2]) == {A, B, C, D}
    assert not any("If-None-Match" in h or "If-Modified-Since" in h for h in results[0][2].values())


def test_refetch_is_conditional_and_304_only_moves_last_seen(crawls):
    db, results = crawls
    asked = results[1][2]
    assert asked[A]["If-None-Match"] == '"a-1"' and asked[B]["If-None-Match"] == '"b-1"'
    assert asked[C]["If-Modified-Since"] == LAST_MODIFIED and "If-None-Match" not in asked[C]
    assert "If-None-Match" not in asked[D] and "If-Modified-Since" not in asked[D]
    row = summary(results[1][0])
    assert (row["new"], row["changed"], row["unchanged"]) == ("0", "0", "4")
    statuses = sorted(r["status"] for r in query(db, "SELECT status FROM captures WHERE run_id = 2 "
                                                     "AND kind = 'article'"))
    assert statuses == [200, 304, 304, 304]
    assert query(db, "SELECT COUNT(*) n FROM article_versions")[0]["n"] == 5  # 4 + B's edit in crawl 3
    # C was not fetched after crawl 2: its last seen is the 304 of crawl 2, which refers to crawl 1's bytes
    c = query(db, "SELECT * FROM articles WHERE url LIKE ?", f"%{C}")[0]
    capture = query(db, "SELECT * FROM captures WHERE run_id = 2 AND final_url LIKE ?", f"%{C}")[0]
    first = query(db, "SELECT * FROM captures WHERE run_id = 1 AND final_url LIKE ?", f"%{C}")[0]
    assert capture["status"] == 304 and capture["refers_to"] == first["id"] and capture["warc_file"]
    assert c["last_seen"] == capture["fetched_at"] and c["first_seen"] == first["fetched_at"]


def test_recheck_after_skips_articles_checked_recently(crawls):
    db, results = crawls
    stdout, stderr, asked = results[2]
    # A: the sitemap's lastmod says new; B: the listing's date says new; C and D: checked < 7d ago
    assert set(asked) == {A, B}
    assert asked[A]["If-None-Match"] == '"a-1"'
    row = summary(stdout)
    assert (row["changed"], row["unchanged"]) == ("1", "1")
    assert "2 archived articles not re-fetched" in stderr
    assert row["skipped"] == "2"
    # found but not due counts as found: a quiet night under recheck_after is not "layout changed?"
    run = query(db, "SELECT articles_skipped, health FROM runs WHERE id = 3")[0]
    assert (run["articles_skipped"], run["health"]) == (2, None)
    b = query(db, "SELECT version, etag FROM articles WHERE url LIKE ?", f"%{B}")[0]
    assert (b["version"], b["etag"]) == (2, '"b-2"')


def test_recheck_fetches_every_live_article_even_unlinked(crawls):
    db, results = crawls
    stdout, _, asked = results[3]
    assert set(asked) == {A, B, C, D}  # C and D are linked from nowhere any more
    assert asked[B]["If-None-Match"] == '"b-2"'
    row = summary(stdout)
    assert (row["gone"], row["unchanged"], row["errors"]) == ("1", "3", "0")
    c = query(db, "SELECT status, gone_since, text FROM articles WHERE url LIKE ?", f"%{C}")[0]
    assert c["status"] == "gone" and c["gone_since"] and TITLES[C] in c["text"]


# -- the rules alone -------------------------------------------------------------------------------

NOW = datetime(2024, 5, 20, 12, tzinfo=UTC)


def policy(recheck_after=timedelta(days=7), recheck_all=False, live=True) -> RecheckPolicy:
    known = KnownArticles([KnownArticle("http://x.cn/a.htm", live, NOW - timedelta(days=2), '"e"', None)],
                          {"http://x.cn/old?id=1": "http://x.cn/a.htm"})
    return RecheckPolicy(known, recheck_after, recheck_all, now=NOW)


def test_policy_rules():
    assert policy().decide("http://x.cn/new.htm").fetch                            # not archived
    assert not policy().decide("http://x.cn/a.htm").fetch                          # checked 2 days ago
    assert not policy().decide("http://x.cn/old?id=1").fetch                       # by the URL that redirected
    assert policy(timedelta(days=1)).decide("http://x.cn/a.htm").fetch            # due
    assert policy(None).decide("http://x.cn/a.htm").headers == {"If-None-Match": '"e"'}  # unset: always
    assert policy().decide("http://x.cn/a.htm", date(2024, 5, 18)).fetch          # listed on the check's day
    assert not policy().decide("http://x.cn/a.htm", date(2024, 5, 17)).fetch
    assert policy(recheck_all=True).recheck_urls() == ["http://x.cn/a.htm"]
    assert policy(recheck_all=True, live=False).recheck_urls() == []               # gone ones are not chased
    assert policy().recheck_urls() == []


@pytest.mark.parametrize("text, expected", [
    ("我校召开会议 2024-05-09", date(2024, 5, 9)),
    ("[2024/5/9]", date(2024, 5, 9)),
    ("2024年5月9日 发布", date(2024, 5, 9)),
    ("2024.05.09", date(2024, 5, 9)),
    ("浏览 1234 次", None),
    ("2024-13-45", None),
])
def test_listed_date(text, expected):
    assert listed_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2024-05-09", date(2024, 5, 9)),
    ("2024-05-09T23:30:00+08:00", date(2024, 5, 9)),
    ("2024-05-09T20:30:00Z", date(2024, 5, 9)),
    ("Thu, 09 May 2024 15:20:00 GMT", date(2024, 5, 9)),
    ("", None),
    ("soon", None),
])
def test_feed_date(text, expected):
    assert feed_date(text) == expected
