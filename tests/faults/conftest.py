"""What goes wrong in the field, reproduced: hostile local servers, small and read-only file
systems, kills at chosen moments (issue 10).

Small file systems are real ones where the machine allows it: a tmpfs of a few hundred KiB (or
mounted read-only) over a folder of the test, which needs root. Elsewhere those tests are
skipped; the WARC writer's own handling of a failing write is also tested in-process with a
write that fails on purpose (tests/faults/test_warc_writes.py), which needs nothing.
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator

import pytest

from tests.conftest import TEST_ENV, marked_processes

# Crawls clean in-process (they start faster); the tests about worker pools set their own.
FAULT_ENV = {**TEST_ENV, "NEWSVAULT_CLEAN_WORKERS": "0"}
HTML = "text/html; charset=utf-8"


def page_html(title: str, paragraphs: int = 2, extra: str = "") -> bytes:
    body = "".join(f"<p>{title}正文第{i}段：学校召开专题工作会议，研究部署下一阶段重点工作，要求各单位认真落实。</p>"
                   for i in range(paragraphs))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='content'>{body}{extra}</div></body></html>").encode()


def listing_html(links: list[tuple[str, str]]) -> bytes:
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return f"<html><head><meta charset='utf-8'></head><body><ul>{items}</ul></body></html>".encode()


Route = Callable[[BaseHTTPRequestHandler], None]


class ScriptedServer:
    """A local HTTP server whose paths run code: redirects, drips, bombs, slow answers. It counts
    every request (path → times) and the requests in flight at once (``peak``)."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.hits: list[str] = []
        self.in_flight = 0
        self.peak = 0
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with server.lock:
                    server.hits.append(self.path)
                    server.in_flight += 1
                    server.peak = max(server.peak, server.in_flight)
                try:
                    route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                    (route or not_found)(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def count(self, path: str) -> int:
        with self.lock:
            return self.hits.count(path)

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(status: int, body: bytes = b"", ctype: str = HTML, delay: float = 0.0, **headers: str) -> Route:
    """A route answering ``status`` with ``body`` (after ``delay`` seconds) and these headers."""
    def route(h: BaseHTTPRequestHandler) -> None:
        if delay:
            time.sleep(delay)
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            h.send_header(k.replace("_", "-"), v)
        h.end_headers()
        h.wfile.write(body)
    return route


def redirect(location: str, status: int = 302) -> Route:
    return send(status, b"", Location=location)


def not_found(h: BaseHTTPRequestHandler) -> None:
    send(404, b"<html><body>not found</body></html>")(h)


# -- small file systems -----------------------------------------------------------------------------


def _can_mount() -> bool:
    if os.geteuid() != 0:
        return False
    probe = Path(f"/tmp/newsvault-mount-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    try:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                          capture_output=True).returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], capture_output=True)
        return True
    except OSError:
        return False
    finally:
        probe.rmdir()


CAN_MOUNT = _can_mount()
needs_mount = pytest.mark.skipif(not CAN_MOUNT, reason="mounting a small tmpfs needs root (the in-process "
                                                       "write-failure tests cover the writer elsewhere)")


@contextmanager
def tmpfs(path: Path, size: str, readonly: bool = False) -> Iterator[Path]:
    """A tmpfs of ``size`` (``400k``) mounted over the new folder ``path`` (read-only if asked)."""
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if readonly else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


# -- processes ---------------------------------------------------------------------------------------


def case_mark() -> dict[str, str]:
    """An environment variable that marks the processes of one test (and every process they start)."""
    return {"NEWSVAULT_TEST_CASE": uuid.uuid4().hex}


def processes_marked(mark: dict[str, str]) -> list[tuple[int, str]]:
    """(pid, command line) of the live processes carrying ``mark`` in their environment."""
    return [(pid, cmdline) for pid, _, cmdline in marked_processes(mark)]


def wait_for(condition: Callable[[], object], what: str, timeout_s: float = 60) -> object:
    """Poll ``condition`` until it is truthy; fail naming ``what`` after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)
