"""Cluster benchmark: 40 local sites crawled by 1, 2 and 4 `newsvault worker` processes.

Each site is a server of its own on 127.0.0.1 (a host of its own, as far as politeness goes),
with a listing page and ``--articles`` articles, every page answered after a 0.2 s delay: the
crawl is network-bound, as real crawls are. For each number of workers a fresh PostgreSQL
database and Redis namespace take the 40 jobs (queued as the scheduler queues them), the workers
run them, and pages/s is the pages the 40 runs fetched over the time from queueing to the last
run's end. Workers run one job at a time (one source each); each site is crawled one request at
a time (`concurrency_per_domain = 1`), no extra politeness delay.

    .venv/bin/python bench/cluster.py                 # 40 sites × 20 articles, 1/2/4 workers
    .venv/bin/python bench/cluster.py --sites 8 --articles 5 --workers 1 2   # a quick check

The last line: ``cluster: sites=40 pps_1=A pps_2=B pps_4=C scale_2=X scale_4=Y``.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cluster.queue import KEY, Cluster, enqueue  # noqa: E402
from demo.farm import article_pattern, build_farm_site, listing_path  # noqa: E402
from demo.server import SiteServer  # noqa: E402
from demo.servers import LocalPostgres, LocalRedis  # noqa: E402
from tests.conftest import NEWSVAULT, query, write_config  # noqa: E402

# The latency of every page (the "0.2 s per-request delay"): network-bound crawls.
PAGE_DELAY_S = 0.2
# The longest a worker may take to start (imports, crawl servers): seconds on an idle machine.
WORKER_START_S = 120
PG_SETTINGS = "-c shared_buffers=256MB -c max_connections=60"
# Issue 14's targets: pages/s at 2 and 4 workers over 1 worker's.
TARGETS = {2: 1.8, 4: 3.2}


def one_round(workers: int, servers: list[SiteServer], pg: LocalPostgres, redis_url: str, folder: Path) -> tuple[int, float]:
    """(pages fetched, seconds) for the sites crawled by ``workers`` worker processes."""
    url = pg.create_database(f"cluster_{workers}")
    names = [f"site{i:02d}" for i in range(len(servers))]
    sources = [{"name": n, "start_urls": [s.url(listing_path(n))], "article_pattern": article_pattern(n)}
               for n, s in zip(names, servers)]
    cfg = write_config(folder / f"newsvault-{workers}.toml", sources,
                       crawl={"delay": 0, "concurrency_per_domain": 1},
                       archive={"url": url, "warc_dir": str(folder / f"warc-{workers}")},
                       extra=f'[cluster]\nbroker = "{redis_url}"\n')
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NEWSVAULT_CLEAN_WORKERS": "0"}
    subprocess.run([*NEWSVAULT, "upgrade", "--db", url], check=True, capture_output=True, env=env)
    procs = [subprocess.Popen([*NEWSVAULT, "worker", "--config", str(cfg)], cwd=folder, env=env,
                              stdout=open(folder / f"worker-{workers}-{i}.log", "w"), stderr=subprocess.STDOUT)
             for i in range(workers)]
    try:
        # The clock starts once every worker is up (it says so in Redis when its crawl servers are ready).
        cluster = Cluster(redis_url)
        deadline = time.monotonic() + WORKER_START_S
        while len(cluster.redis().hkeys(KEY + "workers")) < workers:
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                sys.exit(f"bench/cluster.py: the workers did not start; see {folder}")
            time.sleep(0.2)
        started = time.monotonic()
        for n in names:
            enqueue(cluster, n, "schedule")
        while True:
            done = query(url, "SELECT count(*) FROM runs WHERE status <> 'running'")[0][0]
            if done >= len(names):
                break
            if any(p.poll() is not None for p in procs):
                sys.exit(f"bench/cluster.py: a worker exited; see {folder}")
            time.sleep(0.2)
        seconds = time.monotonic() - started
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            p.wait(timeout=120)
    bad = query(url, "SELECT source, status FROM runs WHERE status <> 'ok'")
    if bad:
        print(f"  runs not ok: {[tuple(r) for r in bad]}", flush=True)
    pages = query(url, "SELECT COALESCE(sum(pages_fetched), 0) FROM runs")[0][0]
    return pages, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=40)
    ap.add_argument("--articles", type=int, default=20, help="articles per site")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--keep-dir", help="keep the workers' and runs' logs in this folder")
    args = ap.parse_args()
    with ExitStack() as stack:
        folder = Path(args.keep_dir) if args.keep_dir else Path(stack.enter_context(
            tempfile.TemporaryDirectory(prefix="newsvault-bench-cluster-")))
        folder.mkdir(parents=True, exist_ok=True)
        pg = stack.enter_context(LocalPostgres(settings=PG_SETTINGS))
        redis = stack.enter_context(LocalRedis())
        servers = [stack.enter_context(SiteServer(build_farm_site(f"site{i:02d}", args.articles, PAGE_DELAY_S)))
                   for i in range(args.sites)]
        print(f"{args.sites} sites × ({args.articles} articles + a listing), {PAGE_DELAY_S} s a page; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        pps = {}
        for n, w in enumerate(args.workers):
            pages, seconds = one_round(w, servers, pg, redis.url(n), folder)
            pps[w] = pages / seconds
            print(f"workers={w} pages={pages} seconds={seconds:.1f} pages_per_s={pps[w]:.2f} "
                  f"(load average {os.getloadavg()[0]:.1f})", flush=True)
    one = pps.get(1)
    scale = {w: (pps[w] / one if one else 0.0) for w in pps}
    for w, target in TARGETS.items():
        if w in scale:
            print(f"  scale_{w}={scale[w]:.2f} beside the target ≥ {target} "
                  f"({'met' if scale[w] >= target else 'NOT met'}; ideal {w:.1f})", flush=True)
    print(f"cluster: sites={args.sites} " + " ".join(f"pps_{w}={pps[w]:.2f}" for w in pps) + " "
          + " ".join(f"scale_{w}={scale[w]:.2f}" for w in pps if w != 1))


if __name__ == "__main__":
    main()
