"""Short lines of porn search phrases (tokens.MIN_VOUCHED_PHRASES, synthetic-v25/-v29/-v30): two to
four phrases of four characters and more, joined by spaces, set above a page's header, as its
article's first line, or hidden after its last one. Too few or too short for a keyword line by form
alone, they are one when a phrase holds a term of the public spam vocabulary; the page is flagged
and the line leaves the text. A line of the site's own short phrases stays."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds

URL = "http://www.qingshan.gov.cn/zwdt/2025/0921/1.html"
_ARTICLE = ("<p>今年以来，青山区将老旧小区改造作为重点民生实事，计划改造小区23个，惠及居民4100余户。</p>"
            "<p>改造坚持先民生后提升，优先实施管网更新、外墙保温、加装电梯等项目，已有15个小区完成主体施工。</p>"
            "<p>工作人员介绍，改造过程中广泛听取居民意见，做到一小区一方案，让群众住得更安心。</p>")
# invented site names before the vocabulary's terms (成人高清视频, 日韩无码)
_THREE = "栖霞影院 免费在线观看 成人高清视频"
_TWO = "栖霞福利影院免费看 日韩无码高清在线观看"


def _page(above: str = "", inside: str = "", hidden: str = "") -> bytes:
    tail = f"<p style='font-size:1px;color:#fff'>{hidden}</p>" if hidden else ""
    return (f"<html><head><meta charset='utf-8'><title>青山区推进老旧小区改造惠民工程</title></head><body>"
            f"<div class='top'>{above}</div><div class='nav'><a href='/'>首页</a> <a href='/zwdt/'>政务动态</a></div>"
            f"<div class='article'><h1>青山区推进老旧小区改造惠民工程</h1>"
            f"{'<p>' + inside + '</p>' if inside else ''}{_ARTICLE}{tail}</div>"
            f"<div class='foot'>青山区人民政府 版权所有</div></body></html>").encode()


def test_a_short_porn_keyword_line_above_the_header_flags_the_page():
    a = clean_page(_page(above=_THREE), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "成人高清视频" not in everything(a)
    assert "老旧小区改造" in a.text


def test_a_short_porn_keyword_line_as_the_articles_first_line_is_cut():
    a = clean_page(_page(inside=_THREE), url=URL)
    assert a.hijacked
    assert "栖霞影院" not in everything(a)
    assert a.text.startswith("今年以来")


def test_two_porn_phrases_hidden_after_the_article_flag_the_page():
    a = clean_page(_page(hidden=_TWO), url=URL)
    assert a.hijacked
    assert "日韩无码" not in everything(a)


def test_the_sites_own_short_phrases_stay():
    # the same form with no term of a spam vocabulary: a site's slogan, a service line
    for line in ("便民服务 在线办事 政策解读", "成人高考 报名指南"):
        a = clean_page(_page(above=line), url=URL)
        assert not a.hijacked and not kinds(a), line
        a = clean_page(_page(inside=line), url=URL)
        assert not a.hijacked, line
