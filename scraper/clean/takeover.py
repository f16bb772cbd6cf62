"""Whole-page takeover: is this page the site's own at all?

Every other reader asks what was injected into an article. A hacked site also serves pages
that are nothing of the site: a landing page dropped whole into one of its paths. Such a page
carries no trace of the host's own site — no link to any other page of it (its sections, its
home page), only to itself — and the links it does have are one offer: most of them send the
visitor to one off-site address. A site's own page, even a landing page or a one-page site,
links its own pages or sends the visitor to many places; a page that only links itself and
one elsewhere is somebody else's page standing at this address.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable
from urllib.parse import urldefrag, urljoin, urlsplit

from core.domains import registrable_domain
from scraper.clean.dom import host_of

# The offer's links: at least this many visible links to one off-site address. A landing page
# repeats its call to action on every button (rc7-032: 13 to one shortened address); a page
# that links a partner or a source once or twice does not. Measured on every dev clean corpus
# (extract dev-*, shared corpus, the hijack sets' legit pages): 0 pages; counting links by site
# instead of by address fired on 2 clean pages at 5 and 4 at 3 (a news site's sister site).
MIN_OFFER_LINKS = 5
# ...and they are most of the page's links that lead anywhere (self links aside): rc7-032 0.87.
MIN_OFFER_SHARE = 0.6


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/").rstrip("/") + ("?" + parts.query if parts.query else "")


def taken_over(root, url: str | None, sites: frozenset[str], hidden: Iterable = ()) -> str | None:
    """The address a taken-over page sends its visitors to, or None for a page of its own site.

    ``sites``: the page's own registered domains; ``hidden``: (element, how) of the hidden blocks
    (what no reader sees votes for nothing). Judged only when the page says which site it
    belongs to (its URL, canonical link, or the site its links point to).
    """
    if not sites:
        return None
    masked = {d for el, _ in hidden for d in el.iter()}
    canonical = next((el.get("href") for el in root.iter("link")
                      if (el.get("rel") or "").lower() == "canonical" and el.get("href")), None)
    base = url or canonical
    selves = {_path(u) for u in (url, canonical) if u}
    here = host_of(url)
    offsite: Counter = Counter()  # address -> visible links to it
    leading = 0
    for a in root.iter("a", "area"):
        href = (a.get("href") or "").strip()
        if a in masked or not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = urldefrag(urljoin(base, href) if base else href)[0]
        host = host_of(target)
        # a relative link, or one to the page's host or its site, stays on the site (a mirror on
        # 127.0.0.1 is its page's host too)
        if not host or host == here or registrable_domain(host) in sites:
            if _path(target) not in selves:
                return None  # a link to another page of its own site: the site's page
            continue
        leading += 1
        offsite[target] += 1
    if not offsite:
        return None
    target, n = offsite.most_common(1)[0]
    if n >= MIN_OFFER_LINKS and n >= MIN_OFFER_SHARE * leading:
        return target
    return None
