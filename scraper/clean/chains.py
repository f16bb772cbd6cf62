"""Keyword chains: a <title> made of short keyword phrases joined by ``_ - · /`` with no headline in it.

Porn and gambling farms title a hijacked page with a chain of search phrases
(``午夜剧场高清免费_成人影音先锋_在线看片网址大全``, v3 H(2), v4 §1G) and repeat it in a marquee or
header line. A page's own ``_``-joined title is different in what its parts do: one part is the
headline (``标题_新闻频道_中国青年网``, ``标题_尼克斯_季后赛``), or the parts are the site's names
(``通知公告_教务处_某大学``), which the page also shows on their own, in its logo, breadcrumb and footer.
A chain's parts appear nowhere but in copies of the chain.

Two parts are a chain too (the v18 synthetic titles ``番茄夜色私密影院_草莓深夜直播间免费看``, and two parts
after the headline, ``headline-玲珑棋牌大厅官网_手机棋牌游戏下载``), but ``column_site`` and ``headline_site``
have two parts as often; what tells them apart is a relation, not the count: every part of a chain is
a phrase of which the page, copies of the chain left out, writes not even one character pair, while a
site's names are its logo's, its breadcrumb's and its footer's, and a headline is the article's.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from scraper.clean.writing import HAN

# Parts a chain needs: the chains seen have 3–8 (dev real cases v1–v4, synthetic v2/v4); a
# two-part title is "headline_site" or "column_site" far more often than spam.
MIN_CHAIN_PARTS = 3
# ...and at most this many (8 seen): a longer run is no title, and each part is looked up in the
# page's text (a bound that keeps a hostile 100 KB title linear).
MAX_CHAIN_PARTS = 12
# A chain of at least MIN_PAIR_PARTS parts (two, and a chain after the headline) whose parts each
# hold at least MIN_NON_LATIN_CHARS non-Latin characters and share no character pair with the page
# outside the chain's copies (_unwritten_chain).
# Measured (session 18): 122 dev pages end their <title> in two or more such parts, 97 hijacked and
# 25 legit or clean (headline_site, 标题_新闻频道_中国青年网, 夜雨_原文、翻译及赏析_…); the relation marks
# syn18-008, -010, -016 more (and cuts syn18-012's chain whole) and no legit or clean page of the dev
# hijack sets or the ten clean extraction sets.
MIN_PAIR_PARTS = 2
MIN_NON_LATIN_CHARS = 4
# Longest keyword phrase: the chains seen have parts of 3–15 characters; headlines run longer.
MAX_PART_CHARS = 16
# Parts shorter than this are too common to test for on their own (a 2-character column name).
MIN_TESTED_CHARS = 3

_SEPARATORS = ("_", "|", "·", "/", " - ", "-")
# Sentence grammar: a part holding one of these is a headline, not a keyword phrase.
_GRAMMAR = re.compile("[，。！？：、；“”‘’《》（）,.!?:;()\"]")
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
        return parts if all(HAN.search(p) for p in parts) else []
    words = title.split(" ")
    if len(words) >= MIN_CHAIN_PARTS and all(_SPACED_PART.fullmatch(w) for w in words):
        return words
    return []


def keyword_chain(title: str, headlines: list[str], page_text: Callable[[], str]) -> list[str]:
    """The parts of ``title`` that are a keyword chain (see the module docstring), else []: the
    whole title, or the chain after the headline it opens with.

    ``headlines``: the page's headline candidates (h1, og:title…); ``page_text`` gives its visible
    text (asked only for a title of chain shape).
    """
    title = title.strip()
    parts = _parts(title)
    if MIN_CHAIN_PARTS <= len(parts) <= MAX_CHAIN_PARTS and not any(
            not p or len(p) > MAX_PART_CHARS or _GRAMMAR.search(p) for p in parts):
        if not any(h.strip() and h.strip() != title and any(
                len(p) >= MIN_TESTED_CHARS and (p in h or h.strip() in p) for p in parts) for h in headlines):
            # (no headline, nor a part of it, stands in the title: else it is the page's own)
            rest = page_text().replace(title, " ")  # the page's copies of the chain (marquee, header) say nothing
            tested = [p for p in parts if len(p) >= MIN_TESTED_CHARS]
            alone = sum(1 for p in tested if p in rest)
            if tested and 2 * alone < len(tested):
                return parts
            return []  # the site's own names, shown on their own elsewhere on the page
    return _unwritten_chain(title, headlines, page_text)


_OTHER_SEPARATOR = re.compile(r"\s+[-|·/]\s+|[-|·/]")
_NON_LATIN = re.compile(r"[^\x00-\x7f\s\d，。！？：、；“”‘’《》（）【】]")


def _unwritten_chain(title: str, headlines: list[str], page_text: Callable[[], str]) -> list[str]:
    """The ``_``-joined parts ending ``title`` (two or more, the whole title or what follows its
    headline) of which the page, the chain's copies left out, writes not one character pair; else []."""
    if "_" not in title:
        return []
    tokens = title.split("_")
    # the first token may hold the headline before another separator (headline-part1_part2)
    if head_cut := list(_OTHER_SEPARATOR.finditer(tokens[0])):
        tokens[0] = tokens[0][head_cut[-1].end():]
    tokens = [t.strip() for t in tokens]
    shaped = [len(t) <= MAX_PART_CHARS and len(_NON_LATIN.findall(t)) >= MIN_NON_LATIN_CHARS
              and not _GRAMMAR.search(t) for t in tokens]
    start = len(tokens)
    while start > 0 and shaped[start - 1]:
        start -= 1
    chain = tokens[start:]
    if not MIN_PAIR_PARTS <= len(chain) <= MAX_CHAIN_PARTS:
        return []
    joined = "_".join(chain)
    heads = [h.strip() for h in headlines if h.strip()]
    if any(h not in joined and joined not in h and any(p in h or h in p for p in chain) for h in heads):
        return []  # a heading writes a part on its own: the site's name or the headline
    rest = page_text().replace(title, " ").replace(joined, " ")
    for h in heads:
        if joined in h:
            rest = rest.replace(h, " ")  # a heading copying the chain
    for p in chain:
        pairs = [p[k:k + 2] for k in range(len(p) - 1) if _NON_LATIN.match(p[k]) and _NON_LATIN.match(p[k + 1])]
        if any(pair in rest for pair in pairs):
            return []  # the page writes its words: a column, a section, a site's name
    return chain
