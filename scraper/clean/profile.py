"""Site profiles: what a site's own pages look like, and what has been injected into them.

A hijack hits many pages of a site at once, while the site's template is stable over time.
A :class:`SiteProfile` is built from a site's pages (bytes in, data out — pure, like the rest of
the cleaner) and given back to ``clean_page(…, profile=…)``:

  * **template blocks** — link groups, headers, footers that recur across the site's pages and
    name no spam, and the title parts of its clean pages — are known good: weak structure alone
    (a menu hidden by display:none, a row of off-site links, a site name the page does not
    repeat) no longer makes them spam. Strongly hidden blocks (off-screen, zero size) have no
    use but injection and are never exempt;
  * **spam strings and hosts** proven on one page of the site are removed from all its pages;
  * **injected blocks** — a block that recurs across the pages of this crawl, with off-site
    targets the earlier captures never linked to, and that none of the earlier clean captures
    had (:func:`merge_profiles`) — are removed wherever they appear.

Profiles pickle and serialise to JSON (:meth:`SiteProfile.to_json`), so that the archive can
store one per source and apply it in later crawls and in ``reprocess``.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from core.domains import registrable_domain
from scraper.clean import brands, lexicon
from scraper.clean.dom import BLOCK_TAGS, describe, drop, host_of, outer_html, tag_of, text_of
from scraper.clean.titles import split_title

PROFILE_VERSION = 1
# A block or title part is part of the template when it recurs on at least this many pages
# and this share of them (two pages of a small site are enough to tell a footer).
TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE = 2, 0.3
# A block new in this crawl is injected when it recurs on at least this many of its pages and
# this share of them: one new related-links box is an article's, the same box on half the
# crawl's pages is a template change — or an injection, when it links where the site never did.
INJECTED_MIN_PAGES, INJECTED_MIN_SHARE = 3, 0.5
# Caps, so that a profile stays small enough to store per source and to apply per page.
MAX_BLOCKS, MAX_STRINGS, MAX_HOSTS = 5_000, 500, 500
# Blocks longer than this are article bodies, not template.
MAX_BLOCK_TEXT = 2_000
_TEMPLATE_NAMES = ("head", "foot", "top", "bottom", "nav", "menu", "link", "copyright", "banner", "notice")


@dataclass
class SiteProfile:
    """A site's template and what has been proven injected into its pages."""

    sites: list[str] = field(default_factory=list)
    pages: int = 0                                              # pages the profile was built from
    clean_pages: int = 0                                        # of which came out clean
    blocks: dict[str, int] = field(default_factory=dict)        # fingerprint of a block naming no spam → pages
    title_parts: dict[str, int] = field(default_factory=dict)   # normalised title part → clean pages
    hosts: dict[str, int] = field(default_factory=dict)         # off-site hosts those blocks link → pages
    injected: list[str] = field(default_factory=list)           # fingerprints of injected blocks
    spam_strings: list[str] = field(default_factory=list)       # proven spam, removed site-wide
    spam_hosts: list[str] = field(default_factory=list)

    def template_blocks(self) -> set[str]:
        need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.pages)
        return {fp for fp, n in self.blocks.items() if n >= need}

    def site_title_parts(self) -> set[str]:
        need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.clean_pages)
        return {p for p, n in self.title_parts.items() if n >= need}

    def to_json(self) -> str:
        data = {"version": PROFILE_VERSION, **self.__dict__}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteProfile:
        data = json.loads(text)
        if data.pop("version", None) != PROFILE_VERSION:
            raise ValueError("not a newsvault site profile of this version")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def block_fingerprints(root, sites: frozenset[str]) -> dict[str, tuple[Any, set[str]]]:
    """Fingerprint → (element, off-site hosts) for the page's template-like blocks: groups of
    links and header/footer/menu/copyright boxes, as served (before any cleaning)."""
    body = root.find("body")
    if body is None:
        return {}
    candidates = set()
    for a in body.iter("a"):
        el = a.getparent()
        while el is not None and tag_of(el) not in BLOCK_TAGS:
            el = el.getparent()
        if el is not None and tag_of(el) not in ("body", "html"):
            candidates.add(el)
    for el in body.iter(*BLOCK_TAGS):
        names = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
        if any(n in names for n in _TEMPLATE_NAMES) or tag_of(el) in ("header", "footer", "nav"):
            candidates.add(el)
    out: dict[str, tuple[Any, set[str]]] = {}
    for el in candidates:
        text = lexicon.normalize(text_of(el))
        if not 2 <= len(text) <= MAX_BLOCK_TEXT:
            continue
        hosts = {h for a in el.iter("a") if (h := host_of(a.get("href"))) and registrable_domain(h) not in sites
                 and not lexicon.host_is_trusted(h)}
        fp = hashlib.sha1(f"{tag_of(el)}|{text}".encode()).hexdigest()[:16]
        out[fp] = (el, hosts)
    return out


def build_profile(pages: Iterable[bytes | tuple[bytes, str | None]],
                  headers: Mapping[str, str] | None = None) -> SiteProfile:
    """A profile from a site's pages: bytes, or (bytes, url) pairs. Pure; pages that cannot be
    cleaned are skipped."""
    from scraper.clean.engine import parse_page, run_cleaner  # the engine imports this module

    profile = SiteProfile()
    blocks: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    hosts: Counter[str] = Counter()
    sites: Counter = Counter()
    spam_strings: dict[str, None] = {}
    spam_hosts: dict[str, None] = {}
    block_words: dict[str, tuple[str, set[str]]] = {}  # fingerprint → (normalised text, hosts)
    for page in pages:
        raw, url = page if isinstance(page, tuple) else (page, None)
        parsed = parse_page(raw, url, headers)
        if parsed is None:
            continue
        root, page_sites, raw_title = parsed
        fingerprints = block_fingerprints(root, page_sites)
        article, ev = run_cleaner(raw, url, headers, None, None)
        profile.pages += 1
        sites.update(page_sites)
        # Blocks recur on a site's pages because they are its template — unless they name spam.
        plain = {fp: hs for fp, (el, hs) in fingerprints.items() if not _names_spam(el, hs)}
        blocks.update(plain.keys())
        hosts.update({h for hs in plain.values() for h in hs})
        for fp in plain:
            if fp not in block_words:
                el, hs = fingerprints[fp]
                block_words[fp] = (lexicon.normalize(text_of(el)), hs)
        if ev.hijacked:
            for s, backed in ev.strings.items():
                if backed:
                    spam_strings.setdefault(s)
            for h in ev.hosts:
                spam_hosts.setdefault(h)
        else:
            profile.clean_pages += 1
            titles.update({lexicon.normalize(p) for p in _title_parts(raw_title)})
    # What the template holds is the site's own, even where one page's structure looked like spam.
    need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * profile.pages)
    own_text = [block_words[fp][0] for fp, n in blocks.items() if n >= need and fp in block_words]
    own_hosts = {h for fp, n in blocks.items() if n >= need and fp in block_words for h in block_words[fp][1]}
    spam_strings = {s: None for s in spam_strings if not any(lexicon.normalize(s) in t for t in own_text)}
    spam_hosts = {h: None for h in spam_hosts if h not in own_hosts}
    profile.sites = [s for s, _ in sites.most_common(5)]
    profile.blocks = dict(blocks.most_common(MAX_BLOCKS))
    profile.title_parts = dict(titles.most_common(MAX_BLOCKS))
    profile.hosts = dict(hosts.most_common(MAX_HOSTS))
    profile.spam_strings = list(spam_strings)[:MAX_STRINGS]
    profile.spam_hosts = list(spam_hosts)[:MAX_HOSTS]
    return profile


def crawl_profile(pages: Iterable[bytes | tuple[bytes, str | None]],
                  headers: Mapping[str, str] | None = None) -> tuple[SiteProfile, Counter, dict[str, set[str]]]:
    """Blocks of the pages of one crawl, counted on every page (hijacked or not)."""
    from scraper.clean.engine import parse_page

    counts: Counter = Counter()
    block_hosts: dict[str, set[str]] = {}
    n = 0
    for page in pages:
        raw, url = page if isinstance(page, tuple) else (page, None)
        parsed = parse_page(raw, url, headers)
        if parsed is None:
            continue
        n += 1
        for fp, (_, hosts) in block_fingerprints(parsed[0], parsed[1]).items():
            counts[fp] += 1
            block_hosts.setdefault(fp, set()).update(hosts)
    return SiteProfile(pages=n), counts, block_hosts


def merge_profiles(earlier: SiteProfile, current_pages: Iterable[bytes | tuple[bytes, str | None]],
                   headers: Mapping[str, str] | None = None) -> SiteProfile:
    """The profile of ``earlier`` clean captures, with the pages of this crawl added: spam they
    prove joins the profile, and a block that recurs across this crawl's pages, links off-site
    to hosts the earlier captures never linked to and is in none of the earlier captures is
    marked injected."""
    pages = list(current_pages)
    current = build_profile(pages, headers)
    crawl, counts, block_hosts = crawl_profile(pages, headers)
    merged = SiteProfile(
        sites=list(dict.fromkeys(earlier.sites + current.sites)),
        pages=earlier.pages + current.pages,
        clean_pages=earlier.clean_pages,
        blocks=dict(earlier.blocks),
        title_parts=dict(earlier.title_parts),
        hosts=dict(earlier.hosts),
        injected=list(earlier.injected),
        spam_strings=list(dict.fromkeys(earlier.spam_strings + current.spam_strings))[:MAX_STRINGS],
        spam_hosts=list(dict.fromkeys(earlier.spam_hosts + current.spam_hosts))[:MAX_HOSTS],
    )
    need = max(INJECTED_MIN_PAGES, INJECTED_MIN_SHARE * crawl.pages)
    for fp, n in counts.items():
        new_hosts = block_hosts.get(fp, set()) - set(earlier.hosts)
        if n >= need and fp not in earlier.blocks and new_hosts and earlier.pages:
            merged.injected.append(fp)
    # what this crawl shows as clean template joins the known good, weighted like earlier pages
    for fp, n in current.blocks.items():
        if fp not in merged.injected:
            merged.blocks[fp] = merged.blocks.get(fp, 0) + n
    for part, n in current.title_parts.items():
        merged.title_parts[part] = merged.title_parts.get(part, 0) + n
    merged.clean_pages += current.clean_pages
    return merged


def apply_profile(root, ev, profile: SiteProfile) -> None:
    """Before detection: learn the site's proven spam, drop its injected blocks from this page,
    and mark its template blocks known good (in ``ev.template``)."""
    for s in profile.spam_strings:
        ev.learn(s, True)
    ev.hosts.update(profile.spam_hosts)
    ev.title_parts = profile.site_title_parts()
    injected = set(profile.injected)
    template = profile.template_blocks()
    for fp, (el, hosts) in block_fingerprints(root, ev.sites).items():
        if fp in injected and el.getparent() is not None:
            ev.add("injected_block", describe(el), outer_html(el))
            for a in el.iter("a"):
                ev.learn(text_of(a), True)
            ev.hosts.update(hosts)
            drop(el)
        elif fp in template:
            ev.template.update(el.iter())


def _names_spam(el, hosts: set[str]) -> bool:
    text = text_of(el)
    return (lexicon.has_strong(text) or bool(brands.promo_spans(text)) or bool(brands.brand_like(text))
            or any(lexicon.host_is_spammy(h) for h in hosts))


def _title_parts(title: str) -> list[str]:
    return split_title(title)
