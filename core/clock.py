"""The one clock: every stored time is ISO 8601 in UTC, to the second; every time shown, and every
date a person types, is in the archive's zone (``[archive].timezone``, Asia/Shanghai by default)."""
from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def utcnow() -> str:
    """Now, as the ISO 8601 UTC timestamp every table uses."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def local(iso: str | None, zone: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC time in ``zone`` (``2024-05-09T18:00:00+00:00`` → ``2024-05-10 02:00``);
    "" when there is none. A time without an offset is shown as it is."""
    if not iso:
        return ""
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return (dt.astimezone(ZoneInfo(zone)) if dt.tzinfo else dt).strftime(fmt)


def local_day(iso: str, zone: str) -> str:
    """The day a stored UTC time falls on in ``zone``: a 02:00 nightly run is dated its own night."""
    return local(iso, zone, "%Y-%m-%d")


def use_zone_for_logs(zone: str) -> None:
    """Log lines (ours, Scrapy's, APScheduler's) stamp local time: make it the archive's zone, in
    this process and the crawls it starts, so that every line of a run's log is on one clock."""
    os.environ["TZ"] = zone
    time.tzset()
