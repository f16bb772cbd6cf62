"""Issue 10, items 8 and 9: politeness that holds.

concurrency_per_domain is counted at the server, with delay = 0 (where Scrapy's slot logic let 16
requests through); Retry-After is parsed as RFC 9110 says and can only lengthen a wait; robots.txt
is read once per host and run, only its first 500 KiB, and a robots.txt the server cannot give
(5xx, no answer) means nothing of that host is fetched this run, and the run says why."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from scrapy.http import Response

from tests.conftest import query, run_newsvault, write_config
from tests.faults.conftest import FAULT_ENV, ScriptedServer, listing_html, page_html, send

ARTICLE = r"/info/\d+\.htm$"


def news(n: int, delay: float = 0.0) -> dict:
    routes = {"/list.htm": send(200, listing_html([(f"/info/{i}.htm", f"第{i}篇：学校召开专题工作会议研究部署工作")
                                                   for i in range(n)]))}
    routes |= {f"/info/{i}.htm": send(200, page_html(f"第{i}篇新闻"), delay=delay) for i in range(n)}
    return routes


def test_concurrency_per_domain_holds_with_no_delay(tmp_path):
    with ScriptedServer(news(12, delay=0.3)) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [{"name": "busy", "start_urls": [server.url("/list.htm")],
                                                         "article_pattern": ARTICLE}],
                           crawl={"delay": 0, "concurrency_per_domain": 2})
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
    assert proc.returncode == 0, proc.stderr
    assert query(tmp_path / "archive.db", "SELECT COUNT(*) n FROM articles")[0]["n"] == 12
    assert server.peak == 2  # in flight at once at the server: never more than allowed (and it did use both)


def at(seconds: float, now: datetime) -> str:
    return format_datetime(now + timedelta(seconds=seconds), usegmt=True)


def test_retry_after_is_seconds_or_an_http_date_and_never_negative():
    from scraper.middlewares import retry_after

    now = datetime(2024, 5, 9, 2, 0, tzinfo=UTC)

    def parse(value: str, **headers) -> float | None:
        return retry_after(Response("http://x/", headers={"Retry-After": value, **headers}), now=now)

    assert parse("120") == 120
    assert parse("-5") is None and parse("nan") is None and parse("1e3") is None and parse("soon") is None
    assert parse(at(30, now)) == 30
    assert parse(at(-30, now)) == 0  # a date in the past asks for no wait, never a negative one
    server_clock = now + timedelta(hours=1)  # the server's own Date header is the reference
    assert parse(at(45, server_clock), Date=format_datetime(server_clock, usegmt=True)) == 45


def test_a_negative_retry_after_keeps_the_backoff_and_a_date_is_honoured(tmp_path):
    stamps: dict[str, list[float]] = {"/info/0.htm": [], "/info/1.htm": []}

    def flaky(path: str, retry: str):
        def route(h) -> None:
            stamps[path].append(time.monotonic())
            if len(stamps[path]) == 1:
                send(503, b"busy", Retry_After=retry() if callable(retry) else retry)(h)
            else:
                send(200, page_html("恢复以后的新闻"))(h)
        return route

    routes = {"/list.htm": send(200, listing_html([(f"/info/{i}.htm", f"第{i}篇：学校召开专题工作会议研究部署工作")
                                                   for i in range(2)])),
              "/info/0.htm": flaky("/info/0.htm", "-5"),
              "/info/1.htm": flaky("/info/1.htm", lambda: at(2, datetime.now(UTC)))}
    with ScriptedServer(routes) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [{"name": "busy", "start_urls": [server.url("/list.htm")],
                                                         "article_pattern": ARTICLE}])
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path,
                             env={**FAULT_ENV, "NEWSVAULT_RETRY_BACKOFF_BASE": "0.5"})
    assert proc.returncode == 0, proc.stderr
    gaps = {p: s[1] - s[0] for p, s in stamps.items()}
    assert gaps["/info/0.htm"] >= 0.5  # our own backoff, not "retry now" (-5)
    assert gaps["/info/1.htm"] >= 1.0  # the date two seconds ahead (HTTP dates have whole seconds)


def test_robots_txt_is_capped_read_once_and_an_unreadable_one_stops_that_host(tmp_path):
    # 600 KiB of harmless rules, then one that would forbid everything: past the first 500 KiB.
    padding = "".join(f"Disallow: /archive/{i:06d}/\n" for i in range(24_000)).encode()
    big = b"User-agent: *\n" + padding + b"Disallow: /\n"
    assert len(big) > 600 * 1024
    sites = {"big": {**news(2), "/robots.txt": send(200, big, "text/plain")},
             "gone": {**news(2), "/robots.txt": send(404, b"no robots here")},
             "down": {**news(2), "/robots.txt": send(503, b"down")},
             "silent": {**news(2), "/robots.txt": send(200, b"User-agent: *\n", "text/plain", delay=3)}}
    servers = {name: ScriptedServer(routes) for name, routes in sites.items()}
    for s in servers.values():
        s.__enter__()
    try:
        sources = [{"name": name, "start_urls": [s.url("/list.htm"), s.url("/list.htm?page=1")],
                    "article_pattern": ARTICLE} for name, s in servers.items()]
        cfg = write_config(tmp_path / "newsvault.toml", sources, crawl={"timeout": 1})
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
    finally:
        for s in servers.values():
            s.__exit__(None, None, None)
    db = tmp_path / "archive.db"
    runs = {r["source"]: r for r in query(db, "SELECT * FROM runs")}
    for name in ("big", "gone"):
        assert runs[name]["status"] == "ok" and runs[name]["articles_new"] == 2, name
        assert servers[name].count("/robots.txt") == 1  # once per host and run, for two start pages
    for name in ("down", "silent"):
        assert runs[name]["status"] == "failed" and runs[name]["articles_new"] == 0, name
        assert not any(p.startswith("/list.htm") for p in servers[name].hits)  # nothing fetched
        failures = query(db, "SELECT * FROM fetch_failures WHERE run_id=?", runs[name]["id"])
        assert failures and all(f["kind"] == "robots" and "robots.txt" in f["error"] for f in failures)
