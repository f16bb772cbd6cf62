"""Which already-archived articles a crawl fetches again, and how (conditional requests).

The spider learns what is archived from a read-only snapshot (``KnownArticles``) that the runner
loads from the archive before the crawl starts and hands to the spider's constructor. Why a
snapshot and not a middleware querying the database per request: the spider stays free of the
database (spiders never read or write rows), its decisions are fixed for the run and testable
without one, and a few hundred bytes per article (100,000 articles ≈ 30 MB) cost less than a
query per link on a listing page. Articles archived during the run are not in it; Scrapy's
duplicate filter already keeps a run from fetching a URL twice.

The rules (``RecheckPolicy.decide``):
- a URL not in the archive is fetched;
- with ``--recheck`` every archived URL the crawl meets is fetched, and every live article of
  the source is fetched even when no listing links it any more (edits and deletions are caught);
- with ``[crawl].recheck_after`` unset every archived URL is fetched again (the default);
- otherwise an archived URL is fetched when its last check is ``recheck_after`` old, or when the
  listing, feed or sitemap dates it on or after the day of that check (it shows it as new);
- a re-fetch sends the ETag and Last-Modified of the last response as If-None-Match and
  If-Modified-Since: a server that honours them answers 304 and nothing is parsed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from core.known import KnownArticle, KnownArticles

# Dates as listings, feeds and sitemaps print them: 2024-05-09, 2024/5/9, 2024.05.09, 2024年5月9日.
LISTED_DATE = re.compile(r"(20\d\d|19\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass(frozen=True)
class Decision:
    fetch: bool
    headers: dict[str, str]  # conditional request headers for an archived article


class RecheckPolicy:
    """Decides, for each article URL a crawl meets, whether to fetch it and with which headers."""

    def __init__(self, known: KnownArticles | None = None, recheck_after: timedelta | None = None,
                 recheck_all: bool = False, now: datetime | None = None):
        self.known = known or KnownArticles()
        self.recheck_after = recheck_after
        self.recheck_all = recheck_all
        self.now = now or datetime.now(UTC)

    def decide(self, url: str, listed_on: date | None = None) -> Decision:
        k = self.known.get(url)
        if k is None:
            return Decision(True, {})
        headers = conditional_headers(k)
        if self.recheck_all or self.recheck_after is None:
            return Decision(True, headers)
        if self.now - k.last_checked >= self.recheck_after:
            return Decision(True, headers)
        # Listing dates are the site's local dates and the check's is UTC, which is never later:
        # comparing days errs towards fetching.
        if listed_on is not None and listed_on >= k.last_checked.date():
            return Decision(True, headers)
        return Decision(False, {})

    def recheck_urls(self) -> list[str]:
        """With --recheck: every live archived article, linked from a listing or not."""
        return self.known.live_urls() if self.recheck_all else []


def conditional_headers(k: KnownArticle) -> dict[str, str]:
    headers = {}
    if k.etag:
        headers["If-None-Match"] = k.etag
    if k.last_modified:
        headers["If-Modified-Since"] = k.last_modified
    return headers


def listed_date(text: str) -> date | None:
    """The first date written in a listing entry's text (``2024-05-09``, ``2024年5月9日``…)."""
    for m in LISTED_DATE.finditer(text or ""):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def feed_date(text: str | None) -> date | None:
    """A date from a sitemap ``<lastmod>`` or feed ``<updated>``/``<pubDate>`` (ISO 8601 or RFC 822)."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).date() \
            if "T" in text else date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).astimezone(UTC).date()
    except (TypeError, ValueError, IndexError):
        return listed_date(text)
