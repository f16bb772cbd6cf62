"""Main content: the article body as paragraphs, found by text and link density over the DOM.

Every block of text scores by how much it reads like prose (characters outside links,
sentence punctuation) minus what it spends on links and short labels; the element whose
subtree scores highest is the body (a maximum-scoring subtree, so navigation, related lists and
footers around the article pull a too-wide container down). Known CMS body selectors and the
source's own ``selectors.body`` only steer the choice; the density method carries unknown CMSs.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from scraper.clean.dom import BLOCK_TAGS, HEADING_TAGS, INVISIBLE_TAGS, squash, tag_of, text_of
from scraper.clean.fields import signature_lines

log = logging.getLogger(__name__)

# Sentence punctuation; a Latin "." or "," counts only before a space or the end, so that URLs
# and domain lists (www.taiyuan.gov.cn) do not read as prose.
_SENTENCE = re.compile(r"[，。！？；、“”!?;]|[.,](?=\s|$)")
_NON_SPACE = re.compile(r"\S")

# Scoring weights. A link character costs more than a prose character earns (related lists and
# navigation must sink a container), text without sentence punctuation (labels, menus, footers)
# earns a third, and each block pays a toll so that swarms of short items lose. Calibrated on
# the synthetic, real-cwced and real-magichtml corpora: halving or doubling any one of these
# values (and CMS_MIN_SHARE) moves mean text F1 by at most 0.005 — a plateau, not a peak.
LINK_WEIGHT = 1.5
NO_PUNCT_WEIGHT = 0.3
PUNCT_BONUS = 3.0
BLOCK_TOLL = 4.0
# Blocks without links (table rows, captions, salutations) pay less: they are rarely furniture.
PLAIN_TOLL = 3.0
# A CMS body selector wins over the density pick when its subtree scores at least this share
# of the best subtree (VSB's .wp_articlecontent vs. its wrapper div holding the byline).
CMS_MIN_SHARE = 0.6
# A line whose characters are mostly link text is navigation, not article.
MAX_LINE_LINK_SHARE = 0.5

# Body containers of the CMS families common on gov/edu sites (VSB/博达, TRS WCM, 大汉 JCMS,
# DedeCMS, PHPCMS, WordPress) and of large news/WeChat templates.
CMS_BODY_SELECTORS = (
    ".wp_articlecontent", ".v_news_content", "#vsb_content", "#vsb_content_2", ".TRS_Editor",
    ".TRS_UEDITOR", "#UCAP-CONTENT", "#zoom", ".zoom", "#Zoom", ".bt_content", "#fontzoom",
    ".article-content", ".article_content", ".entry-content", ".post-content", "#js_content",
    ".rich_media_content", "#artibody", ".article-body", "#content_body", ".content_body",
    "#ArticleContent", "#articleContent", ".arc-body", ".news_content", "#news_content",
    ".newsContent", "#newsContent", ".detail-content", ".pages_content", ".TRS_PreAppend",
)
_CMS_CLASSES = frozenset(s[1:] for s in CMS_BODY_SELECTORS if s.startswith("."))
_CMS_IDS = frozenset(s[1:] for s in CMS_BODY_SELECTORS if s.startswith("#"))


# Class/id words of boxes that hold text but are never the article (as readability's
# "unlikely candidates"); long words match inside names (commentList), short ones whole.
_FURNITURE_WORDS_LONG = ("comment", "sidebar", "footer", "breadcrumb", "recommend", "related", "pinglun",
                         "copyright", "disclaimer", "sharebar", "toolbar", "advert", "guanggao")
_FURNITURE_WORDS = frozenset("nav menu ad ads share reply hot rank links friendlink xgxw xglj pl tuijian".split())
_BODY_WORDS = ("content", "article", "text", "body", "post", "entry", "zoom", "detail", "main", "news")
_NAME_SPLIT = re.compile(r"[\s_\-]+")


def is_furniture_box(el) -> bool:
    name = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    if not name.strip() or el.tag in ("article", "main") or any(w in name for w in _BODY_WORDS):
        return False
    if any(w in name for w in _FURNITURE_WORDS_LONG):
        return True
    return any(t in _FURNITURE_WORDS for t in _NAME_SPLIT.split(name))


def is_cms_body(el) -> bool:
    return el.get("id") in _CMS_IDS or any(c in _CMS_CLASSES for c in (el.get("class") or "").split())

# Lines that are page furniture wherever they appear inside a body container.
_FURNITURE = re.compile(
    r"^(?:[【(（]?\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇|分享到|分享|打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|"
    r"字[号体]|返回顶部|返回列表|收藏|推荐|挑错|扫一扫|责任编辑|责编|编辑|审核|校对|浏览次数|点击数|"
    r"点击率|阅读次数|访问次数|阅读量|浏览量|当前位置|您当前的位置|您的位置|相关新闻|相关文章|"
    r"相关链接|相关阅读|热点新闻|推荐阅读|延伸阅读|热门推荐|免责声明|版权声明|原标题|来源|作者|"
    r"发布时间|发布日期|时间|日期)\s*[:：】\]]?)",
)
_FURNITURE_MAX = 60
_META_LINE = re.compile(
    r"(?:发布|来源|作者|时间|日期|编辑|点击|浏览|阅读|字号|打印|Posted|Source|Author|Date|Published)\s*[:：]",
    re.I,
)
_DATE_ONLY = re.compile(r"^[\[【(（]?\s*\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]?$")


# Where an article ends: comment threads and recommendation lists that share its container.
# A comment header ends it wherever it stands; a related list only when less article follows it
# than preceded it (a "相关新闻" line can also sit at the top of a body).
_COMMENTS = re.compile(
    r"^(?:[\d,]+\s*条评论|网友评论|发表评论|我要评论|最热评论|最新评论|热门评论|全部评论|评论区|热门跟[贴帖]|最新跟[贴帖]|"
    r"参与评论)"
    r"|^[\d,]+\s*(?:comments?|responses?|replies|reactions?)\b(?!\s*[,.:;])"
    r"|^(?:leave|post|add|write)\s+(?:a\s+)?(?:comment|reply|response)\b",
    re.I)
# A heading that may open comments or may be a widget inside the article ("Comments", "Share
# this"): an end only when less article follows it than preceded it.
_MAYBE_END = re.compile(r"^(?:comments?|responses?|replies|reactions?|trackbacks?|pingbacks?)\b(?!\s*[,.:;])", re.I)
_ARTICLE_END = re.compile(
    r"^(?:猜你喜欢|相关推荐|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|热门推荐|更多精彩|大家都在看|热点推荐|为你推荐|精彩推荐|"
    r"转载请注明|本文链接|跟[贴帖]|文章导航)")
_SENTENCE_END = re.compile(r"[，。！？；]")
# A line this short without sentence punctuation at either end of the body is a control or a
# label ("关注", "超大", "文章导航", a counter), unless it ends with a colon ("各单位：").
STRAY_LINE = 8


def _is_stray(text: str) -> bool:
    return len(text) <= STRAY_LINE and not _SENTENCE_END.search(text) and not text.endswith(("：", ":"))


# A comment header ends the article even when more text follows it (comment threads are often
# longer than the article) once this much prose preceded it; nearer the top it is a byline's
# "12 comments" link. Measured on the English dev sets: 200 and 400 gave the same text F1.
MIN_ARTICLE_BEFORE_COMMENTS = 300
# An end marker is a heading-like short line, not a sentence ("53 Responses to “<headline>”"
# is as long as a headline).
MAX_END_MARKER = 80


def is_comments_start(text: str) -> bool:
    """A heading-like line after which a page holds comments."""
    return len(text) <= MAX_END_MARKER and bool(_COMMENTS.search(text)) and not _SENTENCE_END.search(text)


def is_article_end(text: str) -> bool:
    """A heading-like line after which a page holds comments or recommendations, not article."""
    return is_comments_start(text) or (len(text) <= MAX_END_MARKER and not _SENTENCE_END.search(text) and bool(
        _ARTICLE_END.match(text) or _MAYBE_END.match(text)))

# Site notices inside the body: reprint bans, platform disclaimers.
_NOTICE = re.compile(r"^(?:平台声明|免责声明|版权声明|声明)[:：]|未经.{0,12}(?:书面)?授权.{0,12}(?:转载|使用|复制)|^发布于[:：]"
                     r"|凡本[网站]注明|版权(?:均)?(?:属于|归属?|属)(?:本|原)|不代表本[网站](?:观点|立场)|如有侵权"
                     r"|ICP[备证]|公网安备|网备号|版权所有|Copyright\s*(?:©|\(c\))|^(?:超大|标准|大|中|小)$", re.I)
# Lines at least this long that repeat an earlier line are dropped (short ones such as
# "图片来源：新华社" legitimately repeat).
MIN_REPEAT = 20
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_ATTACHMENT_LINE = re.compile(r"^\s*(?:附件|相关附件|附件下载)\s*\d*\s*[:：]?|.*\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar)\s*$", re.I)
_WORDISH = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
_SEPARATOR_WORDS = re.compile(r"分隔线|分割线")


@dataclass
class Content:
    """The chosen body container and its lines of text."""

    container: object | None = None
    lines: list = field(default_factory=list)
    chosen_by_selector: bool = False  # the source's own body selector: link lines are content too
    page_chars: int = 0  # visible non-space characters of the whole page (0: not counted)

    def paragraphs(self, title: str | None) -> list[str]:
        """The article paragraphs: lines without furniture, the headline, repeats, and
        without whatever follows the article's end (comments, "猜你喜欢" lists)."""
        out: list[str] = []
        seen: set[str] = set()
        # a notice's signature (落款: issuing body, date) is part of it, short lines or not
        signed = set(i for i in signature_lines([line.text for line in self.lines]) if i is not None)
        prose = [_prose(line) for line in self.lines]
        before, after = 0, sum(prose)
        for i, line in enumerate(self.lines):
            after -= prose[i]
            if not out and _is_stray(line.text):
                continue  # "关注", "3573", "用微信扫码" before the first real line
            if before and is_article_end(line.text) and (after < before or (
                    is_comments_start(line.text) and before >= MIN_ARTICLE_BEFORE_COMMENTS)):
                break  # "相关新闻：" ends the article unless more article follows than preceded
            before += prose[i]
            if i in signed:
                out.append(line.text)
                continue
            if _is_furniture(line, title, self.chosen_by_selector) or _NOTICE.search(line.text):
                continue
            if len(line.text) >= MIN_REPEAT and line.text in seen:
                continue  # the same paragraph twice (a print copy, a mobile copy)
            seen.add(line.text)
            out.append(line.text)
        while out and _is_stray(out[-1]) and not signed:
            out.pop()
        return out


def _prose(line: Line) -> int:
    """Characters of a line that read as article prose (punctuated, mostly not links)."""
    n = len(line.text)
    return n if _SENTENCE.search(line.text) and line.links <= MAX_LINE_LINK_SHARE * n else 0


def _count(text: str | None) -> tuple[int, int]:
    """(non-space characters, sentence punctuation marks) of a text."""
    if not text or text.isspace():  # most text nodes are indentation between tags
        return 0, 0
    return len("".join(text.split())), len(_SENTENCE.findall(text))


class _Scorer:
    """One post-order pass that scores every block element by its best run of children.

    A block's children (block elements, and the inline text between them) are items with a
    score; the element's score is that of its best contiguous run of items (maximum subarray),
    so an article followed by a related-news list inside the same cell is still found, and
    only the run is kept.
    """

    def __init__(self) -> None:
        self.scores: dict = {}
        self.runs: dict = {}  # element → (first child index, last child index), -1 = own text
        self.chars = 0  # visible non-space characters of the whole page

    @staticmethod
    def block_value(chars: int, links: int, punct: int) -> float:
        if chars == 0:
            return 0.0
        prose = chars - links
        weight = 1.0 if punct else NO_PUNCT_WEIGHT
        toll = BLOCK_TOLL if links else PLAIN_TOLL
        return prose * weight + PUNCT_BONUS * punct - LINK_WEIGHT * links - toll

    def walk(self, el, in_link: bool = False, furniture: bool = False) -> tuple[float, int, int, int]:
        """Return (score of nested blocks, pending inline chars, link chars, punctuation).

        Inside a furniture box (comments, sidebar, related list) nothing is a candidate: one long
        comment must not become the article."""
        tag = tag_of(el)
        is_link = in_link or tag == "a"
        items: list[tuple[float, int, int]] = []  # (score, first child index, last child index)
        chars = links = punct = 0
        seg_start = -1  # where the pending inline segment began (-1: the element's own text)
        c, p = _count(el.text)
        self.chars += c
        chars, links, punct = c, (c if is_link else 0), (0 if is_link else p)
        for k, child in enumerate(el):
            ctag = tag_of(child)
            if ctag and ctag not in INVISIBLE_TAGS:
                if ctag in BLOCK_TAGS or ctag == "br":
                    if chars:
                        items.append((self.block_value(chars, links, punct), seg_start, k - 1))
                    chars = links = punct = 0
                    if ctag != "br":
                        named = not furniture and is_furniture_box(child)
                        # a layout wrapper named "no-sidebars" or "col-sidebar-right" holds the
                        # headline; a comment list or a sidebar does not
                        boxed = furniture or (named and next(child.iter("h1"), None) is None)
                        s, _, _, _ = self.walk(child, is_link, boxed)
                        if s > 0 and named:
                            s = -s  # comments, related lists, sidebars: never part of the body
                        items.append((s, k, k))
                    seg_start = k
                else:
                    s, cc, cl, cp = self.walk(child, is_link, furniture)
                    if s:
                        items.append((s, k, k))
                    if not chars:
                        seg_start = k
                    chars += cc
                    links += cl
                    punct += cp
            c, p = _count(child.tail)
            self.chars += c
            if c and not chars:
                seg_start = k
            chars += c
            if is_link:
                links += c
            else:
                punct += p
        if tag not in BLOCK_TAGS:
            return sum(i[0] for i in items), chars, links, punct
        if chars:
            items.append((self.block_value(chars, links, punct), seg_start, len(el) - 1))
        best = run = 0.0
        first = best_first = best_last = None
        lo = hi = i_first = 0
        for i, (score, a, b) in enumerate(items):
            if run <= 0:
                run, first, i_first = score, a, i
            else:
                run += score
            if run > best:
                best, best_first, best_last, lo, hi = run, first, b, i_first, i
        if best_first is not None:
            # A short plain line at either edge (a salutation "各单位：", a caption) only pays
            # the block toll: it belongs to the run. Links and long label swarms cost more.
            if lo > 0 and items[lo - 1][0] > -BLOCK_TOLL:
                best_first = items[lo - 1][1]
            if hi + 1 < len(items) and items[hi + 1][0] > -BLOCK_TOLL:
                best_last = items[hi + 1][2]
        if not furniture:
            self.scores[el] = best
            self.runs[el] = (best_first, best_last)
        return sum(i[0] for i in items), 0, 0, 0


def find_container(root, body_selector: str | None = None):
    """(The element holding the article body, the run of its children that is the article, the
    page's visible non-space characters).

    The source's selector comes first, then a CMS body selector that scores close to the best,
    then the best-scoring run of all.
    """
    if body_selector:
        try:
            found = CSSSelector(body_selector)(root)
        except (SelectorError, ValueError) as e:
            log.warning("ignoring bad body selector %r: %s", body_selector, e)
            found = []
        if found:
            return max(found, key=lambda el: len(text_of(el))), "selector", 0
    body = root.find("body")
    scorer = _Scorer()
    scorer.walk(body if body is not None else root)
    if not scorer.scores:
        return None, None, scorer.chars
    best, best_score = max(scorer.scores.items(), key=lambda kv: kv[1])
    if best_score <= 0:
        return None, None, scorer.chars
    cms = [el for el, score in scorer.scores.items()
           if score >= CMS_MIN_SHARE * best_score and is_cms_body(el)]
    if cms:
        # a known body container is the body as a whole: tables and 附件 lines included
        return max(cms, key=lambda el: scorer.scores[el]), None, scorer.chars
    return best, scorer.runs.get(best), scorer.chars


@dataclass
class Line:
    text: str
    links: int
    heading: bool


def lines_of(container, run: tuple | None = None) -> list[Line]:
    """The container's text split at block boundaries and <br>, with link characters counted.

    ``run`` limits the output to the children from index ``run[0]`` to ``run[1]`` (-1 stands
    for the container's own leading text).
    """
    out: list[Line] = []
    buf: list[str] = []
    state: dict[str, Any] = {"links": 0, "heading": False}

    def flush() -> None:
        text = squash("".join(buf))
        if text:
            out.append(Line(text, state["links"], state["heading"]))
        buf.clear()
        state["links"] = 0
        state["heading"] = False

    def add(text: str | None, in_link: bool, heading: bool) -> None:
        if text:
            buf.append(text)
            if in_link:
                state["links"] += len(_NON_SPACE.findall(text))
            if heading and text.strip():
                state["heading"] = True

    def visit(el, in_link: bool, heading: bool, first: int = -1, last: int | None = None) -> None:
        tag = tag_of(el)
        # cells of a table row stay on the row's line ("项目名称 负责人 经费"); blocks inside
        # a layout cell still break lines
        block = tag in BLOCK_TAGS and tag not in ("td", "th")
        if block:
            flush()
        is_link = in_link or tag == "a"
        is_heading = heading or tag in HEADING_TAGS
        if first < 0:
            add(el.text, is_link, is_heading)
        for k, child in enumerate(el):
            if k < first or (last is not None and k > last):
                continue
            ctag = tag_of(child)
            if ctag == "br":
                flush()
            elif ctag in ("td", "th"):
                buf.append(" ")
                visit(child, is_link, is_heading)
            elif ctag == "img":
                alt = child.get("alt")
                # A picture's caption is sometimes only its alt text inside a figure.
                if alt and tag == "figure" and not any(tag_of(c) == "figcaption" for c in el):
                    add(alt, is_link, is_heading)
            elif ctag and ctag not in INVISIBLE_TAGS:
                visit(child, is_link, is_heading)
            add(child.tail, is_link, is_heading)
        if block:
            flush()

    if run and run[0] is not None:
        visit(container, False, False, run[0], run[1])
    else:
        visit(container, False, False)
    flush()
    return out


def _is_furniture(line: Line, title: str | None, keep_links: bool = False) -> bool:
    text = line.text
    if title and squash(text) == squash(title):
        return True
    n = len(text)
    if n <= _FURNITURE_MAX and _FURNITURE.match(text):
        return True
    if (not keep_links and line.links and line.links > MAX_LINE_LINK_SHARE * len(_NON_SPACE.findall(text))
            and not _ATTACHMENT_LINE.match(text)):
        return True
    if n <= 120 and len(_META_LINE.findall(text)) >= 1 and not re.search(r"[。！？]", text):
        # a byline: 发布时间：… 来源：… 作者：…
        if len(_META_LINE.findall(text)) >= 2 or re.search(r"\d{4}[-/.年]\d{1,2}", text):
            return True
    if _DATE_ONLY.match(text) or _URL_ONLY.match(text):
        return True
    if len(_WORDISH.findall(_SEPARATOR_WORDS.sub("", text))) < 2:
        return True  # ------分隔线------, ★★★, a lone bullet
    return False


def extract_content(root, body_selector: str | None = None) -> Content:
    """Find the article body in a cleaned tree and split it into lines."""
    container, run, page_chars = find_container(root, body_selector)
    if container is None:
        return Content(page_chars=page_chars)
    if run == "selector":
        return Content(container, lines_of(container), chosen_by_selector=True)
    return Content(container, lines_of(container, run), page_chars=page_chars)
