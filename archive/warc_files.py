"""The WARC folder and files: a write check before a crawl, the journal of files, and the repair of
a file a crash left with half a record at its end.

A writer enters each file it opens (``open``) and, when it closes it whole, its size
(``closed``), in the archive's ``warc_files`` table (archive.warc.FileJournal). A file still
``open`` whose writer no longer holds its lock was cut short: the process was killed, or the
disk failed under it. ``recover_open_files`` — run when a crawl opens the archive (`newsvault
verify` only reports such files) — truncates it after the last record a row points at: what
follows is an incomplete record, or whole records whose rows were never committed (a crawl
commits its pages in batches, archive.batches, and was killed before a batch's COMMIT; those
pages are not archived, and the next crawl fetches them again). It logs what it removed, and
records the file closed.
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import sqlite3
import zlib
from pathlib import Path

from archive.sqlite import transaction
from archive.warc import resolve_path
from core.clock import utcnow
from core.errors import ArchiveError

logger = logging.getLogger(__name__)

# Reading a file's tail in chunks of this size: one or two records are usual.
CHUNK = 1 << 20


class WarcJournal:
    """archive.warc.FileJournal on the archive's connection (the writer's thread only)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def opened(self, name: str) -> None:
        with transaction(self.conn):
            self.conn.execute("INSERT OR REPLACE INTO warc_files (name, state, opened_at) VALUES (?, 'open', ?)",
                              (name, utcnow()))

    def closed(self, name: str, size: int) -> None:
        with transaction(self.conn):
            self.conn.execute("UPDATE warc_files SET state='closed', size=?, closed_at=? WHERE name=?",
                              (size, utcnow(), name))


def check_writable(warc_dir: Path) -> None:
    """Refuse, in one line, a WARC folder that cannot be written: before a crawl fetches anything,
    rather than losing every capture it makes."""
    warc_dir = Path(warc_dir)
    probe = warc_dir / f".newsvault-write-check-{os.getpid()}"
    try:
        warc_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            if os.write(fd, b"\n") != 1:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        finally:
            os.close(fd)
            probe.unlink(missing_ok=True)
    except OSError as e:
        raise ArchiveError(f"{warc_dir}: the WARC folder cannot be written ({e.strerror or e}): nothing would be "
                           "archived; fix its permissions or free space, or set [archive].warc_dir") from None


def referenced_end(conn: sqlite3.Connection, name: str) -> int:
    """Where the last record a row points at (a capture, or a cloak check's spider view) ends in
    file ``name`` (0: none)."""
    row = conn.execute("SELECT MAX(e) FROM (SELECT MAX(warc_offset + warc_length) e FROM captures WHERE warc_file=? "
                       "UNION ALL SELECT MAX(warc_offset + warc_length) FROM cloak_checks WHERE warc_file=?)",
                       (name, name)).fetchone()
    return row[0] or 0


def first_member_end(f) -> int:
    """The end of the file's first gzip member (its warcinfo record); 0 when it is not whole."""
    f.seek(0)
    d = zlib.decompressobj(31)
    pos = 0
    while chunk := f.read(CHUNK):
        try:
            d.decompress(chunk)
        except zlib.error:
            return 0
        if d.eof:
            return pos + len(chunk) - len(d.unused_data)
        pos += len(chunk)
    return 0


def complete_end(f, start: int) -> int:
    """The end of the last whole gzip member holding a WARC record, reading the open file ``f``
    from ``start`` (the end of a record) on."""
    f.seek(start)
    good = pos = start  # pos: the file offset of the next byte fed to the decompressor
    d, head = zlib.decompressobj(31), b""
    while chunk := f.read(CHUNK):
        while chunk:
            try:
                out = d.decompress(chunk)
            except zlib.error:
                return good
            head += out[:5 - len(head)]
            if not d.eof:
                pos += len(chunk)
                break
            if head != b"WARC/":
                return good
            pos += len(chunk) - len(d.unused_data)
            good, chunk = pos, d.unused_data
            d, head = zlib.decompressobj(31), b""
    return good


def recover_open_files(conn: sqlite3.Connection, base: Path) -> list[str]:
    """Repair the WARC files left ``open`` by writers that are gone; return a line per file repaired."""
    repaired = []
    for (name,) in conn.execute("SELECT name FROM warc_files WHERE state='open' ORDER BY name").fetchall():
        path = resolve_path(name, base)
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            logger.error("%s: the WARC file is missing (its captures are damaged: run `newsvault verify`)", path)
            _close(conn, name, None)
            continue
        except OSError as e:
            logger.error("%s: cannot open the WARC file to check it: %s", path, e.strerror or e)
            continue
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live writer holds it
            end = referenced_end(conn, name)
            size = os.fstat(fd).st_size
            if size < end:
                logger.error("%s: %d bytes long, but captures point up to byte %d: the file was cut "
                             "(run `newsvault verify`)", path, size, end)
                _close(conn, name, size)
                continue
            with os.fdopen(os.dup(fd), "rb") as f:
                whole = complete_end(f, end)
                good = end or first_member_end(f)  # a file no row points into keeps its warcinfo
            if good < size:
                os.ftruncate(fd, good)
                os.fsync(fd)
                what = []
                if whole > good:
                    what.append(f"{whole - good} bytes of records no row points at (fetched, but the crawl "
                                "stopped before their rows were committed)")
                if size > whole:
                    what.append(f"an incomplete record ({size - whole} bytes: the crawl stopped while writing it)")
                line = (f"{path}: {' and '.join(what)} at its end: truncated to its last recorded fetch "
                        f"({size - good} bytes removed)")
                logger.warning("%s", line)
                repaired.append(line)
            _close(conn, name, good)
        finally:
            os.close(fd)
    return repaired


def _close(conn: sqlite3.Connection, name: str, size: int | None) -> None:
    with transaction(conn):
        conn.execute("UPDATE warc_files SET state='closed', size=?, closed_at=? WHERE name=?", (size, utcnow(), name))
