"""Brands in the page's fields rather than its sentences: the byline's 来源/作者, the breadcrumb's
root (the site-name slot), the headline as a brand's web name, and a brand set before the headline."""
from __future__ import annotations

import re

from scraper.clean import brands, lexicon, slots
from scraper.clean.brandshapes import INSTITUTION_END, is_brand_shape
from scraper.clean.byline import split_spliced_source
from scraper.clean.evidence import Evidence
from scraper.clean.writing import HAN, LINE_BREAKS


def _whole_brand(value: str, web: bool = False) -> bool:
    """True when ``value`` is a brand's whole name (X娱乐, ky开元体育; ``web``: also with its web word
    or number, X官网, jxl365真人) or a brand's shape (X竞技, X游戏官网)."""
    return brands.is_brand_name(value, web=web) or is_brand_shape(lexicon.normalize(value).strip())


def field_brand(value: str | None, ev: Evidence, page_text: str, site_names: str) -> str | None:
    """The brand in a byline field (来源, 作者) that the page names nowhere as its own (``site_names``:
    the <title>), or None: glued after the office's name (党委宣传部bet356, byline.split_spliced_source),
    or the whole field (v3 D): a brand's name (X娱乐, ky开元体育) on a page about no gambling or
    lottery (``page_text``: title and article; a lottery centre's 来源 中国体彩网 is never read),
    and on a page shown hijacked also a name with its web word or brand number (X官网, jxl365真人)."""
    if not value or lexicon.normalize(value) in lexicon.normalize(site_names):
        return None
    glued = split_spliced_source(value)[1]
    if glued:
        return glued
    # (or a brand's whole shape: X竞技, X游戏官网, X集团娱乐, X官网365, the names that took a school's
    # place in v17 and would take its 来源 as readily)
    # (an editor's credit names a person or a desk; a brand with the desk's word behind it,
    # X娱乐小编, is the brand: the word is cut before the name is read, v43 sv43-008)
    # (and a brand calls itself the official one, X体育官方直营, where a firm's credit names the firm:
    # the word is cut too, v45 sv45-023)
    name = _DESK_SUFFIX.sub("", _OFFICIAL_TAIL.sub("", value)) or value
    if _whole_brand(name, web=ev.hijacked) and (
            ev.hijacked or lexicon.spam_weight(page_text) == 0 and not lexicon.is_reporting(page_text)):
        return value
    return value if web_credit(value, page_text) else None


# The editor's desk written after a byline's name (张三小编, X编辑部): a role, no part of the name.
_DESK_SUFFIX = re.compile("(?:编辑部|編輯部|小编|小編)$")
# What a gambling site writes after its name to pass for the real one among its copies: the
# official (site), directly run (X体育官方直营, X娱乐官方平台). No part of a name; an office's credit
# never ends so (0 of the dev truth sources and authors do).
_OFFICIAL_TAIL = re.compile("官方(?:直营|直營|平台)?$")


# What a website writes after its name and a publisher never does in a credit: an entry, a
# sign-up, a download, the "latest address" of a site that keeps moving (X最新官网, X官方入口).
# 网站, 平台, app and 客户端 are left out: an office's 门户网站, 政务服务平台 and a paper's app are credits.
_ENTRY_WORDS = re.compile(r"入口|网址|網址|最新地址|最新官网|注册|註冊|开户|開戶|登录|登錄|下载|下載|线路|線路")
# An official site is what a company's or a tram line's credit names (X有轨电车官网): a web credit
# only with the domain written beside it.
_OFFICIAL_SITE = re.compile("官网|官方网站|官網")
# Anything in the name that makes it an organisation's (a school, an office, a paper, a news site).
_ORGANISATION = re.compile("大学|大學|学院|學院|学校|學校|中学|小学|政府|委员会|委員會|协会|協會|中心|公司|集团|集團|"
                           "[局委厅廳部处處院校所馆館社报報台站办辦网網]")

# A credit's label and its value, wherever the page writes one (a credit paragraph below the
# article, a footer's "works marked source: X").
# A footer's "technical support: X" credits the firm that built the site, the same slot (v22
# sv22-017/-018: a brand put where that firm's name stands).
_CREDIT = re.compile(r"(?:来源|來源|出处|出處|供稿|技术支持|技術支持)\s*[:：]\s*([^\s，,。；;|｜]{2,40})")


def web_credit(value: str | None, page_text: str) -> bool:
    """True when a credit's ``value`` (来源, 作者) names no organisation and no person but a website
    by its entry word or its domain (X最新官网-x.com, X国际官方入口), and the article (``page_text``)
    never speaks of that name: a site's advertisement in the credit's place (v12 §5b)."""
    if not value:
        return False
    hosts = brands.host_names(value)
    if not (_ENTRY_WORDS.search(value) or _OFFICIAL_SITE.search(value) and hosts
            or brands.spam_domains(lexicon.normalize(value))):
        return False  # a publisher's own domain (新华网 www.news.cn) credits the publisher
    name = _OFFICIAL_SITE.sub(" ", _ENTRY_WORDS.sub(" ", value))
    for host in hosts:
        name = re.sub(re.escape(host), " ", name, flags=re.I)
    name = re.sub(r"https?://|[\s\-_|:：/·.,，()（）【】\[\]]+", " ", name).strip()
    if _ORGANISATION.search(name):
        return False
    stems = [w for w in name.split() if len(w) >= 2]
    article = lexicon.normalize(_CREDIT.sub(" ", page_text))  # (the credit itself is no mention)
    return not any(lexicon.normalize(w) in article for w in stems)


def brand_credit(value: str, page_text: str) -> bool:
    """True when a credit's ``value`` is a brand's whole name (X娱乐, X棋牌) or a promo phrase (X彩金)
    and no organisation's, on a page (``page_text``: its title and article) that speaks of no
    gambling or lottery and never names it: ``field_brand``'s test of the 来源 field, asked of every credit the page
    writes (a footer's credit line is no field of the article; v22 sv22-017/-018). Measured
    2026-12-04: flags those two, adds the credit to 4 pages flagged already (v1 setB 006 and 025,
    sv11-015, syn16-030) and changes no clean or legit dev page."""
    if _ORGANISATION.search(value) or brands.is_legit_name(value):
        return False
    if not (_whole_brand(value) or lexicon.has_strong_template(value)):
        return False
    # (no reporting-word gate, as field_brand has: an article with no gambling word reports on no
    # gambling, and an office's own reports write 查处 and 涉嫌 — sv22-017's food inspection did)
    article = _CREDIT.sub(" ", page_text)  # (the credit itself is no mention, as in web_credit)
    return lexicon.spam_weight(article) == 0 and lexicon.normalize(value) not in lexicon.normalize(article)


def web_credits(text: str, page_text: str) -> list[str]:
    """The credit values of ``text`` that name a website or a brand in a credit's place
    (``web_credit``, ``brand_credit``)."""
    return [m.group(1) for m in _CREDIT.finditer(text)
            if web_credit(m.group(1), page_text) or brand_credit(m.group(1), page_text)]


# An article a school or a public body issues speaks as one: its site's name is that body's.
_PUBLIC_BODY = re.compile("我校|本校|学校|學校|大学|大學|学院|學院|我院|政府|委员会|委員會|[厅局办]")


def breadcrumb_brands(page: str, raw_title: str, text: str) -> list[str]:
    """Names standing as the root of the page's breadcrumb (当前位置: <the site's name> > …) and in
    its <title> that no school's or public body's site can have, on a page whose article speaks
    for such a body (``text``): a brand put in the site-name slot (v3 C). ``page``: the page's
    text, where the breadcrumb sits above the article or in its container (never in its lines)."""
    if not _PUBLIC_BODY.search(text):
        return []
    lines = [line for line in LINE_BREAKS.split(page) if "位置" in line]  # 当前位置, 您的位置, 所在位置…
    return [n for n in slots.substituted_names(lines) if n in raw_title]

def brand_headline(title: str | None, text: str) -> bool:
    """True when the headline (<title> and h1 alike) is a site's name in a brand's web form (X官网)
    that the article below never speaks of: a content farm's brand as the page's title (v3 H1);
    a school's or an office's site (学校官网) is a public body's name, and a shop's page speaks of it."""
    if not title or not brands.is_brand_name(re.sub(r"\s+", "", title), web=True) or INSTITUTION_END.search(title):
        return False  # (spaced out or not: 黑料 官网)
    name = re.sub("(?:官方网站|官网)$", "", lexicon.normalize(title))
    return bool(name) and name not in lexicon.normalize(text)


# The first lines that may carry the headline (a cell above the article, before its date line).
HEAD_LINES = 3
# A headline is this long at least (titles.MIN_TITLE_REST): a shorter one is a word any line may end with.
MIN_HEADLINE = 6
# A name before the headline is short: a brand with its suffix, not a section's label sentence.
MAX_HEAD_NAME = 12


def headline_prefix(lines: list[str], title: str) -> str | None:
    """A name set before the headline in one of the first lines (``<brand> <the title>`` in a bold
    cell, v3 miss E) that the article never speaks of again and that is written like a brand or a
    website (a section's label, 通知公告, is no brand), or None."""
    head = title.strip()
    if len(head) < MIN_HEADLINE:
        return None
    for line in lines[:HEAD_LINES]:
        line = line.strip()
        if not line.endswith(head) or line == head:
            continue
        name = line[: -len(head)].strip(" \u3000:：|-_·")
        if not (2 <= len(name) <= MAX_HEAD_NAME) or re.search(r"\s", name) or not HAN.search(name):
            return None
        if any(name in other for other in lines if other.strip() != line) or brands.is_legit_name(name):
            return None
        if brands.is_brand_name(name) or brands.brand_like(name) or brands.promo_spans(name) \
                or lexicon.has_brand(name) or slots.web_written(name):
            return name
        return None
    return None
