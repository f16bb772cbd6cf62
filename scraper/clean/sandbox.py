"""Run a page's inline scripts in a fake browser, once per kind of visitor, and record what they do.

Reading a loader's text stops at the first syntax nobody wrote a pattern for (an accessor over a
string array, a shuffled base64 alphabet, a cipher fed to ``new Function``); running it does not.
Each script that could act (it reads the visitor, navigates, writes or decodes) runs in QuickJS
against ``browser.js``: a window/document/navigator that records navigation (location, window.open,
a meta refresh built by code), document.title writes, written markup (document.write, innerHTML)
and the addresses of created scripts and frames, and fetches nothing: a request (XMLHttpRequest,
fetch, sendBeacon, an image) is recorded with the address the code computed, and its answer is a
marker that, run as code (eval, new Function, a timer's string), records the page running that
address's code. Lookups by id find the elements a script's own markup made and, for ids its code
quotes, the served element's markup (v21 G: code kept in a hidden element, read back and run). The page is run for five
visitors: a person arriving from a search engine on a phone and on a desktop, the same two typing
the address, and a search spider (in a data centre: another language and time zone); where a
script tests for Internet Explorer, a sixth visitor wearing IE 11's face (OLD_IE); where one script
reads both the referrer and document.cookie, a search visitor on a first visit, with no cookies
(the five views hold the server's: SERVER_COOKIE, _first_search).
After load each view also scrolls, touches, clicks, leaves the tab and returns, moves the mouse,
presses a key and presses the back button (``browser_events.js``): what handlers do then is recorded with the event.
``behaviour.py`` judges the difference between what they got. A fake browser is a feature list
that misses the next feature (v5 B1-B3): what a script uses and the fake lacks gets a permissive
stub (``browser_api.js``), the same for every visitor, so that it cannot make views differ.

Scripts are hostile input: every context has a memory limit, every script and timer a CPU time
limit, every page a budget; remote scripts are never loaded.
"""
from __future__ import annotations

import functools
import json
import re
import time
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, NamedTuple

import quickjs

from scraper.clean.loaders import fold_constants

# CPU time one script (or one timer callback) may take. Real loaders, decoders included, finish in
# well under 5 ms; an analytics bundle takes ~10 ms. A hostile `while(true){}` costs this much once.
SCRIPT_SECONDS = 0.05
# CPU time for all the scripts of one page in all the views (CPU, not wall: a busy machine must not
# change the verdict); a view cut short is dropped, and what is left unrun is read as text only.
PAGE_SECONDS = 0.4
# Memory of one context (the fake browser itself takes ~1 MB); a script allocating without end
# stops with "out of memory" at this size.
MEMORY_BYTES = 32 << 20
# Timers and load handlers run per view (a loader may chain a few setTimeouts; an animation
# re-arms itself forever).
MAX_TIMERS = 40
# Promise callbacks run per timer round: a fetch chain takes 2-4 (fetch, text, then the write).
MAX_JOBS = 20
# Inline scripts above this size are libraries (and slow to run): they are only read.
MAX_RUN = 100_000
# Visits of one visitor with storage and cookies kept: visit counters seen act on the 3rd visit
# (v4 A2); each visit after the first costs a view, and happens only while the scripts read the
# storage they change.
MAX_VISITS = 4

# What a script must mention to be worth running: a property of the visitor, or an act together
# with a way to hide it. Everything else (configs, analytics queues, widgets) is only read.
# The screen is the visitor's too: a device gate asks the window's size or a media query as readily
# as the user agent (v7 B3: "(max-width: 820px)"); what browser.js answers per view for all of them.
_VISITOR = re.compile(r"""(?:\.|\[\s*['"])(?:referrer|useragent|platform|appversion|maxtouchpoints|webdriver|language|"""
                      r"""languages|resolvedoptions|gettimezoneoffset)\b|['"]ontouch|"""
                      r"""\b(?:matchmedia|innerwidth|outerwidth|innerheight|devicepixelratio)\b|\bscreen\s*\.\s*(?:avail)?(?:width|height)""",
                      re.I)
# Code that sends the visitor away (assigns the location, opens a window) is run whatever it reads
# first: which visitors it sends where is the run's question, and the gate can test anything (the
# screen, a cookie, the hour); reading it for a list of tests missed the next one (v7 B3).
_NAVIGATES = re.compile(r"""location\s*(?:\.\s*href\s*)?=(?!=)|location\s*\.\s*(?:replace|assign)\s*\(|\bopen\s*\(""")
_ACT = re.compile(r"location|\.write|\.title|\.src\b|src\s*['\"]|\bopen\s*\(|innerhtml|outerhtml|insertadjacent|"
                  r"createelement|refresh", re.I)
# Code that builds elements and gives them an address or text acts without reading the visitor: a
# loader whose address is computed (v4 A3a), a <style> with rules that hide an element of the page
# (A3b); so does code that styles an element of the page.
_CREATES = re.compile(r"createElement\s*\(", re.I)
_FILLS = re.compile(r"\.src\b|setAttribute|createTextNode|cssText|textContent|innerHTML|\.text\s*=", re.I)
_STYLES_PAGE = re.compile(r"\.style\s*\.\s*\w+\s*=(?!=)|setAttribute\s*\(\s*['\"]style", re.I)
_LOOKS_UP = re.compile(r"getElementById|querySelector")
# Code that acts in a handler of a gesture (scroll, touch, click, tab switch, back button) acts
# for people and never for crawlers (v6 B1-B3); browser_events.js dispatches those events.
_GESTURE = re.compile(r"""addEventListener\s*\(\s*['"](?:scroll|wheel|touch|pointer|mouse|click|key|focus|blur|"""
                      r"""visibilitychange|popstate)|\bon(?:scroll|wheel|touch\w+|pointer\w+|mouse\w+|click|key\w+|focus|"""
                      r"""blur|visibilitychange|popstate)\s*=(?!=)""", re.I)
# Code that puts a link into the page through jQuery ($(sel).append('<a href=...')): the fake
# browser answers "$" as the page's own copy of jQuery would (browser_api.js), so it can run
# (v36b rc36b-010/-011: an ad network's box of app and casino links prepended to the article).
_JQ_PUTS = re.compile(r"""\.(?:append|prepend|after|before|html|replaceWith|appendTo|prependTo|insertAfter|insertBefore)\s*\(""")
_LINK_MARKUP = re.compile(r"""<a\s[^>]*href""", re.I)
# Code that fetches and puts markup into the page shows another site's content (v5 B7).
_FETCHES = re.compile(r"\bfetch\s*\(")
_PUTS_MARKUP = re.compile(r"innerHTML|insertAdjacentHTML|\.write\s*\(", re.I)
# Code that hides what it does runs whatever it mentions (its acts are hidden too); helpers that
# decoders use run when the script also reads the visitor or acts.
_HIDES = re.compile(r"\beval\s*\(|\bFunction\s*\(|\batob\s*\(|fromCharCode|\bunescape\s*\(|_0x[0-9a-f]")
_HIDES_WORDS = ("eval", "Function", "atob", "fromCharCode", "unescape", "_0x")
# A string array rotated until a checksum of parseInt'd entries holds (`a['push'](a['shift']())` in a
# loop), read through an index-shifting accessor: the string-array obfuscator's mark, which hides
# every name the code uses (eval, referrer, XMLHttpRequest as 'ev'+'al'...) and so every word the
# tests below look for (v42 B4, rc42b-013: an NDSW loader whose short names carry no `_0x`). Only
# obfuscated code rotates an array so: a carousel rotating its slides writes `.push(a.shift())`.
_ROTATES = re.compile(r"""\[\s*['"]push['"]\s*\]\s*\(\s*[\w$]+\s*\[\s*['"]shift['"]\s*\]\s*\(\s*\)\s*\)""")
_DECODES = re.compile(r"decodeURI|charAt\b|charCodeAt")
# What code does, however its names are written: code that reaches a member of the document or
# window by a computed name acts through a name its text never spells (v43 B2:
# `document['w<junk>r<junk>i…'.replace(/<junk>/g, '')](…)`, the act and its argument both split by a
# token). (Running code that gives the window or document another name (`var t=window,`) also ran a
# newspaper's own scrambled anti-adblock loader, flagged: dev-v2-trafilatura, 1 of 1,057 clean
# pages checked.)
_COMPUTED_MEMBER = re.compile(r"\b(?:document|window|self|top)\s*\[")
# Code that writes link markup (document.write of a string holding `<a … href`) puts into the page
# whatever links it built, however plainly: a box of them hidden by its own style is a link farm
# (v43 S1: `var h='<div style="display:none">';h+='<a href=…>';…;document.write(h)`, which no static
# reader recovers, the markup being assembled in a variable). Only link markup: running every plain
# write (variant 8f394925, reverted in 41a985fe) flagged two clean dev-cleaneval pages too, an ad
# network's cookie-gated 1x1 frame written plainly and read as a hidden frame.
_WRITES = re.compile(r"\.write(?:ln)?\s*\(")
# \x escapes, and \u escapes of letters and digits (JSON escapes <, > and & so), hide names in
# bulk: a minified library holds a few (loaders.MIN_ESCAPES)
MIN_ESCAPES = 20
_ESCAPE = re.compile(r"\\x[0-9a-fA-F]{2}|\\u00(?:3[0-9]|[4-7][0-9a-fA-F])")

# Words without which _VISITOR and _GESTURE cannot match (in the code lower-cased): a test for
# them is a substring search, where the case-blind alternations tried every position of every
# script (could_act was 2.9 % of the cleaner's CPU on 200 random real dev pages).
_VISITOR_WORDS = ("referrer", "useragent", "platform", "appversion", "maxtouchpoints", "webdriver", "language",
                  "resolvedoptions", "gettimezoneoffset", "ontouch", "matchmedia", "innerwidth", "outerwidth",
                  "innerheight", "devicepixelratio", "screen")
_GESTURE_WORDS = ("addeventlistener", "onscroll", "onwheel", "ontouch", "onpointer", "onmouse", "onclick", "onkey",
                  "onfocus", "onblur", "onvisibilitychange", "onpopstate")
# The non-ASCII letters that re.I lets stand for ASCII ones (long s, dotless i, Kelvin sign, dotted I):
# in code holding one, lower-casing does not show every match of a case-blind pattern.
_FOLDS_TO_ASCII = ("\u017f", "\u0131", "\u212a", "\u0130")


def _lowered(code: str) -> str | None:
    """``code`` lower-cased, in which a case-blind pattern's words show; None when it may not."""
    return None if not code.isascii() and any(c in code for c in _FOLDS_TO_ASCII) else code.lower()


SEARCH_REFERRER = "https://www.baidu.com/link?url=a1b2c3d4"
# The cookie the served page's own server set, as most servers do (a session id) and as every view
# holds from the start: its value is a sentinel that nothing but reading document.cookie can give a
# script, so an address that carries it away shows the visitor's cookies leaving the site
# (behaviour.cookie_carriers). Scripts test their own cookies' names (a first-visit mark), which
# this one never matches.
SERVER_COOKIE = "JSESSIONID=Qz7vK2mX9pR4wT6n"
_PHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.5 Mobile/15E148 Safari/604.1")
_DESKTOP = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 Safari/537.36")
_SPIDER = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"
# name → (user agent, platform, screen width, height, touch points, referred by a search engine)
VIEWS = {
    "phone_search": (_PHONE, "iPhone", 390, 844, 5, True),
    "desktop_search": (_DESKTOP, "Win32", 1920, 1080, 0, True),
    "phone_direct": (_PHONE, "iPhone", 390, 844, 5, False),
    "desktop_direct": (_DESKTOP, "Win32", 1920, 1080, 0, False),
    "spider": (_SPIDER, "Linux x86_64", 1024, 768, 0, False),
}
# A sixth visitor, run only where a script tested for Internet Explorer (its user agent's MSIE,
# Trident or "rv:11", or ActiveXObject; browser.js records the test as a read of "oldie"): IE 11 on
# Windows 7, typing the address. Exploit-kit loaders act for it alone, since their exploits are for
# it (v41 B4, B7, B8: pseudo-Darkleech decoders keyed to "rv:11"/"MSIE", a rot13'd loader for
# IE/Trident only); no current browser, hence none of the five views, gets what they insert. IE 11's
# agent has "rv:11" and "Trident" but no "MSIE"; an IE 10 agent ("MSIE 10.0") sends rc41b-008's
# decoder into an endless loop and rc41b-007's writes nothing. browser.js gives it ActiveXObject,
# which throws for a control the machine lacks (a decoder's `try {new ActiveXObject(junk)} catch`
# takes the path it takes there), attachEvent and documentMode. The other views have no
# ActiveXObject, as a current browser has none: asked for, it is undefined and the question is
# recorded; before, it was a stub, on which such a probe succeeded and rc41b-007's decoder built
# garbage (SyntaxError). A test of the user agent is recorded where a script calls indexOf,
# includes, search, match or a regular expression's test on it (or on appVersion) with MSIE,
# Trident or rv:11 in the argument (the string's length is compared first: elsewhere the check
# costs a lookup; these calls take ~1.8x their time). (browser.js's comments are kept short: its
# source is compiled in every context, ~0.07 ms a KB.)
OLD_IE = ("Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko", "Win32", 1366, 768, 0, False)
# Body probes: a decoder checks that it runs in a browser by a write a browser refuses, and decodes
# only in the catch: `try{document["b"+"ody"]*=document}catch(e){…}` then `document.body="asd"`
# (v50 B1/B2, rc50b-002/-011: a base-26 decoder of a 1x1 frame), the Blackhole-era
# `try{document.body^=2}catch(e){…}` and `document.body++` (NaN assigned). By the DOM standard the
# body setter throws for any value but a <body> or <frameset> element; browser.js's does too, so the
# catch runs as in a browser (before, the write was taken and nothing decoded).


class Agent(NamedTuple):
    """One more real browser (AGENTS): what its visitor's browser says of itself."""

    name: str  # as findings name it ("… for Firefox only")
    ua: str
    platform: str
    width: int
    height: int
    touch: int  # maxTouchPoints
    app_name: str  # navigator.appName
    vendor: str  # navigator.vendor
    document_mode: int  # IE's document.documentMode; 0 for other browsers


# Other real browsers, each run as one more visitor (typing the address) only where a script's test of
# the user agent (indexOf/includes/search/match/test on it) fails for every view's agent (the five
# and OLD_IE: a test for "chrome" or "mobile" is answered by a view already) and passes for that one, or where a script reads navigator.appName, which differs for it: a drive-by
# keyed to `msie`/`firefox` acts for a real share of visitors though for none of the five views
# (v50 B3/B4, rc50b-006/-015; v46 rc46b-004, v48 rc48b-010). What those visitors get is read as
# what the five get is, asked as elements (behaviour: run_written, picked_loads); they never make a
# view differ (judge_run compares the five). A China-first mix: Firefox, IE 8 (an agent with
# "MSIE", which IE 11's lacks), an Android phone in WeChat's browser (Android is most of China's
# phones; the five views' phone is an iPhone), Safari on a Mac, legacy Edge, Opera 12 (Presto) and
# QQ Browser.
AGENTS = (
    Agent("Firefox", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0", "Win32", 1920, 1080, 0,
     "Netscape", "", 0),
    Agent("Internet Explorer 8", "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; .NET CLR 2.0.50727)", "Win32", 1366, 768, 0,
     "Microsoft Internet Explorer", "", 8),
    Agent("WeChat on Android", "Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560"
     "(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64", "Linux armv8l", 393, 873, 5,
     "Netscape", "Google Inc.", 0),
    Agent("Safari on a Mac", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", "MacIntel", 1440, 900, 0, "Netscape", "Apple Computer, Inc.", 0),
    Agent("Edge (legacy)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 "
     "Safari/537.36 Edge/18.19045", "Win32", 1920, 1080, 0, "Netscape", "", 0),
    Agent("Opera 12", "Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18", "Win32", 1366, 768, 0, "Opera", "Opera Software ASA", 0),
    Agent("QQ Browser", "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.25 "
     "Safari/537.36 Core/1.70.3877.400 QQBrowser/10.8.4506.400", "Win32", 1920, 1080, 0, "Netscape", "Google Inc.", 0),
)
# At most this many of them a page (the first asked, in AGENTS' order): each is one more context.
# Measured 2026-12-07 (bp51, dev data, tuned on v50b): nodata dev hijack dump vs main 2db74acf, with
# the built frames (browser.js) and the body setter: +rc50b-002, -006, -009, -011, -015 flagged
# (v50 B1-B5), each for its hidden frame (-006/-015 also "a server program … for Firefox only");
# rc46b-004 (v46b, an MSIE-keyed kit, flagged already) gains "… for Internet Explorer 8 only"; no
# legit or clean dev record changes, no field. Clean: the 80 clean vendor pages of real-cases-v*b run
# an agent on 1, which gets nothing the five views do not; a third of the 2,855 extraction pages
# whose markup names userAgent/appName (952, before the every-view rule narrowed the runs): 20 get a
# host the five views do not (IE 8 polyfills from their own or a CDN host, 360's s8.qhres2.com,
# WeChat's midas.gtimg.cn on a WeChat page), none a hidden frame, 0 flagged.
MAX_AGENTS = 3

# Where the visitor is (language, time zone, minutes behind UTC): the readers of these pages are in
# China; a spider runs in a data centre on UTC with an English default (v5 B1 gates on both).
_READER = ("zh-CN", "Asia/Shanghai", -480)
LOCALES = {name: ("en-US", "UTC", 0) if name == "spider" else _READER for name in VIEWS}
HUMANS = ("phone_search", "desktop_search", "phone_direct", "desktop_direct")

_BROWSER = "\n".join(resources.files("scraper.clean").joinpath(name).read_text(encoding="utf-8")
                     for name in ("browser_api.js", "browser.js", "browser_events.js"))
# jQuery as the page's own copy would answer (browser_jquery.js), compiled into a context only
# when a script there uses "$" or "jQuery" and nothing defined it
_JQUERY = resources.files("scraper.clean").joinpath("browser_jquery.js").read_text(encoding="utf-8")
_JQUERY_NAMES = ("$", "jQuery")


@dataclass
class Effect:
    """One thing a script did: ``kind`` is nav, title, write, built (a frame it made element by element
    and put into the page, as its markup; "removed" once the code takes it out again), load, style (CSS it put into the
    page), request (an address it asked) or code (a fetched answer it ran as code); ``script`` its index; ``on`` the gesture whose handler did it ("" at load), ``wide``
    whether that handler listens on the whole page rather than on one element; ``opened`` whether a
    nav opened a new window (window.open) rather than taking the page's own window away."""

    kind: str
    value: str
    script: int
    on: str = ""
    wide: bool = False
    visit: int = 0  # the visitor's n-th visit (0: the first, with no cookies or storage)
    opened: bool = False


@dataclass
class Run:
    """What the page's scripts did for each visitor, and which scripts ran to the end in all views."""

    effects: dict[str, list[Effect]] = field(default_factory=dict)
    ran: set[int] = field(default_factory=set)  # scripts run without error, timeout or budget cut
    seconds: float = 0.0
    # view -> what kind of visitor property (device, referrer, state, locale, feature) -> the
    # scripts that read it there
    reads: dict[str, dict[str, set[int]]] = field(default_factory=dict)
    visits: dict[str, int] = field(default_factory=dict)  # view -> how many visits it made
    url: str = ""  # the page's address, as location.href gives it to the scripts
    # what the scripts did for old Internet Explorer (OLD_IE), run only when a script tested for it
    old_ie: list[Effect] = field(default_factory=list)
    # what they did for the same IE visitor coming back with the cookies and storage its first visit
    # left, run only when that visit loaded, navigated or wrote markup and wrote a cookie (None: not run)
    old_ie_again: list[Effect] | None = None
    # what they did for a person sent by a search engine on a first visit with no cookies at all
    # (first_search), run only when one script read both the referrer and document.cookie
    first_search: list[Effect] = field(default_factory=list)
    # what they did for the other browsers (AGENTS) a script's test asked for: agent's index -> effects
    agents: dict[int, list[Effect]] = field(default_factory=dict)


# cached: the pages of a site share their template's scripts (pure, by the code's text)
@functools.lru_cache(maxsize=1024)
def could_act(code: str) -> bool:
    """The cheap test: code that hides (eval, char codes, escapes in bulk...), or that reads the
    visitor and acts or decodes, or that decodes and acts, or that builds elements with an address
    or text, or writes link markup, or styles an element of the page. The slow alternations run only where a plain
    substring test lets them match (this test reads every inline script of every page).

    The test reads the code as written and with its constant strings folded (loaders.fold_constants):
    markup written from pieces ("<"+'if'+'ra'+"me …", '<scr'+'ipt …', ["<a hr","ef=…"].join(""),
    "\\x3ca href") is the same markup to the browser, and a test that wants it whole never ran a
    writer that split it (v48 B1, S5)."""
    if len(code) > MAX_RUN:
        return False
    return _could_act(code) or (folded := fold_constants(code)) != code and _could_act(folded)


def _could_act(code: str) -> bool:
    if hides(code):
        return True
    if "location" in code or "open" in code:
        if _NAVIGATES.search(code):
            return True
    if _COMPUTED_MEMBER.search(code):
        return True
    if "write" in code and _WRITES.search(code) and _LINK_MARKUP.search(code):
        return True
    low = _lowered(code)
    visitor = (low is None or any(w in low for w in _VISITOR_WORDS)) and bool(_VISITOR.search(code))
    decodes = bool(_DECODES.search(code))
    if (visitor or decodes) and _ACT.search(code):
        return True
    if visitor and decodes:
        return True
    if ("on" in code or "Listener" in code) and (low is None or any(w in low for w in _GESTURE_WORDS)) \
            and _GESTURE.search(code) and _ACT.search(code):
        return True
    if "fetch" in code and _FETCHES.search(code) and _PUTS_MARKUP.search(code):
        return True
    if ("$(" in code or "jQuery(" in code) and _JQ_PUTS.search(code) and _LINK_MARKUP.search(code):
        return True
    return (bool(_CREATES.search(code)) and bool(_FILLS.search(code))
            or bool(_LOOKS_UP.search(code)) and bool(_STYLES_PAGE.search(code)))


# A decoder split over several scripts (v43 B1: six in a row, three of them plain calls and loops over
# the names the others declare) acts through the pieces the pre-test let through for hiding: the
# inline script next to one that hides, which uses a global name it declares or declares one it
# uses, runs with it, and so on along the row. Only next to code that hides: a loader, an analytics
# snippet and the page's own scripts share names with half of all pages' scripts (joined from every
# acting script, 4,259 of the 8,634 pages of the clean extraction sets ran ~30,000 more scripts).
# Names shorter than this are loop counters and the like that unrelated scripts share (`var i`).
MIN_SHARED_NAME = 4
_LONG_NAME = r"[A-Za-z_$][\w$]{" + str(MIN_SHARED_NAME - 1) + ",}"
_DECLARES = re.compile(r"\b(?:var|let|const|function)\s+(" + _LONG_NAME + r")|(?:^|[;{}])\s*(" + _LONG_NAME
                       + r")\s*=(?!=)", re.M)
_NAME = re.compile(r"(?<![\w$.])" + _LONG_NAME)


@functools.lru_cache(maxsize=1024)
def _declared(code: str) -> frozenset[str]:
    return frozenset(a or b for a, b in _DECLARES.findall(code))


@functools.lru_cache(maxsize=1024)
def _used(code: str) -> frozenset[str]:
    return frozenset(_NAME.findall(code))


@functools.lru_cache(maxsize=1024)
def hides(code: str) -> bool:
    """Whether ``code`` hides what it does (eval, char codes, escapes in bulk, a rotated string array)."""
    return bool(any(w in code for w in _HIDES_WORDS) and _HIDES.search(code) or (
        "\\" in code and len(_ESCAPE.findall(code, 0, 20_000)) >= MIN_ESCAPES) or (
        "shift" in code and _ROTATES.search(code)))


def joined(codes: dict[int, str], acting: set[int]) -> set[int]:
    """The scripts of ``codes`` (index → code, in page order) that continue a run of the ``acting``
    ones that hides: next to it, sharing a global name with it, and so on along the row."""
    order = sorted(codes)
    place = {i: n for n, i in enumerate(order)}
    joined_: set[int] = set()
    todo = [i for i in acting if i in codes and hides(codes[i])]
    while todo:
        i = todo.pop()
        declared, used = _declared(codes[i]), _used(codes[i])
        for n in (place[i] - 1, place[i] + 1):
            if 0 <= n < len(order) and (j := order[n]) not in acting and j not in joined_ \
                    and len(codes[j]) <= MAX_RUN \
                    and (not declared.isdisjoint(_used(codes[j])) or not used.isdisjoint(_declared(codes[j]))):
                joined_.add(j)
                todo.append(j)
    return joined_


def navigates(code: str) -> bool:
    """Whether ``code`` sets the location or opens a window (somewhere in it)."""
    return bool(_NAVIGATES.search(code))


def run_scripts(scripts: list[tuple[int, str]], url: str | None, title: str = "",
                page: dict | None = None) -> Run:
    """Run ``scripts`` (index, code), in page order, for the visitors of VIEWS. ``page`` is what
    lookups find of the served page: {"ids": {id: tag}, "tags": {tag: count}}.

    The run is deterministic (fixed clock and chance), so a view that differs from one already run
    only by properties no script read there would run alike: it gets that view's effects without
    running (most pages' scripts never read the referrer, many not the device). A person whose
    scripts read storage or cookies and changed them visits again with them kept, up to
    MAX_VISITS (a visit counter acts on the n-th visit); the view's effects are those of all
    visits. Spiders keep no cookies: they visit once."""
    run = Run()
    started = time.process_time()
    view: dict[str, Any] = {"url": url if url and re.match(r"https?://[^/]", url) else "http://localhost/", "title": title,
            "page": page or {"ids": {}, "tags": {}}, "agents": [a.ua for a in AGENTS], "agentApps": [a.app_name for a in AGENTS],
            "viewAgents": sorted({v[0] for v in VIEWS.values()} | {OLD_IE[0]})}
    run.url = view["url"]
    failed: set[int] = set()
    spent: set[int] = set()  # timed out or out of memory once: not run again in the other views
    reads: dict[str, dict[str, set[int]]] = {}  # view -> what kind of property -> the scripts that read it
    spider: _Visit | None = None
    for name in ("spider", "phone_search", "desktop_search", "phone_direct", "desktop_direct"):
        same = _same_as(name, reads)
        if same:
            run.effects[name] = list(run.effects[same])
            reads[name] = reads[same]
            run.visits[name] = run.visits.get(same, 1)
            continue
        ua, platform, width, height, touch, referred = VIEWS[name]
        lang, tz, offset = LOCALES[name]
        view.update(ua=ua, platform=platform, width=width, height=height, touch=touch, lang=lang, tz=tz, tzOffset=offset,
                    referrer=SEARCH_REFERRER if referred else "", state={"local": {}, "session": {}, "cookie": SERVER_COOKIE})
        effects: list[Effect] = []
        reads[name] = {}
        for n in range(1 if name == "spider" else MAX_VISITS):  # spiders keep no cookies
            # a person's first visit starts from the spider's state: where the scripts read no more
            # of it than that state (no device, locale or referrer), it is the spider's visit, and
            # only the return visits run (most pages whose scripts read cookies or storage read
            # nothing else of the visitor: the person views were half the contexts, sp35)
            if n == 0 and spider is not None and not any(reads["spider"].get(kind) for kind in _first_visit_differs(name)):
                visit = spider
            else:
                visit = _visit(scripts, view, started, spent)
            if name == "spider":
                spider = visit
            for e in visit.effects:
                e.visit = n
            effects += visit.effects
            for kind, by in visit.reads.items():
                reads[name].setdefault(kind, set()).update(by)
            failed |= visit.failed
            if visit.cut or "state" not in visit.reads or visit.state == view["state"]:
                break
            view["state"] = visit.state  # the visitor comes back with what this visit stored
        run.effects[name] = effects
        run.visits[name] = n + 1
        if time.process_time() - started > PAGE_SECONDS:
            # this view may have been cut short: comparing it would invent a difference
            del run.effects[name]
            failed = {i for i, _ in scripts}
            break
    first: _Visit | None = None
    if "desktop_direct" in run.effects and any(r.get("oldie") for r in reads.values()):
        first = _old_ie(scripts, view, started, spent)
        run.old_ie = first.effects
    if "desktop_direct" in run.effects and (gated := _gated_on_first_search(reads)):
        run.first_search = _first_search(scripts, gated, view, started, spent)
    # (last: where the page budget runs out in it, no other view is lost)
    if first and first.state and first.state["cookie"] and any(e.kind in ("load", "nav", "write") for e in first.effects):
        again = _old_ie(scripts, view, started, spent, first.state)
        # a visit cut short by the page budget shows nothing: no proof that nothing comes again
        run.old_ie_again = again.effects if again.state is not None else None
    # (the reads are the page's context's own record, which the page's code can write to: only the
    # browsers AGENTS holds are asked for)
    asked = sorted({int(kind[5:]) for r in reads.values() for kind in r
                    if kind.startswith("agent") and kind[5:].isdecimal() and int(kind[5:]) < len(AGENTS)})
    for j in asked[:MAX_AGENTS] if "desktop_direct" in run.effects else ():
        run.agents[j] = _agent(scripts, j, view, started, spent)
    run.ran = {i for i, _ in scripts} - failed
    run.reads = reads
    run.seconds = time.process_time() - started
    return run


def _visitor(view: dict, device: tuple, locale: tuple, referrer: str, state: dict, **more: Any) -> dict:
    """``view`` for one more visitor: its device (user agent, platform, width, height, touch points),
    its locale (language, time zone, minutes behind UTC), the page it came from, the cookies and
    storage it starts with, and ``more`` keys of the prelude's view."""
    ua, platform, width, height, touch = device
    lang, tz, offset = locale
    return {**view, "ua": ua, "platform": platform, "width": width, "height": height, "touch": touch, "lang": lang,
            "tz": tz, "tzOffset": offset, "referrer": referrer, "state": state, **more}


# An exploit kit's gate serves each visitor once: it marks the browser with a cookie and loads
# nothing for it again (v43 B3: a RIG loader for IE without its cookie "userid…=30"), so that a
# victim's second look, a researcher's replay, finds a clean page. A site's own IE branch (a
# polyfill, an upgrade notice) acts on every visit of old IE: it needs what it loads each time.
# The IE visitor therefore comes back once with what its first visit stored, where that visit
# wrote a cookie and loaded, navigated or wrote markup (a frame in it is a load: behaviour.judge_run
# reads the difference).
def _old_ie(scripts: list[tuple[int, str]], view: dict, started: float, spent: set[int],
            state: dict | None = None) -> _Visit:
    """A visit of OLD_IE, the first (no cookies or storage) or one with ``state`` kept (its effects
    [] when the page budget runs out in it). Its failures are not the scripts': code that works in
    current browsers may not in IE."""
    view = _visitor(view, OLD_IE[:5], _READER, "", state or {"local": {}, "session": {}, "cookie": ""}, oldIE=True)
    visit = _visit(scripts, view, started, set(spent))
    if visit.cut:
        visit.effects, visit.state = [], None
    return visit


def _agent(scripts: list[tuple[int, str]], j: int, view: dict, started: float, spent: set[int]) -> list[Effect]:
    """What the scripts do at a first visit of AGENTS[j], typing the address ([] when the page budget
    runs out in it). Its failures are not the scripts' (code for current browsers may fail in IE 8)."""
    agent = AGENTS[j]
    device = (agent.ua, agent.platform, agent.width, agent.height, agent.touch)
    view = _visitor(view, device, _READER, "", {"local": {}, "session": {}, "cookie": SERVER_COOKIE},
                    appName=agent.app_name, vendor=agent.vendor, agents=[], agentApps=[])
    if agent.document_mode:
        view.update(oldIE=True, documentMode=agent.document_mode)
    visit = _visit(scripts, view, started, set(spent))
    return [] if visit.cut else visit.effects


# Every view holds SERVER_COOKIE from the start, as a returning visitor's browser does, so that a
# script sending the cookies away shows it (behaviour.cookie_carriers). A person a search engine
# sends to the site for the first time has no cookie a script can read: a loader that acts only
# when the referrer is another site's AND document.cookie is empty (the NDSW/Parrot TDS family,
# v42 B3: `if(l&&!p(l,j)&&!i)` → XHR to a hacked site's PHP, eval of the answer) stays silent in
# every view. first_search is that person, run once more where one script read both the referrer
# and the cookie (a gate on the two together); a script reading only one acts alike for a
# cookieless visitor from a search engine and one typing the address, and those views have it.
def _gated_on_first_search(reads: dict[str, dict[str, set[int]]]) -> str | None:
    """The search view (phone first) in which one script read both the referrer and document.cookie."""
    for name in ("phone_search", "desktop_search"):
        got = reads.get(name, {})
        if got.get("referrer", set()) & got.get("cookie", set()):
            return name
    return None


def _first_search(scripts: list[tuple[int, str]], name: str, view: dict, started: float,
                  spent: set[int]) -> list[Effect]:
    """What the scripts do at a first visit of the ``name`` search view with no cookies or storage
    ([] when the page budget runs out in it)."""
    view = _visitor(view, VIEWS[name][:5], LOCALES[name], SEARCH_REFERRER, {"local": {}, "session": {}, "cookie": ""})
    visit = _visit(scripts, view, started, set(spent))
    return [] if visit.cut else visit.effects


def _first_visit_differs(name: str) -> tuple[str, ...]:
    """What a person's first visit of view ``name`` differs from the spider's visit by (both start
    with the same cookie and storage): its device and locale, and the referrer of a search view."""
    return ("device", "locale") + (("referrer",) if name.endswith("_search") else ())


def _same_as(name: str, reads: dict[str, dict[str, set[int]]]) -> str | None:
    """A view already run that differs from ``name`` only by what its scripts did not read."""
    if name == "spider":
        return None
    device, _, arrival = name.partition("_")
    other_device = ("desktop" if device == "phone" else "phone") + "_" + arrival
    other_arrival = device + "_" + ("direct" if arrival == "search" else "search")
    # a person differs from the spider by device (and referrer), and comes back where state was read
    spider = ("device", "state", "locale") + (("referrer",) if arrival == "search" else ())
    for seen, differs_by in ((other_arrival, ("referrer",)), (other_device, ("device",)), ("spider", spider)):
        if seen in reads and not any(reads[seen].get(kind) for kind in differs_by):
            return seen
    return None


@dataclass
class _Visit:
    effects: list[Effect]
    failed: set[int]
    reads: dict[str, set[int]]  # what kind of visitor property (device, referrer, state) which scripts read
    state: dict | None  # localStorage, sessionStorage and cookies as the visit left them
    cut: bool  # the page budget ran out


def _visit(scripts: list[tuple[int, str]], view: dict, started: float, spent: set[int]) -> _Visit:
    """One visit: the scripts run in a fresh context. A script that spends its context is left out
    and the visit run again (a hostile loop placed first must not blind the sandbox to the loader
    after it); each costs SCRIPT_SECONDS once, so the page budget bounds the restarts."""
    for _ in range(len(scripts) + 1):
        before = len(spent)
        visit = _run_view([s for s in scripts if s[0] not in spent], view, started, spent)
        visit.cut = time.process_time() - started > PAGE_SECONDS
        if len(spent) == before or visit.cut:
            break
    visit.failed |= spent
    return visit


# Each view's fresh context compiles the fake browser anew: 2.7-2.9 ms of CPU a context (45 KB of
# source; parsing is 2.6 ms of it), 80 % of the sandbox's time and 12 % of the cleaner's on the 25
# real-cases-v32 dev pages (10 contexts, 0.035 s of a 0.24 s pass). quickjs 1.19 offers no compiled
# form to load instead, and a context kept across views would keep the last view's globals (a
# script's `var` makes one nobody can delete): left so (session 24, sp24). Session 26 (warm, best
# of passes): the sandbox is the largest single cost of a page, 3.7 s of 12.1 s of CPU on the 160
# dev-v31-danielzh + dev-v34-xmunews pages (this compile 1.2 s of it, 462 contexts) and 2.2 of 15.5 s
# on 120 dev-v6-fundus pages; the rest of the cleaner's profile is flat (no other function above 5 %).
# Measured and left out (sb26, variant 5e292a8): compiling the shim once per process and loading its
# bytecode in each context through the binding's exported QuickJS C functions (ctypes, reading the
# context pointer from the binding's private struct: pinned quickjs 1.19.4 only) cuts a context from
# 3.2 to 0.6 ms and whole-process CPU ~5 % (0.49/0.50/0.44 -> 0.53/0.54/0.55 x GNE on the same 160
# pages), output-identical on 79 dev hijack dumps; the interleaved line did not move beyond noise, and
# a private-struct read that breaks on any binding upgrade is more than 5 % is worth. It also made the
# shim's functions print [native code]. tests/clean/test_sandbox_isolation.py (kept) pins what a
# reuse of contexts would have to keep: no page sees the state of the page before.
def _run_view(scripts: list[tuple[int, str]], view: dict, started: float, spent: set[int]) -> _Visit:
    ctx = quickjs.Context()
    ctx.set_memory_limit(MEMORY_BYTES)
    ctx.set_time_limit(SCRIPT_SECONDS)
    if source := view["page"].get("source"):
        ctx.set("__scriptSource", source)
    failed: set[int] = set()
    nothing = _Visit([], {i for i, _ in scripts}, {}, None, False)
    try:
        ctx.eval(_BROWSER)
        _setup(ctx, _view_json(view))
        begin = ctx.get("__begin")
    except quickjs.JSException:
        return nothing
    alive = True
    jquery = False
    for n, (i, code) in enumerate(scripts):
        if time.process_time() - started > PAGE_SECONDS:
            failed |= {j for j, _ in scripts[n:]}
            break
        try:
            missing = _globals_used(code)
            if not jquery and any(name in missing for name in _JQUERY_NAMES) and ctx.eval(
                    "typeof $ === 'undefined' && typeof jQuery === 'undefined'"):
                ctx.eval(_JQUERY)
                jquery = True
            # where the script starts (a retry drops what a failed run did), and stubs for the
            # globals it uses that the fake browser lacks
            begin(i)
            if missing:
                ctx.eval(f"__stubGlobals({json.dumps(missing)})")
            _eval_lenient(ctx, _HTML_COMMENT.sub(_uncomment, code) if "<!--" in code or "-->" in code else code)
        except quickjs.JSException as e:
            failed.add(i)
            if _fatal(e):
                spent.add(i)
                alive = False
                failed |= {j for j, _ in scripts[n + 1:]}
                break
        except Exception:  # noqa: BLE001 -- hostile input: anything the engine raises is a failed script
            failed.add(i)
    # the load timers, then what a visitor does once the page is there (browser_events.js) and
    # the timers that queues
    if alive and _drain(ctx, started):
        try:
            if ctx.eval("__dispatch()"):
                _drain(ctx, started)
        except Exception:  # noqa: BLE001 -- hostile input: a failed gesture is one the page did not answer
            pass
    try:
        raw = json.loads(ctx.eval("JSON.stringify([__effects, __reads, __stored])"))
    except Exception:  # noqa: BLE001 -- a context out of memory cannot even report: nothing seen
        return nothing
    effects, reads, state = raw
    # (__reads lives in the page's own context, where its code can overwrite it: a record that is not
    # the shape the prelude writes counts as no reads rather than failing the page)
    if not isinstance(reads, dict):
        reads = {}
    return _Visit([Effect(e["kind"], e["value"], e["script"], e.get("on") or "", bool(e.get("wide")),
                          opened=bool(e.get("opened"))) for e in effects], failed,
                  {kind: {int(i) for i in by if isinstance(i, int) or isinstance(i, str) and i.isdecimal()}
                   for kind, by in reads.items() if isinstance(by, (dict, list))}, state, False)


# The served page's part of a view (its ids, classes and texts: up to ~300 KB of JSON) is the same
# in every view of the page: serialised once, not once a context (json.dumps of whole views was
# 1.5 % of the cleaner's CPU on dev-v34-xmunews, 2.8 contexts a page run). Held by reference, so
# that the identity test cannot meet a later page's dict at a reused address.
_page_json: tuple[Any, str] = (None, "")
_HEAD = ["url", "title", "page"]


def _view_json(view: dict) -> str:
    """``json.dumps(view)``, character for character, with the page's part serialised once."""
    global _page_json
    if list(view)[:3] != _HEAD or len(view) == 3:
        return json.dumps({**view, "page": _shown(view["page"])} if "page" in view else view)
    page = view["page"]
    cached, text = _page_json
    if cached is not page:
        text = json.dumps(_shown(page))
        _page_json = (page, text)
    rest = json.dumps({k: v for k, v in view.items() if k not in _HEAD})
    return f'{{"url": {json.dumps(view["url"])}, "title": {json.dumps(view["title"])}, "page": {text}, {rest[1:]}'


def _shown(page: dict) -> dict:
    """The page's part of a view as JSON gives it to the fake browser: its scripts' texts go as one
    string (ctx.set copies a string where JSON.parse reads it character by character)."""
    return {k: v for k, v in page.items() if k != "source"} if "source" in page else page


def _setup(ctx: quickjs.Context, view: str) -> None:
    """Give the fake browser the ``view`` (JSON). Parsed as JSON, not compiled as a literal: the
    page's ids and texts make it up to ~300 KB, and compiling it was 0.9 ms a context (1.7 % of the
    cleaner's CPU on dev-v34-xmunews + dev-v37-fundeval, 476 contexts). A literal's "__proto__" key
    sets the object's prototype where JSON.parse makes it a key: a view naming one (an id or class
    __proto__) is compiled as before."""
    if '"__proto__"' in view:
        ctx.eval(f"__setup({view})")
    else:
        ctx.get("__setup")(ctx.parse_json(view))


def _drain(ctx: quickjs.Context, started: float) -> bool:
    """Run queued timers and promise callbacks, up to MAX_TIMERS; False when the context is spent."""
    step = ctx.get("__timerStep")  # called by reference: a string evaluated each round is compiled each round
    for _ in range(MAX_TIMERS):
        if time.process_time() - started > PAGE_SECONDS:
            break
        try:
            for _ in range(MAX_JOBS):  # promise callbacks (fetch(...).then(...)) before the next timer
                if not ctx.execute_pending_job():
                    break
            if not step():
                break
        except quickjs.JSException as e:
            if _fatal(e):
                return False
        except Exception:  # noqa: BLE001
            break
    return True


# An HTML comment opening or closing a script's text is a line comment in a browser (old pages
# wrap their code so); QuickJS reads it as a syntax error. A closed one inside a line is a page
# builder's line-break placeholder ("<!-- [..._line_break_holder] -->", v5 B7): the code after it
# is what the author wrote, and it runs. One followed by more markup is no placeholder: the XHTML
# wrapper `<!--//--><![CDATA[// ><!--` is one line comment in a browser, and the code on the lines
# after it runs (v45 B2, rc45b-011: read as a placeholder, it left `<![CDATA[…` as code, a syntax
# error, and the script never ran). No code starts with "<".
# (One with a quote inside is part of a string: markup the code writes.)
_HTML_COMMENT = re.compile(r"<!--[^\n'\"`+]*?-->(?![ \t]*<)|^[ \t]*(?:<!--|-->)", re.M)
def _uncomment(m: re.Match) -> str:
    return "\n" if m.group().endswith("-->") and m.group().startswith("<!--") else "//"


# Times one script runs again after failing on a feature the fake browser lacks (each run defines
# one stub; the v5 forms each lacked one feature).
MAX_RETRIES = 3
_UNDEFINED = re.compile(r"ReferenceError: '([A-Za-z_$][\w$]*)' is not defined")
_NOT_A_FUNCTION = "TypeError: not a function"
# Names a script uses as globals: called, constructed or read from (a bare name tested by typeof or
# assigned is left undefined: "already done?" guards must see the truth).
_USED = re.compile(r"(?<![\w$.])(?:new\s+)?([A-Za-z_$][\w$]*)\s*(?:\(|\.(?!\.)|\[)")
# (The assigned name's alternative starts no match after a letter and backtracks into no name: a
# name inside a name reaches the same end as the name it is in, which was tried first. Quadratic in
# a name's length otherwise: 1.9 s of _DECLARED on the 158 scripts run of 207 real dev pages, 0.03 s
# so, same matches on those and on 400k random strings of names, keywords, = and separators.)
_DECLARED = re.compile(r"(?:\b(?:var|let|const|function|class)\s+|[,(]\s*)([A-Za-z_$][\w$]*)"
                       r"|(?<![A-Za-z_$])([A-Za-z_$][\w$]*+)\s*+=(?!=)")
_KEYWORDS = frozenset("if for while switch catch function return typeof new in of do else case try void delete "
                      "throw instanceof with yield await async this super import export var let const class".split())


@functools.lru_cache(maxsize=1024)
def _globals_used(code: str) -> list[str]:
    """Names ``code`` calls, constructs or reads a property of without declaring or assigning them:
    the fake browser gives those it lacks a stub (a browser has them, or the page's other files
    define them)."""
    used = set(_USED.findall(code)) - _KEYWORDS
    if not used:
        return []
    declared = {a or b for a, b in _DECLARED.findall(code)}
    return sorted(used - declared)


def _eval_lenient(ctx: quickjs.Context, code: str) -> None:
    """Run ``code``; when it fails on a name or method the fake browser lacks, give it a stub and
    run it again from a clean slate (its effects and timers so far dropped)."""
    for attempt in range(MAX_RETRIES + 1):
        try:
            ctx.eval(code)
            return
        except quickjs.JSException as e:
            text = str(e)
            name = _UNDEFINED.search(text)
            if attempt == MAX_RETRIES or _fatal(e) or not (name or text.startswith(_NOT_A_FUNCTION)):
                raise
            ctx.eval("__effects.length=__mark[0];__timers.length=__mark[1];"
                     + (f"__stubGlobals({json.dumps([name.group(1)])})" if name else "__permissive=true"))


def _fatal(e: Exception) -> bool:
    """Whether the context is spent (timed out or out of memory) rather than the script wrong."""
    text = str(e)
    return "interrupted" in text or "out of memory" in text or "stack overflow" in text
