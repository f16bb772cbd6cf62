"""Copies keeping a public body's marks but not its name (session 26, cp26; left out, measured: the
note after takeover.unnamed_body_host): a department's page whose parent body is nowhere on the page
nor in its host, and a government office's news whose voice opens after its purpose clause, on an
unrelated host, would be flagged; a department under its parent's host and the office's news under a
publisher's chrome or on its own host are left alone. Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


LIBRARY_NEWS = ("<p>4月23日，值世界读书日之际，读书月活动在一楼大厅正式启动，馆长出席启动仪式并讲话。</p>"
                "<p>本次读书月将举办好书推荐、读书沙龙、征文比赛等系列活动，持续到5月底。</p>"
                "<p>活动旨在推广阅读，分享智慧，营造浓厚的书香校园氛围。</p>")


def department_page(owner: str = "图书馆", parent: str = "") -> bytes:
    title = "读书月活动正式启动"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-{owner}</title></head>
<body><div class="header"><span class="site-name">{parent}{owner}</span><a href="/">首页</a> <a href="/info/1055/list.htm">馆内新闻</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2015-04-23</p>
<div class="content">{LIBRARY_NEWS}</div></div>
<div class="footer">版权所有 &copy; {parent}{owner}</div></body></html>""".encode()


@pytest.mark.xfail(strict=True, reason="cp26 left out: a department's page with no parent is only noted (foreign_host)")
def test_a_departments_page_with_no_parent_anywhere_on_an_unrelated_host_is_flagged_and_kept_whole():
    a = clean_page(department_page(), url="http://hbqianlun.com/tsg/news/1345.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert any("hbqianlun.com" in f.evidence and "图书馆" in f.evidence for f in a.findings)
    assert "营造浓厚的书香校园氛围" in a.text


def test_a_department_under_its_parents_host_or_a_gov_edu_host_is_its_own():
    # a college's library names its college, and the college's own host spells it (rc18-017's form)
    for url in ("http://lib.hbxytc.cn/news/1345.html", "http://lib.hbxy.edu.cn/news/1345.html",
                "http://127.0.0.1:8000/news/1345.html", None):
        a = clean_page(department_page(parent="湖北幸运职业技术学院"), url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)
    # a department's own subdomain of its parent's site, the page naming no parent (rc18-017's form): not flagged;
    # its kind alone (图书馆) names no body whose host it could be, so nothing is noted either (kinds.kind_only)
    a = clean_page(department_page(), url="http://lib.hbxytc.cn/news/1345.html")
    assert not a.hijacked and not kinds(a) & {"mirror_copy", "foreign_host"}, a.findings
    # a department named by its own name keeps its note
    a = clean_page(department_page(owner="江汉图书馆"), url="http://lib.hbxytc.cn/news/1345.html")
    assert not a.hijacked and "foreign_host" in kinds(a), a.findings


OFFICE_NEWS = ("<p>为进一步加强社区信用体系建设，凝聚志愿服务力量，乳山市城区街道富大区党总支开展“第四季度积分兑换”活动。</p>"
               "<p>活动中，社区志愿者为大家详细介绍了社区信用积分的兑换规则，居民可以从信用超市兑换到不同分值的信用礼品。</p>"
               "<p>此次信用积分兑换活动既提高了居民对信用的知信度，也增强了社区凝聚力。</p>")


def office_page(site: str = "") -> bytes:
    title = "富大区党总支开展积分兑换活动"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}{'_' + site if site else ''}</title></head>
<body><div class="header"><span class="site-name">{site}</span><a href="/">首页</a> <a href="/news/">动态</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2021-12-29</p>
<div class="content">{OFFICE_NEWS}</div></div>
<div class="footer">{'版权所有 ' + site if site else ''}</div></body></html>""".encode()


def test_an_offices_news_opening_with_its_purpose_on_an_unrelated_host_is_flagged_and_kept_whole():
    a = clean_page(office_page(), url="http://tt.hnmdtv.com/dongman/2021/1229/2927168122021.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert any("tt.hnmdtv.com" in f.evidence for f in a.findings)
    assert "也增强了社区凝聚力" in a.text


def test_an_offices_news_under_a_publisher_or_on_its_own_host_is_left_alone():
    for body, url in ((office_page("威海新闻网"), "http://www.whnews.com/local/1.html"),  # a portal's chrome
                      (office_page(), "http://www.rushan.gov.cn/xwdt/1.html"),
                      (office_page(), "http://www.rushancq.com/xwdt/1.html")):  # the host spells 乳山市城区
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)
