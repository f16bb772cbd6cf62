"""A brand put where the institution names itself outside the slots (issue 11, v5 A/D/R1): the
reader gets the article back without the brand, under its real headline, and the page is flagged;
legit names that are written with Latin letters or numbers stay."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.slots import voiced_names
from tests.clean.conftest import FIXTURES, everything, kinds


def mirrored(name: str, url: str | None = None):
    return clean_page((FIXTURES / "mirrored" / name).read_bytes(), url=url)


def test_a_latin_headed_brand_repeated_where_the_college_names_itself_is_cut():
    a = mirrored("rc5-004-latin-head-repeated.html", "https://xxvoc.com/info/1153/4896.html")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "太阳成集团" not in a.text and "tyc1286" not in a.text
    assert "看望在此工作的校友" in a.text and "党委书记宋菊芳" in a.text


def test_both_spellings_of_a_brand_family_go_once_the_page_is_proven():
    a = mirrored("rc5-003-brand-family.html", "http://www.themetalpan.com/info/1102/3709.html")
    assert a.hijacked
    assert "suncitygroup" not in everything(a) and "tyc4633" not in everything(a) and "太阳" not in a.text
    assert "德乐楼会议室热情接待了客人" in a.text


def test_a_brand_before_the_headline_and_in_a_quoted_title_leaves_the_headline_clean():
    a = mirrored("rc5-005-headline-prefix.html", "http://pfbinders.com/xyh/info/1150/3556.html")
    assert a.hijacked
    assert a.title == "“十四五”发展规划征求意见校友代表座谈会举行"
    assert "tyc539" not in everything(a)


def test_a_brand_in_the_leads_subject_where_the_headline_names_the_school_is_cut():
    a = mirrored("syn5-014-lead-subject.html")
    assert a.hijacked
    assert "sunvegas" not in everything(a) and "澜湾城" not in everything(a)
    assert "图书馆“书香校园”读书月活动正式启动" in a.text


def test_a_brand_that_took_the_copyright_line_is_not_the_sites_name():
    a = mirrored("syn5-024-copyright-brand.html")
    assert a.hijacked and any(f.where == "copyright line" for f in a.findings)
    assert a.source == "枫桥县教育局"
    assert "枫桥县教育局联合市场监管部门" in a.text


def test_latin_and_numbers_that_legit_articles_write_are_no_brands():
    lines = ["同花顺iFinD数据显示,427只个股上涨。", "据同花顺iFinD统计,954只股票下跌。",
             "Sierra俱乐部发布报告称,Sierra俱乐部将继续监督。",
             "除了可以拨打12388投诉举报外,还可以在线提交。",
             "全区面积100平方公里,其中100平方公里为山地。",
             "教学楼3313会议室召开座谈会。", "扫码下载app体验新功能,app下载量过亿。"]
    assert voiced_names(lines, ["疫情政策怎么投诉举报"]) == []
