"""Labelled metadata read field by field: bylines, 信息公开 tables, signature blocks.

A byline is a row of labels and values (``发布时间：2024-04-22 来源：市教育局 作者：张三 李四 点击：``);
a 政府信息公开 table puts each label in one cell and its value in the next (``发布机构 | 市教育局``).
Both are read the same way: find every known label, and take as a label's value what stands
between it and the next label or the end of its cell. A label followed directly by another
label, or by nothing, has no value. Disclaimers that quote a label (凡本网注明“来源：XXX”的…) are
not bylines and are dropped before reading.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import product

from scraper.clean.dates import DATE_RE, parse_date
from scraper.clean.opencc_table import character_pairs
from scraper.clean.writing import HAN

# Label → field. "other" labels carry nothing we keep, but end the value before them; the editor
# (责任编辑, or 编辑 alone: who a small site's byline credits, synthetic-v8 dev) stands in for an author
# only where the page names none (byline.find_author).
# 发布者/发布人 is who posted the article: the author a reader sees (synthetic-v8 dev, a MetInfo-style byline).
# 图文/文图/文/图 credit who wrote the text and took its pictures, 拟稿 who drafted it: the writer, whom a school's
# credits line names before its reviewers and editors ("(图文:季天宇 初审:严英 编辑:王存宏 审核:张敏)",
# real-cases-v38b dev; "拟稿:邬美婷 编辑:何灵敏", real-cases-v37b dev: the editor was read for want of an author
# label). 摄影 alone stays "other": of the dev pages crediting a photographer beside a truth author, none names
# the photographer (synthetic-v1, -v3, -v33: 11 pages). Measured (dev, tuned on): author real-cases-v37b 0 -> 1.000
# (1 page), real-cases-v38b; rc15-008's 文/图:张强 read too (its truth names nobody).
# 图 alone credits the photographer beside the writer in one bracket or line ("(文/李志阳 图/唐三珍)",
# "文:段强 图:金宇祺 审核:张艳霞": 7 dev real-cases pages of 7 schools, rc5-009, rc6-011, rc7-018, rc19-002,
# rc27-018, rc28-018, rc40b-009); unlisted, it ran on in the writer's value ("李志阳 图/唐三珍"), which no name
# reads as, and the page had no author. Like 文, a one-character label stands only with no Han character
# glued before it (地图：, 如图/ are none). Measured (dev, tuned on): author real-cases-v40b 0.667 -> 1.000.
# 关灯/开灯 (a reading mode's switch) and 我来说两句 (a comment box's link) are controls a byline row writes after
# the 来源 with a blank only ("來源:人民網 關燈", real-cases-v38; "來源:氣象局網站 我來說兩句", real-cases-v33 dev: source
# 0.857 -> 1.000; the two words chosen after reading these two pages, so tuned on).
# 来自 is Discuz! portal's 来源 ("原作者: 孙悦 | 来自: 市卫生健康委", synthetic-v9 dev); like every
# label it needs its colon, bar or dot, so prose ("来自各地的…") is never read as one.
LABELS = {
    "source": ("信息来源", "稿件来源", "文章来源", "新闻来源", "内容来源", "消息来源", "来源单位", "来源网站", "来源于", "来源",
               "稿源", "出处", "转载自", "转自", "摘自", "发布机构", "发文机关", "发布单位", "发文单位", "发布部门",
               "供稿单位", "供稿部门", "来自", "Source"),
    "author": ("作者", "撰稿人", "撰稿", "撰文", "执笔", "文字", "文", "本报记者", "记者", "供稿人", "供稿", "发布者", "发布人",
               "图文", "文图", "文/图", "图/文", "文、图", "拟稿", "拟稿人",
               "By", "Author", "Written by"),
    "date": ("发布时间", "发布日期", "发表时间", "发表日期", "发文日期", "发文时间", "成文日期", "成文时间", "印发日期",
             "公开日期", "公开时间", "信息时间", "发稿时间", "录入时间", "刊发时间", "见报日期",
             "上传时间", "发布于", "发表于", "发布", "时间", "日期", "Posted on", "Published on", "Posted", "Published", "Date"),
    "updated": ("更新时间", "更新日期", "修改时间", "修改日期", "最后更新", "Updated", "Last updated", "Last modified"),
    "editor": ("责任编辑", "责编", "编辑"),
    "other": ("审核人", "审稿人", "审核", "审稿", "校对", "摄影", "摄像", "图片", "图", "通讯员", "实习生", "点击数",
              "关灯", "开灯", "我来说两句", "我來說兩句",
              "点击率", "点击量", "点击", "浏览次数", "浏览量", "浏览", "阅读次数", "阅读量", "阅读", "访问次数", "访问量",
              "字号", "字体", "打印", "分享", "关闭", "索引号", "主题分类", "分类", "文号", "发文字号", "主题词", "关键词",
              "有效性", "信息名称", "名称", "体裁", "公开方式", "公开范围", "组配分类", "所属机构", "评论数", "评论",
              "跟帖", "收藏", "纠错", "投稿", "人气", "热度", "阅读数", "点赞", "转发", "点击次数", "浏览人次", "字数"),
}
# 供稿 names a person (供稿 | 龚冰) as often as an office (供稿：宣传部): an author only when it is no office.
CONTRIBUTOR_LABELS = frozenset(("供稿", "供稿人"))
# A label with more traditional spellings than this (several characters with several forms) keeps
# its simplified form only: with 4, 150 labels become 255 and read_fields on a whole page's text
# takes 0.7 ms instead of 0.5 (bylines are a few hundred characters); with 8, 384 and 0.9 ms.
_MAX_SPELLINGS = 4


@functools.cache
def _traditional_spellings() -> dict[str, list[str]]:
    """Simplified character → its traditional forms, from OpenCC's table."""
    table: dict[str, list[str]] = {}
    for trad, simplified in character_pairs():
        for simple in simplified:
            if len(simple) == 1 and simple != trad:
                table.setdefault(simple, []).append(trad)
    return table


@functools.cache
def _to_simplified() -> dict[int, str]:
    """A str.translate table: each traditional character to its simplified form."""
    return {ord(t): simple for simple, trads in _traditional_spellings().items() for t in trads}


def _with_traditional(labels: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Every label also as Hong Kong, Macau and Taiwan pages write it (來源：, 發佈時間：, 責任編輯：)."""
    spellings = _traditional_spellings()
    out = {}
    for field, names in labels.items():
        more: list[str] = []
        for name in names:
            options = [[c, *spellings.get(c, ())] for c in name]
            count = 1
            for o in options:
                count *= len(o)
            if 1 < count <= _MAX_SPELLINGS:
                more.extend("".join(p) for p in product(*options) if "".join(p) != name)
        out[field] = names + tuple(more)
    return out


LABELS = _with_traditional(LABELS)
# The source labels that name the issuing body (the site's own institution), not where the text
# came from: a 信息公开 table with both "发布机构：嘉陵区人社局" and "来源：综合科" gives its 来源
# (synthetic-v7 dev: 6 pages read the 发布机构 where the truth is the 来源). Read when no other
# source label has a value.
ISSUER_LABELS = frozenset(_with_traditional({"issuer": ("发布机构", "发文机关", "发布单位", "发文单位", "发布部门")})["issuer"])
_FIELD_OF = {label.lower(): field for field, labels in LABELS.items() for label in labels}
# A label is not part of a longer Latin word or number (a Han source label may follow a time
# stamp without a blank: "07:51:00来源:北京青年报", real-cases-v9 dev; other labels may not: "16:22责编:中华彩票网"
# then named a website as the author on a real-cases-v3 dev page), nor quoted (凡本网注明“来源：…”); it is followed by
# a colon, a slash (文/张三, or the full-width 文／张三: synthetic-v42 dev's T5 template lost its author on five pages), a bar (供稿 | 龚冰, 来源 | 新华社) or a middle dot (来源 · 新闻中心); 记者, 通讯员, 实习生, 摄影, 作者, 来源 may be followed by a space and a
# name (记者 张三, 来源 新华社), 发布于 by a date; a reporter's role after a blank may be glued to the name
# the field ends with ("来源:每日甘肃网-甘肃日报 记者崔亚明", real-cases-v21 dev: the 来源 ran on into the
# credit, and the author was lost), a sentence's "据记者李明介绍" is no field.
# The lookahead (the labels' first letters) skips in one test the positions where no label starts;
# without it every branch of the alternation was tried at every character: 2.6x slower, same matches.
_ALL = sorted(_FIELD_OF, key=len, reverse=True)
_AFTER_DIGITS = "|".join(re.escape(x) for x in sorted(LABELS["source"], key=len, reverse=True) if re.match(r"[\u4e00-\u9fff]", x))
_FIRST = "".join(sorted({c for label in _ALL for c in (label[0].lower(), label[0].upper())}))
# A writing credit we do not list, known by its shape: a verb of writing, 写/寫, after one or two Han
# characters, perhaps with 人 or 者 (撰写：, 编写：, 采写：, 撰寫人：), and a colon. It names the writer as
# often as an office (编写：教务处): byline.py keeps its value only when it is a person's name.
# (synthetic-v15 dev: 8 pages credit their author as 撰写：<name>; none of the other dev pages writes one.)
_WRITING_WORD = r"[\u4e00-\u9fff]{1,2}[写寫](?:人|者)?"
_WRITING = _WRITING_WORD + r"(?=[ \t\u3000\u2002]*[:：])"
WRITING_LABEL = re.compile(_WRITING_WORD + r"\Z")
# The labels a blank alone may set apart from their value, in every spelling the label table holds: "記者 王晨 通訊員
# 趙光明" (real-cases-v39 rc39-009) and "來源 新華社" read as nothing when only the simplified forms were written here,
# and a traditional page lost the fields a simplified one keeps.
_BLANK_SEP_AFTER = "|".join(f"(?<={re.escape(x)})" for x in sorted({
    spelling for simple in ("记者", "通讯员", "实习生", "摄影", "作者", "来源")
    for spelling in _with_traditional({"x": (simple,)})["x"]}))
# ...and a reporter's role after a blank may be glued to the name (see below), in every spelling too.
_GLUED_NAME_AFTER = "|".join(rf"(?<=[ \t\u3000\u2002]{re.escape(x)})" for x in sorted({
    spelling for simple in ("记者", "通讯员", "实习生")
    for spelling in _with_traditional({"x": (simple,)})["x"]}))
LABEL = re.compile(
    r"(?<![A-Za-z“\"「『‘'])(?:(?<![0-9])|(?=" + _AFTER_DIGITS + r"))(?P<label>(?=[" + re.escape(_FIRST) + r"])(?:"
    + "|".join(re.escape(x) for x in _ALL) + r")|(?<![\u4e00-\u9fff])" + _WRITING + r")"
    r"(?P<sep>[ \t\u3000\u2002]*[:：]|[ \t\u3000\u2002]*[·・][ \t\u3000\u2002]*(?=[^\s·・])|[ \t]*[/／](?=[ \t]*\S)|[ \t\u3000\u2002]*[|｜](?=[ \t\u3000\u2002]*[^\s|｜])|(?:" + _BLANK_SEP_AFTER + r")[ \t\u3000\u2002]+(?=[\u4e00-\u9fff])"
    r"|(?:(?<=发布于)|(?<=发表于))[ \t\u3000\u2002]*(?=\d)"
    r"|(?:" + _GLUED_NAME_AFTER + r")"
    r"(?=[\u4e00-\u9fff]{2,4}(?:[ \t\u3000\u2002\n]|$)))",
    re.I)
# A page control or counter written without a colon after a value ends it (來源: 晉江新聞網 0瀏覽 評論0,
# 來源:財政部網站 字號).
_CONTROL = re.compile(r"[ \t\u2002\u3000]+\d*(?:" + "|".join(re.escape(x) for x in sorted(LABELS["other"] + LABELS["editor"], key=len, reverse=True))
                      + r")(?![\u4e00-\u9fff])")
# A label alone in its table cell (信息公开 tables, <dt>作者</dt><dd>张三</dd>, <th>Author</th>), the value in
# the next cell: every listed label of a kept field but those that are words of a page's controls or
# prose as well (文字 of a font-size switch, 发布 of a button, By/来自 that head a sentence).
_NOT_CELL_LABELS = frozenset("文 文字 发布 供稿 by 来自 出处 转自 摘自 发布于 发表于 posted published".split())
_CELL_LABELS = frozenset(label for label, field in _FIELD_OF.items()
                         if field in ("source", "author", "date", "editor") and len(label) > 1 and label not in _NOT_CELL_LABELS)
# The labels of a 政府信息公开 table, which sits above the headline: only these are read there
# (a page header may hold a clock or a "时间：" widget).
TABLE_LABELS = frozenset("发布机构 发文机关 发布单位 发文单位 发文日期 成文日期 发布日期 印发日期 公开日期 信息来源".split())
# The brackets a byline sets its fields or controls in: 【打印】, [东楚晚报], 〖来源:办公室〗 (synthetic-v21
# dev: a template sets each field in 〖〗, 5 of its 38 pages), 〔〕, full-width ［］.
_OPENING, _CLOSING = "【〖〔［\\[", "】〗〕］\\]"
_BRACKETS = _OPENING + _CLOSING  # (escaped for a character class)
BRACKET_CHARS = _BRACKETS.replace("\\", "")  # the same brackets, for str.strip
# Where a value ends: a line break, a bracket opening the next control ("【打印】") or closing the
# field's own (〖来源:办公室〗: a value holds no opening bracket, so a closing one is never its own), three
# blanks, a date (发布：市教育局 2024-04-22); for sources also an element boundary. Author names
# sit in separate elements often enough ("作者：<a>张三</a> <a>李四</a>") that there a boundary is a
# space.
# A label we do not list (生成日期：, 信息分类：) ends the value as well: a short Han word after a
# blank, followed by a colon (发布机构：市教育局 生成日期：2018-03-26 gave "市教育局 生成").
# An unlisted label may be Latin ("Author:X Time:2022.09.04") or carry a gloss in brackets (a page
# printing each character's pinyin: "作者:陳碩 發(fā)布時(shí)間:…"): a word of letters after a blank, then a colon.
_VALUE_END = re.compile(r"\n|[|｜" + _BRACKETS + r"]|[ \t\u3000\u2002]{3,}|(?:19|20)\d\d\s*[-/.年]"
                        r"|(?<=[ \t\u3000\u2002])(?:[^\W\d_]|[(（][^\W\d_]{1,6}[)）]){2,16}[ \t]*[:：]")
# A name holds no digits: after a blank and before a Han word they are a counter (作者：曹瑩 1524 次瀏覽).
_COUNTER = re.compile(r"[ \t\u2002\u3000]+\d+[ \t]*(?=[\u4e00-\u9fff])")
_SPACED_SLASH = re.compile(r"[ \t\u2002\u3000]+/[ \t\u2002\u3000]+")
_BOUNDARY_END = re.compile(r"(?<=\S)[\u2002\u3000]")
_MARKUP = re.compile(r"[=<>{}\"]|https?:")  # size="20", a URL: page debris, not a value
_BLANK_RUN = re.compile(r"[ \u2002]+")
GAP = " \t\u2002\u3000"
MAX_VALUE = 40
# Lines that are site notices quoting labels, not bylines.
_DISCLAIMER = re.compile(r"凡本[网站]|凡注明|版权(?:均)?(?:属于|归|属)|转载|不代表本[网站]|免责|如有侵权|联系删除|"
                         r"稿件来源为|所有文字、图片|All rights reserved|copyright", re.I)


@dataclass(frozen=True)  # shared by every caller of read_fields's cache
class Field:
    name: str
    value: str
    start: int  # where its label starts in the text
    label: str = ""


def drop_disclaimers(text: str) -> str:
    """``text`` without the lines that are copyright or reprint notices."""
    if not _DISCLAIMER.search(text):
        return text
    return "\n".join(line for line in text.split("\n") if not _DISCLAIMER.search(line))


# A label spaced out to the width of its table column (来　　源：, 文　　号：, 索 引 号：): its characters
# with blanks between them before a colon. Read as the label with the blanks after it (same length,
# so every position stays where it was).
_SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000\u2002]{1,4}[\u4e00-\u9fff]){1,3}"
                           r"(?=[ \u3000\u2002]*[:：])")


# ...or with each character's pinyin after it, as a page printing the readings writes every word
# (來(lái)源 :公益時(shí)報(bào), real-cases-v17 dev): the label is the characters without their readings.
_PINYIN = r"[(（][a-zA-Z\u00c0-\u024f]{1,6}[)）]"
_GLOSSED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff](?:" + _PINYIN + r")?){2,4}"
                            r"(?<=[)）])(?=[ \u3000\u2002]*[:：])|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]" + _PINYIN
                            + r"[\u4e00-\u9fff](?:[\u4e00-\u9fff](?:" + _PINYIN + r")?){0,2}(?=[ \u3000\u2002]*[:：])")
_PINYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])" + _PINYIN)


def without_pinyin(text: str) -> str:
    """``text`` without the pinyin readings glossed after its characters (王會(huì)賢 → 王會賢)."""
    return _PINYIN_RE.sub("", text) if "(" in text or "（" in text else text


def _unglossed(span: str) -> str:
    """A value's span cut at a label its pinyin glosses hid ("極目新聞 發(fā)表于 2023-…" → "極目新聞 "):
    a page printing every character's reading prints it in labels written without a colon too
    (real-cases-v21 dev). The value keeps its glosses, as the page writes it and as the truth of 11
    dev pages in 10 real-cases/synthetic sets keeps them (real-cases-v24's 3 pages alone drop them)."""
    if "(" not in span and "（" not in span:
        return span
    bare: list[str] = []  # the span without its glosses
    at: list[int] = []  # where each character of bare stands in the span
    pos = 0
    for m in _PINYIN_RE.finditer(span):
        bare.append(span[pos:m.start()])
        at.extend(range(pos, m.start()))
        pos = m.end()
    bare.append(span[pos:])
    at.extend(range(pos, len(span)))
    # (read as simplified, character for character: such a page writes 發表于, a spelling of 发表于
    # the label list leaves out, having more than _MAX_SPELLINGS)
    text = "".join(bare).translate(_to_simplified())
    for m in LABEL.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in GAP and label_stands(text, m):
            return span[:at[m.start()]]
    # ...and at a glossed control after a blank (人民網(wǎng) 關(guān)燈, real-cases-v38 dev)
    if control := _CONTROL.search(text):
        return span[:at[control.start()]]
    return span


def _close_up(m: re.Match) -> str:
    label = "".join(c for c in without_pinyin(m.group()) if c not in GAP)
    return label + " " * (len(m.group()) - len(label)) if label.lower() in _FIELD_OF else m.group()


def unspace_labels(text: str) -> str:
    """``text`` with spaced-out labels (来　　源：) closed up (来源　　：), and labels glossed with
    their pinyin (來(lái)源：) read without it, positions kept."""
    text = _SPACED_LABEL.sub(_close_up, text)
    return _GLOSSED_LABEL.sub(_close_up, text) if "(" in text or "（" in text else text


def label_stands(text: str, m: re.Match) -> bool:
    """True when the LABEL match ``m`` in ``text`` is a label: a one-character label (文) only where
    no Han character is glued before it (王文：… is a name)."""
    return len(m.group("label")) > 1 or m.start() == 0 or not HAN.match(text[m.start() - 1])


def read_fields(text: str, keep_empty: bool = False) -> list[Field]:
    """Every labelled field of ``text`` in order; empty labels give nothing (with ``keep_empty``,
    a field whose value is "")."""
    fields = _read_fields(text)
    return list(fields) if keep_empty else [f for f in fields if f.value]


# The date, source and author readers each read the byline's pieces: 1,162 calls over the 67
# real-cases-v13/v14 dev pages, 606 texts: 106 -> 67 ms of CPU over those pages with the cache.
# The empty fields are read always and left out when not asked for (they are the only fields
# without a value): the source reader asks for them, the date reader does not, of the same pieces
# (2,594 of the 9,466 texts read on 992 real-cases dev pages were read both ways).
@functools.lru_cache(maxsize=256)
def _read_fields(text: str) -> tuple[Field, ...]:
    text = unspace_labels(drop_disclaimers(text))
    labels = [(m.start(), m.end(), m.group("label")) for m in LABEL.finditer(text) if label_stands(text, m)]
    out = []
    for i, (start, end, label) in enumerate(labels):
        name = field_of(label)
        # an unlisted label's first word may stand before the next label, not before the text's end
        limit = _word_start(text, end, labels[i + 1][0]) if i + 1 < len(labels) else len(text)
        if limit == end and text[end - 1] in "/／" and i + 1 < len(labels):
            # two labels joined by a slash are one (作者/编辑:鲁 群, 撰稿/摄影:张小林): the value is each one's
            limit = _word_start(text, end, labels[i + 2][0]) if i + 2 < len(labels) else len(text)
            end = labels[i + 1][1]
        value = _value(_unglossed(text[end:limit]), name)
        if value and name != "other" and not _MARKUP.search(value):
            out.append(Field(name, value, start, label))
        elif not value and name != "other":
            out.append(Field(name, "", start, label))
    out.extend(_cell_fields(text))
    out.sort(key=lambda f: f.start)
    return tuple(out)


# An unlisted label that ends in a listed one (生成日期 ends in 日期) starts at its first word, after a
# blank: 发布机构：市教育局 生成日期：… is 市教育局, not 市教育局 生成.
_LABEL_HEAD = 4


# (a character may carry its pinyin in brackets: 發(fā)布時間)
_LABEL_HEAD_RE = re.compile(r"(?:[\u4e00-\u9fff](?:[(（][^\W\d_]{1,6}[)）])?){1," + str(_LABEL_HEAD) + r"}\Z")


def field_of(label: str) -> str:
    """The field a label names: listed labels by the table, unlisted writing credits (撰写) by shape."""
    return _FIELD_OF.get(label.lower()) or "author"


def _word_start(text: str, floor: int, at: int) -> int:
    # ...after the label's own value: the first word after the label's colon and its blanks is that
    # value, glued to the next label ("来源: 江陵分局发布时间: 2023-08-22", real-cases-v48b: the blank
    # after the colon made 江陵分局 read as the head of an unlisted 江陵分局发布时间, and the 来源 empty)
    m = _LABEL_HEAD_RE.search(text, floor, at)
    start = m.start() if m else at
    return start if start < at and text[floor:start].strip(GAP) and text[start - 1] in GAP else at


# A value the page sets in brackets (來源:[東楚晚報] 日期:[2025-08-02 07:42]): the brackets hold it whole.
_BRACKETED = re.compile(r"[" + _OPENING + r"]([^" + _BRACKETS + r"\n]{1,40})[" + _CLOSING + r"]")


# A date and time at the start of a name's value: a row labelled by its class (<div class="time-source">
# 2018-05-23 11:18 北青网</div>) writes the date first. A number after a name is a counter (广东体彩网 400).
_LEADING_DATE = re.compile(r"(?:" + DATE_RE.pattern + r")(?:[ \t\u3000\u2002]*\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000\u2002]*")
_TRAILING_NUMBER = re.compile(r"[ \t\u3000\u2002]+\d+[ \t\u3000\u2002]*$")


def _value(span: str, name: str) -> str:
    begin = len(span) - len(span.lstrip(GAP))
    if m := _BRACKETED.match(span, begin):
        span, begin = m.group(1), 0
    if name not in ("date", "updated") and (m := _LEADING_DATE.match(span, begin)):
        begin = m.end()
    if name in ("date", "updated"):
        return span[begin:begin + MAX_VALUE]
    if name == "author":  # a run of blanks holding an element boundary is one space
        span = _BLANK_RUN.sub(lambda m: " " if "\u2002" in m.group() else m.group(), span)
        span = _COUNTER.split(span, 1)[0]
        # a slash with blanks on both sides sets the row's next field apart ("作者 坤鹏论 / <site> /
        # 2019-04-24", real-cases-v30 dev); "张三/李四" is two names and keeps its slash
        span = _SPACED_SLASH.split(span, 1)[0]
    span = _CONTROL.split(span, 1)[0]
    end = len(span)
    for pattern in (_VALUE_END,) if name == "author" else (_VALUE_END, _BOUNDARY_END):
        m = pattern.search(span, begin)
        if m:
            end = min(end, m.start())
    value = span[begin:end]
    if (m := _TRAILING_NUMBER.search(value)) and not re.search(r"\d", value[:m.start()]):
        value = value[:m.start()]  # (not the year of "August 26, 2022": a date is checked whole)
    return _balanced(value.strip(" \t\u2002\u3000:：,，;；/|"))


def _balanced(value: str) -> str:
    """A value cut at a label inside brackets (来源：新华网（记者 王镜宇）) loses the bracket's
    other half: 新华网（ → 新华网, 王镜宇） → 王镜宇. Only the closings left over go: a bracket the value
    opens and closes is its own (中新網(wǎng)) of "(來源:中新網(wǎng))", a pinyin gloss, real-cases-v44 dev)."""
    value = value.rstrip("(（ \t\u2002\u3000")
    while value[-1:] in ")）" and value.count("(") + value.count("（") < value.count(")") + value.count("）"):
        value = value[:-1].rstrip(" \t\u2002\u3000")
    return value


# A label closing a line after a blank, its value on the next line (the second of two class-named
# names, each put on the line after its label: v35 gtrends dev gt35-076).
_TAIL_LABEL = re.compile(r"[ \t\u2002\u3000]([^\s:：]{1,6})[:：]$")


def _cell_fields(text: str) -> list[Field]:
    """Label cells followed by their value cell, as 信息公开 tables lay them out."""
    out = []
    pos = 0
    lines = text.split("\n")
    after_label = False  # the line before is a label cell
    for i, line in enumerate(lines):
        # (a cell may set its label in brackets: "[ 发布机构 ]", real-cases-v21 dev)
        label = line.strip(GAP + ":：" + BRACKET_CHARS).lower()
        at = pos
        # (only in a value cell: "By 作者：" of a byline whose name element is labelled is no cell, dev-readability nytimes-2)
        if label not in _CELL_LABELS and after_label and (tail := _TAIL_LABEL.search(line)):
            label, at = tail.group(1).lower(), pos + tail.start(1)  # "Benjamin Lee and 作者：" ends in one
        after_label = label in _CELL_LABELS
        if label in _CELL_LABELS and i + 1 < len(lines):
            value = lines[i + 1].strip(" \t\u2002\u3000")
            if value.lower() in _FIELD_OF and i + 2 < len(lines):
                value = lines[i + 2].strip(" \t\u2002\u3000")  # a bilingual label: 来源： | Source | value
            if (value and value.strip(" :：") not in _CELL_LABELS and not LABEL.match(value)
                    and not _MARKUP.search(value)):
                # the value ends where the next label starts: two class-named names, each on the line
                # after its label ("作者：\nBenjamin Lee and 作者：\nPádraig Collins", v35 gtrends dev
                # gt35-076) gave the author "Benjamin Lee and 作者"
                if (m := LABEL.search(value)) and label_stands(value, m):
                    value = _BLANK_RUN.sub(" ", value[:m.start()].rstrip(GAP))
                out.append(Field(_FIELD_OF[label.lower()], value[:MAX_VALUE * 2], at, label))
        pos += len(line) + 1
    return out


def first(fields: list[Field], name: str) -> str | None:
    return next((f.value for f in fields if f.name == name), None)


# --- signature blocks (落款) ------------------------------------------------------------------

# An issuing body: ends like one (局, 委员会, 办公室, 学院, 大学, 公司…) and holds no punctuation. (A school, 中学,
# 小学 or 幼儿园, is not read as one: by27's variant 8728e55 read it so, and "2024-10-08 · 云杉中学 · 文/田子涵" gave its
# 来源, synthetic-v35 dev 0.897 -> 1.000, the studied set, no other dev field changed: under the fields rule's two sets.)
_BODY_END = re.compile(r"(?:局|委员会|委|办公室|办公厅|政府|厅|部|处|科|室|院|校|学院|大学|中心|学会|协会|会|所|站|馆|队|"
                       r"公司|集团|支部|总支|党委|工会|团委|法院|检察院|街道|镇|乡|村|社区|小组|组)$")
_DATE_LINE = re.compile(r"^\s*" + DATE_RE.pattern + r"\s*$")
SIGNATURE_BODY_MAX = 30


def is_issuer(line: str) -> bool:
    """A line that names an issuing body (天津创业股份有限公司董事会, 市教育局办公室): a notice's signature."""
    return len(line) <= SIGNATURE_BODY_MAX and bool(_BODY_END.search(line))


def is_date_line(line: str) -> bool:
    """A line that is a date alone (2015年10月16日, 2012.7.17): a notice's signed date."""
    return bool(_DATE_LINE.match(line))


SIGNATURE_LINES = 4  # the date is among the last lines of the notice


def signature_lines(lines: list[str]) -> tuple[int | None, int | None]:
    """Indexes of (the issuing body's line, the date line) of a closing signature: a date alone
    among the last lines, the body's name (ending like 局, 委员会, 学院…) just above it."""
    for k in range(len(lines) - 1, max(0, len(lines) - SIGNATURE_LINES) - 1, -1):
        if _DATE_LINE.match(lines[k]):
            body = lines[k - 1] if k else ""
            if len(body) <= SIGNATURE_BODY_MAX and _BODY_END.search(body) and not re.search(r"[，。！？；：:]", body):
                return k - 1, k
            return None, k
    return None, None


def signature(text: str) -> tuple[str | None, str | None]:
    """(issuing body, ISO date) of a notice's closing signature at the end of ``text``."""
    lines = [line.strip(" \t\u2002\u3000") for line in text.split("\n")]
    lines = [line for line in lines if line]
    body, date = signature_lines(lines)
    if date is None or (body is None and date < len(lines) - 2):
        return None, None
    return (lines[body] if body is not None else None), parse_date(lines[date])
