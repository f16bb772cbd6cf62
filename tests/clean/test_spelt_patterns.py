"""Patterns spelt without re.I (for speed) match exactly what their re.I spelling matches."""
import random
import re

from scraper.clean.byline import _FIELD_CLASSES, _FIELD_HINT
from scraper.clean.lines import _SITE_MARKS, SITE_NOTICE
from scraper.clean.metadata import _TITLE_CLASS

_CASES = [
    (SITE_NOTICE, _SITE_MARKS),
    (_FIELD_HINT, "|".join(_FIELD_CLASSES)),
    (_TITLE_CLASS, r"title|tit\b|headline|heading|biaoti|bt\b"),
]


def _letters(source: str) -> str:
    # every character re.I matches of the pattern's letters, and some that it must not match
    found = {c for c in source if c.isalpha()}
    found |= {chr(c) for c in range(0x80, 0x2200) if any(re.fullmatch(re.escape(x), chr(c), re.I) for x in "iIsSkK")}
    return "".join(sorted(found)) + " -_\n©()备证公网安号版权所有1é"


def test_spelt_patterns_match_as_their_caseless_spelling():
    chance = random.Random(12)
    for spelt, source in _CASES:
        caseless = re.compile(source, re.I)
        alphabet = _letters(source)
        words = [w for w in re.split(r"[^A-Za-z]+", source) if w]
        for _ in range(20_000):
            text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 12)))
            if chance.random() < 0.5:  # a word of the pattern, re-cased, inside the text
                word = "".join(chance.choice((c.upper(), c.lower(), "İ" if c in "iI" else c, "ı" if c in "iI" else c,
                                              "ſ" if c in "sS" else c)) for c in chance.choice(words))
                at = chance.randint(0, len(text))
                text = text[:at] + word + text[at:]
            a, b = caseless.search(text), spelt.search(text)
            assert (a and a.span()) == (b and b.span()), (source, text)
