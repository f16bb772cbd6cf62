"""Politeness across processes and hosts: one request per ``[crawl].delay`` to each host, for all
the crawls of a cluster together, held in Redis.

Scrapy's own DOWNLOAD_DELAY spaces the requests of one crawl process. In a cluster several
workers may crawl sources on the same host at once (two sections of one university's site, a
ministry's news and its notices): each would be polite alone and impolite together. So when the
configuration has a ``[cluster]``, every request first reserves the host's next free slot in
Redis — one atomic script on Redis's own clock, so the hosts' clocks never matter — and waits
for it (a request woken late for its slot takes a new one); Scrapy's local delay is then off
(the shared one is the stricter).

The slot key is the request's host and port (``newsvault:polite:<host:port>``): a real site's
port is its scheme's default, so this is the host; test servers on 127.0.0.1 differ by port.
"""
from __future__ import annotations

import asyncio
import logging
import time
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

KEY_PREFIX = "newsvault:polite:"
# A request woken this late for its slot (a busy process: a cleaning pool starting, a garbage
# collection) takes a new slot instead of going out close to the next one. Loopback measurements
# put an on-time wake-up within a few milliseconds.
LATE_S = 0.05
# Reserve the host's next slot: the later of now and the slot left by the last reservation, and
# leave the one after it. Returns milliseconds to wait. The key outlives its slot by a minute so
# that an idle host's key goes away by itself.
_RESERVE = """
local now = redis.call('TIME')
local t = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(t, free)
local gap = tonumber(ARGV[1])
redis.call('SET', KEYS[1], at + gap, 'PX', at + gap - t + 60000)
return at - t
"""


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return KEY_PREFIX + (parts.netloc.lower().rsplit("@", 1)[-1] or "-")


class SharedPolitenessMiddleware:
    """A downloader middleware: each request waits for its host's slot, reserved in Redis."""

    def __init__(self, broker_url: str, delay_s: float):
        import redis

        self.delay_ms = int(round(delay_s * 1000))
        self.client = redis.Redis.from_url(broker_url, socket_timeout=10, socket_connect_timeout=10)
        self.reserve = self.client.register_script(_RESERVE)

    @classmethod
    def from_crawler(cls, crawler):
        broker = crawler.settings.get("NEWSVAULT_POLITENESS_REDIS")
        if not broker:
            raise NotConfigured("no [cluster]: Scrapy's own delay keeps this crawl polite")
        return cls(broker, crawler.settings.getfloat("NEWSVAULT_POLITENESS_DELAY", 1.0))

    async def process_request(self, request: Request) -> None:
        if self.delay_ms <= 0:
            return
        key = host_key(request.url)
        while True:
            wait_ms = int(self.reserve(keys=[key], args=[self.delay_ms]))
            due = time.monotonic() + wait_ms / 1000
            if wait_ms > 0:
                await asyncio.sleep(wait_ms / 1000)
            if time.monotonic() - due <= LATE_S:
                return
            # Woken late (the process was busy): the slot may now sit next to another process's.
            # Take a new one rather than send off-beat.
