"""`newsvault extract` over files and folders: formats, per-page errors, exit codes."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from cli import main
from tests.clean.conftest import FIXTURES


def run(*args):
    return CliRunner().invoke(main, ["extract", *args], catch_exceptions=False)


def test_folder_to_jsonl_with_a_broken_page(tmp_path):
    for name in ("synthetic-000-d01-vsb.html", "legit-crackdown.html"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "broken.htm").write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    (tmp_path / "notes.txt").write_text("not a page")
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in rows] == ["broken.htm", "legit-crackdown.html",
                                                            "synthetic-000-d01-vsb.html"]
    keys = {"file", "url", "encoding", "language", "title", "published", "author", "source", "text",
            "hijacked", "findings", "error"}
    assert all(keys <= set(r) for r in rows)
    broken, legit, seed = rows
    assert broken["error"] and "not an HTML page" in broken["error"]
    assert legit["error"] is None and legit["hijacked"] is False
    assert seed["hijacked"] is True and "金宝搏" not in seed["title"]
    assert all({"kind", "where", "evidence"} == set(f) for f in seed["findings"])


def test_single_page_json_with_url(tmp_path):
    page = FIXTURES / "metadata-forms.html"
    result = run(str(page), "--url", "https://kjc.example.edu.cn/info/1/2.htm")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows[0]["url"] == "https://kjc.example.edu.cn/info/1/2.htm"
    assert rows[0]["published"] == "2024-05-09T15:20:00+08:00"
    assert rows[0]["attachments"][0]["url"] == "https://kjc.example.edu.cn/files/2024/lixiang.pdf"


def test_text_format_is_readable():
    result = run(str(FIXTURES / "synthetic-002-d02-jcms.html"), "--format", "text")
    assert result.exit_code == 0
    assert "title: 市人民政府召开第三十七次常务会议" in result.output
    assert "hijacked: yes" in result.output
    assert "finding hidden_links" in result.output


def test_nothing_readable_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.html")])
    assert result.exit_code != 0
    assert "no page could be read" in result.output


def test_empty_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "no pages to extract" in result.output


def test_help_has_an_example():
    result = run("--help")
    assert "newsvault extract" in result.output and "--format" in result.output and "--config" in result.output
