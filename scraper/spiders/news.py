"""The one generic spider: listing pages, their pagination, feeds and sitemaps → raw article pages.

It never cleans and never writes rows: it yields ``FetchedPage`` for each article page and
``FetchFailure`` for each URL that could not be archived (HTTP error, timeout, not HTML).
What it knows of the archive comes in as a read-only snapshot (``scraper.recheck``): which
article URLs are archived, when each was last checked and with which validators, so that it
re-fetches them only when due and conditionally (a 304 is handed on, not parsed).
"""
from __future__ import annotations

import logging
from datetime import date
from typing import AsyncIterator, Iterator

import scrapy
from parsel import Selector
from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from core.clock import utcnow
from core.pages import GONE_STATUSES, FetchedPage, FetchFailure
from scraper import links
from scraper import stats as stats_keys
from scraper.middlewares import WIRE_HEADERS_KEY
from scraper.recheck import RecheckPolicy, feed_date, listed_date
from scraper.sources import Source

logger = logging.getLogger(__name__)

HTML_TYPES = (b"text/html", b"application/xhtml+xml")
# Content-Types that are often HTML in practice (misconfigured servers): we look at the bytes.
MAYBE_HTML_TYPES = (b"", b"text/plain", b"application/octet-stream")
GZIP_MAGIC = b"\x1f\x8b"
# Sitemaps larger than this (after gunzip) are refused, as Scrapy's SitemapSpider does.
SITEMAP_MAXSIZE = 50 * 1024 * 1024
# Answers to an article request that reach parse_article: not modified, and deleted.
NOT_MODIFIED = 304
# The element around a listing link that holds its date (<li>…<span>2024-05-09</span></li>).
ENTRY_XPATH = "ancestor::*[self::li or self::tr or self::dd or self::dt or self::p][1]"


class NewsSpider(scrapy.Spider):
    """Crawl one configured source."""

    name = "news"

    def __init__(self, source: Source, *args, policy: RecheckPolicy | None = None, **kwargs):
        kwargs["name"] = f"news:{source.name}"
        super().__init__(*args, **kwargs)
        self.source = source
        self.policy = policy or RecheckPolicy()
        self.not_due: set[str] = set()    # archived articles met but not re-fetched (recheck_after)
        self.allowed_domains = list(source.allowed_domains)
        self.seen_final_urls: set[str] = set()
        self.seen_files: set[str] = set()
        self.asked: set[str] = set()      # every URL requested this run (after clean_url)
        self.max_pages = 0                 # 0: no limit; set from NEWSVAULT_MAX_PAGES

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_pages = crawler.settings.getint("NEWSVAULT_MAX_PAGES", 0)
        crawler.signals.connect(spider.stop_non_html, signal=signals.headers_received)
        return spider

    # -- entry points --------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for url in self.source.start_urls:
            for request in self._request(url, self.parse_listing, kind="listing"):
                yield request
        for url in self.source.feeds:
            for request in self._request(url, self.parse_feed, kind="feed"):
                yield request
        for url in self.source.sitemaps:
            for request in self._request(url, self.parse_sitemap, kind="sitemap"):
                yield request
        for url in self.policy.recheck_urls():  # --recheck: archived articles no listing links any more too
            for request in self._request(url, self.parse_article, kind="article"):
                yield request

    def _request(self, url: str, callback, kind: str, listed_on=None, **meta) -> Iterator[Request]:
        """A request for ``url``, unless this run asked for it already or spent its page budget,
        or it is an archived article that is not due for a re-check (``listed_on``: the date its
        listing shows).

        The budget (``max_pages``) is counted here, on distinct URLs, rather than by Scrapy's
        CLOSESPIDER_PAGECOUNT, which lets every request already queued in the downloader run.
        """
        url = links.clean_url(url)
        if url in self.asked:
            return
        headers = {}
        if kind == "article":
            decision = self.policy.decide(url, listed_on)
            if not decision.fetch:
                if url not in self.not_due:  # linked from several listings: counted once
                    self.not_due.add(url)
                    self.crawler.stats.inc_value(stats_keys.RECHECK_SKIPPED)
                return
            headers = decision.headers
            # 304 (not modified) and 404/410 (deleted) of an article are answers to record, not errors.
            meta["handle_httpstatus_list"] = [NOT_MODIFIED, *GONE_STATUSES]
        if self.max_pages and len(self.asked) >= self.max_pages:
            if not self.crawler.stats.get_value(stats_keys.MAX_PAGES_REACHED):
                self.crawler.stats.set_value(stats_keys.MAX_PAGES_REACHED, True)
                self.logger.warning("%s: max_pages (%d) reached: the rest waits for the next run",
                                    self.source.name, self.max_pages)
            return
        self.asked.add(url)
        yield Request(url, callback=callback, errback=self.on_error, headers=headers or None,
                      meta={"kind": kind, **meta})

    def stop_non_html(self, headers, body_length, request, spider) -> None:
        """Do not download files (PDF, Word…) announced as such: record them, skip the bytes."""
        if spider is not self or request.meta.get("kind") in ("feed", "sitemap"):
            return
        ctype = (headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
        if ctype and ctype not in HTML_TYPES and ctype not in MAYBE_HTML_TYPES:
            raise StopDownload(fail=False)

    # -- listings ------------------------------------------------------------------------------

    def parse_listing(self, response: Response) -> Iterator[Request | FetchFailure]:
        if not _is_html(response):
            yield self._not_html(response)
            return
        for url, text, anchor in self._links(response):
            if links.is_binary_link(url):
                # A listed file (a notice published as a PDF): recorded, not downloaded.
                if len(text) >= links.MIN_HEADLINE_CHARS and url not in self.seen_files:
                    self.seen_files.add(url)
                    yield FetchFailure(self.source.name, url, None, "links a file, not an HTML page", "not_html")
            elif links.looks_like_pagination(url, text, response.url):
                yield from self._request(url, self.parse_listing, kind="listing")
            elif links.looks_like_article(url, text, self.source.article_pattern):
                # The entry's date matters only for an archived article (is it shown as new?).
                listed_on = _entry_date(anchor) if self.policy.known.get(url) else None
                yield from self._request(url, self.parse_article, kind="article", listed_on=listed_on,
                                         listing=response.url)

    def _links(self, response: Response) -> Iterator[tuple[str, str, Selector]]:
        for a in response.css("a[href]"):
            href = (a.attrib.get("href") or "").strip()
            if not href or links.NON_HTTP.match(href) or href.startswith("#"):
                continue
            url = links.clean_url(response.urljoin(href))
            if not url.startswith(("http://", "https://")) or not links.in_domains(url, self.source.allowed_domains):
                continue
            text = " ".join(a.css("::text").getall()).strip() or (a.attrib.get("title") or "")
            yield url, text, a

    # -- feeds and sitemaps --------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[Request]:
        sel = Selector(text=response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace"),
                       type="xml")
        sel.remove_namespaces()
        entries = []
        for item in sel.xpath("//item | //entry"):
            link = item.xpath("link/text()").get() or item.xpath("link[not(@rel) or @rel='alternate']/@href").get()
            if link and link.strip():
                when = item.xpath("updated/text() | pubDate/text() | published/text() | date/text()").get()
                entries.append((link, feed_date(when)))
        yield from self._article_requests(response, entries)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        body = response.body
        if body[:2] == GZIP_MAGIC:
            body = gunzip(body, max_size=SITEMAP_MAXSIZE)
        try:
            sitemap = Sitemap(body)
        except Exception as e:  # lxml raises a variety of errors on non-XML bodies
            self.logger.warning("%s: not a sitemap: %s", response.url, e)
            return
        locs = [(response.urljoin(entry["loc"].strip()), feed_date(entry.get("lastmod")))
                for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            for loc, _ in locs:
                yield from self._request(loc, self.parse_sitemap, kind="sitemap")
        else:
            yield from self._article_requests(response, locs)

    def _article_requests(self, response: Response, entries: list[tuple[str, date | None]]) -> Iterator[Request]:
        """Article requests for (URL, date listed or None) entries of a feed or sitemap."""
        for raw, listed_on in entries:
            url = links.clean_url(response.urljoin(raw.strip()))
            if not links.is_followable(url) or not links.in_domains(url, self.source.allowed_domains):
                continue
            # Feeds and sitemaps list articles; without a pattern, only obvious listings are skipped.
            pattern = self.source.article_pattern
            if pattern is not None and not pattern.search(url):
                continue
            if pattern is None and links.LISTING_URL.search(url) and not links.ARTICLE_URL.search(url):
                continue
            yield from self._request(url, self.parse_article, kind="article", listed_on=listed_on,
                                     listing=response.url)

    # -- articles ------------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[FetchedPage | FetchFailure]:
        if response.status == NOT_MODIFIED or response.status in GONE_STATUSES:
            yield self._page(response)  # the archive decides what it means for the article
            return
        if not _is_html(response):
            yield self._not_html(response)
            return
        if response.url in self.seen_final_urls:  # two links redirected to the same page
            return
        self.seen_final_urls.add(response.url)
        yield self._page(response)

    def _page(self, response: Response) -> FetchedPage:
        request = response.request
        assert request is not None  # a response the engine downloaded always has its request
        return FetchedPage(
            source_name=self.source.name,
            url=request.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            status=response.status,
            headers=response.meta.get(WIRE_HEADERS_KEY) or _header_pairs(response),
            body=response.body,
            fetched_at=utcnow(),
            meta={"listing": response.meta.get("listing")},
            request_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                             for k, values in request.headers.items() for v in values],
            method=request.method,
            protocol=response.protocol or "HTTP/1.1",
        )

    def closed(self, reason: str) -> None:
        skipped = self.crawler.stats.get_value(stats_keys.RECHECK_SKIPPED, 0)
        if skipped:
            logger.info("%s: %d archived articles not re-fetched (checked less than %s ago, not shown as new)",
                             self.source.name, skipped, self.policy.recheck_after)

    # -- failures ------------------------------------------------------------------------------

    def _not_html(self, response: Response) -> FetchFailure:
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").split(";")[0] or "unknown type"
        return FetchFailure(self.source.name, response.url, response.status, f"not an HTML page ({ctype})",
                            "not_html")

    def on_error(self, failure: Failure) -> Iterator[FetchFailure]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        if failure.check(HttpError):
            assert isinstance(failure.value, HttpError)
            status = failure.value.response.status
            yield FetchFailure(self.source.name, request.url, status, f"HTTP {status}")
        elif failure.check(IgnoreRequest):
            return  # robots.txt forbids it, or off-site: not an error of the site
        else:
            err = failure.value
            yield FetchFailure(self.source.name, request.url, None,
                               f"{type(err).__name__}: {failure.getErrorMessage()}".strip(": "), "network")


def _is_html(response: Response) -> bool:
    if "download_stopped" in response.flags:
        return False
    ctype = (response.headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
    if ctype in HTML_TYPES:
        return True
    if ctype in MAYBE_HTML_TYPES:
        head = response.body[:1024].lstrip().lower()
        return head.startswith((b"<!doctype html", b"<html", b"<head", b"<meta", b"<!--")) or b"<html" in head
    return False


def _entry_date(anchor: Selector):
    """The date printed beside a listing link, in the same list item or table row."""
    entry = anchor.xpath(ENTRY_XPATH)
    return listed_date(" ".join(entry[0].xpath(".//text()").getall())) if entry else None


def _header_pairs(response: Response) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1"))
            for k, values in response.headers.items() for v in values]
