"""Links a <noscript> holds are read as the crawler gets them (v48 S5).

A crawler runs no script, so what it reads of a <noscript> is its links: a casino's links there are
sold links, judged by the rules of any link of the page, whether the <noscript> is the fallback of a
loader next to it, stands in the head or shares its box with a pixel; a tracking pixel, a tag
manager's frame, an "enable JavaScript" notice or a counter's own link there is nothing."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import everything, load

URL = "https://jyj.jiangkou.gov.cn/jydt/2024/0514.html"


def _page(**parts: str) -> bytes:
    html = load("noscript-links-page.html").decode("utf-8")
    for marker, markup in parts.items():
        html = html.replace(f"<!--{marker}-->", markup)
    return html.encode("utf-8")


NOSCRIPT_LINKS = [
    # the fallback of a split script writer, as the kit left it (v48 S5): its brand's site linked
    {"TOP": """<script>document.write('<scr'+'ipt src="https://cdn.hongye77.com/tj/c.js?v=3"></scr'+'ipt>');</script>"""
            """<noscript><a href="https://hongye77.com/">鸿野娱乐城</a><a href="https://hongye77.com/m/">鸿野棋牌官网</a>"""
            """</noscript>"""},
    # one link in a <noscript> of the head, no script next to it
    {"HEAD": """<noscript><a href="https://hongye77.com/">鸿野娱乐城</a></noscript>"""},
    # beside the site's own address in the footer, a tracking pixel in the same <noscript>
    {"FOOT": """<noscript><img src="https://hm.stats-hub.cn/hm.gif?si=77" width="0" height="0">"""
             """<a href="https://hongye77.com/zr/">鸿野棋牌官网</a></noscript>"""},
]


@pytest.mark.parametrize("parts", NOSCRIPT_LINKS)
def test_sold_links_inside_a_noscript_are_read_as_a_crawler_reads_them(parts):
    a = clean_page(_page(**parts), url=URL)
    assert a.hijacked, a.findings
    assert any(f.kind == "spam_link" and "hongye77.com" in f.evidence for f in a.findings), a.findings
    assert "鸿野" not in everything(a)
    assert "食品安全" in a.text


@pytest.mark.parametrize("parts", [
    # analytics and a tag manager's frame: no link
    {"TOP": """<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=12&ev=PageView">"""
            """</noscript><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X7" height="0" width="0">"""
            """</iframe></noscript>"""},
    # a notice for visitors without scripts, linking the site's text version and a browser
    {"FOOT": """<noscript>本站部分功能需要启用JavaScript，<a href="/text/">访问纯文本版</a>或"""
             """<a href="https://www.mozilla.org/firefox/">下载 Firefox</a></noscript>"""},
    # a counter's own link around its pixel, the fallback of the counter's script
    {"FOOT": """<script>var _hmt = _hmt || [];</script><noscript><a href="https://www.cnzz.com/stat/website.php?web_id=77">"""
             """<img src="https://icon.cnzz.com/img/pic.gif" border="0"></a></noscript>"""},
])
def test_a_noscript_holding_pixels_notices_or_a_counters_link_flags_nothing(parts):
    a = clean_page(_page(**parts), url=URL)
    assert not a.hijacked, a.findings
    assert a.findings == []
    assert "食品安全" in a.text and "启用" not in a.text
