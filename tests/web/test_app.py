"""Every route of the web interface through Flask's test client: content, escaping, headers,
token and host checks, bounds, downloads and plain error pages."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import lxml.html
import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.store import ArchiveStore
from scraper.sources import load_config
from tests.conftest import run_newsvault
from tests.web.conftest import HOSTILE_LINE, HOSTILE_TITLE
from web import create_app
from web.app import CONTENT_SECURITY_POLICY, TOKEN_COOKIE
from web.filters import safe_url
from web.pages import DOWNLOAD_CSP
from web.params import MAX_PAGE_SIZE, MAX_QUERY_CHARS

TOKEN = "s3cret-token-for-tests-0123456789"


def html(response) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(response.get_data(as_text=True))


def assert_secure_headers(response) -> None:
    h = response.headers
    csp = h["Content-Security-Policy"]
    assert ("default-src 'self'" in csp and "script-src 'none'" in csp) or csp == DOWNLOAD_CSP
    assert h["X-Content-Type-Options"] == "nosniff"
    assert h["Referrer-Policy"] == "no-referrer"


def assert_inert(page: lxml.html.HtmlElement) -> None:
    """Nothing archived became markup: no script, image, frame or handler; every link is ours or http(s)."""
    assert page.xpath("//script | //img | //iframe | //object | //embed | //style") == []
    assert page.xpath("//@*[starts-with(name(), 'on')]") == []
    for href in page.xpath("//a/@href | //form/@action | //link/@href"):
        assert href.startswith(("/", "#", "http://", "https://")), href
        assert not href.startswith("//"), href


# -- pages ------------------------------------------------------------------------------------------

def test_front_page_shows_counts_and_recent_articles(client):
    r = client.get("/")
    assert r.status_code == 200
    page = html(r)
    assert "13 articles archived" in page.text_content().replace("\n", " ")
    assert len(page.cssselect("ul.recent li")) == 10
    assert page.cssselect("input#q[name=q]")
    assert_inert(page)


def test_search_page_results_highlight_badges_and_bookmarkable_pagination(client):
    r = client.get("/search?q=学校&limit=2&sort=date")
    assert r.status_code == 200
    page = html(r)
    count = page.cssselect("p.count")[0].text_content()
    total = int(count.split()[0].replace(",", ""))
    assert total > 2 and "showing 1–2, newest first" in count
    hits = page.cssselect("li.hit")
    assert len(hits) == 2
    assert all(h.cssselect("mark") for h in hits)
    assert {m.text for h in hits for m in h.cssselect("mark")} == {"学校"}
    published = [h.cssselect(".meta time")[0].get("datetime") for h in hits]
    assert published == sorted(published, reverse=True)          # newest first
    next_link = page.cssselect("nav.pages a[rel=next]")[0].get("href")
    assert "q=%E5%AD%A6%E6%A0%A1" in next_link and "sort=date" in next_link and "limit=2" in next_link and "page=2" in next_link
    second = html(client.get(next_link))
    assert [h.cssselect("h2 a")[0].get("href") for h in second.cssselect("li.hit")] != \
        [h.cssselect("h2 a")[0].get("href") for h in hits]
    assert "showing 3–4" in second.cssselect("p.count")[0].text_content()


def test_search_filters_hijacked_and_source(client, web_archive):
    page = html(client.get("/search?q=学校&hijacked=yes"))
    assert page.cssselect("li.hit") and all(h.cssselect(".badge.hijacked") for h in page.cssselect("li.hit"))
    page = html(client.get("/search?q=学校&hijacked=no"))
    assert page.cssselect("li.hit") and not page.cssselect("li.hit .badge.hijacked")
    page = html(client.get("/search?q=网络安全&source=qingshan"))
    assert not page.cssselect("li.hit") and "No article matches" in page.text_content()
    page = html(client.get("/search?q=网络安全&source=xss-lab"))
    assert len(page.cssselect("li.hit")) == 1
    assert page.cssselect("select[name=source] option[selected]")[0].get("value") == "xss-lab"


def test_submitted_form_redirects_to_a_clean_bookmarkable_url(client):
    r = client.get("/search?q=研究&source=&since=&until=&hijacked=&sort=relevance")
    assert r.status_code == 303
    assert r.headers["Location"] == "/search?q=%E7%A0%94%E7%A9%B6"


def test_search_of_hostile_text_is_escaped(client):
    r = client.get("/search?q=alert")
    body = r.get_data(as_text=True)
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in body and "<script>" not in body
    page = html(r)
    assert HOSTILE_TITLE in page.cssselect("li.hit h2 a")[0].text_content()
    assert_inert(page)


def test_article_page_shows_every_field_findings_versions_and_downloads(client, web_archive):
    r = client.get(f"/articles/{web_archive.hijacked_id}")
    assert r.status_code == 200
    page = html(r)
    fields = dict(zip((dt.text_content() for dt in page.cssselect("dl.metadata dt")),
                      (dd.text_content().strip() for dd in page.cssselect("dl.metadata dd"))))
    assert {"Published", "Author", "来源", "Source site", "Original URL", "First seen", "Last seen", "Status",
            "Version", "Downloads"} <= set(fields)
    assert fields["Published"] == "2021-10-28 16:59" and fields["来源"] == "党委宣传部"
    assert fields["Source site"] == "qingshan" and fields["Status"].startswith("live")
    original = page.cssselect("dl.metadata dd.url a")[0]
    assert original.get("href").startswith("http://127.0.0.1:") and "noreferrer" in original.get("rel")
    assert page.cssselect("h1")[0].text_content() == "我为群众办实事丨四坚持五聚焦：学校用责任与担当全面助力从江乡村振兴"
    kinds = [k.text_content() for k in page.cssselect(".findings strong.kind")]
    assert "spam_title" in kinds
    assert all(pre.text_content() for pre in page.cssselect("pre.evidence"))
    assert page.cssselect(".badge.hijacked")
    links = {a.text_content(): a.get("href") for a in page.cssselect("dd.downloads a")}
    assert links["raw page as fetched"] == f"/articles/{web_archive.hijacked_id}/raw"
    assert links["JSON"] == f"/api/articles/{web_archive.hijacked_id}?download=1"
    assert_inert(page)


def test_hostile_article_is_text_and_its_javascript_attachment_no_link(client, web_archive):
    r = client.get(f"/articles/{web_archive.hostile_id}")
    body = r.get_data(as_text=True)
    assert "<script>" not in body and "<img" not in body
    page = html(r)
    assert page.cssselect("h1")[0].text_content() == HOSTILE_TITLE
    assert HOSTILE_TITLE in page.cssselect("title")[0].text_content()
    assert HOSTILE_LINE in page.cssselect("section.text")[0].text_content()
    attachment = [tr for tr in page.cssselect("table.attachments tbody tr") if "安全手册.pdf" in tr.text_content()][0]
    assert attachment.cssselect("a") == []
    evidence = page.cssselect("pre.evidence")[0].text_content()
    assert 'onerror="alert(5)"' in evidence and "jbb188.bet" in evidence
    versions = page.cssselect("section.versions tbody tr")
    assert len(versions) == 2
    assert versions[1].cssselect("a")[0].get("href") == f"/articles/{web_archive.hostile_id}/diff?a=1&b=2"
    assert_inert(page)


def test_gone_article_says_so(client, web_archive):
    page = html(client.get(f"/articles/{web_archive.gone_id}"))
    assert page.cssselect(".badges .badge.gone")
    status = [dd for dt, dd in zip(page.cssselect("dl.metadata dt"), page.cssselect("dl.metadata dd"))
              if dt.text_content() == "Status"][0].text_content()
    assert "gone since" in status and "HTTP 404" in status


def test_diff_side_by_side(client, web_archive):
    r = client.get(f"/articles/{web_archive.hostile_id}/diff?a=1&b=2")
    assert r.status_code == 200
    page = html(r)
    assert [s.text_content() for s in page.cssselect("td.old span.del")] == ["三"]
    assert [s.text_content() for s in page.cssselect("td.new span.ins")] == ["五"]
    inserted = page.cssselect("tr.insert td.new")
    assert len(inserted) == 1 and "网络安全宣传周" in inserted[0].text_content()
    changed = {tr.cssselect("th")[0].text_content(): [td.text_content() for td in tr.cssselect("td")]
               for tr in page.cssselect("table.fields tr.changed")}
    assert changed["Hijacked"] == ["no", "yes"] and changed["Findings"] == ["0", "1"]
    assert "1 paragraph changed, 0 removed, 1 added" in page.cssselect("p.summary")[0].text_content()
    assert_inert(page)
    default = html(client.get(f"/articles/{web_archive.hostile_id}/diff"))   # the latest two
    assert default.cssselect("td.new span.ins")[0].text_content() == "五"
    tight = html(client.get(f"/articles/{web_archive.hostile_id}/diff?a=1&b=2&context=0"))
    everything = html(client.get(f"/articles/{web_archive.hostile_id}/diff?a=1&b=2&context=all"))
    assert tight.cssselect("tr.skip") and not everything.cssselect("tr.skip")
    assert len(tight.cssselect("tr.equal")) < len(everything.cssselect("tr.equal")) == 4


def test_diff_errors_and_single_version(client, web_archive):
    assert client.get(f"/articles/{web_archive.hostile_id}/diff?a=1&b=9").status_code == 404
    assert client.get(f"/articles/{web_archive.hostile_id}/diff?a=x&b=2").status_code == 400
    page = html(client.get(f"/articles/{web_archive.hijacked_id}/diff"))
    assert "one version only" in page.text_content()


def test_raw_capture_is_an_attachment_never_rendered(client, web_archive):
    r = client.get(f"/articles/{web_archive.hostile_id}/raw")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/octet-stream"
    assert r.headers["Content-Disposition"].startswith("attachment; filename=")
    assert "sandbox" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in r.data and b"display:none" in r.data   # v2 as fetched
    first = client.get(f"/articles/{web_archive.hostile_id}/raw?version=1")
    assert first.headers["Content-Type"] == "application/octet-stream" and b"display:none" not in first.data
    assert client.get(f"/articles/{web_archive.hostile_id}/raw?version=7").status_code == 404


def test_warc_record_download_is_valid_warc(client, web_archive):
    r = client.get(f"/articles/{web_archive.hijacked_id}/warc")
    assert r.headers["Content-Type"] == "application/octet-stream"
    assert r.headers["Content-Disposition"].endswith('.warc.gz"')
    records = list(ArchiveIterator(io.BytesIO(r.data)))
    assert [rec.rec_type for rec in records] == ["response", "request"]
    assert records[0].rec_headers.get_header("WARC-Target-URI").endswith("/info/1001/1001.htm")


def test_text_and_json_exports(client, web_archive):
    text = client.get(f"/articles/{web_archive.hostile_id}/text")
    assert text.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert text.headers["Content-Disposition"].startswith("attachment")
    assert text.get_data(as_text=True).startswith(HOSTILE_TITLE + "\n")
    exported = client.get(f"/api/articles/{web_archive.hostile_id}?download=1")
    assert exported.headers["Content-Disposition"] == f'attachment; filename="newsvault-{web_archive.hostile_id}.json"'
    assert json.loads(exported.data)["title"] == HOSTILE_TITLE


def test_sources_page_chart_counts_and_report(client):
    r = client.get("/sources")
    assert r.status_code == 200
    page = html(r)
    rows = {tr.cssselect("td")[0].text_content(): [td.text_content().strip() for td in tr.cssselect("td")]
            for tr in page.cssselect("table.sources-table tbody tr")}
    assert rows["qingshan"][2].startswith("ok")
    assert rows["qingshan"][3:6] == ["12", "11", "1"]          # articles, live, gone
    section = page.cssselect("#source-qingshan")[0]
    totals = [float(rect.get("height")) for rect in section.cssselect("svg rect.bar-total")]
    hijacked = [float(rect.get("height")) for rect in section.cssselect("svg rect.bar-hijacked")]
    assert len(totals) == len(hijacked) == 1                    # both crawls ran today: one bar, by local day
    assert 0 < hijacked[0] <= totals[0]
    numbers = [[td.text_content() for td in tr.cssselect("td")] for tr in section.cssselect("figure details tbody tr")]
    assert [n[1:] for n in numbers] == [["12", "6"]]
    tooltip = section.cssselect("svg g title")[0].text_content()  # each run of the day, in local time
    assert "12 articles archived, 6 pages known hijacked" in tooltip and "11 articles archived, 5 pages" in tooltip
    assert "6 found hijacked" in section.text_content()
    assert {t.text_content().split()[0] for t in section.cssselect(".report-summary .tag")} >= {"spam_title", "jbb188.bet"}
    assert_inert(page)


def test_source_page_full_report_links_articles(client, web_archive):
    page = html(client.get("/sources/xss-lab"))
    link = page.cssselect("table.report-pages a")[0]
    assert link.get("href") == f"/articles/{web_archive.hostile_id}" and link.text_content() == HOSTILE_TITLE
    assert client.get("/sources/nope").status_code == 404


def test_runs_page_and_filter(client):
    page = html(client.get("/runs"))
    rows = page.cssselect("table.runs tbody tr")
    assert [r.cssselect("td")[0].text_content() for r in rows] == ["4", "3", "2", "1"]
    assert all(r.cssselect(".status-ok") for r in rows)
    only = html(client.get("/runs?source=xss-lab"))
    assert {r.cssselect("td")[1].text_content() for r in only.cssselect("table.runs tbody tr")} == {"xss-lab"}
    assert "No older runs" in html(client.get("/runs?page=2")).text_content()


# -- the JSON API -------------------------------------------------------------------------------------

def test_api_search_matches_the_cli_json(client, web_archive):
    r = client.get("/api/search?q=学校&limit=5&sort=date")
    assert r.status_code == 200 and r.headers["Content-Type"] == "application/json"
    data = r.get_json()
    cli = json.loads(run_newsvault("search", "学校", "--limit", "5", "--sort", "date", "--json", "--db", web_archive.db,
                                   check=True).stdout)
    assert data["hits"] == cli and data["total"] > 5
    assert list(data["hits"][0]) == ["id", "url", "title", "published", "source_name", "hijacked", "score", "snippet"]
    page2 = client.get("/api/search?q=学校&limit=5&sort=date&page=2").get_json()
    assert {h["id"] for h in page2["hits"]}.isdisjoint(h["id"] for h in data["hits"])


def test_api_article_matches_show_json(client, web_archive):
    data = client.get(f"/api/articles/{web_archive.hostile_id}").get_json()
    cli = json.loads(run_newsvault("show", str(web_archive.hostile_id), "--json", "--db", web_archive.db, check=True).stdout)
    assert data == cli
    missing = client.get("/api/articles/99999")
    assert missing.status_code == 404 and "No article 99999" in missing.get_json()["error"]


def test_api_report_and_runs(client):
    report = client.get("/api/report?source=qingshan").get_json()
    assert report[0]["source"] == "qingshan" and report[0]["pages_hijacked"] == 6
    assert client.get("/api/report?source=nope").status_code == 400
    runs = client.get("/api/runs?limit=2").get_json()
    assert [r["id"] for r in runs] == [4, 3] and runs[0]["status"] == "ok"


# -- bounds and bad input -----------------------------------------------------------------------------

@pytest.mark.parametrize("query, needle", [
    ("q=" + "研" * (MAX_QUERY_CHARS + 1), "at most 500"),
    (f"q=a&limit={MAX_PAGE_SIZE + 1}", "limit must be"),
    ("q=a&limit=0", "limit must be"),
    ("q=a&page=0", "page must be"),
    ("q=a&page=99999", "page must be"),
    ("q=a&limit=100&page=101", "past the first 10,000"),
    ("q=a&since=yesterday", "is not a date"),
    ("q=a&hijacked=maybe", "hijacked must be"),
    ("q=a&sort=popular", "sort must be"),
    ('q="unbalanced&raw=1', "invalid --raw search query"),
])
def test_bad_search_parameters_are_400_with_a_message(client, query, needle):
    page = client.get("/search?" + query)
    assert page.status_code == 400
    assert needle in html(page).cssselect(".error-message")[0].text_content()
    assert page.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    api = client.get("/api/search?" + query)
    assert api.status_code == 400 and needle in api.get_json()["error"]


def test_fts_syntax_in_a_plain_query_is_just_text(client):
    for q in ['"', "a AND (b", "NEAR(x", "*", "title:研究", "'; DROP TABLE articles; --"]:
        r = client.get("/api/search", query_string={"q": q})
        assert r.status_code == 200, (q, r.get_json())


def test_safe_url_lets_only_http_links_through():
    assert safe_url("https://www.gzou.edu.cn/info/1.htm?a=<b>") == "https://www.gzou.edu.cn/info/1.htm?a=<b>"
    assert safe_url("http://127.0.0.1:8000/x") == "http://127.0.0.1:8000/x"
    for bad in ("javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
                "//evil.example/x", "/relative", "http:alert(1)", "", None, "https://x.example/\x00"):
        assert safe_url(bad) is None, bad


# -- errors ---------------------------------------------------------------------------------------------

def test_not_found_and_wrong_method_are_plain_pages(client):
    for url in ("/nope", "/articles/99999", "/articles/abc", "/static/nope.css"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert_secure_headers(r)
        assert "Traceback" not in r.get_data(as_text=True)
    r = client.post("/search", data={"q": "x"})
    assert r.status_code == 405 and "GET" in r.headers["Allow"]
    assert_secure_headers(r)
    assert client.get("/api/nope").get_json()["status"] == 404
    assert client.get("/favicon.ico").status_code == 204   # asked by every browser: no 404 noise


def test_an_unexpected_error_is_a_plain_500_page(app, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr("web.pages.source_names", broken)
    r = app.test_client().get("/")
    body = r.get_data(as_text=True)
    assert r.status_code == 500 and "Something went wrong" in body
    assert "Traceback" not in body and "secret internals" not in body
    assert_secure_headers(r)


def test_a_broken_archive_is_a_plain_503(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 200)
    r = create_app(junk).test_client().get("/")
    assert r.status_code == 503 and "not an SQLite archive" in r.get_data(as_text=True)
    assert_secure_headers(r)


def test_an_empty_archive_has_friendly_empty_states(tmp_path):
    ArchiveStore(tmp_path / "empty.db").close()
    client = create_app(tmp_path / "empty.db").test_client()
    assert "归档为空" in client.get("/").get_data(as_text=True)          # Chinese unless told otherwise
    client.get("/?lang=en")                                            # remembered in a cookie
    assert "The archive is empty" in client.get("/").get_data(as_text=True)
    assert "No source is configured or archived yet" in client.get("/sources").get_data(as_text=True)
    assert "No runs recorded" in client.get("/runs").get_data(as_text=True)
    assert client.get("/api/search?q=研究").get_json() == {"total": 0, "hits": []}


def test_pages_load_while_a_crawl_holds_the_write_lock(client, web_archive):
    writer = sqlite3.connect(web_archive.db, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE runs SET errors = errors WHERE id = 1")
        for url in ("/", "/search?q=研究", "/sources", "/runs", f"/articles/{web_archive.hostile_id}"):
            assert client.get(url).status_code == 200, url
    finally:
        writer.rollback()
        writer.close()


# -- every response's headers; token and host checks --------------------------------------------------------

def test_every_route_carries_the_security_headers(client, web_archive):
    a = web_archive.hostile_id
    for url in ("/", "/search?q=研究", f"/articles/{a}", f"/articles/{a}/diff", f"/articles/{a}/raw",
                f"/articles/{a}/warc", f"/articles/{a}/text", "/sources", "/sources/qingshan", "/runs",
                "/api/search?q=研究", f"/api/articles/{a}", "/api/report", "/api/runs", "/static/newsvault.css"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert_secure_headers(r)


def test_without_a_token_only_loopback_host_names_are_answered(client):
    for host in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "127.0.0.1"):
        assert client.get("/", headers={"Host": host}).status_code == 200, host
    for host in ("evil.example", "evil.example:8000", "192.168.1.10:8000", "127.0.0.1.evil.example"):
        r = client.get("/", headers={"Host": host})
        assert r.status_code == 403, host
        assert "--token" in r.get_data(as_text=True)


@pytest.fixture
def guarded(web_archive):
    return create_app(web_archive.db, token=TOKEN, config=load_config(web_archive.config))


def test_token_is_required_on_every_request(guarded):
    guarded = guarded.test_client()
    for url in ("/", "/search?q=研究", "/static/newsvault.css", "/api/search?q=研究", "/articles/1/raw"):
        r = guarded.get(url, headers={"Host": "archive.example.org"})
        assert r.status_code == 401, url
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
        assert_secure_headers(r)
    assert guarded.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert guarded.get("/?token=wrong").status_code == 401
    ok = guarded.get("/api/search?q=研究", headers={"Host": "archive.example.org", "Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.get_json()["total"] > 0
    assert guarded.get(f"/api/runs?token={TOKEN}").status_code == 200    # scripts may pass it each time


def test_token_in_the_url_sets_a_cookie_and_leaves_the_url(guarded):
    browser = guarded.test_client()
    r = browser.get(f"/search?q=研究&token={TOKEN}&sort=date")
    assert r.status_code == 303
    assert r.headers["Location"] == "/search?q=%E7%A0%94%E7%A9%B6&sort=date"
    cookie = r.headers["Set-Cookie"]
    assert cookie.startswith(f"{TOKEN_COOKIE}=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert TOKEN not in cookie
    assert browser.get("/search?q=研究&sort=date").status_code == 200   # the cookie now opens every page
    assert browser.get("/sources").status_code == 200
    sneaky = guarded.test_client().get(f"/%2F%2Fevil.example/?token={TOKEN}")   # never a redirect to //evil.example
    assert sneaky.status_code == 303 and sneaky.headers["Location"].startswith("/evil.example")


def test_a_search_result_exports_as_excel_csv_and_jsonl(client):
    from openpyxl import load_workbook

    found = client.get("/api/search?q=网络安全&limit=100").get_json()["total"]
    r = client.get("/export?q=网络安全&format=xlsx")
    assert r.status_code == 200 and r.headers["Content-Disposition"].startswith("attachment;")
    assert "filename*=UTF-8''newsvault-search-%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8.xlsx" in r.headers["Content-Disposition"]
    assert load_workbook(io.BytesIO(r.get_data()))["articles"].max_row == found + 1
    text = client.get("/export?q=网络安全&format=csv").get_data(as_text=True)
    assert text.startswith("\ufeffid,url,") and len(list(csv.DictReader(io.StringIO(text[1:])))) == found
    assert client.get("/export?q=网络安全&format=jsonl").get_data(as_text=True).count("\n") == found
    assert client.get("/export?q=网络安全&format=pdf").status_code == 400
    page = html(client.get("/search?q=网络安全"))
    assert {a.get("href").split("format=")[1][:4] for a in page.cssselect(".export-links a[download]")} == {
        "xlsx", "csv&", "json"}
