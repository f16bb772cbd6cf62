"""The search index on PostgreSQL: the same tokens as the SQLite index (archive.search_index),
kept as a GIN-indexed ``tsvector`` of n-grams instead of FTS5 position lists.

Why this design (bench/search.py --backend postgresql measures it; the README has the figures).
FTS5 answers a Chinese term of n characters as a phrase of its bigrams, checking positions in
its own compact lists. PostgreSQL's GIN index has no positions; a ``tsvector`` with positions
checks phrases (``<->``) by re-reading each candidate's tsvector, and silently drops positions
past 16,383 and occurrences past 256 of one lexeme — a long article would lose matches.
pg_trgm answers ``LIKE '%研究生%'`` exactly, but extracts nothing from terms of one or two
characters, the most common Chinese queries, which then scan every row. So each article's
lexemes are, without positions:

- every run of 1 to MAX_GRAM adjacent Han characters of the character stream (研, 研究, 研究生,
  研究生院): a Chinese term of up to MAX_GRAM characters is one lexeme, exact, answered by the
  GIN index alone with no recheck (GIN's answer for ``&``/``|``/``!`` of plain lexemes is exact);
- every word (folded, lowercased, accents removed: what FTS5's unicode61 makes of it), and every
  pair of adjacent words ("new york"): a word or a two-word phrase is one lexeme too.

A longer term or phrase is the AND of its overlapping grams or pairs (candidates), checked as a
substring of the article's *token text*: the character stream's tokens joined by single spaces,
with FTS5's barrier between Han characters that are not adjacent — exactly what an FTS5 phrase
matches. Counting a common word's matches therefore reads only the GIN index and the visibility
map of a narrow table (``articles_fts`` keeps its token texts out of line).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable

from archive.search_index import BARRIER, HAN, TOKENIZER_VERSION, streams

# Han n-grams up to this length are lexemes: terms of 1-4 characters (most Chinese queries and
# words; the bench's whole zh1-zh4 mix) need no check of the text. 5 would grow the index by
# about a fifth for terms that are rare and selective anyway.
MAX_GRAM = 4
# The version of the lexemes cut from the tokens (grams(), MAX_GRAM): raise it with any change;
# writers then rebuild the index, as for TOKENIZER_VERSION.
LEXEME_VERSION = 1
# Articles per INSERT while rebuilding.
REINDEX_BATCH = 500
# Each article's lexemes also name the bucket of BUCKET ids it falls in ("\ue001" + id // BUCKET;
# no token holds a private-use character). A search finds the newest matches of a common word
# inside the index — its lexemes AND the newest buckets — instead of visiting every match's row:
# 30 ms less for a character found in 90% of the bench archive. 1,024 ids: a few buckets hold the
# 5,000 newest matches of a common word, a few dozen those of a rarer one.
BUCKET = 1024
BUCKET_MARK = "\ue001"
# Joins the two words of a pair lexeme ("new york"): the lexemes are stored space-separated, and
# no word token contains it (fold() turns U+00A0 into a space).
PAIR_JOINER = "\u00a0"
# The index: GIN over this expression of the stored lexemes. Queries name it exactly so, and only
# ever as an index condition (evaluating it on a row would rebuild that row's lexemes).
INDEXED = "array_to_tsvector(string_to_array(f.grams, ' '))"
_TOKEN = re.compile(f"{BARRIER}|[^\\W_]+")
_HAN_CHAR = re.compile(f"[{HAN}]")


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """A word as unicode61 (remove_diacritics 2) indexes it: lowercase, accents removed."""
    low = word.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFD", low)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def tokens(char_stream: str) -> list[str]:
    """The tokens FTS5 sees in a character stream: Han characters, words (normalized), barriers."""
    return [t if t == BARRIER or _HAN_CHAR.fullmatch(t) else normalize_word(t) for t in _TOKEN.findall(char_stream)]


def token_text(toks: list[str]) -> str:
    """Tokens as the text a phrase is looked up in: `` a b c `` (spaces around each)."""
    return " " + " ".join(toks) + " " if toks else " "


def grams(toks: list[str]) -> set[str]:
    """The lexemes of a token list: Han 1..MAX_GRAM-grams of adjacent characters, words, word pairs."""
    out: set[str] = set()
    run: list[str] = []
    prev_word: str | None = None
    for t in toks:
        if t == BARRIER:
            run, prev_word = [], None
            continue
        if len(t) == 1 and _HAN_CHAR.match(t):
            run.append(t)
            if len(run) > MAX_GRAM:
                run.pop(0)
            for n in range(1, len(run) + 1):
                out.add("".join(run[-n:]))
            prev_word = None
        else:
            out.add(t)
            if prev_word is not None:
                out.add(f"{prev_word}{PAIR_JOINER}{t}")
            prev_word = t
            run = []
    return out


class IndexedArticle:
    """What articles_fts holds for one article."""

    __slots__ = ("grams", "token_count", "title", "body")

    def __init__(self, title: str | None, text: str | None, given_streams: tuple[str, ...] | None = None):
        t_chars, b_chars, t_bigrams, b_bigrams = given_streams or streams(title, text)
        t_toks, b_toks = tokens(t_chars), tokens(b_chars)
        self.grams = " ".join(sorted(grams(t_toks) | grams(b_toks)))
        # FTS5's bm25 length: every token of the four columns (bigram columns included).
        self.token_count = len(t_toks) + len(b_toks) + len(t_bigrams.split()) + len(b_bigrams.split())
        self.title = token_text(t_toks)
        self.body = token_text(b_toks)


_UPSERT = ("INSERT INTO articles_fts (id, grams, tokens, title, body) VALUES (%s, %s, %s, %s, %s) "
           "ON CONFLICT (id) DO UPDATE SET grams = EXCLUDED.grams, tokens = EXCLUDED.tokens, "
           "title = EXCLUDED.title, body = EXCLUDED.body")


def bucket_lexeme(article_id: int) -> str:
    return f"{BUCKET_MARK}{article_id // BUCKET}"


def _row(article_id: int, a: IndexedArticle) -> tuple:
    return (article_id, f"{a.grams} {bucket_lexeme(article_id)}", a.token_count, a.title, a.body)


def add_article(conn: Any, article_id: int, title: str | None, text: str | None,
                new_streams: tuple[str, ...] | None = None) -> None:
    """Index an article, or re-index a changed one (the row is replaced: nothing old to remove)."""
    conn.raw.execute(_UPSERT, _row(article_id, IndexedArticle(title, text, new_streams)))


def index_batch(conn: Any, articles: list[tuple[int, str | None, str | None]]) -> None:
    """Index (id, title, text) articles in one round trip (archive copy)."""
    with conn.raw.cursor() as cur:
        cur.executemany(_UPSERT, [_row(i, IndexedArticle(title, text)) for i, title, text in articles])


def reindex(conn: Any, progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the whole index from ``articles``, inside the caller's transaction."""
    conn.raw.execute("TRUNCATE articles_fts")
    count, last = 0, 0
    while True:
        rows = conn.raw.execute("SELECT id, title, text FROM articles WHERE id > %s ORDER BY id LIMIT %s",
                                (last, REINDEX_BATCH)).fetchall()
        if not rows:
            break
        with conn.raw.cursor() as cur:
            cur.executemany(_UPSERT, [_row(r[0], IndexedArticle(r[1], r[2])) for r in rows])
        for _ in rows:
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
        last = rows[-1][0]
    for key, value in (("search_tokenizer", TOKENIZER_VERSION), ("search_lexemes", LEXEME_VERSION)):
        conn.raw.execute("INSERT INTO archive_meta (key, value) VALUES (%s, %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (key, str(value)))
    return count


def optimize(conn: Any) -> None:
    """Merge GIN's pending list into the index and refresh the planner's statistics."""
    conn.raw.execute("SELECT gin_clean_pending_list('articles_fts_grams'::regclass)")
    conn.raw.execute("ANALYZE articles_fts")


def has_index(conn: Any) -> bool:
    return conn.raw.execute("SELECT to_regclass('articles_fts') IS NOT NULL").fetchone()[0]


def index_version(conn: Any) -> int:
    """The tokenizer the index was cut with; 0 when its lexemes are of an older LEXEME_VERSION."""
    if not conn.raw.execute("SELECT to_regclass('archive_meta') IS NOT NULL").fetchone()[0]:
        return TOKENIZER_VERSION
    meta = dict(conn.raw.execute("SELECT key, value FROM archive_meta WHERE key IN "
                                 "('search_tokenizer', 'search_lexemes')").fetchall())
    if int(meta.get("search_lexemes", LEXEME_VERSION)) < LEXEME_VERSION:
        return 0
    return int(meta.get("search_tokenizer", TOKENIZER_VERSION))
