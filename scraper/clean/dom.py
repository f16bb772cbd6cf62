"""Parsing page text into an lxml tree, and the small tree and URL helpers the cleaner shares.

Why lxml and not a BeautifulSoup tree (measured on the 56 real-corpus pages, same machine):
building a bs4 tree with the lxml builder takes ≈35 ms per page before any cleaning — more than
our whole clean_page (≈15–25 ms, hijack detection included) and most of GNE's budget (≈45 ms
per page). lxml.etree builds the tree with the same libxml2 parser in ≈3 ms, so the hot path
walks plain lxml.etree elements (decode.py reads declared charsets by bs4's rules, without bs4).
"""
from __future__ import annotations

import functools
import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

# Elements that start a new line of text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table "
    "tbody thead tfoot tr td th ul caption marquee".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Never part of what a reader sees as text.
INVISIBLE_TAGS = frozenset(
    "script style noscript template iframe frame frameset object embed applet svg canvas math "
    "select option optgroup datalist button input textarea map area audio video source track head link meta "
    "base noframes noembed".split()
)
# Of those, the ones whose content a browser never renders (or renders only at a size and place
# the page chooses, or on a visitor's demand) while crawlers read it: fallbacks, inert templates,
# a frame's own document (srcdoc), a form field's text, a vector box's foreign markup, an image
# map's areas, a list's options. Their content is judged (unrendered.py, hidden.py) before the
# tags go, never dropped unseen (v3 B, v4 §1E, v5 §1C, v6 §1C).
UNRENDERED_TAGS = frozenset("noscript template iframe frame object embed applet svg canvas textarea audio video "
                            "map area select option optgroup datalist noframes noembed".split())
_SOURCE_SKIP = INVISIBLE_TAGS - UNRENDERED_TAGS
_WS = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
_SPACED_TAGS = BLOCK_TAGS | {"br"}  # text_of puts a space after these


# Plain etree elements, not lxml.html's HtmlElement classes: their per-element class lookup
# cost a quarter of the walk time and we use none of their methods.
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
# libxml2 stops reading at 256 levels of nesting and silently drops the rest of the page: 255
# unclosed <font> tags (a CMS that opens one per paragraph) left an empty article. Pages that hit
# that limit are parsed again without their plain formatting tags, and with libxml2's
# XML_PARSE_HUGE depth (2048); whatever is still deeper than MAX_DEPTH is flattened to text,
# since the cleaner's tree walks recurse once per level. 512 is the depth at which browsers'
# parsers stop nesting (Chromium's kMaximumHTMLParserDOMTreeDepth), and half of Python's
# default recursion limit.
_DEEP_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
MAX_DEPTH = 512
_FORMATTING_TAG = re.compile(r"</?(?:font|b|i|u|s|em|strong|small|big|strike|tt|nobr|span)(?:\s[^<>]*)?>", re.I)
# Attributes that can hide text or name it for a <style> rule: a tag with one of these is kept.
_HIDING_ATTRIBUTES = re.compile(r"\b(?:style|class|id|hidden)\b", re.I)


# libxml2 drops everything after </html> (and misplaces what follows </body>), where browsers
# keep showing it — and where injected link farms like to sit. Without the closing tags the
# parser closes the document at its real end.
# (spelt with character classes, not re.I: a literal "</" prefix lets re skip ahead fast)
_CLOSING_BODY_HTML = re.compile(r"</(?:[bB][oO][dD][yY]|[hH][tT][mM][lL])\s*>")


# C0 control characters other than tab, LF and CR: libxml2 keeps them in text nodes, but lxml
# refuses to set such text again (ValueError when a removal moves a tail), and no reader sees them.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# (each looked for as a substring first: the class scanned every character of every page while 2
# of 199 dev pages hold one; 0.13 → 0.06 s over those pages)
_CONTROL_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))


def _without_controls(text: str) -> str:
    return _CONTROLS.sub("", text) if any(c in text for c in _CONTROL_CHARS) else text


# HTML5's void elements that libxml2's HTML 4 parser does not know: it reads <track>, <wbr>,
# <source>, <embed> and <keygen> as containers that hold the rest of their parent, so everything
# after them nested inside (and a <source>, <track> or <embed> is never read for text: the article
# went with it). A run of empty tags before the header (v17: <track id=…> among them) emptied 2
# synthetic-v17 pages, a <picture>'s <source> emptied a news agency's page (dev-v17-twnews cna).
# Each such tag is closed where it opens; its closing tag, if written, is a stray one libxml2 skips.
# Of the 929 dev extraction pages holding one of these tags, 2 texts grew by a line the tag had
# swallowed ("Image Credit: Pexels"; an image's "profile-picture" label), no other text changed.
_HTML5_VOID = re.compile(r"<((?:[tT][rR][aA][cC][kK]|[wW][bB][rR]|[sS][oO][uU][rR][cC][eE]|[eE][mM][bB][eE][dD]"
                         r"|[kK][eE][yY][gG][eE][nN]))(?=[\s/>])([^<>]*)>")


def parse_html(text: str) -> etree._Element | None:
    """An lxml document for ``text`` (libxml2's HTML parser); None when there is nothing to parse."""
    text = _close_in_buttons(_close_runaway_title(_without_controls(_CLOSING_BODY_HTML.sub("", text))))
    text = _close_in_noscripts(text)
    text = _HTML5_VOID.sub(r"<\1\2></\1>", text)
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser=_PARSER)
        if _hit_depth_limit(_PARSER):
            plain = _FORMATTING_TAG.sub(_drop_plain_tag, text)
            root = etree.fromstring(plain.encode("utf-8", errors="replace"), parser=_DEEP_PARSER)
            if _hit_depth_limit(_DEEP_PARSER):  # deeper than 2048 even so: a bomb, or tag soup
                root = etree.fromstring(_shallow(plain).encode("utf-8", errors="replace"), parser=_DEEP_PARSER)
            if root is not None:
                _cap_depth(root, MAX_DEPTH)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is not None:
        _rescue_body_from_head(root)
    return root


_TITLE_OPEN = re.compile(r"<title\b[^<>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)


def _close_runaway_title(text: str) -> str:
    """A <title> that is never closed ends at its line's end. libxml2 reads a title as raw text up
    to ``</title>``: without one, the whole page became the title and the article was empty (9 of
    620 L3S dev pages, cut short when they were archived)."""
    m = _TITLE_OPEN.search(text)
    if m is None or _TITLE_CLOSE.search(text, m.end()):
        return text
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    return text[:end] + "</title>" + text[end:]


# A button's end tag closes what is still open inside it (the HTML5 parser pops up to the button);
# libxml2 ignores a </button> met while a <div> inside is open, and the rest of the page, article
# included, stays inside the button (three Dotdash Meredith pages of WCXB dev: "<button><div><div>
# </button>" in the menu; only the description meta was left). The tags left open inside a button
# are closed before its end tag. A "button" longer than BUTTON_MAX characters is no menu control
# (a <button> written in a script's string, or one never closed, spanning the page): left alone. Of
# 11,158 <button>…</button> spans on the dev extraction pages 99% hold under 1,425 characters; the
# dozen over 4,000 run to 7,000-318,000.
BUTTON_MAX = 4000
_BUTTON = re.compile(r"(<[bB][uU][tT][tT][oO][nN]\b[^<>]*>)(.*?)(</[bB][uU][tT][tT][oO][nN]\s*>)", re.S)
_BUTTON_START = re.compile(r"<[bB][uU][tT][tT][oO][nN]\b[^<>]*>")
_BUTTON_END = re.compile(r"</[bB][uU][tT][tT][oO][nN]\s*>")


def _close_open_tags(m, keep_open: frozenset[str] = frozenset()) -> str:
    inner = m.group(2)
    if len(inner) > BUTTON_MAX:
        return m.group()
    stack: list[str] = []
    for t in _TAG.finditer(inner):
        name = t.group(2).lower()
        if name in _VOID or name in keep_open or t.group().endswith("/>"):
            continue
        if not t.group(1):
            stack.append(name)
        elif name in stack:
            del stack[len(stack) - 1 - stack[::-1].index(name):]
    if not stack:
        return m.group()
    return m.group(1) + inner + "".join(f"</{name}>" for name in reversed(stack)) + m.group(3)


def _close_in_buttons(text: str) -> str:
    """``text`` with what a button leaves open closed before its </button>."""
    # _BUTTON.sub(_close_open_tags, text), span for span: a button from its start tag to the nearest
    # end tag after it, the next looked for after that end. The sub tried its lazy span from every
    # start tag and, where no end tag follows one, scanned to the page's end and again from the
    # next: 0.144 s of the 10.2 s of CPU of 165 dev pages, 0.015 s so (same text on each page).
    if not _BUTTON_END.search(text):
        return text
    out: list[str] = []
    pos = 0
    while (start := _BUTTON_START.search(text, pos)) is not None:
        if (end := _BUTTON_END.search(text, start.end())) is None:
            break  # (no later start tag has an end tag after it either)
        out += (text[pos:start.start()], _close_open_tags(_BUTTON.match(text, start.start(), end.end())))
        pos = end.end()
    out.append(text[pos:])
    return "".join(out)


# A browser runs scripts, so it reads a <noscript>'s content as raw text up to the first
# </noscript> (HTML5, "in body" with the scripting flag set): nothing opened inside outlives it.
# libxml2 parses noscript content as markup (the scripting-off reading), and a tag left open inside
# keeps everything after it: an unclosed <iframe> (raw text for HTML5 parsers, libxml2 2.14 among
# them) turned the rest of the page into its text — GTM's `<noscript><iframe … style="display:none">
# </noscript>` on one Kinja template (dev-v19-articlex: deadspin, kotaku) put the page's JSON data in
# a hidden iframe, flagged as hidden text on 4 clean pages; an unclosed <div> moved the rest of the
# page into the noscript. The tags left open inside a noscript are closed before its end tag
# (the document's own html/head/body tags excepted: a body start tag there is the page's).
_NOSCRIPT = re.compile(r"(<[nN][oO][sS][cC][rR][iI][pP][tT]\b[^<>]*>)(.*?)(</[nN][oO][sS][cC][rR][iI][pP][tT]\s*>)",
                       re.S)
_NOSCRIPT_END = re.compile(r"</[nN][oO][sS][cC][rR][iI][pP][tT]\s*>")
_DOCUMENT_TAGS = frozenset(("html", "head", "body"))


def _close_in_noscript(m) -> str:
    if "<\\/" in m.group(2):  # a noscript written in a script's string (<\/iframe>): the script's text
        return m.group()
    return _close_open_tags(m, keep_open=_DOCUMENT_TAGS)


def _close_in_noscripts(text: str) -> str:
    """``text`` with what a noscript leaves open closed before its </noscript>."""
    if not _NOSCRIPT_END.search(text):
        return text
    return _NOSCRIPT.sub(_close_in_noscript, text)


def _hit_depth_limit(parser) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message for e in parser.error_log)


def _drop_plain_tag(m) -> str:
    """A formatting tag without attributes that hide or style it becomes nothing."""
    return m.group() if _HIDING_ATTRIBUTES.search(m.group()) else ""


_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _shallow(text: str) -> str:
    """``text`` without the opening tags that would nest deeper than MAX_DEPTH (and their
    closing tags), by counting tags as they come; implied closings are not modelled, so the
    count runs high, which is fine for a page that is over the limit anyway."""
    out, last, depth, dropped = [], 0, 0, 0
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID or m.group().endswith("/>"):
            continue
        keep = True
        if not closing:
            if depth >= MAX_DEPTH:
                keep, dropped = False, dropped + 1
            else:
                depth += 1
        elif dropped:
            keep, dropped = False, dropped - 1
        else:
            depth = max(0, depth - 1)
        if not keep:
            out.append(text[last:m.start()])
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def _cap_depth(root, limit: int) -> None:
    """Flatten every element at depth ``limit`` into its text (iteratively: no recursion)."""
    stack = [(root, 0)]
    while stack:
        el, depth = stack.pop()
        if depth >= limit:
            if len(el):
                el.text = "".join(el.itertext(with_tail=False))
                for child in list(el):
                    el.remove(child)
            continue
        stack.extend((child, depth + 1) for child in el)


_HEAD_TAGS = frozenset("title meta link style script base noscript template object".split())


def _rescue_body_from_head(root) -> None:
    """Move page content that libxml2 left inside <head> into <body>.

    libxml2 keeps an unknown element met inside <head> (a `<text>` wrapper after an injected
    `<meta>`, say) in the head together with everything after it: the whole page.
    """
    head = root.find("head")
    if head is None:
        return
    stray = None
    for child in head:
        if isinstance(child.tag, str) and child.tag.lower() not in _HEAD_TAGS:
            stray = child
            break
    if stray is None:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    moving = [stray] + list(stray.itersiblings())
    for i, el in enumerate(moving):
        body.insert(i, el)


# A text node that is a JSON object ({"smallUrl":"http:\\/\\/…","bigUrl":…}) is data a script reads, left
# in a span its stylesheet hides: no reader sees it. wikiHow puts one (300+ characters, inside the
# picture's link) in every step of a how-to, and each step's link cost sank the steps below the
# best single section (dev-v29-ceed, text F1 0.24; trafilatura 0.85). A brace at each end and a
# quoted key ('"key":') is the shape; prose in braces has no quoted key before a colon.
_JSON_KEY = re.compile(r'"[^"\n]{1,40}"\s*:')


def is_json_text(text: str | None) -> bool:
    """True for a text node that is a JSON object, not text a reader sees."""
    if not text or "{" not in text:
        return False
    stripped = text.strip()
    return stripped[:1] == "{" and stripped[-1:] == "}" and bool(_JSON_KEY.search(stripped, 0, 200))


def squash(text: str | None) -> str:
    """Collapse every run of whitespace (incl. ideographic and no-break spaces) into one space."""
    if not text:
        return ""
    if "\u200b" in text or "\ufeff" in text:  # the two _WS characters that str.split() keeps
        return _WS.sub(" ", text).strip()
    # str.split() splits on exactly the characters \s matches: the same result, 3-4x faster
    # (squash was 8 % of the cleaner's CPU on the dev-v1 pages)
    return " ".join(text.split())


def tag_of(el) -> str:
    """Tag name ('' for comments and processing instructions); libxml2 lower-cases HTML tags."""
    tag = el.tag
    return tag if isinstance(tag, str) else ""


def is_below(el, box) -> bool:
    """True when ``box`` is an ancestor of ``el`` (``el`` itself is not below itself)."""
    return any(a is box for a in el.iterancestors())


def text_of(el) -> str:
    """The visible-ish text of an element, whitespace squashed (scripts/styles excluded); the
    text after the element (its tail) is its parent's, not its own."""
    # a leaf (most links, spans, headings): its own text alone, without the walk and its list
    # (text_of of every element of 151 dev pages: 6.34 → 6.18 ms a page)
    if not len(el):
        tag = el.tag
        return squash(el.text) if tag.__class__ is str and tag not in INVISIBLE_TAGS else ""
    parts: list[str] = []
    _collect_text(el, parts)
    if el.tail and parts:
        parts.pop()
    return squash("".join(parts))


def _collect_text(el, parts: list[str]) -> None:
    # tag_of inlined: this runs once per element of every text_of, a million times on 1,435 pages
    tag = el.tag
    if tag.__class__ is str and tag not in INVISIBLE_TAGS:
        text = el.text
        if text:
            parts.append(text)
        for child in el:
            _collect_text(child, parts)
            if child.tag in _SPACED_TAGS:  # a comment's tag is a function: never in the set
                parts.append(" ")
    tail = el.tail
    if tail:
        parts.append(tail)


def link_texts(root) -> set[str]:
    """The words of every link of ``root`` (each link's own, without the text after it)."""
    return {text for a in root.iter("a") if (text := text_of(a))}


def crawler_text(el) -> str:
    """The text a crawler reads in ``el`` (without its tail): text_of's, and also what the
    unrendered containers inside it hold, for judging content a reader never sees."""
    parts: list[str] = [el.text or ""] if isinstance(el.tag, str) and el.tag not in _SOURCE_SKIP else []
    if parts:
        for child in el:
            _collect_source(child, parts)
    return squash("".join(parts))


def _collect_source(el, parts: list[str]) -> None:
    tag = el.tag
    if tag.__class__ is str and tag not in _SOURCE_SKIP:
        if el.text:
            parts.append(el.text)
        for child in el:
            _collect_source(child, parts)
            if child.tag in _SPACED_TAGS:
                parts.append(" ")
    if el.tail:
        parts.append(el.tail)


def drop(el) -> None:
    """Remove ``el`` from its tree, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def describe(el) -> str:
    """A short CSS-like name of an element for findings: ``div#head.top-notice``."""
    tag = tag_of(el) or "node"
    ident = el.get("id")
    cls = (el.get("class") or "").split()
    return tag + (f"#{ident}" if ident else "") + "".join(f".{c}" for c in cls[:2])


def outer_html(el) -> str:
    """The element's markup, shortened (see shorten), for evidence."""
    try:
        html = etree.tostring(el, encoding="unicode", with_tail=False)
    except (ValueError, TypeError):
        html = text_of(el)
    return shorten(html)


def shorten(text: str, limit: int = 300) -> str:
    text = squash(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- URLs ----------------------------------------------------------------------------------

_HOST = re.compile(r"^\s*(?:https?:)?//(?:[^@/?#]*@)?([^/:?#\s]+)", re.I)


# An address longer than this is read, not kept: a data: URI (an inline image's bytes) has no host,
# and the cache would hold 4,096 of them from page to page (410 MB for 100 KB ones). 2,048 characters:
# the longest address browsers long accepted (Internet Explorer's limit), so no link a page names is longer.
MAX_KEPT_URL = 2048


def _read_host(url: str | None) -> str:
    if not url:
        return ""
    m = _HOST.match(url)
    return m.group(1).lower().rstrip(".") if m else ""


# The readers ask for the same few addresses' hosts again and again: 110,982 asks of 6,766 addresses
# on 165 dev pages, 0.052 s read each time, 0.019 s kept.
_kept_host = functools.lru_cache(maxsize=4096)(_read_host)


def host_of(url: str | None) -> str:
    """The lower-case host of an absolute URL, '' otherwise."""
    return _read_host(url) if url and len(url) > MAX_KEPT_URL else _kept_host(url)


def path_of(url: str) -> str:
    """The path and query of an address, absolute, protocol-relative or a path, without its first "/"."""
    return url.split("//", 1)[-1].partition("/")[2]


def absolute(href: str | None, base: str | None) -> str | None:
    """``href`` resolved against ``base``; None unless the result is an http(s) URL or, without a
    base, a relative path. The scheme is checked after resolving: browsers and urljoin drop tabs
    and newlines, so ``java&#9;script:`` is a javascript: link."""
    if not href or not href.strip() or href.strip().startswith("#"):
        return None
    try:
        url = urljoin(base, href.strip()) if base else href.strip()
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme in ("http", "https") or (not scheme and not base):
        return url
    return None


class TagValues:
    """A value read inside each tag of markup written as text: an ``opening`` (a tag's name, an
    attribute), then the first ``value`` (one group) after it before the tag's ">".

    ``findall`` answers as ``re.findall`` of ``opening[^>]*?value`` does, tag by tag: that one lazy
    pattern tried every opening against the rest of its tag (a script writing 100 KB of "<script "
    with no ">" took 12.8 s of clean_page); no value after an opening is none after a later opening
    before the same ">" either, so each tag is read once."""

    def __init__(self, opening: str, value: str) -> None:
        self._opening = re.compile(opening, re.I)
        self._value = re.compile(value, re.I)

    def findall(self, markup: str) -> list[str]:
        found = []
        for tag_text in markup.split(">"):
            at = 0
            while (opening := self._opening.search(tag_text, at)) and (value := self._value.search(tag_text, opening.end())):
                found.append(value.group(1))
                at = value.end()
        return found
