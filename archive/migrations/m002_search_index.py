"""Migration 2: the full-text index over article titles and texts, and its first fill.

Frozen: this is the tokenizer as it was when migration 2 shipped (tokenizer 1), copied here so
that a later change to archive.search_index cannot change what this migration does to an old
archive. Archives record the tokenizer their index was cut with (migration 7); opening one for
writing rebuilds an index cut by an older tokenizer (archive.db.upgrade).
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache

from archive.sqlite import execute_script

NAME = "full-text search index over article titles and texts (Chinese-aware)"

SQL = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, title_bigrams, body_bigrams,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Search filters read source, date and the hijack flag from this covering index (INDEXED BY):
-- a lookup into the wide articles rows would cost ~4x more per matching article.
CREATE INDEX articles_search_filters ON articles(id, source_name, published, hijacked)
"""

_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_BARRIER = "\ue000"
_HAN_RUN = re.compile(f"[{_HAN}]+")
_HAN_GAP = re.compile(f"(?<=[{_HAN}])[\\W_]+(?=[{_HAN}])")
_BIGRAM = re.compile(f"(?=([{_HAN}]{{2}}))|(?<=[{_HAN}])(?![{_HAN}])")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
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
            table[cp] = " "
    return table


def _fold(text: str) -> str:
    text = text.translate(_fold_table())
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text).translate(_fold_table())
    return text


def _streams(title: str | None, text: str | None) -> tuple[str, str, str, str]:
    def chars(folded: str) -> str:
        spaced = _HAN_GAP.sub(f" {_BARRIER} ", folded)
        return _HAN_RUN.sub(lambda m: " " + " ".join(m.group()) + " ", spaced)

    def bigrams(folded: str) -> str:
        return " ".join(_BIGRAM.findall(folded)).replace("  ", f" {_BARRIER} ")

    t, b = _fold(title or ""), _fold(text or "")
    return chars(t), chars(b), bigrams(t), bigrams(b)


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
    rows = conn.execute("SELECT id, title, text FROM articles ORDER BY id").fetchall()
    conn.executemany("INSERT INTO articles_fts (rowid, title, body, title_bigrams, body_bigrams) "
                     "VALUES (?, ?, ?, ?, ?)", ((r[0], *_streams(r[1], r[2])) for r in rows))
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
