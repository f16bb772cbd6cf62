"""Raw captures as WARC: what a crawl writes, what warcio says of it, and `export --format warc`.

One fixture site (the demo site plus a page served gzip-encoded) is crawled twice: the first
crawl writes response records, the second (same bytes, no validators) revisit records.
"""
from __future__ import annotations

import gzip
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.captures import capture_body
from archive.warc import DECODED_FIELD, PROFILE_IDENTICAL, WarcWriter
from core.pages import FetchedPage
from demo.server import SiteServer
from demo.site import LISTING, LISTING_2, Response, build_site
from tests.conftest import query, run_newsvault, write_config

WARCIO = str(Path(sys.executable).with_name("warcio"))
GZIP_PATH = "/info/1001/1050.htm"
GZIP_TITLE = "学校举行2024年新生开学典礼暨军训动员大会"
GZIP_PAGE = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{GZIP_TITLE}</title></head><body>"
             f"<h1>{GZIP_TITLE}</h1><div class='content'><p>9月2日上午，学校在体育场隆重举行2024年新生开学典礼暨军训动员大会，"
             "全体校领导、各学院负责人和6000余名新生参加典礼。</p><p>校长在讲话中勉励新生珍惜大学时光，"
             "勤学笃行，在研究中成长，在实践中成才。</p></div></body></html>").encode()


def fixture_site() -> dict[str, Response]:
    site = build_site()
    page2 = site[LISTING_2]
    page2.body = page2.body.replace(b'<ul class="news-list">', (
        f'<ul class="news-list"><li><a href="{GZIP_PATH}">{GZIP_TITLE}</a><span>2024-09-02</span></li>').encode())
    site[GZIP_PATH] = Response(200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
                               gzip.compress(GZIP_PAGE))
    return site


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """(folder, config, archive) after two crawls of the fixture site."""
    tmp = tmp_path_factory.mktemp("warc")
    with SiteServer(fixture_site()) as server:
        cfg = write_config(tmp / "newsvault.toml", [{"name": "qingshan", "start_urls": [server.url(LISTING)]}],
                           archive={"warc_dir": "raw/warc"})
        for _ in range(2):
            run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
    return tmp, cfg, tmp / "archive.db"


def warc_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.warc.gz"))


def records(path: Path) -> list:
    """(offset, WARC headers, HTTP headers, payload) of every record of a file."""
    out = []
    with open(path, "rb") as f:
        it = ArchiveIterator(f)
        for rec in it:
            payload = rec.raw_stream.read()
            out.append((it.get_record_offset(), rec.rec_headers, rec.http_headers, payload))
    return out


def test_files_live_in_warc_dir_and_pass_warcio_check(crawled):
    tmp, _, _ = crawled
    files = warc_files(tmp)
    assert files and all(f.parent == tmp / "raw" / "warc" for f in files)
    assert all(f.name.startswith("newsvault-qingshan-") for f in files)
    proc = subprocess.run([WARCIO, "check", "-v", *map(str, files)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "digest pass" in proc.stdout and "fail" not in proc.stdout.lower()


def test_warcio_index_lists_a_response_for_every_archived_page(crawled):
    tmp, _, db = crawled
    proc = subprocess.run([WARCIO, "index", "-f", "warc-type,warc-target-uri", *map(str, warc_files(tmp))],
                          capture_output=True, text=True, check=True)
    entries = [json.loads(line) for line in proc.stdout.splitlines()]
    responses = {e["warc-target-uri"] for e in entries if e["warc-type"] == "response"}
    articles = {r["url"] for r in query(db, "SELECT url FROM articles")}
    assert len(articles) == 13 and articles <= responses
    assert sum(e["warc-type"] == "request" for e in entries) == sum(e["warc-type"] in ("response", "revisit")
                                                                    for e in entries)


def test_every_capture_points_at_its_record(crawled):
    tmp, _, db = crawled
    by_file = {}
    for c in query(db, "SELECT * FROM captures"):
        if c["warc_file"] not in by_file:
            by_file[c["warc_file"]] = {off: (w, h) for off, w, h, _ in records(db.parent / c["warc_file"])}
        warc, http = by_file[c["warc_file"]][c["warc_offset"]]
        assert warc.get_header("WARC-Record-ID") == c["warc_record_id"]
        assert warc.get_header("WARC-Target-URI") == c["final_url"]
        assert warc.get_header("WARC-Type") == ("revisit" if c["refers_to"] else "response")
        assert int(http.get_statuscode()) == c["status"]
        # the length covers the response/revisit record and its request record
        following = sorted(o for o in by_file[c["warc_file"]] if o > c["warc_offset"])
        after = following[1] if len(following) > 1 else (db.parent / c["warc_file"]).stat().st_size
        assert c["warc_offset"] + c["warc_length"] == after


def test_decoded_body_is_recorded_honestly(crawled):
    tmp, _, db = crawled
    cap = query(db, "SELECT * FROM captures WHERE final_url LIKE ? AND refers_to IS NULL", f"%{GZIP_PATH}")[0]
    assert ["Content-Encoding", "gzip"] in json.loads(cap["headers"])  # the row keeps what the server sent
    recs = {off: (w, h, p) for off, w, h, p in records(db.parent / cap["warc_file"])}
    warc, http, payload = recs[cap["warc_offset"]]
    assert payload == GZIP_PAGE                                       # the body as we hold it, decoded
    assert http.get_header("Content-Encoding") is None
    assert http.get_header("Content-Length") == str(len(GZIP_PAGE))
    note = warc.get_header(DECODED_FIELD)
    assert "Content-Encoding: gzip removed" in note and "Content-Length" in note
    title = query(db, "SELECT title FROM articles WHERE url LIKE ?", f"%{GZIP_PATH}")[0]["title"]
    assert title == GZIP_TITLE


def test_request_record_says_what_was_sent(crawled):
    tmp, _, db = crawled
    cap = query(db, "SELECT * FROM captures WHERE final_url LIKE '%1001.htm' ORDER BY id LIMIT 1")[0]
    recs = records(db.parent / cap["warc_file"])
    i = next(i for i, r in enumerate(recs) if r[0] == cap["warc_offset"])
    warc, http = recs[i + 1][1], recs[i + 1][2]
    assert warc.get_header("WARC-Type") == "request"
    assert warc.get_header("WARC-Concurrent-To") == cap["warc_record_id"]
    assert http.protocol == "GET" and http.statusline.startswith("/info/1001/1001.htm")
    assert http.get_header("User-Agent").startswith("newsvault-test/")
    assert http.get_header("Host").startswith("127.0.0.1:")


def test_unchanged_pages_are_revisits_pointing_at_the_first_response(crawled):
    tmp, _, db = crawled
    second = query(db, "SELECT * FROM captures WHERE run_id = 2 AND kind = 'article'")
    assert len(second) == 13 and all(c["refers_to"] for c in second)
    # the listing pages are kept too, and an unchanged one is a revisit as well
    listings = query(db, "SELECT * FROM captures WHERE run_id = 2 AND kind = 'listing'")
    assert listings and all(c["refers_to"] for c in listings)
    c = second[0]
    first = query(db, "SELECT * FROM captures WHERE id = ?", c["refers_to"])[0]
    warc = next(w for off, w, _, _ in records(db.parent / c["warc_file"]) if off == c["warc_offset"])
    assert warc.get_header("WARC-Profile") == PROFILE_IDENTICAL
    assert warc.get_header("WARC-Refers-To") == first["warc_record_id"]
    assert warc.get_header("WARC-Refers-To-Target-URI") == first["final_url"]
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        assert capture_body(conn, c["id"]) == capture_body(conn, first["id"])  # the bytes read back through it


def test_export_warc_writes_one_valid_file(crawled):
    tmp, cfg, db = crawled
    out = tmp / "export" / "qingshan.warc.gz"
    out.parent.mkdir()
    proc = run_newsvault("export", "--format", "warc", "--source", "qingshan", "--since", "2000-01-01",
                         "--output", out, "--db", db, check=True)
    n = query(db, "SELECT COUNT(*) n FROM captures WHERE source_name = 'qingshan'")[0]["n"]
    assert f"exported {n} captures" in proc.stderr
    assert subprocess.run([WARCIO, "check", str(out)]).returncode == 0
    recs = records(out)
    assert recs[0][1].get_header("WARC-Type") == "warcinfo"
    responses = {w.get_header("WARC-Target-URI") for _, w, _, _ in recs if w.get_header("WARC-Type") == "response"}
    assert {r["url"] for r in query(db, "SELECT url FROM articles")} <= responses


def test_export_warc_of_later_captures_carries_the_records_they_revisit(crawled, tmp_path):
    _, _, db = crawled
    out = tmp_path / "later.warc.gz"
    second_day = query(db, "SELECT MIN(fetched_at) t FROM captures WHERE run_id = 2")[0]["t"][:10]
    run_newsvault("export", "--format", "warc", "--since", second_day, "-o", out, "--db", db, check=True)
    types = [w.get_header("WARC-Type") for _, w, _, _ in records(out)]
    assert types.count("revisit") >= 13 and types.count("response") >= 13  # a revisit never travels alone
    assert subprocess.run([WARCIO, "check", str(out)]).returncode == 0


def test_export_warc_filters_and_errors(crawled, tmp_path):
    _, _, db = crawled
    out = tmp_path / "none.warc.gz"
    proc = run_newsvault("export", "--format", "warc", "--since", "2999-01-01", "-o", out, "--db", db, check=True)
    assert "exported 0 captures" in proc.stderr and out.exists()
    proc = run_newsvault("export", "--format", "warc", "--db", db)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "--output" in proc.stderr
    assert not list(tmp_path.glob("*.part"))


def page(n: int, body: bytes) -> FetchedPage:
    return FetchedPage(source_name="s", url=f"http://127.0.0.1/info/{n}.htm", final_url=f"http://127.0.0.1/info/{n}.htm",
                       status=200, headers=[("Content-Type", "text/html")], body=body,
                       fetched_at="2024-05-09T02:00:00+00:00", request_headers=[("User-Agent", "t")])


def test_files_rotate_before_they_pass_the_size_limit(tmp_path):
    writer = WarcWriter(tmp_path / "warc", tmp_path, "newsvault-s", max_bytes=20_000)
    rnd = random.Random(4)  # text that does not compress away, so that files fill up
    bodies = [("<html><body>" + "".join(f"<p>{rnd.getrandbits(256):x}</p>" for _ in range(60)) + "</body></html>").encode()
              for _ in range(12)]
    locations = [writer.write_response(page(n, b)) for n, b in enumerate(bodies)]
    writer.close()
    files = warc_files(tmp_path)
    assert len(files) > 1
    assert all(f.stat().st_size <= 20_000 for f in files)
    assert subprocess.run([WARCIO, "check", *map(str, files)]).returncode == 0
    for n, loc in enumerate(locations):  # each fetch is whole in one file, found where the row says
        recs = {off: p for off, _, _, p in records(tmp_path / loc.file)}
        assert recs[loc.offset] == bodies[n]
