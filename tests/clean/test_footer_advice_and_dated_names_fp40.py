"""Clean pages flagged in v45: a footer's advice on how to view the site (建议使用1280×800以上分辨率浏览,
written after 版权所有) read as the copyright holder, a foreign brand on every page of one shell; and a
university's news read as spliced brands where a year dates an event (“对话会”（2014）近日…,
2015首届清华…论坛) or a school's own centre carries a Latin name (清华i.Center（基础工业训练中心）)."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.institution import holders
from scraper.clean.slots import substituted_names


def _page(body: str, title: str, footer: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title.split('-')[0]}</h1>"
            f"<div class='article'>{body}</div><div class='foot'>{footer}</div></body></html>").encode()


def test_viewing_advice_after_the_copyright_mark_is_no_holder():
    assert holders("中学网站 版权所有 \u00a0 建议使用1280×800以上分辨率浏览") == ("中学网站",)
    assert holders("版权所有：某某市图书馆 建议使用IE8以上浏览器") == ("某某市图书馆",)
    # the holder written after its mark is still read
    assert holders("版权所有 © 鑫濠汇hx2299官网") == ("鑫濠汇hx2299官网",)


def test_a_clean_page_with_viewing_advice_in_its_footer_is_not_flagged():
    body = "".join(f"<p>{p}</p>" for p in (
        "本周三下午，县图书馆在二楼报告厅举办了少儿阅读推广活动，共有四十余名小读者和家长参加。",
        "活动中，馆员为孩子们讲述了绘本故事，并组织了亲子共读和阅读分享环节，现场气氛热烈。"))
    page = _page(body, "县图书馆举办少儿阅读推广活动-县图书馆", "县图书馆 版权所有 &nbsp; 建议使用1280×800以上分辨率浏览")
    a = clean_page(page, url="http://www.xlib.example.gov.cn/news/1.html")
    assert not a.hijacked and not a.findings


def test_a_year_dating_an_event_is_no_brand_number():
    lines = ["由哲学研究所与清华大学哲学系联合主办的“全国青年对话会”（2014）近日在清华大学举行。"]
    assert substituted_names(lines) == []
    lines = ["记者从今日召开的“2015首届清华精准医学论坛”上获悉，我国将大力推进精准医疗的理念。"]
    assert substituted_names(lines, headlines=["我国将大力推进精准医疗理念"]) == []
    # a bookmaker's number glued to a name in the organiser's slot is still read
    assert substituted_names(["今天，3355太阳城在体育馆举行了运动会。"]) != []


def test_a_schools_own_centre_with_a_latin_name_is_no_brand():
    lines = ["时值清华大学迎来建校104周年之际，两百余位代表齐聚清华大学，在清华i.Center（基础工业训练中心）"
             "主任李双寿教授主持下，共同见证了联盟的正式成立。"]
    assert substituted_names(lines) == []
    # a lower-case mark glued to the school's short name is a bookmaker's, as before
    lines = ["两百余位代表齐聚清华大学，在清华tyc4633（基础工业训练中心）主任李双寿教授主持下，见证了联盟成立。"]
    assert substituted_names(lines) != []
