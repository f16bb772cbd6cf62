"""Spun copies: an article's text with a pinyin reading after its characters (網(wǎng), 過(guò)).

A parasite copy of somebody's news, served from a hijacked or throwaway host, is made by a
converter that turns it into traditional script and writes the reading after the characters it
converted: the glosses make the copy look like a page of its own to a duplicate detector. No
article glosses its own traditional characters with tone-marked pinyin. Measured on every page
of bench/data/dev, $NEWSVAULT_DATA/extract/dev-* and ../shared/corpus (7,280 pages, 2026-12-03):
28 pages hold such glosses, all real cases, 2 to 93 each, and on all 28 every glossed character
is one that GB2312 (simplified script) does not hold; 27 of the 28 are labelled hijacked by the
keepers of eight independent splits (the 28th, rc8-032, see bench/data/dev/README-v8.md). A
mainland language lesson glosses simplified characters (和(hè)): it is not read here.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# one Han character, then one syllable of pinyin in brackets
_GLOSS = re.compile(f"(?<=[\u4e00-\u9fff])[(（]([a-zü{_TONED}]{{1,6}})[)）]")
# A spun copy holds at least this many glosses: the 28 dev pages hold 2 to 93, clean pages none;
# one alone could be a quotation.
MIN_GLOSSES = 2


def _traditional(char: str) -> bool:
    """A character simplified script writes otherwise (absent from GB2312)."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def glosses(text: str) -> list[str]:
    """The tone-marked pinyin glosses written after traditional characters in ``text`` (網(wǎng))."""
    return [text[m.start() - 1 : m.end()] for m in _GLOSS.finditer(text)
            if any(c in _TONED for c in m.group(1)) and _traditional(text[m.start() - 1])]
