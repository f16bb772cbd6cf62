"""The throwaway PostgreSQL and Redis of the tests do not outlive a test run that is killed outright.

A run killed with SIGKILL (a CI timeout, an impatient developer) runs no finaliser; PostgreSQL,
daemonised by pg_ctl, and redis-server, reparented to init, used to keep running, their
temporary folders with them. `demo.servers` leaves a watchdog beside each server that stops it once the
process that started it is gone.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GONE_WITHIN_S = 30  # the watchdog polls every second; pg_ctl stop -m immediate takes well under 5 s here

STARTER = """
import sys, time
from demo.servers import LocalPostgres, LocalRedis, ServerUnavailable
kind = sys.argv[1]
try:
    server = (LocalPostgres if kind == "postgres" else LocalRedis)().start()
except ServerUnavailable as e:
    print("unavailable", e, flush=True)
    sys.exit(0)
print(server.port, server.dir, flush=True)
time.sleep(600)
"""


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.parametrize("kind", ["postgres", "redis"])
def test_a_server_stops_when_the_run_that_started_it_is_killed(kind):
    starter = subprocess.Popen([sys.executable, "-c", STARTER, kind], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        line = starter.stdout.readline().split()
        if not line or line[0] == "unavailable":
            pytest.skip(f"{kind} cannot run here: {' '.join(line[1:])}")
        port, folder = int(line[0]), Path(line[1])
        assert _answers(port)
        os.kill(starter.pid, signal.SIGKILL)
        starter.wait()
        deadline = time.monotonic() + GONE_WITHIN_S
        while _answers(port) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _answers(port), f"{kind} on port {port} still answers {GONE_WITHIN_S} s after its owner was killed"
        while folder.exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not folder.exists(), f"{kind}'s temporary folder {folder} is left behind"
    finally:
        if starter.poll() is None:
            starter.kill()
            starter.wait()
