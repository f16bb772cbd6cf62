"""Control characters made visible: archived text is hostile, and a terminal obeys what it prints.

A hacked page can put escape sequences into its title or text (clear the screen, set the window
title, draw a fake OSC 8 link, rewrite a line with ``\\r``, reorder it with bidi overrides).
``escape_controls`` turns each such character into a visible escape (``\\x1b``, ``\\u202e``) so that
what reaches a terminal is text; the command line's helper (cli.terminal) and the crawl's log
lines use it. Printable text, Chinese included, is left as it is.
"""
from __future__ import annotations

import logging
import re

# C0 controls, DEL and C1 controls (ESC, CSI 0x9b, OSC 0x9d…), the bidi embeddings, overrides and
# isolates ("Trojan Source"), the Arabic letter mark, and the line/paragraph separators that some
# terminals and pagers break lines on.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(keep: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(keep)
    if pattern is None:
        kept = "".join(re.escape(c) for c in keep)
        pattern = re.compile(f"(?![{kept}])[{_CONTROLS}]" if keep else f"[{_CONTROLS}]")
        _PATTERNS[keep] = pattern
    return pattern


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` with every control character except those in ``keep`` (e.g. ``"\\n\\t"`` for a
    multi-line text) written as a visible escape."""
    return _pattern(keep).sub(_visible, text)



class SafeFormatter(logging.Formatter):
    """A log formatter for lines that may reach a terminal: a crawl logs URLs and errors the
    sites chose, so the formatted line (traceback included) has its controls escaped."""

    def format(self, record: logging.LogRecord) -> str:
        return escape_controls(super().format(record), keep="\n\t")
