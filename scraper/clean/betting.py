"""Betting names put into a news sentence where an organisation's name stood, known by the class
of their words rather than by a list of brands (issue 11 §3-4).

A copied school page whose name was replaced by a casino's (``会后，澳门X游戏大厅高度重视``,
``驻澳门X游戏大厅监察专员``, ``11月1日，X买球app十大平台第二十六届运动会``) writes a name built on
the betting trade's own words (lexicon.toml ``[betting]``): a name before a venue head
(X游戏大厅, X娱乐城, X线路检测中心) or a trade word with a web tail (买球官网, 投注平台). Such a
name glued into a sentence that runs on after it, on a page that otherwise writes no gambling
word and reports nothing, is substitution: the page is not about betting, yet a betting site
stands where its subject stands. Reports on gambling (police, courts, Macau's revenue, lottery
notices) write the trade's words in their other sentences, or reporting words, and are not read.
"""
from __future__ import annotations

import re

from scraper.clean import brands, lexicon

_CJK = "\u4e00-\u9fff"
# What may stand before the head as the brand's own name: a Latin or digit label, then up to this
# many Chinese characters (澳门新莆京: 5; the longest Chinese name of the dev brands with a head, 6).
MAX_NAME = 6
MAX_LABEL = 8  # the label's letters and digits (a brand's number: 4; bet365: 6)
# Characters that end a name on its left: a particle or preposition of the sentence (驻X监察专员,
# 展现了X大学生, 在X召开), a list's comma; punctuation ends it anyway.
_NAME_STOPS = "在由于了对向把将从为驻的和与及是、被给让跟同至到"
_NAME = re.compile(f"[a-z0-9]{{0,{MAX_LABEL}}}[{_CJK}]{{0,{MAX_NAME}}}$")
_HEAD = re.compile(f"(?:{lexicon.BETTING_HEADS})(?:{lexicon.BETTING_TAILS})*")
_TRADE = re.compile(f"(?:{lexicon.BETTING_TRADE})+(?:{lexicon.BETTING_TAILS})+")
_ANY = re.compile(f"{lexicon.BETTING_HEADS}|{lexicon.BETTING_TRADE}")
# A head needs a name of at least this many characters before it (X娱乐城; a bare 赌场 is a word).
MIN_HEAD_NAME = 2
# The sentence runs on after the name: a Chinese character or a digit (a year, an ordinal).
_RUNS_ON = re.compile(f"[{_CJK}0-9]")


def _name_before(norm: str, start: int) -> str:
    m = _NAME.search(norm, 0, start)
    name = m.group() if m else ""
    for k in range(len(name) - 1, -1, -1):
        if name[k] in _NAME_STOPS:
            return name[k + 1:]
    return name


def _candidates(norm: str) -> list[str]:
    found = []
    for pattern, min_name in ((_HEAD, MIN_HEAD_NAME), (_TRADE, 0)):
        for m in pattern.finditer(norm):
            name = _name_before(norm, m.start())
            if len(name) < min_name or not _RUNS_ON.match(norm, m.end()):
                continue
            if not lexicon.ends_in_kind(name + m.group()):  # 博彩网站: a kind of site, a report's topic
                found.append(name + m.group())
    return found


def spliced_betting_names(lines: list[str], title: str = "") -> list[str]:
    """Betting names standing inside the sentences of ``lines`` (normalised spelling), when the page
    is about something else; [] on a page that writes about gambling or reports."""
    page = [title, *lines]
    if not any(_ANY.search(lexicon.normalize(line)) for line in page):  # the cheap test: most pages
        return []
    found: dict[str, None] = {}
    for line in lines:
        if lexicon.is_reporting(line) or lexicon.reports_site_event(line):
            return []  # a report names what it reports on
        for name in _candidates(lexicon.normalize(line)):
            found[name] = None
    # a name read with a word of the sentence before it (学校X游戏大厅) is the same name
    names = [n for n in found if not any(o != n and n.endswith(o) for o in found)]
    if not names:
        return []
    if _writes_trade_besides("\n".join(page), names):
        return []  # the page writes the trade's words in its own sentences: it is about betting
    return names


def _writes_trade_besides(text: str, names: list[str]) -> bool:
    """True when ``text`` writes gambling words outside the betting ``names`` found in it."""
    rest = lexicon.normalize(text)
    for name in sorted(names, key=lexicon.longest_first):
        rest = rest.replace(name, "\n")
    return bool(brands.writes_trade_words(rest) or _HEAD.search(rest) or _TRADE.search(rest))


# A byline's labelled field and its value (the byline reader may hand over more than the byline).
_BYLINE_FIELD = re.compile(r"(?:作者|来源|來源|稿件来源|信息来源|编辑|編輯|责任编辑|撰稿|供稿|发布者|发布单位|文)\s*[:：]\s*([^\s|｜]{2,40})")


def byline_betting_names(byline: str, page_text: str) -> list[str]:
    """Betting names standing inside the byline ``byline`` (作者：<name>学管办, 来源：<name>), when the
    page's text ``page_text`` is about something else."""
    if not byline or not _ANY.search(lexicon.normalize(byline)) or lexicon.is_reporting(page_text) \
            or lexicon.reports_site_event(page_text):
        return []
    values = [lexicon.normalize(m.group(1)) for m in _BYLINE_FIELD.finditer(byline)]
    names = list(dict.fromkeys(n for value in values for n in _candidates(value)))
    if not names or _writes_trade_besides(page_text, names):
        return []
    return names
