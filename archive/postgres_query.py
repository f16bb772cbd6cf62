"""What a user typed → a WHERE clause over PostgreSQL's search index (archive.postgres_index).

The same grammar as archive.search_query: by default every word must occur, a Chinese term is a
substring, ``"phrases"`` occur as written, and operator characters are plain text. ``raw=True``
reads FTS5's syntax — AND, OR, NOT, parentheses, ``"strings"``, ``prefix*``, ``title:``/``body:``
(also ``{title body}:`` and ``-title:``), ``a + b`` and ``NEAR(a b, N)`` — and rejects what has no
equivalent here (``^initial`` tokens) or does not parse, with a one-line QuerySyntaxError.

Each phrase compiles to a *candidate* tsquery over ``lexemes`` (what the GIN index answers) and,
when that is not exact, a *check* on the token texts. A phrase that is one lexeme (a Han run of up
to MAX_GRAM characters, a word, two words) is exact and needs no check; the final WHERE is the
candidate tsquery of the whole expression plus the checks of whatever is not exact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.postgres_index import INDEXED, MAX_GRAM, PAIR_JOINER, tokens
from archive.search_index import BARRIER, HAN, char_stream, fold
from archive.search_query import QuerySyntaxError, _escaped_terms

_HAN_CHAR = re.compile(f"[{HAN}]")
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{HAN}])\\s+(?=[{HAN}])")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"'})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# FTS5's lexical units: strings, barewords (ASCII letters, digits, _, and any non-ASCII
# character), and the operator characters.
_LEX = re.compile(r'\s*(?:(?P<string>"(?:[^"]|"")*")|(?P<bad>")|(?P<word>[A-Za-z0-9_\x1a\x80-\U0010ffff]+)'
                  r'|(?P<op>[(){}:*+^,-]))')
COLUMNS = ("title", "body")
# NEAR's default distance (FTS5's).
NEAR_DEFAULT = 10
# NEAR of more phrases than this would need a pattern per order of them.
NEAR_MAX_PHRASES = 3


@dataclass
class Clause:
    """A compiled (sub)query: ``cand`` a tsquery text (None: no positive constraint), ``check`` an
    SQL predicate that makes it exact (None: ``cand`` alone is exact), and the check's arguments."""

    cand: str | None
    check: str | None = None
    args: list = field(default_factory=list)

    def predicate(self) -> tuple[str, list]:
        """The exact condition on one article row ``f``."""
        if self.check is not None:
            return self.check, self.args
        return f"{INDEXED} @@ ?::tsquery", [self.cand]


def lexeme(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


# -- phrases ----------------------------------------------------------------------------------

def phrase_tokens(text: str) -> list[str]:
    """The index tokens of a phrase the user wrote (already folded), outer barriers dropped."""
    toks = tokens(char_stream(_SPACE_BETWEEN_HAN.sub("", text)))
    while toks and toks[0] == BARRIER:
        toks.pop(0)
    while toks and toks[-1] == BARRIER:
        toks.pop()
    return toks


def _pieces(toks: list[str]) -> list[str]:
    """The lexemes any article matching the phrase has: each Han run (or its MAX_GRAM windows), each word pair (or word)."""
    out: list[str] = []
    run: list[str] = []
    words: list[str] = []

    def flush_run() -> None:
        if run:
            s = "".join(run)
            out.extend([s] if len(s) <= MAX_GRAM else [s[i:i + MAX_GRAM] for i in range(len(s) - MAX_GRAM + 1)])
            run.clear()

    def flush_words() -> None:
        if words:
            out.extend([words[0]] if len(words) == 1 else [f"{a}{PAIR_JOINER}{b}" for a, b in zip(words, words[1:], strict=False)])
            words.clear()

    for t in toks:
        if t == BARRIER:
            flush_run()
        elif len(t) == 1 and _HAN_CHAR.match(t):
            flush_words()
            run.append(t)
        else:
            flush_run()
            words.append(t)
    flush_run()
    flush_words()
    return list(dict.fromkeys(out))


def _exact_lexeme(toks: list[str]) -> str | None:
    """The one lexeme that is exactly this phrase, if there is one."""
    if not toks or BARRIER in toks:
        return None
    han = [bool(_HAN_CHAR.fullmatch(t)) for t in toks]
    if all(han) and len(toks) <= MAX_GRAM:
        return "".join(toks)
    if not any(han) and len(toks) <= 2:
        return PAIR_JOINER.join(toks)
    return None


@dataclass
class Phrase:
    """One phrase of a query, for ranking: its token text (counted in title and body), and how to
    tell that it occurs in the title."""

    needle: str                    # " a b" (the phrase's tokens; a space before each)
    prefix: bool                   # its last token is a prefix (raw ``dat*``)
    cand: str                      # a tsquery of lexemes every article containing it has
    title: tuple[str, list]        # predicate: it occurs in the title
    anywhere: Clause               # it occurs in the title or the text

    @property
    def pattern(self) -> str:
        """A PostgreSQL regex for its occurrences in a token text."""
        return re.escape(self.needle) + ("[^ ]*" if self.prefix else "") + "(?= )"


def phrase_clause(text: str, column: str | None = None, prefix: bool = False,
                  found: list[Phrase] | None = None) -> Clause | None:
    """One phrase (a term, or a quoted phrase) as a Clause; None when it has no token to search.
    ``found`` collects the phrase for ranking."""
    toks = phrase_tokens(text)
    if not toks:
        return None
    needle = " " + " ".join(toks)
    text_needle = needle + ("" if prefix else " ")
    exact = None if prefix else _exact_lexeme(toks)
    if prefix:  # any lexeme starting with the last token: the word itself, its pairs, Han grams from it
        cand = " & ".join([*(lexeme(p) for p in _pieces(toks[:-1])), lexeme(toks[-1]) + ":*"])
    else:
        cand = " & ".join(lexeme(p) for p in _pieces(toks))
    pattern = re.escape(needle) + "[^ ]*(?= )"
    title = ("f.title ~ ?", [pattern]) if prefix else ("strpos(f.title, ?) > 0", [text_needle])
    if exact is not None:
        anywhere = Clause(lexeme(exact))
    elif prefix and len(toks) == 1:
        anywhere = Clause(cand)
    elif prefix:
        anywhere = Clause(cand, "(f.title ~ ? OR f.body ~ ?)", [pattern, pattern])
    else:
        anywhere = Clause(cand, "(strpos(f.title, ?) > 0 OR strpos(f.body, ?) > 0)", [text_needle, text_needle])
    if found is not None:
        found.append(Phrase(needle, prefix, cand, title, anywhere))
    if column == "title":
        return Clause(cand, *title)
    if column == "body":
        if prefix:
            return Clause(cand, "f.body ~ ?", [pattern])
        return Clause(cand, "strpos(f.body, ?) > 0", [text_needle])
    return anywhere


# -- combining ----------------------------------------------------------------------------------

def all_of(clauses: list[Clause]) -> Clause:
    cands = [c.cand for c in clauses if c.cand]
    cand = " & ".join(f"({c})" for c in cands) if cands else None
    if all(c.check is None for c in clauses):
        return Clause(cand)
    parts = [c.predicate() for c in clauses]
    return Clause(cand, "(" + " AND ".join(p for p, _ in parts) + ")", [a for _, args in parts for a in args])


def any_of(clauses: list[Clause]) -> Clause:
    cand = None if any(c.cand is None for c in clauses) else " | ".join(f"({c.cand})" for c in clauses)
    if all(c.check is None for c in clauses):
        return Clause(cand)
    parts = [c.predicate() for c in clauses]
    return Clause(cand, "(" + " OR ".join(p for p, _ in parts) + ")", [a for _, args in parts for a in args])


def but_not(a: Clause, b: Clause) -> Clause:
    if a.check is None and b.check is None and a.cand and b.cand:
        return Clause(f"({a.cand}) & !({b.cand})")
    pa, pb = a.predicate(), b.predicate()
    return Clause(a.cand, f"({pa[0]} AND NOT {pb[0]})", [*pa[1], *pb[1]])


def near(phrases: list[tuple[list[str], bool]], distance: int, column: str | None) -> Clause:
    """NEAR(p1 p2 …, N): the phrases in any order with at most N tokens between them, in one column."""
    if len(phrases) > NEAR_MAX_PHRASES:
        raise QuerySyntaxError(f"NEAR of more than {NEAR_MAX_PHRASES} phrases is not supported on PostgreSQL")
    cands = [" & ".join(lexeme(p) for p in _pieces(t)) for t, _ in phrases]
    pieces = [re.escape(" " + " ".join(t)) + ("[^ ]*" if prefix else "") for t, prefix in phrases]
    gap = f"(?: [^ ]+){{0,{distance}}}"
    orders = _permutations(pieces)
    pattern = "|".join("(?:" + gap.join(order) + ")(?= )" for order in orders)
    columns = [column] if column else list(COLUMNS)
    check = "(" + " OR ".join(f"f.{c} ~ ?" for c in columns) + ")"
    return Clause(" & ".join(f"({c})" for c in cands), check, [pattern] * len(columns))


def _permutations(items: list[str]) -> list[list[str]]:
    if len(items) <= 1:
        return [items]
    return [[items[i], *rest] for i in range(len(items)) for rest in _permutations(items[:i] + items[i + 1:])]


# -- the two grammars ----------------------------------------------------------------------------

def _prepare(query: str) -> str:
    return _CONTROL.sub(" ", fold(query)).translate(_QUOTES)


def compile_query(query: str, raw: bool = False) -> tuple[Clause | None, list[Phrase]]:
    """The user's query as a Clause (None: nothing to search for), and its phrases."""
    folded = _prepare(query)
    found: list[Phrase] = []
    if raw:
        return _RawParser(folded, found).parse(), found
    clauses = [c for c in (phrase_clause(t, found=found) for t in _escaped_terms(folded)) if c is not None]
    return (all_of(clauses) if clauses else None), found


class _RawParser:
    """FTS5's query grammar (https://sqlite.org/fts5.html#full_text_query_syntax), precedence NOT > AND > OR."""

    def __init__(self, text: str, found: list[Phrase]):
        self.text = text
        self.found = found
        self.toks: list[tuple[str, str]] = []
        pos = 0
        while pos < len(text):
            m = _LEX.match(text, pos)
            if m is None or m.end() == pos:
                if text[pos:].strip():
                    raise QuerySyntaxError(f"syntax error near {text[pos:pos + 10]!r}")
                break
            kind = m.lastgroup or ""
            if kind == "bad":
                raise QuerySyntaxError("unterminated string")
            self.toks.append((kind, m.group(kind)))
            pos = m.end()
        self.i = 0

    def peek(self, ahead: int = 0) -> tuple[str, str] | None:
        j = self.i + ahead
        return self.toks[j] if j < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise QuerySyntaxError("incomplete query")
        self.i += 1
        return tok

    def keyword(self, word: str) -> bool:
        tok = self.peek()
        return tok is not None and tok == ("word", word)

    def parse(self) -> Clause | None:
        if not self.toks:
            return None
        clause = self.or_expr(None)
        if self.peek() is not None:
            raise QuerySyntaxError(f"syntax error near {self.peek()[1]!r}")  # type: ignore[index]
        return clause

    def or_expr(self, column: str | None) -> Clause:
        parts = [self.and_expr(column)]
        while self.keyword("OR"):
            self.take()
            parts.append(self.and_expr(column))
        return parts[0] if len(parts) == 1 else any_of(parts)

    def and_expr(self, column: str | None) -> Clause:
        parts = [self.not_expr(column)]
        while True:
            if self.keyword("AND"):
                self.take()
            elif self.peek() is None or self.peek() == ("op", ")") or self.keyword("OR") or self.keyword("NOT"):
                break
            parts.append(self.not_expr(column))
        return parts[0] if len(parts) == 1 else all_of(parts)

    def not_expr(self, column: str | None) -> Clause:
        left = self.primary(column)
        while self.keyword("NOT"):
            self.take()
            left = but_not(left, self.primary(column))
        return left

    def primary(self, column: str | None) -> Clause:
        tok = self.peek()
        if tok is None:
            raise QuerySyntaxError("incomplete query")
        kind, text = tok
        if kind == "op" and text == "(":
            self.take()
            inner = self.or_expr(column)
            if self.take() != ("op", ")"):
                raise QuerySyntaxError("unbalanced parentheses")
            return inner
        if kind == "op" and text in "{-" or (kind == "word" and self.peek(1) == ("op", ":")):
            return self.primary(self.column_filter(column))
        if kind == "op" and text == "^":
            raise QuerySyntaxError("^ (first token of a column) is not supported on PostgreSQL")
        if kind == "word" and text == "NEAR" and self.peek(1) == ("op", "("):
            return self.near(column)
        if kind == "word" and text in ("AND", "OR", "NOT"):
            raise QuerySyntaxError(f"syntax error near {text!r}")
        return self.phrase(column)

    def column_filter(self, outer: str | None) -> str | None:
        negate = False
        if self.peek() == ("op", "-"):
            self.take()
            negate = True
        if self.peek() == ("op", "{"):
            self.take()
            names = []
            while self.peek() is not None and self.peek() != ("op", "}"):
                names.append(self.take()[1])
            self.take()
        else:
            names = [self.take()[1]]
        if self.take() != ("op", ":"):
            raise QuerySyntaxError("expected ':' after a column name")
        for n in names:
            if n not in COLUMNS:
                raise QuerySyntaxError(f"no such column: {n}")
        chosen = set(names) if not negate else set(COLUMNS) - set(names)
        if outer is not None:
            chosen &= {outer}
        if not chosen:
            raise QuerySyntaxError("the column filter leaves no column to search")
        return next(iter(chosen)) if len(chosen) == 1 else None

    def phrase_text(self) -> tuple[str, bool]:
        """One phrase (strings and barewords joined by +), and whether it ends in a prefix *."""
        parts = []
        while True:
            kind, text = self.take()
            if kind == "string":
                parts.append(_SPACE_BETWEEN_HAN.sub("", text[1:-1].replace('""', '"')))
            elif kind == "word":
                parts.append(text)
            else:
                raise QuerySyntaxError(f"syntax error near {text!r}")
            prefix = self.peek() == ("op", "*")
            if prefix:
                self.take()
            if self.peek() == ("op", "+") and not prefix:
                self.take()
                continue
            return " ".join(parts), prefix

    def phrase(self, column: str | None) -> Clause:
        text, prefix = self.phrase_text()
        clause = phrase_clause(text, column, prefix, self.found)
        # A phrase without a token matches nothing (FTS5 treats it so too).
        return clause if clause is not None else Clause("'\ue000'")

    def near(self, column: str | None) -> Clause:
        self.take()
        self.take()
        phrases: list[tuple[list[str], bool]] = []
        distance = NEAR_DEFAULT
        while True:
            tok = self.peek()
            if tok is None:
                raise QuerySyntaxError("unterminated NEAR(")
            if tok == ("op", ")"):
                self.take()
                break
            if tok == ("op", ","):
                self.take()
                kind, text = self.take()
                if kind != "word" or not text.isdigit():
                    raise QuerySyntaxError(f"NEAR's distance must be a number, not {text!r}")
                distance = int(text)
                if self.take() != ("op", ")"):
                    raise QuerySyntaxError("expected ')' after NEAR's distance")
                break
            text, prefix = self.phrase_text()
            toks = phrase_tokens(text)
            if toks:
                phrases.append((toks, prefix))
                phrase_clause(text, column, prefix, self.found)
        if len(phrases) < 1:
            raise QuerySyntaxError("NEAR() needs phrases")
        return near(phrases, distance, column)
