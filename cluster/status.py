"""`newsvault cluster status`: the queue, the workers, the jobs running, each source's last error."""
from __future__ import annotations

import json
from datetime import datetime
from typing import cast

import redis

from cluster.queue import KEY, Cluster, queue_depth
from core.clock import utcnow


def _age_s(iso: str | None, now: datetime) -> float | None:
    if not iso:
        return None
    return (now - datetime.fromisoformat(iso)).total_seconds()


def _hash(r: redis.Redis, name: str) -> dict[str, str]:
    """A hash of ours (the client decodes responses: names and values are text)."""
    return cast(dict[str, str], r.hgetall(KEY + name))


def cluster_status(cluster: Cluster) -> dict:
    """``{workers, queued, running, queue_depth, errors}`` as `cluster status --json` prints it.

    A worker is ``alive`` when it was heard from within ``dead_after``; a running job whose lease
    is gone belongs to a dead worker and is shown ``lost`` (its job goes back to the queue).
    """
    r = cluster.redis()
    now = datetime.fromisoformat(utcnow())
    dead_after = cluster.dead_after.total_seconds()
    workers = []
    for name, raw in sorted(_hash(r, "workers").items()):
        w = json.loads(raw)
        age = _age_s(w.get("last_seen"), now)
        workers.append({"name": name, **w, "alive": age is not None and age < dead_after})
    running = []
    for source, raw in sorted(_hash(r, "running").items()):
        job = json.loads(raw)
        running.append({"source": source, **job, "lost": not r.exists(f"{KEY}lease:{source}")})
    busy = {j["source"] for j in running}
    queued = [{"source": s, **json.loads(raw)} for s, raw in sorted(_hash(r, "queued").items()) if s not in busy]
    errors = {s: json.loads(raw) for s, raw in sorted(_hash(r, "errors").items())}
    return {"workers": workers, "queued": queued, "running": running, "queue_depth": queue_depth(r), "errors": errors}
