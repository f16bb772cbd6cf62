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


def test_a_button_never_closed_after_a_closed_one_leaves_the_article_read():
    # (the unclosed button at the end runs to the page's end: it is left as written, the first closed)
    paras = "".join(f"<p>{PARA}Stop {i} is new.</p>" for i in range(6))
    page = ("<html><head><meta charset='utf-8'><title>Night buses extended</title></head><body>"
            "<header><button class='menu-button'><div class='inner'>\n<div>\n</button><nav><a href='/'>Home</a></nav>"
            f"</header><main><article><h1>Night buses extended</h1>{paras}</article></main>"
            "<footer><button class='top'>Top</footer></body></html>")
    a = clean_page(page.encode())
    assert "Stop 0 is new." in a.text and "Stop 5 is new." in a.text


def test_buttons_are_closed_span_for_span_as_the_one_pattern_closes_them():
    # dom._close_in_buttons finds each button's start and nearest end tag itself (the one pattern's
    # sub scanned to the page's end from every start tag left open): the same text on any markup
    import random

    from scraper.clean import dom
    pieces = ["<button>", "<BUTTON class=x>", "</button>", "</Button >", "<div>", "</div>", "<span>", "a", " ",
              "<br/>", "<buttons>", "</button", "<p>", "x" * 50, "<img src=1>", "<button\n>", "</button\t>"]
    chance = random.Random(50)
    for _ in range(30_000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 14)))
        assert dom._close_in_buttons(text) == dom._BUTTON.sub(dom._close_open_tags, text), text
