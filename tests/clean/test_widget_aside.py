"""A blog's widget asides after its post (a donation appeal, a newsletter sign-up) are not the post."""
from __future__ import annotations

from scraper.clean import clean_page

POST = ["I asked an elder poet friend why she thought the machine's verses rang hollow, and she paused for a long "
        "while before she answered me, as if the question had been put to her many times before.",
        "On the one hand, this echoes a dangerous myth: the archetype of the tortured genius handed down to us by "
        "the Romantics, who lived in a century of bloody revolutions and deadly diseases.",
        "On the other hand, this is reality: art is the music we make from the bewildered cry of being alive, "
        "sometimes a cry of astonishment, but often a cry of devastation at what the world does to us."]
APPEAL = ("Every month, I spend hundreds of hours and thousands of dollars keeping this site going. For two decades, "
          "it has remained free and ad-free, thanks to the patronage of its readers, and I hope it will stay so.")
NEWSLETTER = ("For an act of resistance to the tyranny of algorithms, try the weekly newsletter, free and ad-free, "
              "with undistracted notes on the search for meaning, every Sunday since many years now.")


def _page(box: str) -> bytes:
    post = "".join(f"<p>{p}</p>" for p in POST)
    return ("<html><head><title>Because it has not suffered - The Notebook</title></head><body>"
            "<div id='content'><div class='right' id='main_body'><div class='post_content'>"
            f"<h1>Because it has not suffered</h1><div class='entry_content'>{post}</div>"
            f"<{box} class='widget widget_donation'><h2>donating = loving</h2><p>{APPEAL}</p></{box}>"
            f"<{box} class='widget widget_newsletter'><h2>sunday newsletter</h2><p>{NEWSLETTER}</p></{box}>"
            "</div></div></div></body></html>").encode()


def test_widget_asides_after_a_post_stay_out_of_its_text():
    a = clean_page(_page("aside"))
    assert a.text.splitlines() == POST


def test_a_box_named_widget_that_is_no_aside_is_not_cut_for_its_name():
    # "widget" alone names page-builder text blocks too: only the <aside> is a widget area's box
    a = clean_page(_page("div"))
    assert POST[0] in a.text and APPEAL in a.text
