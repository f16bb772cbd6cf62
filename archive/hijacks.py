"""Is a source hijacked now: since when, how many pages, which ones, injected with what.

A run's health names a hijacked source (``hijacked since 2024-05-09: 14 pages``: its live
articles whose latest capture was found hijacked, and the day the first of them was), so that a
source that turns hijacked is flagged the night it happens, in the run history, the run log, the
web interface and the webhook. The flag stays while pages are hijacked; the webhook is posted
when it is raised and when more pages are hijacked than at the source's previous run, not every
night a hijack simply persists.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from core.i18n import _, ngettext
from scraper.clean import spam_brands, spam_domains

FLAG = "hijacked since"
_FLAG = re.compile(r"hijacked since (\S+): (\d+) pages?")
# Pages, brands and hosts named in a webhook post and a run log line; the report lists them all.
MAX_LISTED = 50


@dataclass
class HijackState:
    """A source's live pages hijacked now."""

    source: str
    pages: int
    since: str                                        # the first of them seen hijacked (UTC ISO)
    urls: list[str] = field(default_factory=list)     # newest hijack first, at most MAX_LISTED
    titles: dict[str, str | None] = field(default_factory=dict)
    brands: list[str] = field(default_factory=list)   # injected strings, as the report reads them
    domains: list[str] = field(default_factory=list)


def hijack_state(conn: sqlite3.Connection, source: str) -> HijackState | None:
    """The source's hijacked live pages, or None when there is none. Only the newest MAX_LISTED
    are read for their URLs and what was injected: the count and the date come from SQL."""
    where = "WHERE source_name=? AND hijacked=1 AND status='live'"
    pages, since = conn.execute(f"SELECT COUNT(*), MIN(hijack_first_seen) FROM articles {where}", (source,)).fetchone()
    if not pages:
        return None
    state = HijackState(source, pages, since or "")
    brands: dict[str, None] = {}
    domains: dict[str, None] = {}
    for r in conn.execute(f"SELECT url, title, findings FROM articles {where} "
                          "ORDER BY COALESCE(hijack_first_seen, last_seen) DESC, id DESC LIMIT ?", (source, MAX_LISTED)):
        findings = json.loads(r["findings"] or "[]")
        brands.update(dict.fromkeys(spam_brands(findings)))
        domains.update(dict.fromkeys(spam_domains(findings, r["url"])))
        state.urls.append(r["url"])
        state.titles[r["url"]] = r["title"]
    state.brands, state.domains = list(brands)[:MAX_LISTED], list(domains)[:MAX_LISTED]
    return state


def flag(state: HijackState, timezone: str | None = None) -> str:
    """``hijacked since <local date>: N pages`` (stored in English, as every health flag; the date
    in ``timezone``, UTC when None)."""
    day = state.since[:10]
    if state.since and timezone:
        day = datetime.fromisoformat(state.since).astimezone(ZoneInfo(timezone)).date().isoformat()
    return f"{FLAG} {day or 'an unknown date'}: {state.pages} page{'s' if state.pages != 1 else ''}"


def flagged_pages(health: str | None) -> int | None:
    """The number of pages a run's health flag says were hijacked (None: not flagged hijacked)."""
    m = _FLAG.search(health or "")
    return int(m.group(2)) if m else None


def label(flag_text: str) -> str:
    """A stored hijack flag in the reader's language."""
    m = _FLAG.fullmatch(flag_text)
    if m is None:
        return flag_text
    n = int(m.group(2))
    return ngettext("hijacked since {date}: {n} page", "hijacked since {date}: {n} pages", n).format(
        date=m.group(1), n=n)


def describe(state: HijackState, listed: int = 10) -> str:
    """Why a run was flagged hijacked, in one line: the pages and what was injected into them."""
    urls = ", ".join(state.urls[:listed])
    if state.pages > listed:
        urls = _("{urls} and {n} more").format(urls=urls, n=state.pages - listed)
    line = ngettext("{n} live page hijacked now: {urls}", "{n} live pages hijacked now: {urls}",
                    state.pages).format(n=state.pages, urls=urls)
    injected = ", ".join([*state.brands[:listed], *state.domains[:listed]])
    return line + ("; " + _("injected: {strings}").format(strings=injected) if injected else "")


def describe_flag(health: str) -> str:
    """What an older run's hijack flag says, without today's pages (which are the latest run's)."""
    m = _FLAG.search(health)
    if m is None:
        return ""
    n = int(m.group(2))
    return ngettext("{n} live page was hijacked when this run ended (the first found {date})",
                    "{n} live pages were hijacked when this run ended (the first found {date})", n).format(
        n=n, date=m.group(1))


def as_dict(state: HijackState) -> dict:
    """What a webhook post carries of a hijacked source."""
    return {"since": state.since, "pages": state.pages,
            "urls": [{"url": u, "title": state.titles.get(u)} for u in state.urls],
            "brands": state.brands, "domains": state.domains}
