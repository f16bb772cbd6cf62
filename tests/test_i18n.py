"""Chinese first: every message of the interface is translated, the catalogue installed is the one
in the source, the command line speaks Chinese unless asked otherwise, and what scripts read (JSON,
field names) is the same in both languages."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from core import i18n
from tests.conftest import NEWSVAULT, TEST_ENV, run_newsvault

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "core" / "locales" / "zh_CN" / "LC_MESSAGES" / "newsvault.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "gettext": None}
_FIELDS = re.compile(r"\{(\w+)[^}]*\}|%\((\w+)\)")


def catalogue():
    with open(PO, "rb") as f:
        return read_po(f)


def code_messages() -> set:
    """Every message the code and templates mark (what `make messages` collects)."""
    method_map = [("cli/**.py", "python"), ("web/**.py", "python"), ("archive/**.py", "python"),
                  ("core/**.py", "python"), ("web/templates/**.html", "jinja2")]
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, keywords=KEYWORDS, options_map={"web/templates/**.html": {}}):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def test_every_message_of_the_interface_is_translated():
    cat = catalogue()
    translated = {m.id for m in cat if m.id and m.string and (not isinstance(m.string, tuple) or all(m.string))
                  and not m.fuzzy}
    missing = code_messages() - translated
    assert not missing, f"untranslated messages (run `make messages` and translate them): {sorted(map(str, missing))[:10]}"


def test_translations_keep_every_placeholder():
    for m in catalogue():
        if not m.id:
            continue
        source = m.id if isinstance(m.id, str) else m.id[1]
        targets = [m.string] if isinstance(m.string, str) else list(m.string)
        want = {a or b for a, b in _FIELDS.findall(source)}
        for target in targets:
            assert {a or b for a, b in _FIELDS.findall(target)} == want, (m.id, target)


def test_the_installed_catalogue_is_the_one_in_the_source():
    i18n.translations.cache_clear()
    with i18n.using("zh"):
        for m in catalogue():
            if m.id and isinstance(m.id, str) and m.string:
                assert i18n._(m.id) == m.string, f"{m.id!r}: the installed .mo is stale: run `make install`"
    with i18n.using("en"):
        assert i18n._("Search the archive") == "Search the archive"


def test_the_command_line_speaks_chinese_by_default(demo_archive):
    folder, _, db = demo_archive
    chinese = {k: v for k, v in {**os.environ, **TEST_ENV}.items() if k != "NEWSVAULT_LANG"}
    import subprocess

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*NEWSVAULT, *args], capture_output=True, text=True, env=chinese, timeout=120)

    runs = run("runs", "--db", str(db))
    assert runs.returncode == 0 and runs.stdout.splitlines()[0].split()[:3] == ["编号", "来源", "触发方式"]
    assert "成功" in runs.stdout
    english = run("runs", "--db", str(db), "--lang", "en")
    assert english.stdout.splitlines()[0].split()[:3] == ["id", "source", "trigger"]
    assert run("--lang", "en", "show", "1", "--db", str(db)).stdout.splitlines()[1].strip().startswith("URL:")
    error = run("show", "99999", "--db", str(db))
    assert error.returncode == 2 and error.stderr.startswith("newsvault：错误：本归档中没有编号或网址为")
    search = run("search", "研究", "--db", str(db))
    assert re.match(r"“研究”共 \d+ 条结果", search.stdout)
    # what scripts read is the same in both languages
    for args in (("runs", "--json"), ("show", "1", "--json"), ("search", "研究", "--json"), ("report", "--format", "json")):
        zh = run(*args, "--db", str(db)).stdout
        assert zh == run(*args, "--db", str(db), "--lang", "en").stdout and json.loads(zh)
    # a setting chooses too
    config = folder / "english.toml"
    config.write_text('[archive]\npath = "archive.db"\n[interface]\nlanguage = "en"\n', encoding="utf-8")
    assert run("runs", "--config", str(config)).stdout.startswith("id")


@pytest.mark.parametrize("value,expected", [("zh-CN", "zh"), ("zh_Hans", "zh"), ("EN-us", "en"), ("fr", None), ("", None)])
def test_language_codes(value, expected):
    assert i18n.normalize(value) == expected


def test_unknown_interface_language_is_a_config_error(tmp_path):
    cfg = tmp_path / "newsvault.toml"
    cfg.write_text('[interface]\nlanguage = "fr"\n', encoding="utf-8")
    proc = run_newsvault("sources", "--config", cfg)
    assert proc.returncode == 2 and "interface.language" in proc.stderr
