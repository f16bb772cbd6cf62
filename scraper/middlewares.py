"""Downloader middlewares: politeness that holds, and no request dropped without a trace.

- ``BackoffRetryMiddleware``: transient failures retried through Scrapy's public
  ``get_retry_request``, the n-th retry after base·2ⁿ⁻¹ seconds (capped), or after the server's
  ``Retry-After`` (seconds or an HTTP date) when that is longer — never negative, never unbounded.
- ``DomainConcurrencyMiddleware``: at most ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests in flight
  per host at any ``delay``. Scrapy's own slot logic starts every queued request of a slot at
  once when its delay is 0 (the downloader schedules them before counting any as transferring),
  so with ``delay = 0`` a host saw 16 requests at a time whatever the setting said.
- ``RedirectGuardMiddleware``: each redirect checked before it is followed (loops, more than
  ``MAX_REDIRECTS`` hops, another site, a page this run already fetched); a refused one becomes a
  failure of kind ``redirect`` (or ``duplicate``), never a silent drop. Scrapy's duplicate filter
  is off (settings.py): the spider asks for each URL once, and this guard sees the redirects.
- ``SizeGuardedCompressionMiddleware``: Scrapy's decompression, with a body that would decompress
  past the page limit (a "zip bomb") recorded as ``too_large``.
- ``WireHeadersMiddleware``: the response headers as sent, before decompression, for the WARC record.

A middleware that refuses a request says why in its meta (``drop``); the spider's errback turns
that into a FetchFailure of that kind.
"""
from __future__ import annotations

import asyncio
import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.misc import load_object
from scrapy.utils.response import response_status_message

from core.pages import FILE_KINDS
from scraper import links

DELAY_KEY = "newsvault_retry_delay"
DROP_KEY = "newsvault_drop"            # (kind, message) of a request a middleware refused
ROBOTS_KEY = "newsvault_robots"        # a robots.txt request (scraper.robots)
SLOT_HELD_KEY = "newsvault_slot_held"
# "Chains over 20 hops" are refused (issue 10), as browsers do (Chrome and Firefox stop at 20).
MAX_REDIRECTS = 20


def drop(request: Request, kind: str, message: str) -> IgnoreRequest:
    """The exception that refuses ``request``, its reason kept for the spider's failure row."""
    request.meta[DROP_KEY] = (kind, message)
    return IgnoreRequest(message)


# -- retries -----------------------------------------------------------------------------------


class BackoffRetryMiddleware:
    """Retries transient failures (RETRY_HTTP_CODES, RETRY_EXCEPTIONS) with exponential backoff."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        self.crawler = crawler
        self.retry_http_codes = {int(x) for x in settings.getlist("RETRY_HTTP_CODES")}
        self.exceptions = tuple(load_object(x) if isinstance(x, str) else x
                                for x in settings.getlist("RETRY_EXCEPTIONS"))
        self.base = settings.getfloat("NEWSVAULT_RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("NEWSVAULT_RETRY_BACKOFF_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        delay = request.meta.pop(DELAY_KEY, 0)
        if delay > 0:
            await asyncio.sleep(delay)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        return self._retry(request, response_status_message(response.status), retry_after(response)) or response

    def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if isinstance(exception, self.exceptions) and not request.meta.get("dont_retry"):
            return self._retry(request, exception, None)
        return None

    def _retry(self, request: Request, reason: str | Exception, server_delay: float | None) -> Request | None:
        retry = get_retry_request(request, spider=self.crawler.spider, reason=reason)
        if retry is not None:
            backoff = self.base * 2 ** (retry.meta["retry_times"] - 1)
            # The server's Retry-After when it asks for longer than our own backoff; never beyond the cap.
            retry.meta[DELAY_KEY] = min(max(backoff, server_delay or 0.0), self.cap)
        return retry


def retry_after(response: Response, now: datetime | None = None) -> float | None:
    """The seconds a ``Retry-After`` header asks for (RFC 9110 §10.2.3: a whole number of seconds
    or an HTTP date), or None when it is absent or not one of those (``-5``, ``nan``, junk).
    A date is taken relative to the response's own ``Date`` when it sends one (the server's
    clock), and a date in the past asks for no wait."""
    raw = response.headers.get(b"Retry-After")
    if not raw:
        return None
    value = raw.decode("latin-1").strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    base = now or datetime.now(UTC)
    sent = response.headers.get(b"Date")
    if sent:
        try:
            server_now = parsedate_to_datetime(sent.decode("latin-1"))
            if server_now is not None and server_now.tzinfo is not None:
                base = server_now
        except (TypeError, ValueError, IndexError):
            pass
    seconds = (when - base).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


# -- politeness --------------------------------------------------------------------------------


class DomainConcurrencyMiddleware:
    """At most CONCURRENT_REQUESTS_PER_DOMAIN requests in flight per download slot (host).

    Sits last before the downloader: a request takes its host's semaphore in process_request and
    gives it back when its response (or failure) comes back. Retries waiting out their backoff
    and robots.txt lookups hold no place.
    """

    def __init__(self, per_domain: int):
        self.per_domain = per_domain
        self.slots: dict[str, asyncio.Semaphore] = {}

    @classmethod
    def from_crawler(cls, crawler):
        per_domain = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if per_domain <= 0:
            raise NotConfigured
        return cls(per_domain)

    async def process_request(self, request: Request) -> None:
        key = request.meta.get("download_slot") or (urlsplit(request.url).hostname or "")
        slot = self.slots.setdefault(key, asyncio.Semaphore(self.per_domain))
        await slot.acquire()
        request.meta[SLOT_HELD_KEY] = key

    def _release(self, request: Request) -> None:
        key = request.meta.pop(SLOT_HELD_KEY, None)
        if key is not None:
            self.slots[key].release()

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)


# -- redirects and sizes -----------------------------------------------------------------------


class RedirectGuardMiddleware:
    """Checks each redirected request (HTTP 3xx or meta refresh) before it is downloaded."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls")
        if not chain:
            return
        hops = " → ".join([*chain[-3:], request.url])
        if urlsplit(request.url).scheme not in ("http", "https"):
            raise drop(request, "redirect", f"redirects to a non-web address: {hops}")
        url = links.clean_url(request.url)
        if url in {links.clean_url(u) for u in chain}:
            raise drop(request, "redirect", f"redirect loop: {hops}")
        if len(chain) > MAX_REDIRECTS:
            raise drop(request, "redirect", f"more than {MAX_REDIRECTS} redirects, ending {hops}")
        if request.meta.get(ROBOTS_KEY):
            return  # robots.txt may live elsewhere (RFC 9309 §2.3.1.2); the run asks for it once anyway
        spider = self.crawler.spider
        if not links.in_domains(request.url, tuple(getattr(spider, "allowed_domains", ()) or ())):
            raise drop(request, "redirect", f"redirects off the site: {hops}")
        claim = getattr(spider, "claim_url", None)
        if request.meta.get("kind") in FILE_KINDS:
            return  # files are asked for once by scraper.files, apart from pages
        if claim is not None and not claim(url):
            raise drop(request, "duplicate", f"redirects to a page this run already fetched: {hops}")


class SizeGuardedCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's HttpCompressionMiddleware; its one refusal — a body that decompresses past
    DOWNLOAD_MAXSIZE, a "zip bomb" — is recorded as ``too_large`` instead of vanishing."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:  # spider: Scrapy's deprecated argument
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            limit = request.meta.get("download_maxsize", self._max_size)
            raise drop(request, "too_large", f"a {len(response.body):,}-byte body that decompresses past the "
                                             f"{limit // 2**20} MiB page limit (a decompression bomb)") from None


WIRE_HEADERS_KEY = "newsvault_wire_headers"


class WireHeadersMiddleware:
    """Keeps the response headers as the server sent them, before HttpCompressionMiddleware
    decodes the body and drops ``Content-Encoding``: the WARC record says what it changed."""

    def process_response(self, request: Request, response: Response) -> Response:
        request.meta[WIRE_HEADERS_KEY] = [(k.decode("latin-1"), v.decode("latin-1"))
                                          for k, values in response.headers.items() for v in values]
        return response
