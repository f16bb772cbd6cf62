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


def _read(name: str) -> list[tuple[str, list[str]]]:
    text = resources.files("opencc").joinpath(f"dictionary/{name}").read_text("utf-8")
    return [(key, value.split(" ")) for key, _tab, value in (line.partition("\t") for line in text.splitlines())]


@functools.cache
def _in_big5(char: str) -> bool:
    try:
        char.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


@functools.cache
def replaced_characters() -> frozenset[str]:
    """Simplified characters that traditional script also holds but writes otherwise (于 for 於,
    后 for 後, 并 for 並), leaving out the spellings Taiwan's or Hong Kong's own variants use."""
    regional = {c for name in ("TWVariantsRev.txt", "HKVariantsRev.txt") for c, _ in _read(name)}
    return frozenset(s for s, forms in _read("STCharacters.txt")
                     if len(s) == 1 and forms[0] != s and _in_big5(s) and s not in regional)


@functools.cache
def half_converted() -> frozenset[str]:
    """Phrases as a converter that changes only the characters traditional script lacks spells
    them, where that leaves a simplified character traditional writing replaces (终于 → 終于 for
    終於, 之后 for 之後, 采访 → 采訪 for 採訪): from OpenCC's STPhrases. A character kept is one
    whose traditional form is another (STCharacters: 于 → 於) and that neither Taiwan's nor Hong
    Kong's own variants write (台, 秘, 才, 裡 are regional standard spellings: TW/HKVariantsRev).
    Built on first use (0.5 s): only for a traditional article under simplified menus."""
    replaced = replaced_characters()
    out = set()
    for simplified, forms in _read("STPhrases.txt"):
        target = forms[0]
        if len(simplified) < 2 or len(target) != len(simplified) or not any(c in replaced for c in simplified):
            continue
        spelt = "".join(c if _in_big5(c) else t for c, t in zip(simplified, target, strict=True))
        if spelt not in forms and all(s == t or s in replaced for s, t in zip(spelt, target, strict=True)):
            out.add(spelt)
    return frozenset(out)
