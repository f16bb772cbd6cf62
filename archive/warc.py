"""WARC files: each fetch as a response (or revisit) record and its request record, gzip per record.

**WARC is the one store of fetched bytes.** Since migration 4 a capture row points at its
records (file, offset, length) under ``[archive].warc_dir`` and nothing keeps the bytes twice.
Captures archived before migration 4 keep their bytes in the ``blobs`` table, where
``archive.captures`` still reads them, and ``export --format warc`` writes them as
reconstructed response records, so an old archive exports whole.

What is stored, honestly. Scrapy hands the crawler decoded bodies (gzip/deflate/br undone,
chunking undone) and Title-Cased header names. The HTTP header block keeps the headers as the
server sent them (``FetchedPage.headers``, taken before decompression) except the ones that no
longer describe the stored bytes: ``Content-Encoding`` and ``Transfer-Encoding`` are dropped and
``Content-Length`` is set to the stored length; every such change is listed in the record's
``Newsvault-Body-Decoded`` field. warcio %-encodes non-ASCII header values (RFC 8187).

An unchanged page (the payload of this URL's last response record) becomes a ``revisit`` record
with the identical-payload-digest profile, a 304 answer to a conditional request one with the
server-not-modified profile; both name the response record that holds the bytes
(``WARC-Refers-To``). A 404/410 answer of an archived article is kept as a response record: the
evidence that it was deleted.

Files are ``newsvault-<source>-<UTC time>-<pid>-<serial>.warc.gz``, each starting with a warcinfo
record and rotated before a write would take it past ``WARC_MAX_BYTES``. Every writer (one per
crawl of a source) has files of its own, locked while it appends to them. A fetch's records are
built in memory and appended before the database row that points at them is committed; every
write is checked, and one that fails or comes up short is cut off again (WarcWriter), so that a
full disk or an I/O error never leaves half a record for later records to follow, and the row's
offset is always where its record is. A crawl killed in the middle of a write leaves at most part
of one record at the end of its file, which the next crawl cuts off (archive.warc_files); a row
whose transaction fails has its records taken back (WarcWriter.undo).
"""
from __future__ import annotations

import base64
import errno
import fcntl
import hashlib
import io
import logging
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from http.client import responses
from pathlib import Path
from typing import IO, Protocol
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from core.errors import ArchiveError, DamagedRecord
from core.pages import FetchedPage

logger = logging.getLogger(__name__)

# "Files of at most 1 GB" (issue 4), the size Heritrix and wget use by default: large enough
# that a nightly crawl makes few files, small enough to copy and checksum comfortably.
WARC_MAX_BYTES = 1_000_000_000
WARC_VERSION = "1.1"
PROFILE_IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
PROFILE_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
DECODED_FIELD = "Newsvault-Body-Decoded"
# A response record of a page fetched again as a search spider arrives (cloak_check): the value
# says which view it is; the request record beside it shows the user agent and referrer sent.
VIEW_FIELD = "Newsvault-View"
RECONSTRUCTED_FIELD = "Newsvault-Reconstructed"
# Headers that describe the bytes on the wire, not the decoded body we hold.
WIRE_ONLY_HEADERS = ("content-encoding", "transfer-encoding")


@dataclass(frozen=True)
class WarcLocation:
    """Where a fetch's records are: ``file`` as stored in captures (relative to the archive's folder
    when inside it), the offset of its response/revisit record, the length of that record and its
    request record together, and the response/revisit record's id."""

    file: str
    offset: int
    length: int
    record_id: str


@dataclass(frozen=True)
class RecordRef:
    """An earlier response record a revisit points back at."""

    record_id: str | None
    uri: str
    date: str  # ISO 8601 UTC, as in captures.fetched_at


@dataclass(frozen=True)
class StoredResponse:
    """A response as read back from a WARC record: status, headers as stored, body."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes


def warc_date(iso: str) -> str:
    """captures.fetched_at (``2024-05-09T02:00:00+00:00``) → WARC-Date (``2024-05-09T02:00:00Z``)."""
    dt = datetime.fromisoformat(iso).astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest warcio writes for ``body`` (sha1, base32)."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()


def stored_headers(headers: list[tuple[str, str]], body_length: int) -> tuple[list[tuple[str, str]], list[str]]:
    """The response headers that describe ``body`` as stored, and a note for each change made."""
    kept, notes = [], []
    declared = None
    for name, value in headers:
        low = name.lower()
        if low in WIRE_ONLY_HEADERS:
            notes.append(f"{name}: {value} removed")
        elif low == "content-length":
            declared = value
        else:
            kept.append((name, value))
    if declared is not None and declared.strip() != str(body_length):
        notes.append(f"Content-Length: {declared} replaced by {body_length}")
    elif declared is None and notes:
        notes.append(f"Content-Length: {body_length} added")
    if declared is not None or notes:
        kept.append(("Content-Length", str(body_length)))
    return kept, notes


def _request_headers(page: FetchedPage) -> StatusAndHeaders:
    parts = urlsplit(page.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = list(page.request_headers)
    if not any(k.lower() == "host" for k, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    return StatusAndHeaders(f"{page.method} {target} {page.protocol}", headers, is_http_request=True)


def _response_status_line(status: int) -> str:
    return f"{status} {responses.get(status, 'Unknown')}"


class FileJournal(Protocol):
    """Where a writer records the life of its files (the archive's ``warc_files`` table), so that
    a file left open by a crash is found and repaired by the next writer (archive.warc_files)."""

    def opened(self, name: str) -> None: ...

    def closed(self, name: str, size: int) -> None: ...


class WarcWriter:
    """Appends fetches to rotating ``*.warc.gz`` files of one crawl. Not thread-safe.

    Every write is checked. A write that fails or comes up short (a full disk, an I/O error) is
    cut off again: the file is truncated back to the end of its last complete record before
    anything else happens, and ArchiveError says what failed; if even the truncation fails, the
    file is left for recovery and the next write goes to a new file. Offsets come from the file's
    real size, never from a counter alone. The writer holds an exclusive lock on the file it
    appends to, which tells recovery that the file is in use.
    """

    def __init__(self, warc_dir: Path, base: Path, prefix: str, max_bytes: int = WARC_MAX_BYTES,
                 info: dict[str, str] | None = None, journal: FileJournal | None = None):
        self.warc_dir = Path(warc_dir)
        self.base = Path(base)
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.journal = journal
        self.info = {"software": "newsvault", "format": f"WARC File Format {WARC_VERSION}",
                     "hostname": socket.gethostname(), **(info or {})}
        self._fd: int | None = None
        self._path: Path | None = None
        self._name = ""  # the current file as captures name it
        self._size = 0   # the end of the last complete record in the current file
        self._serial = 0
        self._records_in_file = 0
        self._last: WarcLocation | None = None  # the latest fetch written, while it may be undone
        # Where the open batch began (file name or None: no file yet, end, records in the file):
        # every record since may be undone together (ArchiveStore's group commit).
        self._batch: tuple[str | None, int, int] | None = None
        self._first_record_at = 0  # where the current file's first record goes (after its warcinfo)

    # -- public --------------------------------------------------------------------------------

    def write_response(self, page: FetchedPage, fields: dict[str, str] | None = None) -> WarcLocation:
        """The page's response record (its bytes) and request record; ``fields``: more WARC
        header fields of the response record (``Newsvault-View``)."""
        headers, notes = stored_headers(page.headers, len(page.body))
        extra = {DECODED_FIELD: "; ".join(notes)} if notes else {}
        return self._write(page, "response", headers, {**extra, **(fields or {})}, page.body)

    def write_revisit(self, page: FetchedPage, original: RecordRef | None, profile: str,
                      digest: str | None = None) -> WarcLocation:
        """A revisit record (headers only) pointing back at ``original``, and the request record."""
        headers, notes = stored_headers(page.headers, len(page.body))
        extra = {"WARC-Profile": profile}
        if notes:
            extra[DECODED_FIELD] = "; ".join(notes)
        if original is not None:
            if original.record_id:
                extra["WARC-Refers-To"] = original.record_id
            extra["WARC-Refers-To-Target-URI"] = original.uri
            extra["WARC-Refers-To-Date"] = warc_date(original.date)
        if digest:
            extra["WARC-Payload-Digest"] = digest
        return self._write(page, "revisit", headers, extra, b"")

    def undo(self, location: WarcLocation) -> bool:
        """Take back the latest fetch written (its database row could not be committed), so that
        no record is left that no row points at. False when it is no longer the latest."""
        if self._last != location or self._fd is None or location.file != self._name:
            return False
        self._last = None
        if self._cut(location.offset):
            self._records_in_file -= 2
            return True
        return False

    def begin_batch(self) -> None:
        """The records written from now on form a batch, undone whole by ``undo_batch`` (their rows
        were committed together, or not at all) until ``end_batch``. The file does not rotate
        within a batch (it may pass max_bytes by a batch of pages)."""
        if self._batch is None:
            self._batch = (self._name if self._fd is not None else None, self._size, self._records_in_file)

    def end_batch(self) -> None:
        """The batch's rows are committed: its records stay."""
        self._batch = None

    def undo_batch(self) -> bool:
        """Take back every record written since ``begin_batch`` (the batch's transaction could not be
        committed). A file opened within the batch keeps its warcinfo and is entered in the journal
        again (its row was rolled back with the batch). False when the records could not be cut off
        (the file is then left for recovery, which cuts records no row points at)."""
        mark, self._batch, self._last = self._batch, None, None
        if mark is None or self._fd is None:
            return mark is None
        name, size, records = mark
        if name != self._name:  # opened within the batch: everything after its warcinfo is the batch's
            size, records = self._first_record_at, 0
        if not self._cut(size):
            return False
        self._records_in_file = records
        if name != self._name and self.journal is not None:
            self.journal.opened(self._name)
        return True

    def close(self) -> None:
        """Flush the current file to disk and close it (the journal records its final size)."""
        if self._fd is None:
            return
        fd, self._fd, self._last = self._fd, None, None
        try:
            os.fsync(fd)
        except OSError as e:  # the data may not be on disk: recovery will check the file's tail
            logger.warning("%s: cannot flush the WARC file to disk: %s", self._path, e.strerror or e)
        else:
            if self.journal is not None:
                self.journal.closed(self._name, self._size)
        finally:
            os.close(fd)

    # -- records and files -----------------------------------------------------------------------

    def _write(self, page: FetchedPage, rec_type: str, headers: list[tuple[str, str]], extra: dict,
               body: bytes) -> WarcLocation:
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True, warc_version=WARC_VERSION)
        date = warc_date(page.fetched_at)
        http = StatusAndHeaders(_response_status_line(page.status), headers, protocol=page.protocol)
        resp = writer.create_warc_record(page.final_url, rec_type, payload=io.BytesIO(body), length=len(body),
                                         http_headers=http, warc_headers_dict={"WARC-Date": date, **extra})
        req = writer.create_warc_record(page.final_url, "request", http_headers=_request_headers(page),
                                        warc_headers_dict={"WARC-Date": date})
        writer.write_request_response_pair(req, resp)  # response first, then its request (as Heritrix)
        data = buf.getvalue()
        if self._fd is None or (self._records_in_file and self._size + len(data) > self.max_bytes
                                and self._batch is None):
            self._open_next()
        offset = self._append(data)
        self._records_in_file += 2
        self._last = WarcLocation(self._name, offset, len(data), resp.rec_headers.get_header("WARC-Record-ID"))
        return self._last

    def _open_next(self) -> None:
        self.close()
        try:
            self.warc_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ArchiveError(f"{self.warc_dir}: cannot create the WARC folder: {e.strerror or e}") from None
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        while True:
            self._serial += 1
            path = self.warc_dir / f"{self.prefix}-{stamp}-{os.getpid()}-{self._serial:05d}.warc.gz"
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
                break
            except FileExistsError:
                continue
            except OSError as e:
                raise ArchiveError(f"{path}: cannot create a WARC file: {e.strerror or e}") from None
        fcntl.flock(fd, fcntl.LOCK_EX)  # a new file: nobody else can hold it
        self._fd, self._path, self._size, self._records_in_file = fd, path, 0, 0
        self._name = stored_path(path, self.base)
        try:
            if self.journal is not None:
                self.journal.opened(self._name)
            buf = io.BytesIO()
            writer = WARCWriter(buf, gzip=True, warc_version=WARC_VERSION)
            writer.write_record(writer.create_warcinfo_record(path.name, self.info))
            self._first_record_at = self._append(buf.getvalue()) + len(buf.getvalue())
        except BaseException:
            self._fd = None
            os.close(fd)
            if self._size == 0:  # nothing of ours in it: a file with no records is no WARC file
                path.unlink(missing_ok=True)
            raise

    def _append(self, data: bytes) -> int:
        """Write ``data`` whole at the end of the current file; return its offset.

        On any failure the file is cut back to its last complete record and ArchiveError is raised.
        """
        assert self._fd is not None and self._path is not None, "_append before _open_next"
        try:
            end = os.fstat(self._fd).st_size
        except OSError as e:
            raise self._failed("cannot read the WARC file's size", e) from None
        if end != self._size:
            # Bytes we did not account for (a failed cut-back): remove them before writing on.
            logger.warning("%s: %d bytes after the last complete record: cutting them off", self._path,
                           end - self._size)
            if not self._cut(self._size):
                raise self._failed("cannot remove an incomplete record", None)
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._fd, view)
                if written <= 0:
                    raise OSError(errno.ENOSPC, "the disk took no more bytes")
                view = view[written:]
        except OSError as e:
            self._cut(self._size)
            raise self._failed("cannot write the WARC record", e) from None
        offset, self._size = self._size, self._size + len(data)
        return offset

    def _cut(self, size: int) -> bool:
        """Truncate the current file to ``size``; on failure give it up (recovery repairs it later)
        so that the next write starts a new file."""
        assert self._fd is not None
        try:
            os.ftruncate(self._fd, size)
            self._size = size
            return True
        except OSError as e:
            logger.error("%s: cannot cut the file back to its last complete record (%s): leaving it to "
                         "recovery, the next record goes to a new file", self._path, e.strerror or e)
            os.close(self._fd)
            self._fd, self._last = None, None
            return False

    def _failed(self, what: str, e: OSError | None) -> ArchiveError:
        why = f": {e.strerror or e}" if e is not None else ""
        return ArchiveError(f"{self._path}: {what}{why}")


def stored_path(path: Path, base: Path) -> str:
    """How captures name a WARC file: relative to the archive's folder when inside it (so the
    folder can move as a whole), else absolute."""
    path, base = Path(path).resolve(), Path(base).resolve()
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


def resolve_path(stored: str, base: Path) -> Path:
    p = Path(stored)
    return p if p.is_absolute() else Path(base) / p


def read_span(base: Path, stored: str, offset: int, length: int) -> bytes:
    """The raw (gzipped) bytes of a fetch's records, for copying into another WARC file."""
    path = resolve_path(stored, base)
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            data = f.read(length)
    except FileNotFoundError:
        raise DamagedRecord(f"{path}: the WARC file is missing") from None
    except OSError as e:
        raise DamagedRecord(f"{path}: cannot read the WARC file: {e.strerror or e}") from None
    if len(data) != length:
        raise DamagedRecord(f"{path}: truncated: the record at offset {offset} is incomplete")
    return data


class RecordReader(ArchiveIterator):
    """warcio's ArchiveIterator, silent: on a record whose Content-Length does not reach its end,
    warcio writes a three-line warning to stderr and counts it in ``err_count``. We count it as
    damage and say so in our own one-line error (the warning once broke `verify`'s one line)."""

    INC_RECORD = ""


def read_response(base: Path, stored: str, offset: int) -> StoredResponse:
    """The response record at ``offset``: status, stored headers and body, its digests checked.

    DamagedRecord when the file is missing, the record is cut short, does not parse, is no
    response record, or its block or payload digest does not match what it says.
    """
    path = resolve_path(stored, base)
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            it = RecordReader(f, check_digests="raise")
            record = next(iter(it), None)
            if record is None or record.rec_type != "response":
                raise DamagedRecord(f"{path}: no response record at offset {offset}")
            body = record.raw_stream.read()
            if it.err_count:
                raise DamagedRecord(f"{path}: the record at offset {offset} is damaged (its length does not "
                                    "reach its end)")
            http = record.http_headers
            return StoredResponse(int(http.get_statuscode() or 0), list(http.headers), body)
    except DamagedRecord:
        raise
    except FileNotFoundError:
        raise DamagedRecord(f"{path}: the WARC file is missing") from None
    except OSError as e:
        raise DamagedRecord(f"{path}: cannot read the WARC file: {e.strerror or e}") from None
    except Exception as e:  # warcio, zlib and the HTTP header parser raise what they like on damage
        raise DamagedRecord(f"{path}: the record at offset {offset} is damaged ({_damage(e)})") from None


def _damage(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}"[:200]


def write_reconstructed(out: IO[bytes], uri: str, fetched_at: str, status: int,
                        headers: list[tuple[str, str]], body: bytes) -> None:
    """A response record for a capture whose bytes were kept in ``blobs`` (before WARC): no request was recorded."""
    writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
    kept, notes = stored_headers(headers, len(body))
    note = "from the newsvault blob store; request not recorded" + (f"; {'; '.join(notes)}" if notes else "")
    http = StatusAndHeaders(_response_status_line(status), kept, protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body),
                                       http_headers=http,
                                       warc_headers_dict={"WARC-Date": warc_date(fetched_at), RECONSTRUCTED_FIELD: note})
    writer.write_record(record)


def write_warcinfo(out: IO[bytes], filename: str, info: dict[str, str]) -> None:
    writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
    writer.write_record(writer.create_warcinfo_record(filename, info))
