"""Loads written before the document: a page's markup ahead of its ``<!DOCTYPE>`` or ``<html>``
(v38 §1 B3, §7.2).

No CMS template writes a script before the doctype; something that appends to the served file
does (v38b: a WordPress malware sample prepends ``<script src='https://<host>/m.js?n=…'>``, a
plain load, nothing obfuscated or gated, that every script reader passes wherever it stands).
What stands there is read by what it does: nothing but remote ``<script>``/``<iframe>`` loads, from
hosts the document itself names nowhere, is an insertion into the file, not the site's page.

Measured 2026-12-06 (ld30, dev: every dev hijack corpus, the shared corpus and the 37 clean
extraction sets, 11,601 pages, raw text): markup ahead of the document start is common on clean
pages — archive wrappers (cleaneval's and cwced's ``<text id=…>``), saved-page comments, a
theme's styles, fonts and tag manager written before ``<html>`` (a dev-v2-trafilatura weekly),
inline scripts — and after ``</html>`` more so (ad and counter scripts to hosts the page names
nowhere: 57 remote scripts on clean pages), so the end of the file is not asked. Before the
start, a remote load to a host the document names nowhere stands on 1 clean page (that weekly's
tag manager, among its styles and font links) and 1 hijacked page (rc38b-010, alone). Hence
"nothing but such loads" (whitespace, a byte-order mark and comments aside).
"""
from __future__ import annotations

import re
from typing import Callable

from core.domains import registrable_domain
from scraper.clean.dom import host_of

# Where the document starts: its doctype or its first structural tag (some pages open on <head>).
_DOC_START = re.compile(r"<!doctype|<(?:html|head|body)[\s>/]", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# One remote load and its closing tag: a script or frame with a src.
_LOAD = re.compile(r"<(script|iframe)\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)[^>]*>\s*(?:</\1\s*>)?", re.I)


def loads_before_document(text: str, offsite: Callable[[str], bool]) -> list[str]:
    """The addresses of the remote loads that are all ``text`` (a page's decoded markup) holds
    before its document starts, when every one goes off the site to a host the rest of the
    markup never spells; [] otherwise (nothing there, anything else there, a named host)."""
    start = _DOC_START.search(text)
    if start is None or start.start() == 0:
        return []
    before = _COMMENT.sub("", text[:start.start()]).replace("\ufeff", "").strip()
    urls: list[str] = []
    while before:
        m = _LOAD.match(before)
        if m is None:
            return []  # something else stands there too: a misplaced head, a wrapper, a warning
        urls.append(m.group(2))
        before = before[m.end():].lstrip()
    document = text[start.start():].lower()
    for url in urls:
        host = host_of(url if not url.startswith("//") else "http:" + url)
        if not host or not offsite(host) or registrable_domain(host) in document:
            return []
    return urls
