"""Downloader middleware: retries that back off instead of hammering a struggling server."""
from __future__ import annotations

import asyncio

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

DELAY_KEY = "newsvault_retry_delay"


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, but the n-th retry waits base·2ⁿ⁻¹ seconds (capped), or the
    server's ``Retry-After`` when it sends one."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("NEWSVAULT_RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("NEWSVAULT_RETRY_BACKOFF_MAX", 60.0)

    async def process_request(self, request: Request) -> None:
        delay = request.meta.pop(DELAY_KEY, 0)
        if delay > 0:
            await asyncio.sleep(delay)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:  # spider: Scrapy's deprecated argument
        result = super().process_response(request, response)
        if isinstance(result, Request):
            retry_after = _retry_after(response)
            if retry_after is not None:
                result.meta[DELAY_KEY] = min(retry_after, self.cap)
        return result

    def _retry(self, request: Request, reason) -> Request | None:
        retry = super()._retry(request, reason)
        if retry is not None:
            n = retry.meta.get("retry_times", 1)
            retry.meta[DELAY_KEY] = min(self.base * 2 ** (n - 1), self.cap)
        return retry


def _retry_after(response: Response) -> float | None:
    value = response.headers.get(b"Retry-After")
    try:
        return float(value.decode()) if value else None
    except ValueError:
        return None


WIRE_HEADERS_KEY = "newsvault_wire_headers"


class WireHeadersMiddleware:
    """Keeps the response headers as the server sent them, before HttpCompressionMiddleware
    decodes the body and drops ``Content-Encoding``: the WARC record says what it changed."""

    def process_response(self, request: Request, response: Response) -> Response:
        request.meta[WIRE_HEADERS_KEY] = [(k.decode("latin-1"), v.decode("latin-1"))
                                          for k, values in response.headers.items() for v in values]
        return response
