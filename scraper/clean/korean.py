"""Betting keywords planted in a Korean page: what the Chinese readers do for Han, for Hangul.

Korean casino and betting spam uses the forms the other readers know, in a script none of them
reads (v33 §7 item 3): a list of search phrases above the article (``NO.1: <phrase>``), a line of
``#tags`` after it, a phrase put in the <title> between separators that the page shows nowhere
else, and a phrase put in the place of a topic word in every slot of copied news — the headline
and the text alike. Lawful news about casinos, the sports lottery and illegal gambling is common
in Korean (a dealers' college, election betting, a casino licence): a game's name alone decides
nothing. Each reading below wants a relation (a list of phrases that are all the trade's, a title
part the page never writes, a phrase of the adverts' register repeated in the headline and in
sentences that do not report on gambling), and the words come from ``vocabulary/betting_ko.toml``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from scraper.clean.titles import split_title

_DATA = tomllib.loads((Path(__file__).with_name("vocabulary") / "betting_ko.toml").read_text(encoding="utf-8"))
_GAMES = tuple(_DATA["games"])
_REGISTER = tuple(_DATA["register"]) + tuple(g + s for g in _GAMES for s in _DATA["sites"])
_REPORTING = tuple(_DATA["reporting"])

_HANGUL = re.compile("[\uac00-\ud7a3]")
_HAN = re.compile("[\u4e00-\u9fff]")
# A page is read when its article is Korean: this many Hangul letters, more than Han ones (a
# Korean caption in a Chinese page is noise.cut_hangul_casino's).
MIN_HANGUL = 50
_TOKEN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n")
# ``NO.3: 바카라 하는법``: an item of a numbered list of search phrases (rc21-008's eight, one above
# rc15-023's headline). Korean news numbers its lists ①, 1., ▲, never ``NO.n:`` before a phrase.
_NUMBERED = re.compile(r"^\s*NO\.?\s*\d{1,3}\s*[:：]\s*(\S.*?)\s*$")
# A search phrase is short (rc21-008's longest: 12 letters); a numbered sentence is no list item.
MAX_ITEM = 30
_TAG = re.compile(r"#([^\s#]+)")
# A tag line holds this many tags (rc33-007's: 9); two tags under a casino report are its topics.
MIN_TAGS = 3
# The repeated phrase stands in the headline and in this many places of the text (rc33-006: 11,
# rc21-009: 2); a report naming the site kind it is about in its headline and once more is news.
MIN_TEXT_SLOTS = 2


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def names_game(text: str) -> bool:
    """True when ``text`` names a game of chance or betting (spaces ignored)."""
    compact = _compact(text)
    return any(g in compact for g in _GAMES)


def in_register(text: str) -> bool:
    """True when ``text`` holds a word of the adverts' register (a game + 사이트, 가입머니, 먹튀검증…)."""
    compact = _compact(text)
    return any(w in compact for w in _REGISTER)


def reports(sentence: str) -> bool:
    """True when ``sentence`` holds a word of news about gambling (불법, 경찰, 단속, 중독…)."""
    return any(w in sentence for w in _REPORTING)


def is_korean(lines: list[str]) -> bool:
    """True when the article's lines are written in Korean."""
    text = "\n".join(lines)
    hangul = len(_HANGUL.findall(text))
    return hangul >= MIN_HANGUL and hangul > len(_HAN.findall(text))


@dataclass
class Reading:
    """What the Korean readers found: (kind, where, evidence) findings, the strings to cut wherever
    they stand and the lines to drop whole (a list's line holds more than a learned string may)."""

    findings: list[tuple[str, str, str]] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def keyword_lines(lines: list[str], article: str) -> Reading:
    """Numbered search phrases of the trade (``NO.n: <phrase naming a game>``) and lines of
    ``#tags`` that all name a game, at least one in the adverts' register. The tags the article
    writes itself stay in it; the rest, and every list item, are cut wherever they stand."""
    found = Reading()
    for line in dict.fromkeys(lines):
        if (m := _NUMBERED.match(line)) and len(item := m.group(1)) <= MAX_ITEM \
                and _HANGUL.search(item) and names_game(item):
            found.findings.append(("spam_text", "keyword list", line.strip()))
            found.strings.append(item)
            found.lines.append(line.strip())
            continue
        tags = _TAG.findall(line)
        if (len(tags) >= MIN_TAGS and not _TAG.sub("", line).strip() and all(map(names_game, tags))
                and any(map(in_register, tags))):
            found.findings.append(("spam_text", "tag line", line.strip()))
            found.strings += [t for t in tags if t not in article.replace(line, "")]
            found.lines.append(line.strip())
    return found


def foreign_title_parts(raw_title: str, page_text: str) -> list[str]:
    """Parts of the <title> after its first that name a game in Hangul and whose words the page
    writes nowhere (rc18-008: ``<headline>_우왁싱 룰렛 프로그램_krvip``, the heading carrying
    another phrase in its place)."""
    parts = split_title(raw_title or "")
    return [p.strip() for p in parts[1:]
            if _HANGUL.search(p) and names_game(p)
            and not any(w in page_text for w in _TOKEN.findall(p) if len(w) >= 2)]


def _count(phrase: list[str], text: str) -> int:
    return len(re.findall(r"\s+".join(map(re.escape, phrase)), text))


def _widest(tokens: list[str], i: int, text: str) -> list[str]:
    """The run of headline words around ``tokens[i]`` that the text repeats as one phrase: a
    neighbour joins while at least half of the run's places in the text carry it."""
    lo, hi = i, i + 1
    while True:
        here = _count(tokens[lo:hi], text)
        if hi < len(tokens) and 2 * _count(tokens[lo:hi + 1], text) >= here >= 1:
            hi += 1
        elif lo > 0 and 2 * _count(tokens[lo - 1:hi], text) >= here >= 1:
            lo -= 1
        else:
            return tokens[lo:hi]


def repeated_phrases(headlines: list[str], lines: list[str]) -> list[str]:
    """Phrases of the adverts' register that stand in a headline and in MIN_TEXT_SLOTS+ sentences
    of the text that do not report on gambling: a topic word replaced in every slot of a copied
    report (``토토사이트 드래곤 먹튀`` for a city's name, ``카지노 가입머니`` for 산불)."""
    text = "\n".join(line for line in lines if line not in headlines)
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    found: list[str] = []
    for headline in dict.fromkeys(headlines):
        tokens = _TOKEN.findall(headline)
        for i, token in enumerate(tokens):
            if not in_register(token) or any(token in f for f in found):
                continue
            phrase = _widest(tokens, i, text)
            pattern = re.compile(r"\s+".join(map(re.escape, phrase)))
            if sum(1 for s in sentences if pattern.search(s) and not reports(s)) >= MIN_TEXT_SLOTS:
                found.append(" ".join(phrase))
    return found


def read_page(raw_title: str, headlines: list[str], article_lines: list[str], page_lines: list[str],
              page_text: str) -> Reading:
    """Every reading above, on a page whose article is Korean (nothing otherwise)."""
    out = Reading()
    if not is_korean(article_lines):
        return out
    article = "\n".join(article_lines)
    listed = keyword_lines([*page_lines, *article_lines], article)
    out.findings += listed.findings
    out.strings += listed.strings
    out.lines += listed.lines
    if foreign := foreign_title_parts(raw_title, page_text):
        out.findings += [("spam_title", "foreign part", part) for part in foreign]
        out.strings += foreign + suffixes(raw_title, headlines)
    for phrase in repeated_phrases([*split_title(raw_title or "")[:1], *headlines], article_lines):
        out.findings.append(("spliced_brand", "article", phrase))
        # (and its register words, which the injection also set alone: 먹튀시 토토사이트 한마음…)
        out.strings += [phrase, *(w for w in phrase.split() if in_register(w))]
    return out


def suffixes(raw_title: str, headlines: list[str]) -> list[str]:
    """The parts after the headline of a proven <title> and of the headings that open with the same
    headline: a farm writes its phrases after the copied headline in both, not always the same
    phrase (rc18-008: ``_우왁싱 룰렛 프로그램_krvip`` in the title, ``_공인 행정 기술자의…_krvip`` in the h1)."""
    head, *rest = split_title(raw_title or "") or [""]
    out = [p.strip() for p in rest]
    for heading in headlines:
        first, *more = split_title(heading) or [""]
        if more and first.strip() == head.strip():
            out += [p.strip() for p in more]
    return out
