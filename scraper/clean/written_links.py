"""A link an inline script writes into the page in a writing system the page does not write, to a
site nothing else of the page names (v15 §2d, question Q15-6).

``check_written`` judges written markup by its words (the lexicon) or by how the script behaves
(cloaking); a plain ``document.write`` of a visible sidebar link in Indonesian slot words passes
both. The link's *script* is what gives it away: written for another market's readers on a
Chinese page, pointing at a site the page never links, loads or mentions. Asked without the
writing system ("a script writes a link to an unnamed host") it hit 122 of 1,600 extraction pages
(v14 §9: ad and widget code writes such links); with it, the analyst's prototype hit none of those
nor of 263 Chinese clean pages, 199 legit real cases or 620 l3s pages (v15 §12).
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

from core.domains import registrable_domain
from scraper.clean.dom import host_of, parse_html, text_of
from scraper.clean.mentions import PageMarkup
from scraper.clean.writing import MIN_FOREIGN_LETTERS, alien_script_words, script_letters


def foreign_written_links(written: Iterable[str], codes: list[str], letters: Callable[[], Counter],
                          page: PageMarkup, away: Callable[[str], bool]) -> list[tuple[str, str, str]]:
    """(link text, address, markup) of the links in script-written markup (``written``) to an
    off-site host (``away``) whose site the served page names only inside its inline scripts
    (``codes``), and no more often than the script that names it most, and whose text holds
    MIN_FOREIGN_LETTERS or more letters of words in a writing system the page's visible text does
    not write (writing.alien_script_words against ``letters()``, read only when asked)."""
    out: list[tuple[str, str, str]] = []
    lowered: list[str] | None = None
    for markup in written:
        frag = parse_html(markup)
        if frag is None:
            continue
        for a in frag.iter("a"):
            href = (a.get("href") or "").strip()
            host = host_of(href)
            text = text_of(a)
            if not host or not away(host) or sum(script_letters(text).values()) < MIN_FOREIGN_LETTERS:
                continue
            site = registrable_domain(host) or host
            if lowered is None:
                lowered = [c.lower() for c in codes]
            if page.markup.count(site) > max((c.count(site) for c in lowered), default=0):
                continue  # the page names the site beyond the code that writes its link
            if alien_script_words(text, letters()):
                out.append((text, href, markup))
    return out
