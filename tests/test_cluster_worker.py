"""One worker on real servers: `--concurrency 2` crawls two sources at once (each in a crawl
process of its own, forked from the worker's warm crawl servers; one of them killed before the
jobs came, and replaced), and `cluster status` shows each source's last error — a crawl that
failed, a job that could not start."""
from __future__ import annotations

import json
import os
import signal
from datetime import datetime

import pytest

from demo.farm import article_pattern, build_farm_site, listing_path
from demo.server import SiteServer
from tests.conftest import marked_processes, query, run_newsvault, write_config
from tests.test_cluster import _start, _stop, _wait

ARTICLES = 6
SERVER_DELAY = 0.3   # seconds a page takes: each crawl lasts a few seconds, long enough to overlap


def _sources(server: SiteServer) -> list[dict]:
    return [{"name": n, "start_urls": [server.url(listing_path(n))], "article_pattern": article_pattern(n)}
            for n in ("alpha", "beta")]


@pytest.fixture(scope="module")
def worker_run(tmp_path_factory, postgres_server, redis_server):
    tmp = tmp_path_factory.mktemp("worker")
    url = postgres_server.create_database("worker")
    broker = f'[cluster]\nbroker = "{redis_server.url(3)}"\n'
    archive = {"url": url, "warc_dir": str(tmp / "warc")}
    site = SiteServer({**build_farm_site("alpha", ARTICLES, SERVER_DELAY), **build_farm_site("beta", ARTICLES, SERVER_DELAY)})
    with site:
        down = {"name": "down", "start_urls": ["http://127.0.0.1:9/down/"]}  # nothing listens on port 9
        gone = {"name": "gone", "start_urls": ["http://127.0.0.1:9/gone/"]}
        cfg = write_config(tmp / "newsvault.toml", [*_sources(site), down], archive=archive, extra=broker)
        # "gone" is queued by a host whose configuration has it, the worker's has not.
        elsewhere = write_config(tmp / "elsewhere.toml", [*_sources(site), down, gone], archive=archive, extra=broker)
        run_newsvault("upgrade", "--db", url, check=True)
        worker = _start(["worker", "--concurrency", "2", "--config", str(cfg)], tmp, tmp / "worker.log")
        try:
            status = lambda: json.loads(run_newsvault("cluster", "status", "--json", "--config", cfg, check=True).stdout)
            _wait(lambda: status()["workers"], 60, "the worker to start")
            servers = [pid for pid, ppid, _ in marked_processes() if ppid == worker.pid]
            assert len(servers) == 2, servers  # a warm crawl server per job slot
            os.kill(servers[0], signal.SIGKILL)  # one dies: the worker starts another when it needs it
            run_newsvault("crawl", "alpha", "beta", "down", "gone", "--enqueue", "--config", elsewhere, check=True)
            final = _wait(lambda: (s := status()) and not s["queued"] and not s["running"] and s["queue_depth"] == 0
                          and len(s["errors"]) == 2 and s, 120, "every job to end")
            text = run_newsvault("cluster", "status", "--config", cfg, check=True).stdout
        finally:
            _stop(worker)
    return {"url": url, "status": final, "text": text, "worker": worker, "log": (tmp / "worker.log").read_text()}


def test_a_worker_with_concurrency_2_crawls_two_sources_at_once(worker_run):
    runs = query(worker_run["url"], "SELECT source, status, started_at, finished_at, worker, articles_new FROM runs "
                                    "WHERE source IN ('alpha', 'beta') ORDER BY source")
    assert [(r["source"], r["status"], r["articles_new"]) for r in runs] == [("alpha", "ok", ARTICLES),
                                                                              ("beta", "ok", ARTICLES)]
    (a_start, a_end), (b_start, b_end) = [(datetime.fromisoformat(r["started_at"]), datetime.fromisoformat(r["finished_at"]))
                                          for r in runs]
    assert a_start < b_end and b_start < a_end, [dict(r) for r in runs]  # the two runs overlapped
    assert runs[0]["worker"] == runs[1]["worker"] == f"{runs[0]['worker'].split(':')[0]}:{worker_run['worker'].pid}"
    assert worker_run["worker"].returncode == 0  # stopped cleanly by SIGTERM
    assert "is gone: starting another" in worker_run["log"]  # the crawl server killed before the jobs


def test_cluster_status_shows_the_last_error_of_each_source(worker_run):
    errors = worker_run["status"]["errors"]
    assert set(errors) == {"down", "gone"}
    down_run = query(worker_run["url"], "SELECT id, status FROM runs WHERE source='down'")
    assert [r["status"] for r in down_run] == ["failed"]
    assert errors["down"]["run_id"] == down_run[0]["id"] and "failed" in errors["down"]["message"]
    assert errors["gone"]["run_id"] is None and "no longer configured" in errors["gone"]["message"]
    assert all(e["worker"].endswith(f":{worker_run['worker'].pid}") for e in errors.values())
    lines = worker_run["text"].splitlines()
    shown = lines[lines.index("last errors:") + 1:]
    assert any(line.split()[0] == "down" and "failed" in line for line in shown), shown
    assert any(line.split()[0] == "gone" and "no longer configured" in line for line in shown), shown
