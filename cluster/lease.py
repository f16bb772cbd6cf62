"""One worker per source at a time: a lease in Redis, renewed while the job runs.

redis-py's Lock (a key with a random token and an expiry, released and extended only by its
holder) is the lease. The job renews it every third of its life; a worker that dies stops
renewing it, so it expires ``dead_after`` later — when Dramatiq also gives the dead worker's
job to another worker, which can then take the lease.
"""
from __future__ import annotations

import json

import redis
from redis.exceptions import LockError

from cluster.queue import KEY


class Lease:
    """The lease on one source's crawls."""

    def __init__(self, r: redis.Redis, source: str, ttl_s: float):
        self.r = r
        self.source = source
        self.ttl_s = ttl_s
        self.lock = r.lock(KEY + "lease:" + source, timeout=ttl_s, blocking=False, thread_local=False)
        self._holder: dict | None = None

    def acquire(self, holder: dict) -> bool:
        """Take the lease (False: another worker holds it) and say who holds it."""
        if not self.lock.acquire(blocking=False):
            return False
        self._holder = holder
        self.r.hset(KEY + "running", self.source, json.dumps(holder))
        return True

    def note(self, **facts) -> None:
        """Add to what the running entry says (the run id once it exists)."""
        if self._holder is not None:
            self._holder = {**self._holder, **facts}
            self.r.hset(KEY + "running", self.source, json.dumps(self._holder))

    def renew(self) -> bool:
        """Extend the lease by its full life; False when it was lost (expired and maybe taken)."""
        try:
            self.lock.extend(self.ttl_s, replace_ttl=True)
            return True
        except LockError:
            return False

    def release(self) -> None:
        """Say the job is over, then give the lease up (an expired one may be another's by now)."""
        if self.holder() == self._holder:
            self.r.hdel(KEY + "running", self.source)
        try:
            self.lock.release()
        except LockError:
            pass

    def holder(self) -> dict | None:
        raw = self.r.hget(KEY + "running", self.source)
        return json.loads(raw) if raw else None
