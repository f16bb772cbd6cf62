"""Schedules: when each source is crawled.

This module owns the schedule syntax (a 5-field cron expression or ``every N(s|m|h|d)``).
Run ``python scheduler.py`` to list the configured schedules and their next run times.
"""
from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

EVERY = re.compile(r"^every\s+(\d+)\s*(s|m|h|d)$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_schedule(expr: str, timezone: str = "Asia/Shanghai"):
    """A schedule expression → an APScheduler trigger. Raises ValueError with a readable message."""
    text = expr.strip()
    tz = ZoneInfo(timezone)
    m = EVERY.match(text)
    if m:
        seconds = int(m.group(1)) * UNIT_SECONDS[m.group(2)]
        if seconds <= 0:
            raise ValueError(f"{expr!r}: the interval must be positive")
        return IntervalTrigger(seconds=seconds, timezone=tz)
    if len(text.split()) != 5:
        raise ValueError(f"{expr!r} is neither a 5-field cron expression (\"0 2 * * *\") nor \"every 6h\"")
    try:
        return CronTrigger.from_crontab(text, timezone=tz)
    except ValueError as e:
        raise ValueError(f"{expr!r}: bad cron expression: {e}") from None


def next_run(expr: str, timezone: str, now: datetime | None = None) -> datetime | None:
    """The next time a schedule fires after ``now``."""
    tz = ZoneInfo(timezone)
    now = now or datetime.now(tz)
    return parse_schedule(expr, timezone).get_next_fire_time(None, now)


def main(argv: list[str] | None = None) -> int:
    from cli import main as cli_main

    return cli_main(["schedule", "list", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":
    sys.exit(main())
