"""Machine-made copies: what a mirror's converter leaves in a page no site writes. A pinyin reading
after the characters (網(wǎng), 過(guò); 學(xue)), commas doubled, a run of empty tags stamped with made-up values, a
traditional article half-converted under simplified menus (each below with its measurement).

Spun copies: an article's text with a pinyin reading after its characters (網(wǎng), 過(guò)).

A parasite copy of somebody's news, served from a hijacked or throwaway host, is made by a
converter that turns it into traditional script and writes the reading after the characters it
converted: the glosses make the copy look like a page of its own to a duplicate detector. No
article glosses its own traditional characters with tone-marked pinyin. Measured on every page
of bench/data/dev, $NEWSVAULT_DATA/extract/dev-* and ../shared/corpus (7,280 pages, 2026-12-03):
28 pages hold such glosses, all real cases, 2 to 93 each, and on all 28 every glossed character
is one that GB2312 (simplified script) does not hold; 27 of the 28 are labelled hijacked by the
keepers of eight independent splits (the 28th, rc8-032, see bench/data/dev/README-v8.md). A
mainland language lesson glosses simplified characters (和(hè)): glosses() leaves them, and
read_glosses() (toneless glosses of either script, v17) tells the lesson by its several readings
of one character.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from lxml import etree

from scraper.clean.dom import INVISIBLE_TAGS
from scraper.clean.opencc_table import encodes, half_converted_spellings, one_script_characters, replaced_characters
from scraper.clean.writing import KANA

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# one Han character, then one syllable of pinyin in brackets
_GLOSS = re.compile(f"(?<=[\u4e00-\u9fff])[(（]([a-zü{_TONED}]{{1,6}})[)）]")
# A spun copy holds at least this many glosses: the 28 dev pages hold 2 to 93, clean pages none;
# one alone could be a quotation.
MIN_GLOSSES = 2


def glossed(text: str) -> bool:
    """True when ``text`` writes a pinyin reading in brackets after a character (點(diǎn), 学(xue)),
    of any script or tone: the reading is part of the word it glosses."""
    return bool(_GLOSS.search(text))


def _traditional(char: str) -> bool:
    """A character simplified script writes otherwise (absent from GB2312)."""
    return not encodes(char, "gb2312")


def glosses(text: str) -> list[str]:
    """The tone-marked pinyin glosses written after traditional characters in ``text`` (網(wǎng))."""
    return [text[m.start() - 1 : m.end()] for m in _GLOSS.finditer(text)
            if any(c in _TONED for c in m.group(1)) and _traditional(text[m.start() - 1])]


# Glosses without tone marks, after characters of either script (學(xue)院(yuan), 教(jiao)学): a
# v17 converter's. A bracketed syllable after a character is a gloss when it is one of that
# character's readings. Measured (2026-12-04) over every dev page (8,939), whole body text: the
# v17 mirrors hold 4 to 50 (rc17-010, -028, -031, -035; syn17-015, -025), every clean page
# none but one magic-html page writing 没(mo) twice (a dialect spelling); one or two could be a
# quotation. Counted in different characters: a lesson on polyphones glosses one character
# several times, with several readings (和(hé)…和(hè)), which no converter does: such a text is
# no copy.
MIN_READ_GLOSSES = 3
_TONE_MARKS = str.maketrans(_TONED + "ü", "aaaaeeeeiiiioooouuuuvvvvnnnmv")  # (pypinyin writes ü as v)


def read_glosses(text: str) -> list[str]:
    """The bracketed syllables in ``text`` that spell a reading of the character before them,
    tones or not (學(xue), 績(jī)), when at least MIN_READ_GLOSSES characters are glossed, each
    always with the same reading; else none."""
    found = list(_GLOSS.finditer(text))
    if len(found) < MIN_READ_GLOSSES:
        return []
    from pypinyin import Style, pinyin  # only for a text with the shape (its tables are big)

    out: list[str] = []
    read_as: dict[str, set[str]] = {}
    for m in found:
        char = text[m.start() - 1]
        readings = {r.translate(_TONE_MARKS) for r in pinyin(char, style=Style.NORMAL, heteronym=True)[0]}
        if (syllable := m.group(1).translate(_TONE_MARKS)) in readings:
            out.append(char + m.group())
            read_as.setdefault(char, set()).add(syllable)
    if len(read_as) < MIN_READ_GLOSSES or any(len(r) > 1 for r in read_as.values()):
        return []
    return out


# A comma doubled after a character (3月31日,,市委 ; 講話,、重要): a converter's trace, each
# comma followed by the mark the copy had. Measured (2026-12-04) over every dev page (8,939),
# whole body text, runs of three or more left out (an ellipsis written 。。。 or ,,,): the v16
# and v17 mirrors hold 8 to 26 (rc16-015, rc17-007, rc17-010, syn17-015, syn17-025), clean
# pages at most 2 (a long Chinese essay on a cwced page, ，，twice in 19,952 characters).
MIN_DOUBLED_COMMAS = 5
_DOUBLED_COMMA = re.compile("(?<=[\u4e00-\u9fff])[,，][,，、。](?![,，、。])")


def doubled_commas(text: str) -> list[str]:
    """The commas written twice after a character in ``text``, each with its character."""
    return [text[m.start() - 1 : m.end()] for m in _DOUBLED_COMMA.finditer(text)]


# A run of empty elements that carry nothing anyone uses (<mark id="k2a96"></mark><meter id="k2a96">…;
# <abbr lang="yv_"></abbr><acronym draggable="fzy"></acronym><strong dropzone="wqy">…): a mirror's
# generator stamps every copy it serves so that no two copies look alike to a duplicate detector. Each
# element holds no text and only attributes that do nothing on an element with no content (an id, a
# language, a direction, a drag setting, a tooltip), with values no style, script or other element of
# the page names; and each stamps a value no site writes: an id another such element also
# carries (an id names one element), a value its attribute does not take (draggable="fzy"), a
# language that is no language tag (lang="4q5"). v7-v17 stamp one id, v18 one random token per tag.
# Measured (2026-12-04) over every dev page (bench/data/dev, ../shared/corpus, $NEWSVAULT_DATA/extract/
# dev-*; 8,498 legit and clean pages), in adjacent runs of such elements, as the different tags of the
# members stamping such a value: no legit or clean page holds a run of more than 1 (one tag: a
# template repeating a component under one id); the stamps hold 3 to 10 (v7 syn7-011/028 3, rc9-006
# 3, v9 4, rc10-023 4, rc14-003 4, v17 9-10, v18 rc18-010 3 and syn18-010/024 4, v19 4; rc7-013's 2).
MIN_STAMP_TAGS = 3
_NO_OP = frozenset({"id", "lang", "dir", "draggable", "dropzone", "translate", "spellcheck", "title", "hidden"})
_TAKES = {"dir": {"ltr", "rtl", "auto"}, "draggable": {"true", "false", "auto"}, "dropzone": {"copy", "move", "link"},
          "translate": {"", "yes", "no"}, "spellcheck": {"", "true", "false"}, "hidden": {"", "hidden", "until-found"}}
# a language tag (zh-CN, en, x-klingon; zh_CN as sites misspell it; "" for unknown)
_LANGUAGE_TAG = re.compile(r"(?:[a-z]{2,8}|[xi])(?:[-_][a-z0-9]{1,8})*|", re.I)
_CODE_TAGS = ("script", "style")
# (SVG and MathML are no HTML: their elements are not read)
_FOREIGN = ("svg", "math")
_TOKEN = re.compile(r"[\w-]+")


def _carries_nothing(el) -> bool:
    """No text a reader sees (dom.text_of's), no code and no attribute but those in _NO_OP, in ``el``
    and every element in it."""
    for d in el.iter():
        if isinstance(d.tag, str):
            if d.tag in _CODE_TAGS or any(name not in _NO_OP for name in d.attrib) \
                    or d.tag not in INVISIBLE_TAGS and (d.text or "").strip():
                return False
        if d is not el and (d.tail or "").strip():
            return False
    return True


def _runs(members: list) -> list[list]:
    """``members`` (in document order) grouped as they stand next to each other: an element follows the
    one before it with only white space between, or opens the element it stands in."""
    runs: list[list] = []
    run: set = set()
    for el in members:
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):  # (comments)
            prev = prev.getprevious()
        if prev is not None and prev in run and not (prev.tail or "").strip() or \
                prev is None and el.getparent() in run:
            runs[-1].append(el)
            run.add(el)
        else:
            runs.append([el])
            run = {el}
    return runs


def _stamped_tags(run: list, shared: Counter) -> set[str]:
    """The tags of the elements of ``run`` that carry a value no site writes (see MIN_STAMP_TAGS)."""
    def stamps(name: str, value: str) -> bool:
        if name == "id":
            return shared[value] > 1
        if name == "lang":
            return not _LANGUAGE_TAG.fullmatch(value)
        return name in _TAKES and value.strip().lower() not in _TAKES[name]
    return {el.tag for el in run if any(stamps(n, v) for n, v in el.attrib.items())}


def empty_stamp(root) -> list[str] | None:
    """The elements (as written) of a run of empty elements of at least MIN_STAMP_TAGS different tags
    that stamp values no site writes and nothing on the page names (see MIN_STAMP_TAGS); None when
    the page has none."""
    body = root.find("body")
    if body is None:
        return None
    foreign = {d for f in body.iter(*_FOREIGN) for d in f.iter()}
    members = [el for el in body.iter(etree.Element) if (names := el.keys()) and _NO_OP.issuperset(names)
               and el not in foreign and _carries_nothing(el)]
    shared = Counter(el.get("id") for el in members if el.get("id"))
    if not any(len(_stamped_tags(run, shared)) >= MIN_STAMP_TAGS for run in _runs(members)):
        return None
    # the values the rest of the page names (asked only of a page with such a run)
    inside = set(members)
    named = {t for el in root.iter(*_CODE_TAGS) for t in _TOKEN.findall(el.text or "")}
    named |= {t for el in root.iter() if el not in inside for v in el.attrib.values() for t in _TOKEN.findall(v)}
    members = [el for el in members if not any(t in named for v in el.attrib.values() for t in _TOKEN.findall(v))]
    runs = [run for run in _runs(members) if len(_stamped_tags(run, shared)) >= MIN_STAMP_TAGS]
    if not runs:
        return None
    run = max(runs, key=lambda r: len(_stamped_tags(r, shared)))
    return [f"<{el.tag} " + " ".join(f'{n}="{v}"' for n, v in el.attrib.items()) + ">" for el in run]


# A copy converted to traditional script by a converter that changes only the characters
# traditional script lacks: its article is traditional, the page it is served in (menus, crumbs,
# footer) still simplified, and the article keeps simplified characters a traditional writer
# replaces, inside phrases (終于, 接報后, 各并處: opencc_table.half_converted_spellings). Each alone is
# common: sites reprint a traditional text under simplified menus (four legit real cases), and
# Taiwanese writing keeps some such characters (凶嫌, 占了). Measured (2026-12-04) over every
# dev page's article and chrome as the cleaner reads them: see MIN_HALF_CONVERTED.
# The article is traditional: this many characters only traditional script writes (absent from
# GB2312, present in Big5), ...
MIN_TRADITIONAL = 30
# ...and at most this share as many only simplified script writes (a simplified word or two);
MAX_SIMPLIFIED_SHARE = 0.1
# the page around it writes simplified script: its lines that hold no traditional-only character
# hold this many simplified-only ones (a crumb's 当前位置, a footer's 网站标识码: 5 and more; the
# copied headline and credits around the article are converted too);
MIN_CHROME_SIMPLIFIED = 5
# and the article keeps a replaced character in a phrase at this many places. The v17 mirrors
# keep 4 (rc17-015: 終于 并處 其余 采訪; rc17-026: 示范 ×2, 將于, 致力于), rc8-032 (a mirror
# relabelled hijacked) 4; of the legit pages with a traditional article under simplified menus,
# rc8-024 keeps 1 (然后), rc8-025, rc8-026 and rc11-023 none.
MIN_HALF_CONVERTED = 3
# The phrases looked up run two to this many characters (of the 13,620 half-converted spellings
# of opencc_table, 913 are longer and never looked up).
MAX_PHRASE = 4


@cache
def _one_script_sets() -> tuple[frozenset[str], frozenset[str]]:
    trad, simple = one_script_characters()
    return frozenset(trad), frozenset(simple)


def _script_counts(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) characters of ``text`` (of the block U+4E00-U+9FFF)."""
    # (the text's distinct characters counted in C, those of one script picked by a set's
    # intersection: a regex finding the Han characters and a test of each against both codecs was
    # 2.4 % of the cleaner's CPU on 992 real-cases dev pages; 235 -> 103 µs on 5,000 characters)
    trad, simple = _one_script_sets()
    counts = Counter(text)
    return sum(map(counts.__getitem__, trad.intersection(counts))), sum(map(counts.__getitem__, simple.intersection(counts)))


def traditional_share(text: str) -> float:
    """The share of ``text``'s one-script characters that are traditional (0.0 for none)."""
    trad, simple = _script_counts(text)
    return trad / (trad + simple) if trad + simple else 0.0


def traditional_in_simplified(article: str, chrome: str) -> bool:
    """True for a traditional ``article`` (MIN_TRADITIONAL, MAX_SIMPLIFIED_SHARE) served in a
    chrome whose lines free of traditional characters hold MIN_CHROME_SIMPLIFIED simplified ones: a
    converted copy, or a site quoting one."""
    if KANA.search(article):
        return False
    trad, simple = _script_counts(article)
    if trad < MIN_TRADITIONAL or simple > MAX_SIMPLIFIED_SHARE * trad:
        return False
    counts = [_script_counts(line) for line in chrome.splitlines()]
    return sum(simple for trad, simple in counts if not trad) >= MIN_CHROME_SIMPLIFIED


def half_converted_phrases(article: str, chrome: str) -> list[str]:
    """The phrases of a traditional ``article`` that keep a simplified character, served in a
    simplified ``chrome``, when they stand at MIN_HALF_CONVERTED places at least; else none."""
    if not traditional_in_simplified(article, chrome):
        return []
    found, places = kept_simplified(article)
    return found if places >= MIN_HALF_CONVERTED else []


@cache
def _kept_class() -> re.Pattern[str]:
    """One character class of replaced_characters: where kept_simplified's phrases may stand."""
    return re.compile("[" + re.escape("".join(sorted(replaced_characters()))) + "]")


def kept_simplified(article: str) -> tuple[list[str], int]:
    """(the half-converted phrases of ``article``, the places of the simplified characters they
    keep): a converter's trace, whatever script the page around it writes."""
    phrases, kept = half_converted_spellings(), replaced_characters()
    found, places = [], set()
    # Every phrase keeps a replaced character (one spelt as its target is no half-converted
    # spelling), so only the windows over one are looked up: each of a traditional article's
    # characters was looked up three times (4 % of the cleaner's CPU on dev-v50-cctwblog's blog posts).
    starts = sorted({i for m in _kept_class().finditer(article)
                     for i in range(max(0, m.start() - MAX_PHRASE + 1), min(m.start() + 1, len(article) - 1))})
    for i in starts:
        for n in range(2, MAX_PHRASE + 1):
            if (phrase := article[i : i + n]) in phrases:
                found.append(phrase)
                places |= {i + j for j, c in enumerate(phrase) if c in kept}
    return found, len(places)
