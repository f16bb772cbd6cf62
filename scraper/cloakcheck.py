"""cloak_check: fetch pages again as a search spider arrives, to catch spam served only to it.

Some hijacked servers send the clean page to a visitor and the spam to a search engine's spider
(or redirect a visitor who comes from a search engine to a casino). One fetch never sees that.
For a source with ``cloak_check = true``, the crawl fetches again, once it has fetched
everything else:

  * the pages its cleaning found hijacked, and those the archive held hijacked when the run
    began (at most MAX_FLAGGED a run), and
  * ``cloak_check_sample`` of the others, drawn at random over the run,

each with Baiduspider's user agent and a Baidu search referrer — the spider that gambling SEO
spam on Chinese sites is written for — without following redirects (a redirect only the spider
gets is the evidence). These requests go through the same downloader as the crawl's: robots.txt
(the rules for newsvault's own user agent: it is newsvault that fetches), the delay and the
per-domain concurrency apply. The spider's answer is compared with the visitor's page in a
cleaner worker (scraper.clean.compare_responses) and archived beside it as a WARC record of its
own (archive.cloaks); what only the spider was served becomes ``server_cloak`` findings.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import random
from concurrent.futures import Future
from contextlib import closing
from typing import AsyncIterator, Callable

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from twisted.python.failure import Failure

from archive.cloaks import SpiderView
from archive.db import connect
from core.clock import utcnow
from core.pages import FetchedPage
from scraper.clean import compare_responses
from scraper.middlewares import WIRE_HEADERS_KEY

logger = logging.getLogger(__name__)

# Baiduspider's own user agent string, as Baidu documents it: gambling SEO spam on Chinese
# gov/edu sites is written for Baidu, and server-side cloaking keys on this name.
SPIDER_USER_AGENT = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"
# A visitor arriving from a Baidu search: cloaking that redirects search visitors keys on this.
SEARCH_REFERER = "https://www.baidu.com/"
# Flagged pages checked per run at most: a hijack serves the same spam throughout a site, and a
# site hijacked on thousands of pages must not cost a second crawl of them. Their bodies wait in
# memory until the checks go out at the end of the run (a few MB at most).
MAX_FLAGGED = 50


class CloakCheck:
    """The cloaking check of one crawl of a cloak_check source (created by CleanPipeline)."""

    def __init__(self, crawler, submit: Callable[..., Future], sample: int, seed: int | None = None):
        self.crawler = crawler
        self.submit = submit
        self.source = crawler.spider.source
        self.sample = sample
        self.random = random.Random(seed)
        self.flagged: list[FetchedPage] = []
        self.others: list[FetchedPage] = []   # a uniform sample of the unflagged pages (reservoir)
        self.unflagged_seen = 0
        self.known_hijacked: set[str] = set()
        self.sent = False

    def open(self) -> None:
        db = self.crawler.settings.get("NEWSVAULT_DB")
        if db:
            with closing(connect(db, readonly=True)) as conn:
                self.known_hijacked = {r[0] for r in conn.execute(
                    "SELECT url FROM articles WHERE source_name=? AND hijacked=1 AND status='live'",
                    (self.source.name,))}
        self.crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    def consider(self, page: FetchedPage) -> None:
        """A cleaned article page of this run: check it later if flagged, or maybe as a sample."""
        if page.article is not None and page.article.hijacked or page.final_url in self.known_hijacked:
            if len(self.flagged) < MAX_FLAGGED:
                self.flagged.append(page)
            return
        self.unflagged_seen += 1
        if len(self.others) < self.sample:
            self.others.append(page)
        elif (j := self.random.randrange(self.unflagged_seen)) < self.sample:
            self.others[j] = page

    def spider_idle(self, spider) -> None:
        """Once the crawl has fetched everything else, send the checks (once)."""
        if spider is not self.crawler.spider or self.sent:
            return
        self.sent = True
        pages, self.flagged, self.others = self.flagged + self.others, [], []
        for page in pages:
            self.crawler.engine.crawl(self._request(page))
        if pages:
            logger.info("%s: cloak check: fetching %d pages again as a search spider", self.source.name, len(pages))
            raise DontCloseSpider

    def _request(self, page: FetchedPage) -> Request:
        return Request(page.final_url, callback=self.compare, errback=self.failed, dont_filter=True,
                       headers={"User-Agent": SPIDER_USER_AGENT, "Referer": SEARCH_REFERER},
                       cb_kwargs={"normal": page},
                       meta={"kind": "spider_view", "dont_redirect": True, "handle_httpstatus_all": True})

    async def compare(self, response: Response, normal: FetchedPage) -> AsyncIterator[SpiderView]:
        spider_page = _fetched(self.source.name, normal.final_url, response)
        args = (normal.body, dict(normal.headers), spider_page.status, dict(spider_page.headers), spider_page.body,
                normal.final_url)
        try:
            findings = await asyncio.wrap_future(self.submit(compare_responses, *args))
        except Exception as e:  # a stuck or crashed worker: the spider's view is still archived
            logger.warning("%s: %s: spider view not compared: %s", self.source.name, normal.final_url, e)
            findings = []
        if findings:
            logger.warning("%s: %s: served differently to a search spider: %s", self.source.name,
                           normal.final_url, "; ".join(f"{f.where}: {f.evidence}" for f in findings[:3]))
        yield SpiderView(self.source.name, normal.final_url, hashlib.sha256(normal.body).hexdigest(), spider_page,
                         findings)

    def failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        logger.info("%s: %s: no spider view (cloak check): %s", self.source.name, request.url,
                    failure.getErrorMessage())


def _fetched(source: str, url: str, response: Response) -> FetchedPage:
    request = response.request
    assert request is not None  # a response the engine downloaded always has its request
    headers = response.meta.get(WIRE_HEADERS_KEY) or [
        (k.decode("latin-1"), v.decode("latin-1")) for k, values in response.headers.items() for v in values]
    return FetchedPage(source_name=source, url=url, final_url=response.url, status=response.status, headers=headers,
                       body=response.body, fetched_at=utcnow(),
                       request_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                                        for k, values in request.headers.items() for v in values],
                       method=request.method, protocol=response.protocol or "HTTP/1.1")
