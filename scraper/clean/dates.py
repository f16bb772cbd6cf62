"""Publish dates as written on pages → ISO 8601 (date, or date-time with +08:00).

The numeric forms of Chinese pages are few and fixed (2024-05-09 15:20, 2024年5月9日,
2024/05/09, [ 2024-03-16 ], t20240509_) and matched here. Dates with month names
("January 16, 2008 9:12 AM EST", "16 Jan. 2008") are found by a small pattern and read by
dateparser, which knows the forms, abbreviations and time zones; it costs ≈1 ms a call and reads
sidebar noise as dates if given free text, so it only ever sees the matched span.
"""
from __future__ import annotations

import re
from datetime import date, datetime

# Pages without an explicit offset are Chinese sites: China Standard Time.
DEFAULT_OFFSET = "+08:00"
# Dates outside this range are typos, counters or IDs, not publish dates.
MIN_YEAR, MAX_YEAR = 1990, 2100

_DATE = (r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]\s*)(?P<m>\d{1,2})\s*(?:[-/.月]\s*)(?P<d>\d{1,2})\s*日?"
         r"(?:\s*(?:T|&nbsp;)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
         r"(?P<tz>Z|[+-]\d{2}:?\d{2})?")
DATE_RE = re.compile(_DATE)
_URL_DATES = (
    re.compile(r"/(?P<y>20\d{2})[-_/]?(?P<m>[01]\d)[-_/]?(?P<d>[0-3]\d)/"),
    re.compile(r"[/_](?:t|content_|doc-?|art_)?(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)[_/-]"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)/"),
)
_ISO = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
                  r"(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?")


def _iso(groups: dict) -> str | None:
    try:
        y, m, d = int(groups["y"]), int(groups["m"]), int(groups["d"])
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        day = date(y, m, d)
    except (TypeError, ValueError):
        return None
    if groups.get("H") is None:
        return day.isoformat()
    try:
        moment = datetime(y, m, d, int(groups["H"]), int(groups["M"]), int(groups.get("S") or 0))
    except (TypeError, ValueError):
        return day.isoformat()
    tz = groups.get("tz")
    if tz == "Z":
        tz = "+00:00"
    elif tz and ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    return moment.isoformat() + (tz or DEFAULT_OFFSET)


def parse_date(text: str | None) -> str | None:
    """The first date in ``text`` as ISO 8601, or None."""
    if not text:
        return None
    m = _ISO.match(text) or DATE_RE.search(text)
    return _iso(m.groupdict()) if m else None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?)?"
_ENGLISH_DATE = re.compile(
    r"\b(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
    + r",?\s+(?:19|20)\d{2})" + _TIME, re.I)


def english_date(text: str | None) -> str | None:
    """The first date with an English month name in ``text`` as ISO 8601, or None."""
    if not text:
        return None
    m = _ENGLISH_DATE.search(text)
    if not m:
        return None
    import dateparser  # imported on first use: ≈0.3 s, and most pages never need it

    moment = dateparser.parse(m.group(), languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    if moment is None or not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    if re.search(r"\d:\d", m.group()):
        return moment.replace(tzinfo=None).isoformat()
    return moment.date().isoformat()


def date_from_url(url: str | None) -> str | None:
    """A date encoded in an article URL (/2024/0509/, t20240509_, /2024-05/09/)."""
    if not url:
        return None
    for pattern in _URL_DATES:
        m = pattern.search(url)
        if m:
            value = _iso(m.groupdict())
            if value:
                return value
    return None
