"""A WARC record whose Content-Length stops short of its end is damage we report in our own words:
warcio's three-line stderr warning for it once broke `newsvault verify`'s one-line error."""
from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.warc import RecordReader
from core.errors import DamagedRecord


def short_record() -> bytes:
    """A response record (uncompressed) whose Content-Length is 5 bytes short of its block, without
    digests (a digest would fail first: the case where none does is the one that printed)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record("http://127.0.0.1/a.htm", "response",
                                       payload=io.BytesIO(b"<p>" + b"x" * 200 + b"</p>"), http_headers=http)
    writer.write_record(record)
    data = out.getvalue()
    length = int(record.rec_headers.get_header("Content-Length"))
    data = data.replace(f"Content-Length: {length}\r\n".encode(), f"Content-Length: {length - 5}\r\n".encode(), 1)
    return b"".join(line for line in data.splitlines(keepends=True) if b"-Digest: " not in line)


def test_a_short_content_length_is_counted_not_printed(capfd):
    it = RecordReader(io.BytesIO(short_record()))
    for record in it:
        record.raw_stream.read()
    assert it.err_count == 1
    assert capfd.readouterr().err == ""


def test_verify_names_it_as_damage(capfd):
    from archive.verify import check_span

    with pytest.raises(DamagedRecord, match="length does not reach its end"):
        check_span(short_record(), {"refers_to": None, "warc_record_id": "x", "content_hash": "x"})
    assert capfd.readouterr().err == ""
