"""`newsvault worker`: a process that takes crawl jobs from the cluster's queue and runs them,
``--concurrency`` at a time, until SIGTERM or Ctrl-C.

It registers itself in Redis (``newsvault:workers``) and renews that entry every few seconds, so
`newsvault cluster status` can tell the live workers from the dead. On SIGTERM it takes no new
job, gives running crawls ``[schedule].stop_grace`` to finish, then stops them (recorded
``interrupted``) and puts their jobs back in the queue for another worker; a second signal stops
them at once.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sys
import threading
import time

import dramatiq

from cluster.job import CrawlServers, JobRunner, WorkerIdentity
from cluster.queue import KEY, Cluster, declare_actor
from core.clock import utcnow
from scraper.sources import Config

logger = logging.getLogger("newsvault.worker")

# How often a worker says it is alive (newsvault:workers); a third of the dead_after of its jobs.
BEAT_S = 5.0
# The longest a Dramatiq consumer sleeps between its turns, in ms. It takes the next job (and
# acknowledges the last) only between turns, and while all its threads are busy it backs off to
# this: at 1,000 ms a worker sat idle 0.48 s on average between two jobs, a seventh of a small job;
# at 200 ms, 0.11 s (8 jobs each, bench/cluster.py --sites 8 --articles 5 --workers 1). An idle
# worker asks Redis about a dozen times a second (two queues: crawl and its delay queue).
POLL_MS = 200
# The main thread naps this long between looks at the signals its handler recorded: a handler that
# set an Event (a lock) could deadlock on the lock the interrupted main thread held, and a wait on
# that Event answers a signal the kernel handed to another thread only at the end of the wait
# (scheduler.SIGNAL_NAP_S tells how the crawl service was bitten by this). A stop waits at most this long.
SIGNAL_NAP_S = 0.2


def identity() -> WorkerIdentity:
    host = socket.gethostname()
    return WorkerIdentity(f"{host}:{os.getpid()}", host, os.getpid())


def serve(config: Config, concurrency: int, log_level: str = "INFO") -> int:
    """Run the worker in the foreground; returns the exit status (0 after a clean stop)."""
    assert config.cluster is not None, "checked by the command"
    logging.basicConfig(level=log_level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        force=True)
    logging.getLogger("dramatiq").setLevel(logging.WARNING)
    me = identity()
    cluster = Cluster(config.cluster.broker, config.cluster.dead_after)
    stopping = threading.Event()
    servers = CrawlServers(concurrency)  # warm crawl processes, one per slot, before any job is taken
    runner = JobRunner(config.path, cluster, me, stopping, servers)
    broker = cluster.broker()
    declare_actor(broker, runner)
    worker = dramatiq.Worker(broker, worker_threads=concurrency, worker_timeout=POLL_MS)
    worker.queue_prefetch = concurrency  # a job is taken only when a thread is free to run it
    r = cluster.redis()
    started = utcnow()

    def beat() -> None:
        r.hset(KEY + "workers", me.name, json.dumps({
            "host": me.host, "pid": me.pid, "started": started, "last_seen": utcnow(),
            "concurrency": concurrency, "jobs": dict(runner.active), "stopping": stopping.is_set()}))

    beat()
    worker.start()
    logger.info("newsvault worker %s: %d job(s) at once from %s, WARC files in %s", me.name, concurrency,
                config.cluster.broker, config.warc_dir)
    signals: list[int] = []

    def on_signal(signum: int, frame) -> None:
        signals.append(signum)  # no lock here: see SIGNAL_NAP_S

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    try:
        next_beat = time.monotonic() + BEAT_S
        while not signals:
            time.sleep(SIGNAL_NAP_S)  # the handler runs here, between two naps at the latest
            if time.monotonic() >= next_beat:
                beat()
                next_beat = time.monotonic() + BEAT_S
        logger.info("stopping: running crawls get %gs to finish (SIGTERM/SIGINT again: now)",
                    config.schedule.stop_grace.total_seconds())
        stopping.set()
        beat()
        stopper = threading.Thread(target=worker.stop, name="worker-stop", daemon=True)
        stopper.start()
        asked = len(signals)
        while stopper.is_alive():
            stopper.join(1.0)
            if len(signals) > asked:  # asked twice: stop the crawls now
                runner.urgent.set()
            beat()
    finally:
        r.hdel(KEY + "workers", me.name)
        broker.close()
        servers.close()
    logger.info("newsvault worker %s stopped", me.name)
    return 0
