"""The one generic spider: listing pages, their pagination, feeds and sitemaps → raw article pages.

It never cleans and never writes rows: it yields ``FetchedPage`` for each article page, each
listing page, feed and sitemap (kept as captures), and each file an article needs (stylesheets and
page images it finds itself; the attachments and body images the cleaner finds are asked for by
``scraper.capture``, see ``scraper.files``); ``FetchFailure`` for each URL that could not be
archived (HTTP error, timeout, not HTML, a redirect refused, a page over the size limit, a listing
that gave nothing) and ``FileNote`` for each file not captured: every URL it asked for ends as a
page or a failure row. Each URL is asked for once per run (redirect targets included, see
scraper.middlewares.RedirectGuardMiddleware).
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
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from core.clock import utcnow
from core.pages import FILE_KINDS, GONE_STATUSES, FetchedPage, FetchFailure, FileNote
from scraper import links, paging
from scraper import stats as stats_keys
from scraper.files import FileFetcher, css_references, page_requisites
from scraper.middlewares import DROP_KEY, ROBOTS_KEY, WIRE_HEADERS_KEY
from scraper.recheck import RecheckPolicy, feed_date, listed_date
from scraper.sources import Source

logger = logging.getLogger(__name__)

_RECEIVED_KEY = "newsvault_bytes_received"
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

    def __init__(self, source: Source, *args, policy: RecheckPolicy | None = None, files: FileFetcher | None = None,
                 **kwargs):
        kwargs["name"] = f"news:{source.name}"
        super().__init__(*args, **kwargs)
        self.source = source
        self.policy = policy or RecheckPolicy()
        self.files = files or FileFetcher(source.allowed_domains)
        self.warnings: list[dict] = []    # what the run log and the run's health should say
        self.not_due: set[str] = set()    # archived articles met but not re-fetched (recheck_after)
        self.allowed_domains = list(source.allowed_domains)
        self.seen_final_urls: set[str] = set()
        self.seen_files: set[str] = set()
        self.asked: set[str] = set()      # every URL requested this run (after clean_url)
        self.max_pages = 0                 # 0: no limit; set from NEWSVAULT_MAX_PAGES
        self.max_bytes = 0                 # the page size limit (DOWNLOAD_MAXSIZE); 0: none

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_pages = crawler.settings.getint("NEWSVAULT_MAX_PAGES", 0)
        spider.max_bytes = crawler.settings.getint("DOWNLOAD_MAXSIZE", 0)
        crawler.signals.connect(spider.stop_non_html, signal=signals.headers_received)
        crawler.signals.connect(spider.stop_too_large, signal=signals.bytes_received)
        crawler.signals.connect(spider.stop_large_file, signal=signals.bytes_received)
        crawler.signals.connect(spider.count_file_response, signal=signals.response_received)
        return spider

    # -- entry points --------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for url in self.source.start_urls:
            for request in self._request(url, self.parse_listing, kind="listing", start=True):
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
            if url in self.not_due:  # met earlier as not due; a feed or sitemap now shows it as new
                self.not_due.discard(url)
                self.crawler.stats.inc_value(stats_keys.RECHECK_SKIPPED, -1)
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
        if kind == "sitemap":  # the sitemap protocol allows 50 MB; pages have the cleaner's limit
            meta["download_maxsize"] = SITEMAP_MAXSIZE
        yield Request(url, callback=callback, errback=self.on_error, headers=headers or None,
                      meta={"kind": kind, **meta})

    def claim_url(self, url: str) -> bool:
        """A redirect is about to fetch ``url``: True if this run has not asked for it yet (it is
        now), False if it has (the redirect is not followed: each URL is fetched once)."""
        url = links.clean_url(url)
        if url in self.asked:
            return False
        self.asked.add(url)
        return True

    def stop_non_html(self, headers, body_length, request, spider) -> None:
        """Do not download files (PDF, Word…) announced as such: record them, skip the bytes.
        A file we want (attachment, image…) is stopped when it announces a size over the limits;
        a page announced larger than the page limit is a failure (too_large)."""
        if spider is not self or request.meta.get(ROBOTS_KEY):
            return
        limit = request.meta.get("download_maxsize", self.max_bytes)
        if limit and body_length > limit:
            raise self._too_large(request, f"announced as {body_length:,} bytes")
        if request.meta.get("kind") in ("feed", "sitemap"):
            return
        if request.meta.get("kind") in FILE_KINDS:
            ctype = (headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
            if request.meta.get("for_article") and (not ctype or ctype in HTML_TYPES):
                request.meta["not_a_file"] = True  # a link to a page: nothing to keep
                raise StopDownload(fail=False)
            length = headers.get(b"Content-Length")
            note = self.files.too_large(int(length)) if length and length.isdigit() else None
            if note:
                request.meta["file_note"] = note
                raise StopDownload(fail=False)
            return
        ctype = (headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
        if ctype and ctype not in HTML_TYPES and ctype not in MAYBE_HTML_TYPES:
            raise StopDownload(fail=False)

    def stop_large_file(self, data: bytes, request, spider) -> None:
        """A file sent without Content-Length is stopped once it grows past the limits."""
        if spider is not self or request.meta.get("kind") not in FILE_KINDS:
            return
        size = request.meta["file_bytes"] = request.meta.get("file_bytes", 0) + len(data)
        note = self.files.too_large(size)
        if note:
            request.meta["file_note"] = note
            raise StopDownload(fail=False)

    def stop_too_large(self, data: bytes, request, spider) -> None:
        """bytes_received: stop a page download that passes the page limit (recorded as too_large).
        Files have limits of their own (download_maxsize 0 here, scraper.files)."""
        limit = request.meta.get("download_maxsize", self.max_bytes)
        if spider is not self or not limit or request.meta.get(ROBOTS_KEY):
            return
        received = request.meta.get(_RECEIVED_KEY, 0) + len(data)
        request.meta[_RECEIVED_KEY] = received
        if received > limit:
            raise self._too_large(request, f"over {received:,} bytes and still sending")

    def _too_large(self, request, how: str) -> StopDownload:
        limit = request.meta.get("download_maxsize", self.max_bytes)
        request.meta[DROP_KEY] = ("too_large", f"{how}: over the {limit // 2**20} MiB limit")
        return StopDownload(fail=True)

    def count_file_response(self, response: Response, request, spider) -> None:
        """Responses to file requests are not pages: the run's page count leaves them out."""
        if spider is self and request.meta.get("kind") in FILE_KINDS:
            self.crawler.stats.inc_value(stats_keys.FILE_RESPONSES)

    def warn(self, kind: str, url: str, message: str) -> None:
        """A problem of the run worth an archivist's attention: logged, and kept with the run."""
        self.logger.warning("%s: %s", self.source.name, message)
        self.warnings.append({"kind": kind, "url": url, "message": message})
        self.crawler.stats.set_value(stats_keys.WARNINGS, list(self.warnings))

    # -- listings ------------------------------------------------------------------------------

    def parse_listing(self, response: Response) -> Iterator[Request | FetchedPage | FetchFailure]:
        if not _is_html(response):
            yield self._not_html(response)
            return
        yield self._page(response, kind="listing")  # the listing itself is kept too (WARC only)
        pattern = self.source.article_pattern
        articles_linked = pages_linked = 0
        for url, text, anchor in self._links(response):
            if links.is_binary_link(url):
                # A listed file (a notice published as a PDF): recorded, not downloaded.
                if len(text) >= links.MIN_HEADLINE_CHARS and url not in self.seen_files:
                    self.seen_files.add(url)
                    yield FetchFailure(self.source.name, url, None, "links a file, not an HTML page", "not_html")
            # The source's article_pattern decides before any pagination heuristic: a numbered
            # article URL with a short anchor (/news/5.htm "新闻5") is an article when it matches.
            elif pattern is not None and pattern.search(url):
                articles_linked += 1
                yield from self._article_link(url, anchor, response)
            elif links.looks_like_pagination(url, text, response.url):
                pages_linked += 1
                yield from self._request(url, self.parse_listing, kind="listing")
            elif pattern is None and links.looks_like_article(url, text):
                articles_linked += 1
                yield from self._article_link(url, anchor, response)
        # Pages that the listing's scripts write links to (TRS createPageHTML, goPage…).
        for url in paging.script_pages(response.text, response.url):
            if links.in_domains(url, self.source.allowed_domains):
                pages_linked += 1
                yield from self._request(url, self.parse_listing, kind="listing")
        yield from self._read(response, articles_linked + pages_linked,
                              "no article or page link on this listing page")
        if response.meta.get("start") and not articles_linked:
            self.warn("empty_start_page", response.url,
                      f"start page {response.url} links no article: its layout changed, or its links are "
                      f"written by JavaScript this crawler cannot read")

    def _article_link(self, url: str, anchor: Selector, response: Response) -> Iterator[Request]:
        # The entry's date matters only for an archived article (is it shown as new?).
        listed_on = _entry_date(anchor) if self.policy.known.get(url) else None
        yield from self._request(url, self.parse_article, kind="article", listed_on=listed_on, listing=response.url)

    def _read(self, response: Response, found: int, nothing: str) -> Iterator[FetchFailure]:
        """Count a listing, feed or sitemap as read (the site answered); one that gave no link is
        also a failure row (fetched, and nothing came of it: a changed layout, an empty feed)."""
        self.crawler.stats.inc_value(stats_keys.LISTINGS_READ)
        if not found:
            yield FetchFailure(self.source.name, response.url, response.status, nothing, "empty")

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

    def parse_feed(self, response: Response) -> Iterator[Request | FetchedPage | FetchFailure]:
        yield self._page(response, kind="feed")
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
        yield from self._read(response, len(entries), "a feed with no item links")

    def parse_sitemap(self, response: Response) -> Iterator[Request | FetchedPage | FetchFailure]:
        yield self._page(response, kind="sitemap")
        body = response.body
        try:
            if body[:2] == GZIP_MAGIC:
                body = gunzip(body, max_size=SITEMAP_MAXSIZE)
            sitemap = Sitemap(body)
            locs = [(response.urljoin(entry["loc"].strip()), feed_date(entry.get("lastmod")))
                    for entry in sitemap if entry.get("loc")]
        except Exception as e:  # lxml and gunzip raise a variety of errors on what is no sitemap
            yield FetchFailure(self.source.name, response.url, response.status,
                               f"not a sitemap ({type(e).__name__}: {str(e)[:100]})", "empty")
            return
        if sitemap.type == "sitemapindex":
            for loc, _ in locs:
                yield from self._request(loc, self.parse_sitemap, kind="sitemap")
        else:
            yield from self._article_requests(response, locs)
        yield from self._read(response, len(locs), "a sitemap with no URL")

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

    def parse_article(self, response: Response) -> Iterator[FetchedPage | FetchFailure | FileNote | Request]:
        if response.status == NOT_MODIFIED or response.status in GONE_STATUSES:
            yield self._page(response)  # the archive decides what it means for the article
            return
        if not _is_html(response):
            yield self._not_html(response)
            return
        if response.url in self.seen_final_urls:  # two links redirected to the same page
            yield FetchFailure(self.source.name, _asked_url(response.request) if response.request else response.url,
                               response.status, f"the same page as {response.url}, archived from another link",
                               "duplicate")
            return
        self.seen_final_urls.add(response.url)
        yield self._page(response)
        # What the page needs to be seen as it was: its stylesheets and images (on the site).
        selector = response.selector if isinstance(response, TextResponse) else \
            Selector(text=response.body.decode("utf-8", "replace"))
        for url, kind in page_requisites(selector, response.url):
            yield from self.file_requests(url, kind, response.url)

    # -- files ---------------------------------------------------------------------------------

    def file_requests(self, url: str, kind: str, referer: str, listed: bool = False,
                      probe: tuple[str, str] | None = None) -> Iterator[Request | FileNote]:
        """A request for a file of an article, unless FileFetcher declines it; ``listed``: the
        article lists it (an attachment or body image), so a declined one gets a note;
        ``probe``: (article URL, link text) of a link that is an attachment only if the server
        answers with a file, not a page (by its Content-Type)."""
        url = links.clean_url(url)
        if listed:
            self.files.listed.add(url)
        note = self.files.decide(url) if url not in self.files.failed else self.files.failed[url]
        if note is None:
            request = self.files.request(url, kind, referer, self.parse_file, self.on_file_error)
            if probe:
                request.meta["for_article"], request.meta["link_text"] = probe
            yield request
        elif note and listed:
            yield FileNote(self.source.name, url, note)

    def parse_file(self, response: Response) -> Iterator[FetchedPage | FileNote | Request]:
        request = response.request
        assert request is not None
        asked = _asked_url(request)
        if request.meta.get("not_a_file"):
            return
        note = request.meta.get("file_note") or self.files.too_large(len(response.body))
        if note:
            self.files.fail(asked, note)
            if asked in self.files.listed:
                yield FileNote(self.source.name, asked, note)
            return
        self.files.received(len(response.body))
        kind = request.meta["kind"]
        page = self._page(response, kind=kind)
        if request.meta.get("for_article"):  # a download link that did lead to a file
            page.meta.update(for_article=request.meta["for_article"], link_text=request.meta.get("link_text", ""))
        yield page
        if kind == "stylesheet":  # its images, fonts and @imports
            css = response.body.decode(response.encoding if hasattr(response, "encoding") else "utf-8", "replace")
            for url, sub_kind in css_references(css, response.url):
                yield from self.file_requests(url, sub_kind, response.url)

    def on_file_error(self, failure: Failure) -> Iterator[FileNote]:
        request = failure.request  # type: ignore[attr-defined]
        asked = _asked_url(request)
        if DROP_KEY in request.meta and request.meta[DROP_KEY][0] != "robots_disallowed":
            note = f"not fetched: {request.meta[DROP_KEY][1]}"  # refused by a middleware, which said why
        elif failure.check(HttpError):
            assert isinstance(failure.value, HttpError)
            note = f"not captured: HTTP {failure.value.response.status}"
        elif failure.check(IgnoreRequest):
            note = "not fetched: robots.txt forbids it"
        else:
            note = f"not captured: {type(failure.value).__name__}: {failure.getErrorMessage()}".strip(": ")
        self.files.fail(asked, note)
        if asked in self.files.listed:
            yield FileNote(self.source.name, asked, note)

    def _page(self, response: Response, kind: str = "article") -> FetchedPage:
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
            kind=kind,
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
        """Every request that ends here leaves a failure row: the kind a middleware gave it, the
        HTTP status, or the network error."""
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        url = _asked_url(request)
        if DROP_KEY in request.meta:
            kind, message = request.meta[DROP_KEY]
            yield FetchFailure(self.source.name, url, None, message, kind)
        elif failure.check(HttpError):
            assert isinstance(failure.value, HttpError)
            status = failure.value.response.status
            yield FetchFailure(self.source.name, request.url, status, f"HTTP {status}")
        elif failure.check(IgnoreRequest):
            yield FetchFailure(self.source.name, url, None, f"not fetched: {failure.getErrorMessage()}", "ignored")
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


def _asked_url(request: Request) -> str:
    """The URL first asked for (before redirects)."""
    return request.meta.get("redirect_urls", [request.url])[0]


def _header_pairs(response: Response) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1"))
            for k, values in response.headers.items() for v in values]
