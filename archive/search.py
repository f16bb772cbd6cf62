"""Searching the archive: the one query function the CLI, the demo and the web UI call.

``search()`` runs on a read-only connection (see :func:`open_archive`) inside one read
transaction, so the total and the hits come from the same snapshot and a crawl writing at the
same time is never blocked (WAL). Every query runs under a time limit.

Ranking: articles whose title contains a query term come first; within those and the rest,
FTS5's bm25 with title occurrences weighted TITLE_WEIGHT times body ones. Scores are that bm25,
reported positive (higher is more relevant). When a query matches more than RANK_WINDOW articles
(a very common word), bm25 ranks the RANK_WINDOW most recently archived matches and the older
ones follow newest first; ``SearchResult.ranked`` says how many were ranked, the total stays exact.

Snippets are cut from the article text around the densest cluster of matches; matches are
marked in ``Snippet.spans``, and ``str(snippet)`` marks them as ``[match]`` (what ``--json`` and
plain-text output show; a terminal shows bold).
"""
from __future__ import annotations

import bisect
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Literal, Sequence, cast

from archive.backend import is_postgres
from archive.db import connect
from archive.search_index import TABLE, has_index
from archive.search_query import ParsedQuery, highlight_fold, parse_query
from archive.sqlite import date_conditions, time_limit
from core.errors import ArchiveError, NewsvaultError, UsageError

# FTS5's bm25 sums weighted occurrences before saturating them, so no weight alone makes a
# title match outrank a body that repeats the word 30 times: articles whose title matches come
# first (_TITLE_FIRST), and within each group this weight makes title occurrences count most.
TITLE_WEIGHT = 10.0
# How many matches bm25 ranks at most. Ranking costs ~2 µs a match on top of the match itself:
# 5,000 keeps the most common words ("的", "中国") near 30 ms on 100,000 articles in
# bench/search.py, where ranking all their matches takes 200+ ms.
RANK_WINDOW = 5_000
# Long enough for a full thought of Chinese (two terminal lines), short enough for a list.
SNIPPET_CHARS = 120
# Context kept before the first match in a snippet.
SNIPPET_LEAD = 30
# Datasette's default is 1 s for any SQL; ours are simpler, but an archive may be large and the
# CLI user is waiting for an answer, not a page render.
SEARCH_TIME_LIMIT_MS = 5_000
HIGHLIGHT = ("[", "]")

Sort = Literal["relevance", "date"]
_WHITESPACE = re.compile(r"\s+")


class SearchTimeout(NewsvaultError):
    """A search ran longer than its time limit and was stopped."""

    exit_code = 1


@dataclass(frozen=True)
class Snippet:
    """An excerpt of the article text; ``spans`` are (start, end) offsets of the matches in ``text``."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, open_: str = HIGHLIGHT[0], close: str = HIGHLIGHT[1]) -> str:
        out, pos = [], 0
        for start, end in self.spans:
            out += [self.text[pos:start], open_, self.text[start:end], close]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)

    def __str__(self) -> str:
        return self.marked()


@dataclass(frozen=True)
class Hit:
    id: int
    url: str
    title: str | None
    published: str | None
    source_name: str
    hijacked: bool
    score: float | None         # bm25, higher is better; None when sorted by date or past the ranked window
    snippet: Snippet            # from the text
    title_marked: Snippet       # the whole title, matches marked

    def to_dict(self) -> dict:
        """The JSON shape of a hit (``newsvault search --json``)."""
        return {"id": self.id, "url": self.url, "title": self.title, "published": self.published,
                "source_name": self.source_name, "hijacked": self.hijacked,
                "score": None if self.score is None else round(self.score, 4), "snippet": str(self.snippet)}


@dataclass(frozen=True)
class SearchResult:
    total: int                  # every matching article, not just this page
    hits: list[Hit] = field(default_factory=list)
    ranked: int = 0             # how many of the matches bm25 ranked (< total past RANK_WINDOW)
    empty_query: bool = False   # the query had no words to search for


def open_archive(path: str | Path) -> sqlite3.Connection:
    """Open an archive read-only for searching; ArchiveError when it has no search index yet."""
    conn = connect(path, readonly=True)
    try:
        _require_index(conn)
    except ArchiveError:
        conn.close()
        raise
    return conn


def _require_index(conn: sqlite3.Connection) -> None:
    if not has_index(conn):
        if is_postgres(conn):
            raise ArchiveError("this PostgreSQL archive has no search index: run `newsvault upgrade` once")
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name='articles'").fetchone():
            raise ArchiveError("not a newsvault archive (it has no articles table): check --db")
        raise ArchiveError("this archive has no search index yet (it was made by an older newsvault): "
                           "run `newsvault upgrade` once to upgrade it in place")


def sort_order(value: str) -> Sort:
    """``relevance`` or ``date``; UsageError for anything else."""
    if value in ("relevance", "date"):
        return cast(Sort, value)
    raise UsageError(f"sort must be 'relevance' or 'date', not {value[:20]!r}")


def search(conn: sqlite3.Connection, query: str, *, source: str | Sequence[str] | None = None,
           since: str | None = None, until: str | None = None, hijacked: bool | None = None,
           limit: int = 20, offset: int = 0, raw: bool = False, sort: Sort = "relevance",
           time_limit_ms: int = SEARCH_TIME_LIMIT_MS) -> SearchResult:
    """Articles whose title or text match ``query``, best first (or newest first with sort="date").

    ``source``: one source name or several; ``since``/``until``: bounds on the publish date (see
    parse_date_bound); ``hijacked``: only hijacked (True) or only clean (False) pages;
    ``raw``: the query is FTS5 syntax (see archive.search_query). Raises UsageError for a bad
    raw query or date, SearchTimeout past ``time_limit_ms``.
    """
    sort = sort_order(sort)
    if limit < 0 or offset < 0:
        raise UsageError("limit and offset must not be negative")
    parsed = parse_query(query, raw=raw)
    if parsed.empty:
        return SearchResult(total=0, empty_query=True)
    _require_index(conn)
    where = _Filters.build(source, since, until, hijacked)
    with _read_snapshot(conn), _time_limit(conn, time_limit_ms), _fts_errors(raw):
        if is_postgres(conn):  # the same semantics over PostgreSQL's own index
            from archive import postgres_search

            total, page, ranked = postgres_search.search_page(conn, query, raw, where.conds, where.args, sort,
                                                              limit, offset, RANK_WINDOW, TITLE_WEIGHT)
            return SearchResult(total=total, hits=_hits(conn, page, parsed), ranked=ranked)
        total = conn.execute(f"SELECT count(*) {where.sql}", [parsed.match, *where.args]).fetchone()[0]
        if sort == "date":
            page = _by_date(conn, parsed, where, limit, offset)
            ranked = 0
        else:
            page, ranked = _by_relevance(conn, parsed, where, total, limit, offset)
        hits = _hits(conn, page, parsed)
    return SearchResult(total=total, hits=hits, ranked=ranked)


def match_ids(conn: sqlite3.Connection, query: str, *, source: str | Sequence[str] | None = None,
              since: str | None = None, until: str | None = None, hijacked: bool | None = None,
              raw: bool = False, time_limit_ms: int = SEARCH_TIME_LIMIT_MS) -> list[int]:
    """The ids of every article matching ``query`` (same rules as search()), newest first."""
    parsed = parse_query(query, raw=raw)
    if parsed.empty:
        return []
    _require_index(conn)
    where = _Filters.build(source, since, until, hijacked)
    with _read_snapshot(conn), _time_limit(conn, time_limit_ms), _fts_errors(raw):
        if is_postgres(conn):
            from archive import postgres_search

            return postgres_search.match_ids(conn, query, raw, where.conds, where.args)
        return [r[0] for r in conn.execute(f"SELECT f.rowid {where.sql} ORDER BY f.rowid DESC",
                                           [parsed.match, *where.args])]


# -- the queries --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Filters:
    sql: str          # FROM … WHERE f MATCH ? AND …
    args: list
    conds: list       # conditions on a.* (articles)
    dates_only: bool  # no conditions but on a.published

    @classmethod
    def build(cls, source, since, until, hijacked) -> _Filters:
        conds, args = [], []
        if source:
            names = [source] if isinstance(source, str) else list(source)
            conds.append(f"a.source_name IN ({', '.join('?' * len(names))})")
            args += names
        date_conds, date_args = date_conditions("a.published", since, until)
        conds += date_conds
        args += date_args
        if hijacked is not None:
            conds.append("a.hijacked = ?")
            args.append(int(hijacked))
        return cls(_from_where(bool(conds), conds), args, conds, dates_only=not source and hijacked is None)

    def joined(self) -> _Filters:
        """The same filters, with the article columns (a.published…) available to ORDER BY."""
        return _Filters(_from_where(True, self.conds), self.args, self.conds, self.dates_only)


def _from_where(join: bool, conds: list[str]) -> str:
    sql = f"FROM {TABLE} f"
    if join:  # only when needed: even through the covering index a join costs ~1 µs a match
        sql += " JOIN articles a INDEXED BY articles_search_filters ON a.id = f.rowid"
    return sql + f" WHERE f.{TABLE} MATCH ?" + "".join(f" AND {c}" for c in conds)


_BM25 = f"bm25(f.{TABLE}, {TITLE_WEIGHT}, 1.0, {TITLE_WEIGHT}, 1.0)"
# 0 when a query term occurs in the title (its title-only bm25 is non-zero), else 1.
_TITLE_FIRST = f"bm25(f.{TABLE}, 1.0, 0.0, 1.0, 0.0) = 0"


def _by_relevance(conn, parsed: ParsedQuery, where: _Filters, total: int, limit: int,
                  offset: int) -> tuple[list[tuple[int, float | None]], int]:
    """The page of (id, score): bm25 over the newest RANK_WINDOW matches, then the rest by id."""
    args = [parsed.match, *where.args]
    floor = 0
    if total > RANK_WINDOW:
        floor = conn.execute(f"SELECT f.rowid {where.sql} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?",
                             [*args, RANK_WINDOW - 1]).fetchone()[0]
    ranked = min(total, RANK_WINDOW)
    page: list[tuple[int, float | None]] = []
    if offset < ranked:
        page = [(r[0], -r[1]) for r in conn.execute(
            f"SELECT f.rowid, {_BM25} AS score {where.sql} AND f.rowid >= ? "
            f"ORDER BY {_TITLE_FIRST}, score, f.rowid DESC LIMIT ? OFFSET ?",
            [*args, floor, min(limit, ranked - offset), offset])]
    if len(page) < limit and total > ranked:
        page += [(r[0], None) for r in conn.execute(
            f"SELECT f.rowid {where.sql} AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?",
            [*args, floor, limit - len(page), max(0, offset - ranked)])]
    return page, ranked


def _by_date(conn, parsed: ParsedQuery, where: _Filters, limit: int, offset: int) -> list[tuple[int, float | None]]:
    """Newest publish date first, undated articles last."""
    if not where.dates_only:
        # Source or hijack filters: join the matches to the covering index and sort them.
        sql = (f"SELECT f.rowid {where.joined().sql} "
               f"ORDER BY a.published IS NULL, a.published DESC, f.rowid DESC LIMIT ? OFFSET ?")
    else:
        # Walk articles newest first and keep the matching ones: a common word fills the page
        # after a few rows instead of sorting all its matches (2-3x faster on 100,000 articles).
        sql = (f"SELECT a.id FROM articles a INDEXED BY articles_published "
               f"WHERE a.id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)"
               + "".join(f" AND {c}" for c in where.conds)
               + " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?")
    return [(r[0], None) for r in conn.execute(sql, [parsed.match, *where.args, limit, offset])]


def _hits(conn, page: list[tuple[int, float | None]], parsed: ParsedQuery) -> list[Hit]:
    if not page:
        return []
    ids = [i for i, _ in page]
    rows = {r["id"]: r for r in conn.execute(
        f"SELECT id, url, title, published, source_name, hijacked, text FROM articles "
        f"WHERE id IN ({', '.join('?' * len(ids))})", ids)}
    hits = []
    for article_id, score in page:
        r = rows[article_id]
        hits.append(Hit(id=r["id"], url=r["url"], title=r["title"], published=r["published"],
                        source_name=r["source_name"], hijacked=bool(r["hijacked"]), score=score,
                        snippet=make_snippet(r["text"] or "", parsed.highlight),
                        title_marked=mark_all(r["title"] or "", parsed.highlight)))
    return hits


# -- snippets -----------------------------------------------------------------------------------

def mark_all(text: str, pattern: re.Pattern | None) -> Snippet:
    """The whole of a short text (a title) with its matches marked."""
    spans = tuple(m.span() for m in pattern.finditer(highlight_fold(text))) if pattern else ()
    return Snippet(text, spans)


def make_snippet(text: str, pattern: re.Pattern | None, width: int = SNIPPET_CHARS) -> Snippet:
    """The ``width`` characters of ``text`` (whitespace collapsed) holding the most distinct matches."""
    flat = _WHITESPACE.sub(" ", text).strip()
    folded = highlight_fold(flat)
    matches = [m.span() for m in pattern.finditer(folded)] if pattern else []
    if not matches:
        return Snippet(flat[:width] + ("…" if len(flat) > width else ""))
    keys = [folded[a:b].lower() for a, b in matches]
    start = max(0, matches[0][0] - SNIPPET_LEAD)
    if len(set(keys)) > 1:  # several terms: the window that shows most of them
        best = 0
        starts = [a for a, _ in matches]
        for a, _ in matches[:100]:
            lo = max(0, a - SNIPPET_LEAD)
            first = bisect.bisect_left(starts, lo)
            inside = {keys[j] for j in range(first, len(matches)) if starts[j] < lo + width
                      and matches[j][1] <= lo + width}
            if len(inside) > best:
                start, best = lo, len(inside)
    end = min(len(flat), start + width)
    for a, b in matches:  # never cut a match in two
        if a < end < b:
            end = b
    if end == len(flat):  # a short tail: show more context before instead
        start = max(0, min(start, end - width))
    prefix = "…" if start > 0 else ""
    shift = len(prefix) - start
    spans = tuple((a + shift, b + shift) for a, b in matches if a >= start and b <= end)
    return Snippet(prefix + flat[start:end] + ("…" if end < len(flat) else ""), spans)


# -- guards -------------------------------------------------------------------------------------

@contextmanager
def _read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: the total and the page agree even while a crawl commits."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:  # an interrupted statement may have ended it already
            conn.execute("COMMIT")


@contextmanager
def _time_limit(conn: sqlite3.Connection, ms: int) -> Iterator[None]:
    """Stop the search after ``ms`` milliseconds, with a message saying how to narrow it."""
    try:
        with time_limit(conn, ms / 1000):
            yield
    except sqlite3.OperationalError as e:
        if "interrupted" in str(e):
            raise SearchTimeout(f"the search took longer than {ms / 1000:g} s and was stopped: use more "
                                f"specific words, or narrow it with --source, --since or --until") from None
        raise


@contextmanager
def _fts_errors(raw: bool) -> Iterator[None]:
    """A raw query FTS5 rejects is the user's to fix: one line, exit 2."""
    try:
        yield
    except sqlite3.OperationalError as e:
        msg = str(e)
        if raw and ("fts5" in msg or "syntax" in msg or "unterminated" in msg or "no such column" in msg
                    or "expected" in msg or "unknown special query" in msg):
            raise UsageError(f"invalid --raw search query: {msg} (FTS5 syntax: words, \"phrases\", "
                             f"AND/OR/NOT, NEAR(a b, 10), title:word, prefix*)") from None
        raise
