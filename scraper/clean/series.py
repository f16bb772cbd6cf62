"""The page's own repeated slots: elements its template writes several times with one class (a
recipe's steps, a how-to's numbered items, a list of comments), whose texts are the page's words.

A keyword line is written for crawlers, about nothing on the page, and set apart from it: above the
header, under the article. A step of a recipe reads like one too (带鱼洗净去除内脏和头尾后切成段，葱姜切成
葱段和姜片，带鱼放进盆里…: comma-joined clauses whose words the rest of the page hardly writes), yet it
stands in a slot the page fills again and again, and the same slot elsewhere on the page holds
sentences (将腌制带鱼的葱姜铺在高压锅最底层…即可。). Whose words they are is what the slot says: the
template's series, written by the site.
"""
from __future__ import annotations

import re
from collections import defaultdict

from scraper.clean.dom import text_of
from scraper.clean.writing import FULL_STOPS

# A series is this many elements of one tag and class at least: two are a pair (a header and a
# footer box of one class), three are a list. The recipe steps that flagged dev-v40-bearmercury's
# two douguo pages (bm40-033 mobile, bm40-074 desktop, one recipe on two hosts) stand in series of 4.
MIN_SERIES = 3
_SPACES = re.compile(r"\s+")


def prose_series(root) -> frozenset[str]:
    """The texts (spaces removed) of the elements of ``root`` that belong to a series (MIN_SERIES
    elements sharing a tag and a non-empty class) of which at least one member writes a Chinese
    sentence (a full stop): the slots of the page's own repeated structure, filled with its prose."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for el in root.iter():
        tag = el.tag
        if tag.__class__ is not str or not (cls := " ".join(sorted((el.get("class") or "").split()))):
            continue
        groups[(tag, cls)].append(el)
    out: set[str] = set()
    for members in groups.values():
        if len(members) < MIN_SERIES:
            continue
        texts = [text_of(el) for el in members]
        if any(FULL_STOPS.search(t) for t in texts):
            out.update(squashed for t in texts if (squashed := _SPACES.sub("", t)))
    return frozenset(out)


def in_series(line: str, series: frozenset[str]) -> bool:
    """Whether ``line`` (spaces removed) is the text of a member of ``series``, or most of one (a
    step's text after its 步骤1 label): a line inside a large member (a box of the page's layout that
    its template repeats) is not that slot's text, and the box's class vouches for nothing in it."""
    squashed = _SPACES.sub("", line)
    return bool(squashed) and any(squashed in text and len(text) <= MAX_SHARE * len(squashed) for text in series)


# A line is a member's text when it is at least half of it (the rest a label: 步骤1, 2/4).
MAX_SHARE = 2
