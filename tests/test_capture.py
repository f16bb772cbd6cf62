"""Complete captures: a crawl of a TRS-style government site keeps every notice (its listing's pages
are written by JavaScript), the notices' attachments and images and the pages' stylesheets, each
as a WARC record of its own and listed with its article, and the listing pages themselves."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from demo.server import SiteServer
from tests.conftest import query, run_newsvault, write_config
from tests.trs_site import LISTING, NOTICES, build_trs_site, live_site

WARCIO = str(Path(sys.executable).with_name("warcio"))


@pytest.fixture(scope="module")
def trs_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("trs")
    with SiteServer(live_site()) as live:
        live_url = f"http://localhost:{live.httpd.server_address[1]}"
        with SiteServer(build_trs_site(live_url)) as site:
            cfg = write_config(tmp / "newsvault.toml", [{"name": "qingshan-gov", "title": "青山市人民政府",
                                                          "start_urls": [site.url(LISTING)]}])
            proc = run_newsvault("crawl", "--config", cfg, cwd=tmp)
            yield tmp, tmp / "archive.db", proc, site, live


def test_javascript_pagination_finds_all_17_notices(trs_crawl):
    _, db, proc, site, _ = trs_crawl
    assert proc.returncode == 0, proc.stderr
    assert query(db, "SELECT COUNT(*) n FROM articles")[0]["n"] == NOTICES == 17
    run = query(db, "SELECT * FROM runs")[0]
    assert run["status"] == "ok" and run["articles_new"] == 17 and json.loads(run["warnings"]) == []
    assert {p for p in site.paths_requested() if "/index" in p} == {
        LISTING, "/xxgk/tzgg/index_1.htm", "/xxgk/tzgg/index_2.htm", "/xxgk/tzgg/index_3.htm"}
    # the listing pages are kept as captures (in the WARC), not as articles
    assert query(db, "SELECT COUNT(*) n FROM captures WHERE kind = 'listing'")[0]["n"] == 4


def test_attachments_captured_by_extension_and_by_content_type(trs_crawl):
    _, db, proc, _, _ = trs_crawl
    files = {r["name"]: r for r in query(db, "SELECT t.*, a.url article FROM attachments t "
                                             "JOIN articles a ON a.id = t.article_id WHERE t.kind = 'file'")}
    assert set(files) == {"W020240501_1.pdf", "防汛物资清单.pdf"}   # the second one's name from Content-Disposition
    for f in files.values():
        assert f["content_type"] == "application/pdf" and f["capture_id"] and f["digest"].startswith("sha256:")
        assert f["size"] > 2000 and f["note"] is None
    assert files["防汛物资清单.pdf"]["url"].endswith("/download.jsp?id=2")  # no extension: kept by Content-Type
    show = json.loads(run_newsvault("show", files["W020240501_1.pdf"]["article"], "--json", "--db", db,
                                    check=True).stdout)
    assert [(a["name"], a["type"], a["text"]) for a in show["attachments"]] == [
        ("W020240501_1.pdf", "application/pdf", "青山市防汛应急预案.pdf")]
    assert {"url", "text", "name", "type", "size", "digest"} <= set(show["attachments"][0])


def test_images_captured_and_the_others_noted(trs_crawl):
    _, db, _, site, live = trs_crawl
    images = query(db, "SELECT * FROM attachments WHERE kind = 'image'")
    captured = [i for i in images if i["capture_id"]]
    assert len(captured) == NOTICES and all(i["content_type"] == "image/png" for i in captured)
    notes = {i["url"].rsplit("/", 1)[1]: i["note"] for i in images if not i["capture_id"]}
    assert notes["secret1.png"] == "not fetched: robots.txt forbids it"
    assert notes["photo1.png"].startswith("not fetched: outside the source's allowed_domains")
    assert not any(p.startswith("/private/") for p in site.paths_requested())   # robots.txt applies to files too
    assert live.paths_requested() == []
    # what the page needs to be seen as it was: its stylesheet and the images it loads
    kinds = {r["kind"]: r["n"] for r in query(db, "SELECT kind, COUNT(*) n FROM captures GROUP BY kind")}
    assert kinds["stylesheet"] == 1 and kinds["image"] >= NOTICES + 2   # + the logo and the CSS background
    assert site.paths_requested().count("/images/logo.png") == 1        # once per run, however many pages show it


def test_every_record_in_the_warc_files_and_requests_ask_for_chinese(trs_crawl):
    tmp, db, _, site, _ = trs_crawl
    warcs = sorted(map(str, (tmp / "warc").glob("*.warc.gz")))
    assert warcs and subprocess.run([WARCIO, "check", *warcs]).returncode == 0
    index = subprocess.run([WARCIO, "index", "-f", "warc-type,warc-target-uri,http:content-type", *warcs],
                           capture_output=True, text=True, check=True).stdout
    responses = {json.loads(line)["warc-target-uri"]: json.loads(line).get("http:content-type")
                 for line in index.splitlines() if '"response"' in line}
    assert sum(t == "application/pdf" for t in responses.values()) == 2
    assert sum(t == "image/png" for t in responses.values()) >= NOTICES + 2
    assert any(u.endswith("/css/main.css") for u in responses)
    assert {h.get("Accept-Language") for _, h in site.requests} == {"zh-CN,zh;q=0.9,en;q=0.5"}


def test_recrawl_does_not_fetch_archived_files_again(trs_crawl):
    tmp, db, _, site, _ = trs_crawl
    before = len(site.requests)
    proc = run_newsvault("crawl", "--config", tmp / "newsvault.toml", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    again = site.paths_requested()[before:]
    assert not any(p.endswith((".png", ".pdf", ".css")) or "download.jsp" in p for p in again)
    assert query(db, "SELECT files_captured FROM runs ORDER BY id DESC LIMIT 1")[0]["files_captured"] == 0


def test_size_limits_list_the_file_without_downloading_it(tmp_path):
    with SiteServer(live_site()) as live, SiteServer(build_trs_site(f"http://localhost:{live.httpd.server_address[1]}")) as site:
        cfg = write_config(tmp_path / "newsvault.toml", [{"name": "gov", "start_urls": [site.url(LISTING)]}],
                           crawl={"attachment_max_size": "3KB"})
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True)
    notes = {r["url"].rsplit("/", 1)[1]: r["note"] for r in query(
        tmp_path / "archive.db", "SELECT url, note FROM attachments WHERE kind = 'file'")}
    assert notes["W020240501_1.pdf"] == "not kept: 5.1 KB, over attachment_max_size (3 KB)"
    assert notes["download.jsp?id=2"] is None                           # 2 KB: under the limit
