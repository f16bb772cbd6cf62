"""An archive made by the first schema (bytes in `blobs`, no WARC, no status) upgrades in place
and everything reads it; and the archive's one-writer, many-readers behaviour under load."""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.captures import capture_body
from archive.migrations import MIGRATIONS, migrate
from archive.sqlite import connect, transaction
from archive.store import ArchiveStore, content_hash, findings_json
from demo.server import SiteServer
from demo.site import LISTING, build_site
from scraper.clean import clean_page
from tests.conftest import query, run_newsvault, write_config

WARCIO = str(Path(sys.executable).with_name("warcio"))
OLD_PAGES = ("/info/1001/1001.htm", "/a/xinwen/2024/0322/1005.html")  # a hijacked page, a GBK page
AT = "2024-05-09T02:00:00+00:00"


def make_v1_archive(path: Path, base_url: str) -> None:
    """Two articles written as migration 1's store wrote them: zlib blobs, captures, one version each."""
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:1]) == [1]
    site = build_site()
    with transaction(conn):
        conn.execute("INSERT INTO sources (name, first_seen) VALUES ('qingshan', ?)", (AT,))
        run = conn.execute("INSERT INTO runs (source, started_at, finished_at, status, articles_new) "
                           "VALUES ('qingshan', ?, ?, 'ok', 2)", (AT, AT)).lastrowid
        for i, path_ in enumerate(OLD_PAGES):
            url, resp = base_url + path_, site[path_]
            headers = [*resp.headers.items(), ("ETag", f'"old-{i}"')]
            body = resp.body
            article = clean_page(body, url, dict(headers))
            body_hash = hashlib.sha256(body).hexdigest()
            conn.execute("INSERT INTO blobs (hash, size, data) VALUES (?, ?, ?)",
                         (body_hash, len(body), zlib.compress(body)))
            cap = conn.execute("INSERT INTO captures (run_id, source_name, url, final_url, status, headers, "
                               "fetched_at, content_hash) VALUES (?, 'qingshan', ?, ?, 200, ?, ?, ?)",
                               (run, url, url, json.dumps(headers), AT, body_hash)).lastrowid
            chash, findings = content_hash(article), findings_json(article)
            aid = conn.execute(
                "INSERT INTO articles (url, source_name, title, published, author, source, text, language, hijacked, "
                "findings, content_hash, version, capture_id, first_seen, last_seen, hijack_first_seen, "
                "hijack_last_seen) VALUES (?, 'qingshan', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                (url, article.title, article.published, article.author, article.source, article.text,
                 article.language, int(article.hijacked), findings, chash, cap, AT, AT,
                 AT if article.hijacked else None, AT if article.hijacked else None)).lastrowid
            conn.execute("INSERT INTO article_versions (article_id, version, capture_id, captured_at, title, published, "
                         "author, source, text, language, hijacked, findings, content_hash) "
                         "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (aid, cap, AT, article.title, article.published, article.author, article.source,
                          article.text, article.language, int(article.hijacked), findings, chash))
            for a in article.attachments:
                conn.execute("INSERT INTO attachments (article_id, url, text) VALUES (?, ?, ?)", (aid, a.url, a.text))
    conn.close()


@pytest.fixture(scope="module")
def server():
    with SiteServer(build_site()) as s:
        yield s


@pytest.fixture
def old_db(tmp_path, server):
    db = tmp_path / "old" / "archive.db"
    make_v1_archive(db, server.base_url)
    return db


def test_old_archive_migrates_in_place(old_db):
    conn = sqlite3.connect(old_db, isolation_level=None)
    conn.row_factory = sqlite3.Row
    before = [dict(r) for r in conn.execute("SELECT id, url, final_url, content_hash FROM captures")]
    assert migrate(conn) == [m.id for m in MIGRATIONS if m.id != 1]
    assert [r[0] for r in conn.execute("SELECT id FROM schema_migrations ORDER BY id")] == [m.id for m in MIGRATIONS]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    after = conn.execute("SELECT id, url, final_url, content_hash, warc_file FROM captures").fetchall()
    assert [{k: r[k] for k in before[0]} for r in after] == before and all(r["warc_file"] is None for r in after)
    for i, a in enumerate(conn.execute("SELECT * FROM articles ORDER BY id")):
        assert (a["status"], a["gone_since"], a["last_checked"]) == ("live", None, a["last_seen"])
        assert a["etag"] == f'"old-{i}"'  # the validators come from the last capture's headers
    assert conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 2  # the old bytes stay where they are
    assert migrate(conn) == []  # idempotent
    conn.close()


def test_readers_refuse_an_old_archive_until_upgrade_then_read_it(old_db):
    before = old_db.read_bytes()
    refused = run_newsvault("show", "1", "--json", "--db", old_db)
    assert refused.returncode == 1 and "newsvault upgrade" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert old_db.read_bytes() == before  # readers never write
    upgraded = run_newsvault("upgrade", "--db", old_db, check=True)
    assert "migration 2" in upgraded.stderr and "up to date" in upgraded.stdout
    data = json.loads(run_newsvault("show", "1", "--json", "--db", old_db, check=True).stdout)
    assert data["status"] == "live" and data["hijacked"] is True and data["versions"][0]["version"] == 1
    assert not any(b in data["title"] for b in ("金宝搏", "葡京"))
    rows = run_newsvault("export", "--format", "jsonl", "--db", old_db, check=True).stdout.splitlines()
    assert len(rows) == 2 and all(json.loads(r)["status"] == "live" for r in rows)
    assert query(old_db, "SELECT MAX(id) v FROM schema_migrations")[0]["v"] == max(m.id for m in MIGRATIONS)
    hits = json.loads(run_newsvault("search", "双选会", "--json", "--db", old_db, check=True).stdout)
    assert [h["id"] for h in hits] == [2]


def test_old_captures_export_as_warc_and_reprocess_from_blobs(old_db, tmp_path):
    out = tmp_path / "old.warc.gz"
    run_newsvault("upgrade", "--db", old_db, check=True)
    proc = run_newsvault("export", "--format", "warc", "-o", out, "--db", old_db, check=True)
    assert "exported 2 captures" in proc.stderr
    assert subprocess.run([WARCIO, "check", str(out)]).returncode == 0
    site = build_site()
    with open(out, "rb") as f:
        responses = [(r.rec_headers, r.http_headers, r.raw_stream.read()) for r in ArchiveIterator(f)
                     if r.rec_type == "response"]
    assert [p for _, _, p in responses] == [site[p].body for p in OLD_PAGES]
    assert all("blob store" in w.get_header("Newsvault-Reconstructed") for w, _, _ in responses)
    assert responses[1][1].get_header("Content-Type") == "text/html; charset=gbk"
    proc = run_newsvault("reprocess", "--db", old_db, "--workers", "0", check=True)
    assert proc.stdout.splitlines()[1].split()[1:] == ["2", "0", "0", "2", "0", "0"]


def test_crawl_continues_a_migrated_archive(old_db, server):
    folder = old_db.parent
    cfg = write_config(folder / "newsvault.toml", [{"name": "qingshan", "start_urls": [server.url(LISTING)]}])
    run_newsvault("crawl", "--config", cfg, cwd=folder, check=True)
    rows = {r["url"].split("/", 3)[3]: r for r in query(old_db, "SELECT * FROM articles")}
    assert len(rows) == 12
    assert all(rows[p.lstrip("/")]["version"] == 1 for p in OLD_PAGES)  # the old articles: unchanged
    # their new captures are whole response records (the old bytes are in no WARC file to refer to)
    new = query(old_db, "SELECT * FROM captures WHERE final_url LIKE ? ORDER BY id", f"%{OLD_PAGES[1]}")
    assert new[0]["warc_file"] is None and new[1]["warc_file"] and new[1]["refers_to"] is None
    with sqlite3.connect(old_db) as conn:
        conn.row_factory = sqlite3.Row
        assert capture_body(conn, new[0]["id"]) == capture_body(conn, new[1]["id"]) == build_site()[OLD_PAGES[1]].body


# -- one writer, many readers ----------------------------------------------------------------------


def test_a_reader_never_blocks_the_writer(old_db):
    reader = connect(old_db, readonly=True)
    reader.execute("BEGIN")
    before = reader.execute("SELECT COUNT(*) FROM fetch_failures").fetchone()[0]
    with ArchiveStore(old_db) as store:  # writes while the reader's snapshot is open
        store.record_failure(None, "http://127.0.0.1/x.htm", "http", 404, "HTTP 404")
    assert reader.execute("SELECT COUNT(*) FROM fetch_failures").fetchone()[0] == before  # its snapshot
    reader.execute("COMMIT")
    assert reader.execute("SELECT COUNT(*) FROM fetch_failures").fetchone()[0] == before + 1
    reader.close()


def test_a_second_writer_waits_for_the_first_instead_of_failing(old_db):
    first = ArchiveStore(old_db)
    holding, release = threading.Event(), threading.Event()

    def long_write():
        with transaction(first.conn):
            first.conn.execute("INSERT INTO fetch_failures (url, kind, error, at) VALUES ('first', 'http', 'x', 'now')")
            holding.set()
            release.wait(10)

    t = threading.Thread(target=long_write)
    t.start()
    holding.wait(10)
    with ArchiveStore(old_db) as second:
        timer = threading.Timer(0.3, release.set)  # the first writer commits while the second waits
        timer.start()
        second.record_failure(None, "second", "http", 404, "HTTP 404")
    t.join()
    first.close()
    order = [r["url"] for r in query(old_db, "SELECT url FROM fetch_failures ORDER BY id")]
    assert order[-2:] == ["first", "second"]


def test_an_archive_from_a_newer_newsvault_is_refused_by_writers(old_db, tmp_path):
    copy = tmp_path / "newer.db"
    shutil.copy(old_db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, 'future', 'x')")
    proc = run_newsvault("reprocess", "--db", copy)
    assert proc.returncode == 1 and "newer than this newsvault" in proc.stderr and proc.stderr.count("\n") == 1
