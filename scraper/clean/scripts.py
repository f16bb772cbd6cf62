"""What a page's scripts betray: search-engine cloaking, redirects, spam loaders, packed or
escaped code, document.write'd link farms, and the real title a hijacker restores for humans.

Scripts are read, never run: ``loaders.decode_script`` undoes the obfuscation, then this module
judges what the decoded code *does*. A script that tests ``navigator.userAgent`` or
``document.referrer`` for search-engine names and then rewrites the title, writes markup,
redirects or loads code is cloaking — proof of compromise whatever words it contains. Decoded
obfuscated code that sends the visitor or loads code off-site is an injected loader.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from scraper.clean import brands, lexicon
from scraper.clean.dom import host_of, shorten
from scraper.clean.loaders import MIN_ESCAPES, decode_script, js_string

# A string literal in either quote style; its body is group 1 or group 2 (see _value).
_STR = r"""(?:"((?:[^"\\\n]|\\[\s\S])*)"|'((?:[^'\\\n]|\\[\s\S])*)')"""
_TITLE_SET = re.compile(r"document\s*\.\s*title\s*=\s*" + _STR)
# Each pattern starts with a literal, so that the re module can skip through long code.
_WRITES = (re.compile(r"document\s*\.\s*write(?:ln)?\s*\(\s*" + _STR), re.compile(r"innerHTML\s*\+?=\s*" + _STR),
           re.compile(r"insertAdjacentHTML\s*\([^,()]{0,40},\s*" + _STR))
_REDIRECTS = (re.compile(r"location(?:\s*\.\s*href)?\s*=(?!=)\s*" + _STR),
              re.compile(r"location\s*\.\s*(?:replace|assign)\s*\(\s*" + _STR),
              re.compile(r"open\s*\(\s*" + _STR), re.compile(r"navigate\s*\(\s*" + _STR))
_SRC_SET = re.compile(r"\.\s*src\s*=\s*" + _STR)
_REFRESH = re.compile(r"http-equiv\s*=\s*['\"]?refresh[^>]*?url\s*=\s*['\"]?([^'\" >]+)", re.I)
_MARKUP_URL = re.compile(r"""<(?:script|iframe|frame)\b[^>]*?\bsrc\s*=\s*['"]?([^'" >]+)""", re.I)
_URL = re.compile(r"(?:https?:)?//[\w.-]+[^\s\"'<>]*", re.I)
# Only code holding one of these can do anything we judge; the rest (analytics snippets,
# libraries) skips the decoding.
_ACTS = ("location", "write", "title", "referrer", "useragent", "src", "open", "innerhtml", "insertadjacent", "eval",
         "navigate")
_OBFUSCATION_HINTS = ("eval", "fromcharcode", "atob", "unescape", "decodeuri", "_0x")
_BRACKETS = re.compile(r"(?:window|document|location|top|self)\s*\[\s*['\"]")
_SNIFF = re.compile(r"referrer|useragent")
_ENGINES = (r"(?:baidu|spider|sogou|so\.com|sm\.cn|360|google|bing|yahoo|soso|youdao|bot\b|bot[^a-z]|crawl|slurp|"
            r"yisou|toutiao|haosou|shenma|bytespider)")
# A search-engine name as the argument of a test (r.indexOf("baidu"), u.match(/spider|bot/i)), in a
# regex literal that is tested (/baidu|sogou/.test(r)), or in a list of such names.
_ENGINE_TEST = re.compile(
    r"(?:indexof|match|search|includes|test)\s*\(\s*[\"'/][^\"'\n]{0,120}?" + _ENGINES
    + r"|/[^/\n]{0,200}?" + _ENGINES + r"[^/\n]{0,200}/[a-z]*\s*\.\s*test\s*\("
    + r"|\[\s*[\"'][^\"'\n]{0,40}?" + _ENGINES + r"[^\"'\n]{0,40}[\"']\s*,")
_LOADER = re.compile(r"createelement\s*\(\s*[\"'](?:script|iframe)")
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
    spam_hosts: set[str] = field(default_factory=set)
    # markup written by document.write/innerHTML, and whether a cloaking or obfuscated script wrote it
    written_html: list[tuple[str, bool]] = field(default_factory=list)


def _looks_obfuscated(code: str, low: str) -> bool:
    """Worth decoding: packed, escaped in bulk, char codes, base64, string arrays, bracket access."""
    return (any(word in low for word in _OBFUSCATION_HINTS) or code.count("\\x") + code.count("\\u") >= MIN_ESCAPES
            or bool(_BRACKETS.search(low)))


_LITERAL = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_ACT_IN_CODE = re.compile(r"location|write|title|referrer|useragent|\bsrc\b|open|innerhtml|insertadjacent|eval|navigate|"
                          r"createelement|appendchild|settimeout|setinterval|\bfunction\b")


def _acts_in_code(lowered: str) -> bool:
    """True when the (decoded) code does something outside its string literals: state that a
    framework hydrates (``window.__NUXT__={…}``) holds words like "location" only as data."""
    return bool(_ACT_IN_CODE.search(_LITERAL.sub('""', lowered)))


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


def checks_spiders(lowered: str) -> bool:
    """True when the code tests the referrer or user agent against search-engine names."""
    for m in _SNIFF.finditer(lowered):
        if _ENGINE_TEST.search(lowered, max(0, m.start() - SNIFF_WINDOW), m.end() + SNIFF_WINDOW):
            return True
    return False


def reads_as_spam(text: str) -> bool:
    """A title or text whose words are spam: lexicon, brand shapes or the public vocabulary."""
    return bool(lexicon.has_strong(text) or brands.promo_spans(text) or brands.brand_like(text)
                or brands.vocabulary_hits(text) or lexicon.spam_weight(text) >= 2)


def _host_spammy(host: str) -> bool:
    return lexicon.host_is_spammy(host)


def analyse_script(code: str, offsite: Callable[[str], bool], report: ScriptReport) -> None:
    """Read one inline script and add what it betrays to ``report``.

    ``offsite(host)``: True for a host that is neither the page's own site nor trusted.
    """
    low = code.lower()
    if not any(word in low for word in _ACTS):
        return
    decoded = decode_script(code) if _looks_obfuscated(code, low) else None
    text = decoded.text if decoded else code
    obfuscated = bool(decoded and decoded.obfuscated)
    lowered = text.lower()
    if decoded is not None and not _acts_in_code(lowered):
        return  # data (a framework's state, escaped as JSON is): no act outside its strings
    sniff = checks_spiders(lowered)

    titles, for_spiders = [], []  # titles set, and those set only for search spiders
    for m in _TITLE_SET.finditer(text) if "title" in lowered else ():
        titles.append(_value(m).strip())
        if sniff and _for_spiders(lowered, m.start()):
            for_spiders.append(titles[-1])
    writes = [_value(m) for pattern in _WRITES for m in pattern.finditer(text)] \
        if ("write" in lowered or "html" in lowered) else []
    targets = [_value(m) for pattern in _REDIRECTS for m in pattern.finditer(text)] \
        if ("location" in lowered or "open" in lowered or "navigate" in lowered) else []
    # .src = … loads code only on a created <script>/<iframe> (an Image's src is a counter)
    loads = [_value(m) for m in _SRC_SET.finditer(text)] if _LOADER.search(lowered) else []
    for html in writes:
        targets += _REFRESH.findall(html)
        loads += _MARKUP_URL.findall(html)
    away = [u for u in targets if (h := host_of(u)) and offsite(h)]
    loads_away = [u for u in loads if (h := host_of(u)) and offsite(h)]
    writes_away = [w for w in writes if any((h := host_of(u)) and offsite(h) for u in _URL.findall(w))]
    evidence = shorten(text, 300)

    # Cloaking: a search-engine test that sends the visitor or loads code elsewhere, or writes
    # markup or a title that reads as spam. A test that only sets a plain title for humans is
    # what some sites do to shorten their titles: evidence only once the <title> it replaces
    # turns out to be spam (the engine decides, with ``title_script``).
    spam_written = any(reads_as_spam(re.sub(r"<[^>]*>", " ", w)) for w in writes)
    spam_titles = [t for t in titles if t in for_spiders or reads_as_spam(t)]
    if sniff and (away or loads_away or writes_away or spam_written or spam_titles):
        report.cloaking = True
        report.findings.append(("js_cloak", "script", evidence))
    hostile = sniff or obfuscated
    for url in away:
        host = host_of(url)
        if hostile or _host_spammy(host):
            report.findings.append(("js_redirect", "script", shorten(url, 300)))
            report.spam_hosts.add(host)
    for url in loads_away:
        host = host_of(url)
        if hostile or _host_spammy(host):
            report.findings.append(("spam_script", "script", shorten(url, 300)))
            report.spam_hosts.add(host)
    # A bot test alone proves nothing: lazy-loading libraries (packed too) give crawlers the images
    # at once. Hidden code is hostile when it sends, loads or writes elsewhere, sets a title for
    # the engines it tests, or holds spam words.
    if decoded is not None and obfuscated and (away or loads_away or writes_away or sniff and titles
                                               or lexicon.has_strong(text) or brands.promo_spans(text)):
        kind = "packed_script" if "packed" in decoded.techniques else "obfuscated_script"
        report.findings.append((kind, "script", evidence))
    report.spam_titles += spam_titles
    for title in titles:
        if title in spam_titles:
            continue
        if title and report.restored_title is None:
            report.restored_title = title
            if sniff:
                report.title_script = evidence
    for html in writes:
        if "<" in html:
            report.written_html.append((html, hostile))


def analyse_scripts(root, offsite: Callable[[str], bool]) -> ScriptReport:
    """Read every <script> of the page (inline code and src) and its meta refresh into one report."""
    report = ScriptReport()
    for el in root.iter("script"):
        src = el.get("src")
        if src:
            host = host_of(src)
            if host and offsite(host) and (_host_spammy(host) or lexicon.has_strong(src)):
                report.findings.append(("spam_script", "script[src]", shorten(src, 300)))
                report.spam_hosts.add(host)
        code = el.text
        if code and len(code) < MAX_SCRIPT:
            analyse_script(code, offsite, report)
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\" ]+)", meta.get("content") or "", re.I)
            target = m.group(1) if m else ""
            host = host_of(target)
            if host and offsite(host) and (_host_spammy(host) or host in report.spam_hosts):
                report.findings.append(("js_redirect", "meta[http-equiv=refresh]", shorten(target, 300)))
                report.spam_hosts.add(host)
    # A script loaded from a host that another script cloaks towards is part of the same attack.
    for el in root.iter("script"):
        src = el.get("src")
        host = host_of(src)
        if host and host in report.spam_hosts:
            finding = ("spam_script", "script[src]", shorten(src, 300))
            if finding not in report.findings:
                report.findings.append(finding)
    return report
