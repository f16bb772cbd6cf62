"""Search parameters from a URL, checked and bounded: one reading for `/search` and `/api/search`.

The URL carries the whole query (bookmarkable): ``q, source (repeatable), since, until,
hijacked, sort, raw, page, limit``, the names of `newsvault search`'s options. Values outside
the bounds are refused with a message (UsageError → 400), never silently changed.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from typing import Mapping

from werkzeug.datastructures import MultiDict

from archive.search import SearchResult, Sort, search, sort_order
from core.dates import parse_date_bound
from core.errors import UsageError

# A query is what a person types: 500 characters hold several sentences of Chinese. Longer input
# is a paste accident or an attack on the query parser, and is refused.
MAX_QUERY_CHARS = 500
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Deep pages cost an OFFSET scan each; like Elasticsearch's max_result_window, results past this
# are reached by narrowing the search, not by paging.
MAX_RESULT_WINDOW = 10_000
MAX_SOURCES = 20
MAX_NAME_CHARS = 100

_YES = {"1", "true", "yes", "on", "hijacked"}
_NO = {"0", "false", "no", "off", "clean"}


def bounded_int(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    """An integer parameter within [low, high]; UsageError naming it otherwise."""
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit()) or not low <= int(raw) <= high:  # "²".isdigit() is True
        raise UsageError(f"{name} must be a whole number from {low} to {high:,}, not {raw[:20]!r}")
    return int(raw)


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    sources: tuple[str, ...] = ()
    since: str = ""
    until: str = ""
    hijacked: bool | None = None
    sort: Sort = "relevance"
    raw: bool = False
    page: int = 1
    limit: int = DEFAULT_PAGE_SIZE

    @classmethod
    def from_args(cls, args: MultiDict) -> SearchParams:
        """Read and check the parameters; UsageError says which one is wrong and why."""
        q = args.get("q", "").strip()
        if len(q) > MAX_QUERY_CHARS:
            raise UsageError(f"the query is {len(q):,} characters long; at most {MAX_QUERY_CHARS} are searched")
        sources = tuple(dict.fromkeys(s.strip() for s in args.getlist("source") if s.strip()))
        if len(sources) > MAX_SOURCES or any(len(s) > MAX_NAME_CHARS for s in sources):
            raise UsageError(f"at most {MAX_SOURCES} sources of at most {MAX_NAME_CHARS} characters each")
        since, until = (args.get(k, "").strip()[:40] for k in ("since", "until"))
        for name, value, upper in (("since", since, False), ("until", until, True)):
            if value:
                parse_date_bound(value, name, upper)
        hijacked_arg = args.get("hijacked", "").strip().lower()
        if hijacked_arg in ("", "any", "all"):
            hijacked = None
        elif hijacked_arg in _YES or hijacked_arg in _NO:
            hijacked = hijacked_arg in _YES
        else:
            raise UsageError(f"hijacked must be yes or no (or empty for both), not {hijacked_arg[:20]!r}")
        sort = sort_order(args.get("sort", "relevance").strip() or "relevance")
        raw = args.get("raw", "").strip().lower() in _YES
        limit = bounded_int(args, "limit", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        page = bounded_int(args, "page", 1, 1, MAX_RESULT_WINDOW)
        if (page - 1) * limit >= MAX_RESULT_WINDOW:
            raise UsageError(f"results past the first {MAX_RESULT_WINDOW:,} are not shown: narrow the search "
                             "with more words, a source or dates")
        return cls(q, sources, since, until, hijacked, sort, raw, page, limit)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit

    def run(self, conn: sqlite3.Connection) -> SearchResult:
        return search(conn, self.q, source=self.sources or None, since=self.since or None,
                      until=self.until or None, hijacked=self.hijacked, limit=self.limit, offset=self.offset,
                      raw=self.raw, sort=self.sort)

    def last_page(self, total: int) -> int:
        """The last page that can be shown for ``total`` matches."""
        shown = min(total, MAX_RESULT_WINDOW)
        return max(1, (shown + self.limit - 1) // self.limit)

    def url_args(self, **changes) -> dict:
        """URL parameters for these values (with ``changes``), defaults left out: short, bookmarkable URLs."""
        p = replace(self, **changes)
        args: dict = {"q": p.q} if p.q else {}
        if p.sources:
            args["source"] = list(p.sources)
        for name, value, default in (("since", p.since, ""), ("until", p.until, ""), ("sort", p.sort, "relevance"),
                                     ("page", p.page, 1), ("limit", p.limit, DEFAULT_PAGE_SIZE)):
            if value != default:
                args[name] = value
        if p.hijacked is not None:
            args["hijacked"] = "yes" if p.hijacked else "no"
        if p.raw:
            args["raw"] = "1"
        return args
