"""The shared queue and what the cluster keeps in Redis beside it.

Dramatiq's Redis broker holds the crawl jobs (one message per source to crawl) under the
``newsvault`` namespace. Why Dramatiq: a job is a whole nightly crawl of one source, minutes to
hours long. Dramatiq acknowledges a message when its job ends, and every worker process
heartbeats in Redis while it lives, so the job of a worker that dies (SIGKILL, host lost) goes
back to the queue after ``dead_after`` for another worker to finish — while a long job of a
live worker is never handed out twice (Celery's Redis transport redelivers any job unacked
after its visibility timeout, live worker or not; scrapy-redis shares one crawl's requests
between processes, where we want whole sources as units, one worker each).

Beside the queue (all under ``newsvault:``):
- ``lease:<source>``: the worker crawling the source now (cluster.lease): one at a time;
- ``queued`` (hash source → JSON): sources with a job waiting or running, so the scheduler does
  not queue a source twice;
- ``running`` (hash source → JSON): which worker runs which source's job, its run id, since when;
- ``workers`` (hash name → JSON): each worker's host, pid, concurrency and last heartbeat;
- ``errors`` (hash source → JSON): the last error of each source's jobs.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import Retries, ShutdownNotifications

from core.clock import utcnow

NAMESPACE = "newsvault"
QUEUE = "crawl"
ACTOR = "crawl_source"
KEY = NAMESPACE + ":"
# A worker not heard from for this long is dead: its job is queued again and its leases expire
# ([cluster].dead_after). Dramatiq's heartbeat is every poll (about a second); a minute rides out
# a stalled Redis or a busy host without handing a live worker's job to another.
DEAD_AFTER = timedelta(seconds=60)
# Each poll has this chance (per million) of also requeuing dead workers' jobs. With the workers
# polling about once a second each, a dead worker's job is back in the queue seconds after
# DEAD_AFTER; the check is a few Redis commands.
MAINTENANCE_CHANCE = 100_000
# A job that failed for want of the lease or of the archive is tried again this often, at most
# this many times (an hour of a source's lease held by a worker that died is covered).
RETRY_BACKOFF_MS = 15_000
MAX_RETRIES = 50


@dataclass(frozen=True)
class Cluster:
    """The cluster's Redis, its queue and its bookkeeping."""

    broker_url: str
    dead_after: timedelta = DEAD_AFTER

    def redis(self) -> redis.Redis:
        return redis.Redis.from_url(self.broker_url, socket_timeout=30, socket_connect_timeout=10,
                                    decode_responses=True)

    def broker(self) -> RedisBroker:
        """A Dramatiq broker: retries (for jobs that could not start), no time limit (jobs supervise
        their crawl's max_runtime themselves), shutdown notices for graceful stops."""
        broker = RedisBroker(url=self.broker_url, namespace=NAMESPACE,
                             heartbeat_timeout=int(self.dead_after.total_seconds() * 1000),
                             maintenance_chance=MAINTENANCE_CHANCE,
                             middleware=[ShutdownNotifications(),
                                         Retries(max_retries=MAX_RETRIES, min_backoff=RETRY_BACKOFF_MS,
                                                 max_backoff=RETRY_BACKOFF_MS * 4)])
        return broker


def declare_actor(broker: RedisBroker, fn: Callable[..., Any]) -> dramatiq.Actor:
    """The crawl actor on ``broker`` (the function runs on workers; senders only need its name)."""
    return dramatiq.actor(broker=broker, actor_name=ACTOR, queue_name=QUEUE)(fn)


def _noop(source: str, trigger: str, enqueued_at: str) -> None:  # the senders' stand-in for the actor
    raise RuntimeError("crawl jobs run in `newsvault worker`")


def enqueue(cluster: Cluster, source: str, trigger: str, stale_after: timedelta | None = None) -> bool:
    """Queue a crawl of ``source``; False (nothing queued) when one is already waiting or running.

    A queued entry older than ``stale_after`` + the retry budget is a job that was lost (its
    retries ran out, or Redis lost the message): it no longer blocks a new one.
    """
    r = cluster.redis()
    entry = json.dumps({"trigger": trigger, "enqueued_at": utcnow()})
    if not r.hsetnx(KEY + "queued", source, entry):
        old = json.loads(r.hget(KEY + "queued", source) or "{}")
        limit = (stale_after or timedelta(hours=6)) + timedelta(milliseconds=RETRY_BACKOFF_MS * 4 * MAX_RETRIES)
        since = old.get("enqueued_at")
        if since and datetime.fromisoformat(utcnow()) - datetime.fromisoformat(since) < limit:
            return False
        r.hset(KEY + "queued", source, entry)
    broker = cluster.broker()
    try:
        declare_actor(broker, _noop).send(source, trigger, utcnow())
    except Exception:
        r.hdel(KEY + "queued", source)
        raise
    finally:
        broker.close()
    return True


def done(r: redis.Redis, source: str) -> None:
    """The source's job is over (finished, or failed for good): it may be queued again."""
    r.hdel(KEY + "queued", source)


def record_error(r: redis.Redis, source: str, worker: str, message: str, run_id: int | None = None) -> None:
    r.hset(KEY + "errors", source, json.dumps({"at": utcnow(), "worker": worker, "run_id": run_id,
                                               "message": message[:500]}))


def queue_depth(r: redis.Redis) -> int:
    """Jobs waiting in the queue (not yet taken by a worker)."""
    return int(r.llen(f"{NAMESPACE}:{QUEUE}")) + int(r.hlen(f"{NAMESPACE}:{QUEUE}.DQ.msgs"))
