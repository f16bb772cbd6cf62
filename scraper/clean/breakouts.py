"""Remote scripts written into a text field that break out of the markup the field is printed in.

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
