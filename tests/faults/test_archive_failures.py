"""Issue 10, items 1, 2 and 15 (a full database disk): the archive failing under a crawl stops it,
and says so — exit status 1, the run ``failed`` with the reason, the health flag — instead of a
run ``ok`` that archived nothing. What was archived before the failure stays whole: every WARC
file passes ``warcio check``, every capture passes ``newsvault verify``, no record lacks its row.

Real small file systems (tmpfs, root only): see conftest.py.
"""
from __future__ import annotations

import base64
import json
import random
import subprocess
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from tests.conftest import query, run_newsvault, write_config
from tests.faults.conftest import FAULT_ENV, ScriptedServer, listing_html, needs_mount, page_html, send, tmpfs

WARCIO = str(Path(sys.executable).with_name("warcio"))
# In every page body, so that a log line quoting a body is found.
BODY_MARK = "页面正文标记BODYMARK"
PAGES = 40


def bulky_site(pages: int = PAGES, delay: float = 0.0) -> dict:
    """A listing and ``pages`` articles of ~16 KB that do not compress (they fill a disk fast),
    each answered after ``delay`` seconds."""
    rnd = random.Random(10)
    routes = {"/list.htm": send(200, listing_html([(f"/info/{i}.htm", f"第{i}篇：学校召开专题工作会议研究部署工作")
                                                    for i in range(pages)]))}
    for i in range(pages):
        noise = base64.b64encode(rnd.randbytes(12_000)).decode()
        routes[f"/info/{i}.htm"] = send(200, page_html(f"第{i}篇新闻", extra=f"<p>{BODY_MARK}{noise}</p>"), delay=delay)
    return routes


def config(tmp: Path, server: ScriptedServer, **archive) -> Path:
    return write_config(tmp / "newsvault.toml", [{"name": "bulky", "start_urls": [server.url("/list.htm")],
                                                  "article_pattern": r"/info/\d+\.htm$"}],
                        archive=archive or None, crawl={"concurrency_per_domain": 2})


def records_in(files: list[Path]) -> list[tuple[str, int]]:
    out = []
    for path in files:
        with open(path, "rb") as f:
            it = ArchiveIterator(f)
            for rec in it:
                rec.raw_stream.read()
                if rec.rec_type in ("response", "revisit"):
                    out.append((path.name, it.get_record_offset()))
    return out


def assert_archive_whole(tmp: Path, db: Path) -> None:
    files = sorted((tmp / "warc").glob("*.warc.gz"))
    assert files and subprocess.run([WARCIO, "check", *map(str, files)], capture_output=True).returncode == 0
    rows = {(Path(r["warc_file"]).name, r["warc_offset"]) for r in query(db, "SELECT * FROM captures")}
    assert sorted(records_in(files)) == sorted(rows)  # every record has its row, every row its record
    verified = run_newsvault("verify", "--db", db, "--json", env=FAULT_ENV)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["captures"] == len(rows) > 0


@needs_mount
def test_a_full_warc_disk_stops_the_crawl_and_fails_the_run(tmp_path):
    # The disk holds ~13 pages. Without the delay a loaded machine could fetch all 40 before the
    # first failing write is reached (CI once did: 40 of 40). At 0.1 s a page a fresh machine did too,
    # every run (the crawl's clean workers start, importing the cleaner, while pages arrive); at 0.3 s
    # a page, two at a time, fetching them all takes 6 s, so "stopped early" is what is tested.
    with ScriptedServer(bulky_site(delay=0.3)) as server, tmpfs(tmp_path / "warc", "220k"):
        cfg = config(tmp_path, server)
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
        assert_archive_whole(tmp_path, tmp_path / "archive.db")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    run = query(tmp_path / "archive.db", "SELECT * FROM runs")[0]
    assert run["status"] == "failed" and run["error"].startswith("archive failed") and "No space left" in run["error"]
    assert "archive failed" in run["health"]
    assert 0 < run["articles_new"] < PAGES
    # stopped: it did not fetch every page in vain; and no page body reached the log
    assert sum(server.count(f"/info/{i}.htm") for i in range(PAGES)) < PAGES
    assert BODY_MARK not in proc.stderr and len(proc.stderr.splitlines()) < 15, proc.stderr
    shown = json.loads(run_newsvault("runs", "--json", "--db", tmp_path / "archive.db", env=FAULT_ENV).stdout)[0]
    assert shown["status"] == "failed" and "No space left" in shown["error"]


@needs_mount
def test_a_read_only_warc_folder_is_refused_before_anything_is_fetched(tmp_path):
    with ScriptedServer(bulky_site(3)) as server, tmpfs(tmp_path / "warc", "64k", readonly=True):
        cfg = config(tmp_path, server)
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "WARC folder cannot be written" in proc.stderr, proc.stderr
    assert server.hits == []


@needs_mount
def test_a_full_database_disk_leaves_no_record_without_its_row(tmp_path):
    with ScriptedServer(bulky_site()) as server, tmpfs(tmp_path / "db", "700k"):
        db = tmp_path / "db" / "archive.db"
        cfg = config(tmp_path, server, path=str(db), warc_dir=str(tmp_path / "warc"))
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path, env=FAULT_ENV)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        assert "disk is full" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert_archive_whole(tmp_path, db)
