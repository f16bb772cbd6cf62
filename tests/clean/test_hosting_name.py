"""A trade's name holding the institution's slots (v32 §7.2): a hijacked school's page writes the
brand in the headline's subject and the lead's alike (X举行… over "3月23日下午,X在…举行…"), in a
text that still speaks as the school (校体委, 全院师生). A reader of it (ns24, bc2c3b3: a filler of the
institution's slots that is no institution's name, reads as a trade's and is written twice, in a text
speaking as a school or body) gained rc32-002's residue and rc27-004 on dev and changed nothing else:
one split besides the studied one, so it is not wired (the note in slots.py) and the cuts are strict
xfails; the legit hosts, sponsors and clubs it was measured on must stay clean either way."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

from .conftest import kinds

BODY = ("校体委常务副主任、院长王建强,校体委办公室主任杨军及全体教职工出席会议。"
        "王建强希望全院师生都参与进来,营造人人参与的校园氛围。")


def _page(site: str, headline: str, lead: str, body: str = BODY) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<div class='logo'>{site}</div><div class='article'><h1>{headline}</h1>"
            f"<p>{lead}{body}</p><p>{body}</p></div>"
            f"<div class='footer'>主办：{site}</div></body></html>").encode()


@pytest.mark.xfail(strict=True, reason="the slot reader (ns24, bc2c3b3) is measured, not wired (one dev split gained)")
def test_a_brand_respelt_by_one_character_hosting_the_schools_event_is_cut():
    name = "金沙威尼斯欢乐娱人城"  # one character from a brand the lexicon knows, weight 0 as written
    a = clean_page(_page("某某学院", f"{name}举行第四十届校运会工作部署会",
                         f"3月23日下午,{name}在第五办公楼202举行第四十届校运会工作部署会。"),
                   url="http://127.0.0.1:8000/mirror/x.html")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert name not in a.text and name not in (a.title or "")
    assert "在第五办公楼202举行第四十届校运会工作部署会" in a.text


def test_the_school_a_company_or_a_place_as_host_is_kept():
    for host in ("学院", "体育部", "华为", "苏州", "中国移动"):
        a = clean_page(_page("某某学院", f"{host}举行第四十届校运会工作部署会",
                             f"3月23日下午,{host}在第五办公楼202举行第四十届校运会工作部署会。"),
                       url="http://127.0.0.1:8000/mirror/x.html")
        assert not a.hijacked, host
        assert host in a.text


def test_a_sponsor_holding_its_event_at_the_school_is_kept():
    # 校企合作: the firm is the host of its own event, at the school (在我校): a visitor, no substitution
    a = clean_page(_page("某某学院", "星海体育举行校园招聘宣讲会",
                         "3月23日下午,星海体育在我校图书馆举行校园招聘宣讲会。"),
                   url="http://127.0.0.1:8000/mirror/x.html")
    assert not a.hijacked
    assert "星海体育在我校图书馆举行校园招聘宣讲会" in a.text


@pytest.mark.xfail(strict=True, reason="the slot reader (ns24, bc2c3b3) is measured, not wired (one dev split gained)")
def test_a_light_trade_name_holding_the_colleges_offices_is_cut():
    # weighs too little for web_written: the slots (X院长, X党委书记) and the college's voice tell it
    lead = ("7月23日上午,兄弟院校领导一行来澜庭国际开展调研交流,澜庭国际党委书记曲某主持座谈会。"
            "澜庭国际院长介绍了我院的基本情况,全院师生代表参加了座谈。")
    a = clean_page(_page("某某学院", "兄弟院校领导来我院调研交流", lead), url="http://127.0.0.1:8000/mirror/y.html")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "澜庭国际" not in a.text


def test_a_sports_clubs_name_before_its_own_offices_is_kept():
    # a club's news: no school's or public body's voice around the name
    lead = ("7月23日上午,澜庭体育俱乐部党委书记曲某主持召开赛季总结会,澜庭体育主教练介绍了球队情况。"
            "澜庭体育俱乐部全体球员参加了会议。")
    body = "会议回顾了本赛季的比赛,主教练对每场比赛的得失作了分析,并布置了休赛期的训练计划。"
    a = clean_page(_page("澜庭体育俱乐部", "澜庭体育召开赛季总结会", lead, body), url="http://127.0.0.1:8000/mirror/z.html")
    assert not a.hijacked
    assert "澜庭体育" in a.text

