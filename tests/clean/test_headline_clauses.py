"""A headline's own clauses are no injection (bench/crawl.py's clean site, 599 of 600 pages flagged):
a headline whose clauses its article does not repeat is no keyword line, and a span of a headline
that holds the sentence's own clause marks is no spliced keyword."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.spliced import headline_splice

URL = "http://www.example.gov.cn/art/2024/5/9/art_1_2.html"


def _page(headline: str, body: str, title: str | None = None) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title or headline + "-青山市人民政府"}'
            f'</title></head><body><div class="nav"><a href="/">首页</a><a href="/zwyw/">政务要闻</a></div>'
            f'<div class="main"><h1 class="arti_title">{headline}</h1><div class="arti_metas">发布时间：2024-05-09 '
            f'来源：市政府办公室</div><div class="wp_articlecontent">{body}</div>'
            '<div class="sidebar"><h3>热点新闻</h3><ul><li><a href="/art/1.html">我市新增两处城市公园</a></li>'
            '<li><a href="/art/2.html">青山市举行春季招聘会</a></li></ul></div></div>'
            '<div class="footer">版权所有 © 青山市人民政府</div>'
            '</body></html>').encode()


# An article about other things than its headline says (a photo report beside other news).
BODY = ("<p>图为现场照片。</p><p>本版照片由新闻中心提供，欢迎读者来稿，来稿请注明作者姓名与联系方式。</p>"
        "<p>近日，市图书馆举办读书月系列活动，推进书香城市建设，营造全民阅读氛围，吸引了众多市民参与。</p>"
        "<p>市场监管局发布消费提示，提醒市民理性消费，谨防虚假促销，遇到问题及时拨打投诉热线。</p>"
        "<p>各区县和有关部门负责同志，市直各单位主要负责人在分会场参加。</p>")


def test_a_headline_of_clauses_its_article_does_not_repeat_is_the_title_and_no_spam():
    headline = "全市召开安全生产工作会议，部署节前安全检查，压实各方责任"
    a = clean_page(_page(headline, BODY), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == headline


def test_a_keyword_line_above_the_headline_is_still_spam():
    headline = "全市召开安全生产工作会议，部署节前安全检查，压实各方责任"
    keywords = "<p>芝麻分秒下款口子,无视黑白户当天放款,大学生分期借钱不查征信</p>"
    a = clean_page(_page(headline, BODY).replace(b'<div class="main">', f'<div class="main">{keywords}'.encode()),
                   url=URL)
    assert a.hijacked and "spam_text" in {f.kind for f in a.findings}
    assert a.title == headline


def test_a_quoted_slogan_in_a_headline_is_no_spliced_keyword():
    lines = ["9月1日，省体育彩票管理中心走进我校开展“责任彩票”宣传活动，倡导理性购彩，拒绝未成年人购彩。",
             "活动现场发放宣传资料2000余份，300余名师生参加。", "各学院要落实好全面推进乡村振兴工作的有关决策部署。"]
    assert headline_splice("活动现场，工作人员向师生宣传“量力而行、理性投注”的购彩", lines) is None
    # a search phrase pasted whole into the headline still is one
    assert headline_splice("香澳门六开奖结果2023开奖记录查询网站港立法会将实行新安排",
                           ["香港立法会将实行新安排,优化前厅交流会机制。"])
