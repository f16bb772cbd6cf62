"""The hijack report: per source, which pages were found hijacked, when, and with what — the
injection kinds, the spam domains and the brands — i.e. what an archivist sends a webmaster.

It reads what the cleaner recorded (``findings``: ``[{kind, where, evidence}]``, the
``hijack_first_seen``/``hijack_last_seen`` times of each article); the cleaner reads the
evidence back for domains (link, script and redirect targets off the page's own site) and
brands (scraper.clean.spam_domains/spam_brands). A page cleaned up since keeps the findings of
its last hijacked version.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field

from core.dates import parse_date_bound, utc_bound
from core.errors import UsageError
from core.i18n import _
from scraper.clean import spam_brands, spam_domains


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


# Findings of one kind shown in full before the rest are summed up: enough to see what was
# injected; a hacked page can carry 200+ hidden links, and nobody reads the 200th.
EXAMPLES_PER_KIND = 3


@dataclass
class FindingGroup:
    kind: str
    count: int
    examples: list[dict]      # the first EXAMPLES_PER_KIND findings ({kind, where, evidence})

    @property
    def more(self) -> int:
        return self.count - len(self.examples)


def group_findings(findings: list[dict]) -> list[FindingGroup]:
    """An article's findings by kind, most frequent first (ties in order of appearance)."""
    groups: dict[str, FindingGroup] = {}
    for f in findings:
        g = groups.setdefault(f["kind"], FindingGroup(f["kind"], 0, []))
        g.count += 1
        if len(g.examples) < EXAMPLES_PER_KIND:
            g.examples.append(f)
    return sorted(groups.values(), key=lambda g: -g.count)


def hijack_report(conn: sqlite3.Connection, source: str | None = None, since: str | None = None,
                  zone: str | None = None) -> list[SourceReport]:
    """One report per source (or for ``source``); ``since`` (a date, a day in ``zone`` when given)
    keeps pages checked, and pages seen hijacked, on or after it."""
    sources = [r[0] for r in conn.execute("SELECT DISTINCT source_name FROM articles ORDER BY 1")]
    if source is not None:
        if source not in sources:
            raise UsageError(_("no articles of source {source!r} in this archive (sources: {sources})").format(
                source=source, sources=", ".join(sources) or _("none yet")))
        sources = [source]
    if since:
        since = parse_date_bound(since, "--since")
        since = utc_bound(since, zone) if zone else since
    return [_source_report(conn, s, since) for s in sources]


def _source_report(conn: sqlite3.Connection, source: str, since: str | None) -> SourceReport:
    checked = conn.execute(
        "SELECT COUNT(*) FROM articles WHERE source_name=? AND COALESCE(last_checked, last_seen) >= ?",
        (source, since or "")).fetchone()[0]
    report = SourceReport(source, checked)
    kinds: Counter[str] = Counter()
    domains: Counter[str] = Counter()
    brands: Counter[str] = Counter()
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


def report_rows(reports: list[SourceReport]) -> list[dict]:
    """One row per hijacked page, for CSV."""
    return [{"source": r.source, "url": p.url, "title": p.title, "status": p.status,
             "hijacked_now": "true" if p.hijacked_now else "false",
             "first_seen_hijacked": p.first_seen_hijacked, "last_seen_hijacked": p.last_seen_hijacked,
             "kinds": "; ".join(p.kinds), "domains": "; ".join(p.domains), "brands": "; ".join(p.brands)}
            for r in reports for p in r.pages]
