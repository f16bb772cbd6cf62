"""Person names as bylines write them: what reads as a list of names, and where the names end.

Chinese names of 2-6 characters; Latin names as capitalised words (or all in capitals), with the
particles of surnames (de, van, von...) and "and" between names. byline.py finds where a byline
stands; this module says whether what it found is names.
"""
from __future__ import annotations

import re

from scraper.clean.writing import HAN

_NAME_SEP = re.compile(r"[\s、，,;；/]+")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")


# Words of a list of names: three names of three words joined by "and" (ABC's "JOSH HASKELL, DAVID
# CAPLAN and PATRICK REEVELL" is 7; 6 rejected it).
MAX_NAME_PARTS = 10


def looks_like_names(value: str) -> bool:
    """Person names: Chinese names of 2–6 characters or Latin names, a few of them."""
    parts = [p for p in _NAME_SEP.split(value) if p]
    if not parts or len(parts) > MAX_NAME_PARTS:
        return False
    for part in parts:
        if HAN.search(part):
            if not _CJK_NAME.match(part):
                return False
        elif len(part) > 30 or not (_LATIN_NAME.match(part) or part.lower() in _PARTICLES):
            return False
    return True


_LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*$")  # a capitalised word: John, O'Neil, J., Roberts-Grey
_PARTICLES = frozenset("de van von der den da la le di du bin al and &".split())
# A role in capitals after a name in mixed case ("Gina Trapani CEO"); names all in capitals
# ("KATE DAVIDSON") keep every word.
_TRAILING_ROLE = re.compile(r"(?:\s+[A-Z]{2,5})+$")


def strip_role(names: str) -> str:
    """The names without a role in capitals after them."""
    if names.upper() == names or not _TRAILING_ROLE.search(names):
        return names
    return _TRAILING_ROLE.sub("", names)


# Where the names of a byline end: a bar, a date, a "Published" or "Updated" ("Drew Dietsch October 2, 2016").
# A month's name ends them only before a day ("Laura June Topolsky July 10, 2015", "Theresa May").
# An opening bracket too: the outlet or desk named after the writer ("By CUI JIA (China Daily) Updated: …",
# real-cases-v41 dev; "By Mike Dennison (MTN News)", dev-v38-crawlertest) made the whole value fail as names,
# and the author was lost or taken from the masthead.
_NAMES_END = re.compile(r"[\s,;]*(?:[|•·(（]|\b(?:on|updated|posted|published|last)\b|\d|\b(?:jan|feb|mar|apr|may|jun|jul|"
                        r"aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|$)", re.I)


# A date's weekday before it, set apart by a comma or an element boundary (\u2002): one word ("Oleh Wahyu
# Sudoyo, Kamis, 10 Oktober 2024", real-cases-v16 dev; "<span>Oleh : Ridwan</span> <span>Senin, 07 Juli
# 2025", real-cases-v6 dev; "Jane Doe, Thursday, Oct 10"), no name of a list, whose names are two words or more.
_WEEKDAY_BEFORE = re.compile(r"(?:,|\s*\u2002)\s*[^\W\d_]+\s*,?\s*$")


def names_before_date(value: str) -> str:
    """What stands before a byline's date, bar or "Published" (and the date's weekday)."""
    m = _NAMES_END.search(value)  # always matches: "$" is one of its branches
    if m is None:
        return value
    names = value[:m.start()]
    if m.group()[-1:].isdigit() and (weekday := _WEEKDAY_BEFORE.search(names + ",")):  # a date's
        names = names[:weekday.start()]
    return names


# The hundred commonest Chinese surnames (the 2019 census list, which covers most of the population)
# and the compound ones bylines meet: a Chinese name standing without a label is read as one only
# when it opens with one of them (a menu word, 首页 or 正文, does not).
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆"
    "范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪辛柯庄"
    "樊葛殷温齐倪卞阮储"
    "張劉陳楊黃趙吳許韓馮鄧蕭葉蘇呂盧鍾薑譚陸賈鄒閻雷龍賀顧龔萬錢歐湯喬賴莊齊儲")
_COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def looks_like_han_name(word: str) -> bool:
    """A Chinese person's name written alone: two to three characters opening with a common
    surname, or four opening with a compound one."""
    if not _HAN_NAME.match(word):
        return False
    if word.startswith(_COMPOUND_SURNAMES):
        return len(word) in (3, 4)
    return len(word) <= 3 and word[0] in _SURNAMES


# A two-character name set to a three-character name's width: papers put a blank between its
# characters (本报记者 赵 萌, 本报讯(记者 杨 雪), 记 者:庞 懿). Read as two one-character names it is no name,
# and the author was lost (real-cases-v1, real-cases-v27, clean-reprints dev; each truth writes it joined).
# Only a value that is that one name, under an author's label (the label says a person is named, so the
# surname need not be listed: 庞 is not); in a list (邵香云 白佳丽 张建新 宋 瑞) the truth keeps the blank.
_PADDED = re.compile(r"^([\u4e00-\u9fff])[ \u3000\u00a0]{1,2}([\u4e00-\u9fff])$")


# Characters of a credit (文 图: text and photos), not of a name set apart.
_CREDIT_CHARS = frozenset("图圖摄攝")


def unpadded(value: str) -> str:
    """``value`` with the blank inside a padded two-character name taken out (see _PADDED); as it was otherwise."""
    m = _PADDED.match(value.strip())
    return m.group(1) + m.group(2) if m and not _CREDIT_CHARS & set(m.groups()) else value


def looks_like_persons(value: str) -> bool:
    """Names of people, not of an office: each Chinese name opens with a surname (looks_like_han_name),
    Latin names read as names. (教务处 and 市教育局 read as names to looks_like_names: 2-6 characters.)"""
    parts = [p for p in _NAME_SEP.split(value) if p]
    if not parts or not looks_like_names(value):
        return False
    return all(looks_like_han_name(p) for p in parts if re.search(r"[\u4e00-\u9fff]", p))
