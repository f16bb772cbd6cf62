"""The story's own short first line is kept when it is a paragraph of the story (a <p> beside the
first paragraph's <p>), while a short line in a box of its own over the body, a link line and
furniture words still go."""
from __future__ import annotations

from scraper.clean import clean_page

PARAGRAPH = ("<p>The council met on Tuesday evening to agree the budget for the coming year, and after "
             "a long debate it chose to keep the libraries open on Sundays, as many residents had asked.</p>")
BODY = PARAGRAPH * 4


def _page(head: str, between: str = "") -> bytes:
    return (f"<html><head><title>Libraries stay open on Sundays</title></head><body>"
            f"<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            f"<div class='story'><h1>Libraries stay open on Sundays</h1>{between}"
            f"<div class='text'>{head}{BODY}</div></div></body></html>").encode()


def test_a_section_mark_in_the_first_paragraphs_block_is_kept():
    a = clean_page(_page("<p>■Preface</p>"))
    assert a.text.splitlines()[0] == "■Preface"


def test_an_opening_word_in_its_own_paragraph_is_kept():
    a = clean_page(_page("<p>Yikes!</p>"))
    assert a.text.splitlines()[0] == "Yikes!"


def test_a_channel_kicker_in_a_div_over_the_body_still_goes():
    a = clean_page(_page("<div class='channel'>Politics</div>"))
    assert not a.text.startswith("Politics")


def test_a_link_line_in_the_first_paragraphs_block_still_goes():
    a = clean_page(_page("<p><a href='/print'>Print this page</a></p>"))
    assert "Print this page" not in a.text


def test_a_short_line_in_a_box_of_its_own_over_the_body_still_goes():
    a = clean_page(_page("<div class='follow'>Follow</div>"))
    assert not a.text.startswith("Follow")


def test_a_link_line_in_a_box_of_its_own_over_the_body_still_goes():
    a = clean_page(_page("<div class='tags'><a href='/tag/a'>Budget</a> <a href='/tag/b'>Libraries</a></div>"))
    assert "Budget Libraries" not in a.text


def test_furniture_words_in_the_first_paragraphs_block_still_go():
    a = clean_page(_page("<p>分享到：</p>"))
    assert "分享到" not in a.text
