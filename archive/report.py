"""The hijack report: per source, which pages were found hijacked, when, and with what — the
injection kinds, the spam domains and the brands — i.e. what an archivist sends a webmaster.

It reads what the cleaner recorded (``findings``: ``[{kind, where, evidence}]``, the
``hijack_first_seen``/``hijack_last_seen`` times of each article) and mines the evidence for
domains (link, script and redirect targets off the page's own site) and brands (the spam
lexicon's brand names, and the texts of injected links). A page cleaned up since keeps the
findings of its last hijacked version.
"""
from __future__ import annotations

import html
import json
import re
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

from archive.errors import UsageError
from scraper.clean import lexicon
from scraper.clean.dom import site_of

_URL_HOST = re.compile(r"(?:https?:)?//([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(?=[:/\"'\s<>?#]|$)", re.I)
_ANCHOR = re.compile(r"<a\b[^>]*>(.*?)</a>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
# spliced_brand findings of these places carry the strings cut out ("; "-joined) or the field's
# whole value; a piece counts as a brand only when it is short enough to be a name: brands with
# their tails run to about a dozen characters (华体会体育登录入口 is 9), bylines and 来源 lines longer.
CUT_PIECES_WHERE = ("article", "title", "source", "author")

# Migration 6 (archive.migrations): the report's two questions per source, answered from indexes
# instead of reading every article row (its text makes the later columns overflow pages): on the
# 100,000-article bench archive the report took ~180 ms per source.
M006_REPORT_INDEXES = """
CREATE INDEX articles_report_checked ON articles(source_name, COALESCE(last_checked, last_seen));
CREATE INDEX articles_report_hijacked ON articles(source_name, hijack_last_seen)
"""
MAX_BRAND_CHARS = 24


@dataclass
class HijackedPage:
    url: str
    title: str | None
    status: str                    # live / gone
    hijacked_now: bool             # False: cleaned up since (the findings are of the last hijacked version)
    first_seen_hijacked: str | None
    last_seen_hijacked: str | None
    kinds: list[str]
    domains: list[str]
    brands: list[str]


@dataclass
class SourceReport:
    source: str
    pages_checked: int
    pages_hijacked: int = 0
    first_seen_hijacked: str | None = None
    last_seen_hijacked: str | None = None
    kinds: dict[str, int] = field(default_factory=dict)      # kind → pages
    domains: dict[str, int] = field(default_factory=dict)    # spam domain → pages
    brands: dict[str, int] = field(default_factory=dict)     # brand → pages
    pages: list[HijackedPage] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def hijack_report(conn: sqlite3.Connection, source: str | None = None, since: str | None = None) -> list[SourceReport]:
    """One report per source (or for ``source``); ``since`` (a date) keeps pages checked, and
    pages seen hijacked, on or after it."""
    sources = [r[0] for r in conn.execute("SELECT DISTINCT source_name FROM articles ORDER BY 1")]
    if source is not None:
        if source not in sources:
            raise UsageError(f"no articles of source {source!r} in this archive (sources: {', '.join(sources) or 'none yet'})")
        sources = [source]
    return [_source_report(conn, s, since) for s in sources]


def _source_report(conn: sqlite3.Connection, source: str, since: str | None) -> SourceReport:
    checked = conn.execute(
        "SELECT COUNT(*) FROM articles WHERE source_name=? AND COALESCE(last_checked, last_seen) >= ?",
        (source, since or "")).fetchone()[0]
    report = SourceReport(source, checked)
    kinds, domains, brands = Counter(), Counter(), Counter()
    rows = conn.execute(
        "SELECT id, url, title, status, hijacked, findings, hijack_first_seen, hijack_last_seen FROM articles "
        "WHERE source_name=? AND hijack_last_seen IS NOT NULL AND hijack_last_seen >= ? ORDER BY hijack_first_seen, id",
        (source, since or "")).fetchall()
    for r in rows:
        findings = json.loads(r["findings"] or "[]") if r["hijacked"] else _last_hijacked_findings(conn, r["id"])
        page = HijackedPage(r["url"], r["title"], r["status"], bool(r["hijacked"]), r["hijack_first_seen"],
                            r["hijack_last_seen"], sorted({f["kind"] for f in findings}),
                            spam_domains(findings, r["url"]), spam_brands(findings))
        report.pages.append(page)
        kinds.update(page.kinds)
        domains.update(page.domains)
        brands.update(page.brands)
    report.pages_hijacked = len(rows)
    if rows:
        report.first_seen_hijacked = min(p.first_seen_hijacked for p in report.pages if p.first_seen_hijacked)
        report.last_seen_hijacked = max(p.last_seen_hijacked for p in report.pages if p.last_seen_hijacked)
    report.kinds, report.domains, report.brands = (dict(c.most_common()) for c in (kinds, domains, brands))
    return report


def _last_hijacked_findings(conn: sqlite3.Connection, article_id: int) -> list[dict]:
    row = conn.execute("SELECT findings FROM article_versions WHERE article_id=? AND hijacked=1 "
                       "ORDER BY version DESC LIMIT 1", (article_id,)).fetchone()
    return json.loads(row[0]) if row else []


def spam_domains(findings: list[dict], page_url: str) -> list[str]:
    """Hosts named in the evidence (links, scripts, redirects) that are not the page's own site
    nor a trusted (gov/edu, well-known) host."""
    own = site_of((urlsplit(page_url).hostname or "").lower())
    hosts = []
    for f in findings:
        for host in _URL_HOST.findall(f.get("evidence") or ""):
            host = host.lower().rstrip(".")
            if site_of(host) != own and not lexicon.host_is_trusted(host):
                hosts.append(host)
    return sorted(set(hosts))


def spam_brands(findings: list[dict]) -> list[str]:
    """Brand names in the evidence: the lexicon's brands, and the texts of injected links."""
    found: dict[str, str] = {}  # normalised → as first written

    def add(term: str) -> None:
        term = term.strip(" ，,。.;；:：“”\"'()（）")
        key = lexicon.normalize(term)
        if len(key) >= 2:
            found.setdefault(key, term)

    for f in findings:
        evidence = f.get("evidence") or ""
        if f.get("kind") == "spliced_brand" and f.get("where") in CUT_PIECES_WHERE:
            for piece in evidence.split("; "):
                if len(piece) <= MAX_BRAND_CHARS and lexicon.has_strong(piece):
                    add(piece)
        if f.get("kind") in ("spam_link", "hidden_links"):
            for inner in _ANCHOR.findall(evidence):
                text = html.unescape(_TAG.sub("", inner)).strip()
                if len(lexicon.normalize(text)) >= lexicon.MIN_PAGE_STRING:
                    add(text)
        text = html.unescape(_TAG.sub(" ", evidence))
        for hit in lexicon.find_hits(text, min_strength=lexicon.BRAND):
            add(hit.term)
    # "娱乐城" inside "鸿运国际娱乐城", "金宝搏" inside "金宝搏188入口": the longer name says it all.
    return sorted(term for key, term in found.items() if not any(key != k and key in k for k in found))


def report_rows(reports: list[SourceReport]) -> list[dict]:
    """One row per hijacked page, for CSV."""
    return [{"source": r.source, "url": p.url, "title": p.title, "status": p.status,
             "hijacked_now": "true" if p.hijacked_now else "false",
             "first_seen_hijacked": p.first_seen_hijacked, "last_seen_hijacked": p.last_seen_hijacked,
             "kinds": "; ".join(p.kinds), "domains": "; ".join(p.domains), "brands": "; ".join(p.brands)}
            for r in reports for p in r.pages]


def render_text(reports: list[SourceReport]) -> str:
    out = []
    for r in reports:
        when = (f", first seen {r.first_seen_hijacked}, last seen {r.last_seen_hijacked}"
                if r.pages_hijacked else "")
        out.append(f"{r.source}: {r.pages_checked} pages checked, {r.pages_hijacked} found hijacked{when}")
        if not r.pages_hijacked:
            out.append("")
            continue
        out.append("  injections:  " + ", ".join(f"{k} ({n} pages)" for k, n in r.kinds.items()))
        out.append("  spam domains: " + (", ".join(f"{d} ({n})" for d, n in r.domains.items()) or "—"))
        out.append("  brands:      " + (", ".join(f"{b} ({n})" for b, n in r.brands.items()) or "—"))
        out.append("  pages:")
        for p in r.pages:
            note = "" if p.hijacked_now else "  (clean now)"
            note += "  (gone)" if p.status == "gone" else ""
            out.append(f"    {p.url}{note}")
            out.append(f"      {p.title or '(no title)'}")
            out.append(f"      seen hijacked {p.first_seen_hijacked} → {p.last_seen_hijacked}: {', '.join(p.kinds)}")
            if p.domains:
                out.append(f"      domains: {', '.join(p.domains)}")
            if p.brands:
                out.append(f"      brands: {', '.join(p.brands)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
