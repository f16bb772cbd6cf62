"""Printing archived text to a terminal safely, and naming sources as people know them.

Archived titles, texts and URLs are hostile input: an escape sequence in a title could clear
the screen, retitle the window or fake a link (OSC 8). ``safe`` shows every control character
as a visible escape (``\\x1b``) and keeps line breaks; ``safe_line`` also shows line breaks and
tabs, for values printed on one line. Bidirectional overrides (which reorder what is shown)
are escaped too. The characters are core.controls' (the crawl's log lines use the same).
``safe_json`` is ``json.dumps`` with the controls JSON leaves raw (C1, DEL, bidi) written as
``\\uXXXX``, which parses back to the same string.
"""
from __future__ import annotations

import json
import re
from typing import Any

from core.controls import escape_controls

# What json.dumps(ensure_ascii=False) leaves raw and a terminal still obeys.
_JSON_RAW_CONTROLS = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def safe(text: object) -> str:
    """``text`` with its control characters shown as escapes; line breaks and tabs kept."""
    return escape_controls(str(text), keep="\n\t")


def safe_line(text: object) -> str:
    """``text`` for one line of output: line breaks and tabs shown as escapes too."""
    return escape_controls(str(text))


def safe_json(obj: Any, **kwargs: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, **kwargs)``, terminal-safe and still the same JSON."""
    return _JSON_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False, **kwargs))


def source_label(name: str, titles: dict[str, str]) -> str:
    """How a source is shown: its title with its name (``广州开放大学新闻网 (gzou-news)``), or its name."""
    title = titles.get(name)
    return f"{safe_line(title)} ({name})" if title else name
