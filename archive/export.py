"""Export articles as JSON Lines or CSV (UTF-8; with a BOM when Excel is the reader), and
captures as one WARC file."""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import IO, Iterable

from archive.captures import archive_folder, capture_body
from archive.sqlite import source_and_dates
from archive.warc import read_span, write_reconstructed, write_warcinfo

CSV_FIELDS = ("id", "url", "source_name", "title", "published", "author", "source", "language", "hijacked",
              "status", "gone_since", "first_seen", "last_seen", "version", "findings", "attachments",
              "versions", "text")


def write_jsonl(articles: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for a in articles:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(articles: Iterable[dict], out: IO[str], bom: bool = False) -> int:
    """One row per article; list fields (findings, attachments) as JSON text in their cell."""
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for a in articles:
        row = dict(a)
        for k in ("findings", "attachments", "versions"):
            row[k] = json.dumps(row.get(k) or [], ensure_ascii=False)
        row["hijacked"] = "true" if row.get("hijacked") else "false"
        writer.writerow(row)
        n += 1
    return n


def write_warc(conn: sqlite3.Connection, out: IO[bytes], name: str, source: str | None = None,
               since: str | None = None, until: str | None = None) -> int:
    """The captures (of ``source``, fetched within [since, until], in the order they were made) as
    one WARC file: each fetch's records copied as they are stored, a revisit preceded by the
    record it refers to when that one is not chosen itself, and captures from before WARC
    (migration 4) written as reconstructed response records. Returns the number of captures."""
    base = archive_folder(conn)
    write_warcinfo(out, name, {"software": "newsvault export", "format": "WARC File Format 1.1",
                               "description": f"newsvault captures: source={source or 'all'} "
                                              f"since={since or '-'} until={until or '-'}"})
    where, args = source_and_dates(source, since, until, "fetched_at")
    sql = f"SELECT * FROM captures{where} ORDER BY id"
    written: set[int] = set()
    n = 0
    for row in conn.execute(sql, args).fetchall():
        if row["refers_to"] is not None and row["refers_to"] not in written:
            original = conn.execute("SELECT * FROM captures WHERE id=?", (row["refers_to"],)).fetchone()
            if original is not None:
                _write_capture(conn, out, base, original)
                written.add(original["id"])
        if row["id"] not in written:
            _write_capture(conn, out, base, row)
            written.add(row["id"])
        n += 1
    return n


def _write_capture(conn: sqlite3.Connection, out: IO[bytes], base: Path, row: sqlite3.Row) -> None:
    if row["warc_file"] is not None:
        out.write(read_span(base, row["warc_file"], row["warc_offset"], row["warc_length"]))
    else:
        headers = [tuple(h) for h in json.loads(row["headers"] or "[]")]
        write_reconstructed(out, row["final_url"], row["fetched_at"], row["status"], headers,
                            capture_body(conn, row["id"], base))
