"""Issue 10, items 6 and 7: runs owned by processes, and no process left behind.

A run is ``running`` only while the process crawling it lives (it holds its source's run lock);
two crawls of one source never run at once, whoever started them; the scheduler's crawls die with
the scheduler; and a crawl's cleaning workers die with the crawl, however it is killed."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.conftest import NEWSVAULT, kill_newsvault_when, query, run_newsvault, write_config
from tests.faults.conftest import (
    FAULT_ENV,
    ScriptedServer,
    case_mark,
    listing_html,
    page_html,
    processes_marked,
    send,
    wait_for,
)


def slow_site(articles: int = 14, delay: float = 0.25) -> dict:
    """A listing of ``articles`` pages that answer after ``delay`` seconds (one at a time: ~3.5 s)."""
    routes = {"/list.htm": send(200, listing_html([(f"/info/{i}.htm", f"第{i}篇：学校召开专题工作会议研究部署工作")
                                                   for i in range(articles)]))}
    routes |= {f"/info/{i}.htm": send(200, page_html(f"第{i}篇新闻"), delay=delay) for i in range(articles)}
    return routes


def slow_config(tmp: Path, server: ScriptedServer, extra: str = "", schedule: str | None = None) -> Path:
    source = {"name": "slow", "start_urls": [server.url("/list.htm")], "article_pattern": r"/info/\d+\.htm$",
              **({"schedule": schedule} if schedule else {})}
    return write_config(tmp / "newsvault.toml", [source], crawl={"concurrency_per_domain": 1}, extra=extra)


def runs(db: Path) -> list:
    try:
        return query(db, "SELECT * FROM runs ORDER BY id")
    except Exception:  # no archive yet
        return []


def shown_runs(db: Path) -> list[dict]:
    return json.loads(run_newsvault("runs", "--json", "--db", db, env=FAULT_ENV, check=True).stdout)


def start(args: list, cwd: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen([*NEWSVAULT, *map(str, args)], cwd=cwd, env={**os.environ, **FAULT_ENV, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def test_a_killed_manual_crawl_is_not_shown_running(tmp_path):
    with ScriptedServer(slow_site()) as server:
        cfg = slow_config(tmp_path, server)
        db = tmp_path / "archive.db"
        kill_newsvault_when(lambda: runs(db) and runs(db)[0]["status"] == "running" and server.count("/info/1.htm"),
                            "crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
    assert runs(db)[0]["status"] == "running"  # as the killed process left its row…
    assert shown_runs(db)[0]["status"] == "interrupted"  # …but nothing holds its lock: it is not running


def test_two_crawls_of_one_source_never_run_at_once(tmp_path):
    with ScriptedServer(slow_site(40, 0.3)) as server:  # a crawl of ~12 s, stopped once the point is made
        cfg = slow_config(tmp_path, server)
        db = tmp_path / "archive.db"
        first = start(["crawl", "--config", cfg], tmp_path, {})
        try:
            wait_for(lambda: runs(db) and server.count("/info/1.htm"), "the first crawl under way")
            second = run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
            assert first.poll() is None  # the first was still crawling when the second was refused
            assert second.returncode == 1
            assert "another crawl of this source is running (run 1, pid" in second.stderr, second.stderr
        finally:
            if first.poll() is None:
                os.killpg(first.pid, signal.SIGKILL)
            first.communicate(timeout=60)
    assert len(runs(db)) == 1
    assert max(Counter(server.hits).values()) == 1  # nothing fetched twice


def test_the_scheduler_leaves_a_live_manual_crawl_alone(tmp_path):
    with ScriptedServer(slow_site(40, 0.3)) as server:  # a crawl of ~12 s: the service starts and fires meanwhile
        cfg = slow_config(tmp_path, server, schedule="every 1s")
        db = tmp_path / "archive.db"
        manual = start(["crawl", "--config", cfg], tmp_path, {})
        log = tmp_path / "service.log"
        service = None
        try:
            wait_for(lambda: runs(db) and server.count("/info/1.htm"), "the manual crawl under way")
            with open(log, "w") as out:
                service = subprocess.Popen([*NEWSVAULT, "schedule", "run", "--config", str(cfg)], cwd=tmp_path,
                                           env={**os.environ, **FAULT_ENV}, stdout=out, stderr=subprocess.STDOUT,
                                           start_new_session=True)
            wait_for(lambda: "firing is skipped" in log.read_text(), "the service to skip a firing", timeout_s=30)
            assert manual.poll() is None  # the manual crawl is still going…
            rows = runs(db)
            assert [(r["trigger"], r["status"]) for r in rows] == [("manual", "running")]  # …alone, and running
            assert shown_runs(db)[0]["status"] == "running"
        finally:
            for proc, sig in ((manual, signal.SIGKILL), (service, signal.SIGTERM)):
                if proc is not None and proc.poll() is None:
                    os.killpg(proc.pid, sig)
            for proc in (manual, service):
                if proc is not None:
                    proc.communicate(timeout=60)
    assert "marked interrupted" not in log.read_text()


def test_a_killed_scheduler_takes_its_crawl_and_workers_with_it(tmp_path):
    mark = case_mark()
    with ScriptedServer(slow_site(40, 0.1)) as server:
        cfg = slow_config(tmp_path, server, schedule="every 1s")
        db = tmp_path / "archive.db"
        service = start(["schedule", "run", "--config", cfg], tmp_path, {**mark, "NEWSVAULT_CLEAN_WORKERS": "1"})
        try:
            wait_for(lambda: runs(db) and server.count("/info/1.htm"), "the scheduled crawl under way")
            # the service, its crawl, the crawl's forkserver, resource tracker and cleaning worker
            wait_for(lambda: len(processes_marked(mark)) >= 5, "the crawl's cleaning worker")
            running = [r["id"] for r in runs(db) if r["status"] == "running"]
            service.send_signal(signal.SIGKILL)
            _, service_log = service.communicate()
            wait_for(lambda: not processes_marked(mark), "the crawl and its workers to end", timeout_s=30)
        finally:
            for pid, _ in processes_marked(mark):
                os.kill(pid, signal.SIGKILL)
    rows = {r["id"]: r for r in runs(db)}
    assert len(running) == 1, [dict(r) for r in rows.values()]
    row = rows[running[0]]
    # it stopped as on a shutdown, and said so
    assert row["status"] == "interrupted" and row["finished_at"], (dict(row), service_log[-3000:])


WORKER_OWNER = """
import sys, time
from scraper.clean.workers import CleanWorkers
workers = CleanWorkers(1)
future = workers.submit(time.sleep, 300)  # a worker busy (or stuck) on a page
time.sleep(1.5)
print("ready", flush=True)
time.sleep(300)
"""


def test_cleaning_workers_die_with_their_owner_however_it_dies(tmp_path):
    mark = case_mark()
    owner = subprocess.Popen([sys.executable, "-c", WORKER_OWNER], env={**os.environ, **mark},
                             cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        assert owner.stdout is not None and owner.stdout.readline().strip() == "ready"
        assert len(processes_marked(mark)) >= 3  # the owner, the forkserver, the worker
        owner.send_signal(signal.SIGKILL)  # as the OOM killer would
        owner.wait()
        wait_for(lambda: not processes_marked(mark), "the worker, the forkserver and the resource tracker to exit",
                 timeout_s=15)
    finally:
        for pid, _ in processes_marked(mark):
            os.kill(pid, signal.SIGKILL)
        if owner.poll() is None:
            owner.kill()
        owner.communicate()
