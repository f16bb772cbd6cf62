"""Issue 10, item 1 at the writer: a write that fails part-way never leaves a record cut short, and
every offset is where the record really is. In-process, with os.write failing on purpose."""
from __future__ import annotations

import errno
import io
import os
import random
import sqlite3
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import warc as warc_module
from archive.store import ArchiveStore
from archive.warc import WarcWriter
from core.errors import ArchiveError
from core.pages import FetchedPage


def page(n: int) -> FetchedPage:
    body = (f"<html><body><p>第{n}篇</p>" + random.Random(n).randbytes(3000).hex() + "</body></html>").encode()
    return FetchedPage(source_name="s", url=f"http://127.0.0.1/{n}.htm", final_url=f"http://127.0.0.1/{n}.htm",
                       status=200, headers=[("Content-Type", "text/html")], body=body,
                       fetched_at="2024-05-09T02:00:00+00:00", request_headers=[("User-Agent", "t")])


def bodies_at(path: Path) -> dict[int, bytes]:
    """offset → payload of each response record; raises if any record is damaged."""
    out = {}
    with open(path, "rb") as f:
        it = ArchiveIterator(f, check_digests="raise")
        for rec in it:
            payload = rec.raw_stream.read()
            if rec.rec_type == "response":
                out[it.get_record_offset()] = payload
    return out


def failing_write(after_bytes: int, real=os.write):
    """os.write that writes ``after_bytes`` bytes of the next call, then fails with ENOSPC."""
    state = {"left": after_bytes}

    def write(fd, data):
        if state["left"] is None:
            return real(fd, data)
        if state["left"] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = real(fd, bytes(data[:state["left"]]))
        state["left"] -= n
        return n
    return write, state


def test_a_partial_write_is_cut_off_and_the_next_offset_is_true(tmp_path, monkeypatch):
    writer = WarcWriter(tmp_path / "warc", tmp_path, "newsvault-s")
    first = writer.write_response(page(1))
    path = tmp_path / first.file
    size = path.stat().st_size
    write, state = failing_write(700)  # part of the next record, then a full disk
    monkeypatch.setattr(warc_module.os, "write", write)
    with pytest.raises(ArchiveError, match="No space left"):
        writer.write_response(page(2))
    assert path.stat().st_size == size  # the 700 bytes written were cut off again
    state["left"] = None  # the disk has room again
    third = writer.write_response(page(3))
    writer.close()
    assert third.file == first.file and third.offset == size
    assert bodies_at(path) == {first.offset: page(1).body, third.offset: page(3).body}


def test_a_file_that_cannot_be_cut_back_is_left_and_writing_goes_on_in_a_new_one(tmp_path, monkeypatch):
    writer = WarcWriter(tmp_path / "warc", tmp_path, "newsvault-s")
    first = writer.write_response(page(1))
    write, state = failing_write(500)
    monkeypatch.setattr(warc_module.os, "write", write)
    monkeypatch.setattr(warc_module.os, "ftruncate", lambda fd, n: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
    with pytest.raises(ArchiveError):
        writer.write_response(page(2))
    state["left"] = None
    monkeypatch.undo()
    second = writer.write_response(page(3))
    writer.close()
    assert second.file != first.file  # not appended after the half record
    assert bodies_at(tmp_path / second.file) == {second.offset: page(3).body}


def test_a_record_whose_row_was_not_committed_is_taken_back(tmp_path):
    with ArchiveStore(tmp_path / "archive.db", warc_dir=tmp_path / "warc") as store:
        from scraper.clean import clean_page

        ok = page(1)
        store.record_page(None, "s", ok, clean_page(ok.body, ok.final_url))
        bad = page(2)
        store.conn.execute("CREATE TRIGGER fail BEFORE INSERT ON captures WHEN NEW.url LIKE '%2.htm' "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        with pytest.raises(sqlite3.IntegrityError):
            store.record_page(None, "s", bad, clean_page(bad.body, bad.final_url))
        files = list((tmp_path / "warc").glob("*.warc.gz"))
    (only,) = files
    recorded = {r[0] for r in sqlite3.connect(tmp_path / "archive.db").execute("SELECT warc_offset FROM captures")}
    assert set(bodies_at(only)) == recorded  # no record without its row


def test_recovery_cuts_an_incomplete_tail_left_by_a_crash(tmp_path):
    from archive.warc_files import recover_open_files

    db = tmp_path / "archive.db"
    with ArchiveStore(db, warc_dir=tmp_path / "warc") as store:
        from scraper.clean import clean_page

        p = page(1)
        store.record_page(None, "s", p, clean_page(p.body, p.final_url))
        writer = next(iter(store._warc.values()))
        path = tmp_path / writer._name
        size = path.stat().st_size
        buf = io.BytesIO()
        half = WarcWriter(tmp_path / "other", tmp_path, "x")  # a whole record's bytes, to cut in half
        half.write_response(page(2))
        half.close()
        whole = next((tmp_path / "other").glob("*.warc.gz")).read_bytes()
        buf.write(whole[len(whole) // 2:len(whole) // 2 + 900])
        os.write(writer._fd, buf.getvalue())  # the crawl is killed in the middle of its next write…
        os.close(writer._fd)
        writer._fd = None  # …so it never closes the file: the journal still says "open"
        store._warc.clear()
    assert path.stat().st_size == size + 900
    with ArchiveStore(db) as store:
        repaired = recover_open_files(store.conn, tmp_path)
    assert len(repaired) == 1 and "900 bytes removed" in repaired[0]
    assert path.stat().st_size == size
    assert len(bodies_at(path)) == 1
    state = sqlite3.connect(db).execute("SELECT state, size FROM warc_files").fetchall()
    assert state == [("closed", size)]
