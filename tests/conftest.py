"""Shared fixtures: fixture sites on 127.0.0.1, config files, and running `newsvault` for real.

Crawls run in a subprocess (`newsvault crawl`), as users and the scheduler run them: Scrapy's
reactor cannot be restarted inside the pytest process.
"""
from __future__ import annotations

import inspect
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pytest

from demo.server import SiteServer
from demo.site import build_site

NEWSVAULT = [sys.executable, "-m", "cli"]
# Every subprocess crawl: no retry backoff waits, no stray terminal handling.
# English messages, which the older tests read; tests of the Chinese default unset it (tests/test_i18n.py).
TEST_ENV = {"NEWSVAULT_RETRY_BACKOFF_BASE": "0.05", "PYTHONUNBUFFERED": "1", "NEWSVAULT_LANG": "en"}


LANGUAGE_SETTING = "NEWSVAULT_LANG"  # (named here: a fixture whose source says NEWSVAULT counts as integration)


def run_newsvault(*args: str, cwd: Path | None = None, timeout: float = 120, check: bool = False,
                  env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess; return the completed process (text mode)."""
    proc = subprocess.run([*NEWSVAULT, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **TEST_ENV, **(env or {})})
    if check and proc.returncode != 0:
        raise AssertionError(f"newsvault {' '.join(map(str, args))} exited {proc.returncode}:\n"
                             f"{proc.stdout}\n{proc.stderr}")
    return proc


def kill_newsvault_when(ready: Callable[[], bool], *args: str, cwd: Path | None = None,
                        deadline_s: float = 60) -> None:
    """Start `newsvault ARGS`, poll ``ready()`` until it holds (or the process ends, or the
    deadline passes), then SIGKILL it: a crash at a moment the test chooses."""
    proc = subprocess.Popen([*NEWSVAULT, *map(str, args)], cwd=cwd, env={**os.environ, **TEST_ENV},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline and proc.poll() is None and not ready():
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)


# What makes a test an integration test (`make test-fast` skips them: -m "not integration"): it,
# or a fixture it uses, runs newsvault in a subprocess, serves a site, starts a pool or a browser.
INTEGRATION_SIGNS = ("run_newsvault", "kill_newsvault_when", "SiteServer", "subprocess.", "Popen",
                     "webdriver", "ProcessPoolExecutor", "create_app", "NEWSVAULT")


def _is_integration(item: pytest.Item) -> bool:
    functions = [getattr(item, "function", None)]
    functions += [d.func for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs]  # type: ignore[attr-defined]
    for fn in functions:
        try:
            source = inspect.getsource(fn) if fn is not None else ""
        except (OSError, TypeError):
            continue
        if any(sign in source for sign in INTEGRATION_SIGNS):
            return True
    return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _is_integration(item):
            item.add_marker(pytest.mark.integration)


def toml_value(v) -> str:
    return json.dumps(v, ensure_ascii=False) if not isinstance(v, bool) else str(v).lower()


def write_config(path: Path, sources: list[dict], crawl: dict | None = None, archive: dict | None = None,
                 extra: str = "") -> Path:
    """Write a newsvault.toml: [archive], [crawl] (delay 0 unless given) and [[source]] tables."""
    archive = {"path": "archive.db", "warc_dir": "warc", **(archive or {})}
    crawl = {"delay": 0, "user_agent": "newsvault-test/1.0 (+mailto:test@example.org)", **(crawl or {})}
    lines = ["[archive]", *(f"{k} = {toml_value(v)}" for k, v in archive.items()),
             "[crawl]", *(f"{k} = {toml_value(v)}" for k, v in crawl.items())]
    for s in sources:
        lines.append("[[source]]")
        for k, v in s.items():
            if isinstance(v, dict):
                inner = ", ".join(f"{ik} = {toml_value(iv)}" for ik, iv in v.items())
                lines.append(f"{k} = {{ {inner} }}")
            else:
                lines.append(f"{k} = {toml_value(v)}")
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def query(db: Path, sql: str, *args) -> list[sqlite3.Row]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    """The tests read the English messages, as subprocess crawls get them through TEST_ENV; the
    product speaks Chinese by default (tests/test_i18n.py unsets this to check it does)."""
    import settings
    from core import i18n

    monkeypatch.setattr(settings, LANGUAGE_SETTING, "en")
    i18n.set_language("en")


@pytest.fixture
def demo_server():
    with SiteServer(build_site()) as server:
        yield server


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory):
    """The demo site crawled once for the session: (folder, config, archive). Read it only; a test
    that changes an archive copies the folder first (``copy_archive``)."""
    tmp = tmp_path_factory.mktemp("demo-archive")
    with SiteServer(build_site()) as server:
        cfg = write_config(tmp / "newsvault.toml", [{"name": "qingshan", "start_urls": [server.url("/xwzx/list.htm")]}])
        run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
    return tmp, cfg, tmp / "archive.db"


def copy_archive(folder: Path, dest: Path) -> Path:
    """A private copy of an archive folder (database and WARC files); returns the copied database."""
    import shutil

    shutil.copytree(folder, dest)
    return dest / "archive.db"
