"""A name before the ordinal of the school's own event (X第46届田径运动会) in the lead and again in the
closing speech, written nowhere else: the school's name swapped for another (v37 rc37-014, a betting
phrase of weight 0). A host city, a guest club beside 我校 and the school's own name stay."""
from __future__ import annotations

from scraper.clean import clean_page, slots

from .conftest import everything, kinds


def _page(name: str, host_line: str = "") -> bytes:
    paras = [f"2023年10月30日上午，{name}第46届田径运动会开幕式在校田径运动场隆重举行，仪式由副校长葛红梅主持，"
             "学校领导班子成员、各科室负责人和高一、高二年级师生参加开幕式。",
             "一支支极具创新的班级方阵依次入场，他们身着各具特色的服装，展示少年澎湃活力。",
             "裁判员代表和运动员代表先后宣誓，全体运动员将积极参与、顽强拼搏、赛出风格、赛出水平。",
             f"校长彭学军宣布：“{name}第四十六届田径运动会开幕”。", host_line]
    body = "".join(f"<p>{p}</p>" for p in paras if p)
    return ("<html><head><meta charset='utf-8'><title>校园新闻</title></head><body>"
            "<div class='crumb'>当前位置：首页 &gt; 校园新闻</div><div class='article'>"
            f"{body}</div><div class='footer'>关于我们 | 联系我们</div></body></html>").encode()


def test_a_name_before_the_events_ordinal_twice_is_cut_and_flagged():
    a = clean_page(_page("远帆取款秒到账"))
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "远帆" not in everything(a)
    assert "“第四十六届田径运动会开幕”" in a.text


def test_the_schools_own_name_before_its_ordinal_stays():
    a = clean_page(_page("青枫第二中学"))
    assert not a.hijacked
    assert a.text.count("青枫第二中学第") == 2


def test_a_host_city_and_a_guest_club_are_no_owners():
    assert not slots.ordinal_owners(["学习总书记在哈尔滨第九届亚洲冬季运动会开幕式上的致辞精神。",
                                     "传达总书记在哈尔滨第九届亚洲冬季运动会开幕式上的致辞。"])
    assert not slots.ordinal_owners(["1月24日，博力跆拳道第二届“博砺杯”馆校运动会在我校举行。"],
                                    ["博力跆拳道第二届“博砺杯”馆校运动会在我校圆满举办"])
    # written elsewhere too: the page speaks of it, it does not stand in for the owner
    assert not slots.ordinal_owners(["远帆杯第三届辩论赛开幕。", "远帆杯第三届辩论赛闭幕。", "远帆杯由学生发起。"])


def test_an_events_name_before_a_second_ordinal_is_no_owner():
    # (rc22-016: two games named in one clause, the title saying it again)
    line = "6月19日，第十五届全国运动会和全国第十二届残疾人运动会暨第九届特殊奥林匹克运动会广东赛区筹委会成立大会举行。"
    assert not slots.ordinal_owners([line], ["第十五届全国运动会和全国第十二届残疾人运动会暨第九届特殊奥林匹克运动会广东赛区筹委会成立"])
