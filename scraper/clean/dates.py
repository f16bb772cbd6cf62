"""Publish dates as written on Chinese pages → ISO 8601 (date, or date-time with +08:00).

Hand-written on purpose: the forms are few and fixed (2024-05-09 15:20, 2024年5月9日,
2024/05/09, [ 2024-03-16 ], t20240509_), and a general parser such as dateparser costs ≈1 ms a
call and happily reads sidebar noise as dates.
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
_LABEL = r"(?:发布时间|发布日期|发表时间|发表日期|发文日期|成文日期|更新时间|更新日期|发稿时间|录入时间|时间|日期|Posted(?:\s+on)?|Published|Date)"
LABELLED_DATE_RE = re.compile(_LABEL + r"\s*[:：]?\s*[\[【(（]?\s*" + _DATE, re.I)
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


def labelled_date(text: str) -> str | None:
    """A date introduced by 发布时间/日期/… in ``text``."""
    for m in LABELLED_DATE_RE.finditer(text):
        value = _iso(m.groupdict())
        if value:
            return value
    return None


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
