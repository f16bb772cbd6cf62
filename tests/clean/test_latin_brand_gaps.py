"""A Latin brand name the lexicon knows (Pinnacle, Betfair) standing as a word of an English line
takes none of the words before it as its "spelling": normalising runs "Regen Scrapper - 50 -
Pinnacle" into regenscrapper50pinnacle, and the glued-head rule made the whole run the brand, whose
"scrapper" read as the promo word "app" (v36 dev-v36-canola ca36-691, a game forum's signature
naming its server). A brand glued as written (188bet, williamhill英国威廉希尔) keeps its head."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page, lexicon

_POST = ("<p>The basic story is a dark scrapper hero who was a normal man possessed by a devil, but being strong "
         "willed, took control of the demon and now uses its powers to fight on the side of good.</p>"
         "<p>Could any of you talented writers turn it into a good sounding story for the in-game ID box? "
         "Or at least give some tips? I could really use some help. Thanks!</p>"
         "<p>--------------------<br>Mains:<br>Xylric Kat/Regen Scrapper - 50 - Pinnacle<br>"
         "Eldritch Knight NRG/NRG Blaster - 50 - Guardian</p>")


def _page(body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>Official Forums</title></head><body>"
            f"<div class='post'>{body}</div></body></html>").encode()


@pytest.mark.xfail(strict=True, reason="the word-gap rule (variant 6a9f3eb) is measured, not wired: it clears dev-v36-canola ca36-691 only, one dev set")
def test_an_english_line_naming_a_server_keeps_its_words_and_the_page_stays_clean():
    a = clean_page(_page(_POST), url="http://boards.example.com/showflat.php?Number=8858346")
    assert not a.hijacked and not a.findings
    assert "Regen Scrapper - 50 - Pinnacle" in a.text


@pytest.mark.xfail(strict=True, reason="the word-gap rule (variant 6a9f3eb) is measured, not wired: it clears dev-v36-canola ca36-691 only, one dev set")
def test_the_brand_alone_is_the_hit_across_a_word_gap():
    assert [h.term for h in lexicon.find_hits("Xylric Kat/Regen Scrapper - 50 - Pinnacle")] == ["Pinnacle"]


def test_a_glued_latin_spelling_still_goes_with_its_brand():
    assert [h.term for h in lexicon.find_hits("快来188bet官网注册")] == ["188bet官网注册"]
