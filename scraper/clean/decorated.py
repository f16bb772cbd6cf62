"""Names spelled so that no filter reads them: enclosed letters and ideographs written into Chinese
words (ⓑⓞⓛⓐ电竞, 鎏金㊣国际). Chinese prose never writes them there: a copyright ⓒ, an info ⓘ,
a Korean ㈜ or a list's ①/㈠ stand before a space, beside Hangul or at a line's start, and Japanese
writes ㊙ between kanji (kana pages are left alone). A name so spelled is the injection's wherever it
stands (the title, a field, a sentence), and it is learned so that every copy goes.

Measured on the clean pages before it was wired in (shared corpus, every $NEWSVAULT_DATA/extract/dev-*
set, the legit pages of real-cases v1–v5 and synthetic v1–v5; 2 600 pages): enclosed characters on 13
pages, all ⓒ/ⓘ/㈜/🆓 beside Latin, Hangul or markup and one ㊙ on a Japanese page; none glued into Chinese.
"""
from __future__ import annotations

import re

from scraper.clean.writing import KANA

# Enclosed Latin letters (Ⓐ–ⓩ, 🄰–🅩 squared and negative forms) and enclosed ideographs/letters
# (㈀–㋾ without the list numbers ㈠–㈩ and ㊀–㊉, nor 🄀–🄏 digits).
_ENCLOSED = "\u24b6-\u24e9\u3200-\u321f\u322a-\u327f\u328a-\u32ff\U0001F130-\U0001F189"
_HAN = "\u4e00-\u9fff"
# A decorated name: two or more enclosed letters glued to a Chinese word (ⓑⓞⓛⓐ电竞), or one
# enclosed character between two Chinese characters (鎏金㊣国际), with up to two characters of the
# name on either side (a Chinese brand's stem and its kind word are two characters each: 鎏金, 国际,
# 电竞); a Latin run takes nothing before it (小编推荐ⓑⓞⓛⓐ: the call is not the name).
# One letter alone is no spelling (版权所有ⓒ本站 is a copyright mark): between Chinese characters only
# an enclosed ideograph counts.
_IDEOGRAPH = "\u3200-\u321f\u322a-\u327f\u328a-\u32ff"
_NAME = re.compile(
    f"[{_ENCLOSED}]{{2,}}[{_HAN}]{{1,2}}|[{_HAN}]{{1,2}}[{_ENCLOSED}]{{2,}}(?![{_HAN}{_ENCLOSED}])"
    f"|[{_HAN}]{{1,2}}[{_IDEOGRAPH}][{_HAN}]{{1,2}}")

# What every decorated name holds (each branch of _NAME has one).
_DECORATION = re.compile(f"[{_ENCLOSED}{_IDEOGRAPH}]")


def decorated_names(texts: list[str]) -> list[str]:
    """The decorated names ``texts`` write (none on a page written in Japanese)."""
    if any(KANA.search(t) for t in texts):
        return []
    found: list[str] = []
    for text in texts:
        if not _DECORATION.search(text):
            continue  # most text has no enclosed character: one class skipped in C, not _NAME at every character
        for m in _NAME.finditer(text):
            if m.group() not in found:
                found.append(m.group())
    return found
