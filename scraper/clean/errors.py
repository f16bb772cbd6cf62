"""The cleaner's one exception: a page that cannot be cleaned at all (binary, oversized)."""
from __future__ import annotations

from core.errors import NewsvaultError


class CleanError(NewsvaultError):
    """The bytes are not an HTML page the cleaner can read; the message says why."""

    exit_code = 1
