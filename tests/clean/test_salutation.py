"""A letter-like post opens with a salutation on its own line ("Hello,<br>…"): the reader sees the
greeting in the article, as the colon-ended "各单位：" and the "，"-ended line already are
(dev-v40-mercuryfork mf40-010, factorio.com)."""
from __future__ import annotations

from scraper.clean import clean_page

PAGE = (b"<html><head><title>Friday Facts #436 - Soundtrack</title></head><body><h1>Friday Facts #436 - Soundtrack</h1>"
        b"<div class='post'><p>Hello,<br>It is a busy time fixing bugs and cleaning up after the Space Age release.</p>"
        b"<p>During the last weeks, our composer has been selecting, remixing and mastering the very best tracks of "
        b"the expansion. It took a while.</p>"
        b"<p>The album is out now on all the usual stores, and we hope you enjoy listening to it as much as we "
        b"enjoyed making it.</p></div></body></html>")


def test_a_salutation_opening_the_post_is_kept():
    text = clean_page(PAGE, url="https://factorio.com/blog/post/fff-436").text
    assert text.startswith("Hello,\nIt is a busy time")


def test_a_short_control_before_the_post_is_still_dropped():
    # the legit form: a counter or a control word without a comma stays out
    page = PAGE.replace(b"<div class='post'>", b"<div class='post'><p>3573</p>")
    assert clean_page(page, url="https://factorio.com/blog/post/fff-436").text.startswith("Hello,")
