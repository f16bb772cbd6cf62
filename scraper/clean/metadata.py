"""The title of an article page, its <meta> tags, and source-configured selectors.

The byline (date, source, author) is byline.py's.
"""
from __future__ import annotations

import json
import re

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from scraper.clean.dom import BLOCK_TAGS, HEADING_TAGS, INVISIBLE_TAGS, drop, tag_of, text_of
from scraper.clean.fields import LABEL, label_stands, read_fields
from scraper.clean.inforow import info_row
from scraper.clean.writing import caseless

# Headline candidates: headings and elements whose class/id says title.
# (caseless, not re.I, as byline._FIELD_HINT: searched in the class and id of every block and span of the page)
_TITLE_CLASS = re.compile(caseless(r"title|tit\b|headline|heading|biaoti|bt\b"))
HEADLINE_MIN, HEADLINE_MAX = 4, 150
# A headline must share at least this much (difflib ratio) with the <title> to be preferred
# over the page's first heading; 0.5 accepts "headline - site name" titles.
TITLE_MATCH_RATIO = 0.5
META_TITLE = ("ArticleTitle", "og:title", "twitter:title", "title")


def meta_map(root) -> dict[str, str]:
    """<meta> name/property → content, first occurrence wins; names kept as written and lower-cased.

    A few generators write the value as ``value=`` instead of ``content=`` (140 of the 155 pages
    of dev-v4-postlight, whose every meta-based field was invisible): read both."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop")
        content = meta.get("content") or meta.get("value")
        if key and content and content.strip():
            found.setdefault(key, content.strip())
            found.setdefault(key.lower(), content.strip())
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                data = json.loads(_LD_WRAPPER.sub("", script.text), strict=False)
            except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested 100,000 deep
                continue
            for item in _ld_items(data):
                for key in ("datePublished", "dateModified"):
                    if isinstance(item.get(key), str):
                        found.setdefault(key, item[key])
                if names := _ld_people(item.get("author")):
                    found.setdefault(LD_AUTHOR, AUTHOR_JOINT.join(names))
    return found


# How pages wrap a JSON-LD block that is still JSON inside: as XHTML wraps a script, <![CDATA[ … ]]>
# (behind // or not), or in an HTML comment. Counted over the ld+json blocks of the English dev
# sets, 26 of 34 on dev-readability and 61 of 67 on dev-v20-omnivore were so wrapped and did not
# parse (their authors and publish dates unread); strict=False in the reading takes the raw tabs and
# line breaks inside strings that 13 blocks of dev-v10-webbench2026, 5 of dev-v3-htmldate, 4 of
# dev-v19-articlex and 3 of dev-v2-trafilatura hold (trafilatura reads JSON-LD so too).
_LD_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")

# The key under which meta_map keeps the names of a schema.org article's authors (JSON-LD), and
# what joins several: a semicolon, since a comma also stands inside one name ("You, Xiaoying");
# dev-v6-fundus writes its 38 multi-author truths so, dev-v2-trafilatura 6 of 18.
LD_AUTHOR = "ld+json:author"
AUTHOR_JOINT = "; "
# JSON-LD nests objects (@graph, mainEntity, lists); deeper than this is not an article's metadata.
_LD_DEPTH = 4


def _ld_items(data, depth: int = 0):
    """The objects of a JSON-LD document: top level, in lists and in @graph."""
    if depth > _LD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _ld_items(data[key], depth + 1)


def _ld_people(author) -> list[str]:
    """The names of the people in a schema.org ``author``: a name, a Person, or a list of them.
    An Organization is not an author here: it names the publisher, which the byline does not."""
    out: list[str] = []
    for a in author if isinstance(author, list) else [author]:
        if isinstance(a, dict) and "Organization" not in str(a.get("@type", "")):
            a = a.get("name")
        if not isinstance(a, str):
            continue
        name = " ".join(a.split())
        if name and name not in out:
            out.append(name)
    return out


def meta_value(metas: dict[str, str], names) -> str | None:
    for name in names:
        v = metas.get(name) or metas.get(name.lower())
        if v:
            return v
    return None


_TITLE_CLASS_TAGS = BLOCK_TAGS | {"span", "strong", "b", "font"}


def _headline_candidates(root):
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        tag = tag_of(el)
        if not tag or tag in INVISIBLE_TAGS:
            continue
        if tag in HEADING_TAGS or (tag in _TITLE_CLASS_TAGS and
                                   _TITLE_CLASS.search((el.get("class") or "") + " " + (el.get("id") or ""))):
            yield el


def headline_elements(root) -> list[tuple[object, str]]:
    """Headings and title-classed elements with their text, in document order; never an info
    row (发布日期：… 来源：…) nor the heading of a link list (相关阅读, 部门动态).

    A headline element that also holds the date or byline has that part moved after it (see
    _split_byline), where the byline is read: the tree changes."""
    out = []
    lengths: dict = {}  # text lengths of boxes and links, read once (emptied when the tree changes)
    sizes: dict = {}  # list item → its text's length
    for el in list(_headline_candidates(root)):
        text = _PERMALINK.sub("", _split_byline(el, lengths))
        if (HEADLINE_MIN <= len(text) <= HEADLINE_MAX and not _inside_link_list(el, sizes) and not _info_row(text)
                and not _TRAIL.search(text) and not _labelled_row(text)
                and not _heads_link_list(el, text, lengths) and not _frames_heading(el)):
            out.append((el, text))
    return out


# The permalink mark documentation generators put at a heading's end (Sphinx's headerlink "¶", a
# link icon): no part of the headline (dev-v10-webbench2026: 6 titles "Logging HOWTO¶"). "#" ends
# real headlines ("C#"), and stays.
_PERMALINK = re.compile(r"\s*[¶🔗]\s*$")


def _frames_heading(el) -> bool:
    """A title-classed box that holds a heading (<h1>…</h1>) is its frame, with the breadcrumb,
    section link or kicker beside it ("ホーム > セキュリティ事件 Masscan と ZMap…", "社会 南海トラフ…",
    "Travel 'I sell…'": postlight, fundus dev): the heading inside is the candidate."""
    return tag_of(el) not in HEADING_TAGS and next(el.iter(*HEADING_TAGS), None) is not None


# An info row: a label and its colon (fields.LABEL, the byline reader's labels), a date with a time (a
# headline may hold a year), a page control (上一篇：…, 【打印】), or a row of unlabelled fields
# (inforow.info_row: 2023-12-02 | 县民政局 | 阅读 7601).
_INFO_ROW = re.compile(r"^\s*[【\[]?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|打印|关闭|分享)|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}")


# Measured, not wired (variant 621334f): a reprint's note "原标题：X" / "（原题：X）" read as no
# headline takes dev-v34-xmunews's title 0.900 -> 1.000 (people.com.cn's otitle line, chosen over
# the <h1> as likelier to the <title>), and changes no other record of 14 dev sets holding such
# notes (their titles were right): one set only, so it waits for held-out evidence.
def _info_row(text: str) -> bool:
    """True for a byline row or a page control, not a headline."""
    return bool(_INFO_ROW.search(text)) or any(_colon_label(text, m) for m in LABEL.finditer(text)) or info_row(text) is not None


def _colon_label(text: str, m: re.Match) -> bool:
    """A label set with its colon, standing as fields.read_fields reads labels (王文：… is a name and a headline)."""
    return (":" in m.group("sep") or "：" in m.group("sep")) and label_stands(text, m)
# A heading that holds labelled fields of this many kinds (作者, 发表于, 来源…) is a byline set in a
# heading tag, its labels written without a colon ("作者 潘一鸣 · 发表于 2023-09-15 · 阅读 195" in an <h6>,
# synthetic-v21 dev: taken for the title when the <h1> was passed over); a headline names no two
# (no title or flag changed on the 12 clean extraction sets of the hijack bench, nor on the dev hijack sets
# but that page).
INFO_ROW_FIELDS = 2


def _labelled_row(text: str) -> bool:
    """True when ``text`` holds labelled fields of INFO_ROW_FIELDS kinds: a byline, not a headline."""
    return len({f.name for f in read_fields(text)}) >= INFO_ROW_FIELDS


# A breadcrumb trail set in a title-classed cell: it opens with "您现在的位置：" (当前位置, 所在位置…) or
# is a path of two steps or more (首页 >> 工作动态 >> 正文; not a French headline's «guillemets»,
# goose3 dev). It named the page when the headline
# beside it carried a spam brand and was passed over (synthetic-v9 dev).
_TRAIL = re.compile(r"^\s*(?:[您你]?(?:现在|当前|所在)?的?(?:位置|所在)|正在浏览|当前页面)\s*[:：]"
                    r"|^(?!.*[«‹])[^>›»]{1,20}(?:\s*(?:>>?|›|»)\s*[^>›»]{1,20}){2,}$")
# A section heading is short; the box it heads is mostly links.
SECTION_HEADING_MAX = 8
SECTION_LINK_SHARE = 0.5


def _heads_link_list(el, text: str, lengths: dict) -> bool:
    """True for the heading of a sidebar box: short, and its box (its parent) is mostly links.
    (``lengths``: text lengths by element, shared by the headings of one page: sibling headings
    share their box, and reading its links' text again was 11 % of the cleaner's CPU.)"""
    if len(text) > SECTION_HEADING_MAX:
        return False
    box = el.getparent()
    if box is None:
        return False
    anchors = list(box.iter("a"))
    if len(anchors) < 3:
        return False
    box_text = _text_length(box, lengths) - len(text)
    if box_text <= 0:
        return False
    links = sum(_text_length(a, lengths) for a in anchors) - sum(_text_length(a, lengths) for a in el.iter("a"))
    return links >= SECTION_LINK_SHARE * box_text


def _text_length(el, lengths: dict) -> int:
    if el not in lengths:  # (the dict holds the element: lxml gives the same proxy while one lives)
        lengths[el] = len(text_of(el))
    return lengths[el]


# A headline element that also holds the date or the byline (<h1>标题 <span>2024-04-22 来源：…</span>):
# the span is moved after the heading, where the byline is read.
_BYLINE_IN_HEADLINE = re.compile(r"(?:来源|作者|发布|时间|日期|编辑|点击|浏览)\s*[:：]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def _split_byline(el, lengths: dict | None = None) -> str:
    """The headline's text, after moving a date/byline element it holds to just after it
    (``lengths``, text lengths read before, is emptied when it does)."""
    text = text_of(el)
    if len(text) > HEADLINE_MAX or not _BYLINE_IN_HEADLINE.search(text):
        return text
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        inner = text_of(child)
        rest = len(text) - len(inner)
        if _BYLINE_IN_HEADLINE.search(inner) and rest >= HEADLINE_MIN and not _BYLINE_IN_HEADLINE.search(text[:rest]):
            drop(child)
            child.tail = None
            el.addnext(child)
            if lengths is not None:
                lengths.clear()
            return text_of(el)
    return text


# A list item holding this many characters is a layout column (a page set as <ul><li>…</li></ul>,
# the article in one item: a fundus dev page lost its <h1> so), not an item of a teaser or link list
# (a teaser with its summary runs to a few hundred).
LAYOUT_ITEM_CHARS = 1500


def _inside_link_list(el, sizes: dict) -> bool:
    for anc in el.iterancestors():
        tag = tag_of(anc)
        if tag == "a":
            return True
        if tag in ("li", "dd"):
            if anc not in sizes:
                sizes[anc] = len(text_of(anc))
            if sizes[anc] < LAYOUT_ITEM_CHARS:
                return True
    return False


def select_text(root, selector: str | None) -> str | None:
    """Text of the first element matching a source-configured CSS selector."""
    if not selector:
        return None
    try:
        found = CSSSelector(selector)(root)
    except (SelectorError, ValueError):
        return None
    return text_of(found[0]) if found else None
