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


def test_pages_of_one_site_given_together_clean_each_other(tmp_path):
    from tests.clean.test_profile import page, site_pages

    hijacked = page(7, "区政府召开安全生产工作会议", ["3月17日，区政府召开安全生产工作会议。"], title="鸿运至尊",
                    top='<div class="top-notice"><a href="https://hyzz-77.com/">鸿运至尊</a></div>')
    alone = page(8, "区政府召开防汛工作会议", ["3月18日，区政府召开防汛工作会议，部署防汛准备工作。", "鸿运至尊，欢迎您的访问。"])
    for i, (raw, _) in enumerate(site_pages() + [hijacked, alone]):
        (tmp_path / f"p{i}.html").write_bytes(raw)
    rows = {r["file"].rsplit("/", 1)[-1]: r for r in map(json.loads, run(str(tmp_path), "--format", "jsonl").output.splitlines())}
    assert rows["p5.html"]["hijacked"] and "鸿运至尊" not in rows["p5.html"]["text"]
    assert not any(rows[f"p{i}.html"]["hijacked"] for i in range(4))
    alone_only = {r["file"].rsplit("/", 1)[-1]: r for r in map(json.loads, run(
        str(tmp_path / "p5.html"), "--format", "jsonl").output.splitlines())}
    assert not alone_only["p5.html"]["hijacked"]
    off = json.loads(run(str(tmp_path), "--format", "jsonl", "--no-site-profile").output.splitlines()[5])
    assert off["file"].endswith("p5.html") and not off["hijacked"]


def test_site_profile_folder_of_earlier_captures(tmp_path):
    from tests.clean.test_profile import page, site_pages

    earlier, tonight = tmp_path / "earlier", tmp_path / "tonight"
    earlier.mkdir()
    tonight.mkdir()
    for i, (raw, _) in enumerate(site_pages()):
        (earlier / f"e{i}.html").write_bytes(raw)
    injected = '<div class="tj"><a href="https://fy-88.com/">福运来</a> <a href="https://jd-777.com/">金鼎汇</a></div>'
    for n in range(10, 14):
        raw, _ = page(n, f"区政府召开第{n}次专题会议", [f"3月{n}日，区政府召开第{n}次专题会议。"], extra=injected)
        (tonight / f"t{n}.html").write_bytes(raw)
    rows = [json.loads(line) for line in run(str(tonight), "--site-profile", str(earlier), "--format", "jsonl").output.splitlines()]
    assert len(rows) == 4 and all(r["hijacked"] for r in rows)
    assert all(any(f["kind"] == "injected_block" for f in r["findings"]) for r in rows)
    assert all("福运来" not in r["text"] for r in rows)
