"""Issue 10, item 15: small mistakes and odd inputs get one line and an exit status, never a
traceback, a 500, a hang or a silent success."""
from __future__ import annotations

import os
import sqlite3

import pytest
from click.testing import CliRunner

from tests.conftest import run_newsvault, write_config
from tests.faults.conftest import FAULT_ENV

HUGE = "99999999999999999999"  # over SQLite's 2^63 - 1


def one_line_error(proc, status: int = 2) -> str:
    assert proc.returncode == status, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("newsvault")
    return proc.stderr


@pytest.mark.parametrize("args", [("show", "²"), ("show", "①"), ("show", HUGE), ("diff", "1", "1", HUGE),
                                  ("search", "研究", "--limit", HUGE), ("runs", "--limit", HUGE)])
def test_odd_numbers_on_the_command_line(demo_archive, args):
    _, _, db = demo_archive
    one_line_error(run_newsvault(*args, "--db", db, env=FAULT_ENV))


@pytest.mark.parametrize("path", [f"/articles/{HUGE}", f"/api/articles/{HUGE}", "/articles/1/raw?version=²",
                                  "/search?q=研究&page=²", "/search?q=研究&limit=①", "/api/search?q=研究&limit=٣"])
def test_odd_numbers_in_web_parameters(demo_archive, path):
    from web.app import create_app

    _, _, db = demo_archive
    response = create_app(db).test_client().get(path, headers={"Host": "127.0.0.1"})
    assert response.status_code in (400, 404), (path, response.status_code)


def test_extract_refuses_what_is_no_page_file(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    os.mkfifo(tmp_path / "fifo.html")
    for target in (tmp_path / "empty.html", tmp_path / "fifo.html", "/dev/zero"):
        error = one_line_error(run_newsvault("extract", target, timeout=30, env=FAULT_ENV))
        assert str(target) in error


def test_reprocess_does_not_ignore_a_broken_config(demo_archive, tmp_path):
    _, _, db = demo_archive
    (tmp_path / "newsvault.toml").write_text("[crawl\nbroken", encoding="utf-8")
    error = one_line_error(run_newsvault("reprocess", "--db", db, cwd=tmp_path, env=FAULT_ENV))
    assert "newsvault.toml" in error and "TOML" in error


def test_sources_without_a_configuration_file(demo_archive, tmp_path):
    _, _, db = demo_archive
    proc = run_newsvault("sources", "--db", db, cwd=tmp_path, env=FAULT_ENV)
    assert proc.returncode == 0 and "qingshan" in proc.stdout and "no configuration file" in proc.stderr
    one_line_error(run_newsvault("sources", cwd=tmp_path, env=FAULT_ENV))


def test_a_write_lock_held_too_long_is_one_line(tmp_path, monkeypatch):
    """Writers wait for one another (60 s); one that waits longer says so in one line. The wait is
    shortened here to a fraction of a second."""
    from archive import sqlite as archive_sqlite
    from archive.store import ArchiveStore
    from cli import main

    db = tmp_path / "archive.db"
    ArchiveStore(db).close()
    cfg = write_config(tmp_path / "newsvault.toml", [{"name": "s", "start_urls": ["http://127.0.0.1:9/list.htm"]}])
    monkeypatch.setattr(archive_sqlite, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, stuck in its transaction
    try:
        result = CliRunner().invoke(main, ["crawl", "--config", str(cfg)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "locked by another writer" in lines[0], result.stderr
