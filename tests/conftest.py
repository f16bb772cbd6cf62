"""Shared fixtures: fixture sites on 127.0.0.1, config files, and running `newsvault` for real.

Crawls run in a subprocess (`newsvault crawl`), as users and the scheduler run them: Scrapy's
reactor cannot be restarted inside the pytest process.

No process a test starts may outlive the session: every process started from here carries the
session's mark in its environment (NEWSVAULT_TEST_SESSION, inherited by crawls, their cleaning
workers, forkservers and resource trackers), and the session fails if any is still alive at its
end (after killing them, so that none lingers on the machine).
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
import uuid
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
# The mark of this session's processes (see the module's docstring); set before any is started.
SESSION_MARK = "NEWSVAULT_TEST_SESSION"
os.environ[SESSION_MARK] = uuid.uuid4().hex
# How long the processes a killed crawl leaves (its workers, forkserver, resource tracker) may
# take to notice and exit, before the test calls them orphans.
ORPHAN_GRACE_S = 10.0


def run_newsvault(*args: str, cwd: Path | None = None, timeout: float = 120, check: bool = False,
                  env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess; return the completed process (text mode).
    On a timeout its whole process group is killed."""
    proc = subprocess.Popen([*NEWSVAULT, *map(str, args)], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **TEST_ENV, **(env or {})}, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except BaseException:
        kill_group(proc.pid)
        proc.communicate()
        raise
    done = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
    if check and done.returncode != 0:
        raise AssertionError(f"newsvault {' '.join(map(str, args))} exited {done.returncode}:\n"
                             f"{done.stdout}\n{done.stderr}")
    return done


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def wait_group_gone(pgid: int, timeout_s: float = ORPHAN_GRACE_S) -> bool:
    """Wait until no process of group ``pgid`` is left; False if some still are after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while group_alive(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def kill_newsvault_when(ready: Callable[[], bool], *args: str, cwd: Path | None = None,
                        deadline_s: float = 60, sig: int = signal.SIGKILL, env: dict | None = None) -> None:
    """Start `newsvault ARGS` in a process group of its own, poll ``ready()`` until it holds (or the
    process ends, or the deadline passes), then send ``sig`` (SIGKILL: a crash at a moment the test
    chooses) to its main process only, as the OOM killer or a kill(1) would.

    Its helpers (cleaning workers, forkserver, resource tracker) must then exit by themselves
    within ORPHAN_GRACE_S: if any is left, the whole group is killed and the test fails."""
    proc = subprocess.Popen([*NEWSVAULT, *map(str, args)], cwd=cwd, env={**os.environ, **TEST_ENV, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline and proc.poll() is None and not ready():
            time.sleep(0.01)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        left = not wait_group_gone(proc.pid)
    finally:
        kill_group(proc.pid)
        if proc.poll() is None:
            proc.wait(timeout=30)
    assert not left, f"newsvault {' '.join(map(str, args))}: processes of its group outlived it"


def marked_processes(mark: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """(pid, parent pid, command line) of every live process carrying ``mark`` (one environment
    variable; this session's mark by default) in its environment."""
    (name, value), = (mark or {SESSION_MARK: os.environ[SESSION_MARK]}).items()
    needle = f"{name}={value}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
            ppid = int(next(line.split()[1] for line in (entry / "status").read_text().splitlines()
                            if line.startswith("PPid:")))
        except (OSError, StopIteration, ValueError):
            continue  # gone meanwhile, or not ours to read
        if cmdline:  # a zombie has none: it is dead already
            found.append((int(entry.name), ppid, cmdline))
    return found


def _own_helpers(p: tuple[int, int, str]) -> bool:
    """multiprocessing's forkserver and resource tracker of this pytest process (in-process pool
    tests): they end with it."""
    pid, ppid, cmdline = p
    return ppid == os.getpid() and ("multiprocessing.forkserver" in cmdline or "multiprocessing.resource_tracker" in cmdline)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if a process a test started is still alive (after a grace period for those
    shutting down), and kill it."""
    if not Path("/proc/self/environ").exists():
        return
    deadline = time.monotonic() + ORPHAN_GRACE_S
    while (left := [p for p in marked_processes() if not _own_helpers(p)]) and time.monotonic() < deadline:
        time.sleep(0.2)
    if not left:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [f"  pid {pid} (parent {ppid}): {cmdline[:160]}" for pid, ppid, cmdline in left]
    message = f"{len(left)} processes started by tests outlived the session (killed now):\n" + "\n".join(lines)
    if reporter is not None:
        reporter.write_line(message, red=True)
    else:
        print(message, file=sys.stderr)
    for pid, _, _ in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


# What makes a test an integration test (`make test-fast` skips them: -m "not integration"): it,
# a fixture it uses, or a function of its module they call, runs newsvault in a subprocess, serves a
# site, starts a pool, a browser or a server (PostgreSQL, Redis). (Helpers are followed because tests
# that crawl through a module's own `crawl()` helper once ran as unit tests: 15 s of the 30 s
# `make test-fast`.)
INTEGRATION_SIGNS = ("run_newsvault", "kill_newsvault_when", "SiteServer", "subprocess.", "Popen",
                     "webdriver", "start_chromium", "ProcessPoolExecutor", "create_app", "NEWSVAULT",
                     "postgres_server", "redis_server", "fresh_archive")


def _source(fn) -> str:
    try:
        return inspect.getsource(fn) if fn is not None else ""
    except (OSError, TypeError):
        return ""


def _is_integration(item: pytest.Item) -> bool:
    signs = INTEGRATION_SIGNS
    if SQLITE in getattr(getattr(item, "callspec", None), "params", {}).values():
        # the SQLite twin of a test on both backends: its fresh_archive() is a file, no server
        signs = tuple(s for s in signs if s != "fresh_archive")
    functions = [getattr(item, "function", None)]
    functions += [d.func for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs]  # type: ignore[attr-defined]
    sources = [_source(fn) for fn in functions]
    module = getattr(item, "module", None)
    helpers = {name: fn for name, fn in vars(module).items()
               if inspect.isfunction(fn) and fn.__module__ == module.__name__} if module else {}
    seen: set[str] = set()
    while sources:
        source = sources.pop()
        if any(sign in source for sign in signs):
            return True
        for name, fn in helpers.items():
            if name not in seen and f"{name}(" in source:
                seen.add(name)
                sources.append(_source(fn))
    return False


def _on_postgres(item: pytest.Item) -> bool:
    """A test parametrised to run against PostgreSQL (a server) — its SQLite twin stays a unit test."""
    callspec = getattr(item, "callspec", None)
    return callspec is not None and POSTGRES in callspec.params.values()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _on_postgres(item) or _is_integration(item):
            item.add_marker(pytest.mark.integration)


# -- real servers: PostgreSQL and Redis from the Debian packages (`make servers`) ------------------

SQLITE, POSTGRES = "sqlite", "postgresql"
BACKENDS = [SQLITE, POSTGRES]


@pytest.fixture(scope="session", autouse=True)
def _postgres_warc_dir(tmp_path_factory):
    """Where PostgreSQL test archives write WARC files when a test names no folder (the CLI would
    take [cluster]/[archive].warc_dir): never the working directory."""
    from archive.backend import set_warc_dir

    set_warc_dir(tmp_path_factory.mktemp("postgres-warc"))


@pytest.fixture(scope="session")
def postgres_server():
    """One throwaway PostgreSQL for the session (each test gets databases of its own)."""
    from demo.servers import LocalPostgres, ServerUnavailable

    try:
        server = LocalPostgres().start()
    except ServerUnavailable as e:
        pytest.skip(f"PostgreSQL cannot run here: {e}")
    yield server
    from archive.postgres import close_pools

    close_pools()
    server.stop()


@pytest.fixture(scope="session")
def redis_server():
    from demo.servers import LocalRedis, ServerUnavailable

    try:
        server = LocalRedis().start()
    except ServerUnavailable as e:
        pytest.skip(f"Redis cannot run here: {e}")
    yield server
    server.stop()


class ArchiveFactory:
    """New empty archives of one backend: a file in a temporary folder, or a new PostgreSQL database."""

    _serial = 0

    def __init__(self, backend: str, folder: Path, request: pytest.FixtureRequest):
        self.backend = backend
        self.folder = folder
        self.request = request
        self.urls: list[str] = []

    def __call__(self, name: str = "archive") -> Path | str:
        if self.backend == SQLITE:
            return self.folder / f"{name}.db"
        url = fresh_archive(self.backend, self.request, None, name)
        self.urls.append(url)
        return url

    def close(self) -> None:
        if self.urls:
            from archive.postgres import close_pool

            for url in self.urls:
                close_pool(url)


def fresh_archive(backend: str, request: pytest.FixtureRequest, tmp_path_factory, name: str = "archive") -> Path | str:
    """An empty archive for a module- or session-scoped fixture (its database lives as long as the server)."""
    if backend == SQLITE:
        return tmp_path_factory.mktemp(name) / "archive.db"
    server = request.getfixturevalue("postgres_server")
    ArchiveFactory._serial += 1
    return server.create_database(f"{name.replace('-', '_')}_{os.getpid()}_{ArchiveFactory._serial}")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_archive(backend, tmp_path, request):
    """Make empty archives of the test's backend: ``new_archive()`` → a path or a URL."""
    factory = ArchiveFactory(backend, tmp_path, request)
    yield factory
    factory.close()


def toml_value(v) -> str:
    return json.dumps(v, ensure_ascii=False) if not isinstance(v, bool) else str(v).lower()


def write_config(path: Path, sources: list[dict], crawl: dict | None = None, archive: dict | None = None,
                 extra: str = "") -> Path:
    """Write a newsvault.toml: [archive], [crawl] (delay 0 unless given) and [[source]] tables."""
    archive = {"path": "archive.db", "warc_dir": "warc", **(archive or {})}
    if "url" in archive:  # a PostgreSQL archive: no file
        archive.pop("path")
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


def query(db: Path | str, sql: str, *args) -> list[sqlite3.Row]:
    """Read an archive as it is (a file, or a PostgreSQL URL), whatever its schema."""
    if isinstance(db, str) and db.startswith("postgresql://"):
        from archive.db import open_raw

        with open_raw(db, readonly=True) as pg:
            return pg.execute(sql, args).fetchall()
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
