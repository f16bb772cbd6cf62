"""Exports an archivist hands on: CSV that Excel reads (a BOM by default), Excel workbooks whose
long cells continue instead of breaking, a search result exported, WACZ that replay tools open;
an unknown --source is an error, never an empty success."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from openpyxl import load_workbook

from archive.export import XLSX_CELL_LIMIT, XLSX_CONTINUED_SHEET, write_xlsx
from tests.conftest import run_newsvault


def test_csv_starts_with_a_bom_unless_told_not_to(demo_archive):
    _, _, db = demo_archive
    default = run_newsvault("export", "--format", "csv", "--db", db, check=True).stdout
    assert default.startswith("\ufeffid,url,source_name,")
    assert run_newsvault("export", "--format", "csv", "--bom", "--db", db, check=True).stdout.startswith("\ufeff")
    plain = run_newsvault("export", "--format", "csv", "--no-bom", "--db", db, check=True).stdout
    assert plain.startswith("id,url,")
    rows = list(csv.DictReader(io.StringIO(plain)))
    assert len(rows) == 12 and {"attachments", "images"} <= set(rows[0])


def test_xlsx_cells_over_excels_limit_continue_in_a_second_sheet(tmp_path):
    text = "长" * (XLSX_CELL_LIMIT * 2 + 10)
    out = tmp_path / "a.xlsx"
    write_xlsx([{"id": 7, "title": '=HYPERLINK("https://jbb188.bet","点击")', "text": text + "\x1b[2J",
                 "findings": [], "hijacked": True}], out)
    book = load_workbook(out)
    sheet, continued = book["articles"], book[XLSX_CONTINUED_SHEET]
    head = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(head, sheet[2])}
    first = row["text"].value
    assert len(first) <= XLSX_CELL_LIMIT and first.endswith(f"continues in sheet “{XLSX_CONTINUED_SHEET}”, id 7]")
    parts = [(r[1].value, r[2].value, r[3].value) for r in continued.iter_rows(min_row=2)]
    assert [(c, n) for c, n, _ in parts] == [("text", 2), ("text", 3)]
    rebuilt = first[:first.rindex("…[")] + "".join(p for _, _, p in parts)
    assert rebuilt == text + "\ufffd[2J"        # every character kept; the control character replaced
    assert row["title"].data_type == "s"        # an archived "formula" stays text


def test_xlsx_and_search_result_export_from_the_command_line(demo_archive, tmp_path):
    _, _, db = demo_archive
    hits = {h["id"] for h in json.loads(run_newsvault("search", "研究", "--limit", "100", "--json", "--db", db,
                                                      check=True).stdout)}
    exported = [json.loads(line)["id"] for line in run_newsvault(
        "export", "--query", "研究", "--db", db, check=True).stdout.splitlines()]
    assert hits and sorted(exported) == sorted(hits)
    out = tmp_path / "研究.xlsx"
    proc = run_newsvault("export", "--format", "xlsx", "--query", "研究", "-o", out, "--db", db, check=True)
    assert f"exported {len(hits)} articles" in proc.stderr
    assert load_workbook(out)["articles"].max_row == len(hits) + 1
    proc = run_newsvault("export", "--format", "xlsx", "--db", db)
    assert proc.returncode == 2 and "--output" in proc.stderr


def test_wacz_export_is_a_valid_package(demo_archive, tmp_path):
    wacz_main = pytest.importorskip("wacz.main").main
    _, _, db = demo_archive
    out = tmp_path / "qingshan.wacz"
    proc = run_newsvault("export", "--format", "wacz", "--source", "qingshan", "-o", out, "--db", db, check=True)
    assert "captures" in proc.stderr
    assert wacz_main(["validate", "-f", str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        assert z.getinfo("archive/data.warc.gz").compress_type == zipfile.ZIP_STORED
        pages = [json.loads(line) for line in z.read("pages/pages.jsonl").decode().splitlines()]
        index = z.read("indexes/index.cdxj").decode().splitlines()
        package = json.loads(z.read("datapackage.json"))
    assert pages[0]["format"] == "json-pages-1.0" and len(pages) == 1 + 12
    assert all(p["url"].startswith("http://127.0.0.1:") and p["ts"].endswith("Z") for p in pages[1:])
    assert any("application/pdf" in line for line in index)   # the attachments are in it
    assert package["wacz_version"] == "1.1.1" and {r["path"] for r in package["resources"]} == {
        "archive/data.warc.gz", "indexes/index.cdxj", "pages/pages.jsonl"}


@pytest.mark.parametrize("command", [("search", "研究"), ("export",), ("report",), ("runs",), ("reprocess",)])
def test_an_unknown_source_is_an_error(demo_archive, command):
    _, _, db = demo_archive
    proc = run_newsvault(*command, "--source", "nosuch", "--db", db)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.count("\n") == 1 and "nosuch" in proc.stderr
