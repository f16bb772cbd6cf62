"""Title, publish date, author and source (来源) of an article page.

The byline is read where a reader finds it: between the headline and the body (and in the
body's first and last lines), never in sidebars or related lists, whose dates belong to other
articles. Meta tags and the URL are the fallbacks.
"""
from __future__ import annotations

import difflib
import json
import re

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from scraper.clean import lexicon
from scraper.clean.dates import date_from_url, labelled_date, parse_date
from scraper.clean.dom import BLOCK_TAGS, HEADING_TAGS, INVISIBLE_TAGS, squash, tag_of, text_of
from scraper.clean.hijack import split_title

# Headline candidates: headings and elements whose class/id says title.
_TITLE_CLASS = re.compile(r"title|tit\b|headline|heading|biaoti|bt\b", re.I)
HEADLINE_MIN, HEADLINE_MAX = 4, 150
# A headline must share at least this much (difflib ratio) with the <title> to be preferred
# over the page's first heading; 0.5 accepts "headline - site name" titles.
TITLE_MATCH_RATIO = 0.5
# How much text around the body is searched for the byline (characters).
BYLINE_BEFORE, BYLINE_HEAD, BYLINE_TAIL = 400, 160, 200

_HARD = "\u2002"  # element boundary inside the byline text: a value never spans it
_STOP = (r"(?=[\u2002\u3000\n\x1e|｜【\[】\]]|\s{2,}|\s*(?:作者|来源|信息来源|发布|时间|日期|编辑|责任|点击|浏览|阅读|"
         r"字号|字体|摄影|审核|校对|供稿|通讯员|记者|分享|打印|\d{4}[-/年])|$)")
_GAP = r"[ \t\u2002\u3000]*"  # between a label and its value: spaces and element boundaries, no line break
SOURCE_RE = re.compile(r"(?:信息来源|稿件来源|文章来源|新闻来源|内容来源|来源于|来源|出处|Source)[ \t]*[:：]" + _GAP + r"(?P<v>[^\n\u2002\u3000]{1,40}?)" + _STOP, re.I)
AUTHOR_RE = re.compile(
    r"(?:(?:(?<!责任)(?<!编)作者|撰稿人?|撰文|执笔|文字|文|By|Author)\s*[:：/]|(?:本报|本台|新华社|通讯员)?记者[:： \t])"
    + _GAP + r"(?P<v>[^\n\u2002\u3000]{1,40}?)" + _STOP, re.I)
_SLASH_WEN = re.compile(r"([\u4e00-\u9fff]{2,4})\s*/\s*文")
_ROLE = re.compile(r"^\s*(?:本报|本台|本网|特约)?(?:记者|通讯员|实习生)\s*")
_NOT_A_NAME = re.compile(r"^(?:未知|佚名|admin|管理员|本站|本网|匿名|不详|null|none)$", re.I)
_META_TITLE = ("ArticleTitle", "og:title", "twitter:title", "title")
_META_DATE = ("article:published_time", "PubDate", "pubdate", "publishdate", "publish_date", "og:release_date",
              "datePublished", "dc.date", "dc.date.issued", "weibo:article:create_at", "firstpublishedtime")
_META_SOURCE = ("ContentSource", "source", "og:site_name")
_META_AUTHOR = ("author", "article:author", "Author")


def meta_map(root) -> dict[str, str]:
    """<meta> name/property → content, first occurrence wins; names kept as written and lower-cased."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key, content.strip())
            found.setdefault(key.lower(), content.strip())
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                data = json.loads(script.text)
            except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested 100,000 deep
                continue
            for item in data if isinstance(data, list) else [data]:
                if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                    found.setdefault("datePublished", item["datePublished"])
    return found


def _meta(metas: dict[str, str], names) -> str | None:
    for name in names:
        v = metas.get(name) or metas.get(name.lower())
        if v:
            return v
    return None


def headline_elements(root) -> list[tuple[object, str]]:
    """Headings and title-classed elements with their text, in document order."""
    out = []
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        tag = tag_of(el)
        if not tag or tag in INVISIBLE_TAGS:
            continue
        if tag in HEADING_TAGS or (tag in BLOCK_TAGS | {"span", "strong", "b", "font"} and
                                   _TITLE_CLASS.search((el.get("class") or "") + " " + (el.get("id") or ""))):
            text = text_of(el)
            if HEADLINE_MIN <= len(text) <= HEADLINE_MAX and not _inside_link_list(el):
                out.append((el, text))
    return out


def _inside_link_list(el) -> bool:
    for anc in el.iterancestors():
        if tag_of(anc) in ("a", "li", "dd"):
            return True
    return False


def _strip_site(title: str, headlines: list[str]) -> str:
    parts = split_title(title)
    if len(parts) <= 1:
        return title
    for part in parts:
        if any(h and (part == h or part in h) for h in headlines):
            return part
    return max(parts, key=len)


def choose_title(clean_title: str, restored: str | None, metas: dict[str, str],
                 headlines: list[tuple[object, str]], selector_text: str | None, container=None):
    """The article headline and the element that holds it (None when it came from elsewhere)."""
    if selector_text:
        return selector_text, None
    texts = [t for _, t in headlines]
    if restored:
        restored = _strip_site(restored, texts)
    reference = restored or clean_title or _meta(metas, _META_TITLE) or ""
    best, best_ratio = None, 0.0
    for el, text in headlines:
        if lexicon.has_strong(text):
            continue
        ratio = _similarity(text, reference)
        if ratio > best_ratio:
            best, best_ratio = (el, text), ratio
    if best and best_ratio >= TITLE_MATCH_RATIO:
        return best[1], best[0]
    if restored:
        return restored, None
    meta_title = _meta(metas, _META_TITLE[:1])
    if meta_title and not lexicon.has_strong(meta_title):
        return _strip_site(meta_title, texts), None
    near = _nearest_before(headlines, container)
    if near is not None:
        return near[1], near[0]
    for el, text in headlines:
        if tag_of(el) == "h1" and not lexicon.has_strong(text) and not _is_logo(el):
            return text, el
    if clean_title:
        return _strip_site(clean_title, texts), None
    if headlines:
        return headlines[0][1], headlines[0][0]
    return None, None


def _is_logo(el) -> bool:
    """A heading that is only a link (the site logo: <h1><a href="/">南山大学</a></h1>)."""
    links = list(el.iter("a"))
    return bool(links) and sum(len(text_of(a)) for a in links) >= len(text_of(el))


def _nearest_before(headlines: list[tuple[object, str]], container):
    """The last non-logo heading before the body container (or at its very start)."""
    if container is None or not headlines:
        return None
    body = container.getroottree().getroot()
    order = {el: i for i, el in enumerate(body.iter())}
    start = order.get(container)
    if start is None:
        return None
    end = start + sum(1 for _ in container.iter())
    best = None
    for el, text in headlines:
        pos = order.get(el, -1)
        if lexicon.has_strong(text) or _is_logo(el) or pos < 0:
            continue
        if pos < start or (pos < end and best is None):
            best = (el, text)
        if pos >= start and best is not None:
            break
    return best


def _similarity(text: str, reference: str) -> float:
    if not reference or not text:
        return 0.0
    if text == reference:
        return 1.0
    if text in reference:
        # "headline" inside "headline - site": as good as the share of the title it covers,
        # floored so that a long site suffix does not hide a true match.
        return max(TITLE_MATCH_RATIO, len(text) / len(reference))
    return difflib.SequenceMatcher(None, text, reference, autojunk=False).ratio()


# One character class, no nested quantifier: a run of blanks, boundaries and breaks becomes one
# break if it holds one, else one boundary if it holds one, else one space. (A pattern such as
# "[ \u2002]*\n" rescans a long run of boundaries at every position: 2.9 s on 100 KB of "<b> </b>".)
_BLANKS = re.compile(r"[ \t\r\f\v\u2002\n]+")


def _one_blank(m) -> str:
    run = m.group()
    return "\n" if "\n" in run else (_HARD if _HARD in run else " ")


def linear_text(body, marks: dict) -> str:
    """The body's text in document order with a boundary at every element and ``marks``
    inserted where marked elements start (value) and end (value + 1 codepoint)."""
    parts: list[str] = []

    def visit(el) -> None:
        tag = tag_of(el)
        mark = marks.get(el)
        if mark:
            parts.append(mark)
        parts.append("\n" if tag in BLOCK_TAGS or tag == "br" else _HARD)
        if tag and tag not in INVISIBLE_TAGS:
            if el.text:
                parts.append(el.text)
            for child in el:
                visit(child)
        parts.append("\n" if tag in BLOCK_TAGS else _HARD)
        if mark:
            parts.append(chr(ord(mark) + 1))
        if el.tail:
            parts.append(el.tail)

    visit(body)
    return _BLANKS.sub(_one_blank, "".join(parts).replace("\xa0", " "))


def marked_text(root, headline_el, container) -> str:
    """The page body's text with the body container marked \\x02…\\x03, the headline \\x04…\\x05."""
    body = root.find("body")
    if body is None:
        return ""
    marks = {}
    if container is not None:
        marks[container] = "\x02"
    if headline_el is not None and headline_el is not container:
        marks[headline_el] = "\x04"
    return linear_text(body, marks)


_NO_MARKS = {c: "\n" for c in range(2, 6)}  # the \x02…\x05 marks become line breaks
PIECE = "\x1e"  # separates the byline pieces: before the body, its head, its tail, after it


def byline_text(text: str) -> str:
    """From marked page text: where a byline sits — after the headline and before the body,
    the body's first and last lines, and the lines right after it (作者 tables under articles)."""
    start = text.find("\x02")
    end = text.find("\x03")
    h_end = text.find("\x05")
    pieces = []
    if start >= 0:
        if 0 <= h_end < start:
            pieces.append(text[h_end:start][:BYLINE_BEFORE * 2])
        else:
            pieces.append(text[max(0, start - BYLINE_BEFORE):start])
        pieces.append(text[start:start + BYLINE_HEAD])
        if end > start:
            pieces.append(text[max(start, end - BYLINE_TAIL):end])
            pieces.append(text[end:end + BYLINE_TAIL])
    elif h_end >= 0:
        pieces.append(text[h_end:h_end + BYLINE_BEFORE])
    return PIECE.join(pieces).translate(_NO_MARKS)


def find_date(byline: str, metas: dict[str, str], root, url: str | None) -> str | None:
    """The publish date: byline label, byline date, <time>, meta (incl. JSON-LD), URL — in that order."""
    value = labelled_date(byline)
    if value:
        return value
    pieces = byline.split(PIECE)
    for piece in pieces[:2]:  # an unlabelled date before the body or in its first lines
        value = parse_date(piece)
        if value:
            return value
    for el in root.iter("time"):
        value = parse_date(el.get("datetime") or text_of(el))
        if value:
            return value
    value = parse_date(_meta(metas, _META_DATE))
    if value:
        return value
    return date_from_url(url)


def _cut_unbalanced(value: str) -> str:
    """Cut at a closing bracket that closes nothing: "格桑边觉）记者近日…" → "格桑边觉"."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return value[:i]
            depth -= 1
    return value


def _clean_value(value: str | None) -> str | None:
    if not value:
        return None
    value = _cut_unbalanced(value)
    value = squash(value).strip(" :：,，;；/|[]【】")
    for opening, closing in ("()", "（）"):
        if value.startswith(opening) and closing not in value:
            value = value[1:]
        if value.endswith(closing) and opening not in value:
            value = value[:-1]
    if not value or _NOT_A_NAME.match(value) or len(value) > 40:
        return None
    return value


def find_source(byline: str, metas: dict[str, str]) -> str | None:
    """来源/信息来源/稿件来源 from the byline, else the ContentSource meta."""
    m = SOURCE_RE.search(byline)
    if m:
        value = _clean_value(m.group("v"))
        if value:
            return value
    return _clean_value(_meta(metas, _META_SOURCE[:1]))


_NAME_SEP = re.compile(r"[\s、，,;；/]+")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")


def _looks_like_names(value: str) -> bool:
    """Person names: Chinese names of 2–6 characters or Latin names, a few of them."""
    parts = [p for p in _NAME_SEP.split(value) if p]
    if not parts or len(parts) > 6:
        return False
    for part in parts:
        if re.search(r"[\u4e00-\u9fff]", part):
            if not _CJK_NAME.match(part):
                return False
        elif len(part) > 30 or not re.search(r"[A-Za-z]", part):
            return False
    return True


def find_author(byline: str, metas: dict[str, str]) -> str | None:
    """作者/撰稿/文/记者 from the byline (editors are not authors), else the author meta."""
    for labelled in AUTHOR_RE.finditer(byline):
        value = _clean_value(_ROLE.sub("", labelled.group("v")))
        if value and not re.search(r"\d{4}", value) and _looks_like_names(value):
            return value
    m = _SLASH_WEN.search(byline)  # 张三/文, 河南商报记者马俊峰/文
    if m:
        return _clean_value(m.group(1))
    meta = _clean_value(_meta(metas, _META_AUTHOR))
    if meta and _looks_like_names(meta):
        return meta
    return None


def select_text(root, selector: str | None) -> str | None:
    """Text of the first element matching a source-configured CSS selector."""
    if not selector:
        return None
    try:
        found = CSSSelector(selector)(root)
    except (SelectorError, ValueError):
        return None
    return text_of(found[0]) if found else None
