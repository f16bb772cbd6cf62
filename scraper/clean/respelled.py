"""A proven page's spam names in the spellings spammers give them to slip past filters.

Once a page is proven hijacked, its injected names go wherever it writes them — also where a
name is written one edit away from a spelling a filter knows: a character swapped for one that
sounds the same (开芸体育, 开运体育 for 开云体育), a digit, a letter or a character slipped between
two of its characters (新葡的京 for 新葡京, 意昂4体育), a Latin letter swapped for its look-alike
(BETVlCTOR, pinnac1e: l for i, 0 for o). Full-width forms and separators between characters are
folded already by lexicon.normalize. The names read are the lexicon's brands and the names the
page itself proved spam (Evidence.strings, backed); a respelling is read only on a proven page,
so that no flag turns on it, and never in a sentence that reports on gambling. A Han character
swapped or slipped in is an edit a sentence's own words make too (音乐与体育学部, 千亿级体育产业 on
dev real-cases-v36/-v8, one edit from 乐鱼体育 and 千亿体育): it is read only with a web tail glued on
after it, as a spam name is written (开芸体育-(中国)官方网站, 新葡的京官网).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from core.precompiled import compiled_forms, pattern_from, stored_table
from scraper.clean import lexicon
from scraper.clean.pinyin import syllables
from scraper.clean.segment import tagged
from scraper.clean.writing import HAN, LETTER_OR_DIGIT

# A name shorter than this (normalised) has no respelling read: one edit of a two- or
# three-character word is too often another word (现金网 → 现今网 is a spelling a report may
# write; 新葡京's respellings are four characters long, as lexicon.MIN_PAGE_STRING asks of
# every page string cut from text).
MIN_NAME = 3
# ...nor one longer than this: a proven string that long is a phrase or a whole anchor, not a name,
# and each character costs three patterns to compile (300 proven strings of 6-32 characters over
# 6,000 characters of text: 0.20 s of CPU the first time, 6 ms once compiled; 16 keeps a brand with
# its tail, 新葡的京集团350vip is 13).
MAX_NAME = 16
# What may be slipped between two characters of a name: up to this many digits or Latin letters
# (意昂4体育, 开云kk体育), or one Han character between two Han characters (新葡的京).
MAX_SLIPPED = 2
# Latin look-alikes: each letter with the letters and digits written for it.
_LOOK_ALIKES = {"i": "il1", "l": "il1", "1": "il1", "o": "o0", "0": "o0"}
_LATIN = re.compile(r"[a-z0-9]")


def _edits(name: str) -> list[str]:
    """Regular expressions (over normalised text) of ``name`` with one edit a spammer makes;
    a Han character's swap is a group checked afterwards to sound the same (``_sounds_same``)."""
    out: list[str] = []
    for i, ch in enumerate(name):
        head, tail = re.escape(name[:i]), re.escape(name[i + 1:])
        if HAN.match(ch):
            out.append(f"{head}(?P<swap{i}>[\u4e00-\u9fff]){tail}")
        elif ch in _LOOK_ALIKES:
            others = "".join(c for c in _LOOK_ALIKES[ch] if c != ch)
            out.append(f"{head}(?P<look{i}>[{others}]){tail}")
        if 0 < i:
            before, after = name[i - 1], ch
            slipped = f"[0-9a-z]{{1,{MAX_SLIPPED}}}"
            if HAN.match(before) and HAN.match(after):
                slipped = f"(?:{slipped}|[\u4e00-\u9fff])"
            elif _LATIN.match(before) and _LATIN.match(after):
                continue  # a letter inside a Latin word is another word (bet365 → beta365)
            out.append(f"{re.escape(name[:i])}(?P<slip{i}>{slipped}){re.escape(name[i:])}")
    return out


@lru_cache(maxsize=512)
def _name_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """One pattern an edit (one alternation would give, at a place, only its first edit that fits:
    新葡的 for a swap where 新葡的京 slips 的 in)."""
    stored = _brand_patterns()
    return tuple(pattern_from(stored, edit) for edit in _edits(name))


@lru_cache(maxsize=1)
def _brands() -> tuple[str, ...]:
    return tuple(sorted({n for t in lexicon.brand_terms() if len(n := lexicon.normalize(t)) >= MIN_NAME},
                        key=lexicon.longest_first))


@stored_table(__file__, Path(lexicon.__file__).with_name("lexicon.toml"))
def _brand_patterns() -> dict:
    """The lexicon's brands' edit patterns in their compiled form (core.precompiled): a fresh
    process compiled them on its first proven page, 735 patterns, 0.5 s of CPU (2 % of one process
    cleaning 272 mixed dev pages, session 33). A page's own proven names are compiled as before."""
    return compiled_forms([edit for name in _brands() for edit in _edits(name)])


def _one_edit(m: re.Match[str], name: str) -> bool:
    """A respelling, not another phrase: a swapped Han character is read as the one it stands for
    is, in its common reading (谐音; not any of its readings: 葡 may be read bei, and 北京娱乐 is a
    newspaper's name, not 葡京娱乐 respelled — real-cwced-hijacked, a 来源 cut to 信报), and the
    name's words the edit leaves alone stay words (半导体育 from 半岛体育 breaks 体育: it is 半导体
    before 育人, no respelled brand)."""
    group, value = next((g, v) for g, v in m.groupdict().items() if v is not None)
    at = int(group[4:])
    if group.startswith("swap") and syllables(value) != syllables(name[at]):
        return False
    if group.startswith("slip"):  # slipped in before name[at]: the words across that point are edited
        grown = len(value)
        kept = {(a + grown, b + grown) if a >= at else (a, b) for a, b in _word_spans(name) if b <= at or a >= at}
    else:  # name[at] swapped: the words holding it are edited
        kept = {(a, b) for a, b in _word_spans(name) if b <= at or a > at}
    return kept <= _word_spans(m.group())


def _han_edit(m: re.Match[str]) -> bool:
    """True for a Han character swapped or slipped in: the edit a sentence's own words also make
    (音乐与体育学部 is no 乐鱼体育, 千亿级体育产业 no 千亿体育), read only where a web tail is glued on
    after it (开芸体育-(中国)官方网站, 新葡的京官网, 新葡的京集团350vip: lexicon.web_tail)."""
    return any(v is not None and HAN.match(v) for v in m.groupdict().values())


def _word_spans(text: str) -> set[tuple[int, int]]:
    spans, at = set(), 0
    for word, _ in tagged(text):
        spans.add((at, at + len(word)))
        at += len(word)
    return spans


# Measured and left out (br29, ab54702): a name with digits glued on before a web or trade word
# (意昂4官网/意昂4体育 for 意昂, 英国正版365官方网站), its stem the Han ending every place writing those
# digits shares, cut with lexicon.web_tail's tail and bare. It cleared rc37-012 (v37, studied),
# rc33-001 and rc34-005, but in normalised text (separators gone, "." a tail) a report's quantities
# read as such names (垃圾约1.5, 体育支出1025.899, 2019年下降23.5): 78 other dev records lost text
# (synthetic-v1-setA text_f1 0.998 -> 0.992, synthetic-v4 0.991 -> 0.987, real-cases 0.976 -> 0.974),
# no flag changed. A digit run that is a quantity (a decimal point, 万/亿/元/% after it) would be the
# next gate to measure (tests/clean/test_respelled_names.py, strict xfail).
def respellings(texts: Iterable[str], names: Iterable[str]) -> set[str]:
    """The respelled forms (normalised) of ``names`` and of the lexicon's brands that ``texts``
    write; a plain spelling is no respelling (the other readers cut those)."""
    norms = [lexicon.normalize(t) for t in texts if t]
    chars = set("".join(norms))
    wanted = {n for s in names if MIN_NAME <= len(n := lexicon.normalize(s)) <= MAX_NAME} | set(_brands())
    found: set[str] = set()
    for name in sorted(wanted, key=lexicon.longest_first):
        if sum(c in chars for c in set(name)) < len(set(name)) - 1:
            continue  # (a respelling keeps all but one of the name's characters)
        for pattern in _name_patterns(name):
            for norm in norms:
                for m in pattern.finditer(norm):
                    if m.group() != name and name not in m.group() and _one_edit(m, name) \
                            and (not _han_edit(m) or lexicon.web_tail(norm, m.end())):
                        found.add(m.group())
    return {f for f in found if len(f) >= lexicon.MIN_PAGE_STRING}


def cut(value: str | None, respelled: re.Pattern[str]) -> tuple[str | None, list[str]]:
    """``value`` (a field or the text, line by line) without the respelled names ``respelled``
    matches (over normalised text; a name takes its glued web tail along, lexicon.find_hits),
    and what was cut. A line that reports on gambling keeps every word (a police notice naming a
    casino), a line left with no letter goes."""
    if not value:
        return value, []
    removed: list[str] = []
    lines = []
    for line in value.split("\n"):
        hits = [] if lexicon.is_reporting(line) else [
            h for h in lexicon.find_hits(line, extra=respelled) if respelled.search(lexicon.normalize(h.term))]
        for h in reversed(hits):
            line = line[:h.start] + line[h.end:]
            removed.append(h.term)
        if not hits or LETTER_OR_DIGIT.search(line):
            lines.append(line.strip(" -_|:：,，、") if hits else line)
    return "\n".join(lines) or None, removed[::-1]
