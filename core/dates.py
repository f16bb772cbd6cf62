"""Publish-date bounds as every ``--since``/``--until`` (and the web's filters) accept them.

One grammar everywhere: ``2024``, ``2024-05``, ``2024-05-09`` or an ISO 8601 date-time. A
date-only upper bound covers its whole period (the day, month or year).
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from core.errors import UsageError
from core.i18n import _

_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date_bound(value: str, name: str, upper: bool = False) -> str:
    """Check a --since/--until value and return it as a bound on ``published`` (ISO text).

    The result of a lower bound is inclusive; that of a date-only upper bound is the first
    instant after its period (exclusive); an upper bound with a time is inclusive.
    """
    v = value.strip()
    try:
        if _YEAR.fullmatch(v):
            return str(int(v) + 1) if upper else v
        if _MONTH.fullmatch(v):
            d = date.fromisoformat(v + "-01")
            return f"{d.year + d.month // 12}-{d.month % 12 + 1:02d}" if upper else v
        if _DAY.fullmatch(v):
            d = date.fromisoformat(v)
            return date.fromordinal(d.toordinal() + 1).isoformat() if upper else v
        datetime.fromisoformat(v)
        return v
    except ValueError:
        pass
    raise UsageError(_("{name} {value!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY, or a date and time "
                       "like 2024-05-09T15:20)").format(name=name, value=value))



def utc_bound(bound: str, zone: str) -> str:
    """A bound from parse_date_bound, read in ``zone``, as the UTC text stored times compare with:
    ``2024-05-09`` in Asia/Shanghai → ``2024-05-08T16:00:00+00:00``."""
    text = bound + "-01-01" if _YEAR.fullmatch(bound) else bound + "-01" if _MONTH.fullmatch(bound) else bound
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(zone))
    return dt.astimezone(UTC).isoformat(timespec="seconds")
