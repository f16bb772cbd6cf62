"""Sizes as the configuration writes them ("50MB", "2GB", "500KB" or a number of bytes) and as people read them."""
from __future__ import annotations

import re

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)?\s*$", re.I)
# Decimal units as disks and downloads count them; the binary ones (MiB…) are accepted too.
_UNITS = {"B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
          "KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40}


def parse_size(text: str) -> int:
    """Bytes; ValueError with a message for the user otherwise."""
    m = _SIZE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a size: write it like \"50MB\", \"2GB\" or \"500KB\"")
    return int(float(m.group(1)) * _UNITS[(m.group(2) or "B").upper()])


def format_size(n: int) -> str:
    """Bytes as people read them: 512 B, 1.5 KB, 20 MB, 1.2 GB (powers of 1,000, like the limits)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    return f"{n} B"
