"""What the sources page shows of each source: configuration, last run and health, article counts,
hijacked pages over its recent runs, and its hijack report (archive.report)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Iterable

from archive import runs as history
from archive.articles import article_counts
from archive.report import SourceReport, hijack_report
from core.clock import local, local_day, utcnow
from core.errors import UsageError
from core.i18n import _
from scraper.sources import Config
from web.chart import Chart, ChartPoint, bar_chart

# Runs in a source's chart: a month of nightly crawls.
CHART_RUNS = 30
_SQL_VARIABLES = 500  # well under SQLite's limit of bound parameters per statement


@dataclass
class SourceOverview:
    name: str
    configured: bool
    schedule: str | None = None
    start_urls: tuple[str, ...] = ()
    articles: int = 0
    live: int = 0
    gone: int = 0
    hijacked_now: int = 0        # whose latest capture was hijacked
    hijacked_ever: int = 0       # ever seen hijacked (cleaned up since included)
    last_run: dict | None = None
    points: list[ChartPoint] = field(default_factory=list)
    chart: Chart = field(default_factory=Chart)
    report: SourceReport | None = None


def source_names(conn: sqlite3.Connection, config: Config) -> list[str]:
    """The configured sources in their order, then any other source the archive holds."""
    archived = [r[0] for r in conn.execute("SELECT name FROM sources ORDER BY name")]
    return list(dict.fromkeys([*(s.name for s in config.sources), *archived]))


def source_overview(conn: sqlite3.Connection, name: str, config: Config) -> SourceOverview:
    configured = next((s for s in config.sources if s.name == name), None)
    o = SourceOverview(name, configured is not None)
    if configured:
        o.schedule = configured.schedule or config.schedule.default
        o.start_urls = configured.start_urls
    o.articles, o.hijacked_now, o.gone = article_counts(conn, name)
    o.live = o.articles - o.gone
    if o.articles:
        try:
            o.report = hijack_report(conn, name)[0]
        except UsageError:  # no articles after all (a crawl of a new source just began)
            o.report = None
    recent = history.list_runs(conn, name, CHART_RUNS)
    if recent:
        o.last_run = history.as_dict(recent[0], conn)
    # The report lists every page ever seen hijacked, with its first and last hijacked capture:
    # the chart takes each page as hijacked between the two.
    spans = [(p.first_seen_hijacked, p.last_seen_hijacked) for p in o.report.pages] if o.report else []
    o.hijacked_ever = len(spans)
    o.points = day_points(list(reversed(recent)), spans, config.archive.timezone)
    o.chart = bar_chart(o.points)
    return o


def day_points(runs: list[sqlite3.Row], spans: list[tuple[str | None, str | None]], zone: str) -> list[ChartPoint]:
    """One bar per local day (the archive's zone: a 02:00 nightly run is dated its own night, not the
    day before as in UTC): the most articles one of the day's runs archived (runs re-find the same
    articles: adding them up would count them twice) and the most pages known hijacked at any of
    them (first seen hijacked before the run ended, last seen after it began)."""
    days: dict[str, list[tuple[sqlite3.Row, int, int]]] = {}
    for run in runs:
        start, until = run["started_at"], run["finished_at"] or utcnow()
        hijacked = sum(1 for first, last in spans if last and (first or last) <= until and last >= start)
        days.setdefault(local_day(start, zone), []).append((run, history.archived(run), hijacked))
    points = []
    for day, entries in days.items():
        total, hijacked = max(e[1] for e in entries), max(e[2] for e in entries)
        note = "; ".join(_("run {id} ({status}), {time}: {total} articles archived, {hijacked} pages known "
                           "hijacked").format(id=r["id"], status=_(r["status"]), time=local(r["started_at"], zone),
                                              total=t, hijacked=h) for r, t, h in entries)
        points.append(ChartPoint(day, total, hijacked, note))
    return points


def article_ids(conn: sqlite3.Connection, urls: Iterable[str]) -> dict[str, int]:
    """The article id of each archived URL (for linking the report's pages)."""
    urls = list(dict.fromkeys(urls))
    found: dict[str, int] = {}
    for i in range(0, len(urls), _SQL_VARIABLES):
        chunk = urls[i:i + _SQL_VARIABLES]
        found.update((r[0], r[1]) for r in conn.execute(
            f"SELECT url, id FROM articles WHERE url IN ({', '.join('?' * len(chunk))})", chunk))
    return found
