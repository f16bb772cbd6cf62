"""Moving an embedded (SQLite) archive into PostgreSQL: `newsvault archive copy --to URL`.

Table by table in the order their references need (sources before runs, captures before the
articles that point at them…), each in key order, in batches of BATCH rows, each batch one
transaction that also indexes the batch's articles for search. Ids are kept (links and bookmarks
to ``/articles/<id>`` stay valid); the identity sequences are moved past them at the end.

Resumable: what a batch wrote is committed, so a copy stopped at any moment is taken up where it
stopped — each table's rows above the highest key already in the target. The target records the
archive it is a copy of (``archive_meta`` ``copied_from``) and a copy refuses a target that holds
another archive's rows.

Verified: at the end every table's row count and a SHA-256 digest of its rows (in key order, the
columns both sides have, WARC file names resolved to the files they name) are compared; the copy
fails, naming the table, if any differ. Captures' WARC files are not moved: their names are
rewritten relative to the target's WARC folder when they lie inside it, else kept as absolute
paths (put the files in the shared folder first, and they are found from every host).
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from archive.backend import display, is_postgres
from archive.captures import archive_folder
from archive.warc import resolve_path, stored_path
from core.errors import ArchiveError
from core.i18n import _

# Rows per transaction: large enough that commits cost nothing next to the rows, small enough
# that an interrupted copy loses seconds and memory stays a few MB of article text.
BATCH = 500


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]          # the order rows are digested in (unique)
    identity: bool = False        # its ``id`` is an identity column in PostgreSQL
    copy_order: str = ""          # the order rows are copied in, when not the key's


# In the order of their references. schema_migrations is the target's own (it migrated itself).
TABLES = (
    Table("sources", ("name",)),
    Table("runs", ("id",), identity=True),
    Table("blobs", ("hash",)),
    Table("captures", ("id",), identity=True),
    Table("warc_files", ("name",)),
    Table("articles", ("id",), identity=True),
    Table("article_versions", ("id",), identity=True),
    Table("attachments", ("article_id", "url"), copy_order="rowid"),  # its order is an article's list
    Table("fetch_failures", ("id",), identity=True),
    Table("article_status_changes", ("id",), identity=True),
    Table("article_sightings", ("article_id", "source_name")),
    Table("source_profiles", ("source",)),
    Table("cloak_checks", ("id",), identity=True),
    Table("archive_meta", ("key",)),
)
# The columns that name a WARC file, per table: rewritten for the target's WARC folder.
WARC_NAMES = {"captures": "warc_file", "warc_files": "name", "cloak_checks": "warc_file"}
# Keys of archive_meta that belong to the target (its own index, its own origin).
OWN_META = ("search_tokenizer", "search_lexemes", "copied_from")

Progress = Callable[[str, int, int, float], None]  # table, rows done, rows in all, rows per second


@dataclass
class CopyReport:
    tables: dict[str, int]        # table → rows in both
    copied: dict[str, int]        # table → rows this run copied (0 for a table done before)


def _columns_sqlite(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _columns_postgres(conn, table: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema() "
        "ORDER BY ordinal_position", (table,))]


def copy_archive(source: Any, target: Any, source_name: str, warc_dir: Path,
                 progress: Progress | None = None) -> CopyReport:
    """Copy every table of ``source`` (an SQLite reader) into ``target`` (a PostgreSQL writer,
    migrated); then verify. Each batch of articles is indexed for search in its transaction."""
    from archive.postgres_index import index_batch
    from archive.sqlite import transaction

    _claim(target, source_name)
    base = archive_folder(source)
    copied: dict[str, int] = {}
    for t in TABLES:
        cols = _columns_sqlite(source, t.name)
        have = set(_columns_postgres(target, t.name))
        missing = [c for c in cols if c not in have]
        if missing:
            raise ArchiveError(_("{table}: the target lacks columns {columns}: is it made by the same newsvault? (run "
                                 "`newsvault upgrade --db {db}`)").format(table=t.name, columns=", ".join(missing),
                                                                        db=display(target.url)))
        total = source.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
        done = target.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
        copied[t.name] = 0
        started = time.monotonic()
        for batch in _batches(source, target, t, cols):
            rows = [_convert(t.name, cols, r, base, warc_dir) for r in batch]
            placeholders = ", ".join("?" * len(cols))
            with transaction(target):
                target.executemany(f"INSERT INTO {t.name} ({', '.join(cols)}) VALUES ({placeholders}) "
                                   f"ON CONFLICT DO NOTHING", rows)
                if t.name == "articles":
                    at = {c: i for i, c in enumerate(cols)}
                    index_batch(target, [(r[at["id"]], r[at["title"]], r[at["text"]]) for r in rows])
            copied[t.name] += len(rows)
            if progress:
                rate = copied[t.name] / max(time.monotonic() - started, 1e-6)
                progress(t.name, done + copied[t.name], total, rate)
        if t.identity:
            target.execute(f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                           f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {t.name}), 1))")
    return CopyReport(verify(source, target, warc_dir), copied)


def _claim(target: Any, source_name: str) -> None:
    """Mark the target as a copy of this archive; refuse one that holds another archive."""
    from archive.sqlite import transaction

    with transaction(target):
        row = target.execute("SELECT value FROM archive_meta WHERE key = 'copied_from'").fetchone()
        if row is not None and row[0] != source_name:
            raise ArchiveError(_("{db} is a copy of {other}, not of {source}: copy into an empty database").format(
                db=display(target.url), other=row[0], source=source_name))
        if row is None:
            if target.execute("SELECT EXISTS (SELECT 1 FROM runs) OR EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
                raise ArchiveError(_("{db} already holds an archive: copy into an empty database").format(
                    db=display(target.url)))
            target.execute("INSERT INTO archive_meta (key, value) VALUES ('copied_from', ?)", (source_name,))


def _batches(source: Any, target: Any, t: Table, cols: list[str]) -> Iterator[list[tuple]]:
    """The source's rows the target does not have yet, BATCH at a time, in key order."""
    order = ", ".join(t.key)
    if t.key == ("id",):
        after = target.execute(f"SELECT COALESCE(MAX(id), 0) FROM {t.name}").fetchone()[0]
        while True:
            rows = source.execute(f"SELECT {', '.join(cols)} FROM {t.name} WHERE id > ? ORDER BY id LIMIT ?",
                                  (after, BATCH)).fetchall()
            if not rows:
                return
            yield [tuple(r) for r in rows]
            after = rows[-1][cols.index("id")]
    else:  # small tables, or keyed by text: the conflicts skip what is there already
        rows = [tuple(r) for r in source.execute(f"SELECT {', '.join(cols)} FROM {t.name} "
                                                  f"ORDER BY {t.copy_order or order}")]
        if t.name == "archive_meta":
            rows = [r for r in rows if r[cols.index("key")] not in OWN_META]
        for i in range(0, len(rows), BATCH):
            yield rows[i:i + BATCH]


def _convert(table: str, cols: list[str], row: tuple, base: Path, warc_dir: Path) -> tuple:
    """A source row as the target stores it: WARC file names relative to the target's WARC folder."""
    if table not in WARC_NAMES:
        return row
    i = cols.index(WARC_NAMES[table])
    if row[i] is None:
        return row
    out = list(row)
    out[i] = stored_path(resolve_path(row[i], base), warc_dir)
    return tuple(out)


def verify(source: Any, target: Any, warc_dir: Path) -> dict[str, int]:
    """Row counts and content digests of every table, compared; ArchiveError naming the first that differs."""
    base = archive_folder(source)
    counts = {}
    for t in TABLES:
        cols = _columns_sqlite(source, t.name)
        a = _digest(source, t, cols, base)
        b = _digest(target, t, cols, warc_dir)
        if a[0] != b[0]:
            raise ArchiveError(_("verification failed: {table} has {here} rows here and {there} in the copy").format(
                table=t.name, here=a[0], there=b[0]))
        if a[1] != b[1]:
            raise ArchiveError(_("verification failed: {table}: the rows differ (digest {a} ≠ {b}): was the archive "
                                 "written to during the copy? Run the copy again").format(table=t.name, a=a[1][:12],
                                                                                           b=b[1][:12]))
        counts[t.name] = a[0]
    return counts


def _normalized(table: str, cols: list[str], row: tuple, base: Path) -> tuple:
    if table not in WARC_NAMES:
        return row
    i = cols.index(WARC_NAMES[table])
    out = list(row)
    if out[i] is not None:
        out[i] = str(resolve_path(out[i], base).resolve())
    return tuple(out)


def _key(conn: Any, t: Table) -> str:
    """The table's key as an ordered expression: text in byte order on both sides (SQLite's BINARY,
    PostgreSQL's "C"), so both walk the rows in the same sequence."""
    if not is_postgres(conn):
        return ", ".join(t.key)
    return ", ".join(k if k in ("id", "article_id") else f'{k} COLLATE "C"' for k in t.key)


def _digest(conn: Any, t: Table, cols: list[str], base: Path) -> tuple[int, str]:
    where = " WHERE key NOT IN ('search_tokenizer', 'search_lexemes', 'copied_from')" if t.name == "archive_meta" else ""
    key = _key(conn, t)
    h = hashlib.sha256()
    n = 0
    last: tuple | None = None
    while True:  # in key order, BATCH at a time: the same sequence of rows on both sides
        cond = ""
        args: list = []
        if last is not None:
            cond = (" AND " if where else " WHERE ") + f"({key}) > ({', '.join('?' * len(t.key))})"
            args = list(last)
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {t.name}{where}{cond} ORDER BY {key} "
                            f"LIMIT {BATCH * 4}", args).fetchall()
        if not rows:
            return n, h.hexdigest()
        for r in rows:
            h.update(json.dumps(_normalized(t.name, cols, tuple(r), base), ensure_ascii=False, default=_bytes).encode())
            h.update(b"\n")
        n += len(rows)
        last = tuple(rows[-1][cols.index(k)] for k in t.key)


def _bytes(v: Any) -> str:
    if isinstance(v, (bytes, memoryview)):
        return hashlib.sha256(bytes(v)).hexdigest()
    raise TypeError(type(v))
