"""The warm crawl server (core.forkserver) on its own: a forked command behaves as a fresh
`newsvault` process would — its output in its log, its exit status, a session of its own, its
command line in ps, the default answer to SIGTERM — and a signal that crosses a child's exit
does not break the server."""
from __future__ import annotations

import os
import signal
import time

from core.forkserver import ForkServer


def child_facts(args: list[str], prog_name: str) -> int:
    """Run in a forked child (the entry of a test server): print what it is, then wait for a signal."""
    print(f"session leader: {os.getsid(0) == os.getpid() == os.getpgid(0)}", flush=True)
    print(f"title: {open('/proc/self/cmdline').read().replace(chr(0), ' ').rstrip()}", flush=True)
    time.sleep(float(args[0]))
    return 0


def test_a_forked_command_runs_like_a_fresh_process(tmp_path):
    server = ForkServer("cli:main", ("cli",), "newsvault test server", env={**os.environ, "NEWSVAULT_LANG": "en"})
    try:
        server.wait_ready()
        assert open(f"/proc/{server.pid}/cmdline").read().startswith("newsvault test server (for pid")
        missing = tmp_path / "missing.toml"
        first = server.run(["newsvault", "sources", "--config", str(missing)], tmp_path / "a.log")
        assert first.wait() == 2
        assert f"{missing}: no such file" in (tmp_path / "a.log").read_text()
        assert first.cpu_s is not None and first.cpu_s > 0
        first._conn.send(("signal", int(signal.SIGTERM), False))  # a supervisor's SIGTERM that crossed the exit
        again = server.run(["newsvault", "--version"], tmp_path / "b.log")
        assert again.wait() == 0 and "version" in (tmp_path / "b.log").read_text()
        assert server.alive()
    finally:
        server.close()
    assert not server.alive()


def test_a_forked_child_has_its_own_session_title_and_default_signals(tmp_path):
    server = ForkServer("tests.test_forkserver:child_facts", ("tests.test_forkserver",), "newsvault test server")
    log = tmp_path / "child.log"
    try:
        server.wait_ready()
        child = server.run(["newsvault-test", "60"], log)
        deadline = time.monotonic() + 30
        while not (log.exists() and "title:" in log.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        child.signal(signal.SIGTERM)
        assert child.wait(timeout=30) == -signal.SIGTERM  # not ignored, as the server ignores it
    finally:
        server.close()
    assert log.read_text().splitlines() == ["session leader: True", "title: newsvault-test 60"]
