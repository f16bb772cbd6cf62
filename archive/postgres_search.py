"""Search on a PostgreSQL archive: the queries behind archive.search.search() and match_ids().

The same results as on SQLite (archive.search): the count is exact; articles with a query
phrase in their title come first, then bm25 — as FTS5 computes it (k1 = 1.2, b = 0.75, idf
clamped at 1e-6, the article's length in index tokens) with title occurrences weighted
``title_weight`` times — over the ``rank_window`` most recently archived matches, and the rest
follow newest first.

One difference, measured: in the text of an article a phrase counts once, however often it
occurs there (every occurrence in the title counts). FTS5 reads term frequencies from its
position lists; GIN keeps no positions, so counting them means reading each ranked article's
text — 110-150 ms for the 5,000 ranked matches of a common word on the bench archive, three
times the whole search's budget. The title's token text sits in the index row itself.

How the statements are shaped. The GIN index is on an expression of the stored lexemes, which
the planner takes for cheap: for a common word it would read every row (or walk the primary key
newest first) rebuilding each row's lexemes to test it — seconds, where the index answers in
20 ms. So the expression is only ever matched inside a MATERIALIZED common table expression
(``m``) whose only other condition cannot use an index (``f.id + 0``), with sequential scans
off: the GIN bitmap is the one plan left. Filters on the articles join ``m`` afterwards.
"""
from __future__ import annotations

import math
import re
import threading
import time
from typing import Any

from archive.postgres_index import BUCKET, INDEXED, bucket_lexeme
from archive.postgres_query import Clause, Phrase, compile_query, lexeme
from archive.search_index import HAN
from archive.search_query import QuerySyntaxError
from core.errors import UsageError

# FTS5's bm25 constants.
K1, B = 1.2, 0.75
# A window among the newest ids is found through the buckets' lexemes while it spans at most this
# many buckets (beyond, the query is rare enough that reading its matches' rows costs little).
MAX_BUCKETS = 64
# Statistics of the whole index move slowly: an hour of crawling shifts the average length far
# less than any difference between two articles' scores. Reading them costs ~10 ms at 100,000.
STATS_TTL_S = 60.0
_stats: dict[str, tuple[float, float, float]] = {}  # url → (read at, articles, average tokens)
_stats_lock = threading.Lock()

Page = list[tuple[int, float | None]]
_HAN_END = re.compile(f"[{HAN}]$")


def _compile(query: str, raw: bool) -> tuple[Clause | None, list[Phrase]]:
    try:
        return compile_query(query, raw)
    except QuerySyntaxError as e:
        raise UsageError(f"invalid --raw search query: {e} (FTS5 syntax: words, \"phrases\", AND/OR/NOT, "
                         f"NEAR(a b, 10), title:word, prefix*)") from None


class _Matches:
    """The statements of one search: the matching articles (``m``), joined to the filters."""

    def __init__(self, clause: Clause, conds: list[str], args: list):
        where, self.args = [], []
        if clause.cand:
            where.append(f"{INDEXED} @@ ?::tsquery")
            self.args.append(clause.cand)
        if clause.check is not None:
            where.append(clause.check)
            self.args += clause.args
        self.where = " AND ".join(where) or "TRUE"
        self.conds, self.cond_args = conds, args

    def cte(self, columns: str = "f.id", id_cond: str = "", buckets: bool = False) -> str:
        """``WITH m AS MATERIALIZED (…)``: the matches (``id_cond`` on ``f.id + 0``, never indexed;
        ``buckets``: also in the buckets of a tsquery argument that follows the match's)."""
        extra = f" AND {INDEXED} @@ ?::tsquery" if buckets else ""
        extra += f" AND f.id + 0 {id_cond}" if id_cond else ""
        return f"WITH m AS MATERIALIZED (SELECT {columns} FROM articles_fts f WHERE {self.where}{extra})"

    def filtered(self) -> str:
        """``FROM m`` with the filters on the articles (``a``), if any."""
        if not self.conds:
            return "FROM m"
        return "FROM m JOIN articles a ON a.id = m.id WHERE " + " AND ".join(self.conds)


def _bitmap_scans_only(conn: Any) -> None:
    """No sequential scan in this search's transaction (see the module's docstring)."""
    if conn.in_transaction:
        conn.execute("SELECT set_config('enable_seqscan', 'off', true)")


def match_ids(conn: Any, query: str, raw: bool, conds: list[str], args: list) -> list[int]:
    """Every matching article's id, newest first."""
    clause, _ = _compile(query, raw)
    if clause is None:
        return []
    _bitmap_scans_only(conn)
    q = _Matches(clause, conds, args)
    return [r[0] for r in conn.execute(f"{q.cte()} SELECT m.id {q.filtered()} ORDER BY m.id DESC",
                                       [*q.args, *q.cond_args])]


def search_page(conn: Any, query: str, raw: bool, conds: list[str], args: list, sort: str, limit: int,
                offset: int, rank_window: int, title_weight: float) -> tuple[int, Page, int]:
    """(total, the page of (id, score), how many were ranked) — see archive.search.search()."""
    clause, phrases = _compile(query, raw)
    if clause is None:
        return 0, [], 0
    newest = conn.execute("SELECT COALESCE(max(id), 0) FROM articles_fts").fetchone()[0]
    _bitmap_scans_only(conn)
    q = _Matches(clause, conds, args)
    if conds:
        total = conn.execute(f"{q.cte()} SELECT count(*) {q.filtered()}", [*q.args, *q.cond_args]).fetchone()[0]
    else:  # no column needed: PostgreSQL counts from the bitmap (and the visibility map)
        total = conn.execute(f"SELECT count(*) FROM articles_fts f WHERE {q.where}", q.args).fetchone()[0]
    if not total:
        return 0, [], 0
    if sort == "date":
        rows = conn.execute(f"{q.cte()} SELECT m.id FROM m JOIN articles a ON a.id = m.id"
                            + "".join(f" AND {c}" for c in conds)
                            + " ORDER BY a.published IS NULL, a.published DESC, m.id DESC LIMIT ? OFFSET ?",
                            [*q.args, *q.cond_args, limit, offset]).fetchall()
        return total, [(r[0], None) for r in rows], 0
    ranked = min(total, rank_window)
    n_total, avgdl = index_stats(conn)
    # The newest matches lie among the newest ids: the window is looked for there first — in a span
    # of ids that, at this query's density of matches, holds it a third over — and the span is
    # widened in the rare case it falls short. Reading every match of a common word to keep the
    # newest 5,000 costs three times more.
    span = 0 if total <= rank_window else int(rank_window * max(n_total, newest) / total * 4 / 3) + 64
    while True:
        lo = max(0, newest - span) if span else 0
        page, got, floor = _ranked(conn, q, phrases, total, n_total, avgdl, raw, lo, newest, rank_window,
                                   min(limit, max(0, ranked - offset)), offset, title_weight)
        if got >= ranked or lo == 0:
            break
        span *= 4
    if len(page) < limit and total > ranked:
        page += [(r[0], None) for r in conn.execute(
            f"{q.cte(id_cond='< ?')} SELECT m.id {q.filtered()} ORDER BY m.id DESC LIMIT ? OFFSET ?",
            [*q.args, floor, *q.cond_args, limit - len(page), max(0, offset - ranked)])]
    return total, page, ranked


def _ranked(conn: Any, q: _Matches, phrases: list[Phrase], total: int, n_total: float, avgdl: float, raw: bool,
            lo: int, newest: int, window: int, limit: int, offset: int, title_weight: float) -> tuple[Page, int, int]:
    """The ranked page among the newest ``window`` matches with ids >= ``lo``; also how many
    matches that window holds and its oldest id."""
    alone = len(phrases) == 1 and not q.conds and not raw  # its count is the total
    idfs = [_idf(n_total, total if alone else _hits(conn, p)) for p in phrases]
    in_title = " OR ".join(p.title[0].replace("f.title", "w.title") for p in phrases) or "FALSE"
    title_args = [a for p in phrases for a in p.title[1]]
    tfs = "".join(f", {title_weight!r}::float8 * {_count_sql(p)} + 1 AS tf{i}" for i, p in enumerate(phrases))
    tf_args = [_count_arg(p) for p in phrases]
    norm = f"{K1}::float8 * (1 - {B} + {B} * tokens::float8 / {avgdl!r})"
    score = " + ".join(f"{idf!r} * tf{i} * {K1 + 1} / (tf{i} + {norm})" for i, idf in enumerate(idfs)) or "0"
    buckets = range(lo // BUCKET, newest // BUCKET + 1)
    in_buckets = 0 < lo and len(buckets) <= MAX_BUCKETS
    bucket_args = [" | ".join(lexeme(bucket_lexeme(b * BUCKET)) for b in buckets)] if in_buckets else []
    rows = conn.execute(
        f"{q.cte('f.id, f.tokens, f.title', '>= ?', in_buckets)}, "
        f"w AS MATERIALIZED (SELECT m.* {q.filtered()} ORDER BY m.id DESC LIMIT ?), "
        f"s AS (SELECT id, tokens, ({in_title}) AS in_title{tfs} FROM w) "
        f"SELECT (SELECT count(*) FROM w), (SELECT min(id) FROM w), p.id, p.score FROM (SELECT 1) one "
        f"LEFT JOIN LATERAL (SELECT id, {score} AS score FROM s "
        f"ORDER BY in_title DESC, score DESC, id DESC LIMIT ? OFFSET ?) p ON TRUE",
        [*q.args, *bucket_args, lo, *q.cond_args, window, *title_args, *tf_args, limit, offset]).fetchall()
    return [(r[2], float(r[3])) for r in rows if r[2] is not None], rows[0][0], rows[0][1] or 0


def _count_sql(p: Phrase) -> str:
    """Occurrences of the phrase in the title's token text. Han tokens are single characters, so
    `` 研究`` cannot be the start of a longer token: a plain count suffices; a phrase ending in a
    word (`` data`` in `` database``) or a prefix needs the regex."""
    if p.prefix or not _HAN_END.search(p.needle):
        return "regexp_count(w.title, ?)"
    return f"(length(w.title) - length(replace(w.title, ?, ''))) / {len(p.needle)}"


def _count_arg(p: Phrase) -> str:
    return p.pattern if p.prefix or not _HAN_END.search(p.needle) else p.needle


def _hits(conn: Any, phrase: Phrase) -> int:
    """How many articles of the whole index contain the phrase (bm25's idf counts it so)."""
    q = _Matches(phrase.anywhere, [], [])
    return conn.execute(f"{q.cte()} SELECT count(*) FROM m", q.args).fetchone()[0]


def _idf(n_total: float, hits: int) -> float:
    idf = math.log((max(n_total, hits) - hits + 0.5) / (hits + 0.5)) if n_total else 0.0
    return idf if idf > 0 else 1e-6


def index_stats(conn: Any) -> tuple[float, float]:
    """(articles indexed, their average length in tokens), cached for STATS_TTL_S."""
    now = time.monotonic()
    with _stats_lock:
        cached = _stats.get(conn.url)
    if cached and now - cached[0] < STATS_TTL_S:
        return cached[1], cached[2]
    n, avg = conn.execute("SELECT count(*), COALESCE(avg(tokens), 1) FROM articles_fts").fetchone()
    with _stats_lock:
        _stats[conn.url] = (now, float(n), float(avg))
    return float(n), float(avg)
