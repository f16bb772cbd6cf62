"""The files of an article page that a complete capture keeps: the attachments and images of its
body (which the cleaner finds) and the stylesheets and images the page itself needs to be seen
as it was (which the spider finds in its markup, and in its stylesheets).

``FileFetcher`` decides, for each such URL, whether this run fetches it: once per run, never
one that the archive holds already (``crawl --recheck`` fetches them again), only inside the
source's ``allowed_domains``, at most ``[crawl].attachment_max_size`` per file and
``attachment_run_limit`` per run. Its requests go through Scrapy like every other, so robots.txt,
the per-domain delay and AutoThrottle apply to them too. Files it declines are noted with the
reason, and the archive lists them with that note.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator
from urllib.parse import urljoin

from parsel import Selector
from scrapy import Request

from core.pages import FILE_KINDS
from core.sizes import format_size
from scraper import links

# Stylesheets and page images worth keeping for a faithful capture, as CSS selectors and attributes.
PAGE_REQUISITES = (
    ("link[rel~=stylesheet][href], link[rel~=Stylesheet][href]", "href", "stylesheet"),
    ("img[src]", "src", "image"),
    ("input[type=image][src]", "src", "image"),
    ("body[background], table[background], td[background]", "background", "image"),
)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)
_CSS_PATH = re.compile(r"\.css$", re.I)
# Enough for the page images and stylesheets of any real page; a page that asks for more is a
# link farm or a gallery, and its excess is not part of seeing the article as it was.
MAX_REQUISITES_PER_PAGE = 200


class FileFetcher:
    """Which files a run fetches, and how many bytes it has spent on them."""

    def __init__(self, allowed_domains: tuple[str, ...], known: Iterable[str] = (), enabled: bool = True,
                 max_size: int = 0, run_limit: int = 0, refetch: bool = False):
        self.allowed_domains = allowed_domains
        self.known = frozenset(known)   # file URLs the archive holds already
        self.enabled = enabled
        self.max_size = max_size        # bytes per file; 0: no limit
        self.run_limit = run_limit      # bytes per run; 0: no limit
        self.refetch = refetch
        self.asked: set[str] = set()
        self.listed: set[str] = set()   # listed by an article (attachments, body images): notes are kept
        self.failed: dict[str, str] = {}  # why a file this run asked for was not captured
        self.bytes_received = 0

    def decide(self, url: str) -> str | None:
        """None when ``url`` should be fetched now; else why not (a note for the archive, or "" for
        a file that needs no note: fetched already by this run or an earlier one)."""
        url = links.clean_url(url)
        if url in self.asked or (url in self.known and not self.refetch):
            return ""
        if not self.enabled:
            return "not fetched: [crawl].attachments is off"
        if not links.in_domains(url, self.allowed_domains):
            return "not fetched: outside the source's allowed_domains"
        if self.run_limit and self.bytes_received >= self.run_limit:
            return f"not fetched: this run reached its attachment_run_limit ({format_size(self.run_limit)})"
        return None

    def request(self, url: str, kind: str, referer: str, callback: Callable, errback: Callable) -> Request:
        """The request for a file ``decide`` accepted."""
        assert kind in FILE_KINDS, kind
        url = links.clean_url(url)
        self.asked.add(url)
        # Our own size checks (FileFetcher.too_large) stop a download with a note, where Scrapy's
        # DOWNLOAD_MAXSIZE would cancel it with a logged warning and no response.
        return Request(url, callback=callback, errback=errback, headers={"Referer": referer},
                       priority=-1, meta={"kind": kind, "referer": referer, "download_maxsize": 0,
                                          "handle_httpstatus_list": []})

    def too_large(self, size: int) -> str | None:
        """Why a file of ``size`` bytes is not kept (over the per-file or the run's limit), or None."""
        if self.max_size and size > self.max_size:
            return f"not kept: {format_size(size)}, over attachment_max_size ({format_size(self.max_size)})"
        if self.run_limit and self.bytes_received + size > self.run_limit:
            return f"not kept: this run reached its attachment_run_limit ({format_size(self.run_limit)})"
        return None

    def fail(self, url: str, note: str) -> None:
        self.failed[url] = note

    def received(self, size: int) -> None:
        self.bytes_received += size


def page_requisites(selector: Selector, base_url: str) -> Iterator[tuple[str, str]]:
    """(URL, kind) of the stylesheets and images a page's markup loads, absolute, each once."""
    seen: set[str] = set()
    for css, attr, kind in PAGE_REQUISITES:
        for el in selector.css(css):
            url = _absolute(el.attrib.get(attr, ""), base_url)
            if url and url not in seen and len(seen) < MAX_REQUISITES_PER_PAGE:
                seen.add(url)
                yield url, kind
    for style in selector.css("[style]::attr(style), style::text").getall():
        for url, kind in css_references(style, base_url):
            if url not in seen and len(seen) < MAX_REQUISITES_PER_PAGE:
                seen.add(url)
                yield url, kind


def css_references(css: str, base_url: str) -> Iterator[tuple[str, str]]:
    """(URL, kind) of what a stylesheet loads: ``url(…)`` images and fonts, ``@import``ed sheets."""
    for m in _CSS_URL.finditer(css):
        raw = m.group(2) or m.group(4) or ""
        url = _absolute(raw, base_url)
        if url:
            is_sheet = m.group(4) is not None or bool(_CSS_PATH.search(url.split("?")[0]))
            yield url, "stylesheet" if is_sheet else "image"


def _absolute(href: str, base_url: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("#", "data:")) or links.NON_HTTP.match(href):
        return None
    url = links.clean_url(urljoin(base_url, href))
    return url if url.startswith(("http://", "https://")) else None
