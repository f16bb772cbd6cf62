"""信息公开 metadata blocks: found, marked, and kept out of the article's text.

A government page files each document in its open-government catalogue and shows the entry as a
block of labelled cells: 索引号 | 117231-2025-49463, 发布机构 | 市教育局, 主题分类 | …, 发文日期 | …, 文号 |
(a <table>, a <dl>, a <ul> of "label：value" items, rows of <div>s), above the headline, between it
and the body, or after the body. Its fields are read where the byline is read (fields.py, byline.py:
发文日期 is the date, 发布机构 the 来源); its lines are never the article's. ``mark_metadata_blocks``
marks each such block once a page, and ``lines.lines_of`` reads no text inside a marked one.

A block is known by what it holds, not where it stands: label and value cells only (no sentence),
at least MIN_LABELS labels, of which at least MIN_CATALOGUE_LABELS are the catalogue's own (索引号,
主题分类, 文号, 发布机构, 成文日期…: a byline or a notice's 时间/地点 schedule writes none of them).
"""
from __future__ import annotations

import re

from scraper.clean.dom import BLOCK_TAGS, INVISIBLE_TAGS, squash, tag_of, text_of
from scraper.clean.fields import LABELS

_MARK = "data-newsvault-metadata"

# The labels of the 政府信息公开 catalogue entry (its 目录 fields), in simplified and traditional
# script: a byline writes none of them, a catalogue entry several.
CATALOGUE_LABELS = frozenset(
    "索引号 主题分类 组配分类 内容分类 信息分类 体裁分类 体裁 文号 发文字号 发布机构 发文机关 发文单位 成文日期 发文日期 "
    "印发日期 生效日期 废止日期 公开方式 公开范围 公开时限 公开形式 有效性 时效性 所属机构 信息名称 主题词 "
    "索引號 主題分類 組配分類 內容分類 資訊分類 信息分類 體裁 文號 發文字號 發佈機構 發布機構 發文機關 成文日期 發文日期 "
    "生效日期 廢止日期 公開方式 公開範圍 有效性 所屬機構 信息名稱 主題詞".split())
_KNOWN = frozenset(label for labels in LABELS.values() for label in labels) | CATALOGUE_LABELS

# A block holds at least MIN_LABELS labels, MIN_CATALOGUE_LABELS of them the catalogue's. The W4
# template of synthetic-v40 (dev) writes five (索引号, 发布机构, 主题分类, 发文日期, 文号), a byline
# with a date, 来源 and author three of no catalogue's.
MIN_LABELS = 3
MIN_CATALOGUE_LABELS = 2
# A block is short: a catalogue entry with a long 信息名称 runs to a few hundred characters; the
# article, or a page section holding the block beside it, is longer (characters, not spaces).
BLOCK_MAX = 800
# A cell's value is a number, a name, a date or a document's title: no longer than this.
VALUE_MAX = 120
# Of a block's characters, at most this share stands outside its label and value cells (a caption
# such as 政府信息公开 over the table, a 【打印】 control).
OTHER_SHARE = 0.25
# Where a label may be any short Han word: before a colon (生成日期：, 信息类别：).
_COLON_LABEL = re.compile(r"^[【\[〔]?\s*(?P<label>[\u4e00-\u9fff]{2,6})\s*[】\]〕]?\s*[:：]\s*(?P<value>.*)$")
_BARE_LABEL = re.compile(r"^[【\[〔]?\s*(?P<label>[\u4e00-\u9fff]{1,6})\s*[】\]〕]?(?:\s+(?P<value>.*))?$")
# A label in brackets may run into its value (【索引号】117231-2025-49463, 【发布机构】市教育局).
_BRACKET_LABEL = re.compile(r"^[【\[〔]\s*(?P<label>[\u4e00-\u9fff]{1,6})\s*[】\]〕]\s*(?P<value>.*)$")
# A label spaced out to the width of the column's longest (索 引 号, 名　　称, 有 效 性: a template's
# label column, synthetic-v47 dev's T47C table; the same entry written without blanks elsewhere):
# single Han characters set apart by blanks, then a colon or the cell's end. Read as the word.
_SPACED_LABEL = re.compile(r"^(?P<pre>[【\[〔]?\s*)(?P<label>[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5})(?=\s*(?:[】\]〕]|[:：]|$))")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_CELL_TAGS = BLOCK_TAGS - {"html", "body"}
# The tags a block is set in (a row of <div>s too: the climb stops at the first that is no block).
_BLOCK_TAGS = frozenset("table tbody dl ul ol div section aside header footer article p".split())


def _cells(el) -> list[str]:
    """The texts of ``el``'s innermost block elements (table cells, <dt>/<dd>, list items), or its
    text nodes when it has none."""
    cells = [text_of(c) for c in el.iter(*_CELL_TAGS)
             if c is not el and next((d for d in c.iterdescendants(*_CELL_TAGS)), None) is None]
    if not cells:
        cells = [squash(t) for t in el.itertext() if squash(t)]
    return [c for c in cells if c]


def _label(cell: str) -> tuple[str, str] | None:
    """(label, value) of a cell that is a label, alone or with its value; None for a value."""
    if m := _SPACED_LABEL.match(cell):
        cell = m.group("pre") + "".join(m.group("label").split()) + cell[m.end():]
    if m := _COLON_LABEL.match(cell):
        return m.group("label"), m.group("value")
    for bare in (_BARE_LABEL, _BRACKET_LABEL):
        if (m := bare.match(cell)) and m.group("label") in _KNOWN:
            return m.group("label"), m.group("value") or ""
    return None


def is_catalogue_block(el) -> bool:
    """Whether ``el`` holds a 信息公开 catalogue entry and nothing else (see the module's docstring)."""
    text = text_of(el)
    total = len("".join(text.split()))
    if not total or total > BLOCK_MAX:
        return False
    labels: set[str] = set()
    covered = 0
    after_label = False
    for cell in _cells(el):
        size = len("".join(cell.split()))
        read = _label(cell)
        if read is not None:
            label, value = read
            if len(value) > VALUE_MAX or _SENTENCE_END.search(value):
                return False
            labels.add(label)
            covered += size
            after_label = not value
        elif after_label:
            if len(cell) > VALUE_MAX or _SENTENCE_END.search(cell):
                return False
            covered += size
            after_label = False
    return (len(labels) >= MIN_LABELS and len(labels & CATALOGUE_LABELS) >= MIN_CATALOGUE_LABELS
            and covered >= (1 - OTHER_SHARE) * total)


# (the labels' first characters tried first: a plain alternation of 60 words tried each at every
# character took 2 ms on a long page, most of this module's time)
# (a label may be spaced out: 索 引 号, see _SPACED_LABEL)
_ANY_CATALOGUE_LABEL = re.compile("(?=[" + "".join(sorted({label[0] for label in CATALOGUE_LABELS})) + "])(?:"
                                  + "|".join(r"\s*".join(label)
                                             for label in sorted(CATALOGUE_LABELS, key=len, reverse=True)) + ")")


def mark_metadata_blocks(root) -> list:
    """Mark every 信息公开 catalogue block of the page (the largest element that is one), and
    return them."""
    body = root.find("body")
    if body is None or not _ANY_CATALOGUE_LABEL.search("".join(body.itertext())):
        return []  # most pages name no catalogue label: one search instead of one per element
    starts = []
    for el in body.iter():
        if tag_of(el) in INVISIBLE_TAGS:
            continue
        if (el.text and _ANY_CATALOGUE_LABEL.search(el.text)) or (
                el.tail and _ANY_CATALOGUE_LABEL.search(el.tail) and el.getparent() is not None):
            starts.append(el)
    marked: list = []
    # (each element's size read once: the cells of a long table each read the whole table's text, and
    # 100 KB of label cells took 16 s)
    sizes: dict = {}
    for start in starts:
        if any(m is start or any(a is m for a in start.iterancestors()) for m in marked):
            continue
        best = None
        for el in (start, *start.iterancestors()):
            if tag_of(el) in ("body", "html"):
                break
            if (size := sizes.get(el)) is None:
                size = sizes[el] = len("".join(text_of(el).split()))
            if size > BLOCK_MAX:
                break
            if tag_of(el) in _BLOCK_TAGS and is_catalogue_block(el):
                best = el
        if best is not None:
            best.set(_MARK, "1")
            marked = [m for m in marked if not any(a is best for a in m.iterancestors())] + [best]
    return marked


def is_marked_block(el) -> bool:
    """True for an element ``mark_metadata_blocks`` marked."""
    return el.get(_MARK) is not None
