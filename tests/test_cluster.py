"""The cluster on real servers: the scheduler queues, two workers crawl three sites into PostgreSQL,
one worker is killed mid-crawl (SIGKILL) and the other finishes its job.

Checked as a user would: every article archived exactly once, the killed run recorded as
interrupted and the job redone by the other worker, the database and the WARC files whole,
politeness kept across the workers (the sites log when each request arrived, and two of the
three sources share one host), and `cluster status` telling it all.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
import redis
from warcio.archiveiterator import ArchiveIterator

from archive.captures import capture_body
from archive.db import connect
from demo.farm import article_pattern, build_farm_site, listing_path
from demo.server import SiteServer
from tests.conftest import NEWSVAULT, ORPHAN_GRACE_S, TEST_ENV, marked_processes, query, run_newsvault, write_config

ARTICLES = 8            # per site
SERVER_DELAY = 0.2      # seconds a page takes to answer: crawls last long enough to be cut short
POLITE = 0.5            # [crawl].delay: seconds between two requests to one host, across the cluster
# A request reserves its slot in Redis and then waits for it: scheduling on a busy machine may
# deliver it this much after its slot (the next request's slot does not move). Measured: 0.142 s
# late once in a run on 2 cores at load 4-8 (0.12 was too tight); on time, gaps are 0.49-0.51 s.
JITTER = 0.2
# The rate over a few requests in a row, where one late delivery cannot hide: WINDOW gaps together
# are never shorter than WINDOW delays, less one jitter.
WINDOW = 4
DEAD_AFTER = 4          # seconds: a killed worker's job goes back to the queue this soon


def _start(args: list[str], cwd: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen([*NEWSVAULT, *args], cwd=cwd, env={**os.environ, **TEST_ENV},
                            stdout=open(log, "w"), stderr=subprocess.STDOUT)


def _wait(condition, timeout: float, what: str, poll: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(poll)
    raise AssertionError(f"timed out waiting for {what}")


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for p, ppid, _ in marked_processes():
        children.setdefault(ppid, []).append(p)
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        return b"State:\tZ" not in Path(f"/proc/{pid}/status").read_bytes()
    except OSError:
        return False


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def cluster_run(tmp_path_factory, postgres_server, redis_server):
    tmp = tmp_path_factory.mktemp("cluster")
    url = postgres_server.create_database("cluster")
    shared = SiteServer({**build_farm_site("alpha", ARTICLES, SERVER_DELAY), **build_farm_site("beta", ARTICLES, SERVER_DELAY)})
    own = SiteServer(build_farm_site("gamma", ARTICLES, SERVER_DELAY))
    with shared, own:
        sources = [{"name": name, "start_urls": [server.url(listing_path(name))], "article_pattern": article_pattern(name)}
                   for name, server in (("alpha", shared), ("beta", shared), ("gamma", own))]
        cfg = write_config(tmp / "newsvault.toml", sources, crawl={"delay": POLITE},
                           archive={"url": url, "warc_dir": str(tmp / "warc")},
                           extra=f'[schedule]\ndefault = "every 3s"\n[cluster]\nbroker = "{redis_server.url(1)}"\n'
                                 f'dead_after = "{DEAD_AFTER}s"\n')
        run_newsvault("upgrade", "--db", url, check=True)  # create the tables before three processes race to
        workers = [_start(["worker", "--config", str(cfg)], tmp, tmp / f"worker{i}.log") for i in (1, 2)]
        scheduler = _start(["schedule", "run", "--config", str(cfg)], tmp, tmp / "scheduler.log")
        try:
            status = lambda: json.loads(run_newsvault("cluster", "status", "--json", "--config", cfg, check=True).stdout)
            # The scheduler queues all three; once it has, it stops (no second round of runs).
            _wait(lambda: "gamma: queued" in (tmp / "scheduler.log").read_text() and "beta: queued" in
                  (tmp / "scheduler.log").read_text() and "alpha: queued" in (tmp / "scheduler.log").read_text(),
                  60, "the scheduler to queue the three sources")
            _stop(scheduler)
            # Kill the worker whose crawl has archived part of its site.
            r = redis.Redis.from_url(redis_server.url(1), decode_responses=True)

            def crawling():
                for source, raw in r.hgetall("newsvault:running").items():
                    job = {"source": source, **json.loads(raw)}
                    n = query(url, "SELECT count(*) FROM articles WHERE source_name=?", job["source"])[0][0]
                    if 1 <= n < ARTICLES and job.get("run_id"):
                        return job
                return None
            victim_job = _wait(crawling, 90, "a worker half-way through a site", poll=0.05)
            pid = int(victim_job["worker"].rsplit(":", 1)[1])
            victim = next(w for w in workers if w.pid == pid)
            descendants = _descendants(pid)  # its warm crawl servers and the crawl forked from one
            assert len(descendants) >= 2, descendants
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=30)
            killed_at = time.time()
            # Nothing of the killed worker goes on writing beside the worker that takes its job over.
            _wait(lambda: not any(_alive(p) for p in descendants), ORPHAN_GRACE_S + 10,
                  "the killed worker's crawl servers and crawl to end")
            # The other worker finishes its job, then takes the killed one's over.
            _wait(lambda: (s := status()) and not s["queued"] and not s["running"] and s["queue_depth"] == 0 and
                  query(url, "SELECT count(*) FROM runs WHERE status IN ('running')")[0][0] == 0 and
                  query(url, "SELECT count(*) FROM runs WHERE source=? AND status='ok'", victim_job["source"])[0][0],
                  180, "every job to finish")
            final = status()
        finally:
            for p in [scheduler, *workers]:
                _stop(p)
        times = {"shared": list(shared.request_times), "own": list(own.request_times)}
    return {"tmp": tmp, "url": url, "victim": victim_job, "killed_at": killed_at, "status": final, "times": times,
            "survivor": next(w for w in workers if w.pid != pid).pid}


def test_every_article_is_archived_exactly_once(cluster_run):
    rows = query(cluster_run["url"], "SELECT source_name, url FROM articles")
    per_source = {s: sorted(r["url"].rsplit("/", 1)[1] for r in rows if r["source_name"] == s) for s in ("alpha", "beta", "gamma")}
    assert all(per_source[s] == sorted(f"{i}.htm" for i in range(1, ARTICLES + 1)) for s in per_source), per_source
    assert len({r["url"] for r in rows}) == len(rows) == 3 * ARTICLES
    versions = query(cluster_run["url"], "SELECT article_id, count(*) n FROM article_versions GROUP BY article_id")
    assert len(versions) == 3 * ARTICLES and all(v["n"] == 1 for v in versions)  # the rerun found them unchanged


def test_the_killed_run_is_recorded_interrupted_and_the_job_redone_by_the_other_worker(cluster_run):
    source, victim = cluster_run["victim"]["source"], cluster_run["victim"]["worker"]
    runs = query(cluster_run["url"], "SELECT id, status, worker, articles_new, articles_unchanged FROM runs "
                                     "WHERE source=? ORDER BY id", source)
    assert [r["status"] for r in runs] == ["interrupted", "ok"], [dict(r) for r in runs]
    assert runs[0]["worker"] == victim and runs[1]["worker"] == f"{victim.rsplit(':', 1)[0]}:{cluster_run['survivor']}"
    assert runs[1]["articles_new"] + runs[1]["articles_unchanged"] == ARTICLES
    others = query(cluster_run["url"], "SELECT status FROM runs WHERE source != ?", source)
    assert [r["status"] for r in others] == ["ok", "ok"]
    shown = json.loads(run_newsvault("runs", "--json", "--db", cluster_run["url"], check=True).stdout)
    assert {r["worker"] for r in shown} <= {victim, runs[1]["worker"]} and all(r["worker"] for r in shown)


def test_the_database_and_the_warc_files_are_whole(cluster_run):
    warc = cluster_run["tmp"] / "warc"
    files = sorted(warc.glob("newsvault-*.warc.gz"))
    assert files and all(os.uname().nodename in f.name for f in files)  # host and pid name each writer's files
    for f in files:  # what `warcio check` does: every record parses to its end
        with open(f, "rb") as stream:
            for record in ArchiveIterator(stream, check_digests=True):
                record.content_stream().read()
    with connect(cluster_run["url"], readonly=True) as conn:
        for cap in conn.execute("SELECT id, status FROM captures WHERE status = 200"):
            assert capture_body(conn, cap["id"], warc).startswith(b"<!DOCTYPE html>")
        dangling = conn.execute("SELECT count(*) FROM articles a LEFT JOIN captures c ON c.id = a.capture_id "
                                "WHERE c.id IS NULL").fetchone()[0]
        assert dangling == 0
        indexed = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert indexed == conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_politeness_is_kept_across_workers(cluster_run):
    for host, times in cluster_run["times"].items():
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert gaps and min(gaps) >= POLITE - JITTER, (host, sorted(gaps)[:5])
        spans = [b - a for a, b in zip(times, times[WINDOW:])]
        assert spans and min(spans) >= WINDOW * POLITE - JITTER, (host, sorted(spans)[:5])
    # alpha and beta share a host: two workers crawled them, one request at a time between them
    assert len(cluster_run["times"]["shared"]) >= 2 * (ARTICLES + 1)


def test_cluster_status_shows_the_dead_worker_and_nothing_left_to_do(cluster_run):
    s = cluster_run["status"]
    assert s["queued"] == [] and s["running"] == [] and s["queue_depth"] == 0
    victim = cluster_run["victim"]["worker"]
    by_name = {w["name"]: w for w in s["workers"]}
    assert victim in by_name and not by_name[victim]["alive"]
    text = run_newsvault("cluster", "status", "--config", cluster_run["tmp"] / "newsvault.toml", check=True).stdout
    assert "workers:" in text and "queued: 0" in text and "running: 0" in text


def test_crawl_enqueue_queues_a_source_once_and_needs_a_cluster(tmp_path, redis_server):
    sources = [{"name": n, "start_urls": [f"http://127.0.0.1:9/{n}/"]} for n in ("alpha", "beta")]
    cfg = write_config(tmp_path / "newsvault.toml", sources, extra=f'[cluster]\nbroker = "{redis_server.url(2)}"\n')
    first = run_newsvault("crawl", "alpha", "--enqueue", "--config", cfg, cwd=tmp_path, check=True)
    again = run_newsvault("crawl", "alpha", "--enqueue", "--config", cfg, cwd=tmp_path, check=True)
    assert first.stdout.strip() == "alpha: queued"
    assert again.stdout.strip() == "alpha: already queued or running: not queued again"
    status = json.loads(run_newsvault("cluster", "status", "--json", "--config", cfg, check=True).stdout)
    assert [q["source"] for q in status["queued"]] == ["alpha"] and status["queue_depth"] == 1
    assert not (tmp_path / "archive.db").exists()  # queued, not crawled here
    alone = write_config(tmp_path / "alone.toml", sources)
    proc = run_newsvault("crawl", "alpha", "--enqueue", "--config", alone, cwd=tmp_path)
    assert proc.returncode == 2 and "--enqueue needs a [cluster] section" in proc.stderr
