"""Reading the cleaner's evidence back: which spam domains and brand names a page's findings name.

The hijack report (archive.report) asks this of stored findings; the answer depends on the
cleaner's lexicon, so it is computed here, beside it.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from core.domains import registrable_domain
from scraper.clean import lexicon

_URL_HOST = re.compile(r"(?:https?:)?//([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(?=[:/\"'\s<>?#]|$)", re.I)
_ANCHOR = re.compile(r"<a\b[^>]*>(.*?)</a>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
# spliced_brand findings of these places carry the strings cut out ("; "-joined) or the field's
# whole value; a piece counts as a brand only when it is short enough to be a name: brands with
# their tails run to about a dozen characters (华体会体育登录入口 is 9), bylines and 来源 lines longer.
CUT_PIECES_WHERE = ("article", "title", "source", "author")

MAX_BRAND_CHARS = 24


def spam_domains(findings: list[dict], page_url: str) -> list[str]:
    """Hosts named in the evidence (links, scripts, redirects) that are not the page's own site
    nor a trusted (gov/edu, well-known) host."""
    own = registrable_domain((urlsplit(page_url).hostname or "").lower())
    hosts = []
    for f in findings:
        for host in _URL_HOST.findall(f.get("evidence") or ""):
            host = host.lower().rstrip(".")
            if registrable_domain(host) != own and not lexicon.host_is_trusted(host):
                hosts.append(host)
    return sorted(set(hosts))


def spam_brands(findings: list[dict]) -> list[str]:
    """Brand names in the evidence: the lexicon's brands, and the texts of injected links."""
    found: dict[str, str] = {}  # normalised → as first written

    def add(term: str) -> None:
        term = term.strip(" ，,。.;；:：“”\"'()（）")
        key = lexicon.normalize(term)
        if len(key) >= 2:
            found.setdefault(key, term)

    for f in findings:
        evidence = f.get("evidence") or ""
        if f.get("kind") == "spliced_brand" and f.get("where") in CUT_PIECES_WHERE:
            for piece in evidence.split("; "):
                if len(piece) <= MAX_BRAND_CHARS and lexicon.has_strong(piece):
                    add(piece)
        if f.get("kind") in ("spam_link", "hidden_links"):
            for inner in _ANCHOR.findall(evidence):
                text = html.unescape(_TAG.sub("", inner)).strip()
                if len(lexicon.normalize(text)) >= lexicon.MIN_PAGE_STRING:
                    add(text)
        text = html.unescape(_TAG.sub(" ", evidence))
        for hit in lexicon.find_hits(text, min_strength=lexicon.BRAND):
            add(hit.term)
    # "娱乐城" inside "鸿运国际娱乐城", "金宝搏" inside "金宝搏188入口": the longer name says it all.
    return sorted(term for key, term in found.items() if not any(key != k and key in k for k in found))
