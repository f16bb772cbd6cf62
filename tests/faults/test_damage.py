"""Issue 10, item 3: one damaged record costs that capture, never the command. `reprocess`, the web
interface's raw download and `export --format warc` skip it with an error naming it and go on;
the commands exit 1 at the end; `newsvault verify` lists exactly what is damaged."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_archive, query, run_newsvault
from tests.faults.conftest import FAULT_ENV

WARCIO = str(Path(sys.executable).with_name("warcio"))


@pytest.fixture
def damaged(demo_archive, tmp_path):
    """A copy of the demo archive with a few bytes of one article's response record flipped:
    (archive, the damaged capture's row, its article id)."""
    folder, _, _ = demo_archive
    db = copy_archive(folder, tmp_path / "copy")
    row = query(db, "SELECT c.*, a.id article_id FROM captures c JOIN articles a ON a.url = c.final_url "
                    "WHERE c.status = 200 AND c.refers_to IS NULL ORDER BY c.id LIMIT 1 OFFSET 3")[0]
    path = db.parent / row["warc_file"]
    data = bytearray(path.read_bytes())
    middle = row["warc_offset"] + row["warc_length"] // 3
    data[middle:middle + 8] = bytes(b ^ 0x5A for b in data[middle:middle + 8])
    path.write_bytes(bytes(data))
    return db, row


def test_verify_lists_exactly_the_damaged_capture(damaged):
    db, row = damaged
    proc = run_newsvault("verify", "--db", db, env=FAULT_ENV)
    assert proc.returncode == 1
    listed = [line for line in proc.stdout.splitlines() if line.strip().startswith("damaged:")]
    assert len(listed) == 1 and f"capture {row['id']} " in listed[0]
    assert proc.stderr.count("\n") == 1 and "1 damaged captures" in proc.stderr


def test_reprocess_skips_the_damaged_capture_and_redoes_the_rest(damaged):
    db, row = damaged
    articles = query(db, "SELECT COUNT(*) n FROM articles")[0]["n"]
    proc = run_newsvault("reprocess", "--db", db, "--workers", "0", env=FAULT_ENV)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"failed: {row['final_url']}" in proc.stdout and "damaged" in proc.stdout
    cells = proc.stdout.splitlines()[1].split()  # source articles new-versions updated unchanged skipped failed
    assert (cells[1], cells[-1]) == (str(articles), "1")
    assert proc.stderr.splitlines()[-1].startswith("newsvault: error: 1 captures could not be read back")


def test_export_warc_leaves_the_damaged_capture_out_and_says_so(damaged, tmp_path):
    db, row = damaged
    out = tmp_path / "all.warc.gz"
    proc = run_newsvault("export", "--format", "warc", "-o", out, "--db", db, env=FAULT_ENV)
    assert proc.returncode == 1
    assert f"skipped damaged capture {row['id']}" in proc.stderr
    assert out.exists() and subprocess.run([WARCIO, "check", str(out)], capture_output=True).returncode == 0
    assert row["warc_record_id"].encode() not in out.read_bytes()  # the damage was not copied
    total = query(db, "SELECT COUNT(*) n FROM captures")[0]["n"]
    assert f"exported {total - 1} captures" in proc.stderr


def test_the_raw_download_of_a_damaged_capture_is_an_error_page_not_a_crash(damaged):
    from web.app import create_app

    db, row = damaged
    client = create_app(db).test_client()
    for what in ("raw", "warc"):
        response = client.get(f"/articles/{row['article_id']}/{what}", headers={"Host": "127.0.0.1"})
        assert response.status_code == 404, (what, response.status_code)
        assert b"is damaged" in response.data
    healthy = query(db, "SELECT a.id FROM articles a WHERE a.id != ? LIMIT 1", row["article_id"])[0]["id"]
    assert client.get(f"/articles/{healthy}/raw", headers={"Host": "127.0.0.1"}).status_code == 200
