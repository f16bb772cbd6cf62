"""A picture ad pinned to the window (v8: a bottom bar of one image link to a slot site, no words):
the box follows the reader down the page and stands for nothing of the site. Written afresh."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything
from tests.clean.test_gestures import ARTICLE
from tests.clean.test_structural import URL, page

AD = "maxwin-88gacor.net"


def bar(links: str, style: str = "position:fixed;left:0;right:0;bottom:0;z-index:999;text-align:center") -> str:
    return f'<div style="{style}">{links}</div>'


def picture_link(host: str, img: str = "https://i.imgbox.example/Xq1/promo.gif") -> str:
    return f'<a href="https://{host}/?ref=z9" target="_blank"><img src="{img}" alt="" width="320" height="60"></a>'


def test_a_picture_link_pinned_to_the_window_that_names_a_site_the_page_never_links():
    a = clean_page(page(body=ARTICLE + bar(picture_link(AD))), url=URL)
    assert a.hijacked and any(f.kind == "spam_link" and AD in f.evidence for f in a.findings)
    assert AD not in everything(a) and "城乡环境综合整治" in a.text


def test_pinned_bars_of_the_site_share_buttons_and_widgets_are_no_hijack():
    # the site's own back-to-top and service bar
    own = bar('<a href="/"><img src="/images/home.png" alt="首页"></a><a href="#top"><img src="/images/top.png"></a>')
    # share buttons: several sites
    share = bar(picture_link("service.weibo.com", "/img/wb.png") + picture_link("connect.qq.com", "/img/qq.png"))
    # a chat widget whose script the page loads
    widget = bar(picture_link("kefu.easychat.example", "/img/chat.png")) + \
        '<script src="https://kefu.easychat.example/w.js"></script>'
    # a partner's named event with the site's own words beside its link (a bar holding nothing but
    # a link to a site the page never names is an ad bar since v15 §2a: test_page_level.py)
    worded = bar('数字中国建设峰会 <a href="https://www.expo-partner.example/"><img src="/img/e.png">进入专题</a>')
    # the same picture link not pinned (a badge in the footer) is not this reader's
    badge = picture_link("bszs.conac.cn", "https://dcs.conac.cn/image/red.png")
    for extra in (own, share, widget, worded, badge):
        a = clean_page(page(body=ARTICLE + extra), url=URL)
        assert not a.hijacked, extra
