"""What the crawl hands to the archive: a fetched page, or a URL that could not be archived."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Answers that mean an archived article was deleted: it is marked gone (its text stays).
GONE_STATUSES = (404, 410)


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
    body: bytes
    fetched_at: str                            # ISO 8601 UTC
    article: Any = None                        # scraper.clean.Article, set by CleanPipeline
    index_streams: tuple[str, ...] | None = None  # the article's search-index tokens, set with it
    meta: dict[str, Any] = field(default_factory=dict)
    # What was sent, for the WARC request record: headers as Scrapy sent them (with our
    # conditional If-None-Match/If-Modified-Since), and the HTTP version the server answered in.
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    method: str = "GET"
    protocol: str = "HTTP/1.1"

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in reversed(self.headers):
            if k.lower() == name:
                return v
        return None


@dataclass
class FetchFailure:
    """A URL that could not be archived as an article.

    kind: ``http`` (an error status), ``network`` (timeout, refused, DNS), ``clean`` (the cleaner
    rejected the page), or ``not_html`` (a PDF or other file: recorded, but not a site error).
    """

    source_name: str
    url: str
    status: int | None
    error: str
    kind: str = "http"

    @property
    def is_error(self) -> bool:
        return self.kind != "not_html"
