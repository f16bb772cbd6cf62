"""The schedule syntax of the configuration: a 5-field cron expression or ``every N(s|m|h|d)``.

The configuration checks every schedule with it, and the scheduler turns them into APScheduler
triggers with it.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from core.durations import UNIT_SECONDS

EVERY = re.compile(r"^every\s+(\d+)\s*(s|m|h|d)$")


def parse_schedule(expr: str, timezone: str = "Asia/Shanghai", anchor: datetime | None = None) -> BaseTrigger:
    """A schedule expression → an APScheduler trigger. Raises ValueError with a readable message.

    ``anchor``: when an interval schedule last ran; its runs follow on from there (a restart does
    not push them back). Cron schedules ignore it.
    """
    text = expr.strip()
    tz = ZoneInfo(timezone)
    m = EVERY.match(text)
    if m:
        seconds = int(m.group(1)) * UNIT_SECONDS[m.group(2)]
        if seconds <= 0:
            raise ValueError(f"{expr!r}: the interval must be positive")
        start = anchor + timedelta(seconds=seconds) if anchor else None
        return IntervalTrigger(seconds=seconds, start_date=start, timezone=tz)
    if len(text.split()) != 5:
        raise ValueError(f"{expr!r} is neither a 5-field cron expression (\"0 2 * * *\") nor \"every 6h\"")
    try:
        return CronTrigger.from_crontab(text, timezone=tz)
    except ValueError as e:
        raise ValueError(f"{expr!r}: bad cron expression: {e}") from None


