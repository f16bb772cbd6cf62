"""writing.caseless spells a pattern's letters as the classes re.I would match, so a pattern compiled
without re.I (faster to scan) finds the same strings as the pattern with it."""
from __future__ import annotations

import re

import pytest

from scraper.clean.writing import caseless

PATTERN = r"title|tit\b|source|Copyright\s*(?:©|\(c\))|ICP[备证]"


@pytest.mark.parametrize("text", ["news-TITLE", "tit", "titanic", "ſource", "SOURCE", "İCP备", "copyright (C)",
                                  "copyright(c)", "article-body", "titles", "kelvin"])
def test_caseless_finds_what_re_i_finds(text):
    assert bool(re.search(caseless(PATTERN), text)) == bool(re.search(PATTERN, text, re.I))


def test_escapes_stay_escapes():
    assert caseless(r"tit\b\s\(c\)") == r"[Tt][Iiİı][Tt]\b\s\([Cc]\)"
