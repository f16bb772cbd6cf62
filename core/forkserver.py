"""A warm process that forks a child per command, so a worker pays Python's imports once.

``ForkServer`` starts ``python -m core.forkserver``; the server imports the modules it is told to
preload (Scrapy, the cleaner, the archive: about a second of CPU a process; ``module:function``
calls a function that imports more) and waits. Each
``run(argv, log_path)`` forks a child that behaves like a fresh ``python -m ENTRY ARGV`` started
with ``start_new_session`` and its output in ``log_path``: its own session and process group, stdin
from /dev/null, default signal handlers, and normal interpreter exit. The server waits for it and
reports its exit status (as Popen does: negative for a signal) and the CPU it used.

Safe to fork: the server is single-threaded and has only *imported* modules. Nothing has run a
reactor, an event loop, a pool or a connection before the fork; a Twisted reactor is not even
installed (Scrapy installs the one its settings ask for in the child).

Nothing outlives the worker: the server asks for SIGKILL when the worker dies (PR_SET_PDEATHSIG)
and also exits when the worker's end of its socket closes (the lifeline; on any platform). A
child is told its parent (the server) with the command it runs, and dies with it likewise.

One child at a time per server (a worker keeps one server per job slot); the worker talks to the
server over a socket pair: ``("run", argv, log_path)`` → ``("started", pid)``, then any number of
``("signal", sig, group)``, → ``("exited", returncode, cpu_s)``.
"""
from __future__ import annotations

import gc
import importlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection, wait
from pathlib import Path

from setproctitle import setproctitle

from core.lifeline import die_with_parent

logger = logging.getLogger(__name__)

# How long a server may take to import its modules and say it is ready (about 1.5 s of CPU on an
# idle core here; a loaded 2-core machine stretches that several times).
READY_TIMEOUT_S = 120.0
# How long a closing server gets to exit before it is killed (it exits as soon as its socket closes).
CLOSE_TIMEOUT_S = 5.0


class ServerGone(RuntimeError):
    """The fork server died (or never started)."""


class ForkedChild:
    """A child of the fork server, with the part of subprocess.Popen's surface a supervisor uses."""

    def __init__(self, conn: Connection, pid: int):
        self._conn = conn
        self.pid = pid
        self.returncode: int | None = None
        self.cpu_s: float | None = None  # user + system CPU of the child (and what it waited for)

    def wait(self, timeout: float | None = None) -> int | None:
        """The exit status, as Popen.wait (TimeoutExpired after ``timeout``); None if the server
        died first (the child then dies with it)."""
        if self.returncode is not None or self._conn.closed:
            return self.returncode
        try:
            if not self._conn.poll(timeout):
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            kind, self.returncode, self.cpu_s = self._conn.recv()
            assert kind == "exited", kind
        except (EOFError, OSError):
            self._conn.close()
        return self.returncode

    def signal(self, sig: int, group: bool = False) -> None:
        """Send ``sig`` to the child (``group``: its whole process group). The server sends it, and
        only while the child is unreaped, so a recycled pid is never signalled."""
        if self.returncode is None and not self._conn.closed:
            try:
                self._conn.send(("signal", int(sig), group))
            except OSError:
                pass


class ForkServer:
    """A started fork server (the worker's side); ``wait_ready`` before its first ``run``."""

    def __init__(self, entry: str, preload: tuple[str, ...], title: str, env: dict[str, str] | None = None):
        ours, theirs = socket.socketpair()
        self._conn = Connection(ours.detach())
        # setproctitle writes titles over the command line only: /proc/PID/environ stays readable.
        env = {**(os.environ if env is None else env), "SPT_NOENV": "1"}
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "core.forkserver", str(theirs.fileno()), str(os.getpid()), entry, title,
                 *preload], pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        finally:
            theirs.close()
        self.pid = self._proc.pid

    def wait_ready(self) -> None:
        """Wait until the server has imported its modules (ServerGone if it fails to)."""
        if not self._conn.poll(READY_TIMEOUT_S):
            self.close()
            raise ServerGone(f"fork server (pid {self.pid}) not ready after {READY_TIMEOUT_S:g}s")
        try:
            self._conn.recv()  # ("ready",)
        except EOFError:
            self.close()
            raise ServerGone(f"fork server (pid {self.pid}) exited with status {self._proc.wait()}") from None

    def alive(self) -> bool:
        return not self._conn.closed and self._proc.poll() is None

    def run(self, argv: list[str], log_path: Path) -> ForkedChild:
        """Fork a child calling ``ENTRY(args=argv[1:], prog_name=argv[0])`` (a click command's
        main), its output appended to ``log_path``."""
        try:
            self._conn.send(("run", list(argv), str(log_path)))
            kind, value = self._conn.recv()
        except (EOFError, OSError):
            self._conn.close()
            raise ServerGone(f"fork server (pid {self.pid}) is gone") from None
        if kind != "started":
            raise OSError(value)
        return ForkedChild(self._conn, value)

    def close(self) -> None:
        """Stop the server: it exits when its socket closes (a running child gets its death signal)."""
        self._conn.close()
        try:
            self._proc.wait(timeout=CLOSE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


# -- the server's side ---------------------------------------------------------------------------

def _serve(conn: Connection) -> tuple[list[str], str] | None:
    """Answer requests until the worker goes. Returns in a forked child only: what it runs."""
    while True:
        try:
            kind, *request = conn.recv()
        except EOFError:
            return None
        if kind == "signal":  # for the last child, sent as it exited: it is reaped, the signal moot
            continue
        argv, log_path = request
        sys.stdout.flush()
        sys.stderr.flush()
        assert threading.active_count() == 1, "forking a multi-threaded process"
        try:
            pid = os.fork()
        except OSError as e:
            conn.send(("failed", f"cannot fork: {e}"))
            continue
        if pid == 0:
            return argv, log_path
        conn.send(("started", pid))
        returncode, cpu_s = _watch(conn, pid)
        if returncode is None:  # the worker is gone: so is this server; the child dies with it
            return None
        conn.send(("exited", returncode, cpu_s))


def _watch(conn: Connection, pid: int) -> tuple[int | None, float]:
    """Wait for the child, passing the worker's signals on; (None, 0) if the worker goes first."""
    exited: int | None
    try:
        exited = os.pidfd_open(pid)
    except (AttributeError, OSError):  # no pidfd: look every half second
        exited = None
    try:
        while True:
            ready = wait([conn, exited] if exited is not None else [conn], None if exited is not None else 0.5)
            if conn in ready:
                try:
                    _, sig, group = conn.recv()
                except EOFError:
                    return None, 0.0
                try:
                    (os.killpg if group else os.kill)(pid, sig)
                except ProcessLookupError:
                    pass
            if exited in ready or exited is None:
                done, status, usage = os.wait4(pid, 0 if exited is not None else os.WNOHANG)
                if done:
                    return os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime
    finally:
        if isinstance(exited, int):
            os.close(exited)


def _become_child(conn: Connection, log_path: str) -> None:
    """What ``subprocess.Popen(start_new_session=True, stdin=DEVNULL, stdout=log, stderr=STDOUT)``
    and a fresh interpreter would give: a new session, the log on fds 1 and 2, default signals."""
    conn.close()
    os.setsid()
    for sig in (signal.SIGTERM, signal.SIGUSR2, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    null = os.open(os.devnull, os.O_RDONLY)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.dup2(null, 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.close(null)
    os.close(log)


def main(argv: list[str]) -> None:
    fd, worker_pid, entry, title, *preload = argv
    die_with_parent(signal.SIGKILL, int(worker_pid))
    # Ctrl-C and a service manager's SIGTERM are for the worker, which stops its jobs in order and
    # then closes this server's socket.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    for name in preload:  # a module, or module:function to call (it imports what it needs)
        module, _, function = name.partition(":")
        imported = importlib.import_module(module)
        if function:
            getattr(imported, function)()
    # What is imported now stays as it is: the collector leaves it alone, so a child neither copies
    # its pages by touching them (the pages stay shared) nor walks it at exit: exiting cost a child
    # 0.23 s of CPU, 0.05 s with the heap frozen (the preloads of cluster.job).
    gc.freeze()
    setproctitle(f"{title} (for pid {worker_pid})")
    with Connection(int(fd)) as conn:
        conn.send(("ready",))
        job = _serve(conn)
        if job is None:
            return
        args, log_path = job
        _become_child(conn, log_path)
    sys.argv = list(args)
    setproctitle(" ".join(args))  # in ps, the command this child runs
    module, _, function = entry.partition(":")
    sys.exit(getattr(importlib.import_module(module), function)(args=args[1:], prog_name=args[0]))


if __name__ == "__main__":
    main(sys.argv[1:])
