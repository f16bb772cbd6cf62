"""Page-level questions of v15 §12, asked of the served markup: a bar pinned to the window holding
nothing but links to a site the page never names (Q15-2), a lone unseen frame (Q15-3), a meta
refresh inside <body> (Q15-4), a sheet of text laid over the whole viewport (Q15-5). Each with the
site's own look-alike that must stay unflagged. Written afresh; hosts and words are made up."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds
from tests.clean.test_gestures import ARTICLE
from tests.clean.test_structural import URL, page

AD = "zorbavex-play.example"
BOTTOM = "position:fixed;left:0;right:0;bottom:0;z-index:99;display:flex"


def cleaned(body: str = "", head: str = "", top: str = ""):
    return clean_page(page(head=head, body=ARTICLE + body, top=top), url=URL)


def flagged_for(a, host: str) -> bool:
    return a.hijacked and any(host in f.evidence for f in a.findings)


# --- Q15-2: a bar of links pinned to the window ------------------------------------------------

@pytest.mark.parametrize("bar, head", [
    # words only, in the link (the synthetic form: two capital words)
    (f'<div style="{BOTTOM}"><a href="https://{AD}/?ref=gov0" rel="nofollow" target="_blank">LOGIN ZORBAVEX</a></div>', ""),
    # a picture with its words, pinned by a class rule of the page's stylesheet
    (f'<div class="fbar"><a href="https://{AD}/?ref=q"><img src="https://img.example-cdn.net/p.webp" alt="">'
     'Bonus Promo</a></div>', "<style>.fbar{position:fixed;bottom:0;left:0;right:0;z-index:99}</style>"),
    # a partner's named event as the only thing in the bar: nothing of the site's own around it
    ('<div style="position:fixed;left:0;right:0;bottom:0"><a href="https://www.expo-partner.example/">'
     '<img src="/img/e.png">数字中国建设峰会</a></div>', ""),
])
def test_a_pinned_bar_of_links_to_a_site_the_page_never_names_is_an_ad_bar(bar, head):
    a = cleaned(bar, head=head)
    host = AD if AD in bar else "expo-partner.example"
    assert flagged_for(a, host), a.findings
    assert "spam_link" in kinds(a)
    assert host not in everything(a) and "ZORBAVEX" not in everything(a) and "Bonus Promo" not in everything(a)
    assert "城乡环境综合整治" in a.text


@pytest.mark.parametrize("bar", [
    # a cookie notice pinned to the bottom, linking the site's own privacy page
    f'<div style="{BOTTOM}">本网站使用Cookie改善浏览体验，继续浏览即表示同意。<a href="/privacy.html">隐私政策</a></div>',
    # a share bar to a network the page names elsewhere (its footer links the same account)
    f'<div style="{BOTTOM}"><a href="https://weibo.com/qingshangov">微博</a></div>'
    '<p>关注青山区政府官方微博：<a href="https://weibo.com/qingshangov">@青山发布</a></p>',
    # share links carrying the page's own address, to one network
    f'<div style="{BOTTOM}"><a href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fwww.qingshan.gov.cn'
    '%2Finfo%2F2.htm">分享到微博</a></div>',
    # the same ad-shaped bar, not pinned (a row of the footer)
    f'<div><a href="https://{AD}/?ref=gov0">LOGIN ZORBAVEX</a></div>',
    # pinned, but hidden as served (a menu waiting for its button)
    f'<div style="{BOTTOM};display:none"><a href="https://www.expo-partner.example/">数字中国建设峰会</a></div>',
])
def test_the_sites_own_pinned_bars_are_no_hijack(bar):
    a = cleaned(bar)
    assert not a.hijacked, a.findings


# --- Q15-3: a lone unseen frame ---------------------------------------------------------------

FRAME_HOST = "lintas-qorv.example"


@pytest.mark.parametrize("frame", [
    f'<iframe name="nmc" width=0 height=0 src="http://{FRAME_HOST}/yon.html" scrolling="no" frameborder="0"></iframe>',
    f'<iframe src="http://{FRAME_HOST}/in.html" width="0" height="0" frameborder="0" style="visibility:hidden">'
    '</iframe>',
    f'<div style="display:none"><iframe src="http://{FRAME_HOST}/in.html"></iframe></div>',
])
def test_an_unseen_frame_to_an_unnamed_site_as_the_pages_only_load_from_elsewhere(frame):
    a = cleaned(frame)
    assert flagged_for(a, FRAME_HOST), a.findings
    assert "hidden_links" in kinds(a)
    assert FRAME_HOST not in everything(a) and "城乡环境综合整治" in a.text


@pytest.mark.parametrize("extra", [
    # the page loads code from elsewhere too: an ad or analytics stack syncing through a frame
    '<script src="https://cdn.adstack-sync.example/tag.js"></script>',
    # ...or an image from another site
    '<img src="https://img.partner-photos.example/a.jpg" alt="">',
    # ...or an inline snippet loading its code
    '<script>var s=document.createElement("script");s.src="https://hm.stats-vendor.example/hm.js";</script>',
    # the page names the frame's site elsewhere (a visible link to it)
    f'<p><a href="https://www.{FRAME_HOST}/">合作单位</a></p>',
])
def test_an_unseen_frame_beside_other_loads_or_named_elsewhere_is_only_a_note(extra):
    a = cleaned(f'<iframe src="http://{FRAME_HOST}/in.html" width="0" height="0"></iframe>' + extra)
    assert not a.hijacked, a.findings
    assert "hidden_block" in kinds(a)


@pytest.mark.parametrize("frame", [
    # a visit counter's path
    '<iframe src="https://www.free-hitcount.example/counter.php?id=4411" width="0" height="0"></iframe>',
    # a video player in a responsive wrapper (height 0, its padding shows the frame)
    '<div style="position:relative;padding-bottom:56.25%;height:0;overflow:hidden"><iframe style="position:absolute;'
    f'top:0;left:0;width:100%;height:100%" src="https://www.{FRAME_HOST}/embed/GTc" allowfullscreen></iframe></div>',
    # a frame the page sandboxes without scripts: the site restricts it itself
    f'<iframe src="https://{FRAME_HOST}/prod/ping?site=qs" sandbox style="display:none"></iframe>',
])
def test_the_sites_own_unseen_frames_are_no_hijack(frame):
    a = cleaned(frame)
    assert not a.hijacked, a.findings


# --- Q15-4: a meta refresh inside <body> ---------------------------------------------------------

def test_a_meta_refresh_in_the_body_sends_every_visitor_on_wherever_it_leads():
    top = '<meta http-equiv="refresh" content="2;url=/tiyu/"><div id="jump">正在进入旗下新产品，请稍后...</div>'
    a = cleaned(top=top)
    assert a.hijacked and any(f.kind == "js_redirect" and "/tiyu/" in f.evidence for f in a.findings), a.findings
    assert "城乡环境综合整治" in a.text


@pytest.mark.parametrize("head, top", [
    ('<meta http-equiv="refresh" content="5;url=/info/2024/0316/3.htm">', ""),  # in <head>: the site's own
    ("", '<noscript><meta http-equiv="refresh" content="0;url=/nojs.html"></noscript>'),  # for visitors without JS
    ("", '<meta http-equiv="refresh" content="300">'),  # a live page reloading itself
])
def test_the_sites_own_refreshes_are_no_hijack(head, top):
    a = cleaned(head=head, top=top)
    assert not a.hijacked, a.findings


# --- Q15-5: a sheet over the whole viewport ------------------------------------------------------

COVER = "position:fixed;top:0;left:0;width:100%;height:100%;background:#000;color:red;z-index:9999"


@pytest.mark.parametrize("top, head", [
    (f'<div style="{COVER}"><h1>HACKED BY Qorvian Crew</h1><p>greetz to all members</p></div>', ""),
    ('<div class="pwn"><h1>HACKED BY Qorvian Crew</h1></div>', "<style>.pwn{position:fixed;inset:0;z-index:99999}</style>"),
])
def test_a_served_sheet_of_text_over_the_whole_viewport_is_the_intruders_message(top, head):
    a = cleaned(head=head, top=top)
    assert a.hijacked and "spam_text" in kinds(a), a.findings
    assert "Qorvian" not in everything(a) and "greetz" not in everything(a)
    assert "城乡环境综合整治" in a.text


@pytest.mark.parametrize("top, head", [
    # a login box laid over the page, hidden as served until its button opens it
    (f'<div id="login" style="{COVER};display:none"><h2>用户登录</h2><form action="/login">'
     '<input name="u"><button>登录</button></form></div>', ""),
    # a consent wall shown at load, with its buttons
    (f'<div style="{COVER}"><p>本网站使用Cookie以改善您的浏览体验，请选择是否同意。</p>'
     '<button>同意</button><button>拒绝</button></div>', ""),
    # a preloader the page's own code fades out
    (f'<div id="preloader" style="{COVER}"><p>页面正在加载中，请稍候片刻</p></div>',
     '<script>window.onload=function(){document.getElementById("preloader").style.display="none";};</script>'),
    # a JavaScript-required notice over the page, in <noscript>
    (f'<noscript><div style="{COVER}"><p>Javascript deaktiviert: bitte aktivieren Sie JavaScript.</p></div></noscript>',
     ""),
    # an overlay menu closed as served: collapsed to height 0, faded in by a transition on opening
    ('<div style="position:fixed;top:0;left:0;right:0;bottom:0;height:0;transition:.3s ease background">'
     '<span>Schließen</span><span>Abos und Hefte des Verlags</span></div>', ""),
    # a fixed background layer behind the page
    ('<div style="position:fixed;inset:0;z-index:-1;color:#eee">青山区人民政府欢迎您的访问</div>', ""),
])
def test_the_sites_own_covers_are_no_hijack(top, head):
    a = cleaned(head=head, top=top)
    assert not a.hijacked, a.findings


# --- Q15-6: a link a script writes in a writing system the page does not write ------------------

WRITER = "linkhub-qx.example"
WRITTEN_WORDS = "Portal Resmi Daftar Akun Baru Terpercaya Mudah Menang Hari Ini"


def written(text: str, host: str = WRITER) -> str:
    return (f"<div class=\"side\"><script>document.write('<div class=\"ad\"><a href=\"https://{host}/akun/\" "
            f"target=\"_blank\">{text}</a></div>');</script></div>")


def test_a_script_written_link_in_another_writing_system_to_an_unnamed_site_is_spam():
    a = cleaned(written(WRITTEN_WORDS))
    assert flagged_for(a, WRITER) and "spam_link" in kinds(a), a.findings
    assert "Akun Baru" not in everything(a) and "城乡环境综合整治" in a.text


@pytest.mark.parametrize("body", [
    # the page names the site elsewhere (its own partner, linked in the footer too)
    written(WRITTEN_WORDS) + f'<p>合作伙伴：<a href="https://www.{WRITER}/">{WRITER}</a></p>',
    # in the page's own writing system: an ad widget's Chinese link is left to the lexicon
    written("青山区人民政府政务服务网上办事大厅欢迎您"),
    # a short Latin label (an app's name) is no text in another writing system
    written("Qingshan App"),
])
def test_script_written_links_the_page_could_write_are_no_hijack(body):
    a = cleaned(body)
    assert not a.hijacked, a.findings


def test_a_script_written_english_link_on_an_english_page_is_no_hijack():
    article = "".join(f"<p>The council met on Monday to agree the budget for the coming year, item {i}.</p>"
                      for i in range(6))
    html = (f'<html><head><title>Council agrees budget</title></head><body><h1>Council agrees budget</h1>'
            f'<div class="content">{article}</div>'
            f'{written("Read the full report on our partner site today")}</body></html>').encode()
    a = clean_page(html, url="https://www.riverside-gazette.example/news/budget")
    assert not a.hijacked, a.findings


def test_a_head_refresh_that_the_parser_moved_into_the_body_is_the_sites_own():
    # text before <html> (a corpus wrapper) makes the parser open <body> early: the head's own
    # timed refresh, title and all, lands at the body's start
    html = b'<text id="doc" title="x">\n' + page(head='<meta http-equiv="refresh" content="360;url=/info/">',
                                                  body=ARTICLE)
    a = clean_page(html, url=URL)
    assert not a.hijacked, a.findings
