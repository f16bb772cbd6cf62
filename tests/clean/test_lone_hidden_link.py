"""One link in a box the page hides (display:none), nothing but its text, written in a script the
page does not write and to a site nothing else of it names, is a bought link (v38 §1 B1) — and the
single hidden links a page keeps stay its own: a theme's credit, a skip link, a pixel, a hidden
share link, a hidden nav item in the page's own language.

Measured, not wired (ld30, variant 043f562): the reader gains rc38b-006 only, no split besides the
studied one; see the note in hijack.remove_hidden_injections."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page

CRUMB = '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>'


@pytest.mark.xfail(strict=True, reason="one-link hidden box reader measured, not wired (ld30: only v38b's rc38b-006 gains on dev)")
def test_a_hidden_russian_link_after_the_breadcrumb_goes_and_flags_the_page():
    box = '<div style="display:none"><a href="http://hitech-novosti.ru">новости hi-tech</a></div>'
    a = clean_page(page(top=CRUMB + box), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "новости" not in a.text and "会议指出" in a.text


def test_single_hidden_links_a_page_keeps_stay_its_own():
    for box in (
        # a theme's credit: words of its own around the link
        '<div style="display:none">Powered by <a href="https://wpthemes-studio.com/">Studio Themes</a></div>',
        # a skip link points into the page
        '<div style="display:none"><a href="#content">Skip to content</a></div>',
        # a pixel says nothing
        '<div style="display:none"><a href="https://stats.counter-hub.net/c?id=7"><img src="https://stats.counter-hub.net/p.gif"></a></div>',
        # a partner's name in Latin letters, every page's second script
        '<div style="display:none"><a href="https://www.cityguide-partner.net/">City Guide</a></div>',
        # a hidden nav item in the page's own script
        '<div style="display:none"><a href="http://www.hubei-edu.net/">湖北教育网</a></div>',
    ):
        a = clean_page(page(top=CRUMB + box), url=URL)
        assert not a.hijacked, (box, a.findings)
    # a hidden share link to a network the page links visibly (its follow button)
    follow = '<a href="https://www.facebook.com/qingshan.gov"><img src="/img/fb.png" alt=""></a>'
    box = '<div style="display:none"><a href="https://www.facebook.com/sharer.php">Facebook</a></div>'
    a = clean_page(page(top=CRUMB + follow + box), url=URL)
    assert not a.hijacked, a.findings
