"""A frame nobody sees, loading a site nothing else names, as the page's only load from elsewhere
(v15 §3, question Q15-3).

A zero-size or hidden frame loads a whole page from another site for every visitor, unseen: an
intruder's way to count, cloak or farm through the hijacked site (v15: ``<iframe width=0
height=0 src=http://<unnamed host>/x.html>`` before ``</body>``). Ad and analytics stacks sync
through such frames too, but they come with their code: the page loads scripts, images or styles
from elsewhere as well, and names its vendors. Asked alone ("any hidden frame to an unnamed
host"), the analyst's prototype hit 46 of 1,600 extraction pages; "the only off-site load" left
one (a blog's visit-counter frame).

A visit counter is the site's own bookkeeping, not an intrusion: a frame whose address is a stats
path (``/counter``, ``/stats.php``, ``?hit=``) says what it is, and a frame the page sandboxes
without scripts is one the site restricts itself (that blog's counter is both).
"""
from __future__ import annotations

import re
from typing import Any

from core.domains import registrable_domain
from scraper.clean.css import FIXED_POSITION, at_zero, declarations
from scraper.clean.dom import host_of, outer_html, path_of
from scraper.clean.evidence import Evidence
from scraper.clean.hidden import STRONG, WEAK, style_hiding
from scraper.clean.inserted import covers_viewport
from scraper.clean.mentions import PageMarkup

# What loads something into the page, and from which attribute.
_LOADS = (("script", "src"), ("img", "src"), ("iframe", "src"), ("frame", "src"), ("embed", "src"),
          ("object", "data"), ("video", "src"), ("audio", "src"), ("source", "src"), ("input", "src"),
          ("video", "poster"))
# <link> relations that load a file (a canonical or alternate link only names an address).
_LOADING_LINKS = ("stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon")
# An absolute address in code or CSS (a script that loads code, a background image).
_ADDRESS = re.compile(r"(?:https?:)?//([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(?=[:/\"'\s)?#]|$)", re.I)
# The words of a visit counter's or statistics beacon's path (/counter.php, /stats/, ?hit=, /tongji/:
# 统计), alone or glued to one another (hitcount, statcounter): "count" in /counter, not "log" in /blog.
_COUNTER_WORDS = frozenset("count counter counters cnt stat stats statistic statistics hit hits track tracker tracking "
                           "visit visits visitor visitors analytics metrics increment pixel beacon tongji".split())
_RUN = re.compile(r"[a-z]+")


def _counter_path(path: str) -> bool:
    """Whether a frame's path and query name a visit counter: one of its runs of letters is a
    counter word, or two of them glued."""
    for run in _RUN.findall(path.lower()):
        if run in _COUNTER_WORDS or any(run[:i] in _COUNTER_WORDS and run[i:] in _COUNTER_WORDS
                                        for i in range(2, len(run) - 1)):
            return True
    return False


def _locked(frame) -> bool:
    """A frame the page itself sandboxes without scripts: the site restricts what it loads (a
    dev-v2-trafilatura blog's visit counter is so); an intruder's frame is there to run."""
    sandbox = frame.get("sandbox")
    return sandbox is not None and "allow-scripts" not in sandbox.lower()


def lone_unseen_frames(root, hidden: list, ev: Evidence, page: PageMarkup) -> list[tuple[object, str]]:
    """(frame, address) of the hidden frames (zero-size, display:none, visibility:hidden, or in a
    hidden box) that load a page from a site nothing else of the page names, when nothing else of
    the page is loaded from another site (no script, image, style, other frame, nor an address in
    inline code or CSS)."""
    frames = []
    for el, how in hidden:
        for f in el.iter("iframe", "frame"):
            if f is not el and how == STRONG and style_hiding(el.get("style")) != WEAK:
                # inside a box drawn out of sight (a responsive player's wrapper of height 0 whose
                # padding shows the frame reads so: a dev-v10 blog's video): only a frame that is
                # itself invisible, or kept in a display:none / visibility:hidden box, is unseen
                continue
            src = (f.get("src") or "").strip()
            host = host_of(src)
            if host and ev.offsite(host) and not _counter_path(path_of(src)) and not _locked(f):
                frames.append((f, src, host))
    if not frames or len({registrable_domain(h) for _, _, h in frames}) > 1:
        return []
    sites = {registrable_domain(h) for _, _, h in frames}
    chosen = {f for f, _, _ in frames}

    def elsewhere(host: str) -> bool:
        return bool(host) and not ev.is_own(host) and registrable_domain(host) not in sites

    for tag, attr in _LOADS:
        for el in root.iter(tag):
            if el not in chosen and elsewhere(host_of(el.get(attr))):
                return []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower()
        if any(r in rel for r in _LOADING_LINKS) and elsewhere(host_of(link.get("href"))):
            return []
    for el in root.iter("script", "style"):
        if el.get("src") is None and el.text and any(elsewhere(m.group(1).lower()) for m in _ADDRESS.finditer(el.text)):
            return []
    out = []
    for f, src, host in frames:
        if not page.named_outside(host, f):
            out.append((f, src))
    return out


def check_unseen_frames(root, hidden: list, ev: Evidence, page: PageMarkup) -> None:
    """Record the lone unseen frames as hidden links (hijack evidence); their hosts are spam."""
    for frame, src in lone_unseen_frames(root, hidden, ev, page):
        ev.add("hidden_links", "a hidden frame, the page's only load from elsewhere", outer_html(frame))
        ev.hosts.add(host_of(src))


def _pinned(frame) -> bool:
    """Whether the served markup pins a frame into a corner of the window: position:fixed on it or
    on a box around it (below <body>), at 0 from a top or bottom edge and a left or right one. A
    box pinned so stays over the article wherever the reader scrolls (an ad box, v46 B6/B7); a
    site's popup is placed by its script (centred: a dev-v21 blog's newsletter popup with a
    substack frame, left:153px;top:129.5px) and a chat widget keeps a margin (right:24px)."""
    for el in (frame, *frame.iterancestors()):
        if el.tag in ("body", "html"):
            return False
        css = el.get("style") or ""
        if FIXED_POSITION.search(css):
            decls = declarations(css)
            return (at_zero(decls, "top") or at_zero(decls, "bottom")) \
                and (at_zero(decls, "left") or at_zero(decls, "right"))
    return False


def covering_frames(root, hidden: list, ev: Evidence, page: PageMarkup) -> list[tuple[Any, str]]:
    """(frame, address) of the frames the served markup pins over the whole viewport (inserted.
    covers_viewport: position:fixed, full width and height or all four edges) that load a page
    from a site nothing else of the page names: every visitor sees that page instead of the
    site's (v42 sv42-033, a static ``<iframe style="position:fixed;left:0;top:0;width:100%;
    height:100%;z-index:…">``). A script writing the same frame was judged so already
    (inserted._written_addresses); the act is the same whoever spells it. A site's own full-screen
    frames (a player, a consent or paywall wall) load its own host or a vendor its code names.
    Fixed only, as covers_viewport: an absolute frame covers its container (a gallery, a player).
    A frame kept hidden (display:none, off-screen) covers nothing: lone_unseen_frames asks it.

    Measured 2026-12-07 (vf34, dev data, tuned on): every dev page holding a frame styled
    position:fixed/absolute — 320 pages of bench/data/dev, /work/shared/corpus and the 44
    /work/data/extract/dev-* sets — cleaned before and after: +sv42-033 flagged (v42), sv39-028
    (v39, already flagged) given the finding beside its others, no other flag, finding or field
    change; of the 4 pages with a frame over the viewport, the 2 clean ones (a dev-v10 page's
    frame with no address, a dev-v20 news page's comment frame from a vendor it names) stay clean.

    A frame pinned into a corner of the window (_pinned) is read alike: an in-transit injector's
    ad box or notice over every page (v46 B6: a 300x300 frame at right:0;bottom:0; B7: a carrier's
    notice frame in a box at z-index 2147483647, bottom:0;right:0). Measured 2026-12-07 (isp42, dev
    data, tuned on) on the same kind of list (70 pages of bench/data/dev, ../shared corpus and the
    48 dev-* sets with a frame under position:fixed), cleaned before/after: +rc46b-007, +rc46b-010
    (two sites, two captures), no other change. Without the corner condition two clean dev-v21 pages
    (one blog's centred newsletter popup framing a substack page) were flagged."""
    masked = {id(f) for el, _ in hidden for f in el.iter("iframe", "frame")}
    out = []
    for f in root.iter("iframe", "frame"):
        if id(f) in masked or not (covers_viewport(f.get("style")) or _pinned(f)) or _locked(f):
            continue
        src = (f.get("src") or "").strip()
        host = host_of(src)
        if host and ev.offsite(host) and not page.named_outside(host, f):
            out.append((f, src))
    return out


def check_covering_frames(root, hidden: list, ev: Evidence, page: PageMarkup) -> None:
    """Record the frames laid over the whole viewport from an unnamed site; their hosts are spam."""
    for frame, src in covering_frames(root, hidden, ev, page):
        over = "the whole viewport" if covers_viewport(frame.get("style")) else "the page, pinned into a corner of the window,"
        ev.add("spam_link", f"a frame over {over} to a host nothing else of the page names", outer_html(frame))
        ev.hosts.add(host_of(src))
