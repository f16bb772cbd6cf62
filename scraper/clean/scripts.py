"""What a page's scripts betray, read as text: search-engine cloaking, redirects, spam loaders, packed or
escaped code, document.write'd link farms, and the real title a hijacker restores for humans.

Scripts are read, never run: ``loaders.decode_script`` undoes the obfuscation, then this module
judges what the decoded code *does*. A script that tests ``navigator.userAgent`` or
``document.referrer`` for search-engine names and then rewrites the title, writes markup,
redirects or loads code is cloaking — proof of compromise whatever words it contains. A test
that only keeps crawlers from loading code (consent managers, analytics, paywalls) is bot
exclusion, not cloaking. Obfuscation is no proof by itself (minifiers build string tables, JSON
escapes "/", configs are base64): decoded code is an injected loader when it cloaks, or when it
loads code or writes links from an address that only decoding reveals.
"""
from __future__ import annotations

import base64
import binascii
import functools
import re
from dataclasses import dataclass, field
from typing import Callable

from core.domains import registrable_domain
from scraper.clean import brands, lexicon
from scraper.clean.dom import TagValues, host_of, shorten
from scraper.clean.loaders import (
    MIN_BASE64,
    MIN_ESCAPES,
    Decoded,
    colon_hex,
    decode_script,
    fold_constants,
    js_string,
    plain_literals,
    sub_quoted,
)

# A string literal in either quote style; its body is group 1 or group 2 (see _value).
_STR = r"""(?:"((?:[^"\\\n]|\\[\s\S])*)"|'((?:[^'\\\n]|\\[\s\S])*)')"""
_TITLE_SET = re.compile(r"document\s*\.\s*title\s*=\s*" + _STR)
# Each pattern starts with a literal, so that the re module can skip through long code.
_WRITES = (re.compile(r"document\s*\.\s*write(?:ln)?\s*\(\s*" + _STR), re.compile(r"innerHTML\s*\+?=\s*" + _STR),
           re.compile(r"insertAdjacentHTML\s*\([^,()]{0,40},\s*" + _STR))
_REDIRECTS = (re.compile(r"location(?:\s*\.\s*href)?\s*=(?!=)\s*" + _STR),
              re.compile(r"location\s*\.\s*(?:replace|assign)\s*\(\s*" + _STR),
              re.compile(r"open\s*\(\s*" + _STR), re.compile(r"navigate\s*\(\s*" + _STR))
# .src = "…" or .src = decode("…") (a hand-written decoder's call on a literal: decoded, the literal
# is the address); .src = <anything else> loads an address the code computes.
_SRC_SET = re.compile(r"\.\s*src\s*=\s*(?:[\w$.]{1,40}\(\s*)?" + _STR)
_SRC_COMPUTED = re.compile(r"\.\s*src\s*=\s*(?![\s\"'])")
# An address a refresh or a loading tag names in markup a script writes (read tag by tag: TagValues)
SRC_VALUE = r"""\bsrc\s*=\s*['"]?([^'" >]+)"""
REFRESH = TagValues(r"http-equiv\s*=\s*['\"]?refresh", r"url\s*=\s*['\"]?([^'\" >]+)")
MARKUP_URL = TagValues(r"<(?:script|iframe|frame)\b", SRC_VALUE)
_URL = re.compile(r"(?:https?:)?//[\w.-]+[^\s\"'<>]*", re.I)
_WHOLE_URL = re.compile(r'(?<!\\)"((?:https?:)?//[\w.-]+[^\s"\\<>]*)"', re.I)  # a literal that is one address
_SPLIT_LITERAL = re.compile(r"[\"']\s*\+\s*[\"']")
_NOT_CODE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|ico|css|woff2?|ttf|mp[34])(?:[?#]|$)", re.I)
# Only code holding one of these can do anything we judge; the rest (analytics snippets,
# libraries) skips the decoding.
_ACTS = ("location", "write", "title", "referrer", "useragent", "src", "open", "innerhtml", "insertadjacent", "eval",
         "navigate")
_OBFUSCATION_HINTS = ("eval", "fromcharcode", "atob", "unescape", "decodeuri", "_0x")
_BRACKETS = re.compile(r"(?:window|document|location|top|self)\s*\[\s*['\"]")
_BASE64_HINT = re.compile(r"[\"'][A-Za-z0-9+/]{" + str(MIN_BASE64) + r",}={0,2}[\"']")
# The two things a cloaking script reads about its visitor: where it comes from and who it is
# (read as properties: a config key such as "extraUserAgents" tests nobody).
_SNIFF = re.compile(r"\.\s*(referrer|useragent)\b")
_ENGINES = (r"(?:baidu|spider|sogou|so\.com|sm\.cn|360|google|bing|yahoo|soso|youdao|bot\b|bot[^a-z]|crawl|slurp|"
            r"yisou|toutiao|haosou|shenma|bytespider)")
# A search-engine name as the argument of a test (r.indexOf("baidu"), u.match(/spider|bot/i)), in a
# regex literal that is tested (/baidu|sogou/.test(r)), or in a list of such names.
_ENGINE_TEST = re.compile(
    r"(?:indexof|match|search|includes|test)\s*\(\s*[\"'/][^\"'\n]{0,120}?" + _ENGINES
    + r"|/[^/\n]{0,200}?" + _ENGINES + r"[^/\n]{0,200}/[a-z]*\s*\.\s*test\s*\("
    + r"|\[\s*[\"'][^\"'\n]{0,40}?" + _ENGINES + r"[^\"'\n]{0,40}[\"']\s*,")
# A regex of search-engine names kept in a variable and tested later (var r=/baidu|sogou/; r.test(…)).
# (found from the "= /" on: a pattern that starts at the name tries every identifier of the code)
_ENGINE_REGEX_SET = re.compile(r"=\s*/[^/\n]{0,200}?" + _ENGINES + r"[^/\n]{0,200}/[a-z]*")
_NAME_BEFORE = re.compile(r"(?<![\w$])([a-z_$][\w$]*)\s*$")
# A created <script>/<iframe>, or an element whose tag name the code computes (hides).
_LOADER = re.compile(r"createelement\s*\(\s*(?:[\"'](?:script|iframe)|[^\"'\s)])")
# How far from document.referrer / navigator.userAgent a search-engine name still belongs to
# the same test (a cloaking condition is one short expression or a short list of names).
SNIFF_WINDOW = 400
# Inline scripts above this size are libraries, not injections, and are not read.
MAX_SCRIPT = 200_000


@dataclass
class ScriptReport:
    """What the scripts of one page show."""

    findings: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, where, evidence)
    restored_title: str | None = None
    # the cloaking script that sets document.title for visitors who are not search engines
    title_script: str | None = None
    cloaking: bool = False
    # titles a script sets that read as spam (the page's other face), learned as spam strings
    spam_titles: list[str] = field(default_factory=list)
    # titles a script sets for every visitor (no test of who visits before it): the title every
    # reader sees, judged as a served <title> is
    everyone_titles: list[str] = field(default_factory=list)
    spam_hosts: set[str] = field(default_factory=set)
    # markup written by document.write/innerHTML, and whether a cloaking or obfuscated script wrote it
    written_html: list[tuple[str, bool]] = field(default_factory=list)
    # CSS that scripts put into the page (a <style> they build, a style they set on an element of
    # the page): the page a visitor sees is styled by it too
    injected_css: list[str] = field(default_factory=list)


def _looks_obfuscated(code: str, low: str) -> bool:
    """Worth decoding: packed, escaped in bulk, char codes, base64, string arrays, bracket access."""
    return (any(word in low for word in _OBFUSCATION_HINTS) or code.count("\\x") + code.count("\\u") >= MIN_ESCAPES
            or bool(_BRACKETS.search(low)) or bool(_BASE64_HINT.search(code)) or colon_hex(code))


_LITERAL = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_LITERAL_OPEN = re.compile(r"'(?:[^'\\\n]|\\.)*|\"(?:[^\"\\\n]|\\.)*")  # _LITERAL as far as it reads
_ACT_IN_CODE = re.compile(r"location|write|title|referrer|useragent|\bsrc\b|open|innerhtml|insertadjacent|eval|navigate|"
                          r"createelement|appendchild|settimeout|setinterval|\bfunction\b")


def _acts_in_code(lowered: str) -> bool:
    """True when the (decoded) code does something outside its string literals: state that a
    framework hydrates (``window.__NUXT__={…}``) holds words like "location" only as data."""
    return bool(_ACT_IN_CODE.search(sub_quoted(_LITERAL, '""', lowered, _LITERAL_OPEN)))


def _value(m: re.Match) -> str:
    body = m.group(1) if m.group(1) is not None else m.group(2)
    return js_string('"' + body + '"')


# A test that a search-engine name is absent: indexOf(…) == -1 / < 0, !/…/.test(…), !x.match(…).
_NEGATED = re.compile(r"===?\s*-1|<\s*0|!\s*(?:/|\(|[a-z_$][\w$.]*\s*\.\s*(?:test|match|includes|search))")


def _for_spiders(lowered: str, pos: int) -> bool:
    """Whether code at ``pos`` runs for search spiders (not for humans), read from the nearest
    test of the referrer or user agent before it: a negated test, or an ``else`` after a plain
    one, guards code for humans (the restored title some sites set for visitors)."""
    start = max(0, pos - SNIFF_WINDOW)
    tests = list(_SNIFF.finditer(lowered, start, pos))
    if not tests:
        return False
    between = lowered[tests[-1].start():pos]
    humans = bool(_NEGATED.search(between))
    if "else" in between:
        humans = not humans
    return not humans


def _gated(lowered: str, pos: int, sniffed: frozenset[str]) -> bool:
    """True when a test of the visitor (a property in ``sniffed``) comes at most SNIFF_WINDOW
    before ``pos``: the act there is what the test decides (an analytics bundle that reads the
    referrer for its reports and loads its widgets elsewhere gates nothing)."""
    return any(m.group(1) in sniffed for m in _SNIFF.finditer(lowered, max(0, pos - SNIFF_WINDOW), pos))


# cached: the pages of a site share their template's scripts (pure, by the code's text)
@functools.lru_cache(maxsize=128)
def checks_spiders(lowered: str) -> frozenset[str]:
    """What the code tests against search-engine or spider names: "referrer" (where the visitor
    comes from), "useragent" (who the visitor is), both or neither."""
    tested = set()
    regex_vars = {n.group(1) for m in _ENGINE_REGEX_SET.finditer(lowered)
                  if (n := _NAME_BEFORE.search(lowered, max(0, m.start() - 100), m.start()))} if "/" in lowered else set()
    var_test = re.compile(r"(?<![\w$])(?:" + "|".join(map(re.escape, regex_vars)) + r")\s*\.\s*(?:test|exec)\s*\("
                          r"|(?:match|search)\s*\(\s*(?:" + "|".join(map(re.escape, regex_vars)) + r")\b") \
        if regex_vars else None
    for m in _SNIFF.finditer(lowered):
        if m.group(1) in tested:
            continue
        window = max(0, m.start() - SNIFF_WINDOW), m.end() + SNIFF_WINDOW
        if _ENGINE_TEST.search(lowered, *window) or var_test and var_test.search(lowered, *window):
            tested.add(m.group(1))
    return frozenset(tested)


def reads_as_spam(text: str) -> bool:
    """A title or text whose words are spam: lexicon, brand shapes or the public vocabulary."""
    return bool(lexicon.has_strong(text) or brands.promo_spans(text) or brands.brand_like(text)
                or brands.vocabulary_hits(text) or lexicon.spam_weight(text) >= 2)


def serves_this_site(host: str, own: Callable[[str], bool]) -> bool:
    """A vendor's host that names the page's own site before the vendor's domain
    ("<site>.<vendor>.com"): the publisher's account with an ad or analytics network, set up for
    this site. A hijacker's loader serves many sites from its own domain (v5 FF1: contextual ads
    switched on for search visitors, from the site's own account host). ``own(host)``: the page's
    own site (a trusted portal named so, "www.baidu.com.<x>.top", is not)."""
    vendor = registrable_domain(host)
    prefix = host[: -len(vendor)].strip(".") if vendor and host.endswith(vendor) else ""
    site = prefix.removeprefix("www.")
    return "." in site and own(site)


def _host_spammy(host: str) -> bool:
    return lexicon.host_is_spammy(host)


# A letter or digit written as its code (\x41, \u0041, \101; any \u{...}): how loaders hide names
# and addresses. Escaped punctuation ("\x3cscript", JSON's \u003c) hides no name, and a plain
# reading decodes the literals it judges anyway (on dev-v6-fundus every escaped script that the
# sandbox does not run escapes only punctuation).
_CHAR_ESCAPE = re.compile(r"\\(?:x|u00)(?:3[0-9]|[4-7][0-9a-fA-F])|\\u\{[0-9a-fA-F]+\}|\\1[0-7]{2}")
# Bracket access that hides an act: a member named by a split, escaped or act-naming string
# (window["location"]["href"], document["wr"+"ite"]); window["dataLayer"] and the like hide nothing.
_BRACKET_ACT = re.compile(r"""(?:window|document|location|top|self)\s*\[\s*['"](?:[^'"\]]*?(?:loc|href|writ|open|titl|"""
                          r"""referr|agent|eval|src|replac|assign|navig|docum|cookie|\\)|[^'"\]]*['"]\s*\+)""", re.I)

# ...of which these hide the act from any reader: a member whose name is joined from fragments
# into an act's name (x["doc"+"ument"], x["ev"+"al"]), or an act named as a string on the window,
# the document or the location and done (window["location"]["href"]=…, document["write"](…)).
# A site's own code writes document.write and location.href, and a minifier keeps them so. Not
# reading ["href"] or ['location'] (a feed's entry['link'][i]['href'], dev-dragnet; a loader's
# location['search']), a string's ['replace'](…) (dev-v6-fundus ElMundo), fragments joined into
# other names (["ch"+"ar"+"set"], ['ER'+'ROR']: dev-v10, dev-v2) or an array literal (dev-aeb's
# [".."+"/"+"domReady"]): a scan of every inline script of the dev pages (9,931 files, 2026-12-04)
# finds these on hijacked pages only (v1 setA/setB, v3, v11, v22).
_JOINED_KEY = re.compile(r"""[\w$\])]\s*\[\s*((['"])[\w$]*\2(?:\s*\+\s*(['"])[\w$]*\3)+)\s*\]""")
_ACT_NAMES = frozenset("document write writeln location href replace assign eval createelement appendchild "
                       "innerhtml open".split())
_NAMED_ACT = re.compile(r"""\b(?:window|document|top|self|location)(?:\s*\[\s*['"]\w+['"]\s*\]|\s*\.\s*\w+)*"""
                        r"""\s*\[\s*(['"])(?:href|write|writeln|replace|assign)\1\s*\]\s*(?:=(?!=)|\()""")


def hides_act(code: str) -> bool:
    """Whether ``code`` spells one of its acts so that no reader of it sees the act (above)."""
    if "[" not in code:
        return False
    return bool(_NAMED_ACT.search(code)) or any(
        re.sub(r"""['"\s+]""", "", m.group(1)).lower() in _ACT_NAMES for m in _JOINED_KEY.finditer(code))


# A whole program shipped as one base64 literal that is run at once (eval(atob("…")),
# Function(atob("…"))()): how a bundle is sent past ad blockers (cx-mashable2's module table). The
# program inside, decoded once, is what its reader reads: an address it holds as a plain constant
# is built, not hidden (a fake loader hides its address inside its program too, rc2-021).
_SHIPPED = re.compile(r"\s*(?:/\*[^*]*\*/\s*)*(?:window\s*\.\s*)?(?:eval|Function)\s*\(\s*(?:window\s*\.\s*)?atob\s*\(\s*"
                      r"(?:\"([A-Za-z0-9+/=\s]+)\"|'([A-Za-z0-9+/=\s]+)')\s*\)\s*\)(?:\s*\(\s*\))?\s*;?\s*")


def shipped_program(code: str) -> str | None:
    """The program a script that is nothing but ``eval(atob("…"))`` runs, decoded; else None."""
    m = _SHIPPED.fullmatch(code) if "atob" in code else None
    if m is None:
        return None
    value = "".join((m.group(1) or m.group(2)).split())
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


# Code handed to eval (or Function) as a list of char codes: a program no reader of the page can
# read, run as soon as the page loads; what it does is for its author alone to know (v10: such a
# call behind a marker comment, appended after a site's jQuery). No clean dev page (shared corpus,
# bench/data/dev, $NEWSVAULT_DATA/extract/dev-*, ~6,000 pages) has one: ad tech that ships a
# program hidden runs base64 (``shipped_program``), and char codes elsewhere spell a "<" or a word.
_RUNS_CHAR_CODES = re.compile(r"\b(?:eval|Function)\s*\(\s*(?:window\s*\.\s*)?String\s*\.\s*fromCharCode\s*\(\s*\d")


def needs_decoding(code: str) -> bool:
    """Whether reading ``code`` takes decoding even when it does nothing the sandbox would run:
    character escapes or bracket access (``window["location"]``) hide its acts from a plain
    reading (packing, eval, atob and char codes make the sandbox run it, ``sandbox.could_act``), as
    does a payload of colon-separated hex codes (v18 §2), which the sandbox cannot run unfinished.
    The other signs (the word "eval" in "retrieval", a base64 config, decodeURI of a query) in
    code with no run-worthy act hide nothing worth the decode."""
    return "\\" in code and bool(_CHAR_ESCAPE.search(code)) or "[" in code and bool(_BRACKET_ACT.search(code)) \
        or colon_hex(code)


def analyse_script(code: str, offsite: Callable[[str], bool], report: ScriptReport, behaved: bool = False,
                   own: Callable[[str], bool] | None = None, decode: bool = True,
                   declared: frozenset[str] = frozenset()) -> None:
    """Read one inline script and add what it betrays to ``report``.

    ``offsite(host)``: True for a host that is neither the page's own site nor trusted.
    ``behaved``: the script ran in the sandbox for every visitor and the run found it cloaking
    for nobody, so code it loads after reading the referrer is no proof (analytics report the
    referrer), nor are the links it writes after a test of the visitor.
    ``own(host)``: the page's own site (default: what is not off-site).
    ``decode``: undo obfuscation when the code looks obfuscated (False: read it as written; a
    page's ~20 framework and analytics scripts, v6 §6).
    ``declared``: hosts the page's own markup announces it connects to (resource hints): an
    address of one of them is hidden from nobody, however the code spells it.
    """
    own = own or (lambda h: not offsite(h))
    if "fromCharCode" in code and _RUNS_CHAR_CODES.search(code):
        report.findings.append(("obfuscated_script", "script: code run from char codes", shorten(code, 300)))
    reading = _read_script(code, decode, declared)
    if reading is None:
        return
    if reading.coded_data:
        report.findings.append(("obfuscated_script", "script: nothing but strings coded character by character",
                                reading.evidence))
        return
    decoded, text, sniffed, titles = reading.decoded, reading.text, reading.sniffed, reading.titles
    writes, targets, loads = reading.writes, reading.targets, reading.loads
    hidden, hidden_loads, evidence = reading.hidden, reading.hidden_loads, reading.evidence
    spam_written, spam_titles = reading.spam_written, list(reading.spam_titles)
    away = [(u, g) for u, g in targets if (h := host_of(u)) and offsite(h)]
    loads_away = [(u, g) for u, g in loads if (h := host_of(u)) and offsite(h)]
    writes_away = [(w, g) for w, g in writes if any((h := host_of(u)) and offsite(h) for u in _URL.findall(w))]
    hidden_acts = [u for u, _ in loads_away if host_of(u) in hidden_loads] + [
        w for w, _ in writes_away if any(host_of(u) in hidden for u in _URL.findall(w))]

    # Cloaking shows search spiders, or visitors sent by a search engine, another page than the
    # rest: right after its test it sends them elsewhere, writes off-site markup or spam, or sets
    # a title for them. A script that only loads its code for humans after a user-agent test is
    # the opposite: bot EXCLUSION (consent managers, analytics and paywalls skip crawlers) shows
    # everyone the same page. Loading code for visitors who come from a search engine is cloaking.
    # Which visitors get gated off-site links the text cannot say; a run that saw the script act
    # for each visitor can, so a script that ran and cloaked for nobody is left to the run (an ad
    # card written for people and not for crawlers, v6 FF).
    # A script set up with the site's own account at a vendor (an address naming the site before
    # the vendor's domain), with no redirect, title or spam of its own and nothing hidden, is the
    # site's advertising: what it loads for search visitors and its disclosure link (v5 FF1).
    # (asked only of code that tests the visitor: reading every script's addresses for it took ~0.07 s of
    # the 10.2 s of CPU of 165 dev pages, and its answer counts only there)
    def vendor() -> bool:
        return not away and not spam_written and not spam_titles and not hidden_acts and any(
            (h := host_of(u)) and offsite(h) and serves_this_site(h, own) for u in _URL.findall(text))
    cloaking = bool(sniffed) and not vendor() and (
        any(g for _, g in away) or spam_written or bool(spam_titles)
        or any(g for _, g in writes_away) and not behaved
        or "referrer" in sniffed and any(g for _, g in loads_away) and not behaved)
    if cloaking:
        report.cloaking = True
        report.findings.append(("js_cloak", "script", evidence))
    # Obfuscation by itself is no hostility (minifiers build string tables, JSON escapes "/",
    # configs are base64): decoded code is hostile when it cloaks, or when it loads code or
    # writes links from addresses it hides.
    hostile = cloaking or bool(hidden_acts)
    for url, _ in away:
        host = host_of(url)
        if cloaking or _host_spammy(host):
            report.findings.append(("js_redirect", "script", shorten(url, 300)))
            report.spam_hosts.add(host)
    for url, _ in loads_away:
        host = host_of(url)
        if hostile and (cloaking or host in hidden_loads) or _host_spammy(host):
            report.findings.append(("spam_script", "script", shorten(url, 300)))
            report.spam_hosts.add(host)
    if decoded is not None and decoded.obfuscated and (hostile or spam_written or spam_titles):
        kind = "packed_script" if "packed" in decoded.techniques else "obfuscated_script"
        report.findings.append((kind, "script", evidence))
    report.spam_titles += spam_titles
    report.everyone_titles += [t for t in reading.everyone_titles if t and t not in report.everyone_titles]
    for title in titles:
        if title in spam_titles or title in report.spam_titles:  # the run showed it spam
            continue
        if title and report.restored_title is None:
            report.restored_title = title
            if sniffed:
                report.title_script = evidence
    for html, _ in writes:
        if "<" in html:
            report.written_html.append((html, hostile))


# A script that is nothing but strings coded character by character, declared or assigned (var
# _0x6eea=["\x56\x79…","\x4D\x73…"];), does nothing: it is a loader's string table shipped without the
# code that reads it (v18 §1a: the keeper pasted the table of an issue thread's loader), or with
# that code served from elsewhere. No site writes its own data so: a framework's state is JSON (a
# few punctuation escapes) handed to a call (JSON.parse), a minifier's string table stands beside
# the code that reads it. Measured (2026-12-04) on every inline script of the dev pages (bench/data/
# dev, ../shared/corpus, $NEWSVAULT_DATA/extract/dev-*): six decode to data only, the hijacked
# rc18-016, syn18-003 and syn18-032 (bare declarations, every character coded, 49-99 escapes) and
# three clean pages' JSON.parse of escaped state (videos-2, JyllandsPosten x2). Every other script
# of 40+ escapes (14 hijacked pages' loaders: v1-v3, the shared corpus; 21 clean pages' string
# tables and escaped packers, 4 of them on dev-v19-articlex, 2 on dev-aeb) holds code that reads
# its strings, and is judged by what that code does: the form alone is no evidence.
_CODED_STRING = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\})")
# Of the characters of its strings, at least this share coded: rc18-016 and syn18-003/032 code all.
MIN_CODED_SHARE = 0.9
_DECLARE = r'(?:(?:var|let|const)\s+)?[\w$.]+\s*=\s*(?:""|\[\s*(?:""\s*,\s*)*(?:""\s*)?\])'
_ONLY_DECLARATIONS = re.compile(r"\s*" + _DECLARE + r"(?:\s*[;,]\s*" + _DECLARE + r")*\s*;?\s*")


def coded_data(code: str) -> bool:
    """Whether ``code`` is nothing but declarations of strings coded character by character, at
    least MIN_ESCAPES of them and MIN_CODED_SHARE of their characters (see _CODED_STRING)."""
    if not _ONLY_DECLARATIONS.fullmatch(sub_quoted(_LITERAL, '""', code, _LITERAL_OPEN)):
        return False
    coded = len(_CODED_STRING.findall(code))
    return coded >= MIN_ESCAPES and coded >= MIN_CODED_SHARE * sum(len(js_string(lit)) for lit in _LITERAL.findall(code))


# cached: the pages of a site share their template's scripts; what a script's text says (decoded, its
# acts and titles, the addresses it hides) is the same on each of them, only what is off-site is
# the page's. (Reading it again was 4 % of the cleaner's CPU on 150 Chinese dev pages, where 2,725
# inline scripts hold 541 distinct texts.)
@dataclass(frozen=True)
class _Reading:
    decoded: Decoded | None
    text: str
    sniffed: frozenset[str]
    titles: tuple[str, ...]
    writes: tuple[tuple[str, bool], ...]
    targets: tuple[tuple[str, bool], ...]
    loads: tuple[tuple[str, bool], ...]
    hidden: frozenset[str]
    hidden_loads: frozenset[str]
    evidence: str
    spam_written: bool
    spam_titles: tuple[str, ...]
    coded_data: bool = False  # nothing but strings coded character by character (see coded_data)
    everyone_titles: tuple[str, ...] = ()  # titles set with no test of the visitor before them


@functools.lru_cache(maxsize=512)
def _read_script(code: str, decode: bool, declared: frozenset[str] = frozenset()) -> _Reading | None:
    """What analyse_script reads in ``code`` whatever page it is on (``declared``: the hosts the page's
    resource hints announce, the same on every page of a template); None when it reads nothing."""
    low = code.lower()
    obfuscated_looking = _looks_obfuscated(code, low)
    if not obfuscated_looking and not any(word in low for word in _ACTS):
        return None  # nothing to decode, nothing that acts (the acts of escaped code show once decoded)
    decoded = decode_script(code) if obfuscated_looking and decode else None
    # what it writes, loads and sets is read with its constant strings folded: markup assembled
    # from split literals ("<"+'if'+'ra'+"me …") is written whole (the decoder folds its own view)
    text = decoded.text if decoded else fold_constants(code)
    lowered = text.lower()
    if decoded is not None and not _acts_in_code(lowered):
        # data (a framework's state, escaped as JSON is): no act outside its strings
        if not coded_data(code):
            return None
        return _Reading(decoded=None, text=text, sniffed=frozenset(), titles=(), writes=(), targets=(), loads=(),
                        hidden=frozenset(), hidden_loads=frozenset(), evidence=shorten(text, 300), spam_written=False,
                        spam_titles=(), coded_data=True)
    sniffed = checks_spiders(lowered)

    titles, for_spiders, everyone = [], [], []  # titles set, those set only for search spiders, for everyone
    for m in _TITLE_SET.finditer(text) if "title" in lowered else ():
        titles.append(_value(m).strip())
        if sniffed and _for_spiders(lowered, m.start()):
            for_spiders.append(titles[-1])
        elif not (sniffed and _gated(lowered, m.start(), sniffed)):
            everyone.append(titles[-1])
    # every act with whether a test of the visitor comes just before it (what the test gates)
    def acts(patterns, present: bool) -> list[tuple[str, bool]]:
        if not present:
            return []
        return [(_value(m), bool(sniffed) and _gated(lowered, m.start(), sniffed))
                for pattern in patterns for m in pattern.finditer(text)]

    writes = acts(_WRITES, "write" in lowered or "html" in lowered)
    targets = acts(_REDIRECTS, "location" in lowered or "open" in lowered or "navigate" in lowered)
    # .src = … loads code only on a created <script>/<iframe> (an Image's src is a counter)
    loader = bool(_LOADER.search(lowered))
    loads = acts((_SRC_SET,), loader)
    for html, gated in writes:
        targets += [(u, gated) for u in REFRESH.findall(html)]
        loads += [(u, gated) for u in MARKUP_URL.findall(html)]
    # Addresses the code hides: no trace of their host in the code as a reader sees it (literals
    # split by + included: ad tech splits its addresses against blockers, readably), only once
    # encodings (base64, escapes, char codes, packing, string tables) are undone.
    # Escaped literals are constants any reader (and parser) of the code sees: an ad vendor that
    # escapes its SDK's addresses against blockers hides nothing (v3 FF-H2).
    readable = constants(code) if decoded else ""
    hidden = {h for u in _URL.findall(text) if (h := host_of(u)) and h not in readable and h not in declared} \
        if decoded else set()
    # (a script that tests its visitor is judged by what it does for whom: an ad SDK skipping crawlers)
    if decoded is not None and decoded.techniques - {"base64"} and not sniffed and "useragent" not in lowered \
            and spelt_loader(text):
        hidden |= spelt_hosts(code, text, declared)
    if decode and hides_act(code):
        # the act itself is spelt so that no reader sees it (document["wr"+"ite"], window["location"]
        # ["href"]): what it writes, loads or goes to is hidden though the address stands plain
        # (v22 sv22-009/-010: a script tag written by window["doc"+"ument"]["wr"+"ite"])
        hidden |= {h for u in _URL.findall(text) if (h := host_of(u)) and h not in declared}
    # what it loads from addresses its shipped program holds as constants is built, not hidden
    program = shipped_program(code) if hidden and "base64" in decoded.techniques else None  # type: ignore[union-attr]
    built = constants(program) if program else ""
    hidden_loads = {h for h in hidden if h not in built}
    if loader and hidden_loads and _SRC_COMPUTED.search(lowered):
        # .src = u, with u decoded from a literal elsewhere: the literals that decode to nothing
        # but an address of code (no image, style or font) are what it loads
        loads += [(u, gated) for u, gated in acts((_WHOLE_URL,), True)
                  if host_of(u) in hidden_loads and not _NOT_CODE.search(u)]
    evidence = shorten(decoded.text if decoded else code, 300)
    spam_written = any(g and reads_as_spam(re.sub(r"<[^>]*>", " ", w)) for w, g in writes)
    spam_titles = [t for t in titles if t in for_spiders or reads_as_spam(t)]
    return _Reading(decoded, text, sniffed, tuple(titles), tuple(writes), tuple(targets), tuple(loads),
                    frozenset(hidden), frozenset(hidden_loads), evidence, spam_written, tuple(spam_titles),
                    everyone_titles=tuple(everyone))


# A loader is a few lines whose only act is the load; the ad SDKs and template scripts that escape
# their addresses are programs. Measured as the decoded code outside its string literals, on every
# inline script of the dev pages whose off-site host only escapes, char codes or a string table
# spell (shared corpus, bench/data/dev, $NEWSVAULT_DATA/extract/dev-*): the injected loaders of the
# hijacked pages have 19-595 characters of code; the clean pages' such scripts that load code have
# none under 1,900 (a template's credit guard of 677 redirects, it loads nothing; the 38- and
# 179-character ones spell the page's own host).
MAX_LOADER_CODE = 1_000


def spelt_loader(decoded_text: str) -> bool:
    """Whether decoded code is loader-sized: at most MAX_LOADER_CODE characters outside its literals."""
    return len(decoded_text) <= MAX_LOADER_CODE or len(
        sub_quoted(_LITERAL, '""', decoded_text, _LITERAL_OPEN)) <= MAX_LOADER_CODE


def spelt_hosts(code: str, decoded_text: str, declared: frozenset[str] = frozenset()) -> set[str]:
    """Hosts of the addresses in ``decoded_text`` that ``code`` as written never spells: every letter
    of them is a character escape (\\x68\\x74…), a char code or a piece of a string table. A
    reader of the page's source cannot see where such a loader sends the browser, which is
    what the spelling is for (v11: a hex-escaped push.js loader from a look-alike of Baidu's host)."""
    written = _SPLIT_LITERAL.sub("", code).lower()
    return {h for u in _URL.findall(decoded_text) if (h := host_of(u)) and h not in written and h not in declared}


# cached: the pages of a site share their template's scripts (pure, by the code's text)
@functools.lru_cache(maxsize=128)
def constants(code: str) -> str:
    """The string constants of ``code`` as a reader of it sees them (lower case, escapes decoded,
    "a" + "b" joined)."""
    return _SPLIT_LITERAL.sub("", plain_literals(code)).lower()


# A script that is nothing but document.write(ln) of constant strings making one <script src> tag
# does what a <script src> does; writing it hides the load from a reading of the markup (v37b §1
# B1/B2: rc37b-004 writes ".../jquery.web.js" from a host no library lives on, rc37b-014/-015 a
# split "<scr"+"ipt" tag through a link shortener, two kits). A vendor's written tag names the
# account it serves — a query (?p=, ?bannerID=) or an account path (/rms/mother/5722/nodetag.js) —
# and a site's own written file lies on its own host; a file at the root of a host, with no query,
# serves no account: the same line is planted on every site. Measured 2026-12-06 over the raw text
# of bench/data/dev, ../shared/corpus and every $NEWSVAULT_DATA/extract/dev-* set (12,390 pages):
# 68 such constant written loads, 65 on clean pages (doubleclick ad tags, a site's own traffic and
# stats scripts, bbc's orb, jsrdn/dl-rms/insightexpress tags), 5 of those to a host the page names
# nowhere else, every one with a query or a path of 2+ segments. At a root address (this function
# on every inline script, parsed): rc37b-004, -014, -015 and one clean page, dz31-036's count script
# on its own site's comment host (ifeng.com, linked all over the page), which behaviour.
# analyse_scripts excuses by asking that nothing else of the page name the host. Bench (nodata dump,
# every dev hijack set): +rc37b-004, +rc37b-014 flagged (rc37b-015 gains the finding), no other record;
# dev-v31-danielzh and six clean extraction sets unchanged.
_CONSTANT_WRITE = re.compile(r"\s*(?:<!--)?\s*(?:window\s*\.\s*)?document\s*\.\s*write(?:ln)?\s*\(\s*((?:"
                             + _LITERAL.pattern + r")(?:\s*\+\s*(?:" + _LITERAL.pattern + r"))*)\s*\)\s*;?\s*(?://\s*)?(?:-->)?\s*",
                             re.S)
_ONE_SCRIPT_TAG = re.compile(r"""\s*<script\b[^>]*?\bsrc\s*=\s*["']?((?:https?:)?//[^"'\s>]+)[^>]*>\s*</script\s*>\s*""",
                             re.I | re.S)
_ROOT_FILE = re.compile(r"(?:https?:)?//[^/?#]+/[^/?#]+")


# A browser miner started by the page: what the kits' own embed code does, whatever their host or names.
# Coinhive and the services copying its API (CoinImp, Crypto-Loot, self-hosted proxies that rename the
# global "to avoid adblock") construct a miner from one global and a site key, then start it:
# "new CoinHive.Anonymous('<key>', {throttle: 0.3}); miner.start()" (Coinhive's documented embed,
# quoted in github ethanchewy/PythonBuddy#22; ".User('', '')" in cazala/coin-hive#32), "new
# CoinImp.Anonymous('<key>')" (joemccann/dillinger#660; "Client.Anonymous" in CoinImp's reference,
# wappalyzer/wappalyzer#2151), "new Something.Anonymous(" (cazala/coin-hive-stratum#160). Pool-direct
# kits pass the payout wallet to their start call instead: a Monero address literal (95 characters of
# base58 from 4 or 8; "EverythingIsLife('<xmr address>', 'x', 50)", PiTi2k5/Crypto-Webminer#22;
# webminerpool's startMining(pool, address)); both patterns try each start once (test_linear_time).
# Dev, 2026-12-07: "new <G>.Anonymous|User|Token(" with a
# string first argument stands on 3 hijacked pages (rc47b-002, -008: one kit; rc40b-011 written in
# percent escapes) and on no clean page of bench/data/dev, ../shared/corpus or the 49 dev-* sets (the
# clean "new NYTD.Blogs.User('', '')" of 30 nytimes pages hangs from a namespace path, not a global,
# and starts nothing; "new Echo.User({...})" takes no key); no page of them has a Monero address.
_MINER_NEW = re.compile(r"\bnew\s+([A-Za-z_$][\w$]*)\.(Anonymous|User|Token)\s*\(\s*[\"']", re.S)
_MINER_START = re.compile(r"\.start\s*\(")
_MONERO_ADDRESS = re.compile(r"[(,]\s*[\"']([48][0-9AB][1-9A-HJ-NP-Za-km-z]{93})[\"']")  # an argument (linear)


def miner_start(code: str) -> str | None:
    """How ``code`` starts a browser miner ("CoinHive.Anonymous(…).start()", "a call with a Monero
    wallet"), or None: a kit's miner built from a global and a site key and started, or a call
    passing a Monero payout address."""
    # ("new" in it first: _MINER_NEW, opening with \b, is tried at every place of every script)
    if "new" in code and (m := _MINER_NEW.search(code)) and _MINER_START.search(code, m.end()):
        return f"{m.group(1)}.{m.group(2)}(…).start()"
    if _MONERO_ADDRESS.search(code):
        return "a call with a Monero wallet address"
    return None


def constant_written_load(code: str) -> str | None:
    """The address of the one remote script ``code`` loads when it is nothing but a document.write
    of constant strings making a single <script src> tag at a host's root (a file or a short key,
    no query, no deeper path: see above); None for any other code."""
    m = _CONSTANT_WRITE.fullmatch(code)
    if not m:
        return None
    html = re.sub(r"\\(.)", r"\1", "".join(lit[1:-1] for lit in _LITERAL.findall(m.group(1))))
    tag = _ONE_SCRIPT_TAG.fullmatch(html)
    return tag.group(1) if tag and _ROOT_FILE.fullmatch(tag.group(1)) else None
