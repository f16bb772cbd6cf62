"""Each subcommand as a user runs it: on an archive made by crawling the demo site for real."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from demo.server import SiteServer
from demo.site import LISTING, build_site
from tests.conftest import query, run_newsvault, write_config

SPAM = ("金宝搏", "葡京", "九游会", "华体会", "天博", "百家乐", "鸿运国际")
ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\+08:00)?$")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    with SiteServer(build_site()) as server:
        cfg = write_config(tmp / "newsvault.toml", [{"name": "qingshan", "start_urls": [server.url(LISTING)]}])
        run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
    return tmp, cfg, tmp / "archive.db"


def test_every_subcommand_has_help_with_an_example():
    top = run_newsvault("--help", check=True).stdout
    commands = re.findall(r"^  (\w[\w-]*)\s", top.split("Commands:")[1], re.M)
    assert {"crawl", "search", "show", "export", "sources", "demo", "extract"} <= set(commands)
    for name in commands:
        out = run_newsvault(name, "--help", check=True).stdout
        assert "Example" in out, name
        assert "--config" in out and "--db" in out, name


def test_show_by_id_and_url(archive):
    tmp, cfg, db = archive
    row = query(db, "SELECT id, url FROM articles WHERE url LIKE '%1001.htm'")[0]
    text = run_newsvault("show", row["id"], "--db", db, check=True).stdout
    assert text.startswith(f"#{row['id']}  我为群众办实事")
    assert re.search(r"Hijacked:\s+yes", text) and "Findings (removed as injected), by kind:" in text
    data = json.loads(run_newsvault("show", row["url"], "--json", "--config", cfg, cwd=tmp, check=True).stdout)
    assert data["id"] == row["id"] and data["hijacked"] is True
    assert data["findings"] and all({"kind", "where", "evidence"} <= set(f) for f in data["findings"])
    assert not any(b in data["title"] + data["text"] + (data["source"] or "") for b in SPAM)
    assert data["versions"][0]["version"] == 1


def test_show_unknown_article_is_one_line_exit_2(archive):
    _, _, db = archive
    proc = run_newsvault("show", "99999", "--db", db)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "no article" in proc.stderr


def test_export_jsonl_fields_and_dates(archive):
    tmp, cfg, db = archive
    out = tmp / "out.jsonl"
    run_newsvault("export", "--format", "jsonl", "--output", out, "--db", db, check=True)
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 12
    for r in rows:
        assert {"id", "url", "source_name", "title", "published", "author", "source", "text", "language",
                "hijacked", "findings", "first_seen", "last_seen"} <= set(r)
        assert r["source_name"] == "qingshan"
        assert ISO_DATE.match(r["published"]), r["published"]
    by_id = {r["url"].rsplit("/", 1)[1]: r for r in rows}
    assert by_id["1011.htm"]["published"] == "2024-05-09T15:20:00+08:00"   # page gives a time
    assert by_id["1003.htm"]["published"] == "2023-10-30"                  # page gives a date only
    assert by_id["1003.htm"]["author"] == "刘洋" and by_id["1003.htm"]["source"] == "团委"
    assert by_id["1009.htm"]["language"] == "en"


def test_export_csv_with_bom_and_filters(archive):
    tmp, _, db = archive
    proc = run_newsvault("export", "--format", "csv", "--bom", "--since", "2024-01-01", "--source", "qingshan",
                         "--db", db, check=True)
    assert proc.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(proc.stdout.lstrip("\ufeff"))))
    assert rows and all(r["published"] >= "2024-01-01" for r in rows)
    assert len(rows) < 12
    assert all(isinstance(json.loads(r["findings"]), list) for r in rows)
    bad = run_newsvault("export", "--since", "yesterday", "--db", db)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "yesterday" in bad.stderr


def test_sources_lists_last_run_and_counts(archive):
    tmp, cfg, _ = archive
    text = run_newsvault("sources", "--config", cfg, cwd=tmp, check=True).stdout
    line = next(line for line in text.splitlines() if line.startswith("qingshan"))
    assert " 12 " in line and " ok " in line
    data = json.loads(run_newsvault("sources", "--json", "--config", cfg, cwd=tmp, check=True).stdout)
    assert data[0]["articles"] == 12 and data[0]["last_run"]["status"] == "ok"


def test_missing_archive_is_one_line(tmp_path):
    proc = run_newsvault("show", "1", "--db", tmp_path / "none.db")
    assert proc.returncode == 1 and "no archive here" in proc.stderr and proc.stderr.count("\n") == 1
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    proc = run_newsvault("show", "1", "--db", junk)
    assert proc.returncode == 1 and "not an SQLite archive" in proc.stderr


def test_demo_crawls_and_searches_without_spam_titles(tmp_path):
    proc = run_newsvault("demo", "--dir", tmp_path / "demo", cwd=tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert re.search(r"qingshan-news\s+1\s+ok\s+\d+\s+12\s", out)
    assert "$ newsvault search 研究" in out
    hits = re.findall(r"^  #\d+\s+(\S+)\s+(.+)$", out, re.M)
    assert len(hits) >= 3
    titles = [t for _, t in hits]
    assert "学校召开2024年第十二次校长办公会议" in titles
    assert any("乡村振兴" in t for t in titles)
    assert not any(b in t for t in titles for b in SPAM)
    assert (tmp_path / "demo" / "archive.db").exists()
