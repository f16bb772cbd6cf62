"""The site's own app line under its footer flagged a clean dev-v40-bearmercury page (bm40-001, 36kr: 36氪APP下载,
its <title> ending _36氪; issue 11/12, v40 §3, §7.3): a line of the owner's name and the lexicon's template
words is the site offering its own app, whoever else's name with the same words is still read."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.spliced import alone_lines
from tests.clean.conftest import kinds

_ARTICLE = ("<p>当地时间周三上午，市交通委员会召开发布会，介绍今年地铁新线的建设进度和开通计划。</p>"
            "<p>发布会上，有关负责人表示，三条新线的土建工程已经全部完工，正在进行设备安装和联调联试。</p>")


def _news(footer: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>地铁三条新线年内开通_快闻网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/a/'>城市</a><a href='/b/'>科技</a></div>"
            f"<h1>地铁三条新线年内开通</h1><div class='article'>{_ARTICLE}</div>"
            f"<div class='foot'>{footer}<p>关于我们 联系我们</p></div></body></html>").encode()


def test_the_sites_own_app_line_is_the_sites():
    a = clean_page(_news("<div class='app'><div class='title'>快闻网APP下载</div><div>iOS &amp; Android</div></div>"),
                   url="https://kuaiwen.example.com/p/1")
    assert not a.hijacked


def test_another_name_with_the_same_words_still_flags():
    page = _news("<div class='app'><div class='title'>乐赢棋牌APP下载</div><div>iOS &amp; Android</div></div>")
    a = clean_page(page, url="https://kuaiwen.example.com/p/1")
    assert a.hijacked and "spliced_brand" in kinds(a)
    # the owner's name beside another spam word is no line of the owner's
    marked = "\x02" + _ARTICLE + "\x03\n快闻网 彩票APP下载"
    assert alone_lines("快闻网 彩票APP下载", marked, set(), ["快闻网"]) == ["快闻网 彩票APP下载"]
    assert alone_lines("快闻网APP下载", "\x02" + _ARTICLE + "\x03\n快闻网APP下载", set(), ["快闻网"]) == []
