"""Links a script puts into the page through jQuery ($(sel).append('<a ...>')): the fake browser
answers "$" as the page's own copy of jQuery would (remote scripts never load), so what the run
writes for every visitor is judged like markup a script writes (v36b rc36b-010/-011: an ad
network's box of casino and app links prepended to the article). A site's own jQuery menu stays clean."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.sandbox import could_act, run_scripts

ARTICLE = ("<p>4月23日，学校图书馆举办第九届读书节开幕式，校长出席并致辞，全体师生通过线上直播参加活动。</p>"
           "<p>本届读书节以青年读书为主题，开展讲座、竞赛和展览等十余项活动，持续一个月。</p>")


def _page(script: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>第九届读书节开幕 - 新闻网</title>"
            "<script src='/js/jquery.min.js'></script></head><body><div id='contentlist'><div class='article'>"
            "<h1>第九届读书节开幕</h1>" + ARTICLE + "</div></div><script>" + script + "</script></body></html>"
            ).encode("utf-8")


APPENDER = """
$('#contentlist').prepend('<div class="appbox"></div>');
var arr = ['<a href="https://0922p.example:8663/?register=1" target="_blank">澳门新葡京</a>',
           '<a href="https://qqhjo.example/?dc=1" target="_blank">成人直播APP</a>'];
$.each(arr, function (i, v) { $('.appbox').append(' ' + v); });
"""


def test_jquery_appended_links_are_what_the_run_writes():
    assert could_act(APPENDER)
    run = run_scripts([(0, APPENDER)], "https://news.example.edu.cn/info/1.htm", "",
                      {"ids": {"contentlist": "div"}, "tags": {}, "classes": {}})
    written = [e.value for e in run.effects["spider"] if e.kind == "write"]
    assert any("澳门新葡京" in w for w in written), written


def test_a_page_whose_jquery_prepends_casino_links_is_flagged():
    a = clean_page(_page(APPENDER), url="https://news.example.edu.cn/info/1022/1.htm")
    assert a.hijacked, a.findings
    assert "澳门新葡京" not in a.text
    assert "读书节" in a.text


def test_a_sites_own_jquery_menu_stays_clean():
    menu = """$('#contentlist').prepend('<div class="share"><a href="https://weibo.com/share?u=1">分享到微博</a> '
              + '<a href="/info/1022/2.htm">下一篇</a></div>');"""
    a = clean_page(_page(menu), url="https://news.example.edu.cn/info/1022/1.htm")
    assert not a.hijacked, a.findings
    assert "读书节" in a.text
