"""Export articles as JSON Lines, CSV (UTF-8 with a BOM by default, for Excel) or an Excel
workbook, and captures as one WARC file (archive.wacz packs one for replay tools)."""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import IO, Callable, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from archive.captures import archive_folder, capture_body
from archive.sqlite import source_and_dates
from archive.verify import check_span
from archive.warc import read_span, write_reconstructed, write_warcinfo
from core.errors import DamagedRecord

CSV_FIELDS = ("id", "url", "source_name", "title", "published", "author", "source", "language", "hijacked",
              "status", "gone_since", "first_seen", "last_seen", "version", "findings", "attachments", "images",
              "versions", "text")


def write_jsonl(articles: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for a in articles:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
        n += 1
    return n


LIST_FIELDS = ("findings", "attachments", "images", "versions")
# Excel's limit on the characters of one cell: longer values are cut into parts of at most this
# (less the marker) and the parts after the first go to the "continued" sheet.
XLSX_CELL_LIMIT = 32_767
XLSX_CONTINUED_SHEET = "continued"


def _flat(a: dict) -> dict:
    """An article as one row: list fields as JSON text, the flag as true/false."""
    row = dict(a)
    for k in LIST_FIELDS:
        row[k] = json.dumps(row.get(k) or [], ensure_ascii=False)
    row["hijacked"] = "true" if row.get("hijacked") else "false"
    return row


def write_csv(articles: Iterable[dict], out: IO[str], bom: bool = True) -> int:
    """One row per article; list fields (findings, attachments, images, versions) as JSON text in
    their cell. ``bom``: start with a UTF-8 byte order mark, without which Excel on a Chinese
    Windows reads UTF-8 as GBK (mojibake)."""
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for a in articles:
        writer.writerow(_flat(a))
        n += 1
    return n


def write_xlsx(articles: Iterable[dict], out: IO[bytes] | str | Path) -> int:
    """The CSV's columns as an Excel workbook (streamed: memory stays flat on any archive).

    A value over Excel's 32,767 characters per cell is split: the cell holds the first part and
    ends with a marker naming where the rest is, the "continued" sheet one row per further part
    (id, column, part, text). Archived text is written as text, never as a formula; characters
    a workbook cannot hold (control characters) become U+FFFD."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("articles")
    continued = book.create_sheet(XLSX_CONTINUED_SHEET)
    sheet.append(list(CSV_FIELDS))
    continued.append(["id", "column", "part", "text"])
    n = 0
    for a in articles:
        row = _flat(a)
        cells = []
        for field in CSV_FIELDS:
            value = row.get(field)
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                parts = _split(value, f"…[{field} continues in sheet “{XLSX_CONTINUED_SHEET}”, id {row['id']}]")
                value = parts[0]
                for i, part in enumerate(parts[1:], start=2):
                    continued.append([row["id"], field, i, _text_cell(continued, part)])
            cells.append(_text_cell(sheet, value) if isinstance(value, str) else value)
        sheet.append(cells)
        n += 1
    book.save(out)
    return n


def _split(value: str, marker: str) -> list[str]:
    if len(value) <= XLSX_CELL_LIMIT:
        return [value]
    size = XLSX_CELL_LIMIT - len(marker)
    parts = [value[i:i + size] for i in range(0, len(value), size)]
    return [parts[0] + marker, *parts[1:]]


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    """A cell that is text whatever it starts with ("=HYPERLINK(…)" in a title stays text)."""
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def write_warc(conn: sqlite3.Connection, out: IO[bytes], name: str, source: str | None = None,
               since: str | None = None, until: str | None = None, zone: str | None = None,
               on_damaged: Callable[[sqlite3.Row, DamagedRecord], None] | None = None) -> int:
    """The captures (of ``source``, fetched within [since, until], in the order they were made) as
    one WARC file: each fetch's records copied as they are stored, a revisit preceded by the
    record it refers to when that one is not chosen itself, and captures from before WARC
    (migration 4) written as reconstructed response records. Returns the number of captures.
    ``zone``: the dates are days in this zone (the archive's); captures are stamped in UTC.

    Each record is checked before it is copied (archive.verify.check_span): a damaged one is
    never copied; it is handed to ``on_damaged`` and skipped (without ``on_damaged``, raised)."""
    base = archive_folder(conn)
    write_warcinfo(out, name, {"software": "newsvault export", "format": "WARC File Format 1.1",
                               "description": f"newsvault captures: source={source or 'all'} "
                                              f"since={since or '-'} until={until or '-'}"})
    where, args = source_and_dates(source, since, until, "fetched_at", zone=zone)
    sql = f"SELECT * FROM captures{where} ORDER BY id"
    written: set[int] = set()
    n = 0

    def copy(row: sqlite3.Row) -> None:
        try:
            _write_capture(conn, out, base, row)
        except DamagedRecord as e:
            if on_damaged is None:
                raise
            on_damaged(row, e)
        written.add(row["id"])

    for row in conn.execute(sql, args).fetchall():
        if row["refers_to"] is not None and row["refers_to"] not in written:
            original = conn.execute("SELECT * FROM captures WHERE id=?", (row["refers_to"],)).fetchone()
            if original is not None:
                copy(original)
        if row["id"] not in written:
            copy(row)
        n += 1
    return n


def _write_capture(conn: sqlite3.Connection, out: IO[bytes], base: Path, row: sqlite3.Row) -> None:
    if row["warc_file"] is not None:
        data = read_span(base, row["warc_file"], row["warc_offset"], row["warc_length"])
        check_span(data, row)
        out.write(data)
    else:
        headers = [tuple(h) for h in json.loads(row["headers"] or "[]")]
        write_reconstructed(out, row["final_url"], row["fetched_at"], row["status"], headers,
                            capture_body(conn, row["id"], base))
