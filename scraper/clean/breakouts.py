"""Remote scripts written where no template puts markup: into a text field (breaking out of the
markup the field is printed in, or glued to the end of its value where it is printed as the page's
text), or into the file ahead of its document.

A mass SQL injection appends one string to every text column of a site's database: a quote and a
tag close (``">``, ``"></title>``) to leave the attribute or the <title> the value is printed in,
a ``<script src=…>`` of its own host, then a comment opener (``<!--``) that hides whatever markup of
the template follows, up to the template's next ``-->``. A browser loads the script; the parser
keeps no comment (dom.parse_html drops them), so this is read on the decoded page text, where the
comment still stands: the loader closed, a comment opened straight after it on the rest of a
broken tag (a quote and ``>``, or an end tag) that swallows the template's own markup (a tag, or
the opener of its own comment). A template comments out its own code as a whole (``<!-- <div>… -->``),
never starting on the tail of a broken tag; measured 2026-12-06 on the raw text of every dev
hijack set, the shared corpus and the dev-* clean extraction sets: a ``</script><!--`` followed by a
quote-and-``>`` or an end tag stands on rc40b-002, -003, -019 (two sites, two injected hosts) and on
one clean page (dev-v2-trafilatura schleifen.ucoz.de, ``<!-- </bc> -->`` after its own widget
scripts: one closed label, no markup swallowed, no remote host).

Where the value is printed as element content (a 来源 in the byline, an attachment's file name), the
same appended string needs no break-out: the tag stands glued to the value's last word, with no
space or markup between, and the template's markup goes on after it (v40 §1 B3, §7.2). A template
writes its scripts as markup of their own, on their own line or after a tag; a script glued to a
word is a counter printing its number after its label (``阅读<script src=…>``), and that is the
site's own code. See GLUED_TO_A_WORD for the measurement.
"""
from __future__ import annotations

import re
from typing import Callable

from scraper.clean.dom import host_of

# A loaded script closed at once, then a comment opened on the tail of a broken tag: a quote and
# ">" (an attribute left) or an end tag (</title> left); one linear pass, attribute runs bounded.
_BREAKOUT = re.compile(r"""<script\b[^<>]{0,300}?\bsrc\s*=\s*["']?([^"'\s<>]+)[^<>]{0,300}>\s*</script\s*>\s*"""
                       r"""<!--(?=\s*(?:["']\s*>|</[a-z]))""", re.I)
# What the opened comment swallows of the template: a tag of its own, or its own comment's opener.
_TEMPLATE_MARKUP = re.compile(r"<(?:[a-z]|!--)", re.I)
# How far the comment is read: the injected opener runs to the template's next "-->".
MAX_SWALLOWED = 20_000


def breakout_loads(text: str, away: Callable[[str], bool]) -> list[str]:
    """The addresses of remote scripts, to hosts ``away`` accepts, that the page ``text`` (decoded,
    comments kept) loads from a breakout of a text field: closed at once and followed by a comment
    opened on the tail of a broken tag that swallows the template's markup after it."""
    out = []
    for m in _BREAKOUT.finditer(text):
        end = text.find("-->", m.end(), m.end() + MAX_SWALLOWED)
        swallowed = text[m.end():end if end >= 0 else m.end() + MAX_SWALLOWED]
        if not _TEMPLATE_MARKUP.search(swallowed):
            continue
        host = host_of(m.group(1))
        if host and away(host):
            out.append(m.group(1))
    return out


# A <script src> glued to a word of the text before it: that text (the tail of the element before it,
# or its parent's text when it comes first) ends in a letter or digit of any script, nothing between.
# Measured 2026-12-06 over every dev hijack set, the shared corpus (l3s's dev half) and the 42 dev-*
# clean extraction sets (12,021 pages, 9,975 not hijacked), for loads to a host the page names nowhere
# else (not its own, not trusted, not linked, shown or configured): glued to a word on 0 clean pages
# and on 5 hijacked ones, rc39b-004 (a hacked CMS's statistics slot, glued to the footer's credit),
# rc40b-005 (a 来源 value), rc40b-006 (an attachment's file name), rc29-011/-020 (inside the <h1>,
# flagged already). Loads of the page's own site glued to a word: 5 clean pages, each a view counter
# after its label (阅读, 浏览, 我要評論); of a trusted host: 0. Glued to other text (a label's colon,
# a zero-width mark): 2 clean pages (an ad widget after "Anzeige:", ad slots after a BOM), so only a
# letter or digit counts. A script with words glued on both sides prints a word into that sentence
# (an old hit counter's number: 您是第<script src=…>位访客), and an appended value ends where it stands:
# not read (no dev page has one; of the 5 hijacked, the text after is a space, a line or nothing).
def glued_loads(root, away: Callable[[str], bool]) -> list[str]:
    """The addresses of remote scripts, to hosts ``away`` accepts, glued to the last word of the text
    before them (a text field's value printed with a loader appended to it)."""
    out = []
    for el in root.iter("script"):
        src = el.get("src")
        if not src:
            continue
        before, parent = el.getprevious(), el.getparent()
        text = (before.tail if before is not None else parent.text if parent is not None else "") or ""
        after = el.tail or ""
        if not text or not text[-1].isalnum() or (after and after[0].isalnum()):
            continue
        host = host_of(src)
        if host and away(host):
            out.append(src)
    return out


# Where the document starts: its doctype or its first structural tag (some pages open on <head>).
_DOC_START = re.compile(r"<!doctype|<(?:html|head|body)[\s>/]", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# A remote load opening what stands there: a script or frame with a src, and its closing tag.
_LEADING_LOAD = re.compile(r"""<(script|iframe)\b[^<>]{0,300}?\bsrc\s*=\s*["']?([^"'\s<>]+)[^<>]{0,300}>\s*(?:</\1\s*>)?""", re.I)


# No CMS template writes a script before the doctype; something that prepends to the served file
# does (v38b: a WordPress malware sample's `<script src=https://<host>/m.js?n=…>` alone; v41b: a shop
# skimmer's `<script src=//<host>/js/…>` followed by the opener of the block it was captured in, an
# unclosed <div>). Clean pages carry markup there too, so the load must be what the file opens with
# (comments, a byte-order mark and spaces aside), to a host the page names nowhere else. Measured
# 2026-12-07 on the decoded text of 12,141 dev pages (every dev hijack set, the shared corpus's dev
# pages, the 43 dev-* clean extraction sets; 10,031 not hijacked): markup before the document's start
# on 757 pages, 723 clean (archive wrappers <text id=…> on cleaneval/cwced, XML declarations, saved-page
# comments, PHP warnings, inline code, a theme's head written before <html>); a remote load anywhere
# there on 10, 8 clean (a misplaced head's own WordPress/CDN files, a weekly's tag manager after its
# styles); the file opening with a load on 3: rc38b-010, rc41b-004 and one clean page, whose load is
# a path of its own site (makronom.de's /cdn-cgi/apps/head/….js, then its styles), so none is away.
def loads_before_document(text: str, away: Callable[[str], bool]) -> list[str]:
    """The addresses of the remote loads, to hosts ``away`` accepts, that the page ``text`` (decoded,
    comments kept) opens with ahead of its document (its doctype or <html>/<head>/<body>)."""
    start = _DOC_START.search(text)
    if start is None or start.start() == 0:
        return []
    before = _COMMENT.sub("", text[:start.start()]).replace("\ufeff", "").lstrip()
    out = []
    while (m := _LEADING_LOAD.match(before)) is not None:
        src = m.group(2)
        host = host_of(src)
        if not host or not away(host):
            break
        out.append(src)
        before = before[m.end():].lstrip()
    return out

