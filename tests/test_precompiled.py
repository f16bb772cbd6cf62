"""core.precompiled: a stored pattern or table is what a fresh build gives, and a change rebuilds it."""
from __future__ import annotations

import marshal
import re
import sys

import pytest

from core import precompiled

PATTERNS = [
    (r"(?<![A-Za-z])(?P<label>来源|來源)[:：]\s*(?P<value>[一-鿿]{2,8})", 0),
    (r"[\u3400-\u9fff\uf900-\ufaff]+|casino|[a-zà-ÿ]{3,}", re.I),
    (r"(?x) ^ \s* (\d{4}) [-/.年] (\d{1,2}) # a date\n", 0),
    (r"(?i:bet)(?=\d)|[🀀-\U0001faff]{2,}", re.M | re.S),
]


@pytest.fixture
def writable(monkeypatch, tmp_path):
    """A cache folder of the test's own, and Python set to write no bytecode, as on machines with
    PYTHONDONTWRITEBYTECODE=1: the stores are written all the same."""
    monkeypatch.setenv(precompiled.CACHE_SETTING, str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)


def _compiled(anchor: str) -> list[re.Pattern]:
    re.purge()  # re's own cache would answer without compiling
    with precompiled.stored_patterns(anchor):
        return [re.compile(p, f) for p, f in PATTERNS]


def test_stored_patterns_equal_fresh_compiles(tmp_path, writable):
    anchor = str(tmp_path / "module.py")
    first = _compiled(anchor)  # compiled, then stored
    assert precompiled._path(anchor, "patterns").is_file()
    second = _compiled(anchor)  # read back from the store
    for (p, f), a, b in zip(PATTERNS, first, second, strict=True):
        fresh = re._compiler.compile(p, f)  # type: ignore[attr-defined]
        # Pattern equality compares the flags and the compiled code itself
        assert a == fresh and b == fresh
        assert b.groupindex == fresh.groupindex and b.groups == fresh.groups and b.flags == fresh.flags
    assert second[0].search("新闻来源：市教育局").group("value") == "市教育局"


def test_a_changed_pattern_is_compiled_not_served_stale(tmp_path, writable):
    anchor = str(tmp_path / "module.py")
    _compiled(anchor)
    re.purge()
    with precompiled.stored_patterns(anchor):
        changed = re.compile(r"(?<![A-Za-z])(?P<label>来源)[:：]", 0)
    assert changed.search("来源：") and not changed.search("來源：")


def test_stores_live_in_the_cache_folder_not_beside_the_code(tmp_path, writable):
    anchor = str(tmp_path / "module.py")
    _compiled(anchor)
    assert not (tmp_path / "__pycache__").exists()
    stored = precompiled._path(anchor, "patterns")
    assert stored.is_file() and stored.is_relative_to(tmp_path / "cache")
    # another checkout's module of the same name keeps a store of its own
    assert precompiled._path(str(tmp_path / "other" / "module.py"), "patterns") != stored


def test_without_a_home_folder_nothing_is_stored(tmp_path, monkeypatch):
    monkeypatch.delenv(precompiled.CACHE_SETTING, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def homeless():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(precompiled.Path, "home", homeless)
    anchor = str(tmp_path / "module.py")
    assert [p.pattern for p in _compiled(anchor)] == [p for p, _ in PATTERNS]
    assert precompiled._path(anchor, "patterns") is None


def test_stored_table_rebuilds_when_its_source_changes(tmp_path, writable):
    anchor = tmp_path / "module.py"
    anchor.write_text("# a module\n", encoding="utf-8")
    data = tmp_path / "words.txt"
    data.write_text("a b", encoding="utf-8")
    builds = []

    def make():
        @precompiled.stored_table(str(anchor), data)
        def words() -> frozenset[str]:
            builds.append(1)
            return frozenset(data.read_text(encoding="utf-8").split())
        return words

    assert make()() == {"a", "b"} and len(builds) == 1
    assert make()() == {"a", "b"} and len(builds) == 1  # a new process: read from the store
    data.write_text("a b c", encoding="utf-8")
    assert make()() == {"a", "b", "c"} and len(builds) == 2



def test_a_failed_store_leaves_no_file_behind(tmp_path, writable, monkeypatch):
    # (a disk that fills up mid-write: the next process builds the table again, from nothing half-written)
    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(precompiled.os, "replace", full)
    path = precompiled._path(str(tmp_path / "module.py"), "table")
    precompiled._store(path, {"a": 1})
    assert list(path.parent.iterdir()) == []


REGEX_PATTERNS = [  # (pattern, names of its regex flags): dateparser's kinds
    (r"(?P<day>\d{1,2})\s+(?P<month>janv(?:ier)?|févr(?:ier)?)\s+(?P<year>\d{4})", ("IGNORECASE",)),
    (r"(?:UTC|GMT)[+-]\d{2}:?\d{2}$", ("IGNORECASE", "REVERSE")),
]


def test_stored_regex_patterns_match_as_fresh_compiles():
    regex = pytest.importorskip("regex")
    patterns = [(p, sum(getattr(regex, f) for f in flags)) for p, flags in REGEX_PATTERNS]
    texts = ["le 12 Janvier 2020", "3 févr 1999 à 10h", "at 10:00 GMT+08:00", "utc-0500", "nothing"]
    with precompiled.compiled_from({}, with_regex=True) as used:
        recorded = [regex.compile(p, f, cache_pattern=False) for p, f in patterns]
    stored = {k: v for k, v in used.items() if len(k) == 3}  # (pattern, flags, version): the regex ones
    assert len(stored) == len(REGEX_PATTERNS)
    with precompiled.compiled_from(stored, with_regex=True) as again:
        served = [regex.compile(p, f, cache_pattern=False) for p, f in patterns]
    assert again == stored
    for fresh, made in zip(recorded, served, strict=True):
        assert made.pattern == fresh.pattern and made.flags == fresh.flags and made.groupindex == fresh.groupindex
        for text in texts:
            a, b = fresh.search(text), made.search(text)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
    assert served[0].search("le 12 Janvier 2020")["month"] == "Janvier"


def test_two_processes_storing_one_table_leave_a_whole_store(tmp_path, writable):
    # (two clean workers starting at once both build jieba's table and store it: a reader meets the
    # old file or a new one, never a half-written one)
    import subprocess

    path = precompiled._path(str(tmp_path / "module.py"), "table")
    value = {str(i): "x" * 100 for i in range(20_000)}  # ~2 MB: a write takes a while
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; from core import precompiled\n"
            "v = {str(i): 'x' * 100 for i in range(20_000)}\n"
            "for _ in range(10): precompiled._store(Path(sys.argv[2]), v)")
    root = str(precompiled.Path(precompiled.__file__).resolve().parents[1])
    writers = [subprocess.Popen([sys.executable, "-c", code, root, str(path)]) for _ in range(2)]
    while any(w.poll() is None for w in writers):
        try:
            blob = path.read_bytes()
        except FileNotFoundError:  # (before the first store is in place)
            continue
        assert marshal.loads(blob) == value  # a half-written file would not load, or load short
    assert all(w.wait() == 0 for w in writers)
    assert precompiled._load(path) == value and [p.name for p in path.parent.iterdir()] == [path.name]


def test_patterns_made_from_their_stored_forms_equal_fresh_compiles():
    # (what a module stores for patterns it builds at run time: respelled's brand edits)
    edits = [r"开(?P<swap1>[\u4e00-\u9fff])体育", r"新葡(?P<slip2>[0-9a-z]{1,2}|[\u4e00-\u9fff])京", "bet(?P<look1>[1l])ctor"]
    stored = marshal.loads(marshal.dumps(precompiled.compiled_forms(edits)))  # as a store reads it back
    assert set(stored) == {(p, 0) for p in edits}
    for p in edits:
        made, fresh = precompiled.pattern_from(stored, p), re._compiler.compile(p, 0)  # type: ignore[attr-defined]
        assert made == fresh and made.groupindex == fresh.groupindex and made.flags == fresh.flags
    assert precompiled.pattern_from(stored, r"开(?P<swap1>[\u4e00-\u9fff])体育").search("开芸体育").group("swap1") == "芸"
    assert precompiled.pattern_from({}, "a+b") == re._compiler.compile("a+b", 0)  # type: ignore[attr-defined]  # not stored: compiled
