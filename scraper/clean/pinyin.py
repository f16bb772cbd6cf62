"""Han characters spelt in pinyin: pypinyin's lazy_pinyin, reading its phrase table piece by piece.

Importing pypinyin reads its two JSON tables whole (41k characters, 410k phrases) and builds its
segmenter's set of every phrase's prefixes: 0.22-0.25 s of CPU, the largest first-use cost left in
a fresh cleaning process once jieba's was cut (scraper.clean.segment), paid by the first page whose
host is held against a public body's name (takeover._readings). Stored with marshal whole, they
took 0.15 s to load (session 24). Here the characters' table is stored whole (small) and the
phrase table and the prefix set in pieces by first character (core.precompiled.in_pieces): a name
loads the pieces of its own characters. They stand in for pypinyin's own table modules (in
sys.modules, for the rest of the process: brands' and glosses' own pypinyin calls read them too),
so pypinyin's code spells with the same data (tests/clean/test_pinyin.py holds it against a stock
pypinyin in another process). A process that imported pypinyin first keeps its whole tables.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import sys
import types
from pathlib import Path
from typing import Any

from core.precompiled import Pieces, in_pieces, stored_table

_SPEC = importlib.util.find_spec("pypinyin")
_DATA = Path(_SPEC.origin).parent if _SPEC and _SPEC.origin else Path(".")


@stored_table(__file__, _DATA / "pinyin_dict.json", _DATA / "phrases_dict.json")
def _tables() -> tuple[dict[int, str], dict[str, bytes], dict[str, bytes]]:
    """pypinyin's tables as its modules load them (pinyin_dict: code point → readings;
    phrases_dict: phrase → readings) and mmseg's prefix set, the last two in pieces."""
    with open(_DATA / "pinyin_dict.json", encoding="utf8") as fp:
        single = {int(k): v for k, v in json.loads(fp.read()).items()}
    with open(_DATA / "phrases_dict.json", encoding="utf8") as fp:
        phrases = json.loads(fp.read())
    prefixes = {phrase[: i + 1] for phrase in phrases for i in range(len(phrase))}
    return single, in_pieces(phrases), in_pieces(prefixes)


class _Phrases(Pieces):
    """pypinyin's phrase table as pypinyin.constants and its segmenter use it: looked up by phrase
    (from pieces), copied at import (for edits of its own the cleaner never makes: the copy is the
    table), true when not empty, and its keys read by mmseg at import only to build the prefix set
    the stored one replaces (none offered)."""

    def copy(self) -> _Phrases:
        return self

    def keys(self) -> tuple[str, ...]:
        return ()

    def __bool__(self) -> bool:
        return True


@functools.cache
def _lazy_pinyin() -> Any:
    """pypinyin.lazy_pinyin, pypinyin imported over the stored tables unless it was imported already."""
    if "pypinyin" not in sys.modules:
        phrases = _Phrases(lambda: _tables()[1])
        for name, attr, table in (("pinyin_dict", "pinyin_dict", _tables()[0]), ("phrases_dict", "phrases_dict", phrases)):
            stand_in = types.ModuleType(f"pypinyin.{name}")
            setattr(stand_in, attr, table)
            sys.modules[f"pypinyin.{name}"] = stand_in
        from pypinyin.constants import PHRASES_DICT  # (imports pypinyin, which imports the stand-ins)
        from pypinyin.seg import mmseg

        if PHRASES_DICT is phrases:  # (PYPINYIN_NO_PHRASES leaves phrases out: nothing to replace)
            mmseg.p_set._set = Pieces(lambda: _tables()[2])  # type: ignore[assignment]  # answers `in` as the set did
    from pypinyin import lazy_pinyin

    return lazy_pinyin


def syllables(han: str) -> list[str]:
    """``han``'s syllables without tones, as pypinyin.lazy_pinyin spells them."""
    return _lazy_pinyin()(han)


# The readings pypinyin's phrase table gives a character that its own entry lacks (乐亭 lào, 彰明较着
# zhù, 旋干转坤 qián, 火燵 tā): 5 of the 47,111 phrases of pypinyin 0.55, listed whole
# (tests/clean/test_pinyin.py reads the two tables again and finds no other).
PHRASE_ONLY = {"乐": frozenset({"lao"}), "着": frozenset({"zhu"}), "干": frozenset({"qian"}), "燵": frozenset({"ta"})}


@functools.lru_cache(maxsize=8192)
def every_syllable(char: str) -> frozenset[str]:
    """Every syllable ``syllables`` may write for ``char`` in any text (in any phrase), without tones:
    its readings in pypinyin's table of characters and PHRASE_ONLY's. A character spelt in one text
    is spelt by one of these in every text; one pypinyin has no reading for gives itself. (Read from
    the table, not through pypinyin.pinyin(heteronym=True), which gives the same set at 30 times the
    cost: tests/clean/test_pinyin.py.)"""
    readings = _tables()[0].get(ord(char)) if len(char) == 1 else None
    if readings is None:
        return frozenset(syllables(char))
    return frozenset(_to_normal()(r) for r in readings.split(",")) | PHRASE_ONLY.get(char, frozenset())


@functools.cache
def _to_normal() -> Any:
    """pypinyin's toneless spelling of a toned reading (ü as v), as its default style writes it."""
    _lazy_pinyin()
    from pypinyin.contrib.tone_convert import to_normal

    return to_normal
