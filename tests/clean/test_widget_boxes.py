"""A hidden box that a page's own widget wrote, whose every link goes to the site the page loads that
widget's code from, is the widget's (issue 12, clean pages flagged): a comments widget's "Top
Commenters" tab, in its vendor's English on a Chinese page, waiting in display:none for a click
(dev-v38-twevent tw38-0010), as a chat widget's <noscript> fallback is (tw38-0002). The same box
without the widget's script, or one whose words sell, is still an injection."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, URL, page

LOADER = '<script src="https://comments.example-widgets.com/forums/qingshan/combination_widget.js"></script>'
TAB = ('<div id="w-people" class="w-box" style="display:none"><h3>Top Commenters</h3><ul>'
       '<li><a href="https://example-widgets.com/by/fierycloud/">fierycloud</a> wrote 12 comments</li>'
       '<li><a href="https://example-widgets.com/by/harry0324/">Harry0324</a> wrote 9 comments</li>'
       '</ul><a href="https://example-widgets.com">Powered by the widget</a></div>')


def test_a_comment_widgets_hidden_tab_in_english_on_a_chinese_page_is_no_hijack():
    a = clean_page(page(body=BODY + LOADER + TAB), url=URL)
    assert not a.hijacked, a.findings
    assert "区长主持会议" in a.text


def test_the_same_hidden_english_box_without_the_widgets_code_still_flags_the_page():
    a = clean_page(page(body=BODY + TAB), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings


def test_a_hidden_box_selling_betting_on_the_loaded_site_still_flags_the_page():
    farm = ('<div style="display:none"><a href="https://example-widgets.com/a">澳门威尼斯人娱乐官网</a>'
            '<a href="https://example-widgets.com/b">皇冠体育投注平台</a></div>')
    a = clean_page(page(body=BODY + LOADER + farm), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
