"""What only a PostgreSQL archive has: the migration twins, the SQL rewrite, `archive copy`, the
connection's guards (read-only readers, one-line errors), WARC files named for a cluster, and the
scheduler's lock across hosts. (Everything both backends share runs on both elsewhere: search,
versions, re-checks, reprocess.)"""
from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import migrations
from archive.copy import copy_archive, verify
from archive.db import connect, open_raw
from archive.migrations import postgres as pg_migrations
from archive.postgres_sql import translate
from archive.sqlite import transaction
from archive.store import ArchiveStore
from core.errors import ArchiveError
from core.pages import FetchedPage
from scraper.clean.article import Article
from tests.conftest import POSTGRES, fresh_archive, query, run_newsvault, write_config


def test_every_migration_has_its_postgresql_twin():
    """A migration added for SQLite needs one for PostgreSQL, with the same number and name."""
    assert [(m.id, m.name) for m in migrations.MIGRATIONS] == [(m.id, m.name) for m in pg_migrations.MIGRATIONS]


@pytest.mark.parametrize("sqlite_sql, postgres_sql", [
    ("INSERT OR IGNORE INTO sources (name, first_seen) VALUES (?, ?)",
     "INSERT INTO sources (name, first_seen) VALUES (%s, %s) ON CONFLICT DO NOTHING"),
    ("INSERT OR REPLACE INTO archive_meta (key, value) VALUES ('t', ?)",
     "INSERT INTO archive_meta (key, value) VALUES ('t', %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
    ("INSERT INTO runs (source, trigger) VALUES (?, ?)", "INSERT INTO runs (source, trigger) VALUES (%s, %s) RETURNING id"),
    ("SELECT COUNT(*) FROM articles INDEXED BY articles_search_filters WHERE x = ?",
     "SELECT COUNT(*) FROM articles WHERE x = %s"),
    ("UPDATE a SET h=MAX(COALESCE(h, ''), last_seen), m=(SELECT MAX(id) FROM c) WHERE t LIKE '%?%'",
     "UPDATE a SET h=GREATEST(COALESCE(h, ''), last_seen), m=(SELECT MAX(id) FROM c) WHERE t LIKE '%%?%%'"),
    ("UPDATE articles SET x=CASE WHEN hijacked THEN ? ELSE x END", "UPDATE articles SET x=CASE WHEN hijacked <> 0 THEN %s ELSE x END"),
])
def test_sqlite_idioms_get_their_postgresql_spelling(sqlite_sql, postgres_sql):
    assert translate(sqlite_sql).sql == postgres_sql


@pytest.fixture
def pg(request, tmp_path_factory):
    return fresh_archive(POSTGRES, request, tmp_path_factory, "pg")


def page(url: str, body: str = "<html>页面</html>") -> FetchedPage:
    return FetchedPage("s", url, url, 200, [("Content-Type", "text/html")], body.encode(), "2024-05-09T02:00:00+00:00")


def test_readers_are_read_only_and_an_empty_database_is_no_archive(pg, tmp_path):
    with pytest.raises(ArchiveError, match="no newsvault archive in this database yet"):
        connect(pg, readonly=True)
    with ArchiveStore(pg, warc_dir=tmp_path) as store:
        store.record_page(None, "s", page("https://x.cn/1"), Article(title="标题", text="正文"))
    with connect(pg, readonly=True) as conn, pytest.raises(sqlite3.OperationalError, match="read-only"):
        conn.execute("DELETE FROM articles")


def test_cli_errors_are_one_line(pg):
    proc = run_newsvault("search", "研究", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "cannot connect to PostgreSQL" in proc.stderr
    proc = run_newsvault("show", "1", "--db", pg)
    assert proc.returncode == 1 and "no newsvault archive in this database yet" in proc.stderr
    up = run_newsvault("upgrade", "--db", pg, check=True)
    assert "migration 1: core tables" in up.stderr and up.stdout.strip().endswith("up to date")
    assert run_newsvault("upgrade", "--db", pg, check=True).stdout.strip().endswith("up to date")


def test_warc_files_carry_the_host_and_captures_name_them_from_the_warc_folder(pg, tmp_path):
    warc = tmp_path / "shared-warc"
    with ArchiveStore(pg, warc_dir=warc) as store:
        store.record_page(None, "s", page("https://x.cn/1", "<html>第一版</html>"), Article(title="标题", text="正文"))
    files = list(warc.glob("*.warc.gz"))
    assert len(files) == 1 and files[0].name.startswith(f"newsvault-s-{socket.gethostname()}-")
    assert [r["warc_file"] for r in query(pg, "SELECT warc_file FROM captures")] == [files[0].name]
    out = tmp_path / "export.warc.gz"  # another host mounts the folder elsewhere: NEWSVAULT_WARC_DIR
    mount = tmp_path / "mnt"
    mount.symlink_to(warc)
    run_newsvault("export", "--format", "warc", "--db", pg, "-o", out, env={"NEWSVAULT_WARC_DIR": str(mount)},
                  check=True)
    with open(out, "rb") as f:
        payloads = [r.content_stream().read() for r in ArchiveIterator(f) if r.rec_type == "response"]
    assert payloads == ["<html>第一版</html>".encode()]


def _sqlite_archive(folder: Path, n: int) -> Path:
    db = folder / "archive.db"
    with ArchiveStore(db) as store:
        run = store.start_run("s")
        for i in range(n):
            store.record_page(run, "s", page(f"https://x.cn/{i}", f"<html>第{i}页</html>"),
                              Article(title=f"第{i}号通知", text=f"关于第{i}项工作的通知。研究生院"))
        store.record_failure(run, "https://x.cn/broken", "http", 500, "HTTP 500")
    return db


def test_archive_copy_resumes_after_an_interruption_and_verifies(pg, tmp_path, monkeypatch):
    import archive.copy as copy_module

    db = _sqlite_archive(tmp_path, 23)
    monkeypatch.setattr(copy_module, "BATCH", 5)
    calls = []

    def interrupted(table: str, done: int, total: int, rate: float) -> None:
        calls.append(table)
        if table == "articles" and done >= 10:
            raise KeyboardInterrupt  # Ctrl-C (or a lost connection) in the middle of the articles

    with connect(db, readonly=True) as src, open_raw(pg) as dst:
        with ArchiveStore(pg):  # the copy's target is a migrated archive
            pass
        with pytest.raises(KeyboardInterrupt):
            copy_archive(src, dst, str(db), tmp_path / "warc", interrupted)
    assert query(pg, "SELECT count(*) FROM articles")[0][0] == 10  # whole batches only
    proc = run_newsvault("archive", "copy", "--db", db, "--to", pg, "--warc-dir", tmp_path / "warc", check=True)
    assert "verified" in proc.stdout and "(copied now: 13)" in proc.stdout
    assert query(pg, "SELECT count(*) FROM articles")[0][0] == 23
    hits = json.loads(run_newsvault("search", "研究生院", "--json", "--db", pg, check=True).stdout)
    assert len(hits) == 20  # indexed as they were copied (a page of 20)
    with ArchiveStore(pg) as store:  # the ids go on after the copied ones
        assert store.record_page(None, "s", page("https://x.cn/new"), Article(title="新", text="新的")) == "new"
    assert query(pg, "SELECT max(id) FROM articles")[0][0] == 24


def test_archive_copy_refuses_another_archive_and_verification_catches_a_difference(pg, tmp_path):
    db = _sqlite_archive(tmp_path, 3)
    run_newsvault("archive", "copy", "--db", db, "--to", pg, check=True)
    elsewhere = tmp_path / "b"
    elsewhere.mkdir()
    proc = run_newsvault("archive", "copy", "--db", _sqlite_archive(elsewhere, 2), "--to", pg)
    assert proc.returncode == 1 and "is a copy of" in proc.stderr
    with open_raw(pg) as conn, transaction(conn):
        conn.execute("UPDATE articles SET title = '改过' WHERE id = 2")
    with connect(db, readonly=True) as src, open_raw(pg) as dst, pytest.raises(ArchiveError, match="articles: the rows differ"):
        verify(src, dst, tmp_path / "warc")


def test_one_scheduler_per_archive_on_any_host(pg, tmp_path):
    from scheduler import CrawlService
    from scraper.sources import load_config

    cfg = load_config(write_config(tmp_path / "newsvault.toml", [], archive={"url": pg}))
    first, second = CrawlService(cfg, pg), CrawlService(cfg, pg)
    first._lock_archive()
    try:
        with pytest.raises(ArchiveError, match="another newsvault scheduler is running on this archive"):
            second._lock_archive()
    finally:
        first._pg_lock.close()


def test_site_profiles_hijack_flags_and_cloak_checks_on_postgresql(pg, tmp_path, request, tmp_path_factory):
    """Issue 11's part of the archive over PostgreSQL: a crawl with cloak_check stores the same
    checks, hijack flag and site profile as on SQLite; the first profile is built from the WARC
    bytes when none is stored; `archive copy` carries profiles and checks."""
    from archive.backend import configured_warc_dir, set_warc_dir
    from archive.hijacks import hijack_state
    from archive.profiles import earlier_profile, load_profile, stored_profiles
    from tests.test_cloak_check import SITE, CloakingServer

    lite_dir = tmp_path / "sqlite"
    lite_dir.mkdir()
    with CloakingServer(SITE) as server:
        src = {"name": "xueyuan", "start_urls": [server.url("/c/list.htm")], "article_pattern": r"\d+\.htm$",
               "cloak_check": True, "cloak_check_sample": 10}
        run_newsvault("crawl", "--config", write_config(lite_dir / "newsvault.toml", [src]), cwd=lite_dir, check=True)
        cfg = write_config(tmp_path / "pg.toml", [src], archive={"url": pg, "warc_dir": str(tmp_path / "pg-warc")})
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True)
    lite = lite_dir / "archive.db"

    def checks(db):
        return sorted((r["url"].split("/", 3)[3], r["status"], r["findings"], bool(r["warc_file"]))
                      for r in query(db, "SELECT * FROM cloak_checks"))

    assert len(checks(pg)) == 4 and checks(pg) == checks(lite)
    health = query(pg, "SELECT health FROM runs")[0]["health"]
    assert health == query(lite, "SELECT health FROM runs")[0]["health"] and health.endswith(": 3 pages")
    before = configured_warc_dir()
    set_warc_dir(tmp_path / "pg-warc")  # this host's WARC folder, as the CLI sets it
    try:
        with connect(pg, readonly=True) as conn, connect(lite, readonly=True) as lconn:
            assert list(stored_profiles(conn)) == ["xueyuan"]
            on_pg, on_lite = load_profile(conn, "xueyuan"), load_profile(lconn, "xueyuan")
            assert on_pg is not None and on_lite is not None
            assert (on_pg.pages, sorted(on_pg.spam_strings)) == (on_lite.pages, sorted(on_lite.spam_strings))
            state, lstate = hijack_state(conn, "xueyuan"), hijack_state(lconn, "xueyuan")
            assert state is not None and lstate is not None
            assert (state.pages, sorted(state.urls)) == (lstate.pages, sorted(lstate.urls)) and state.pages == 3
        with open_raw(pg) as conn:
            with transaction(conn):
                conn.execute("DELETE FROM source_profiles")
            assert load_profile(conn, "xueyuan") is None
            assert earlier_profile(conn, "xueyuan").pages >= 1  # built from the clean captures' WARC records
    finally:
        set_warc_dir(before)
    target = fresh_archive(POSTGRES, request, tmp_path_factory, "pgcopy")
    proc = run_newsvault("archive", "copy", "--db", lite, "--to", target, "--warc-dir", lite_dir / "warc", check=True)
    assert "verified" in proc.stdout
    assert checks(target) == checks(lite)
    profiles = "SELECT source, pages, profile FROM source_profiles"
    assert [tuple(r) for r in query(target, profiles)] == [tuple(r) for r in query(lite, profiles)]
