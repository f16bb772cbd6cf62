"""Printing archived text to a terminal safely, and naming sources as people know them.

Archived titles, texts and URLs are hostile input: an escape sequence in a title could clear
the screen, retitle the window or fake a link (OSC 8). ``safe`` shows every control character
as a visible escape (``\\x1b``) and keeps line breaks; ``safe_line`` also shows line breaks and
tabs, for values printed on one line. Bidirectional overrides (which reorder what is shown)
are escaped too.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional embedding/override/isolate characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match) -> str:
    c = m.group()
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def safe(text: object) -> str:
    """``text`` with its control characters shown as escapes; line breaks and tabs kept."""
    return _CONTROL.sub(_escape, str(text))


def safe_line(text: object) -> str:
    """``text`` for one line of output: line breaks and tabs shown as escapes too."""
    return _CONTROL_OR_BREAK.sub(_escape, str(text))


def source_label(name: str, titles: dict[str, str]) -> str:
    """How a source is shown: its title with its name (``广州开放大学新闻网 (gzou-news)``), or its name."""
    title = titles.get(name)
    return f"{safe_line(title)} ({name})" if title else name
