"""What the crawl hands to the archive: a fetched page, or a URL that could not be archived."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

# Answers that mean an archived article was deleted: it is marked gone (its text stays).
GONE_STATUSES = (404, 410)
# What a fetch was for. Only article pages are cleaned and become articles; the others are kept
# as captures (WARC records) beside them: the listing pages, feeds and sitemaps that led to the
# articles, and the files an article needs or links (its attachments, images and stylesheets).
PAGE_KINDS = ("article", "listing", "feed", "sitemap")
FILE_KINDS = ("attachment", "image", "stylesheet")


@dataclass
class FetchedPage:
    """The raw response of one article page, as received (after redirects).

    ``status`` is 200, or — for a re-fetch of an archived article — 304 (not modified, empty body)
    or 404/410 (gone). ``headers`` are the response headers as the server sent them (before
    Scrapy's decompression); ``body`` is the decoded body. ``article`` is filled in by the
    cleaning pipeline for 200 pages; the spider never cleans.
    """

    source_name: str
    url: str                                   # the URL we asked for (tracking parameters removed)
    final_url: str                             # where redirects ended
    status: int
    headers: list[tuple[str, str]]             # in the order received, repeated names kept
    body: bytes = field(repr=False)  # never in a log line: it may be megabytes (issue 10)
    fetched_at: str                            # ISO 8601 UTC
    article: Any = None                        # scraper.clean.Article, set by CleanPipeline
    index_streams: tuple[str, ...] | None = None  # the article's search-index tokens, set with it
    meta: dict[str, Any] = field(default_factory=dict)
    # What was sent, for the WARC request record: headers as Scrapy sent them (with our
    # conditional If-None-Match/If-Modified-Since), and the HTTP version the server answered in.
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    method: str = "GET"
    protocol: str = "HTTP/1.1"
    kind: str = "article"                      # one of PAGE_KINDS or FILE_KINDS

    def file_name(self) -> str:
        """The name the server gives the file (Content-Disposition), else the URL's last segment."""
        return file_name(self.final_url, self.headers)

    @property
    def content_type(self) -> str | None:
        """The media type of the response (``application/pdf``), without parameters."""
        value = (self.header("Content-Type") or "").split(";")[0].strip().lower()
        return value or None

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in reversed(self.headers):
            if k.lower() == name:
                return v
        return None


# Failure kinds that are no error of the site or of the crawl: recorded (every URL the crawl
# gave up on leaves a row), but not counted in a run's errors. An empty listing is what the
# run's "layout changed?" health flag is about; counted as an error too it would flag twice.
NOT_ERRORS = frozenset({"not_html", "robots_disallowed", "duplicate", "empty"})


@dataclass
class FetchFailure:
    """A URL that could not be archived as an article (a row of ``fetch_failures``).

    kind: ``http`` (an error status), ``network`` (timeout, refused, DNS), ``clean`` (the cleaner
    rejected the page), ``redirect`` (a loop, over 20 hops, off the site), ``too_large`` (over
    the page size limit, or decompressing past it), ``robots`` (the site's robots.txt could not
    be read: nothing of it is fetched this run), ``empty`` (a listing, feed or sitemap that gave
    no link); and, not counted as errors, ``not_html`` (a PDF or other file), ``robots_disallowed``
    (the site's robots.txt forbids it) and ``duplicate`` (it redirects to a page fetched already).
    """

    source_name: str
    url: str
    status: int | None
    error: str
    kind: str = "http"

    @property
    def is_error(self) -> bool:
        return self.kind not in NOT_ERRORS


@dataclass
class FileNote:
    """A file an article links or shows (attachment, image) that was not captured, and why:
    too large, over the run's budget, forbidden by robots.txt, on another site, an HTTP error."""

    source_name: str
    url: str
    note: str


# filename*=UTF-8''%E9%80%9A%E7%9F%A5.pdf (RFC 6266/8187) and filename="通知.pdf".
_EXT_FILENAME = re.compile(r"filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)", re.I)
_FILENAME = re.compile(r"""filename\s*=\s*(?:"([^"]*)"|([^;]+))""", re.I)


def file_name(url: str, headers: list[tuple[str, str]]) -> str:
    """A file's name: Content-Disposition's (in any of the encodings servers use: RFC 8187,
    percent-encoded, or raw UTF-8/GBK bytes), else the URL's last path segment, decoded."""
    disposition = next((v for k, v in reversed(headers) if k.lower() == "content-disposition"), "")
    m = _EXT_FILENAME.search(disposition)
    if m:
        try:
            name = unquote(m.group(2).strip().strip('"'), encoding=m.group(1), errors="strict")
            if name.strip():
                return _base(name)
        except (LookupError, UnicodeDecodeError):
            pass
    m = _FILENAME.search(disposition)
    if m:
        name = (m.group(1) if m.group(1) is not None else m.group(2) or "").strip()
        if "%" in name:
            name = unquote(name, errors="replace")
        name = _decode_header_bytes(name.encode("latin-1", "replace"))  # header values arrive as latin-1 text
        if name.strip():
            return _base(name)
    path = urlsplit(url).path
    return unquote(path.rstrip("/").rsplit("/", 1)[-1], errors="replace") or urlsplit(url).hostname or url


def _decode_header_bytes(raw: bytes) -> str:
    """Raw UTF-8 or GBK bytes. Short GBK names often decode as UTF-8 too, but as accents and
    Hebrew: UTF-8 is taken when it decodes to ASCII or to Chinese, else GBK (gb18030)."""
    try:
        text = raw.decode("utf-8")
        if text.isascii() or any("\u4e00" <= c <= "\u9fff" for c in text):
            return text
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _base(name: str) -> str:
    """No folders in a file name (``../../x.pdf``, ``C:\\x.pdf``)."""
    return re.split(r"[\\/]", name.strip())[-1] or name.strip()
