"""Machine-made copies: what a mirror's converter leaves in a page no site writes. A pinyin reading
after the characters (網(wǎng), 過(guò); 學(xue)), commas doubled, empty tags under one made-up id, a
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

from scraper.clean.dom import tag_of, text_of
from scraper.clean.opencc_table import encodes, half_converted_spellings, replaced_characters

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# one Han character, then one syllable of pinyin in brackets
_GLOSS = re.compile(f"(?<=[\u4e00-\u9fff])[(（]([a-zü{_TONED}]{{1,6}})[)）]")
# A spun copy holds at least this many glosses: the 28 dev pages hold 2 to 93, clean pages none;
# one alone could be a quotation.
MIN_GLOSSES = 2


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


# A run of empty elements sharing one made-up id (<mark id="k2a96"></mark><meter id="k2a96">…): a
# mirror's generator stamps every copy it serves so that no two copies look alike to a duplicate
# detector. An id names one element; a site's template repeats one only by repeating a component
# (the same tag: an icon, an SVG path, a slot). Measured (2026-12-04) over every dev page (8,939:
# bench/data/dev, ../shared/corpus, $NEWSVAULT_DATA/extract/dev-*), counting the HTML elements
# with no text that share one id no <style> or <script> of the page names: the v7-v17 mirrors
# and tag soups hold 2 to 21 different tags under one id (rc17-003 21, syn17-001/002 9 and 10,
# sv9-002/016/037, rc10-023 and rc14-003 4, syn7-011/028 and rc9-006 3, rc7-013 2); two clean
# pages hold 3 (a YouTube page's id "button" on a button, its icon and a div; a Panamanian
# paper's slot id on a div, a li and a span), and 54 hold 2 (a field's label and input).
MIN_ID_TAGS = 4
# (SVG and MathML are no HTML: their elements were not counted)
_FOREIGN = ("svg", "math")


def shared_id_run(root) -> tuple[str, list[str]] | None:
    """(id, its tags) of the empty elements of the body of at least MIN_ID_TAGS different tags
    that share one id no style or script of the page names, None when there is none."""
    body = root.find("body")
    if body is None:
        return None
    foreign = {d for f in body.iter(*_FOREIGN) for d in f.iter()}
    named = [(el, ident) for el in body.iter() if isinstance(el.tag, str) and (ident := el.get("id")) and el not in foreign]
    # only an id on MIN_ID_TAGS tags, empty or not, can name as many empty ones: the text of the
    # others is not read (it was 2 % of the cleaner's CPU on dev-v1-cwced + dev-v1-magichtml)
    every: dict[str, set[str]] = {}
    for el, ident in named:
        every.setdefault(ident, set()).add(tag_of(el))
    tags: dict[str, set[str]] = {}
    for el, ident in named:
        if len(every[ident]) >= MIN_ID_TAGS and not text_of(el):
            tags.setdefault(ident, set()).add(tag_of(el))
    runs = [(ident, t) for ident, t in tags.items() if len(t) >= MIN_ID_TAGS]
    if not runs:
        return None
    code = "\n".join(el.text or "" for el in root.iter("style", "script"))
    runs = [(ident, t) for ident, t in runs if ident not in code]
    if not runs:
        return None
    ident, found = max(runs, key=lambda r: len(r[1]))
    return ident, sorted(found)


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
_KANA = re.compile("[\u3040-\u30ff]")


def _script_counts(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) characters of ``text``."""
    trad = simple = 0
    for c in text:
        if "\u4e00" <= c <= "\u9fff":
            in_gb, in_big5 = encodes(c, "gb2312"), encodes(c, "big5")
            trad += in_big5 and not in_gb
            simple += in_gb and not in_big5
    return trad, simple


def half_converted_phrases(article: str, chrome: str) -> list[str]:
    """The phrases of a traditional ``article`` that keep a simplified character, served in a
    simplified ``chrome``, when they stand at MIN_HALF_CONVERTED places at least; else none."""
    if _KANA.search(article):
        return []
    trad, simple = _script_counts(article)
    if trad < MIN_TRADITIONAL or simple > MAX_SIMPLIFIED_SHARE * trad:
        return []
    counts = [_script_counts(line) for line in chrome.splitlines()]
    if sum(simple for trad, simple in counts if not trad) < MIN_CHROME_SIMPLIFIED:
        return []
    phrases, kept = half_converted_spellings(), replaced_characters()
    found, places = [], set()
    for i in range(len(article) - 1):
        for n in range(2, MAX_PHRASE + 1):
            if (phrase := article[i : i + n]) in phrases:
                found.append(phrase)
                places |= {i + j for j, c in enumerate(phrase) if c in kept}
    return found if len(places) >= MIN_HALF_CONVERTED else []
