"""The headline's actor displaced in the lead (issue 11, weight-0 names): a school's or a body's
news names its actor in the headline and again in the lead, right before the same event; a copy
whose institution was swapped for a name the lexicon does not weigh keeps the headline's actor
and puts the name after the lead's date. The name is cut; the event's sentence stays."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import kinds

FILLER = "典礼在庄严的国歌声中开始。教师代表和新生代表先后发言，表示将珍惜时光、努力学习。"


def _page(site: str, headline: str, lead: str, host_note: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{headline}-{site}</title></head><body>"
            f"<div class='logo'>{site}</div><div class='article'><h1>{headline}</h1>"
            f"<div class='info'>发布时间：2022-12-21 来源：党委宣传部{host_note}</div>"
            f"<p>{lead}</p><p>{FILLER}</p></div>"
            f"<div class='footer'>版权所有 {site}</div></body></html>").encode()


def test_a_name_in_the_leads_subject_slot_where_the_headline_names_the_school_is_cut():
    a = clean_page(_page("西岭中学", "西岭中学举行2022级新生开学典礼",
                         "12月21日上午,星朔娱乐2022级新生开学典礼在图书馆学术报告厅隆重举行。"),
                   url="http://www.xlzx.edu.cn/Article/ShowArticle.asp?ArticleID=113")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "星朔娱乐" not in a.text
    assert "2022级新生开学典礼在图书馆学术报告厅隆重举行" in a.text


def test_a_name_after_an_attribute_and_before_the_events_ordinal_is_cut():
    a = clean_page(_page("西岭中学", "西岭中学第58届科技文化节闭幕",
                         "6月18日,为期两周的星朔娱乐第58届科技文化节落下帷幕。"),
                   url="http://www.xlzx.edu.cn/Article/ShowArticle.asp?ArticleID=115")
    assert a.hijacked
    assert "星朔娱乐" not in a.text


def test_the_school_speaking_of_itself_in_the_lead_is_kept():
    for subject in ("我校", "学校", "西岭中学", "全校"):
        a = clean_page(_page("西岭中学", "西岭中学举行2022级新生开学典礼",
                             f"12月21日上午,{subject}2022级新生开学典礼在图书馆学术报告厅隆重举行。"))
        assert not a.hijacked, subject
        assert f"{subject}2022级新生开学典礼" in a.text


def test_a_company_headline_and_another_name_in_the_lead_is_no_swap():
    # the headline's actor is no institution (华润): a product or a partner may open the lead
    a = clean_page(_page("财经日报", "华润举办年度供应商大会",
                         "5月6日,万象年度供应商大会在深圳举行,三百余家企业参加。"))
    assert not a.hijacked
    assert "万象年度供应商大会" in a.text


def test_a_lead_opening_with_its_purpose_is_no_name():
    # no date before it: a clause of purpose or manner (围绕…, 为…) opens the lead, not an actor
    a = clean_page(_page("南柏职业技术学院", "南柏职业技术学院召开课程思政建设研讨会",
                         "围绕课程思政建设研讨会的议题,各二级学院负责人作了交流发言。"))
    assert not a.hijacked
