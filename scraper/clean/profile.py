"""Site profiles: what a site's own pages look like, and what has been injected into them.

A hijack hits many pages of a site at once, while the site's template is stable over time.
A :class:`SiteProfile` is built from a site's pages (bytes in, data out — pure, like the rest of
the cleaner) and given back to ``clean_page(…, profile=…)``:

  * **template blocks** — link groups, headers, footers that recur across the site's pages and
    name no spam, and the title parts of its clean pages — are known good: weak structure alone
    (a menu hidden by display:none, a row of off-site links, a site name the page does not
    repeat) no longer makes them spam. A block recurs as a template only where the pages found
    clean carry it, or every page does (``ProfileBuilder.vouched``): one the hijacked pages alone
    share is this crawl's injection. Strongly hidden blocks (off-screen, zero size) have no use
    but injection and are never exempt;
  * **spam strings and hosts** proven on one page of the site are removed from all its pages;
  * **injected blocks** — a block that recurs across the pages of this crawl, with off-site
    targets the earlier captures never linked to, and that none of the earlier clean captures
    had (:meth:`ProfileBuilder.merged`) — are removed wherever they appear;
  * **chrome slots** — a <title> part, a line above the site's header or below its footer that
    the site's other pages write one way and this page another, adding one name none of them
    carries (a hijack rewrites the template of some pages while the rest agree): the page is
    off its template (:func:`off_template`) and the name is learnt as its spam.

Of the blocks, only those that link off the site matter: the template exemption is read by the
rules that condemn off-site links (a hidden farm, a spam link), and an injected block is one
with new off-site targets. So a page's blocks are fingerprinted only around its off-site links — cheap on
gov/edu pages, whose links are their own — and a template is recognised lazily, for an element
a detector is about to condemn (``Evidence.in_template``).

A profile is built from :class:`PageTraits`, what one cleaned page tells its site's profile, by a
:class:`ProfileBuilder`: the crawl gets the traits of each page from its one cleaning
(``clean_and_describe``) and never cleans a page twice to learn from it. Profiles pickle and
serialise to JSON (:meth:`SiteProfile.to_json`): the archive stores one per source, and crawls
and ``reprocess`` apply it.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from os.path import commonprefix
from typing import Any, Callable, Iterable, Mapping

from lxml import etree

from scraper.clean import brands, lexicon
from scraper.clean.decode import decode_html
from scraper.clean.dom import BLOCK_TAGS, INVISIBLE_TAGS, describe, drop, host_of, outer_html, squash, tag_of, text_of
from scraper.clean.errors import CleanError
from scraper.clean.evidence import block_text, fingerprint, is_navigation_phrase
from scraper.clean.titles import split_title

PROFILE_VERSION = 2
# A block or title part is part of the template when it recurs on at least this many pages
# and this share of them (two pages of a small site are enough to tell a footer).
TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE = 2, 0.3
# A block new in this crawl is injected when it recurs on at least this many of its pages and
# this share of them: one new related-links box is an article's, the same box on half the
# crawl's pages is a template change — or an injection, when it links where the site never did.
INJECTED_MIN_PAGES, INJECTED_MIN_SHARE = 3, 0.5
# Caps, so that a profile stays small enough to store per source and to apply per page.
MAX_BLOCKS, MAX_STRINGS, MAX_HOSTS = 5_000, 500, 500
# A stored profile weighs at most this many pages: when a crawl adds its pages, older counts are
# scaled down so that the total stays here. A site's redesign then becomes its known template
# after a run or two of a few hundred pages instead of never (counts are shares of the pages).
MAX_PROFILE_PAGES = 500
# Chrome slots (a hijack rewrites the template of some pages while the rest agree): a line of a
# page, or a part of its <title>, that stands once on a page on the template's share of the
# site's pages anchors the template; what stands between two anchors (or an anchor and the
# page's start or end) is a slot. A slot is chrome when the site's other pages write it one way:
# the same text on the template's share of them (TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE) and
# more often than as this page does; a headline, a date, an author differ on every page. A
# writing longer than this is an article's, never chrome (a bound chosen, not tuned: the slots
# of the dev pages found off-template hold one line of at most 60 characters).
CHROME_MAX_CHARS = 400
# A slot is written one way when the site's other pages write it in at most this many ways: the
# template's and one other (the hijacked pages of one injection, seen from one of them). A list
# that some pages fill (related news, a topic's links) is written a new way on each of them
# (dev-v45-thunews: one slot in 21 ways over 105 pages, every page a false flag without this).
MAX_SLOT_WRITINGS = 2
# A title's edge part is the site's name in its place when this share of the site's other pages
# write it there: a page's other name there is then a replacement. Lower, sites that name a
# section there on some pages instead (real-l3s-en: Guardian Unlimited Sport and Football on 2 of
# 3 others; a paper's and its group's names) had 5 clean pages flagged; a site of 5 pages with 2
# pages of one injection shows 3 of 4 (chosen for that form, not tuned on a hijacked page).
TITLE_NAME_SHARE = 0.75
# ...and the other name shares no run of this many characters with the site's: the site naming a
# section (BBC Sport for BBC News on dev-dragnet, 网易财经 for 网易新闻 on dev-v39-gnetest: 4
# clean pages; a brand that keeps two characters of the site's name is missed).
SHARED_RUN = 2
_TOP, _END = "\x02", "\x03"   # the page's (or title's) start and end, as anchors
_FIELD_OR_ADDRESS = re.compile(r"\w\s*[:：]|://|www\.|@|[<>]")  # (and a breadcrumb's or markup's signs)
_NAME_CHARS = re.compile(r"[^\W\d_]")
_TEMPLATE_NAMES = ("head", "foot", "top", "bottom", "nav", "menu", "link", "copyright", "banner", "notice")
_TEMPLATE_TAGS = ("header", "footer", "nav")


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
    anchors: dict[str, int] = field(default_factory=dict)       # a line or title part once on a page → pages
    slots: dict[str, dict[str, int]] = field(default_factory=dict)  # "anchor\tanchor" → writing → pages

    def template_blocks(self) -> frozenset[str]:
        need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.pages)
        return frozenset(fp for fp, n in self.blocks.items() if n >= need)

    def site_title_parts(self) -> frozenset[str]:
        need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.clean_pages)
        return frozenset(p for p, n in self.title_parts.items() if n >= need)

    def for_cleaning(self) -> SiteProfile:
        """The same profile without what cleaning never reads (blocks and title parts below the
        template's share): what a crawl ships to its cleaner workers with every page."""
        template, parts = self.template_blocks(), self.site_title_parts()
        return SiteProfile(sites=list(self.sites), pages=self.pages, clean_pages=self.clean_pages,
                           blocks={fp: n for fp, n in self.blocks.items() if fp in template},
                           title_parts={p: n for p, n in self.title_parts.items() if p in parts},
                           hosts={}, injected=list(self.injected), spam_strings=list(self.spam_strings),
                           spam_hosts=list(self.spam_hosts), anchors=dict(self.anchors), slots=dict(self.slots))

    def bounded(self, max_pages: int = MAX_PROFILE_PAGES) -> SiteProfile:
        """The profile with its counts scaled to weigh at most ``max_pages`` pages (shares kept)."""
        def scale(counts: dict[str, int], total: int) -> tuple[dict[str, int], int]:
            if total <= max_pages:
                return dict(counts), total
            k = max_pages / total
            return {key: m for key, n in counts.items() if (m := round(n * k))}, max_pages

        blocks, pages = scale(self.blocks, self.pages)
        hosts, _ = scale(self.hosts, self.pages)
        title_parts, clean_pages = scale(self.title_parts, self.clean_pages)
        anchors, _ = scale(self.anchors, self.pages)
        slots = {key: w for key, ws in self.slots.items() if (w := scale(ws, self.pages)[0])}
        return SiteProfile(sites=list(self.sites), pages=pages, clean_pages=clean_pages, blocks=blocks,
                           title_parts=title_parts, hosts=hosts, injected=list(self.injected)[-MAX_BLOCKS:],
                           spam_strings=list(self.spam_strings), spam_hosts=list(self.spam_hosts),
                           anchors=anchors, slots=slots)

    def to_json(self) -> str:
        data = {"version": PROFILE_VERSION, **{f.name: getattr(self, f.name) for f in fields(self)}}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteProfile:
        data = json.loads(text)
        if data.pop("version", None) != PROFILE_VERSION:
            raise ValueError("not a newsvault site profile of this version")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Block:
    """A block of a page as served: the element, the off-site hosts it links, its text."""

    el: Any
    hosts: set[str]
    text: str


def offsite_blocks(root, offsite: Callable[[str], bool]) -> dict[str, Block]:
    """Fingerprint → Block for the blocks of the page that link off the site (``offsite(host)``):
    the nearest block around each such link, and the header/footer/menu boxes that hold it."""
    body = root.find("body")
    if body is None:
        return {}
    found: dict[Any, set[str]] = {}
    boxes: dict[Any, tuple] = {}  # element → the named boxes among it and its ancestors
    for a in body.iter("a"):
        host = host_of(a.get("href"))
        if not host or not offsite(host):
            continue
        el = a.getparent()
        while el is not None and tag_of(el) not in BLOCK_TAGS:
            el = el.getparent()
        if el is None or tag_of(el) in ("body", "html"):
            continue
        # dict, not set: lxml elements hash by address, so a set's order (and which of two blocks
        # sharing a fingerprint is kept below) changed from run to run; document order is stable
        for box in dict.fromkeys((el, *_named_boxes(el, boxes))):
            found.setdefault(box, set()).add(host)
    out: dict[str, Block] = {}
    for el, hosts in found.items():
        text = block_text(el)
        if text is not None and (fp := fingerprint(el, lexicon.normalize(text))) is not None:
            out[fp] = Block(el, hosts, text)
    return out


def _named_boxes(el, memo: dict[Any, tuple]) -> tuple:
    """The header/footer/menu boxes among ``el`` and its ancestors (memoised: links share them)."""
    chain = []
    node = el
    while node is not None and node not in memo and tag_of(node) not in ("body", "html"):
        chain.append(node)
        node = node.getparent()
    above = memo.get(node, ()) if node is not None else ()
    for n in reversed(chain):
        if _is_named_box(n):
            above = (n, *above)
        memo[n] = above
    return memo.get(el, above)


def _is_named_box(el) -> bool:
    """A block the template names as its own: a header/footer/nav tag, or a class/id saying so."""
    tag = tag_of(el)
    if tag not in BLOCK_TAGS:
        return False
    names = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    return tag in _TEMPLATE_TAGS or any(w in names for w in _TEMPLATE_NAMES)


def template_marks(root) -> frozenset[str]:
    """Fingerprints of the page's named boxes (header, footer, menu: ``_TEMPLATE_TAGS`` and
    ``_TEMPLATE_NAMES``): pages of one site share several, whatever their hosts (a bench groups
    its invented pages into sites by them)."""
    body = root.find("body") if root is not None else None
    if body is None:
        return frozenset()
    return frozenset(fp for el in body.iter() if _is_named_box(el) and (fp := fingerprint(el)))


@dataclass
class PageTraits:
    """What one cleaned page tells its site's profile; small, and it pickles (workers return it)."""

    hijacked: bool = False
    sites: tuple[str, ...] = ()
    # fingerprint → off-site hosts of every block linking off the site (all count for injection)
    blocks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # fingerprint → normalised text of those blocks that name no spam (the template's candidates)
    plain: dict[str, str] = field(default_factory=dict)
    title_parts: tuple[str, ...] = ()    # normalised parts of the <title> as served
    spam_strings: tuple[str, ...] = ()   # strings the page proved spam
    spam_hosts: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()          # normalised lines of the page as served (chrome slots)


def page_traits(blocks: Mapping[str, Block], ev, raw_title: str, lines: Iterable[str] = ()) -> PageTraits:
    """The traits of a page cleaned with Evidence ``ev``; ``blocks`` as taken before cleaning."""
    # A block that names spam by its own words or hosts is never template; one that merely made
    # this page look hijacked by its structure (a hidden row of sister sites) may be.
    plain = {fp: lexicon.normalize(b.text) for fp, b in blocks.items() if not _names_spam(b.text, b.hosts)}
    return PageTraits(
        hijacked=ev.hijacked, sites=tuple(sorted(ev.sites)),
        blocks={fp: tuple(sorted(b.hosts)) for fp, b in blocks.items()}, plain=plain,
        title_parts=tuple(dict.fromkeys(n for p in split_title(raw_title) if (n := lexicon.normalize(p)))),
        spam_strings=tuple(s for s, backed in ev.strings.items() if backed and not is_navigation_phrase(s))
        if ev.hijacked else (),
        spam_hosts=tuple(sorted(ev.hosts)) if ev.hijacked else (),
        lines=tuple(lexicon.normalize(line) for line in lines))


class ProfileBuilder:
    """Accumulates the traits of a site's pages into a profile (``profile``), or into the update
    of an earlier one (``merged``)."""

    def __init__(self) -> None:
        self.pages = 0
        self.clean_pages = 0
        self.sites: Counter[str] = Counter()
        self.blocks: Counter[str] = Counter()        # plain blocks → pages
        self.hosts: Counter[str] = Counter()         # off-site hosts of plain blocks → pages
        self.texts: dict[str, str] = {}              # plain block → its normalised text
        self.hijacked_blocks: Counter[str] = Counter()  # plain blocks → pages found hijacked
        self.all_blocks: Counter[str] = Counter()    # every off-site block → pages
        self.block_hosts: dict[str, set[str]] = {}
        self.titles: Counter[str] = Counter()
        self.spam_strings: dict[str, None] = {}
        self.spam_hosts: dict[str, None] = {}
        self.sequences: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # (lines, title parts) a page

    def add(self, t: PageTraits) -> None:
        self.pages += 1
        self.sequences.append((t.lines, t.title_parts))
        self.sites.update(t.sites)
        for fp, hosts in t.blocks.items():
            self.all_blocks[fp] += 1
            self.block_hosts.setdefault(fp, set()).update(hosts)
        for fp, text in t.plain.items():
            self.blocks[fp] += 1
            if t.hijacked:
                self.hijacked_blocks[fp] += 1
            self.texts.setdefault(fp, text)
        self.hosts.update({h for fp in t.plain for h in t.blocks.get(fp, ())})
        if t.hijacked:
            self.spam_strings.update(dict.fromkeys(t.spam_strings))
            self.spam_hosts.update(dict.fromkeys(t.spam_hosts))
        else:
            self.clean_pages += 1
            self.titles.update(t.title_parts)

    def vouched(self, fp: str) -> bool:
        """Whether these pages may vouch for block ``fp`` as their site's: every page holds it, or
        it recurs among the pages found clean as a template does. A block seen on pages found
        hijacked and not so is what an injection of this crawl looks like (mwp30, issue 11: one
        sold friend-links row on 3 of a site's 6 pages, one off-screen farm on 3 of 5, read as the
        template of the site by the profile built from those same pages: dev synthetic-v29
        syn29-019/-022/-024 and synthetic-v39 sv39-016/-018/-019 lost their flags)."""
        if not self.hijacked_blocks[fp] or self.blocks[fp] >= self.pages:
            return True
        return self.blocks[fp] - self.hijacked_blocks[fp] >= max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.clean_pages)

    def profile(self, earlier: SiteProfile | None = None) -> SiteProfile:
        """The profile of the pages added so far (``earlier``: see :meth:`merged`). Blocks these
        pages do not vouch for (:meth:`vouched`) are left out: never template, nor known to the
        next crawl's injection test."""
        plain = Counter({fp: n for fp, n in self.blocks.items() if self.vouched(fp)})
        vouched_hosts = {h for fp in plain for h in self.block_hosts.get(fp, ())}
        hosts = Counter({h: n for h, n in self.hosts.items() if h in vouched_hosts})
        # What the template holds is the site's own, even where one page's structure looked like
        # spam — but a block new since the earlier pages, linking where they never linked, vouches
        # for nothing: it is what an injection looks like before it recurs enough to be called one.
        need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.pages)
        before = earlier if earlier is not None and earlier.pages else None
        template = [fp for fp, n in plain.items() if n >= need and (
            before is None or fp in before.blocks or not self.block_hosts.get(fp, set()) - set(before.hosts))]
        own_text = [self.texts[fp] for fp in template]
        own_hosts = {h for fp in template for h in self.block_hosts.get(fp, ())}
        # nor is the site's own name (a part of its clean pages' titles) its spam, though a spam
        # <title> that keeps the site-name suffix makes one page learn it
        title_need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.clean_pages)
        own_parts = {p for p, n in self.titles.items() if n >= title_need}
        if earlier is not None:
            own_parts |= earlier.site_title_parts()
        anchors, slots = self.chrome()
        return SiteProfile(
            sites=[s for s, _ in self.sites.most_common(5)], pages=self.pages, clean_pages=self.clean_pages,
            blocks=dict(plain.most_common(MAX_BLOCKS)), title_parts=dict(self.titles.most_common(MAX_BLOCKS)),
            hosts=dict(hosts.most_common(MAX_HOSTS)),
            spam_strings=[s for s in self.spam_strings if (n := lexicon.normalize(s)) not in own_parts
                          and not any(n in t for t in own_text)][:MAX_STRINGS],
            spam_hosts=[h for h in self.spam_hosts if h not in own_hosts][:MAX_HOSTS],
            anchors=anchors, slots=slots)

    def injected(self, earlier: SiteProfile) -> list[str]:
        """Blocks that recur across these pages, link off-site to hosts the earlier pages never
        linked to, and that none of the earlier pages had (none without earlier pages)."""
        if not earlier.pages:
            return []
        need = max(INJECTED_MIN_PAGES, INJECTED_MIN_SHARE * self.pages)
        known = set(earlier.hosts)
        return [fp for fp, n in self.all_blocks.items()
                if n >= need and fp not in earlier.blocks and self.block_hosts.get(fp, set()) - known]

    def merged(self, earlier: SiteProfile) -> SiteProfile:
        """``earlier`` with these pages added: the spam they prove joins it, the blocks they show as
        injected (:meth:`injected`) are marked so, and what they show as clean template joins the
        known good, weighted like earlier pages."""
        current = self.profile(earlier)
        injected = [fp for fp in self.injected(earlier) if fp not in earlier.injected]
        injected_hosts = {h for fp in injected for h in self.block_hosts.get(fp, ())}
        merged = SiteProfile(
            sites=list(dict.fromkeys(earlier.sites + current.sites)),
            pages=earlier.pages + current.pages,
            clean_pages=earlier.clean_pages + current.clean_pages,
            blocks=dict(earlier.blocks), title_parts=dict(earlier.title_parts), hosts=dict(earlier.hosts),
            injected=(list(earlier.injected) + injected)[-MAX_BLOCKS:],
            # the newest proofs are kept when the caps are reached: spam moves on
            spam_strings=list(dict.fromkeys(earlier.spam_strings + current.spam_strings))[-MAX_STRINGS:],
            spam_hosts=list(dict.fromkeys(earlier.spam_hosts + current.spam_hosts))[-MAX_HOSTS:])
        for fp, n in current.blocks.items():
            if fp not in merged.injected:
                merged.blocks[fp] = merged.blocks.get(fp, 0) + n
        for h, n in current.hosts.items():
            if h not in injected_hosts:
                merged.hosts[h] = merged.hosts.get(h, 0) + n
        for part, n in current.title_parts.items():
            merged.title_parts[part] = merged.title_parts.get(part, 0) + n
        for line, n in current.anchors.items():
            merged.anchors[line] = merged.anchors.get(line, 0) + n
        for key, writings in current.slots.items():
            into = merged.slots.setdefault(key, {})
            for w, n in writings.items():
                into[w] = into.get(w, 0) + n
        own = merged.site_title_parts()
        merged.spam_strings = [s for s in merged.spam_strings if lexicon.normalize(s) not in own]
        return merged

    def chrome(self) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
        """(anchors, slots) of these pages: the lines and title parts once on a page on the
        template's share of them, and how each page writes what stands between two of them."""
        need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * self.pages)
        counts: Counter[str] = Counter()
        for lines, parts in self.sequences:
            counts.update(_once(lines))
            counts.update(_title_key(p) for p in _once(parts))
        anchors = {a: n for a, n in counts.most_common(MAX_BLOCKS) if n >= need}
        slots: dict[str, Counter[str]] = {}
        for lines, parts in self.sequences:
            for key, writing in (*_slots(lines, anchors), *_slots(parts, anchors, title=True)):
                slots.setdefault(key, Counter())[_stored(writing)] += 1
        # a slot written more ways than one template's is never read: its count alone is kept
        # (a profile is stored per source; an article's slots hold a writing per page)
        return anchors, {key: dict(ws) if len(ws) <= MAX_SLOT_WRITINGS else {"#many": sum(ws.values())}
                         for key, ws in slots.items()}


def page_lines(root) -> list[str]:
    """The lines of text the page's body shows as served (a block or <br> starts a line;
    invisible elements skipped), whitespace squashed: what its chrome slots are read from."""
    body = root.find("body") if root is not None else None
    if body is None:
        return []
    lines: list[str] = []
    parts: list[str] = []
    skipped = 0
    for event, el in etree.iterwalk(body, events=("start", "end")):  # (walked: hostile pages nest deep)
        tag = tag_of(el)
        if event == "start":
            skipped += bool(skipped or tag in INVISIBLE_TAGS or not tag)
            if not skipped and (tag in BLOCK_TAGS or tag == "br"):
                lines.append("".join(parts))
                parts = []
            if not skipped and el.text:
                parts.append(el.text)
            continue
        if skipped:
            skipped -= 1
            if skipped:
                continue
        elif tag in BLOCK_TAGS:
            lines.append("".join(parts))
            parts = []
        if el is not body and el.tail:
            parts.append(el.tail)
    lines.append("".join(parts))
    return [line for raw in lines if (line := squash(raw))]


def _once(seq: Iterable[str]) -> set[str]:
    counts = Counter(seq)
    return {x for x, n in counts.items() if n == 1 and x}


def _title_key(part: str) -> str:
    return "t:" + part


def _slot_spans(seq: list[str], anchors: Mapping[str, int], title: bool = False) -> list[tuple[str, list[int]]]:
    """The slots of a page's lines (or title parts): slot key → the indices standing in it."""
    key = _title_key if title else str
    once = _once(seq)
    out: list[tuple[str, list[int]]] = []
    prev, between = key(_TOP), list[int]()
    for i, item in enumerate(seq):
        if item in once and key(item) in anchors:
            out.append((f"{prev}\t{key(item)}", between))
            prev, between = key(item), []
        else:
            between.append(i)
    out.append((f"{prev}\t{key(_END)}", between))
    return out


def _slots(seq: tuple[str, ...], anchors: Mapping[str, int], title: bool = False) -> list[tuple[str, str]]:
    items = list(seq)
    return [(key, "\n".join(items[i] for i in span)) for key, span in _slot_spans(items, anchors, title)]


def _stored(writing: str) -> str:
    """A slot's writing as a profile keeps it: an article's (too long for chrome) by a digest."""
    if len(writing) <= CHROME_MAX_CHARS:
        return writing
    return "#" + hashlib.sha1(writing.encode()).hexdigest()[:12]


@dataclass
class OffTemplate:
    """A chrome slot this page writes unlike the site's other pages, adding names they never carry."""

    slot: str            # "title", or the lines around it ("line between the start and 'X'")
    page: str            # this page's writing of the slot
    site: str            # the site's
    added: list[str]     # the words this page adds


def off_template(profile: SiteProfile, lines: list[str], title_parts: list[str],
                 away: Iterable[str] = ()) -> list[OffTemplate]:
    """The chrome slots of a page (its ``lines`` and <title> parts as served; ``away``: the texts
    of its links off the site) that the site's other pages write one way and this page another,
    by one line or title part holding a name that neither that writing nor any line of the
    site's template carries (one line: several added to a slot were a list some pages fill —
    related items, a second footer's contact lines — on 13 clean pages of dev-v34-xmunews and
    dev-v44-rucnews; one injection adds one name). Only the slots at the edges count (above
    the first line or title part of the template, below its last: between two of them, lists a
    page fills its own way — links to a service, a show's page, a title's parts split inside a
    name — differed on 3 clean pages of the extraction sets); in the body the name must be a link's off the site (a
    differing line of plain words was a column's or a catalogue field's value on clean pages),
    and a title part must be no line of the body (its headline, where the site titles a page
    with nothing but it)."""
    if not profile.slots:
        return []
    shown = {lexicon.normalize(x) for x in lines}
    away = {n for a in away if len(_NAME_CHARS.findall(n := lexicon.normalize(a))) >= 2}
    need = max(TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE * profile.pages)
    out = []
    for raw, title in ((lines, False), (title_parts, True)):
        norm = [lexicon.normalize(x) for x in raw]
        edges = (_title_key(_TOP), _title_key(_END)) if title else (_TOP, _END)
        for key, span in _slot_spans(norm, profile.anchors, title):
            ends = key.split("\t")
            if ends == list(edges) or not set(ends) & set(edges):
                continue  # (a site with no template; a slot inside)
            mine = "\n".join(norm[i] for i in span)
            site = _template_writing(profile.slots.get(key) or {}, mine, need)
            if site is None:
                continue
            kept = set(site.split("\n"))
            new = [_added(raw[i], norm[i], site) for i in span if norm[i] not in kept]
            if len(new) != 1 or not _reads_as_name(new[0]) or _carried(name := lexicon.normalize(new[0]), site, profile.anchors):
                continue
            if (name in shown) if title else not any(a in name for a in away):
                continue  # (a title's headline; a body line that links nowhere away)
            before, after = (k.removeprefix("t:") for k in ends)
            where = "title" if title else f"line between {_edge(before)} and {_edge(after)}"
            out.append(OffTemplate(where, " | ".join(raw[i] for i in span), site.replace("\n", " | "), new))
    return out + _replaced_title_edges(profile, title_parts, shown, need)


def _replaced_title_edges(profile: SiteProfile, parts: list[str], shown: set[str], need: float) -> list[OffTemplate]:
    """The title's first or last part, where the site's other pages title with its name there
    (nothing before or after it, as ``off_template`` reads a slot) and this page has another
    name in its place that its body does not show (a site-name suffix replaced by a brand's; its
    pages: ``TITLE_NAME_SHARE``; shown in a line of the body, it was a split headline's end or a
    byline on 2 clean pages of dev-v9-irdata and dev-v37-fundeval)."""
    norm = [lexicon.normalize(p) for p in parts]
    whole = "".join(norm)
    if len(norm) < 2 or whole in shown:
        return []
    out = []
    for i, edge in ((len(norm) - 1, _title_key(_END)), (0, _title_key(_TOP))):
        for key, writings in profile.slots.items():
            a, b = key.split("\t")
            anchor, beyond = (a, b) if edge == b else (b, a)
            if beyond != edge or anchor in (_title_key(_TOP), _title_key(_END)) or not anchor.startswith("t:") \
                    or anchor[2:] in whole or profile.anchors.get(anchor, 0) < TITLE_NAME_SHARE * profile.pages \
                    or _template_writing(writings, _TOP, need) != "":
                continue
            name = norm[i]
            if any(name in line for line in shown) or not _reads_as_name(parts[i]) or _carried(name, "", profile.anchors) \
                    or any(name[k:k + SHARED_RUN] in anchor for k in range(len(name) - SHARED_RUN + 1)):
                continue  # (a name sharing a run with the site's is the site's section: BBC Sport for BBC News)
            out.append(OffTemplate("title", " | ".join(parts), anchor[2:], [parts[i]]))
            break
    return out


def _template_writing(writings: Mapping[str, int], mine: str, need: float) -> str | None:
    """How the site's pages write a slot, when they write it one way (``MAX_SLOT_WRITINGS``) that
    holds on ``need`` pages, more than write it as this page does (``mine``), and not as it does."""
    if not writings or len(writings) > MAX_SLOT_WRITINGS or len(mine) > CHROME_MAX_CHARS:
        return None
    site = max(writings, key=writings.__getitem__)
    n = writings[site]
    if site.startswith("#") or site == mine or n < need or writings.get(mine, 0) >= n \
            or sum(m == n for m in writings.values()) > 1:
        return None
    return site


def _reads_as_name(text: str) -> bool:
    """A name's length, not a labelled field (来源：, 相关专题：, whose values differ page to page), an
    address, a breadcrumb (Site > Sports) nor markup (a title broken by a script's text)."""
    return 2 <= len(_NAME_CHARS.findall(text)) and len(lexicon.normalize(text)) <= lexicon.MAX_PAGE_STRING \
        and not _FIELD_OR_ADDRESS.search(text)


def _carried(name: str, site: str, anchors: Mapping[str, int]) -> bool:
    """Whether the site's pages carry ``name``: in the slot's writing or in a line of their template."""
    return name in site or any(name in a for a in anchors)


def _edge(anchor: str) -> str:
    return {_TOP: "the start", _END: "the end"}.get(anchor, repr(anchor[:30]))


def _added(raw: str, norm: str, site: str) -> str:
    """What line ``raw`` (normalised ``norm``) adds to the site's writing of its slot: the line
    less the start and end it shares with the site's closest line (a holder swapped inside a
    copyright line), else the whole line."""
    head = tail = 0
    for line in site.split("\n"):
        h = len(commonprefix([norm, line]))
        t = len(commonprefix([norm[h:][::-1], line[h:][::-1]]))
        if h + t > head + tail:
            head, tail = h, t
    return norm[head:len(norm) - tail] if head + tail >= lexicon.MIN_PAGE_STRING else raw


Page = bytes | tuple[bytes, str | None]


def _traits_of(pages: Iterable[Page], headers: Mapping[str, str] | None) -> Iterable[PageTraits]:
    from scraper.clean.engine import clean_and_describe  # the engine imports this module

    for page in pages:
        raw, url = page if isinstance(page, tuple) else (page, None)
        try:
            traits = clean_and_describe(raw, url, headers)[1]
        except CleanError:  # not an HTML page: it teaches nothing
            continue
        if traits is not None:
            yield traits


def build_profile(pages: Iterable[Page], headers: Mapping[str, str] | None = None) -> SiteProfile:
    """A profile from a site's pages: bytes, or (bytes, url) pairs. Pure; pages that cannot be
    cleaned are skipped."""
    builder = ProfileBuilder()
    for traits in _traits_of(pages, headers):
        builder.add(traits)
    return builder.profile()


def merge_profiles(earlier: SiteProfile, current_pages: Iterable[Page],
                   headers: Mapping[str, str] | None = None) -> SiteProfile:
    """The profile of ``earlier`` clean captures, with the pages of this crawl added (see
    :meth:`ProfileBuilder.merged`)."""
    builder = ProfileBuilder()
    for traits in _traits_of(current_pages, headers):
        builder.add(traits)
    return builder.merged(earlier)


_TAG = re.compile(r"<[^>]*>")


def mentions(raw: bytes, headers: Mapping[str, str] | None, strings: Iterable[str], hosts: Iterable[str]) -> bool:
    """True when the page holds one of ``strings`` in its text or one of ``hosts`` in its markup:
    the cheap test before a page is cleaned again for what its site's profile learned later."""
    text, _ = decode_html(raw, headers)
    low = text.lower()
    if any(h and h.lower() in low for h in hosts):
        return True
    norm = lexicon.normalize(_TAG.sub("", text))
    return any(n and n in norm for s in strings if (n := lexicon.normalize(s)))


def apply_profile(root, ev, profile: SiteProfile, blocks: Mapping[str, Block] | None = None,
                  lines: list[str] | None = None, raw_title: str = "") -> None:
    """Before detection: learn the site's proven spam, drop its injected blocks from this page
    (``blocks``: the page's off-site blocks, when already taken), read its chrome slots against
    the site's (``lines``: the page's lines, when already taken; ``off_template``: the names a
    slot adds are learnt as the page's spam), and hand its template to ``ev`` (checked lazily,
    by ``ev.in_template``)."""
    ev.learn_site_strings(profile.spam_strings)
    ev.hosts.update(profile.spam_hosts)
    ev.title_parts = profile.site_title_parts()
    ev.template = profile.template_blocks()
    if profile.slots:  # (a profile stored before chrome slots, or of pages with none, has nothing to read)
        _check_chrome(root, ev, profile, page_lines(root) if lines is None else lines, raw_title)
    if not profile.injected:
        return
    injected = set(profile.injected)
    for fp, b in (blocks if blocks is not None else offsite_blocks(root, ev.offsite)).items():
        if fp in injected and b.el.getparent() is not None:
            ev.add("injected_block", describe(b.el), outer_html(b.el))
            for a in b.el.iter("a"):
                ev.learn(text_of(a), True)
            ev.hosts.update(b.hosts)
            drop(b.el)


def _check_chrome(root, ev, profile: SiteProfile, lines: list[str], raw_title: str) -> None:
    """Record the page's chrome slots written off the site's template; learn the names they add."""
    parts = list({n: p for p in split_title(raw_title) if (n := lexicon.normalize(p))}.values())
    body = root.find("body")
    away = [text_of(a) for a in body.iter("a") if ev.offsite(host_of(a.get("href")))] if body is not None else []
    for off in off_template(profile, lines, parts, away):
        ev.add("off_template", off.slot, f"{off.page} (the site's other pages: {off.site or 'nothing'})")
        for name in off.added:
            ev.learn(name, True)


def _names_spam(text: str, hosts: set[str]) -> bool:
    return (lexicon.has_strong(text) or bool(brands.promo_spans(text)) or bool(brands.brand_like(text))
            or any(lexicon.host_is_spammy(h) for h in hosts))
