"""What a page's inline scripts insert for the visitor, asked as elements (v14 §3, question V14-1).

``behaviour.judge_run`` reads the difference between visitors, and excuses what every visitor gets
alike or what people get and a spider does not (bot exclusion). An injection that inserts the
same thing for every person slips through that: a hidden box holding a link, a frame over the
whole viewport, code loaded from an address spelt only as character codes. These questions ask
what the inserted element *is*, whoever gets it, and condemn it only when it points to a host
nothing else of the page names: a site's own widgets, ad frames and consent overlays come with
the page's links, script tags or configuration naming their host.

Measured (j15): the 6 synthetic v14 pages of these shapes (the account's V14-1, built from them)
caught, every other dev set unchanged; no new flag on the 5,060 clean extraction pages (the 1,369
whose inline scripts could insert a shape were cleaned) nor on the dev sets' legit pages. The
broader "a script writes a frame or link to an unnamed host" hit 122 of 1,600 extraction pages
(v14 §9): the shape is what keeps it narrow, not the host.
"""
from __future__ import annotations

import re
from functools import cache, cached_property
from typing import Callable, Collection, Iterable

from core.domains import registrable_domain
from scraper.clean.css import FULL_SIZE, at_zero, css_rules, declarations, fills_window
from scraper.clean.dom import host_of, parse_html
from scraper.clean.hidden import STRONG, find_hidden
from scraper.clean.loaders import MIN_CHAR_CODES, spelt_codes
from scraper.clean.scripts import constants

# Measured, not wired (kl29, variant d18fce2; v37 §7.3 (b)): code a script inserts from an address
# that names no file — a host and one path token of letters and digits (base64's + / = too), no dot,
# no query, 6+ characters mixing a letter and a digit — from a host only that script names: a short
# link's code (t.cn/z8A9JYQ) or an encoded key a loader server decodes (v16 rc16-019
# …/oBiWuds69dDEOqyLly+6m9I6rJvWbvHKgmU=), where a site's own and a vendor's scripts name a file
# (…/hm.js, gtm.js?id=) or a path of words (widget/you5eu27).
# Measured 2026-12-06 (kl29, v37b studied; dev data, tuned on): a script-inserted load (run, or a
# written <script src>, "<scr"+"ipt" joined) of such an address from a host only that script names
# flags 4 missed pages of the dev hijack dump and changes no other record of its 87 files: rc16-019
# (real-cases-v16), syn16-008/-017 (synthetic-v16), rc37b-014 (the studied split). But the same loader
# — the very snippet, "(function(e,l,v,j,f){j=e.createElement(l)…})(document,'script','//<host>/<key>')"
# — is how ad-recovery vendors serve clean pages from hosts named nowhere else with opaque keys: of
# the 329 clean extraction pages whose inline code holds such an address, it flags 9+ on 5 sets, e.g.
# dev-aeb ea25dd7e… (Admiral, hfc195b.com/<hex>), dev-v19-articlex ax069/-070/-147/-148, dev-v3-htmldate
# washingtontimes.com-GOP, dev-v6-fundus WashingtonTimes_2023_04_28 (Admiral, absorbingband.com/v2…),
# dev-v3-htmldate 1732261760 and dev-v2-trafilatura foxyfolksy.com.buttercream (<hex> keys). The shape cannot
# tell a hijacker's key from a vendor's: what the loaded file does is the crawl's question
# (behaviour.py's note above throwaway_loader). Fails the clean rule: the spam forms are strict xfails in
# tests/clean/test_token_address_loader.py, the legit forms asserted as they stand.

# Wired in session 31 (sb31; mwb30's reader, variant 7108231, unchanged): a <script src> the run
# writes (the sandbox records document.write's markup) whose site no constant of the page's scripts
# holds (scripts.constants: escapes decoded, "a"+"b" joined) and the served page never names: only
# running the code shows where it loads from — v39b rc39b-003's _0xaae8 line reverses a hex-escaped
# '<script src="http://<bare IP>/jquery.js">' and writes it; v24 sv24-001/-018 write a .cc /
# digit-named host's c.js from char codes fed through atob. A site writing its analytics loader from
# a literal string (unescape("%3Cscript src='" + p + "hm.baidu.com/…"), "<scr"+"ipt") names the host
# in a constant: not read. Left out in session 30 because v39 was then the studied split; v39 is dev
# now, so rc39b-003 (real, v39b) and sv24-001 (synthetic, v24) are gains on two splits.
# Measured 2026-12-06 (sb31, dev data, tuned on): full nodata dev hijack dump (93 files) vs h31/nodata
# (be0454a): +rc39b-003, +sv24-001, +sv24-018 flagged, no other flag or field changes; the same
# finding added beside others on 13 already-flagged hijacked pages (rc-dev-001/-015/-016/-017,
# rc36b-001/-003/-004/-005/-006, rc39b-006, sy23-040, syn3-003/-006: loaders from IPs, digit and
# betting hosts), none on a legit page. Clean sets (own host and foreign): dev-v39-gnetest,
# dev-v1-cwced, dev-v1-magichtml, dev-v4-cxextractor, dev-aeb, dev-readability: flags as at be0454a;
# mwb30's sandbox scan of all 40 dev clean extraction sets (8,100 pages holding "src"): 0 pages.
# Of the missed hijacked dev pages only these three and rc39b-007 (an unescape()d inline <script>,
# which sandbox.py's note on written scripts covers) write a <script> at all.
# Tests: tests/clean/test_hidden_written_loader.py.

# A list of numbers that may be character codes: an array literal or call arguments.
_NUMBER_LIST = re.compile(r"(?:0x[0-9a-fA-F]+|\d+)(?:\s*,\s*(?:0x[0-9a-fA-F]+|\d+)){" + str(MIN_CHAR_CODES - 1) + ",}")


# fromCharCode calls joined by "+" are one string to JS, whatever names String (var f=String;
# f.fromCharCode(…)+f.fromCharCode(…)): an address split across two calls has its host in neither
# list alone (v42b rc42b-012/-015 split "https://stay.lin" | "estoget.com/…").
# Measured 2026-12-07 (cc34, dev data, tuned on): all 1,070 dev pages whose markup holds fromCharCode
# (bench/data/dev, ../shared/corpus, 44 dev extraction sets) cleaned before and after: +rc42b-012
# (heihe.dbw.cn) and +rc42b-015 (xcb.wfec.edu.cn) flagged, no other flag, finding or field changed;
# the 967 clean extraction pages keep their 12 flags. Only 5 pages chain fromCharCode calls with "+";
# the 3 clean ones join calls on variables (a UTF-8 encoder), which no list of numbers reads.
_CODES = r"(?:0x[0-9a-fA-F]+|\d+)(?:\s*,\s*(?:0x[0-9a-fA-F]+|\d+))*"
_CODES_CALL = r"fromCharCode\s*\(\s*(" + _CODES + r")\s*\)"
_JOINED_CALLS = re.compile(r"(?:fromCharCode\s*\(\s*" + _CODES + r"\s*\)\s*\+\s*[\w$]+(?:\s*\.\s*[\w$]+)*\s*\.\s*)+"
                           + r"fromCharCode\s*\(\s*" + _CODES + r"\s*\)")


def spelt_in_codes(code: str) -> str:
    """What the code's lists of numbers spell as characters (an address kept as ``[104,116,...]``
    for ``String.fromCharCode.apply``, or spelt across ``fromCharCode`` calls joined by "+"), the
    lists that spell no text left out."""
    if "fromCharCode" not in code:
        return ""
    lists = [m.group() for m in _NUMBER_LIST.finditer(code)]
    lists += [",".join(re.findall(_CODES_CALL, m.group())) for m in _JOINED_CALLS.finditer(code)]
    return "\n".join(s for codes in lists if (s := spelt_codes(codes)) and s.isprintable())


def covers_viewport(style: str | None) -> bool:
    """Whether an inline style pins its box over the whole window: position:fixed with the full
    width and height, or pinned to all four edges (the frame a hijacker lays over the page).
    Fixed only: an absolute box covers its container, which a gallery's or player's frame does —
    unless it is sized in the window's own units (_window_sized).

    Measured and left out (tf23, v32 §1 R1 / §7.1): a frame written at 100%x100% inside a full-size
    box, with a written sheet sizing html/body to 100% or hiding their overflow, takes the page over
    without position:fixed. Counting that (commit 4c279c8) flags rc32-010/011/012 and not one other
    page of the full dev hijack dump: no split but v32 misses this shape (the only other missed page
    whose script writes a frame, rc24-018, writes it 800px high behind a referrer test), so it fails
    the acceptance rule. The same shape stands on 3 clean pages, an ad-block wall (dev-v9-irdata
    chaos-marvel-09, chaos-overwatch-06, chaos-ranger-03: body removed, 100% frame off-site, sheet
    "body, html {height:100%; overflow:hidden}"), unflagged with the experiment too, inferred because
    the sandbox never fires the script-load error that builds it (not traced); 71 of 7,663 clean
    extraction pages have scripts writing a 100%-high frame (players, embeds), none changed by it.

    Measured again (tk24, db93ae7) as the general reading: the frame fills a chain of full-size
    written boxes, the written sheet sizes both html and body to the window (else a 100% height is
    auto), and the page is put out of sight by the sheet's overflow:hidden or by a script hiding
    body's children (rc32-012 writes no overflow). Dev hijack dump (73 files): rc32-010/011/012 flagged,
    rc32-009 given the same finding beside its js_cloak, nothing else; the family is caught in every
    other split (v3, v5, v6, v8, v14, v24: fixed frames or cloaking). Clean extraction pages (all 7,663,
    analyse_scripts logged): 150 have scripts writing a frame, 2 at 100%x100% (their own site's video
    players, in boxes not full-size), none under a written html/body sheet or with body's children
    hidden. It failed the acceptance rule as before and stayed out.

    Wired in session 30 (takes_over below) on held-out evidence: the frozen code of db93ae7, unchanged,
    run on v39 (after that split was opened, nothing tuned on it) flagged rc39b-001, -002 and -012,
    the same script-written whole-page frames, and changed no other of v39's 149 records (60 clean
    news pages and 8 real pages that are not hijacked among them). Two of the three are independent
    of v32: rc39b-001/-002 write their frame and overflow-hiding sheet with other code; rc39b-012
    carries rc32-012's setFrame function verbatim (24 lines: the body-hiding loop _HIDES_BODY reads),
    only its address generator differs — the keepers' overlap check compared whole snippets and
    hosts, not shared runs of code (found by `duplicates` after the wiring)."""
    low = (style or "").lower()
    if "fixed" not in low and "100vw" not in low:
        return False
    decls = declarations(low)
    if decls.get("position") == "absolute":
        return _window_sized(decls)
    if decls.get("position") != "fixed":
        return False
    return fills_window(decls)


# An absolute box sized in the window's own units, 100vw by 100vh, set at the top left corner, covers
# the window whatever its container (a percentage would follow the container; viewport units do not):
# v46 sv46-034's written frame (width:100vw;height:100vh;position:absolute;top:0;left:0;z-index:…), and
# the shape an ad network's full-screen vignette takes too (aswift frames, inset:0 auto auto 0, on
# clean dev pages: no address off the page's named vendors, so no finding).
_WINDOW_UNITS = ("100vw", "100vh")


def _window_sized(decls: dict[str, str]) -> bool:
    w, h = (decls.get(k, "").replace(" ", "") for k in ("width", "height"))
    inset = decls.get("inset", "").replace("px", "").split()
    at_corner = (inset[:1] == ["0"] and inset[-1:] == ["0"] if inset else
                 at_zero(decls, "top") and at_zero(decls, "left"))
    return (w, h) == _WINDOW_UNITS and at_corner


def _full_size(el) -> bool:
    """The element's width and height, by attribute or inline style, are at least the
    whole of its container (100%; 012's frame is 101% high)."""
    d = declarations((el.get("style") or "").lower())
    w = (d.get("width") or el.get("width") or "").replace(" ", "").lower()
    h = (d.get("height") or el.get("height") or "").replace(" ", "").lower()
    return w in FULL_SIZE and (h in FULL_SIZE or h.endswith("%") and h[:-1].isdigit() and int(h[:-1]) >= 100)


def covered_as_rendered(frame) -> bool:
    """Whether a written frame covers the whole viewport as the browser renders it: its own style
    pins it (covers_viewport), or it is full-size (100 % or more) in a chain of full-size boxes up
    to one whose own style pins it. A frame sized 100 %x100 % inside a fixed full-window box fills
    that box: the cover is the wrapper's style, the page shown the frame's (v44 §2 S1: an atob'd
    write of ``<div style="position:fixed;…100%…"><iframe style="width:100%;height:100%">``).
    Fixed only at the top, as covers_viewport: an absolute box covers its container.

    Measured 2026-12-07 (rn39, dev data, tuned on): nodata dev hijack dump (108 files, 3,867
    records) vs main c31b7f21: +sv44-037 flagged; sy8-012 and sy8-029 (v8: a referrer-gated write
    of a fixed full-window <div> round a frame sized by its width/height attributes, flagged
    already for the cloaking) gain the finding; no other flag, field or finding. The sandbox reads
    the same for frames built element by element (browser_api.js __coversAsRendered: a nav, as a
    covering frame's was); no dev page builds one so. Clean extraction sets (46 dev-*): the 5,364
    of 8,734 pages whose markup holds "fixed", a decoder (atob, fromCharCode, unescape, \\x escapes,
    eval) or scripts naming an iframe beside fixed/absolute, analyse_scripts run with the new
    readings logged: neither (this one, nor the sandbox's wrapper or the frames inside a box put
    into the page) fires on any page, so no finding there can change, whatever the page's host."""
    if covers_viewport(frame.get("style")):
        return True
    if not _full_size(frame):
        return False
    for box in frame.iterancestors():
        if covers_viewport(box.get("style")):
            return True
        if box.tag in ("body", "html") or not _full_size(box):
            return False
    return False


def _page_sheet(frag) -> tuple[bool, bool]:
    """Whether the written sheets size both html and body to the window's height, and whether they
    hide the page's overflow: the first makes a box at 100% height as high as the window (a
    percentage height of a box whose parents have none is ``auto``), the second keeps the page's
    own content from being scrolled to."""
    sized, hidden = set(), False
    for st in frag.iter("style"):
        for selectors, body, conditional in css_rules(st.text or ""):
            if conditional:
                continue
            sel = {x.strip().lower() for x in selectors.split(",")} & {"html", "body"}
            d = declarations(body.lower())
            if sel and d.get("height", "").replace(" ", "") in FULL_SIZE:
                sized |= sel
            hidden |= bool(sel) and d.get("overflow", d.get("overflow-y", "")) == "hidden"
    return sized == {"html", "body"}, hidden


# A script that hides body's children one by one ("non" + "e" joined first).
_JOINED = re.compile(r"[\"']\s*\+\s*[\"']")
_HIDES_BODY = re.compile(r"body\.(?:children|childNodes)\b[\s\S]{0,400}?\.style\.display\s*=\s*[\"']none")


def hides_body_children(code: str) -> bool:
    return "body" in code and bool(_HIDES_BODY.search(_JOINED.sub("", code)))


def takes_over(frame, frag, hides_rest: Callable[[], bool]) -> bool:
    """A written frame fills a chain of full-size boxes up to the page, the written
    sheet sizes html and body to the window, and the rest of the page is put out of sight: the
    sheet hides its overflow, or a script hides body's other children (``hides_rest``, asked last:
    it reads every script of the page)."""
    if not _full_size(frame):
        return False
    for box in frame.iterancestors():
        if box.tag in ("body", "html"):
            break
        if not _full_size(box):
            return False
    sized, hidden = _page_sheet(frag)
    return sized and (hidden or hides_rest())


def _written_loaders(markup: str, away: Callable[[str], bool], tags: tuple[str, ...] = ("script",)) -> list[str]:
    """The addresses of the ``tags`` (<script src> by default) in written markup that load from an
    off-site host: a browser loads what document.write puts there as it loads the page's own tags."""
    frag = parse_html(markup) if "src" in markup else None
    if frag is None:
        return []
    return [src for el in frag.iter(*tags) if (src := el.get("src")) and (h := host_of(src)) and away(h)]


def _written_addresses(markup: str, away: Callable[[str], bool],
                       hides_rest: Callable[[], bool] = lambda: False) -> list[tuple[str, str]]:
    """(what, address) of the elements in written markup that a visitor cannot see for what they
    are: links inside a hidden box, and frames laid over the whole viewport; off-site hosts only."""
    frag = parse_html(markup)
    if frag is None:
        return []
    out = []
    for el, how in find_hidden(frag):  # weak hiding too: a script has no menu to keep for later
        out += [("a hidden box's link", a.get("href")) for a in el.iter("a")
                if (h := host_of(a.get("href"))) and away(h)]
        # A frame the script puts off the screen or gives no size (strong hiding: not a tab or a
        # menu a visitor may open) loads its page for every visitor who never sees it: a traffic
        # gate's counter (v41b rc41b-009/-010: a div at top:-1000px;left:-9999px round the frame;
        # two wild captures, geeksonsecurity's legitimate-injected/1 and an Angler-era page, other
        # code, other hosts). Weak hiding (display:none, a closed tab) is left out: a script's own
        # widgets keep frames there until opened.
        # Measured 2026-12-06 (sb33, dev data, tuned on): nodata dev hijack dump (99 files) vs main
        # bbff0ec: +rc41b-009, +rc41b-010, no other flag, field or finding change (no earlier dev
        # page's run writes such a frame: one split holds the act); the 7 clean data corpora
        # (gnetest, xmunews, bearmercury, mercuryfork, twevent, pkfixtures, danielzh, own host and
        # 127.0.0.1): no page gains the finding; all 43 dev clean extraction sets, the 4,811 pages
        # whose inline scripts name an iframe or the cookie cleaned whole: no page gains it.
        # A frame the inserting code sandboxes (the sandbox attribute: no plugins, no navigating the
        # visitor's window, no pop-ups) is one whose page its maker distrusts: a vendor's measuring
        # frame (dev-v48-goosego gs48-016, LinkedIn's display:none radar.cedexis.com frame, made
        # with sandbox="allow-scripts allow-same-origin"); a gate's frame is there to drive the
        # visitor's browser, and no hidden frame of the dev hijack sets, written or built, has it.
        if how == STRONG:
            out += [("a frame no visitor sees", f.get("src")) for f in el.iter("iframe", "frame")
                    if (h := host_of(f.get("src"))) and away(h) and f.get("sandbox") is None]
    out += [("a frame over the whole viewport", f.get("src")) for f in frag.iter("iframe", "frame")
            if (h := host_of(f.get("src"))) and away(h)
            and (covered_as_rendered(f) or takes_over(f, frag, hides_rest))]
    return out


class _Spelling:
    """Where a page spells a site for a reader: the constants of its scripts (escapes decoded,
    split literals joined: scripts.constants) and its served markup (entities decoded), each read
    on first use."""

    def __init__(self, codes: dict[int, str], page: Callable[[], str]):
        self._codes, self._page = codes, page

    @cached_property
    def markup(self) -> str:
        return self._page()

    @cached_property
    def constants(self) -> str:
        return constants("\n".join(self._codes.values()))

    @cached_property
    def lowered(self) -> str:
        return self.markup.lower()

    def conceals(self, host: str, by_name: bool = False) -> bool:
        """Whether ``host``'s site is spelt nowhere a reader of the page sees it: in no constant of
        its scripts and nowhere in its markup; ``by_name``: nor is the site's own name, its domain
        less the public suffix (Parse.ly's include builds "static." + p + ".com" from a literal
        "parsely" it is handed: the name stands in clear, the address is assembled)."""
        site = registrable_domain(host) or host
        if site in self.constants or site in self.markup:
            return False
        name = site.split(".")[0] if registrable_domain(host) else site
        return not by_name or name not in self.constants and name not in self.lowered


def inserted_for_visitor(written: Iterable[str], loads: Iterable[tuple[str, int]], codes: dict[int, str],
                         page: Callable[[], str], away: Callable[[str], bool],
                         taken: Collection[str] = ()) -> list[tuple[str, str, str]]:
    """(what, address, markup or "") of what scripts insert that points to a host nothing else of
    the page names. ``written``: markup the scripts write or build; ``loads``: (address, script)
    of the code and frames they load when run; ``page``: the served page's markup (read on first
    use). Named elsewhere means the site's name occurs in the page more often than in any one
    script (the script that writes it names it once, as frame_injector asks); a loaded address
    counts when its script holds the host as a list of character codes and the site's name occurs
    nowhere in the page: the code spells it only as numbers. A written <script src> or frame whose
    site the page spells nowhere (_Spelling.conceals) is read so too, a frame unless another reader
    took its host (``taken``). (Any load from a script using ``fromCharCode`` hit 4 of the 5,060
    clean extraction pages: an emoji test, ad-recovery and ad-sense decoders building addresses
    from base64 or tables.)"""
    found: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    spelling = _Spelling(codes, page)

    def unnamed(host: str, at_most: int) -> bool:
        site = registrable_domain(host) or host
        return spelling.markup.count(site) <= at_most

    hides_rest = cache(lambda: any(hides_body_children(c) for c in codes.values()))
    for markup in written:
        for what, url in _written_addresses(markup, away, hides_rest):
            host = host_of(url)
            site = registrable_domain(host) or host
            if host in seen or not unnamed(host, max((c.count(site) for c in codes.values()), default=0)):
                continue
            seen.add(host)
            found.append((what, url, markup))
    # A <script src> the run wrote whose site no constant of the page's scripts holds and the page
    # never names: only running the code shows where it loads from (a reversed hex array, char
    # codes fed through base64): the code hides its address from every reader.
    for markup in written:
        for url in _written_loaders(markup, away):
            if (host := host_of(url)) not in seen and spelling.conceals(host):
                seen.add(host)
                found.append(("a loader whose address only running the code shows", url, ""))
    # The same for a frame the run writes or builds, visible or not: where the page sends every
    # visitor is spelt nowhere in its text, only running the code shows it (v51b rc51b-005/-013: an
    # obfuscator's rotated string array resolves document["write"] and unescape()s a visible frame
    # to an off-site host, which neither hides nor covers anything). One concept with the static
    # reader's "hidden address" (scripts.analyse_script: an act whose host only decoding shows),
    # asked of what the run did: the same finding kind, and a host another reader took is left to
    # it (``taken``). A vendor's frame names its host, or at least its site's name, in a constant
    # of its snippet or in the page's links and tags.
    # Measured 2026-12-08 (fr52, dev data; v51 the studied split, no threshold learnt): nodata dev
    # hijack dump (129 files) vs main 7c15e6ed: +rc51b-005, +rc51b-013 flagged, no other flag, field
    # or finding. The property, asked of every written or built off-site frame of every bench/data/
    # dev and ../shared page (73 pages have one) whatever other reader took it: 24 hijacked pages in
    # 8 splits, 15 of them outside v51b (v3 ×3, v44, v46, v46b, v48b ×6, v49, v50b ×2), every one
    # flagged first by the hidden-frame, cover, static hidden-address or server-program readers; 0
    # legit or clean. Clean extraction sets (all 53 dev-*, 9,175 pages, own URL and 127.0.0.1,
    # analyse_scripts whole): 0 pages; counting \x-escaped literals as concealed too: still 0 and
    # no dev page more, so escapes stay a reader's constants as for the written loader above. The
    # name check is a clean page's: with the registrable domain alone, Parse.ly's include ("static."
    # + p + ".com", p = "parsely") read as a concealed load on 7 dev-aeb pages at 127.0.0.1.
    # Measured, not wired: the same question of a script or frame the code creates and loads (the
    # run's "load"): +rc45b-011 (v45 B2), +sv49-032 (v49 S3), +sv50-025 (v50 S2) in the dump, but 23
    # clean extraction pages on 6 sets conceal a created loader's address too: Google's Funding
    # Choices (gstatic.com/0emn, 14 pages), ZoomInfo's char-shifted atob tag (4), html-load.cc's ad
    # recovery (obfuscator.io, as v51b's), adsbygoogle built by a consent wrapper and 3 ad-recovery
    # hosts: a created load's concealment is no evidence alone (hostjudge asks its host's shape).
    for markup in written:
        for url in _written_loaders(markup, away, ("iframe", "frame")):
            if (host := host_of(url)) not in seen and host not in taken and spelling.conceals(host, by_name=True):
                seen.add(host)
                found.append(("a frame whose address only running the code shows", url, ""))
    # Measured, not wired (rn39, v44 §1 B1's last swap, §7.1): a load the run makes in every view of
    # a root address (scripts._ROOT_FILE) from a host nothing else of the page names besides the
    # loading script — the act scripts.constant_written_load condemns when written. Dev data,
    # 2026-12-07 (every page of bench/data/dev, ../shared/corpus and the 104 clean extraction pages
    # whose scripts hold a numeric-IP address, analyse_scripts run, loads made at load in all views):
    # of a numeric-IP host, one page (rc24-009, a frame, flagged three ways already), no other; of
    # any host, the missed hijacked rc43b-008 (a decoded guruincsite loader) and rc16-019,
    # syn16-008/-017 (token addresses: kl29's note at the top of this module), but also a clean dev
    # page, rc41b-019 (Marketo's munchkin.js snippet, its host nowhere else), besides kl29's Admiral
    # loaders on 5 clean sets. An IP form gains no page, a host form flags vendors: neither passes.
    # tests/clean/test_created_root_loads.py holds the spam form as a strict xfail.
    for url, script in loads:
        host = host_of(url)
        if host and host not in seen and away(host) and host in spelt_in_codes(codes.get(script, "")) \
                and unnamed(host, 0):
            seen.add(host)
            found.append(("a loader whose address is spelt only in character codes", url, ""))
    return found
