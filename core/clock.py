"""The one clock every stored time uses: ISO 8601 in UTC, to the second."""
from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> str:
    """Now, as the ISO 8601 UTC timestamp every table uses."""
    return datetime.now(UTC).isoformat(timespec="seconds")
