"""OpenCC's conversion tables (the dictionary files of opencc-python-reimplemented, Apache 2.0), read
as files: OpenCC's converter costs 1.1 s to build. fields.py spells labels in traditional script
with TSCharacters; lexicon.py folds traditional to simplified with it; glosses.py finds the phrases a
converter leaves half simplified with STCharacters, STPhrases and the TW/HK variants."""

from __future__ import annotations

import functools
from importlib import resources

from core.precompiled import stored_table


def dictionary(name: str) -> str:
    """The path of OpenCC's dictionary file ``name``."""
    return str(resources.files("opencc").joinpath(f"dictionary/{name}"))


@stored_table(__file__, dictionary("TSCharacters.txt"))
def character_pairs() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(traditional character, its simplified forms) for each one-character entry, in the table's order."""
    return tuple((trad, tuple(simplified)) for trad, simplified in _read("TSCharacters.txt") if len(trad) == 1)


def _read(name: str) -> list[tuple[str, list[str]]]:
    """(key, its values) of each line of OpenCC's dictionary file ``name``."""
    with open(dictionary(name), encoding="utf-8") as f:
        text = f.read()
    return [(key, value.split(" ")) for key, _tab, value in (line.partition("\t") for line in text.splitlines())]


@functools.cache
def encodes(char: str, codec: str) -> bool:
    """True when ``codec`` can write ``char`` (GB2312 for simplified script, Big5 for traditional)."""
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@stored_table(__file__)
def one_script_characters() -> tuple[str, str]:
    """(traditional-only, simplified-only) characters of the CJK block U+4E00-U+9FFF: those Big5
    writes and GB2312 does not, and the reverse (``encodes`` of each, 29 ms of CPU: stored)."""
    han = [chr(c) for c in range(0x4E00, 0xA000)]
    return ("".join(c for c in han if encodes(c, "big5") and not encodes(c, "gb2312")),
            "".join(c for c in han if encodes(c, "gb2312") and not encodes(c, "big5")))


@stored_table(__file__, *map(dictionary, ("STCharacters.txt", "TWVariantsRev.txt", "HKVariantsRev.txt")))
def replaced_characters() -> frozenset[str]:
    """Simplified characters that traditional script also holds but writes otherwise (于 for 於,
    后 for 後, 并 for 並), leaving out the spellings Taiwan's or Hong Kong's own variants use."""
    regional = {c for name in ("TWVariantsRev.txt", "HKVariantsRev.txt") for c, _ in _read(name)}
    return frozenset(s for s, forms in _read("STCharacters.txt")
                     if len(s) == 1 and forms[0] != s and encodes(s, "big5") and s not in regional)


@stored_table(__file__, *map(dictionary, ("STCharacters.txt", "TWVariantsRev.txt", "HKVariantsRev.txt",
                                          "STPhrases.txt")))
def half_converted_spellings() -> frozenset[str]:
    """Phrases as a converter that changes only the characters traditional script lacks spells
    them, where that leaves a simplified character traditional writing replaces (终于 → 終于 for
    終於, 之后 for 之後, 采访 → 采訪 for 採訪): from OpenCC's STPhrases. A character kept is one
    whose traditional form is another (STCharacters: 于 → 於) and that neither Taiwan's nor Hong
    Kong's own variants write (台, 秘, 才, 裡 are regional standard spellings: TW/HKVariantsRev).
    Built on first use (0.5 s; stored, core.precompiled): only for a traditional article under
    simplified menus."""
    replaced = replaced_characters()
    out = set()
    for simplified, forms in _read("STPhrases.txt"):
        target = forms[0]
        if len(simplified) < 2 or len(target) != len(simplified) or not any(c in replaced for c in simplified):
            continue
        spelt = "".join(c if encodes(c, "big5") else t for c, t in zip(simplified, target, strict=True))
        if spelt not in forms and all(s == t or s in replaced for s, t in zip(spelt, target, strict=True)):
            out.add(spelt)
    return frozenset(out)
