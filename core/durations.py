"""Durations as the configuration writes them (``90s``, ``15m``, ``6h``, ``7d``) and as people read them."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> timedelta:
    """``"90s"``, ``"15m"``, ``"6h"``, ``"7d"`` → timedelta. Raises ValueError."""
    m = DURATION.match(str(text))
    if not m:
        raise ValueError(f"{text!r} is not a duration like 90s, 15m, 6h or 7d")
    return timedelta(seconds=float(m.group(1)) * UNIT_SECONDS[m.group(2)])


def elapsed(started: str | None, finished: str | None) -> str | None:
    """How long from one stored ISO time to another, formatted; None when either is missing."""
    if not started or not finished:
        return None
    return format_duration((datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds())


def format_duration(seconds: float) -> str:
    """``42s``, ``3m07s``, ``2h05m``: how long a run took, to the second (minute past an hour)."""
    s = int(round(seconds))
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"
