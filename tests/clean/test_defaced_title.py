"""A defacer's signature in place of the <title> (v10 real miss): the headline becomes the title and
the page is flagged; a news story about a defacement keeps its headline."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds


def _page(title: str, headline: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><div class='article'><h1>{headline}</h1>"
            "<p>11月5日,区文化馆举办社区书画展,展出居民创作的书法和国画作品一百二十余幅,吸引众多市民参观。</p>"
            "<p>展览将持续至本月底,市民可免费入场参观。</p></div></body></html>").encode()


def test_a_defacers_claim_as_the_title_gives_way_to_the_headline():
    for claim in ("Owned by z3r0_crew", "HaCkEd By xShadow Team"):
        a = clean_page(_page(claim, "区文化馆举办社区书画展"), url="https://www.example.gov.cn/xw/1.html")
        assert a.hijacked and "spam_title" in kinds(a), claim
        assert a.title == "区文化馆举办社区书画展"


def test_a_headline_about_a_defacement_is_kept():
    headline = "County website hacked by vandals, officials say"
    a = clean_page(_page(headline, headline), url="https://news.example.com/2024/county-site")
    assert not a.hijacked and a.title == headline
