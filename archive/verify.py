"""`newsvault verify`: every capture's bytes read back and checked against what was recorded.

For each capture kept in a WARC file: its span (offset, length) is read, its records parsed,
the response or revisit record must carry the id the database recorded, warcio checks the
block and payload digests each record states, a response's body must have the SHA-256 the
database recorded, and the request record must follow and end the span. Captures from before
WARC are checked in the blobs table. The WARC files themselves are checked against the journal
(archive.warc_files): a file that changed size since it was closed, or one a crawl left open.
The database gets ``PRAGMA integrity_check``. Nothing is changed: verify only reads.
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import os
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from archive.captures import archive_folder, capture_body
from archive.warc import RecordReader, read_span, resolve_path
from core.errors import DamagedRecord, NewsvaultError

# How often the progress callback hears of the captures checked.
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class Damage:
    capture_id: int
    url: str
    file: str | None
    offset: int | None
    reason: str


@dataclass
class VerifyReport:
    captures: int = 0
    files: int = 0
    bytes: int = 0
    integrity: str = "ok"                                       # PRAGMA integrity_check's verdict
    damaged: list[Damage] = field(default_factory=list)
    file_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.damaged and not self.file_problems and self.integrity == "ok"

    def to_dict(self) -> dict:
        return {**asdict(self), "ok": self.ok}


def check_span(data: bytes, row: sqlite3.Row) -> None:
    """DamagedRecord unless ``data`` holds the capture's records exactly as they were written."""
    try:
        it = RecordReader(io.BytesIO(data), check_digests="raise")
        records = []
        for record in it:
            payload = record.raw_stream.read()
            records.append((record.rec_type, record.rec_headers.get_header("WARC-Record-ID"), payload))
    except Exception as e:  # warcio, zlib and the header parser raise what they like on damage
        raise DamagedRecord(f"the record does not read back ({type(e).__name__}: {str(e)[:120]})") from None
    if it.err_count:
        raise DamagedRecord("the record's length does not reach its end (Content-Length)")
    if len(records) != 2 or records[1][0] != "request":
        raise DamagedRecord(f"expected a {'revisit' if row['refers_to'] else 'response'} record and its request "
                            f"record, found {', '.join(r[0] for r in records) or 'nothing'}")
    rec_type, record_id, payload = records[0]
    if record_id != row["warc_record_id"]:
        raise DamagedRecord(f"another record is at this offset ({record_id}, the archive recorded "
                            f"{row['warc_record_id']})")
    if rec_type == "response" and row["refers_to"] is None and hashlib.sha256(payload).hexdigest() != row["content_hash"]:
        raise DamagedRecord("the body's SHA-256 is not the one recorded when it was archived")
    if rec_type not in ("response", "revisit"):
        raise DamagedRecord(f"a {rec_type} record where a response was recorded")


def verify(conn: sqlite3.Connection, source: str | None = None,
           progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """Check every capture (of ``source``) and the WARC files; return what was found."""
    base = archive_folder(conn)
    report = VerifyReport()
    report.integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall())
    where, args = ("WHERE source_name=?", (source,)) if source else ("", ())
    total = conn.execute(f"SELECT COUNT(*) FROM captures {where}", args).fetchone()[0]
    done = 0
    for row in _captures(conn, where, args):
        done += 1
        report.captures += 1
        try:
            if row["warc_file"] is None:
                capture_body(conn, row["id"], base)
            else:
                data = read_span(base, row["warc_file"], row["warc_offset"], row["warc_length"])
                report.bytes += len(data)
                check_span(data, row)
        except NewsvaultError as e:
            report.damaged.append(Damage(row["id"], row["final_url"], row["warc_file"], row["warc_offset"], str(e)))
        if progress and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    report.files, report.file_problems = _check_files(conn, base, source)
    return report


def _captures(conn: sqlite3.Connection, where: str, args: tuple) -> Iterator[sqlite3.Row]:
    """In file and offset order, so that each WARC file is read front to back."""
    yield from conn.execute(f"SELECT * FROM captures {where} ORDER BY warc_file, warc_offset", args)


def _check_files(conn: sqlite3.Connection, base: Path, source: str | None) -> tuple[int, list[str]]:
    problems = []
    if source:
        names = [r[0] for r in conn.execute("SELECT DISTINCT warc_file FROM captures WHERE source_name=? "
                                            "AND warc_file IS NOT NULL", (source,))]
        rows = {r["name"]: r for r in conn.execute("SELECT * FROM warc_files")}
        journal = [rows[n] for n in names if n in rows]
    else:
        journal = conn.execute("SELECT * FROM warc_files ORDER BY name").fetchall()
    for f in journal:
        path = resolve_path(f["name"], base)
        try:
            size = os.stat(path).st_size
        except FileNotFoundError:
            problems.append(f"{path}: missing")
            continue
        if f["state"] == "closed" and f["size"] is not None and size != f["size"]:
            problems.append(f"{path}: {size:,} bytes, but {f['size']:,} when its crawl closed it: changed since")
        elif f["state"] == "open" and not _in_use(path):
            problems.append(f"{path}: left open by a crawl that stopped while writing; the next crawl checks "
                            f"its end and truncates an incomplete record")
    return len(journal), problems


def _in_use(path: Path) -> bool:
    """Is a writer appending to this file now (it holds the file's lock)?"""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)
