"""Where a page sends its visitor when nobody tests who the visitor is: on a gesture, or at once.

Cloaking by referrer or user agent is judged by comparing views (``behaviour.judge_run``). Two acts
need no comparison. A handler of the whole page that sends a person off the site when they
scroll, touch, click anywhere, switch tabs or press the back button shows crawlers one page and
people another by construction: a crawler never makes a gesture (v6 B1-B3). And a page that holds
an article and sends every visitor at load to a site it never links is made so that nobody reads
it (v6 B4).
"""
from __future__ import annotations

import base64
import functools
import re
from typing import Callable
from urllib.parse import unquote

from lxml import etree

from core.domains import registrable_domain
from scraper.clean.dom import host_of, shorten
from scraper.clean.sandbox import HUMANS, SEARCH_REFERRER, Run, navigates
from scraper.clean.scripts import MAX_SCRIPT, REFRESH, ScriptReport

# An element written with a style that covers the whole window (fixed or absolute, at full size or
# pinned to all four edges), with the address it shows or links: a frame over the page is another
# page, a link over it takes the next tap anywhere (as browser_api.js' __covers reads built frames).
_TAG_WITH_ADDRESS = re.compile(r"""<(?:iframe|frame|a|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*['"]?([^'" >]+)[^>]*>""", re.I)
_STYLE_ATTR = re.compile(r"""\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def covers_window(style: str) -> bool:
    """Whether inline CSS places an element over the whole window."""
    css = re.sub(r"\s+", "", style.lower())
    if not re.search(r"position:(?:fixed|absolute)", css):
        return False
    full = re.search(r"(?:^|;)width:100(?:%|vw)", css) and re.search(r"(?:^|;)height:100(?:%|vh)", css)
    return bool(full or re.search(r"(?:^|;)inset:0(?:px)?(?:;|$)", css)
                or all(re.search(rf"(?:^|;){edge}:0(?:px)?(?:;|$)", css) for edge in ("top", "right", "bottom", "left")))


def gesture_exits(run: Run, offsite: Callable[[str], bool]) -> dict[str, tuple[str, int, str]]:
    """Off-site addresses that a handler of the whole page sends a person to when they scroll,
    touch, click anywhere, switch tabs or press the back button: a navigation, a window opened
    (a pop-under), or a frame or link written over the whole window; {host: (address, script,
    event)}. A crawler never makes those gestures, so the page shows crawlers one face and people
    another by construction (v6 B1-B3). A handler of one element (a share button, a menu link) is
    the control the person chose, and is not read here."""
    out: dict[str, tuple[str, int, str]] = {}
    for effects in run.effects.values():
        for e in effects:
            if not (e.on and e.wide):
                continue
            urls = [e.value] if e.kind == "nav" else [
                m.group(1) for m in _TAG_WITH_ADDRESS.finditer(e.value)
                if (st := _STYLE_ATTR.search(m.group())) and covers_window(st.group(1) or st.group(2) or "")
            ] if e.kind == "write" else []
            for url in urls:
                host = host_of(url)
                if host and offsite(host):
                    out.setdefault(host, (url, e.script, e.on))
    return out


# on... attributes of gestures, on the elements that stand for the whole page
_ON_GESTURE = ("click", "mousedown", "mouseup", "touchstart", "touchend", "pointerdown", "scroll")
# Every element that page_handlers or element_handlers may read, in one walk: any attribute named
# on..., or a javascript: link. (Their own unions of seven and six descendant searches took
# 1.5 ms a page, this one 0.34 ms, on 150 Chinese dev pages.)
_MAY_HANDLE = etree.XPath("//@*[starts-with(name(), 'on')]/.. | //a[starts-with(@href, 'javascript:')]")


def handler_candidates(root) -> list:
    """The elements with an on... attribute or a javascript: link (what the two readers below filter)."""
    return _MAY_HANDLE(root)


def page_handlers(root, first: int, candidates: list | None = None) -> dict[int, str]:
    """The on... gesture attributes of <html>, <body> and elements covering the window, as code for
    the sandbox (numbered from ``first``): the handler put on the page's <body>, whose markup a
    hijacker can edit as easily as a script (``<body onclick="window.open(...)">``)."""
    out: dict[int, str] = {}
    if candidates is None:
        candidates = handler_candidates(root)
    elements = [el for el in candidates if any(el.get(f"on{e}") is not None for e in _ON_GESTURE)]
    for el in elements:
        if el.tag not in ("html", "body") and not covers_window(el.get("style") or ""):
            continue
        for event in _ON_GESTURE:
            code = el.get(f"on{event}")
            if code and len(code) < MAX_SCRIPT:
                out[first + len(out)] = f"document.body.on{event} = function (event) {{{code}\n}};"
    return out


# Functions a script declares (``function go(){}``, ``go = function``): what an element's handler
# calls. A handler of one element is the control's own act and is run only to see where it takes a
# person with the address they came from (referrer_exits).
# (The second name is tried where a name starts only: the same matches, 5.8x faster on 1 MB of dev
# pages' scripts, where trying it inside every word cost 14 % of the cleaner's CPU.)
_DECLARES = re.compile(r"\bfunction\s+([A-Za-z_$][\w$]*)|(?<![A-Za-z_$])([A-Za-z_$][\w$]*)\s*=\s*function\b")
_ELEMENT_ON = ("click", "mousedown", "mouseup", "touchstart", "touchend")
# Element handlers run per page: a page's controls that call the functions of its scripts are a
# handful (share, print, tabs); a listing with hundreds of them runs the first few.
MAX_ELEMENT_HANDLERS = 20


def element_handlers(root, first: int, runnable: list[str], candidates: list | None = None) -> dict[int, str]:
    """The on... gesture attributes (and ``javascript:`` links) of the page's other elements that
    call a function declared by one of the ``runnable`` scripts or read the referrer themselves, as
    code for the sandbox (numbered from ``first``), registered on an element of their own: what
    clicking that control does."""
    if candidates is None:
        candidates = handler_candidates(root)
    elements = [el for el in candidates if any(el.get(f"on{e}") is not None for e in _ELEMENT_ON)
                or el.tag == "a" and (el.get("href") or "").startswith("javascript:")]
    declared = set().union(*map(declared_functions, runnable)) if elements else set()
    calls = re.compile(r"(?<![\w$.])(?:" + "|".join(re.escape(n) for n in sorted(declared)) + r")\s*\(") if declared else None
    out: dict[int, str] = {}
    for el in elements:
        if el.tag in ("html", "body") or covers_window(el.get("style") or ""):
            continue  # page_handlers' (whole page)
        href = el.get("href") or ""
        pairs = [(e, el.get(f"on{e}")) for e in _ELEMENT_ON] + [("click", href[11:] if href[:11].lower() == "javascript:" else "")]
        for event, code in pairs:
            if code and len(code) < MAX_SCRIPT and len(out) < MAX_ELEMENT_HANDLERS and (
                    calls and calls.search(code) or "referrer" in code):
                out[first + len(out)] = f"__onElement({event!r}, function (event) {{{code}\n}});"
    # A function that reads where the visitor came from and navigates hands the visit on whoever
    # calls it and from whichever control (a 1-pixel link, a button, a listener set by id, nothing
    # yet): the act is judged, not the trigger (v7 B2). Each such function is called once, as a
    # click on an element of its own would.
    for code in runnable:
        if "referrer" in code.lower() and navigates(code):
            for name in sorted(declared_functions(code)):
                if len(out) < MAX_ELEMENT_HANDLERS:
                    out[first + len(out)] = f"__onElement('click', function (event) {{ {name}(event); }});"
    return out


# cached: the pages of a site share their template's scripts (pure, by the code's text); reading
# them was a third of element_handlers' time on 150 Chinese dev pages
@functools.lru_cache(maxsize=1024)
def declared_functions(code: str) -> frozenset[str]:
    """The names of the functions ``code`` declares (``function go(){}``, ``go = function``)."""
    return frozenset(a or b for a, b in _DECLARES.findall(code))


def referrer_exits(run: Run, offsite: Callable[[str], bool]) -> dict[str, tuple[str, int, str]]:
    """Off-site addresses a person sent by a search engine is taken to (at load, on a gesture of the
    page or a click on one element) with that search engine's address in the query: the visit is
    handed on, with the search it came from, to whoever buys search traffic (the ``seoref`` form
    of keyword redirectors). A site's links and share buttons send its own address, a counter loads
    the referrer as an image; a "back" button goes to the referrer itself; {host: (address,
    script, event)}. Nor is a control that opens a window of another site, the same for the person
    who typed the address, with the page's own address in it: the page hands itself on (to be
    bookmarked, shared, rated in a survey) and the reader stays on it; the referrer rides along as
    "via" (v33tw-012/013: hemidemi and bookmark.udn.com buttons; a dev-dragnet page's survey).
    A hand-on takes the visitor's own window, or opens for the search visitor only."""
    out: dict[str, tuple[str, int, str]] = {}
    came_from = host_of(SEARCH_REFERRER)
    for name in ("phone_search", "desktop_search"):
        direct = {(host_of(e.value), e.script, e.on) for e in run.effects.get(name.replace("_search", "_direct"), ())
                  if e.kind == "nav" and e.opened and e.on and not e.wide}
        for e in run.effects.get(name, ()):
            for url in [e.value] if e.kind == "nav" else REFRESH.findall(e.value) if e.kind == "write" else ():
                host = host_of(url)
                if host and host != came_from and offsite(host) and _carries_referrer(url) and not (
                        (host, e.script, e.on) in direct and e.opened and _carries_page(url, run.url)):
                    out.setdefault(host, (url, e.script, e.on))
    return out


# The referrer as code packs it into an address: as is, URL-escaped (once or twice), or in base64
# (btoa, or its URL-safe alphabet).
_REFERRER_FORMS = tuple({SEARCH_REFERRER, (b64 := base64.b64encode(SEARCH_REFERRER.encode()).decode()).rstrip("="),
                         b64.rstrip("=").replace("+", "-").replace("/", "_")})


def _carries_referrer(url: str) -> bool:
    plain = unquote(unquote(url))
    return any(form in plain for form in _REFERRER_FORMS)


def _carries_page(url: str, page: str) -> bool:
    """Whether ``url`` holds the page's own address (as is or URL-escaped, as a share link sends it)."""
    return bool(page) and page in unquote(unquote(url))


# A script that is nothing but a navigation to a constant address: it sends every visitor, whoever
# and wherever from, the moment it runs.
_ONLY_REDIRECT = re.compile(r"""\s*(?:(?:window|top|self|document)\s*\.\s*)?location(?:\s*\.\s*href\s*=|\s*=(?!=)|"""
                            r"""\s*\.\s*(?:replace|assign)\s*\()\s*(?:"([^"\\]+)"|'([^'\\]+)')\s*\)?\s*;?\s*""")
# Text of its own (in paragraphs) that a page must hold for a redirect to hide it: an article is
# longer (the dev pages of this form: v6 B4 517 characters in paragraphs, v9 real 191, v9 syn a
# three-paragraph notice of 124); a "this page has moved" notice or a redirect stub is a line.
MIN_OWN_TEXT = 100
# A script that only redirects is one statement (v6 B4's has 59 characters); the pattern is not
# tried on longer code.
MAX_REDIRECT_SCRIPT = 300


def constant_redirect(code: str) -> str | None:
    """The address a script that only redirects (``location.href = "…"``) sends every visitor to."""
    m = _ONLY_REDIRECT.fullmatch(code) if len(code) < MAX_REDIRECT_SCRIPT and "location" in code else None
    return (m.group(1) or m.group(2)) if m else None


def every_view(run: Run, kind: str) -> dict[str, str]:
    """{host: address} of the ``kind`` acts ("nav", "load") that every view of the run made without
    a gesture (the first view's address for each host)."""
    views = [{host_of(e.value): e.value for e in effects if e.kind == kind and not e.on}
             for effects in run.effects.values()]
    if not views:
        return {}
    every = set.intersection(*(set(v) for v in views)) - {""}
    return {h: views[0][h] for h in sorted(every)}


def load_exits(run: Run) -> list[str]:
    """The addresses every visitor is sent to without doing anything: a navigation at load, now or
    after a timer, that each view of the run made (``location.replace`` in a ``setTimeout``, a
    load handler; v8: a redirect 2.5 s after load). Whatever the code looks like, it acts as a
    meta refresh does, and ``judge_exits`` asks the same of it."""
    return list(every_view(run, "nav").values())


def _resolvable(host: str) -> bool:
    """Whether ``host`` can name a server: no label of it is empty. An address a script builds from
    the page's own host names none when the page runs where the script did not expect it (Blogger's
    country-domain redirect takes the label before the first dot, and localhost has none: it sent
    the visitor to http://.blogspot.com/ncr/ and flagged a clean dev-dragnet page, R716); a browser
    goes nowhere with it, so it sends no visitor away. Measured 2026-12-05: spares R716 only
    (dev-dragnet 9 -> 8 own-URL run; its run as 127.0.0.1 builds 127.blogspot.com and stays flagged); no
    record of the 73-file dev hijack dump, clean-reprints, dev-aeb, -cleaneval, -cleanportaleval or
    -readability changes."""
    return "" not in host.split(".")


def judge_exits(root, exits: list[tuple[str, str]], away: Callable[[str], bool], named: Callable[[], set[str]],
                 report: ScriptReport) -> None:
    """A page that sends every visitor away at load (a meta refresh, a script that is only a
    redirect) to a site it never links or loads from, while it holds an article of its own that
    nobody then reads, was made to send them away: a site moving to a new domain leaves a notice,
    not its article, and a mobile redirect stays on the site (v6 B4)."""
    exits = [(where, t) for where, t in exits
             if (h := host_of(t)) and _resolvable(h) and away(h) and h not in report.spam_hosts]
    if not exits:
        return
    linked = named()
    exits = [(where, t) for where, t in exits if registrable_domain(host_of(t)) not in linked]
    if exits and sum(len("".join(p.itertext()).strip()) for p in root.iter("p")) >= MIN_OWN_TEXT:
        for where, target in exits:
            report.findings.append(("js_redirect", f"{where}: every visitor sent to a site the page never links",
                                    shorten(target, 300)))
            report.spam_hosts.add(host_of(target))


def first_visit_exits(run: Run, offsite: Callable[[str], bool]) -> dict[str, tuple[str, int]]:
    """Off-site code loaded, or navigations, that the spider gets, and a person gets at load on a
    first visit and never when they come back (the script stored that it had acted): {host:
    (address, script)}. A search spider keeps no cookies, so it always gets the first visit; the
    site's own staff, who come back, never see it (v7 B4). Only views that did come back (their
    scripts read and changed cookies or storage) tell. What the spider does not get (an ad
    fingerprint on phones, once) is no face shown to it."""
    spider = {host_of(e.value) for e in run.effects.get("spider", ()) if e.kind in ("load", "nav") and not e.on}
    out: dict[str, tuple[str, int]] = {}
    for name in HUMANS:
        if run.visits.get(name, 1) < 2:
            continue
        effects = [e for e in run.effects.get(name, ()) if e.kind in ("load", "nav") and not e.on]
        later = {host_of(e.value) for e in effects if e.visit > 0}
        for e in effects:
            host = host_of(e.value)
            if e.visit == 0 and host in spider and host not in later and offsite(host):
                out.setdefault(host, (e.value, e.script))
    return out


# A meta refresh's address: content="2;url=/x/", "0; URL='x'".
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\" ;]+)", re.I)


def refreshes_from_body(root) -> list[str]:
    """Addresses that a meta refresh written inside <body>, outside <noscript>, sends every visitor
    to (v15 §6a, question Q15-4). A site's refresh belongs in <head>, and the ones a site puts in its
    body wait in <noscript> (a JavaScript-required or cookie-error page): the analyst's prototype hit
    0 of 1,600 extraction pages, 263 Chinese clean pages, 199 legit real cases and 620 l3s pages so,
    3 extraction pages with <noscript> ones allowed. One in the body's flow was put there with the
    line it shows ("you are being taken to…"), wherever it leads: within the site or away. A refresh
    without an address reloads the page itself (a live page's timer) and sends nobody anywhere."""
    body = root.find("body")
    if body is None:
        return []
    spilled = _spilled_head(body)
    out = []
    for meta in body.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() != "refresh" or meta in spilled:
            continue
        if any(a.tag in ("noscript", "template") for a in meta.iterancestors()):
            continue
        m = _REFRESH_URL.search(meta.get("content") or "")
        if m and m.group(1).strip():
            out.append(m.group(1).strip())
    return out


_HEAD_TAGS = frozenset("title meta link script style base noscript".split())


def _spilled_head(body) -> set:
    """The head's elements that the parser put at the start of <body>: when the page's <title> is in
    the body, text before <html> (a corpus wrapper, a stray line) made the parser open the body
    early, and everything up to the first element no head holds is the page's real head (a
    CleanEval page's own refresh every 360 s was read as one in the body so)."""
    title = body.find(".//title")
    if title is None:
        return set()
    holders = set(title.iterancestors())  # a wrapper around the whole document holds the title too
    out: set = set()
    for el in body.iter():
        if el in holders or not isinstance(el.tag, str):
            continue
        if el.tag not in _HEAD_TAGS and not any(a in out for a in el.iterancestors()):
            break
        out.add(el)
    return out
