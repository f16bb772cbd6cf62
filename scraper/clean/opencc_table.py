"""OpenCC's table of traditional characters and their simplified forms (TSCharacters.txt of
opencc-python-reimplemented, Apache 2.0), read as a file: OpenCC's converter costs 1.1 s to build.
fields.py spells labels in traditional script with it; lexicon.py folds traditional to simplified."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def character_pairs() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(traditional character, its simplified forms) for each one-character entry, in the table's order."""
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        trad, _tab, simplified = line.partition("\t")
        if len(trad) == 1:
            pairs.append((trad, tuple(simplified.split(" "))))
    return tuple(pairs)
