"""A small threaded HTTP server on 127.0.0.1 serving a site given as {path: Response}.

Used by `newsvault demo`, by the tests (fixture sites) and by bench/crawl.py. It records every
request (path, headers, arrival time) so tests can check what a crawler asked for, and how often. Like a real
web server it answers a conditional GET (If-None-Match / If-Modified-Since) of a page that
sends an ETag or Last-Modified with 304 Not Modified.
"""
from __future__ import annotations

import threading
import time
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Mapping
from urllib.parse import urlsplit

from demo.site import Response


def not_modified(headers: Mapping[str, str], request_headers) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when sent; else If-Modified-Since against Last-Modified."""
    inm = request_headers.get("If-None-Match")
    if inm is not None:
        etag = headers.get("ETag")
        return inm.strip() == "*" or (etag is not None and etag in [t.strip() for t in inm.split(",")])
    ims, lm = request_headers.get("If-Modified-Since"), headers.get("Last-Modified")
    if not ims or not lm:
        return False
    try:
        return parsedate_to_datetime(lm) <= parsedate_to_datetime(ims)
    except (TypeError, ValueError):
        return False


class SiteServer:
    """Serve ``site`` on 127.0.0.1 on a free port (or ``port``) from a background thread."""

    def __init__(self, site: Mapping[str, Response], port: int = 0):
        self.site = dict(site)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.request_times: list[float] = []  # time.time() each request arrived (politeness checks)
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server._record(self.path, dict(self.headers.items()))
                resp = server.lookup(self.path, dict(self.headers.items()))
                if resp.delay:
                    time.sleep(resp.delay)
                if resp.status == 200 and not_modified(resp.headers, self.headers):
                    resp = Response(304, {k: v for k, v in resp.headers.items() if k in ("ETag", "Last-Modified")})
                self.send_response(resp.status)
                headers = {"Content-Length": str(len(resp.body)), **resp.headers}
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(resp.body)

            def log_message(self, *args) -> None:  # quiet: tests and the demo print their own output
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="site-server", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def lookup(self, raw_path: str, headers: Mapping[str, str] | None = None) -> Response:
        """Exact path with query first, then the path alone (so ?from=… variants reach the page).
        ``headers``: the request's (a subclass may answer by them, as cloaking servers do)."""
        path = urlsplit(raw_path).path
        return self.site.get(raw_path) or self.site.get(path) or Response(
            404, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body><h1>404 Not Found</h1></body></html>")

    def _record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((path, headers))
            self.request_times.append(time.time())

    def paths_requested(self) -> list[str]:
        with self._lock:
            return [p for p, _ in self.requests]

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
