"""A spam headline set as the <title> and <h1> over a borrowed article whose own headline is a
sub-heading (<h3>) at the start of its text (v28 T1, v16 §5a, v10 J): once the <title> is proven
spam, the title is the heading whose words the article writes (title.written_headline), not what is
left of the cut spam; and a page whose <title> is clean keeps its <h1> over its sub-headings."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

URL = "https://www.example.edu.cn/xw/7.html"
_HEADLINE = "“乡村篮球赛”,对群众体育的生动诠释"
_ARTICLE = ("<p>春节期间,城南镇的乡村篮球赛在当地火了,每天都有十里八乡的村民来观赛,群众体育的热情被点燃,比赛现场热闹非凡。</p>"
            "<p>乡村篮球赛虽然专业水平不高,但胜在人气旺,民间基础好,群众参与度高,可谓生动的群众体育课堂。</p>"
            "<p>镇文体站负责人表示,将继续办好乡村篮球赛,让更多村民走出家门参与体育活动。</p>")


def _page(title: str, h1: str, sub: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>"
            f"<div class='main'><h1>{h1}</h1><div class='info'>2024-07-20 17:48</div>"
            f"<div class='content'><h3>{sub}******</h3>{_ARTICLE}</div></div>"
            f"<div class='footer'>版权所有</div></body></html>").encode()


def test_the_sub_headed_headline_replaces_what_is_left_of_a_spam_title():
    spam = "金沙娱乐城官网返点 - 金沙娱乐城app下载"
    a = clean_page(_page(spam, spam, _HEADLINE), url=URL)
    assert a.hijacked and {"spam_title", "spliced_brand"} & kinds(a)
    assert a.title == _HEADLINE
    assert "金沙" not in a.text and _HEADLINE not in a.text
    assert a.text.startswith("春节期间")


def test_a_clean_title_keeps_its_h1_over_a_sub_heading():
    own = "城南镇举办乡村篮球赛"
    a = clean_page(_page(f"{own}_城南镇人民政府", own, _HEADLINE), url=URL)
    assert not a.hijacked
    assert a.title == own
