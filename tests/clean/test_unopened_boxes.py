"""A box the page hides as menus wait (display:none, visibility:hidden) and never opens, holding
only links away to sites the page names nowhere else, is a bought-link placement whatever its
words weigh (v36 §7.1) — and the boxes a page does open (dropdowns, choosers, panels a button
or a rule shows, partner strips it links visibly, a theme's hidden credit line) stay its own.

Measured, not wired (hb28, hb29): the reader flags a clean dev-v36-canola page (a real pharmacy link
injection the set counts clean) and gains one split besides the studied one; see the note in
hijack.remove_hidden_injections. Wired for one form (hl33): the scattered farm, 3+ sites one link
each and no other word (the boxes of two links to one site stay unread)."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, URL, page

# four shops and portals of no gambling weight: nothing but what the box does can condemn it
BOUGHT = ('<a href="http://www.lanting-audio.org/">兰亭耳机</a> <a href="http://www.sun990.com/">太阳城</a> '
          '<a href="http://www.442zq.com/news.htm">资讯通</a> <a href="http://www.kopfhoerer-shop.org/">Kopfhörer</a>')
PAIR = '<a href="https://www.yb-shop88.com/">雁博商城</a> <a href="https://www.yb-shop88.com/m/">雁博手机版</a>'


def test_a_visibility_hidden_layer_of_links_away_goes_and_flags_the_page():
    # wired as hl33's scattered farm: 3+ sites, one link each, no other word
    head = ("<style>.a{position:absolute;left:33px;top:32px;width:140px;height:130px;z-index:1;"
            "visibility:hidden}</style>")
    a = clean_page(page(head=head, body=BODY + f'<div id="layer1" class="a">{BOUGHT}</div>'), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "兰亭耳机" not in a.text and "会议指出" in a.text


@pytest.mark.xfail(strict=True, reason="unopened-box reader measured, not wired (hb28, hb29: one split gained besides the studied v36b; flags clean ca36-694)")
def test_a_display_none_row_of_two_links_to_one_unnamed_host_goes():
    a = clean_page(page(body=BODY + f'<div style="display:none">{PAIR}</div>'), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "雁博" not in a.text


def test_a_dropdown_hanging_from_a_menu_item_stays_the_sites_own():
    top = (f'<ul class="nav"><li><a href="/">首页</a></li><li><span>友情链接</span>'
           f'<ul class="sub" style="display:none"><li>{PAIR}</li><li>{BOUGHT}</li></ul></li></ul>')
    a = clean_page(page(top=top), url=URL)
    assert not a.hijacked, a.findings


def test_a_box_a_rule_or_a_button_opens_stays_the_sites_own():
    hover = "<style>.partners{display:none}.bar:hover .partners{display:block}</style>"
    a = clean_page(page(head=hover, body=BODY + f'<div class="bar">合作伙伴<div class="partners">{BOUGHT}</div></div>'),
                   url=URL)
    assert not a.hijacked, a.findings
    button = (f'<button aria-controls="more-sites">更多</button>'
              f'<div id="more-sites" style="display:none">{BOUGHT}</div>')
    a = clean_page(page(body=BODY + button), url=URL)
    assert not a.hijacked, a.findings


def test_a_hidden_strip_of_partners_the_page_links_visibly_or_leading_home_stays():
    visible = '<p>合作单位：<a href="http://www.sun990.com/">太阳城</a></p>'
    # (classed: an unnamed bare row of links is judged as a farm by its own reader)
    a = clean_page(page(body=BODY + visible + f'<div class="partners" style="display:none">{BOUGHT}</div>'), url=URL)
    assert not a.hijacked, a.findings
    home = f'<div class="partners" style="display:none"><a href="/about/">关于我们</a> {PAIR}</div>'
    a = clean_page(page(body=BODY + home), url=URL)
    assert not a.hijacked, a.findings


# a designer's credit: one party named twice, with words of the box's own around its links
CREDIT = ('<a href="https://www.yuntu-web.com/">网站建设</a>由<a href="https://www.yuntu-web.com/">云图网络科技有限公司</a>'
          '提供')


def test_a_themes_hidden_credit_line_stays_the_sites_own():
    # behind a "site credits" toggle whose code the page loads from a file (dev-v10-webbench2026 wb26-0181)
    footer = (f'<p>© 2025 青山区人民政府 | <span id="site_credits">技术支持</span> '
              f'<span id="site_credits_text" style="display:none;">{CREDIT}</span></p>')
    a = clean_page(page(body=BODY + footer), url=URL)
    assert not a.hijacked, a.findings


@pytest.mark.xfail(strict=True, reason="unopened-box reader measured, not wired (hb28, hb29: one split gained besides the studied v36b; flags clean ca36-694)")
def test_the_same_two_links_without_a_word_between_are_a_farm():
    # what tells a credit from a placement is its phrase, not how many links or hosts it has
    bare = ('<div style="display:none"><a href="https://www.yuntu-web.com/">网站建设</a> '
            '<a href="https://www.yuntu-web.com/seo/">云图网络科技</a></div>')
    a = clean_page(page(body=BODY + bare), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "云图网络科技" not in a.text


SISTERS = ('<a href="http://www.austin-daily.com">Austin</a> | <a href="http://www.boston-daily.com">Boston</a> | '
           '<a href="http://www.chicago-daily.com">Chicago</a>')


def test_one_of_a_set_of_sibling_panels_stays_the_sites_own():
    # a network's sister sites in groups a script shows in turn (grouping0, grouping1)
    groups = (f'<div id="city_wrapper"><div id="grouping0" style="display:none">{SISTERS}</div>'
              f'<div id="grouping1" style="display:none">{BOUGHT}</div></div>')
    a = clean_page(page(body=BODY + groups), url=URL)
    assert not a.hijacked, a.findings


def test_a_hidden_box_with_words_of_its_own_or_few_sites_is_not_a_scattered_farm():
    for box in (f'<div style="display:none">友情链接：{BOUGHT}</div>',
                '<div class="x" style="display:none"><a href="https://www.yb-shop88.com/">雁博商城</a> '
                '<a href="https://www.sun990.com/">太阳城</a></div>'):
        a = clean_page(page(body=BODY + box), url=URL)
        assert "hidden_links" not in kinds(a), (box, a.findings)
