"""`newsvault report`: the hijack report of the demo site, in each format, as a webmaster would get it."""
from __future__ import annotations

import csv
import io
import json

from archive.store import ArchiveStore
from core.pages import FetchedPage
from demo.site import build_site, load_articles
from scraper.clean import clean_page
from tests.conftest import copy_archive, query, run_newsvault

HIJACKED = {a.path for a in load_articles() if a.hijack}
LEGIT_ABOUT_GAMBLING = next(a.path for a in load_articles() if a.id == 1011)  # 防范跨境赌博宣传教育


def report_json(db, *args) -> list[dict]:
    return json.loads(run_newsvault("report", "--format", "json", "--db", db, *args, check=True).stdout)


def test_report_per_source_counts_kinds_domains_brands_and_urls(demo_archive):
    _, _, db = demo_archive
    [r] = report_json(db)
    assert r["source"] == "qingshan" and r["pages_checked"] == 12
    urls = {p["url"].split("/", 3)[3] for p in r["pages"]}
    assert urls == {p.lstrip("/") for p in HIJACKED}
    assert r["pages_hijacked"] == len(HIJACKED) == len(query(db, "SELECT 1 FROM articles WHERE hijacked = 1"))
    assert LEGIT_ABOUT_GAMBLING.lstrip("/") not in urls  # a police notice about casinos is not a hijack
    assert r["first_seen_hijacked"] <= r["last_seen_hijacked"]
    # what was injected, and on how many pages
    assert {"spam_title", "hidden_links", "js_cloak", "spam_link", "meta_stuffing"} <= set(r["kinds"])
    assert r["kinds"]["spam_title"] == 3
    # where the spam points: the casinos' domains, never the site itself or the ICP register
    assert {"jbb188.bet", "pj-casino.vip", "leyu-sports.cc", "tb-ty.app"} <= set(r["domains"])
    assert not any(d.startswith("127.") or d.endswith("gov.cn") for d in r["domains"])
    assert r["domains"]["jbb188.bet"] >= 3
    # the brands, including one no lexicon knows (found as the text of an injected link)
    assert {"金宝搏188入口", "澳门葡京赌场官网", "华体会体育登录入口", "鸿运国际娱乐城"} <= set(r["brands"])
    page = next(p for p in r["pages"] if p["url"].endswith("/info/1001/1003.htm"))
    assert {"hidden_links", "js_cloak"} <= set(page["kinds"]) and "leyu-sports.cc" in page["domains"]
    assert page["title"].startswith("我校在第十八届") and page["hijacked_now"] and page["status"] == "live"


def test_report_text_and_csv(demo_archive):
    _, _, db = demo_archive
    text = run_newsvault("report", "--db", db, check=True).stdout
    assert text.startswith(f"qingshan: 12 pages checked, {len(HIJACKED)} found hijacked, first seen 20")
    assert "spam domains: jbb188.bet" in text
    assert f"pages:        {len(HIJACKED)} (list them with --pages)" in text
    assert not any(p in text for p in HIJACKED)   # a summary: the pages on request
    listed = run_newsvault("report", "--pages", "--db", db, check=True).stdout
    assert all(p in listed for p in HIJACKED)
    rows = list(csv.DictReader(io.StringIO(run_newsvault("report", "--format", "csv", "--db", db, check=True).stdout)))
    assert len(rows) == len(HIJACKED)
    assert set(rows[0]) == {"source", "url", "title", "status", "hijacked_now", "first_seen_hijacked",
                            "last_seen_hijacked", "kinds", "domains", "brands"}
    row = next(r for r in rows if r["url"].endswith("/info/1001/1001.htm"))
    assert "spam_title" in row["kinds"].split("; ") and "jbb188.bet" in row["domains"]


def test_report_filters(demo_archive):
    _, _, db = demo_archive
    [r] = report_json(db, "--since", "2999-01-01")
    assert (r["pages_checked"], r["pages_hijacked"], r["pages"]) == (0, 0, [])
    [r] = report_json(db, "--source", "qingshan", "--since", "2000-01-01")
    assert r["pages_hijacked"] == len(HIJACKED)
    proc = run_newsvault("report", "--source", "nope", "--db", db)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "no articles of source 'nope'" in proc.stderr
    proc = run_newsvault("report", "--since", "last week", "--db", db)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_a_page_cleaned_up_since_stays_in_the_report_with_its_evidence(demo_archive, tmp_path):
    folder, _, _ = demo_archive
    db = copy_archive(folder, tmp_path / "copy")
    url = query(db, "SELECT url FROM articles WHERE url LIKE '%/info/1001/1003.htm'")[0]["url"]
    # the webmaster removed the injection: the next fetch is the page without it
    site = build_site()
    hacked = site["/info/1001/1003.htm"].body.decode()
    clean = hacked[:hacked.index('<div style="position:absolute')] + "</body></html>"
    page = FetchedPage("qingshan", url, url, 200, [("Content-Type", "text/html")], clean.encode(),
                       "2030-01-01T00:00:00+00:00")
    with ArchiveStore(db) as store:
        # the article itself did not change: same version, no longer hijacked
        assert store.record_page(None, "qingshan", page, clean_page(page.body, url)) == "unchanged"
    [r] = report_json(db)
    entry = next(p for p in r["pages"] if p["url"] == url)
    assert entry["hijacked_now"] is False and {"hidden_links", "js_cloak"} <= set(entry["kinds"])
    assert entry["last_seen_hijacked"] < "2030"
    [r] = report_json(db, "--since", "2029-12-31")  # not seen hijacked since
    assert url not in {p["url"] for p in r["pages"]}
