"""robots.txt, as RFC 9309 says and as Google does it: read once per host and run, capped in size,
and a server that cannot answer for its robots.txt is not taken as saying "allow everything".

- A robots.txt is read only up to ``ROBOTS_MAX_BYTES`` (500 KiB, Google's limit): the rest is
  ignored, so that an 18 MB file of 700,000 rules cannot stall the crawl (parsing one took 22 s
  and 1.2 GB, and every URL check 0.5 s).
- It is fetched and parsed once per origin per run, before the first request to that origin.
- 2xx: its rules apply. 4xx (404, 403…): no rules, everything allowed (RFC 9309 §2.3.1.3).
- 5xx after the retries, or no answer (timeout, refused, reset): everything on that origin is
  disallowed for this run (RFC 9309 §2.3.1.4); each request refused for it is a failure of kind
  ``robots`` naming the reason, so the run says why it archived nothing.
- A URL its rules disallow is recorded as ``robots_disallowed`` (not an error: the site asked).
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured, StopDownload
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK

from scraper.middlewares import ROBOTS_KEY, drop

logger = logging.getLogger(__name__)

# Google reads the first 500 KiB of a robots.txt and ignores the rest
# (developers.google.com/search/docs/crawling-indexing/robots/robots_txt); RFC 9309 §2.5 asks
# for at least 500 KiB. 500 KiB of rules (~20,000 lines) parse in about a second here.
ROBOTS_MAX_BYTES = 500 * 1024
_BYTES_KEY = "newsvault_robots_bytes"


@dataclass(frozen=True)
class RobotsPolicy:
    """What one origin's robots.txt allows: its rules, everything, or nothing (with why)."""

    rules: Protego | None = None
    refuse_all: str | None = None  # why nothing may be fetched (its robots.txt could not be read)

    def check(self, request: Request, user_agent: str) -> None:
        if self.refuse_all is not None:
            raise drop(request, "robots", self.refuse_all)
        if self.rules is not None and not self.rules.can_fetch(request.url, user_agent):
            raise drop(request, "robots_disallowed", "disallowed by the site's robots.txt")


ALLOW_ALL = RobotsPolicy()


class RobotsMiddleware:
    """Replaces Scrapy's RobotsTxtMiddleware (same place in the chain, ROBOTSTXT_OBEY)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        self.policies: dict[str, asyncio.Future[RobotsPolicy]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        mw = cls(crawler)
        crawler.signals.connect(mw.cap_size, signal=signals.bytes_received)
        return mw

    async def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt") or not request.url.startswith(("http://", "https://")):
            return
        policy = await self.policy(request)
        policy.check(request, self.user_agent)

    async def policy(self, request: Request) -> RobotsPolicy:
        """The policy of the request's origin, fetched once per run (concurrent requests wait for it)."""
        parts = urlsplit(request.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        known = self.policies.get(origin)
        if known is None:
            known = self.policies[origin] = asyncio.ensure_future(self._fetch(origin))
        return await asyncio.shield(known)

    async def _fetch(self, origin: str) -> RobotsPolicy:
        url = f"{origin}/robots.txt"
        request = Request(url, priority=1000, callback=NO_CALLBACK,
                          meta={"dont_obey_robotstxt": True, ROBOTS_KEY: True, "handle_httpstatus_all": True})
        stats = self.crawler.stats
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception as e:
            stats.inc_value("newsvault/robots_unreachable")
            reason = f"{url} could not be fetched ({type(e).__name__}: {str(e)[:100]}): as RFC 9309 says, " \
                     f"nothing of {origin} is fetched in this run"
            logger.warning("%s", reason)
            return RobotsPolicy(refuse_all=reason)
        if 500 <= response.status:
            stats.inc_value("newsvault/robots_unreachable")
            reason = f"{url} answered HTTP {response.status}: as RFC 9309 says, nothing of {origin} is fetched " \
                     f"in this run"
            logger.warning("%s", reason)
            return RobotsPolicy(refuse_all=reason)
        if response.status >= 400 or response.status < 200:
            return ALLOW_ALL
        return RobotsPolicy(rules=Protego.parse(_text(response)))

    def cap_size(self, data: bytes, request: Request, spider) -> None:
        """bytes_received: stop downloading a robots.txt at ROBOTS_MAX_BYTES (the part read is kept)."""
        if not request.meta.get(ROBOTS_KEY):
            return
        received = request.meta.get(_BYTES_KEY, 0) + len(data)
        request.meta[_BYTES_KEY] = received
        if received > ROBOTS_MAX_BYTES:
            raise StopDownload(fail=False)


def _text(response: Response) -> str:
    """The first ROBOTS_MAX_BYTES of the file, cut at the last whole line, as text."""
    body = response.body
    if len(body) > ROBOTS_MAX_BYTES or "download_stopped" in response.flags:
        body = body[:ROBOTS_MAX_BYTES]
        body = body[:body.rfind(b"\n") + 1] if b"\n" in body else b""
        logger.warning("%s: over %d KiB: only its first %d KiB are read", response.url,
                       ROBOTS_MAX_BYTES // 1024, ROBOTS_MAX_BYTES // 1024)
    return body.decode("utf-8", "replace")
