"""Brands spliced into the visible text around the article: footers, disclaimers, copyright lines.

That text is not part of the article, so nothing is removed from the output here; what is
found becomes evidence (and marks the page hijacked).
"""
from __future__ import annotations

import re

from scraper.clean import lexicon
from scraper.clean.hijack import Evidence
from scraper.clean.metadata import linear_text

_LINES = re.compile(r"[\n\u2002]+")


def outside_text(root, container) -> str:
    """The page body's text without the article container."""
    body = root.find("body")
    if body is None:
        return ""
    if container is None:
        return linear_text(body, {})
    text = linear_text(body, {container: "\x02"})
    start, end = text.find("\x02"), text.find("\x03")
    return text[:start] + text[end + 1:] if 0 <= start < end else text


def check_outside_text(root, container, ev: Evidence) -> None:
    """Record spam brands (lexicon or page-betrayed) in footer/disclaimer/header lines."""
    pattern = ev.pattern()
    seen = set()
    for line in _LINES.split(outside_text(root, container)):
        line = line.strip()
        if len(line) < 2:
            continue
        for hit in lexicon.find_hits(line, extra=pattern, min_strength=lexicon.BRAND):
            if hit.term not in seen:
                seen.add(hit.term)
                ev.add("spliced_brand", "page text", line)
