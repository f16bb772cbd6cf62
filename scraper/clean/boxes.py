"""What a box on a page is, by its role and its name: a dialog over the page, furniture (comments,
sidebars, related lists), a comment thread, a known CMS's article body. The body choice
(content.py, second_opinion.py) asks these of every block it weighs.
"""
from __future__ import annotations

import re

from scraper.clean.css import FIXED_POSITION
from scraper.clean.dom import BLOCK_TAGS, INVISIBLE_TAGS, squash, text_of

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
# Boxes that open over the page, named as such when no role says so (consent managers, push prompts,
# login, registration and share popups and popovers): never the article, even where furniture names
# are let back in (second_opinion's unstripped pass).
_OVER_PAGE_WORDS = ("popup", "popover", "modal", "overlay", "consent", "cookie", "gdpr", "webpush")
_FURNITURE_WORDS_LONG = ("comment", "sidebar", "footer", "breadcrumb", "recommend", "related", "pinglun",
                         "copyright", "disclaimer", "sharebar", "toolbar", "advert", "guanggao", *_OVER_PAGE_WORDS)
_FURNITURE_WORDS = frozenset("nav menu ad ads share reply hot rank links friendlink xgxw xglj pl tuijian".split())
# An <aside> named "widget" is a widget area's box (WordPress wraps each sidebar widget so: a donation
# appeal, a newsletter sign-up, an archive list), wherever the theme sets it; "widget" alone names
# too many components (an embed's box, a page builder's text block) to be furniture on any tag.
# Dev text F1 (measured on every dev page holding such a box, 430 in 24 sets): dev-v41-pkfixtures
# +0.011 (three Marginalian posts whose donation and newsletter asides followed the article, 0.83-0.92
# -> 0.95-0.99), dev-v8-wcxb +0.00003 (wcxb-4486 0.953 -> 0.961); no other text changed.
_WIDGET = "widget"
# A layout's state, not a box: "with-sidebar", "has-sidebar", "no-sidebar" name the row or page that
# holds (or lacks) a sidebar beside the article, never the sidebar itself. A Washington Times story
# sits in "row three-column with-sidebar with-sidebar-primary", its <h1> above that row: the row
# scored as a sidebar and the site's tagline in the header was taken (dev-v38-crawlertest, F1 0.01 ->
# 0.90). Dev text F1 beside the studied v38: dev-v8-wcxb +0.0003 (wcxb-5195 0.91 -> 0.97); no text
# changed on the other 32 pages of 11 dev extraction sets whose boxes this renames (trafilatura 15).
_LAYOUT_STATE = re.compile(r"\b(?:with|has|no|without)[-_]sidebars?[-_\w]*")
_BODY_WORDS = ("content", "article", "text", "body", "post", "entry", "zoom", "detail", "main", "news")
_NAME_SPLIT = re.compile(r"[\s_\-]+")
# the same word lists as one pattern each (the test runs on every named block of every page)
_BODY_WORD = re.compile("|".join(_BODY_WORDS))
_FURNITURE_WORD_LONG = re.compile("|".join(_FURNITURE_WORDS_LONG))
_OVER_PAGE_WORD = re.compile("|".join(_OVER_PAGE_WORDS))


# What a box IS, whatever its name: a dialog over the page (a consent or preference centre, a
# push-notification prompt, a login box) declares itself by its role, by aria-modal, as a
# <dialog>, or by a fixed position over the layout. It is never the article (v6 §5: a privacy
# opt-out modal of 4,700 characters was taken over a 1,600-character wire story).
_OVERLAY_ROLES = frozenset(("dialog", "alertdialog"))


def is_overlay(el) -> bool:
    """A box that shows over the page (a modal, a banner pinned to the viewport), by its role or
    position, not its words."""
    if el.tag == "dialog" or el.get("aria-modal") == "true" or el.get("role") in _OVERLAY_ROLES:
        return True
    style = el.get("style")
    return bool(style and FIXED_POSITION.search(style))


def _box_name(el) -> str:
    """The words a box is named by: its class and id, lower-cased."""
    return ((el.get("class") or "") + " " + (el.get("id") or "")).lower()


def is_furniture_box(el) -> bool:
    if is_overlay(el):
        return True
    if not el.get("class") and not el.get("id"):  # most blocks have no name
        return False
    name = _box_name(el)
    if not name.strip() or el.tag in ("article", "main") or _BODY_WORD.search(name):
        return False
    if "sidebar" in name:
        name = _LAYOUT_STATE.sub(" ", name)
    if _FURNITURE_WORD_LONG.search(name):
        return True
    words = _NAME_SPLIT.split(name)
    return not _FURNITURE_WORDS.isdisjoint(words) or (el.tag == "aside" and _WIDGET in words)


def opens_over_page(el) -> bool:
    """A dialog, popup or consent box: shown over the page on demand, by its role or its name."""
    if is_overlay(el):
        return True
    return bool(_OVER_PAGE_WORD.search(_box_name(el)))


# The furniture boxes that hold readers' text, never the article (a box named "share-zone" or
# "sidebar-layout" sometimes wraps the article; a comment thread never does).
_COMMENT_WORDS = ("comment", "pinglun", "reply", "replies", "respond", "disqus", "discussion")


# A list of other stories (a news feed, "latest news", a related list under any name): at least
# FEED_MIN_ITEMS items, FEED_SHARE of them with a date or time stamp and a link of their own whose
# text is a headline (FEED_HEADLINE_CHARS or more: a forum post's links are user names, "reply"
# and "#" permalinks). An article's paragraphs do not each carry both. Named boxes catch most such
# lists; this is for the unnamed or body-named ones ("newsfeed list_feed"): on dev-v13-crfarticle
# one outlet's 36-item feed of dateline teasers under the article outweighed it, and the thread
# reader took its items for posts, on 4 pages (F1 0.10-0.44; readability 0.94-0.99).
FEED_MIN_ITEMS = 5
FEED_SHARE = 0.8
FEED_HEADLINE_CHARS = 12
_STAMP = re.compile(r"(?<!\d)(?:(?:19|20)\d\d[-/.年]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d|\d{1,2}:\d\d)(?!\d)")


# ...or cards: each item a headline link whose text is a heading (an <h3> inside the card's <a>, an
# <a> filling an <h5>) and, unlike a stamped list, as few as CARD_MIN_ITEMS of them. An article's
# section headings are siblings of its paragraphs, not each boxed with them, and seldom links. The
# "Most Popular" and "More <site>" cards under an article (the Atlantic: ten, each its headline,
# dek and excerpt, 6,400 points against the story's 2,300; the Washington Examiner: four lists of
# four) carry no numeric date, and their text was taken for the article's (dev-v9-irdata
# chaos-trump-02/09, dev-aeb e4c6a3b4/87bf6057: F1 0.37-0.65 → 0.99-1.00). Four, not five: with
# four stamped items a blog's archive page (real-cwced) lost all its posts.
CARD_MIN_ITEMS = 4
_SUB_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _real_link(a) -> bool:
    return not (a.get("href") or "#").startswith("#")


def _headline_link(item) -> bool:
    return any(_real_link(a) and len(text_of(a)) >= FEED_HEADLINE_CHARS for a in item.iter("a"))


def _teaser(item) -> bool:
    # (the headline link first: most items of most lists have none, and then the item's text is not read)
    return _headline_link(item) and bool(_STAMP.search(text_of(item)))


def _card(item) -> bool:
    """An item whose headline is a link's text: a heading inside a link, or a link filling a heading."""
    for h in item.iter(*_SUB_HEADINGS):
        text = squash(text_of(h))
        if len(text) < FEED_HEADLINE_CHARS:
            continue
        if any(_real_link(a) for a in h.iterancestors("a")) or any(
                _real_link(a) and squash(text_of(a)) == text for a in h.iter("a")):
            return True
    return False


def _mostly(items: list, test, share: float) -> bool:
    need = share * len(items)
    hits = 0
    for k, item in enumerate(items):
        if test(item):
            hits += 1
        elif k + 1 - hits > len(items) - need:
            return False  # too many items fail already
    return hits >= need


def is_story_feed(el) -> bool:
    """A list whose items each carry a headline link and their own date or time, or that are cards
    of linked headlines: other stories."""
    if len(el) < CARD_MIN_ITEMS:
        return False
    items = [c for c in el if isinstance(c.tag, str)]
    if len(items) < CARD_MIN_ITEMS:
        return False
    if len(items) >= FEED_MIN_ITEMS and _mostly(items, _teaser, FEED_SHARE):
        return True
    return _mostly(items, _card, FEED_SHARE)


# A stream of entries: readers' comments under a story, a live page's updates beside it. Each item
# opens with a head, a short block of its own (ENTRY_HEAD_MAX characters or fewer) that holds a date
# or time stamp ("Olide Cardoso 2014-12-27T10:12:48", "16:49: Market update"), and its text follows
# the head; at least STREAM_SHARE of STREAM_MIN_ITEMS or more items do. A list of other stories
# carries headline links (is_story_feed); a stream's entries need none, and their names vary by
# kit and language ("glbComentarios", "scroll-box-inner", "bc_0_4TB", "Posted_Order"), so the shape
# decides, not a name. A timeline in an article writes its dates inside its sentences ("2014-12-27:
# the talks…", one block per item), and a Q&A answer signs after its text: neither opens with a head.
# Numbers as for is_story_feed (FEED_SHARE; three items as a short thread has). ENTRY_HEAD_MAX holds a
# name and a stamp (the dev pages' heads: 20-60 characters) and not a paragraph. The box is furniture
# only after a story (content._Scorer.trailing_stream, story.story_before). Measured on every dev page
# holding such a box: see story.STORY_BEFORE.
STREAM_MIN_ITEMS = 3
STREAM_SHARE = FEED_SHARE
ENTRY_HEAD_MAX = 80


def _entry(item) -> bool:
    """An item whose text opens with a short block of its own holding a stamp, more text after it."""
    first = None  # the element whose text the item's text opens with
    for x in item.iter():
        if not isinstance(x.tag, str) or x.tag in INVISIBLE_TAGS:
            continue
        if x.text and not x.text.isspace():
            first = x
        elif not len(x) and x.tail and not x.tail.isspace() and x is not item:
            first = x.getparent()  # an icon's or a <br>'s tail: its parent's text
        if first is not None:
            break
    if first is None:
        return False
    head = first if first.tag in BLOCK_TAGS else next((a for a in first.iterancestors(*BLOCK_TAGS)), item)
    if head is item or item not in head.iterancestors():
        return False  # the item's text opens in the item itself: no head of its own
    text = text_of(head)
    if len(text) > ENTRY_HEAD_MAX or not _STAMP.search(text):
        return False
    return len(text_of(item)) > len(text) + 1


def is_entry_stream(el) -> bool:
    """A box whose items are entries (see above): comments or a live page's updates."""
    items = [c for c in el if isinstance(c.tag, str) and c.tag not in INVISIBLE_TAGS]
    if len(items) < STREAM_MIN_ITEMS:
        return False
    return _mostly(items, _entry, STREAM_SHARE)


def story_feed(el, feeds: dict | None) -> bool:
    """is_story_feed, remembered in ``feeds`` (element -> answer) across the readers of one tree that
    none of them changes: the density walk, both paragraph votes and the thread reader ask it of the
    same boxes, 463 asks a page on dev-v39-gnetest + dev-v40-mercuryfork: 0.22 -> 0.13 s of their 8.4 s
    of CPU so)."""
    if len(el) < CARD_MIN_ITEMS:
        return False  # (is_story_feed's own first answer, without the call: most boxes ask only this)
    if feeds is None:
        return is_story_feed(el)
    found = feeds.get(el)
    if found is None:
        found = feeds[el] = is_story_feed(el)
    return found


def is_comment_box(el) -> bool:
    name = _box_name(el)
    return any(w in name for w in _COMMENT_WORDS)


def is_cms_body(el) -> bool:
    return el.get("id") in _CMS_IDS or any(c in _CMS_CLASSES for c in (el.get("class") or "").split())


# A post embedded from a social network: a <blockquote> the platform's embed script turns into its
# widget (class "twitter-tweet", "instagram-media", "tiktok-embed", "reddit-card"). It is another
# author's text quoted whole, not the article's: the English sets' truths leave it out (of the
# embeds with text in their pages, articlex 0 of 56 kept, irdata 7 of 79, wcxb 0 of 22, evanextract
# 0 of 5, omnivore 0 of 1; aeb keeps 13 of 16). Only the marked blockquote goes, not a plain quote.
_EMBED_CLASSES = frozenset(("twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "reddit-card"))


# A <form> is a widget the reader fills in (a calorie calculator's goal and gender pickers, a
# newsletter, log-in or search box): its labels and options are no article text, however plain.
# Each option line ("Gain 1.5 pounds per week", no link) earns what a caption earns, and a
# calculator inside a livestrong <article> came out as text (dev-v29-ceed, 2 pages, F1 0.83 → 0.89;
# an NYT sign-up box's messages, 0.944 → 0.955). The widget forms on those pages hold 8-269
# characters; a form that holds a forum thread (SMF's quick-moderation form, a German forum's:
# 16,000-66,000, dev-v16-htmltotext) is content: above FORM_TEXT_MAX. So is a form holding
# FORM_LAYOUT_SHARE or more of the text around it (ASP.NET wraps a whole page, however short, in one).
# And a widget has a field to fill in: a VSB CMS wraps a university notice's text in a form with no
# field (real-cases-v8 rc8-020 lost its article to an injected line without this).
FORM_TEXT_MAX = 1000
FORM_LAYOUT_SHARE = 0.5
_FIELDS = ("input", "select", "textarea", "button")
_FIELD_MARK = "data-newsvault-fields"


def mark_field_forms(root) -> None:
    """Mark each <form> holding a field a reader fills in (the fields are invisible tags, dropped
    before the body is chosen)."""
    for form in root.iter("form"):
        if any((c.get("type") or "").lower() != "hidden" for c in form.iter(*_FIELDS)):
            form.set(_FIELD_MARK, "1")


def is_widget_form(el, around: int) -> bool:
    """True for a <form> that is a widget (FORM_TEXT_MAX) among ``around`` characters of text (the
    page's, the container's), not a page or a thread."""
    if el.tag != "form" or el.get(_FIELD_MARK) is None:
        return False
    size = len(squash(text_of(el)))
    return size < FORM_TEXT_MAX and size < FORM_LAYOUT_SHARE * around


# A box that Bootstrap's ``hidden`` utility class hides (``display:none !important``): the rule lives in
# a stylesheet file the cleaner never reads, yet the name says what it does. A Postmedia story holds its
# subscribe and sign-in boxes so ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY": dev-v6-fundus, five
# Postmedia pages 0.78-0.90 → 0.91-0.93, set text F1 0.9451 → 0.9467; dev-aeb +0.0002, dev-v31-danielzh
# +0.00004; down: dev-v8-wcxb -0.0002 (two opensource.com pages kept their authors' bios), dev-v24-llmwebkit
# -0.0002, dev-v1-magichtml -0.00003; cwced, crfarticle, multiboilerzh, cxextractor unchanged). Not
# when another of its classes shows it at a breakpoint (Tailwind's ``hidden md:block``, ``visible-lg``),
# and not the other utilities: ``d-none`` is Stack Exchange's MathJax source (dev-v24-llmwebkit, three
# mathjax pages 0.90 → 0.62 with it) and screen-reader text (``sr-only``) is read by some readers
# (Republika's captions, dev-v13-crfarticle, four pages down 0.01-0.02 with it).
_HIDING_CLASS = "hidden"


def is_hidden_by_name(el) -> bool:
    """True for an element whose class is Bootstrap's ``hidden`` and nothing that shows it again."""
    name = el.get("class")
    if not name or _HIDING_CLASS not in name:
        return False
    words = name.split()
    return _HIDING_CLASS in words and not any(":" in w or w.startswith("visible") for w in words)


def is_embedded_post(el) -> bool:
    """A <blockquote> marked for a social network's embed script (see above)."""
    return el.tag == "blockquote" and not _EMBED_CLASSES.isdisjoint((el.get("class") or "").split())
