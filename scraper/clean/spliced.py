"""Brands spliced into the visible text around the article: footers, disclaimers, copyright lines.

That text is not part of the article, so nothing is removed from the output here; what is
found becomes evidence (and marks the page hijacked).
"""
from __future__ import annotations

import re

from scraper.clean import lexicon
from scraper.clean.evidence import Evidence

_LINES = re.compile(r"[\n\u2002]+")


def outside_text(marked: str) -> str:
    """The page text (as marked by metadata.marked_text) without the article container."""
    start, end = marked.find("\x02"), marked.find("\x03")
    return marked[:start] + marked[end + 1:] if 0 <= start < end else marked


def check_outside_text(text: str, ev: Evidence) -> None:
    """Record spam brands (lexicon or page-betrayed) in footer/disclaimer/header lines of ``text``."""
    pattern = ev.pattern()
    if not lexicon.has_brand(text) and not (pattern and pattern.search(lexicon.normalize(text))):
        return
    seen = set()
    for line in _LINES.split(text):
        line = line.strip()
        if len(line) < 2:
            continue
        for hit in lexicon.find_hits(line, extra=pattern, min_strength=lexicon.BRAND):
            if hit.term not in seen:
                seen.add(hit.term)
                ev.add("spliced_brand", "page text", line)
