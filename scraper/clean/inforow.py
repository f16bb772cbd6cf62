"""The byline row read where its fields carry no labels.

Many news templates write the row under the headline without labels: ``2018-05-23 11:18 北青网
参与评论()人``, ``IT之家 | 2019-10-31``, ``Siti Yona Hukmana • 30 August 2023 20:47``, ``張國
發布時間:…``. The row is known by its date; what stands beside the date is read by its shape: a
name that ends like an outlet (网, 报, 社, 台, 新闻…) is the 来源, a person's name is the author.
Labelled fields always come first (fields.py); this is the fallback.
"""
from __future__ import annotations

import re

from scraper.clean.dates import DATE_RE, english_date
from scraper.clean.fields import LABEL, LABELS
from scraper.clean.names import looks_like_han_name, looks_like_names

# A byline row is a short line: a longer one is a sentence or a menu (characters).
ROW_MAX = 100
# The row is among the last lines before the body (after the headline) or the body's first lines
# (a template that puts the headline inside the body's container).
ROW_LINES = 3
# Strong separators between a row's parts: an element boundary, a bar, a bullet, a middle dot,
# a slash set apart, two blanks or more.
_PARTS = re.compile(r"[\u2002|｜•·・]+|\s+/\s+|[ \t]{2,}|\u3000+")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:WIB|WITA|WIT|GMT|UTC|CST|EST|PST|BST|CET)\b")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# A pinyin gloss in brackets after a character (日照新聞網(wǎng)): not part of how the name ends.
_GLOSS = re.compile(r"[(（][^\W\d_]{1,6}[)）]")
# How an outlet's name ends: a site (网), a paper (报, 日报), an agency (社), a station (台), a
# channel, a client app, a microblog or a media centre (融媒).
_OUTLET_END = re.compile("(?:网|網|报|報|社|台|新闻|新聞|在线|在線|客户端|客戶端|频道|頻道|微博|周刊|週刊|杂志|雜誌|融媒|电视|電視|广播|廣播)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
OUTLET_MAX = 20
# A label word or a page control is no name ("Published", "Posted", 打印).
_NOT_A_NAME = frozenset(label.lower() for labels in LABELS.values() for label in labels)


def _rows(before: str, head: str) -> list[str]:
    lines = [line.strip() for line in before.split("\n") if line.strip()][-ROW_LINES:]
    lines += [line.strip() for line in head.split("\n") if line.strip()][:ROW_LINES]
    return [line for line in lines
            if len(line) <= ROW_MAX and (DATE_RE.search(line) or _TIME.search(line) or english_date(line))]


def _unlabelled(row: str) -> tuple[str, bool]:
    """The part of ``row`` before its first label, and whether a label follows it."""
    m = LABEL.search(row)
    return (row[:m.start()], True) if m else (row, False)


def _parts(text: str) -> list[str]:
    text = _TIME.sub("  ", DATE_RE.sub("  ", _URL.sub("  ", text)))
    return [p.strip(" ,，:：") for p in _PARTS.split(text) if p.strip(" ,，:：")]


def row_source(before: str, head: str) -> str | None:
    """The outlet named without a label in the byline row."""
    for row in _rows(before, head):
        for part in _parts(_unlabelled(row)[0]):
            for word in part.split() if _HAN.search(part) else ():
                bare = _GLOSS.sub("", word)
                # (a word holding a colon is a field whose label the row glued to a time: 16:22责编:X网)
                if 2 < len(bare) <= OUTLET_MAX and not re.search(r"[\d:：]", bare) and _OUTLET_END.search(bare):
                    return word
    return None


def row_author(before: str, head: str) -> str | None:
    """The person named without a label in the byline row: Latin names as its first part
    ("Siti Yona Hukmana • 30 August 2023"), or a Chinese name opening the row or standing just
    before its first label ("張國 發布時間:…", "… 郝昭 来源:新华网")."""
    for row in _rows(before, head):
        text, labelled = _unlabelled(row)
        parts = _parts(text)
        if not parts:
            continue
        first = parts[0]
        if not _HAN.search(first) and looks_like_names(first) and len(first.split()) <= 4 \
                and first.lower() not in _NOT_A_NAME and not row.startswith(first.split()[0] + ","):
            return first
        words = [w for p in parts for w in p.split()] if _HAN.search(text) else []
        candidates = ([words[0]] if text.lstrip().startswith(words[0]) else []) if words else []
        if labelled and words:
            candidates.append(words[-1])
        for word in candidates:
            if looks_like_han_name(word) and not _OUTLET_END.search(word):
                return word
    return None
