"""Aligned plain-text tables for the command line (wide CJK characters count as two columns).

Cells are escaped for the terminal (cli.terminal): run and source tables show archived URLs,
errors and names."""
from __future__ import annotations

import unicodedata
from typing import Iterable, Sequence

from cli.terminal import safe_line


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def format_table(head: Sequence[str], rows: Iterable[Sequence[object]], right: Iterable[int] = ()) -> str:
    """``head`` and ``rows`` as columns two spaces apart; the columns numbered in ``right`` are right-aligned."""
    table = [tuple(head), *(tuple(safe_line(c) for c in r) for r in rows)]
    widths = [max(display_width(t[i]) for t in table) for i in range(len(head))]
    right = set(right)

    def cell(i: int, text: str) -> str:
        pad = " " * (widths[i] - display_width(text))
        return pad + text if i in right else text + pad

    return "\n".join("  ".join(cell(i, c) for i, c in enumerate(t)).rstrip() for t in table)
