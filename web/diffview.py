"""A side-by-side diff of two article versions, paragraph by paragraph, changes marked by character.

The lines compared are those of ``archive.versions.version_lines`` (the title, then one line per
paragraph), as `newsvault diff` compares them. Within a changed paragraph the changed characters
are marked: Chinese has no spaces, so a word diff would mark whole sentences.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Literal

# Paragraphs longer than this (product of both lengths) are marked as wholly changed: the
# character matcher is quadratic, and a 3,000-character paragraph rewritten is a rewrite.
MAX_INLINE_WORK = 4_000_000
# Below this similarity two paired paragraphs are shown as one removed and one added, not as an
# edit: marking the few characters they share by chance only adds noise.
MIN_INLINE_RATIO = 0.3

RowKind = Literal["equal", "delete", "insert", "replace", "skip"]


@dataclass(frozen=True)
class Side:
    number: int                                   # 1-based line number in its version
    pieces: tuple[tuple[str, bool], ...]          # (text, changed) runs

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


@dataclass(frozen=True)
class Row:
    kind: RowKind
    left: Side | None = None
    right: Side | None = None
    skipped: int = 0                              # "skip" rows: unchanged lines left out


@dataclass
class SideBySide:
    rows: list[Row] = field(default_factory=list)
    added: int = 0
    removed: int = 0
    changed: int = 0

    @property
    def identical(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _whole(number: int, text: str, changed: bool) -> Side:
    return Side(number, ((text, changed),))


def _inline(a: str, b: str) -> tuple[Side, Side] | None:
    """Character-level marks for a paragraph edited from ``a`` to ``b``; None when they hardly share anything."""
    if len(a) * len(b) > MAX_INLINE_WORK:
        return None
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < MIN_INLINE_RATIO:
        return None
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1:
            left.append((a[i1:i2], op != "equal"))
        if j2 > j1:
            right.append((b[j1:j2], op != "equal"))
    return Side(0, tuple(left)), Side(0, tuple(right))


def side_by_side(a: list[str], b: list[str], context: int | None = 3) -> SideBySide:
    """Rows pairing ``a``'s lines with ``b``'s; runs of unchanged lines beyond ``context`` lines
    around a change become one "skip" row (``context=None`` keeps every line)."""
    out = SideBySide()
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            rows = [Row("equal", _whole(i + 1, a[i], False), _whole(j + 1, b[j], False))
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
            out.rows += _fold(rows, context, first=n == 0, last=n == len(opcodes) - 1)
            continue
        left, right = list(range(i1, i2)), list(range(j1, j2))
        for k in range(max(len(left), len(right))):
            i = left[k] if k < len(left) else None
            j = right[k] if k < len(right) else None
            if i is not None and j is not None:
                marks = _inline(a[i], b[j])
                if marks:
                    out.rows.append(Row("replace", Side(i + 1, marks[0].pieces), Side(j + 1, marks[1].pieces)))
                else:
                    out.rows.append(Row("replace", _whole(i + 1, a[i], True), _whole(j + 1, b[j], True)))
                out.changed += 1
            elif i is not None:
                out.rows.append(Row("delete", _whole(i + 1, a[i], True), None))
                out.removed += 1
            elif j is not None:
                out.rows.append(Row("insert", None, _whole(j + 1, b[j], True)))
                out.added += 1
    return out


def _fold(rows: list[Row], context: int | None, first: bool, last: bool) -> list[Row]:
    """Keep ``context`` unchanged rows next to each change; the ones between become a skip row."""
    if context is None:
        return rows
    keep_before = 0 if first else context   # rows after the previous change
    keep_after = 0 if last else context     # rows before the next change
    if len(rows) <= keep_before + keep_after + 1:
        return rows
    hidden = len(rows) - keep_before - keep_after
    return [*rows[:keep_before], Row("skip", skipped=hidden), *rows[len(rows) - keep_after:]]
