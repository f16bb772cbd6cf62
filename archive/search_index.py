"""The full-text index over articles: how Chinese and English text become FTS5 tokens, and keeping
the index in step with the ``articles`` table.

Why this design. SQLite's ``unicode61`` tokenizer makes a whole run of Han characters one token,
so "研究" never matches "本研究表明"; the ``trigram`` tokenizer of SQLite 3.40 matches nothing
shorter than three characters. jieba's ``cut_for_search`` tokens would need a verification pass
and still miss terms that straddle its word boundaries ("究表"). So we do not segment words at
all: we feed FTS5 (``unicode61``) text that we have already cut into the tokens we need, in a
contentless table (``content=''``: the text lives once, in ``articles``; the index holds only
tokens) with four columns:

- ``title``, ``body`` (the *character stream*): every Han character is its own token, English words
  and numbers stay words. Between two Han characters that are not adjacent in the text
  (a comma, a space, a line break) we put a BARRIER token, so a phrase of characters matches
  exactly where those characters are adjacent. Serves one-character terms, mixed Chinese/English
  terms, quoted phrases with punctuation, and ``raw`` queries.
- ``title_bigrams``, ``body_bigrams`` (the *bigram stream*): each pair of adjacent Han characters
  ("研究" in 本研究表明 gives 本研 研究 究表 表明), a BARRIER between runs of Han text. A
  two-character term is one token; a term of n > 2 characters is the phrase of its n-1
  overlapping bigrams. Bigrams are far rarer than characters, so these queries read a small
  fraction of what the character phrase would (4-18x faster on common words in bench/search.py).

Single characters and words occur only in the character columns and bigrams only in the bigram
columns, so no query needs a column filter (which would make FTS5 decode every position list).

Both give exact substring semantics for Han text: a Chinese term finds every article whose title
or text contains it, and only those (tests/archive/test_search.py checks this against a scan).
English is matched by word, case- and accent-insensitively; text is NFKC-folded first, so
full-width "ＧＤＰ２０２４" is found by "GDP2024", and traditional characters are folded to their
simplified forms (OpenCC's character table, TSCharacters), in the index and the query alike, so
that 兹韦列夫 finds 茲韋列夫 and the other way round. The fold is character by character (one
character to one), so highlight offsets stay those of the text.

Contentless tables cannot re-read old text, so removing a row needs the exact values that were
indexed: :func:`update_article` reads the old title and text from ``articles`` and must run
*before* the row is updated. So the archive records the version of the tokenizer its index was
cut with (``archive_meta``): whenever :func:`streams` changes, raise TOKENIZER_VERSION; writers
then rebuild an older index before they write (archive.db.upgrade), and readers ask for
`newsvault upgrade`.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

from archive.backend import is_postgres

# The version of streams() below; raise it with any change to the tokens an article gives.
# 2: traditional characters folded to simplified ones.
TOKENIZER_VERSION = 2
TABLE = "articles_fts"
COLUMNS = ("title", "body", "title_bigrams", "body_bigrams")

# CJK ideographs: the URO, extension A, compatibility ideographs, extensions B-G, and 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# A private-use character: unicode61 keeps it as a token (category Co), and fold() removes every
# private-use character from real text, so only our own barriers ever carry it.
BARRIER = "\ue000"

HAN_RUN = re.compile(f"[{HAN}]+")
# Non-token characters (punctuation, spaces, underscore) between two Han characters.
_HAN_GAP = re.compile(f"(?<=[{HAN}])[\\W_]+(?=[{HAN}])")
# Each bigram of adjacent Han characters, and an empty match where a run of Han text ends.
_BIGRAM = re.compile(f"(?=([{HAN}]{{2}}))|(?<=[{HAN}])(?![{HAN}])")

def traditional_to_simplified() -> dict[str, str]:
    """OpenCC's character table (TSCharacters.txt of opencc-python-reimplemented, Apache 2.0):
    each traditional character to its first simplified candidate, where that is one character
    and differs."""
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        source, _tab, targets = line.partition("\t")
        first = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(first) == 1 and first != source:
            table[source] = first
    return table


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Character-by-character NFKC for the BMP (full-width forms, compatibility ideographs…), then
    traditional → simplified (``traditional_to_simplified``).

    Precomputed because unicodedata.normalize("NFKC") runs at ~7 MB/s on Chinese text (its
    full-width punctuation is never normalized), and the table at ~30 MB/s.
    """
    table: dict[int, str] = {cp: " " for cp in range(0xE000, 0xF900)}  # private use
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp < 0xE000 or 0xE000 <= cp < 0xF900:
            continue
        ch = chr(cp)
        nf = unicodedata.normalize("NFKC", ch)
        if nf == ch:
            continue
        if len(nf) == 1:
            table[cp] = nf
        elif not any(c.isalnum() for c in nf):
            table[cp] = " "  # "…" → "...": separators either way
    simplified = traditional_to_simplified()
    for cp, value in list(table.items()):  # a compatibility ideograph may fold to a traditional one
        if len(value) == 1 and value in simplified:
            table[cp] = simplified[value]
    for source, target in simplified.items():
        table.setdefault(ord(source), target)
    return table


def fold(text: str) -> str:
    """NFKC, with private-use characters turned into spaces: the text the index sees."""
    text = text.translate(_fold_table())
    if not unicodedata.is_normalized("NFKC", text):  # combining marks, "①", "㈱": rare
        text = unicodedata.normalize("NFKC", text).translate(_fold_table())
    return text


def char_stream(folded: str) -> str:
    """Han characters as single tokens, barriers between non-adjacent ones, other words as they are."""
    spaced = _HAN_GAP.sub(f" {BARRIER} ", folded)
    return HAN_RUN.sub(lambda m: " " + " ".join(m.group()) + " ", spaced)


def bigram_stream(folded: str) -> str:
    """The bigrams of each run of Han characters, runs separated by a BARRIER."""
    # A run's end shows up as "" in findall's list: two spaces in a row once joined.
    return " ".join(_BIGRAM.findall(folded)).replace("  ", f" {BARRIER} ")


def streams(title: str | None, text: str | None) -> tuple[str, str, str, str]:
    """The four indexed column values for one article, in COLUMNS order."""
    t, b = fold(title or ""), fold(text or "")
    return char_stream(t), char_stream(b), bigram_stream(t), bigram_stream(b)


_INSERT = f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
_DELETE = f"INSERT INTO {TABLE} ({TABLE}, rowid, {', '.join(COLUMNS)}) VALUES ('delete', ?, ?, ?, ?, ?)"


def add_article(conn: sqlite3.Connection, article_id: int, title: str | None, text: str | None,
                new_streams: tuple[str, ...] | None = None) -> None:
    """Index a new article. Call inside the transaction that inserts its row.

    ``new_streams``: ``streams(title, text)`` when the caller computed them already (the crawl
    does, in its cleaner worker processes, to keep the writer's thread free).
    """
    if is_postgres(conn):  # the same tokens, as PostgreSQL's n-gram lexemes
        return _postgres().add_article(conn, article_id, title, text, new_streams)
    conn.execute(_INSERT, (article_id, *(new_streams or streams(title, text))))


def update_article(conn: sqlite3.Connection, article_id: int, title: str | None, text: str | None,
                   new_streams: tuple[str, ...] | None = None) -> None:
    """Re-index an article whose title or text changes. Call BEFORE updating its row, in the same transaction."""
    if is_postgres(conn):
        return _postgres().add_article(conn, article_id, title, text, new_streams)
    old = conn.execute("SELECT title, text FROM articles WHERE id=?", (article_id,)).fetchone()
    if old is not None:
        conn.execute(_DELETE, (article_id, *streams(old[0], old[1])))
    conn.execute(_INSERT, (article_id, *(new_streams or streams(title, text))))


def reindex(conn: sqlite3.Connection, progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the whole index from ``articles``; return the number of articles indexed.

    Call inside a write transaction (readers keep seeing the old index until it commits).
    ``progress`` is called with the running count every 1,000 articles.
    """
    if is_postgres(conn):
        return _postgres().reindex(conn, progress)
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    count = 0

    def rows() -> Iterable[tuple]:
        nonlocal count
        # A second cursor: the INSERTs below must not disturb this one's iteration.
        for article_id, title, text in conn.execute("SELECT id, title, text FROM articles ORDER BY id"):
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
            yield (article_id, *streams(title, text))

    conn.executemany(_INSERT, rows())
    optimize(conn)
    conn.execute("INSERT OR REPLACE INTO archive_meta (key, value) VALUES ('search_tokenizer', ?)",
                 (str(TOKENIZER_VERSION),))
    return count


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index into one segment: fastest queries, best done after a bulk load."""
    if is_postgres(conn):
        return _postgres().optimize(conn)
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")


def has_index(conn: sqlite3.Connection) -> bool:
    """Has migration 2 run on this archive?"""
    if is_postgres(conn):
        return _postgres().has_index(conn)
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name=?", (TABLE,)).fetchone() is not None


def index_version(conn: sqlite3.Connection) -> int:
    """The tokenizer the archive's index was cut with (TOKENIZER_VERSION when there is no archive yet)."""
    if is_postgres(conn):
        return _postgres().index_version(conn)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name='archive_meta'").fetchone():
        return TOKENIZER_VERSION if not has_index(conn) else 1  # migration 7 not applied yet: tokenizer 1
    row = conn.execute("SELECT value FROM archive_meta WHERE key='search_tokenizer'").fetchone()
    return int(row[0]) if row else TOKENIZER_VERSION


def _postgres():
    """archive.postgres_index, imported on a PostgreSQL archive's first use (it needs this module)."""
    from archive import postgres_index

    return postgres_index
