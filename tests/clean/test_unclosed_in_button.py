"""A menu button whose inner <div>s are left open (``<button><div><div></button>``) ends at its
</button> in a browser; libxml2 kept it open and the whole page (article included) sat inside
the button, where no article is looked for: three WCXB dev pages gave only their description."""
from __future__ import annotations

from scraper.clean import clean_page

PARA = ("The city council approved on Tuesday a new plan for night buses to the northern districts, "
        "to start in March with six lines running every twenty minutes. ")


def test_an_article_after_a_button_with_unclosed_divs_is_read():
    paras = "".join(f"<p>{PARA}Stop {i} is new.</p>" for i in range(6))
    page = ("<html><head><meta charset='utf-8'><title>Night buses extended</title>"
            "<meta name='description' content='The council extends night buses.'></head><body>"
            "<header><div class='menu'><button class='menu-button' aria-label='Main menu'>"
            "<div class='menu-button-inner'>\n<div>\n</button></div><nav><a href='/'>Home</a></nav></header>"
            f"<main><article><h1>Night buses extended</h1>{paras}</article></main></body></html>")
    a = clean_page(page.encode())
    assert "Stop 5 is new." in a.text
    assert "Stop 0 is new." in a.text
