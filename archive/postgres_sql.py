"""The archive's SQL, as written for SQLite, rewritten for PostgreSQL.

The store, the readers and the reports are written once, in the SQL both databases share; the
few SQLite idioms they use have a fixed PostgreSQL spelling, applied here to each statement
(once: the result is cached):

- ``?`` parameters become ``%s`` (psycopg's), and a literal ``%`` becomes ``%%``;
- ``INSERT OR IGNORE`` → ``ON CONFLICT DO NOTHING``; ``INSERT OR REPLACE`` → ``ON CONFLICT (key)
  DO UPDATE`` of the other columns;
- ``INSERT`` into a table with an ``id`` gets ``RETURNING id`` (sqlite3's ``lastrowid``);
- ``INDEXED BY name`` (a planner hint) is dropped: PostgreSQL's planner chooses;
- scalar ``MAX(a, b)``/``MIN(a, b)`` → ``GREATEST``/``LEAST`` (the aggregates stay);
- an integer flag used as a condition (``WHEN hijacked THEN``) is compared with 0: SQLite's
  integers are booleans, PostgreSQL's are not.

Statements that are SQLite's own (PRAGMA, sqlite_master, FTS5) have no rewrite: the code that
needs them asks archive.backend which database it has and runs PostgreSQL's own statement.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

# Tables whose rows have a generated ``id``: an INSERT reports it back (sqlite3's lastrowid).
ID_TABLES = frozenset({"runs", "captures", "articles", "article_versions", "fetch_failures", "article_status_changes",
                       "cloak_checks"})
# INSERT OR REPLACE: the unique key it replaces on, and the table's other columns — SQLite replaces
# the whole row, so the columns the statement does not name go back to their defaults.
REPLACE_KEYS = {"archive_meta": ("key",), "warc_files": ("name",)}
REPLACE_COLUMNS = {"archive_meta": ("value",), "warc_files": ("state", "size", "opened_at", "closed_at")}
# Integer columns that hold a flag (0/1) and may stand alone as a condition.
FLAG_COLUMNS = ("hijacked",)

_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+", re.IGNORECASE)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)\s*(\(([^)]*)\))?", re.IGNORECASE)
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+[A-Za-z_][A-Za-z0-9_]*", re.IGNORECASE)
_MINMAX = re.compile(r"\b(MAX|MIN)\s*\(", re.IGNORECASE)
_FLAG_CONDITION = re.compile(r"\bWHEN\s+((?:[A-Za-z_]+\.)?(?:" + "|".join(FLAG_COLUMNS) + r"))\s+THEN\b",
                             re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


class Translated(NamedTuple):
    sql: str
    returns_id: bool   # the statement ends in RETURNING id, added here


@lru_cache(maxsize=1024)
def translate(sql: str, has_params: bool = True) -> Translated:
    """The PostgreSQL spelling of one SQLite statement (see the module's docstring)."""
    conflict = ""
    m = _INSERT_OR.match(sql)
    if m:
        sql = "INSERT INTO " + sql[m.end():]
        conflict = _on_conflict(sql, m.group(1).upper())
    sql = _INDEXED_BY.sub("", sql)
    sql = _scalar_minmax(sql)
    sql = _FLAG_CONDITION.sub(lambda f: f"WHEN {f.group(1)} <> 0 THEN", sql)
    sql = _placeholders(sql, has_params).rstrip().rstrip(";")
    if conflict:
        sql += conflict
    returns_id = False
    ins = _INSERT_INTO.match(sql)
    if ins and ins.group(1).lower() in ID_TABLES and not _RETURNING.search(sql):
        sql += " RETURNING id"
        returns_id = True
    return Translated(sql, returns_id)


def _on_conflict(sql: str, action: str) -> str:
    if action == "IGNORE":
        return " ON CONFLICT DO NOTHING"
    ins = _INSERT_INTO.match(sql)
    table = ins.group(1).lower() if ins else ""
    if table not in REPLACE_KEYS or not ins or not ins.group(3):
        raise ValueError(f"INSERT OR REPLACE into {table or '?'}: no PostgreSQL rewrite (name its key in REPLACE_KEYS)")
    keys = REPLACE_KEYS[table]
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in REPLACE_COLUMNS[table])
    return f" ON CONFLICT ({', '.join(keys)}) " + (f"DO UPDATE SET {updates}" if updates else "DO NOTHING")


def _scalar_minmax(sql: str) -> str:
    """MAX(a, b) → GREATEST(a, b), MIN(a, b) → LEAST(a, b); MAX(x) (the aggregate) is left alone."""
    out, pos = [], 0
    for m in _MINMAX.finditer(sql):
        if m.start() < pos:
            continue
        close = _matching_paren(sql, m.end() - 1)
        if close is None or not _has_top_level_comma(sql[m.end():close]):
            continue
        out.append(sql[pos:m.start()])
        out.append("GREATEST(" if m.group(1).upper() == "MAX" else "LEAST(")
        pos = m.end()
    out.append(sql[pos:])
    return "".join(out)


def _unquoted(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, parenthesis depth after it) of each character outside string literals."""
    depth, quote = 0, None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth


def _matching_paren(sql: str, open_at: int) -> int | None:
    return next((i for i, ch, depth in _unquoted(sql, open_at) if ch == ")" and depth == 0), None)


def _has_top_level_comma(args: str) -> bool:
    return any(ch == "," and depth == 0 for _, ch, depth in _unquoted(args))


def _placeholders(sql: str, has_params: bool) -> str:
    """``?`` → ``%s`` outside string literals; ``%`` → ``%%`` (psycopg formats the whole text)."""
    if not has_params:
        return sql
    out, quote = [], None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)
