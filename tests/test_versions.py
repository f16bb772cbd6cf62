"""Versions and deletions across re-crawls: a page edited, pages deleted (404/410), one coming back.

The fixture crawls one site four times, changing it in between:
  crawl 1  the demo site as it is
  crawl 2  EDITED's second paragraph is rewritten
  crawl 3  GONE answers 404, RETURNS answers 410
  crawl 4  GONE still 404, RETURNS is back (same page as before)
and keeps what `show --json` says of each article after each crawl. On both backends: an SQLite
file and a PostgreSQL database.
"""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from archive.articles import get_article
from archive.db import open_raw
from demo.server import SiteServer
from demo.site import LISTING, Response, build_site, load_articles
from tests.conftest import BACKENDS, POSTGRES, fresh_archive, query, run_newsvault, write_config

ARTICLES = {a.id: a for a in load_articles()}
EDITED, GONE, RETURNS, STILL = ARTICLES[1002], ARTICLES[1007], ARTICLES[1009], ARTICLES[1011]
OLD_SENTENCE = EDITED.paragraphs[1]
NEW_SENTENCE = "会议还审议通过了《学校科研经费管理办法（修订）》，要求各单位严格执行，确保经费使用规范高效。"
NOT_FOUND = Response(404, {"Content-Type": "text/html; charset=utf-8"}, "<h1>页面不存在</h1>".encode())
GONE_410 = Response(410, {"Content-Type": "text/html; charset=utf-8"}, "<h1>该信息已删除</h1>".encode())


def snapshot(db) -> dict[int, dict]:
    conn = open_raw(db, readonly=True)
    try:
        return {a.id: get_article(conn, _url(db, a.path)) for a in (EDITED, GONE, RETURNS, STILL)}
    finally:
        conn.close()


def _url(db, path: str) -> str:
    return query(db, "SELECT url FROM articles WHERE url LIKE ?", f"%{path}")[0]["url"]


@pytest.fixture(scope="module", params=BACKENDS)
def history(request, tmp_path_factory):
    """(folder, archive, [snapshot after crawl n], [crawl n's stdout])."""
    tmp = tmp_path_factory.mktemp("versions")
    db = fresh_archive(request.param, request, tmp_path_factory, "versions") if request.param == POSTGRES \
        else tmp / "archive.db"
    archive = {"url": db} if request.param == POSTGRES else {}
    site = build_site()
    original = {a.path: site[a.path] for a in (EDITED, GONE, RETURNS)}
    snapshots, outputs = [], []
    with SiteServer(site) as server:
        cfg = write_config(tmp / "newsvault.toml", [{"name": "qingshan", "start_urls": [server.url(LISTING)]}],
                           archive=archive)
        changes = [
            {},
            {EDITED.path: Response(200, original[EDITED.path].headers, original[EDITED.path].body.replace(
                OLD_SENTENCE.encode(), NEW_SENTENCE.encode()))},
            {GONE.path: NOT_FOUND, RETURNS.path: GONE_410},
            {RETURNS.path: original[RETURNS.path]},
        ]
        for change in changes:
            server.site.update(change)
            proc = run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
            outputs.append(proc.stdout)
            snapshots.append(snapshot(db))
    return tmp, db, snapshots, outputs


def summary_row(stdout: str) -> dict:
    lines = stdout.splitlines()
    head = lines[0].split()
    return dict(zip(head, lines[1].split()))


def test_edited_page_gets_a_new_version_beside_the_old(history):
    _, db, snaps, outs = history
    before, after = snaps[0][EDITED.id], snaps[1][EDITED.id]
    assert before["version"] == 1 and after["version"] == 2
    assert NEW_SENTENCE in after["text"] and OLD_SENTENCE not in after["text"]
    v1, v2 = query(db, "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version", after["id"])
    assert OLD_SENTENCE in v1["text"] and NEW_SENTENCE in v2["text"]  # the old text is kept, not overwritten
    assert summary_row(outs[1])["changed"] == "1" and summary_row(outs[1])["new"] == "0"


def test_unchanged_page_only_moves_last_seen(history):
    _, db, snaps, _ = history
    first, last = snaps[0][STILL.id], snaps[3][STILL.id]
    assert last["version"] == 1 and len(last["versions"]) == 1
    assert last["first_seen"] == first["first_seen"] and last["last_seen"] >= first["last_seen"]
    assert last["text"] == first["text"]


def test_deleted_page_is_marked_gone_and_keeps_its_text(history):
    _, db, snaps, outs = history
    live, gone = snaps[1][GONE.id], snaps[2][GONE.id]
    assert (live["status"], live["gone_since"]) == ("live", None)
    assert gone["status"] == "gone" and gone["gone_since"]
    assert gone["text"] == live["text"] and gone["version"] == live["version"]
    assert gone["last_seen"] == live["last_seen"]  # not seen alive since
    row = summary_row(outs[2])
    assert row["gone"] == "2" and row["errors"] == "0"  # a deletion is news, not a crawl error
    assert not query(db, "SELECT 1 FROM fetch_failures WHERE url LIKE ?", f"%{GONE.path}")
    # the 404 itself is archived as evidence
    cap = query(db, "SELECT * FROM captures WHERE final_url LIKE ? AND status = 404", f"%{GONE.path}")
    assert len(cap) == 2 and cap[0]["warc_file"] and cap[0]["fetched_at"] == gone["gone_since"]


def test_gone_article_keeps_the_date_it_went(history):
    _, _, snaps, _ = history
    assert snaps[3][GONE.id]["status"] == "gone"
    assert snaps[3][GONE.id]["gone_since"] == snaps[2][GONE.id]["gone_since"]
    assert [c["status"] for c in snaps[3][GONE.id]["status_changes"]] == ["gone"]


def test_returning_article_is_live_again_with_its_history(history):
    _, _, snaps, _ = history
    gone, back = snaps[2][RETURNS.id], snaps[3][RETURNS.id]
    assert (gone["status"], bool(gone["gone_since"])) == ("gone", True)
    assert (back["status"], back["gone_since"]) == ("live", None)
    assert [(c["status"], c["http_status"]) for c in back["status_changes"]] == [("gone", 410), ("live", 200)]
    assert back["version"] == 1  # the same page came back: no new version


def test_show_json_has_versions_status_and_gone_since(history):
    _, db, _, _ = history
    data = json.loads(run_newsvault("show", _url(db, EDITED.path), "--json", "--db", db, check=True).stdout)
    assert [v["version"] for v in data["versions"]] == [1, 2]
    assert all({"version", "captured_at", "content_hash", "title"} <= set(v) for v in data["versions"])
    assert data["versions"][0]["content_hash"] != data["versions"][1]["content_hash"]
    assert data["versions"][0]["captured_at"] < data["versions"][1]["captured_at"]
    assert (data["status"], data["gone_since"]) == ("live", None)
    gone = json.loads(run_newsvault("show", _url(db, GONE.path), "--json", "--db", db, check=True).stdout)
    assert gone["status"] == "gone" and gone["gone_since"].startswith("20")
    text = run_newsvault("show", _url(db, GONE.path), "--db", db, check=True).stdout
    assert re.search(r"Status:\s+gone", text) and "Gone since:" in text and GONE.paragraphs[0] in text


def test_diff_shows_the_changed_lines_of_the_latest_two_versions(history):
    _, db, snaps, _ = history
    article_id = snaps[3][EDITED.id]["id"]
    out = run_newsvault("diff", article_id, "--db", db, check=True).stdout
    lines = out.splitlines()
    assert lines[0].startswith(f"#{article_id}  {EDITED.title}")
    assert f"-{OLD_SENTENCE}" in lines and f"+{NEW_SENTENCE}" in lines
    assert any(line.startswith("--- v1 ") for line in lines) and any(line.startswith("+++ v2 ") for line in lines)
    assert f" {EDITED.paragraphs[0]}" in lines  # context around the change
    assert "\x1b[" not in out  # no colour codes when not on a terminal
    by_url = run_newsvault("diff", _url(db, EDITED.path), "1", "2", "--db", db, check=True).stdout
    assert by_url == out
    reverse = run_newsvault("diff", article_id, "2", "1", "-U", "0", "--db", db, check=True).stdout.splitlines()
    assert f"+{OLD_SENTENCE}" in reverse and f" {EDITED.paragraphs[0]}" not in reverse


@pytest.mark.parametrize("args, message", [
    (["1"], "give two versions"),
    (["1", "7"], "has no version 7 (versions: 1, 2)"),
])
def test_diff_errors_are_one_line(history, args, message):
    _, db, snaps, _ = history
    proc = run_newsvault("diff", snaps[3][EDITED.id]["id"], *args, "--db", db)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and message in proc.stderr


def test_diff_of_an_article_with_one_version_or_none(history):
    _, db, snaps, _ = history
    proc = run_newsvault("diff", snaps[3][STILL.id]["id"], "--db", db)
    assert proc.returncode == 2 and "only one version" in proc.stderr and proc.stderr.count("\n") == 1
    proc = run_newsvault("diff", "99999", "--db", db)
    assert proc.returncode == 2 and "no article" in proc.stderr
    proc = run_newsvault("diff", "1", "x", "y", "--db", db)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_export_carries_versions_status_and_attachments(history):
    _, db, _, _ = history
    rows = {r["url"].rsplit("/", 1)[1]: r for r in map(json.loads, run_newsvault(
        "export", "--format", "jsonl", "--db", db, check=True).stdout.splitlines())}
    assert len(rows) == 12
    for r in rows.values():
        assert {"versions", "status", "gone_since", "attachments"} <= set(r)
    assert [v["version"] for v in rows[EDITED.path.rsplit("/", 1)[1]]["versions"]] == [1, 2]
    gone = rows[GONE.path.rsplit("/", 1)[1]]
    assert gone["status"] == "gone" and gone["gone_since"] and gone["text"]
    assert [(a["text"], a["name"]) for a in gone["attachments"]] == [("第六届外语文化节活动安排.pdf", "wyjzh.pdf")]
    assert gone["attachments"][0]["type"] == "application/pdf" and gone["attachments"][0]["digest"].startswith("sha256:")
    table = list(csv.DictReader(io.StringIO(run_newsvault("export", "--format", "csv", "--db", db, check=True).stdout)))
    assert {r["status"] for r in table} == {"live", "gone"}
