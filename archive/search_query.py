"""What a user typed → an FTS5 MATCH expression over archive.search_index, plus a pattern that
finds the same terms in article text for highlighting.

Default (escaped) syntax, for people: words separated by spaces must all occur; a Chinese term is
found as a substring; ``"quoted phrases"`` (also “…”) must occur as written, where spaces between
Chinese characters are ignored (“研究 生院” = 研究生院) and other punctuation stands for any gap.
Every FTS5 operator character (``" * : ( ) ^ + -``, ``AND``, ``NEAR``…) is just text here: no
input can make the query fail.

``raw=True`` keeps FTS5 syntax (AND/OR/NOT, NEAR(), ``title:``/``body:`` column filters, ``prefix*``,
``^initial``); each string or bareword in it is still rewritten into our character tokens, so
``研究 NOT 生院`` works. A query FTS5 rejects raises :class:`QuerySyntaxError`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from archive.search_index import HAN, HAN_RUN, char_stream, fold

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"'})
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{HAN}])\\s+(?=[{HAN}])")
_HAS_WORD = re.compile(r"[^\W_]")
_EDGE_SEPARATORS = re.compile(r"^[\W_]+|[\W_]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_UNIT = re.compile(f"(?P<han>[{HAN}])|(?P<word>[^\\W_{HAN}]+)|(?P<gap>[\\W_]+)")
_WORD_CHAR = f"[^\\W_{HAN}]"  # a letter or digit that is not Han: words end where these do
# Raw FTS5 syntax: strings ("" escapes a quote; unterminated is left for FTS5 to reject),
# barewords (ASCII letters, digits, _, \x1a, and any non-ASCII character), single characters.
_RAW_TOKEN = re.compile(r'(?P<string>"(?:[^"]|"")*(?P<close>")?)|(?P<word>[A-Za-z0-9_\x1a\x80-\U0010ffff]+)'
                        r'|(?P<other>\S)')
_KEYWORDS = {"AND", "OR", "NOT", "NEAR"}


class QuerySyntaxError(ValueError):
    """A raw query that FTS5 cannot parse."""


@dataclass(frozen=True)
class ParsedQuery:
    match: str                       # the FTS5 MATCH expression; "" when there is nothing to search
    highlight: re.Pattern | None     # finds the terms in highlight_fold(text)

    @property
    def empty(self) -> bool:
        return not self.match


def parse_query(query: str, raw: bool = False) -> ParsedQuery:
    """Turn user input into a MATCH expression (escaped unless ``raw``) and a highlight pattern."""
    folded = _CONTROL.sub(" ", fold(query)).translate(_QUOTES)  # NUL would end the query early
    if raw:
        match, phrases = _raw_expression(folded)
    else:
        phrases = _escaped_terms(folded)
        match = " AND ".join(_term_expression(t) for t in phrases)
    return ParsedQuery(match, _highlight_pattern(phrases))


def _escaped_terms(folded: str) -> list[str]:
    """Words outside quotes and phrases inside them; an unclosed quote runs to the end."""
    terms = []
    for i, part in enumerate(folded.split('"')):
        if i % 2:
            terms.append(_SPACE_BETWEEN_HAN.sub("", part).strip())
        else:
            terms.extend(part.split())
    # "研究*", "(研究": edge punctuation carries no meaning here, and a bare Han term is fastest.
    return [_EDGE_SEPARATORS.sub("", t) for t in terms if _HAS_WORD.search(t)]


def _term_expression(term: str) -> str:
    """One term (or phrase) as an FTS5 phrase: of bigrams for Chinese text of 2+ characters
    (they occur only in the bigram columns), else of characters and words (only in the others)."""
    if HAN_RUN.fullmatch(term) and len(term) > 1:
        return '"' + " ".join(term[i:i + 2] for i in range(len(term) - 1)) + '"'
    return _phrase(term)


def _phrase(term: str) -> str:
    return '"' + " ".join(char_stream(term).split()).replace('"', '""') + '"'


def _raw_expression(folded: str) -> tuple[str, list[str]]:
    """Rewrite each string and bareword of a raw FTS5 query into a character-stream phrase (not
    bigrams: the user's ``title:`` filters name the character columns); return it and the phrases."""
    out, phrases, pos = [], [], 0
    tokens = list(_RAW_TOKEN.finditer(folded))
    depth_braces = 0
    for i, tok in enumerate(tokens):
        out.append(folded[pos:tok.start()])
        pos = tok.end()
        text = tok.group()
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        prev = tokens[i - 1].group() if i else ""
        if tok.lastgroup == "other":
            depth_braces += {"{": 1, "}": -1}.get(text, 0)
            out.append(text)
        elif tok.lastgroup == "word" and (text in _KEYWORDS or nxt == ":" or depth_braces > 0
                                          or (prev == "," and text.isdigit())):
            out.append(text)  # operator, column name, or NEAR distance
        elif tok.lastgroup == "string" and tok.group("close") is None:
            out.append(text)  # unterminated: FTS5 reports it
        else:
            inner = text[1:-1].replace('""', '"') if tok.lastgroup == "string" else text
            if tok.lastgroup == "string":
                inner = _SPACE_BETWEEN_HAN.sub("", inner)
            out.append(_phrase(inner))
            if _HAS_WORD.search(inner):
                phrases.append(inner.strip())
    out.append(folded[pos:])
    return "".join(out).strip(), phrases


# -- highlighting ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _highlight_table() -> dict[int, str]:
    """fold()'s one-to-one mappings plus accents removed from Latin letters: a length-preserving
    fold, so offsets found in the folded text are offsets in the original."""
    from archive.search_index import _fold_table

    table = {cp: s for cp, s in _fold_table().items() if len(s) == 1}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            table[cp] = base
    return table


@lru_cache(maxsize=1)
def _folds_a_word_char() -> frozenset[str]:
    """Characters whose folding changes what a pattern can match (to or from a letter or digit).
    A set, not a regex: with the traditional characters it holds thousands, and a character
    class that large costs ~3 ms per article text where set.isdisjoint costs 60 µs."""
    return frozenset(chr(cp) for cp, s in _highlight_table().items() if s.isalnum() or chr(cp).isalnum())


def highlight_fold(text: str) -> str:
    """The text as highlight patterns see it; same length as ``text``."""
    if _folds_a_word_char().isdisjoint(text):  # most Chinese text: its full-width punctuation
        return text                             # is a separator folded or not
    return text.translate(_highlight_table())


def _highlight_pattern(phrases: list[str]) -> re.Pattern | None:
    alternatives = {_phrase_regex(highlight_fold(p)) for p in phrases}
    alternatives.discard("")
    if not alternatives:
        return None
    return re.compile("|".join(sorted(alternatives, key=len, reverse=True)), re.IGNORECASE)


def _phrase_regex(phrase: str) -> str:
    """A regex with the index's notion of adjacency: Han characters touch unless the phrase has a
    gap between them, words are whole words with a gap between two of them, and a word and a Han
    character may touch or not."""
    units = [(m.lastgroup, m.group()) for m in _UNIT.finditer(phrase)]
    parts: list[str] = []
    kinds = [k for k, _ in units if k != "gap"]
    prev, gap_before = None, False
    for kind, text in units:
        if kind == "gap":
            gap_before = prev is not None
            continue
        if prev == kind == "han":
            parts.append(r"[\W_]+" if gap_before else "")
        elif prev == kind == "word":
            parts.append(r"[\W_]+")
        elif prev is not None:
            parts.append(r"[\W_]*")
        parts.append(re.escape(text))
        prev, gap_before = kind, False
    if not parts:
        return ""
    before = f"(?<!{_WORD_CHAR})" if kinds[0] == "word" else ""
    after = f"(?!{_WORD_CHAR})" if kinds[-1] == "word" else ""
    return before + "".join(parts) + after
