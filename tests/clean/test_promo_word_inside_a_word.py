"""A promo word read inside a longer Latin word is none: "Nomad365-approved" (a WCXB dev travel blog's
link to a visa site) is no brand "nomad365" with its "app"; "bet365app下载" still is."""
from __future__ import annotations

from scraper.clean import brands, clean_page

PARA = ("We spent a year working from cafes across Portugal and Mexico, and these are the habits that kept "
        "our projects on schedule while we travelled. ")


def test_a_promo_word_inside_a_longer_latin_word_is_no_promo():
    assert brands.promo_spans("Nomad365-approved") == []
    assert brands.promo_spans("bet365app下载")


def test_an_english_blog_linking_a_numbered_brand_word_is_not_hijacked():
    paras = "".join(f"<p>{PARA}Tip {i}.</p>" for i in range(5))
    page = ("<html><head><meta charset='utf-8'><title>Staying productive on the road</title></head><body>"
            f"<article><h1>Staying productive on the road</h1>{paras}<p>Get a <em><a href='https://www.nomad365.org/'>"
            "Nomad365-approved</a></em> insurance plan before you go.</p></article></body></html>")
    assert not clean_page(page.encode()).hijacked
