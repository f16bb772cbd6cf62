"""What a page's scripts betray: search-engine cloaking, spam loaders, packed or escaped code,
document.write'd link farms, and the real title a hijacker restores for human visitors.

Scripts are read, never run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.domains import registrable_domain
from scraper.clean import lexicon
from scraper.clean.dom import host_of, shorten

_REDIRECT = re.compile(
    r"(?:window\s*\.\s*|top\s*\.\s*|self\s*\.\s*|document\s*\.\s*)?location(?:\s*\.\s*href)?\s*=(?!=)"
    r"|location\s*\.\s*(?:replace|assign)\s*\(|window\s*\.\s*open\s*\(|http-equiv\s*=\s*['\"]?refresh",
    re.I,
)
_TITLE_SET = re.compile(r"document\s*\.\s*title\s*=\s*(['\"])((?:\\.|(?!\1).){2,300})\1")
_PACKED = re.compile(r"eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)", re.I)
_PACKED_WORDS = re.compile(r"'([^']{20,})'\s*\.\s*split\s*\(\s*'\|'\s*\)")
_HEX_ESCAPE = re.compile(r"\\x([0-9a-f]{2})|\\u([0-9a-f]{4})", re.I)
_CHAR_CODES = re.compile(r"fromCharCode\s*\(\s*([\d\s,]{8,})\)", re.I)
_WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(\s*(['\"])((?:\\.|(?!\1).)*)\1", re.S)
_URL = re.compile(r"https?://[\w.-]+", re.I)
_LOADER = re.compile(r"createElement\s*\(\s*['\"]script|\.src\s*=|document\s*\.\s*write", re.I)
_SUSPICIOUS_WORDS = {"referrer", "useragent", "baidu", "spider", "sogou", "location", "href", "replace"}
# Escaped code is only suspicious in bulk: a couple of \x escapes are ordinary minified JS.
MIN_ESCAPES = 20


@dataclass
class ScriptReport:
    """What the scripts of one page show."""

    findings: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, where, evidence)
    restored_title: str | None = None
    # the script that sets document.title for visitors who are not search engines; evidence of
    # cloaking only when the <title> it replaces turns out to be spam
    title_script: str | None = None
    spam_hosts: set[str] = field(default_factory=set)
    written_html: list[str] = field(default_factory=list)


def _unescape(code: str) -> str:
    return _HEX_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), code)


def _from_char_codes(code: str) -> str:
    out = []
    for m in _CHAR_CODES.finditer(code):
        try:
            out.append("".join(chr(int(n)) for n in m.group(1).replace(" ", "").split(",") if n))
        except (ValueError, OverflowError):
            continue
    return " ".join(out)


def _offsite_hosts(code: str, site: str) -> set[str]:
    hosts = set()
    for url in _URL.findall(code):
        host = host_of(url)
        if host and registrable_domain(host) != site and not lexicon.host_is_trusted(host):
            hosts.add(host)
    return hosts


_SNIFF = re.compile(r"referrer|useragent")
_SPIDERS = re.compile(r"baidu|spider|sogou|so\.com|sm\.cn|360|google|bing|yahoo|soso|youdao|bot|crawl|slurp")
# How far from document.referrer / navigator.userAgent a search-engine name still belongs to
# the same test (a cloaking condition is one short expression).
SNIFF_WINDOW = 400


def _checks_spiders(lowered: str) -> bool:
    """True when the code tests the referrer or user agent against search-engine names."""
    for m in _SNIFF.finditer(lowered):
        window = lowered[max(0, m.start() - SNIFF_WINDOW):m.end() + SNIFF_WINDOW]
        if _SPIDERS.search(window):
            return True
    return False


def analyse_script(code: str, site: str, report: ScriptReport) -> None:
    """Read one inline script and add what it betrays to ``report``."""
    decoded = code
    if "\\" in code and len(_HEX_ESCAPE.findall(code)) >= MIN_ESCAPES:
        decoded = _unescape(code)
        if _LOADER.search(decoded) or _REDIRECT.search(decoded) or lexicon.has_strong(decoded):
            report.findings.append(("obfuscated_script", "script", shorten(decoded, 200)))
    chars = _from_char_codes(code) if "fromCharCode" in code else ""
    if chars and (_LOADER.search(chars) or _REDIRECT.search(chars) or _URL.search(chars) or lexicon.has_strong(chars)):
        report.findings.append(("obfuscated_script", "script", shorten(chars, 200)))
        decoded += "\n" + chars
    if "eval" in code and _PACKED.search(code):
        words: set[str] = set()
        for packed in _PACKED_WORDS.finditer(code):
            words.update(w.lower() for w in packed.group(1).split("|"))
        if words & _SUSPICIOUS_WORDS or lexicon.has_strong(" ".join(words)):
            report.findings.append(("packed_script", "script", shorten(code, 200)))

    lowered = decoded.lower()
    cloaks = _checks_spiders(lowered)
    offsite = _offsite_hosts(decoded, site) if cloaks or "document.write" in lowered else set()
    if cloaks and _REDIRECT.search(decoded) and (offsite or not site):
        report.findings.append(("js_cloak", "script", shorten(decoded, 200)))
        report.spam_hosts.update(offsite)
    m = _TITLE_SET.search(decoded) if "title" in lowered else None
    if m:
        title = _unescape(m.group(2)).replace("\\'", "'").replace('\\"', '"').strip()
        if title and not lexicon.has_strong(title):
            report.restored_title = title
            if cloaks:
                report.title_script = shorten(decoded, 200)
    for m in (_WRITE.finditer(decoded) if "document" in lowered else ()):
        written = _unescape(m.group(2))
        if "<a" in written.lower() and (_offsite_hosts(written, site) or lexicon.has_strong(written)):
            report.written_html.append(written)
            report.findings.append(("hidden_links", "script document.write", shorten(written, 200)))


def analyse_scripts(root, page_host: str) -> ScriptReport:
    """Read every <script> of the page (inline code and src) into one report."""
    site = registrable_domain(page_host) if page_host else ""
    report = ScriptReport()
    for el in root.iter("script"):
        src = el.get("src")
        if src:
            host = host_of(src)
            if host and registrable_domain(host) != site and not lexicon.host_is_trusted(host):
                if lexicon.host_is_spammy(host) or lexicon.has_strong(src):
                    report.findings.append(("spam_script", "script[src]", shorten(src, 200)))
                    report.spam_hosts.add(host)
        code = el.text
        if code and len(code) < 200_000:
            analyse_script(code, site, report)
    # A script loaded from a host that another script cloaks towards is part of the same attack.
    for el in root.iter("script"):
        host = host_of(el.get("src"))
        if host and host in report.spam_hosts and not any(e[2] == shorten(el.get("src"), 200) for e in report.findings):
            report.findings.append(("spam_script", "script[src]", shorten(el.get("src"), 200)))
    return report
