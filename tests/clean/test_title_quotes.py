"""A headline's own quotation is no glued name (v41 §4, session 33): a prefix that opens a quote the
headline closes after it (我国将有第三所“体育大学”了?) is no phrase glued before the headline. Pages
written here."""
from __future__ import annotations

from scraper.clean import clean_page

ART = ("<p>近日，青州体育学院2025年发展战略研讨会召开，会上提到，核心目标为推动学校“更名改大”，建设体育大学。</p>"
       "<p>青州体育学院位居青州，创建于1956年，是新中国最早建设的体育高校之一，具有本、硕、博人才培养体系。</p>"
       "<p>2024年时，青州体育学院获批博士学位授予单位，办学层次实现跨越，现有在校学生8000多人，其中研究生1300余人。</p>"
       "<p>学院现有14个二级学院，其中足球学院成功获批为全国首批重点建设的足球学院之一。</p>")


def _page(title: str, article: str = ART, top: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="toptext">{top}</div><div class="hd">资讯</div><div class="wrap"><h1>{title}</h1>'
            f'<div class="art">{article}</div></div><div class="ft">资讯 | www.qzdongyou.cn</div></body></html>').encode()


def test_a_headline_opening_a_quote_before_its_quoted_term_is_whole_and_clean():
    title = "我国将有第三所“体育大学”了?"
    a = clean_page(_page(title), url="http://www.qzdongyou.cn/news/1.html")
    assert not a.hijacked, a.findings
    assert a.title == title
