"""Issue 10, item 4: an export never overwrites what it should not. An existing file only with
--force; the archive database and anything in the WARC folder never; the output appears whole or
not at all."""
from __future__ import annotations

import hashlib
import json

import pytest

from tests.conftest import copy_archive, run_newsvault
from tests.faults.conftest import FAULT_ENV


@pytest.fixture
def archive(demo_archive, tmp_path):
    folder, _, _ = demo_archive
    db = copy_archive(folder, tmp_path / "copy")
    return db, {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in db.parent.rglob("*") if p.is_file()}


def unchanged(files: dict) -> bool:
    return all(hashlib.sha256(p.read_bytes()).hexdigest() == digest for p, digest in files.items())


def test_the_archive_itself_is_never_an_output_even_with_force(archive):
    db, files = archive
    warc = next((db.parent / "warc").glob("*.warc.gz"))
    targets = [("jsonl", db, []), ("csv", db.parent / "archive.db-wal", []), ("warc", warc, []),
               ("warc", db.parent / "warc" / "new.warc.gz", []), ("warc", db, ["--force"])]
    for fmt, target, force in targets:
        proc = run_newsvault("export", "--format", fmt, "-o", target, *force, "--db", db, env=FAULT_ENV)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, (target, proc.stderr)
        assert "--force" not in proc.stderr or "archive" in proc.stderr  # refused as the archive's, not as existing
    assert unchanged(files)
    assert not (db.parent / "warc" / "new.warc.gz").exists()


def test_an_existing_file_needs_force_and_nothing_half_written_is_left(archive, tmp_path):
    db, _ = archive
    out = tmp_path / "articles.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    proc = run_newsvault("export", "-o", out, "--db", db, env=FAULT_ENV)
    assert proc.returncode == 2 and "--force" in proc.stderr
    assert out.read_text(encoding="utf-8") == "precious\n"
    proc = run_newsvault("export", "-o", out, "--force", "--db", db, env=FAULT_ENV)
    assert proc.returncode == 0, proc.stderr
    assert all(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines())
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["articles.jsonl"]  # no temporary left
