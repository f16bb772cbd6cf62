"""Throwaway PostgreSQL and Redis servers on 127.0.0.1, for the tests and the benchmarks.

Each runs from the Debian packages (`make servers` installs them: ``postgresql``,
``redis-server``) in a temporary folder of its own, on a free loopback port, and is stopped and
removed on ``stop()`` (or leaving the ``with`` block). PostgreSQL refuses to run as root, so as
root its programs run as the ``postgres`` user the Debian package creates, in a folder that
user owns. Nothing here is used by the product.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable

# Settings for a server whose data is thrown away: no fsync, nothing kept for crash recovery.
PG_THROWAWAY = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                "-c shared_buffers=128MB")
START_TIMEOUT_S = 60


class ServerUnavailable(RuntimeError):
    """The server's programs are not installed (or cannot run here): the caller skips."""


# A watchdog shell: waits while the owner process ($0) lives, then runs its command and removes the
# server's folder ($1). It checks /proc rather than `kill -0`, which fails with EPERM for a demoted
# shell watching a root process.
_WATCH = 'while [ -e "/proc/$0" ]; do sleep 1; done; dir="$1"; shift; "$@"; rm -rf "$dir"'


def _outlive_guard(folder: Path, stop: list[str], demote: Callable[[], None] | None = None) -> subprocess.Popen:
    """Run ``stop`` once this process is gone, however it ends. A test run killed outright (SIGKILL,
    a timeout) runs no finaliser: pg_ctl daemonises PostgreSQL out of our process tree and
    redis-server is reparented, so both kept running (three PostgreSQL servers were found left by
    killed runs on 2026-12-02). ``stop()`` ends the guard when the server is stopped normally."""
    return subprocess.Popen(["sh", "-c", _WATCH, str(os.getpid()), str(folder), *stop], preexec_fn=demote,
                            start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _end_guard(guard: subprocess.Popen | None) -> None:
    if guard is not None and guard.poll() is None:
        guard.kill()
        guard.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_bindir() -> Path:
    """The newest installed PostgreSQL's programs (Debian keeps them off PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerUnavailable("PostgreSQL is not installed (run `make servers`: apt-get install postgresql)")


def _as_postgres() -> tuple[Callable[[], None] | None, int | None]:
    """How to run PostgreSQL's programs: as ``postgres`` when we are root, else as ourselves."""
    if os.geteuid() != 0:
        return None, None
    try:
        pw = pwd.getpwnam("postgres")
    except KeyError:
        raise ServerUnavailable("running as root and there is no `postgres` user to run PostgreSQL as "
                                "(the Debian package creates it: apt-get install postgresql)") from None

    def demote() -> None:
        os.setgid(pw.pw_gid)
        os.setgroups([])
        os.setuid(pw.pw_uid)

    return demote, pw.pw_uid


class LocalPostgres:
    """A PostgreSQL cluster in a temporary folder; ``url(db)`` names a database in it."""

    def __init__(self, settings: str = PG_THROWAWAY, user: str = "newsvault"):
        self.settings = settings
        self.user = user
        self.port = 0
        self.dir: Path | None = None
        self._guard: subprocess.Popen | None = None
        self._demote, self._uid = _as_postgres()

    def _run(self, *cmd: str | Path) -> None:
        proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, preexec_fn=self._demote,
                              cwd=self.dir, timeout=START_TIMEOUT_S)
        if proc.returncode != 0:
            raise ServerUnavailable(f"{Path(str(cmd[0])).name} failed: {(proc.stderr or proc.stdout).strip()[-500:]}")

    def start(self) -> LocalPostgres:
        bindir = postgres_bindir()
        self.dir = Path(tempfile.mkdtemp(prefix="newsvault-pg-"))
        if self._uid is not None:
            os.chown(self.dir, self._uid, -1)
        data = self.dir / "data"
        self._run(bindir / "initdb", "-D", data, "-U", self.user, "--auth=trust", "--encoding=UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        for _ in range(5):  # a free port may be taken between our look and the server's bind
            self.port = free_port()
            try:
                self._run(bindir / "pg_ctl", "-D", data, "-l", self.dir / "server.log", "-w", "-t", str(START_TIMEOUT_S),
                          "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 {self.settings}", "start")
                break
            except ServerUnavailable:
                if "could not bind" not in self.log() and "already in use" not in self.log():
                    raise ServerUnavailable(f"PostgreSQL did not start: {self.log()[-500:]}") from None
        self._guard = _outlive_guard(self.dir, [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                                     self._demote)
        self.create_database("newsvault")
        return self

    def log(self) -> str:
        try:
            return (self.dir / "server.log").read_text(errors="replace") if self.dir else ""
        except OSError:
            return ""

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        self._run(postgres_bindir() / "createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, name)
        return self.url(name)

    def url(self, db: str = "newsvault") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        _end_guard(self._guard)
        self._guard = None
        if self.dir is None:
            return
        try:
            if (self.dir / "data" / "postmaster.pid").exists():
                self._run(postgres_bindir() / "pg_ctl", "-D", self.dir / "data", "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> LocalPostgres:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class LocalRedis:
    """A redis-server on a free port, keeping nothing on disk."""

    def __init__(self) -> None:
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.dir: Path | None = None
        self._guard: subprocess.Popen | None = None

    def start(self) -> LocalRedis:
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not Path(exe).exists():
            raise ServerUnavailable("redis-server is not installed (run `make servers`: apt-get install redis-server)")
        self.dir = Path(tempfile.mkdtemp(prefix="newsvault-redis-"))
        self.port = free_port()
        self.proc = subprocess.Popen([exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(self.dir), "--loglevel", "warning"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._guard = _outlive_guard(self.dir, ["kill", str(self.proc.pid)])
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerUnavailable(f"redis-server exited with status {self.proc.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise ServerUnavailable("redis-server did not answer within 60 s")

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        _end_guard(self._guard)
        self._guard = None
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> LocalRedis:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
