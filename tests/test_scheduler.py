"""The crawl service (`newsvault schedule run`), driven for real against fixture sites on 127.0.0.1.

Each test starts the service as a subprocess with schedules of seconds, watches the run history
in the archive (polling with deadlines, never sleeping and hoping), and signals it like systemd
would. Crawl processes clean in-process (NEWSVAULT_CLEAN_WORKERS=0) to start faster.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from demo.server import SiteServer
from demo.site import Response
from tests.conftest import NEWSVAULT, TEST_ENV, query, run_newsvault, write_config

REPO = Path(__file__).resolve().parents[1]
SERVICE_ENV = {**TEST_ENV, "NEWSVAULT_CLEAN_WORKERS": "0"}
HTML = {"Content-Type": "text/html; charset=utf-8"}
ARTICLE_PATTERN = r"/info/\d+\.htm$"
DEADLINE_S = 90


def news_site(prefix: str, n: int, delay: float = 0.0, dead_links: int = 0) -> dict[str, Response]:
    """A listing page /PREFIX/list.htm linking n articles (each answering after ``delay``) and
    ``dead_links`` links that answer 404."""
    items = "".join(f'<li><a href="/{prefix}/info/{i}.htm">{prefix}第{i}篇：学校召开专题工作会议研究部署下一阶段工作</a></li>'
                    for i in range(1, n + dead_links + 1))
    site = {f"/{prefix}/list.htm": Response(200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode())}
    for i in range(1, n + 1):
        body = (f"<html><head><meta charset='utf-8'><title>{prefix}第{i}篇新闻</title></head><body>"
                f"<h1>{prefix}第{i}篇新闻</h1><div class='content'><p>这是第{i}篇新闻的正文，学校召开专题工作会议，"
                f"研究部署下一阶段重点工作。</p><p>会议要求各单位认真落实，确保各项任务按期完成。</p></div></body></html>")
        site[f"/{prefix}/info/{i}.htm"] = Response(200, HTML, body.encode(), delay=delay)
    return site


def source(server: SiteServer, name: str, schedule: str | None = None) -> dict:
    s = {"name": name, "start_urls": [server.url(f"/{name}/list.htm")], "article_pattern": ARTICLE_PATTERN}
    return {**s, "schedule": schedule} if schedule else s


def schedule_section(**keys) -> str:
    return "[schedule]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in keys.items())


def write_atomically(path: Path, text: str) -> None:
    """Replace a config file in one step: a crawl starting meanwhile never reads half of it."""
    tmp = path.with_suffix(".new")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def all_runs(db: Path, source: str | None = None) -> list[sqlite3.Row]:
    try:
        if source:
            return query(db, "SELECT * FROM runs WHERE source=? ORDER BY id", source)
        return query(db, "SELECT * FROM runs ORDER BY id")
    except sqlite3.OperationalError:  # no archive (or no runs table) yet
        return []


def finished(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """Runs the service has concluded (it records the exit code last)."""
    return [r for r in rows if r["status"] != "running" and r["exit_code"] is not None]


def t(ts: str) -> datetime:
    return datetime.fromisoformat(ts)


class Service:
    """`newsvault schedule run` in a subprocess; its log (stderr) goes to a file the test can read."""

    def __init__(self, cfg: Path, *, command: list[str] | None = None):
        self.log_path = cfg.parent / "service.log"
        self.log = open(self.log_path, "w")
        cmd = command or [*NEWSVAULT, "schedule", "run", "--config", str(cfg)]
        self.proc = subprocess.Popen(cmd, cwd=cfg.parent, env={**os.environ, **SERVICE_ENV},
                                     stdout=self.log, stderr=subprocess.STDOUT)

    def text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_until(self, predicate, what: str, timeout: float = DEADLINE_S):
        """Poll ``predicate`` until it returns something truthy; fail with the service log if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate()
            if result:
                return result
            if self.proc.poll() is not None:
                raise AssertionError(f"the service exited ({self.proc.returncode}) while waiting for {what}:\n"
                                     f"{self.text()[-4000:]}")
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; service log:\n{self.text()[-4000:]}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = DEADLINE_S) -> int:
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=timeout)

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=DEADLINE_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


class WebhookReceiver:
    """A local HTTP endpoint that records the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.posts: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.posts.append({"content_type": self.headers.get("Content-Type"), **json.loads(body)})
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def overlaps(a: sqlite3.Row, b: sqlite3.Row) -> bool:
    """Two runs were under way at the same moment. Times are whole seconds, truncated: runs that
    really followed one another can never look overlapping under this strict comparison."""
    return t(a["started_at"]) < t(b["finished_at"]) and t(b["started_at"]) < t(a["finished_at"])


# -- tests -------------------------------------------------------------------------------------


def test_runs_never_overlap_per_source_and_sources_run_in_parallel_up_to_max(tmp_path):
    names = ("alpha", "beta", "gamma")
    site = {}
    for name in names:  # each crawl takes a few seconds: far longer than its 1 s interval
        site.update(news_site(name, 8, delay=0.4))
    with SiteServer(site) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [source(server, n) for n in names],
                           extra=schedule_section(default="every 1s", max_parallel=2, log_keep=2))
        db = tmp_path / "archive.db"
        with Service(cfg) as service:
            service.wait_until(lambda: all(len(finished(all_runs(db, n))) >= 2 for n in names),
                               "two finished runs of every source")
            assert service.stop() == 0
    rows = finished(all_runs(db))
    assert {r["trigger"] for r in rows} == {"schedule"}
    assert {r["status"] for r in rows} == {"ok"}, [tuple(r) for r in rows]
    assert all(r["exit_code"] == 0 and r["articles_new"] + r["articles_unchanged"] == 8 for r in rows)
    for name in names:  # one source: each run starts after the previous one ended
        mine = [r for r in rows if r["source"] == name]
        assert all(not overlaps(a, b) for i, a in enumerate(mine) for b in mine[i + 1:])
    pairs = [(a, b) for a in rows for b in rows if a["source"] < b["source"]]
    assert any(overlaps(a, b) for a, b in pairs), "no two sources ever ran at the same time"
    for a, b in pairs:  # never three at once (max_parallel = 2)
        for c in rows:
            if c["source"] > b["source"] and overlaps(a, b):
                assert not (max(t(a["started_at"]), t(b["started_at"]), t(c["started_at"]))
                            < min(t(a["finished_at"]), t(b["finished_at"]), t(c["finished_at"])))
    assert "maximum number of running instances reached" in service.text()  # firings coalesced
    # one log file per run, rotated to the newest log_keep per source
    for name in names:
        logs = sorted((tmp_path / "logs" / name).glob("*.log"))
        assert len(logs) == 2
        newest = all_runs(db, name)[-1]
        if newest["status"] != "running":
            text = Path(newest["log_path"]).read_text(encoding="utf-8")
            assert text.startswith(f"=== run {newest['id']} of {name} (schedule)")
            assert f"=== run {newest['id']} {newest['status']} (exit" in text


def test_catch_up_after_downtime_from_the_run_history(tmp_path):
    from archive.store import ArchiveStore

    names = ("missed", "crashed", "too-old", "fresh", "never-ran")
    site = {}
    for name in names:
        site.update(news_site(name, 2))
    now = datetime.now(UTC)
    ago = lambda **kw: (now - timedelta(**kw)).isoformat(timespec="seconds")
    db = tmp_path / "archive.db"
    with ArchiveStore(db) as store:  # the history the service left before it went down
        store.conn.executemany("INSERT INTO sources (name, first_seen) VALUES (?, ?)",
                               [(n, ago(days=9)) for n in names])
        store.conn.executemany(
            "INSERT INTO runs (source, trigger, started_at, finished_at, status, articles_new) VALUES (?, ?, ?, ?, ?, 2)",
            [("missed", "schedule", ago(minutes=30), ago(minutes=29), "ok"),          # every minute: 30 missed
             ("crashed", "schedule", ago(hours=2), ago(hours=2), "ok"),
             ("crashed", "schedule", ago(minutes=50), None, "running"),             # the machine died mid-run
             ("too-old", "schedule", ago(hours=40), ago(hours=40), "ok"),           # missed 16 h ago > catch_up
             ("fresh", "schedule", ago(minutes=10), ago(minutes=9), "ok")])         # next run not due yet
    with SiteServer(site) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [
            source(server, "missed", "* * * * *"), source(server, "crashed", "every 1h"),
            source(server, "too-old", "every 1d"), source(server, "fresh", "every 1h"),
            source(server, "never-ran", "every 1h")], extra=schedule_section(catch_up="12h", timezone="UTC"))

        listed = {r["source"]: r for r in json.loads(run_newsvault("schedule", "list", "--json", "--config", cfg,
                                                                   check=True).stdout)}
        assert {n for n, r in listed.items() if r["catch_up"]} == {"missed", "crashed"}
        fresh_next = t(listed["fresh"]["next_run"])
        assert fresh_next == t(ago(minutes=10)) + timedelta(hours=1)  # intervals follow on from the last run
        assert t(listed["too-old"]["next_run"]) == t(ago(hours=40)) + timedelta(days=2)
        text = run_newsvault("schedule", "list", "--config", cfg, check=True).stdout
        assert "missed     * * * * *  now (catch-up)" in text
        assert f"fresh      every 1h   {fresh_next.strftime('%Y-%m-%d %H:%M:%S')}" in text

        with Service(cfg) as service:
            service.wait_until(lambda: len(finished([r for r in all_runs(db) if r["trigger"] == "catch-up"])) == 2,
                               "the two catch-up runs")
            assert service.stop() == 0
    rows = all_runs(db)
    catch_ups = [r for r in rows if r["trigger"] == "catch-up"]
    assert sorted(r["source"] for r in catch_ups) == ["crashed", "missed"]  # one each: coalesced
    assert all(r["status"] == "ok" and r["articles_new"] == 2 for r in catch_ups)
    assert [r["status"] for r in all_runs(db, "crashed")] == ["ok", "interrupted", "ok"]
    for name in ("too-old", "fresh", "never-ran"):
        assert all(r["trigger"] != "catch-up" for r in all_runs(db, name))
        assert len(all_runs(db, name)) == (0 if name == "never-ran" else 1)
    assert "crashed: run 3 was still marked running" in service.text()


def test_sigterm_lets_a_running_crawl_finish_within_the_grace(tmp_path):
    with SiteServer(news_site("steady", 6, delay=0.4)) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [source(server, "steady", "every 1s")],
                           extra=schedule_section(stop_grace="60s"))
        db = tmp_path / "archive.db"
        with Service(cfg) as service:
            service.wait_until(lambda: all_runs(db), "a run to start")
            second = run_newsvault("schedule", "run", "--config", cfg, env=SERVICE_ENV)
            assert second.returncode == 1
            assert "another newsvault scheduler is running on this archive (pid " in second.stderr
            assert service.stop(signal.SIGINT) == 0
    rows = all_runs(db)
    assert len(rows) == 1  # nothing new started after the signal
    assert rows[0]["status"] == "ok" and rows[0]["exit_code"] == 0 and rows[0]["articles_new"] == 6


def test_sigterm_stops_a_long_crawl_after_the_grace_and_records_it_interrupted(tmp_path):
    with SiteServer(news_site("endless", 150, delay=0.5)) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [source(server, "endless", "every 1s")],
                           extra=schedule_section(stop_grace="1s"))
        db = tmp_path / "archive.db"
        # also the other way to start it: python scheduler.py --config F
        with Service(cfg, command=[sys.executable, str(REPO / "scheduler.py"), "--config", str(cfg)]) as service:
            service.wait_until(lambda: query(db, "SELECT COUNT(*) n FROM articles")[0]["n"] >= 2
                               if all_runs(db) else 0, "two articles archived")
            assert service.stop(signal.SIGTERM) == 0
    rows = all_runs(db)
    assert len(rows) == 1 and rows[0]["status"] == "interrupted" and rows[0]["exit_code"] != 0
    assert not query(db, "SELECT 1 FROM runs WHERE status='running'")
    kept = query(db, "SELECT COUNT(*) n FROM articles")[0]["n"]
    assert 2 <= kept < 150  # progress is kept
    assert "still running at shutdown: stopping it" in service.text()


def test_run_over_max_runtime_is_stopped_recorded_timeout_and_posted(tmp_path):
    hook = WebhookReceiver()
    try:
        with SiteServer(news_site("sluggish", 150, delay=0.5)) as server:
            cfg = write_config(tmp_path / "newsvault.toml", [source(server, "sluggish", "every 1s")],
                               extra=schedule_section(max_runtime="3s", webhook=hook.url))
            db = tmp_path / "archive.db"
            with Service(cfg) as service:
                service.wait_until(lambda: finished(all_runs(db)), "the first run to end")
                service.wait_until(lambda: hook.posts, "the webhook")
                assert service.stop() == 0
    finally:
        hook.close()
    run = all_runs(db)[0]
    assert run["status"] == "timeout" and run["exit_code"] != 0 and run["finished_at"]
    assert "exceeded max_runtime" in service.text()
    post = hook.posts[0]
    assert post["content_type"].startswith("application/json")
    assert post["event"] == "run_failed" and post["run"]["id"] == run["id"]
    assert post["run"]["status"] == "timeout" and "sluggish" in post["text"]


def test_health_errors_flag_and_failed_runs_reach_the_webhook(tmp_path):
    with SiteServer({}) as gone:
        dead_url = gone.url("/dead/list.htm")
    hook = WebhookReceiver()
    try:
        with SiteServer(news_site("broken", 2, dead_links=8)) as server:
            cfg = write_config(tmp_path / "newsvault.toml",
                               [source(server, "broken", "every 1s"),
                                {"name": "dead", "start_urls": [dead_url], "schedule": "every 1s"}],
                               crawl={"timeout": 1}, extra=schedule_section(webhook=hook.url))
            db = tmp_path / "archive.db"
            with Service(cfg) as service:
                service.wait_until(lambda: {p["run"]["source"] for p in hook.posts} >= {"broken", "dead"},
                                   "a webhook post for each source")
                assert service.stop() == 0
    finally:
        hook.close()
    broken = finished(all_runs(db, "broken"))[0]
    assert broken["status"] == "ok" and broken["health"] == "errors" and broken["errors"] == 8
    dead = finished(all_runs(db, "dead"))[0]
    assert dead["status"] == "failed" and dead["exit_code"] == 1
    posts = {p["run"]["source"]: p for p in hook.posts}
    assert posts["broken"]["event"] == "run_flagged" and posts["broken"]["run"]["health"] == "errors"
    assert posts["dead"]["event"] == "run_failed"
    assert "WARNING archive.runs: broken: run" in service.text()


def test_health_layout_changed_after_three_good_runs(tmp_path):
    site = news_site("moved", 3)
    with SiteServer(site) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [source(server, "moved", "every 1s")],
                           extra=schedule_section())
        db = tmp_path / "archive.db"
        with Service(cfg) as service:
            good = lambda: [r for r in finished(all_runs(db)) if r["articles_new"] + r["articles_unchanged"] == 3]
            service.wait_until(lambda: len(good()) >= 3, "three runs that archived the articles")
            # the site is redesigned: the listing no longer links articles the way it did
            site_page = "/moved/list.htm"
            server.site[site_page] = Response(200, HTML, b"<html><body><div id='app'></div></body></html>")
            flagged = service.wait_until(
                lambda: [r for r in finished(all_runs(db)) if "layout changed?" in (r["health"] or "")], "a flagged run")
            assert service.stop() == 0
    rows = finished(all_runs(db))
    first = flagged[0]
    assert first["status"] == "ok" and first["articles_new"] + first["articles_unchanged"] == 0
    before = [r for r in rows if r["id"] < first["id"]]
    assert len(before) >= 3 and all(r["health"] is None for r in before)
    # the page that lists nothing now is also named (empty start page), with the reasons
    assert first["health"] == "layout changed?, empty start page"
    assert "WARNING archive.runs: moved: run %d flagged 'layout changed?, empty start page': it archived no article" \
        % first["id"] in service.text()
    assert "/moved/list.htm links no article" in first["health_reason"]
    listing = run_newsvault("sources", "--config", cfg, check=True).stdout
    assert "layout changed?" in listing.splitlines()[1]


def test_sighup_reloads_sources_added_removed_and_retimed(tmp_path):
    site = {**news_site("old", 2), **news_site("slow-start", 2), **news_site("added", 2)}
    with SiteServer(site) as server:
        cfg = tmp_path / "newsvault.toml"
        write_config(cfg, [source(server, "old", "every 1s"), source(server, "slow-start", "every 1h")])
        db = tmp_path / "archive.db"
        with Service(cfg) as service:
            service.wait_until(lambda: finished(all_runs(db, "old")), "a run of the first source")

            good = cfg.read_text(encoding="utf-8")
            write_atomically(cfg, good + "[schedule]\nmax_parallel = 0\n")
            service.proc.send_signal(signal.SIGHUP)
            service.wait_until(lambda: "configuration not reloaded" in service.text(), "the bad config refused")
            assert "max_parallel: must be a whole number" in service.text()

            write_config(tmp_path / "next.toml", [source(server, "slow-start", "every 1s"), source(server, "added", "every 1s")])
            os.replace(tmp_path / "next.toml", cfg)
            service.proc.send_signal(signal.SIGHUP)
            service.wait_until(lambda: "configuration reloaded" in service.text(), "the reload")
            old_runs = len(all_runs(db, "old"))
            service.wait_until(lambda: finished(all_runs(db, "slow-start")) and finished(all_runs(db, "added")),
                               "runs of the re-timed and the added source")
            assert service.stop() == 0
    assert len(all_runs(db, "old")) == old_runs  # removed: nothing new started
    assert "added: added; removed: old; re-timed: slow-start" in service.text()
    assert {r["trigger"] for r in all_runs(db)} == {"schedule"}


def test_manual_crawls_are_recorded_and_runs_lists_them(tmp_path):
    with SiteServer(news_site("hand", 2)) as server:
        cfg = write_config(tmp_path / "newsvault.toml", [source(server, "hand")])
        run_newsvault("crawl", "--config", cfg, check=True, cwd=tmp_path, env=SERVICE_ENV)
    runs = json.loads(run_newsvault("runs", "--json", "--db", tmp_path / "archive.db", check=True).stdout)
    assert len(runs) == 1
    run = runs[0]
    assert list(run) == ["id", "source", "trigger", "started_at", "finished_at", "status", "exit_code",
                         "pages_fetched", "articles_new", "articles_changed", "articles_unchanged",
                         "articles_skipped", "articles_gone", "errors", "log_path", "health", "health_reason",
                         "files_captured", "warnings", "articles_elsewhere", "error", "pid", "host", "worker"]
    assert (run["source"], run["trigger"], run["status"], run["exit_code"], run["articles_new"]) == \
        ("hand", "manual", "ok", 0, 2)
    assert run["health"] is None and run["log_path"] is None
    assert t(run["started_at"]).tzinfo is not None and t(run["finished_at"]) >= t(run["started_at"])

    text = run_newsvault("runs", "--source", "hand", "--limit", "1", "--config", cfg, check=True).stdout
    head, line = text.splitlines()
    assert head.split()[:4] == ["id", "source", "trigger", "started"]
    assert line.split()[:3] == ["1", "hand", "manual"] and " ok " in line
    unknown = run_newsvault("runs", "--source", "nope", "--config", cfg)   # a typo is an error, not "no runs"
    assert unknown.returncode == 2 and "no source named 'nope'" in unknown.stderr


def test_service_refuses_to_start_without_a_valid_config(tmp_path):
    proc = run_newsvault("schedule", "run", cwd=tmp_path)
    assert proc.returncode == 2 and "no configuration file" in proc.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "x"\nstart_urls = ["http://127.0.0.1:9/"]\nschedule = "every day"\n')
    proc = run_newsvault("schedule", "run", "--config", bad, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"newsvault: error: {bad.resolve()}: source[0] (x).schedule: 'every day' is neither a "
                                   "5-field cron expression (\"0 2 * * *\") nor \"every 6h\"")


@pytest.mark.parametrize("last_run, now, missed", [
    ("2024-05-08T02:00:03", "2024-05-09T03:00:00", "2024-05-09T02:00:00"),  # down over 02:00: catch up
    ("2024-05-08T02:00:03", "2024-05-09T13:59:00", "2024-05-09T02:00:00"),  # 11h59m late: still within 12h
    ("2024-05-08T02:00:03", "2024-05-09T14:01:00", None),                   # 12h01m late: wait for tonight
    ("2024-05-05T02:00:03", "2024-05-09T03:00:00", "2024-05-09T02:00:00"),  # four nights missed: one run
    ("2024-05-09T02:00:00", "2024-05-09T03:00:00", None),                   # tonight's run happened
    ("2024-05-09T02:30:00", "2024-05-09T03:00:00", None),                   # ... late, waiting for a slot
    (None, "2024-05-09T03:00:00", None),                                    # never ran: nothing to make up
])
def test_nightly_catch_up_rule(last_run, now, missed):
    from scheduler import plan_source
    from scraper.sources import parse_config

    config = parse_config({"source": [{"name": "s", "start_urls": ["http://127.0.0.1/"]}]})
    tz = timezone(timedelta(hours=8))  # the default schedule: "0 2 * * *" in Asia/Shanghai
    at = lambda ts: datetime.fromisoformat(ts).replace(tzinfo=tz)
    plan = plan_source(config, config.sources[0], at(last_run) if last_run else None, at(now))
    assert plan.schedule == "0 2 * * *"
    assert plan.missed == (at(missed) if missed else None)
    assert plan.next_run(at(now)) == (at(now) if missed else at("2024-05-10T02:00:00"))


@pytest.mark.parametrize("keep", [1, 3])
def test_run_log_rotation_keeps_the_newest(tmp_path, keep):
    from scraper.runlog import rotate_run_logs

    for run_id in (9, 10, 11, 2):
        (tmp_path / f"20240101-000000-run{run_id}.log").write_text("x")
    (tmp_path / "notes.log").write_text("not a run log")
    rotate_run_logs(tmp_path, keep)
    left = sorted(p.name for p in tmp_path.iterdir())
    expected = {1: ["20240101-000000-run11.log"],
                3: ["20240101-000000-run10.log", "20240101-000000-run11.log", "20240101-000000-run9.log"]}[keep]
    assert left == sorted([*expected, "notes.log"])
