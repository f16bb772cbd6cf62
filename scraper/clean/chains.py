"""Keyword chains: a <title> made of short keyword phrases joined by ``_ - · /`` with no headline in it.

Porn and gambling farms title a hijacked page with a chain of search phrases
(``午夜剧场高清免费_成人影音先锋_在线看片网址大全``, v3 H(2), v4 §1G) and repeat it in a marquee or
header line. A page's own ``_``-joined title is different in what its parts do: one part is the
headline (``标题_新闻频道_中国青年网``, ``标题_尼克斯_季后赛``), or the parts are the site's names
(``通知公告_教务处_某大学``), which the page also shows on their own, in its logo, breadcrumb and footer.
A chain's parts appear nowhere but in copies of the chain.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# Parts a chain needs: the chains seen have 3–8 (dev real cases v1–v4, synthetic v2/v4); a
# two-part title is "headline_site" or "column_site" far more often than spam.
MIN_CHAIN_PARTS = 3
# ...and at most this many (8 seen): a longer run is no title, and each part is looked up in the
# page's text (a bound that keeps a hostile 100 KB title linear).
MAX_CHAIN_PARTS = 12
# Longest keyword phrase: the chains seen have parts of 3–15 characters; headlines run longer.
MAX_PART_CHARS = 16
# Parts shorter than this are too common to test for on their own (a 2-character column name).
MIN_TESTED_CHARS = 3

_SEPARATORS = ("_", "|", "·", "/", " - ", "-")
# Sentence grammar: a part holding one of these is a headline, not a keyword phrase.
_GRAMMAR = re.compile("[，。！？：、；“”‘’《》（）,.!?:;()\"]")
_HAN = re.compile("[\u4e00-\u9fff]")
# Words that spaces may join into a chain: Han phrases with Latin letters or digits in them
# (无码精品A在线). A space also separates the parts of Japanese titles (欲張りなイヌ　＜童話集＞, dev-v1-readability).
_SPACED_PART = re.compile("[A-Za-z0-9]*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]*")


def _parts(title: str) -> list[str]:
    """The title split on its commonest separator (spaces only between CJK phrases)."""
    sep = max(_SEPARATORS, key=title.count)
    if title.count(sep) >= MIN_CHAIN_PARTS - 1:
        parts = [p.strip() for p in title.split(sep)]
        # every part a Han phrase, as in every chain seen: hyphens and slashes also join Latin
        # compounds and paths (civ2-blog-frontend, Konrad-Adenauer-Stiftung: dev-v3-htmldate, dev-v2-trafilatura)
        return parts if all(_HAN.search(p) for p in parts) else []
    words = title.split(" ")
    if len(words) >= MIN_CHAIN_PARTS and all(_SPACED_PART.fullmatch(w) for w in words):
        return words
    return []


def keyword_chain(title: str, headlines: list[str], page_text: Callable[[], str]) -> list[str]:
    """The parts of ``title`` when it is a keyword chain (see the module docstring), else [].

    ``headlines``: the page's headline candidates (h1, og:title…); ``page_text`` gives its visible
    text (asked only for a title of chain shape).
    """
    title = title.strip()
    parts = _parts(title)
    if not MIN_CHAIN_PARTS <= len(parts) <= MAX_CHAIN_PARTS or any(
            not p or len(p) > MAX_PART_CHARS or _GRAMMAR.search(p) for p in parts):
        return []
    for h in headlines:
        h = h.strip()
        if h and h != title and any(len(p) >= MIN_TESTED_CHARS and (p in h or h in p) for p in parts):
            return []  # the headline, or a part of it, stands in the title: the page's own
    rest = page_text().replace(title, " ")  # the page's copies of the chain (marquee, header) say nothing
    tested = [p for p in parts if len(p) >= MIN_TESTED_CHARS]
    alone = sum(1 for p in tested if p in rest)
    if not tested or 2 * alone >= len(tested):
        return []  # the site's own names, shown on their own elsewhere on the page
    return parts
