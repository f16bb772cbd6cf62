"""Copies in shells that name their owner by a kind alone (v47: a county item under 信息网, its copyright line
holding no name; other kits write 资讯频道 or 新闻 as the holder): a kind word is no name, so it relates the page to no
host and excuses no copy; the site's own word for its news (本网讯) states no source. The same stories under a shell
naming its owner, with a stated source, or served locally are left alone."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.kinds import kind_only

COPY_HOST = "http://www.qzlvxing.com/dz/2022-04-02/23180.html"
LOCAL = "http://127.0.0.1:8000/mirror/23180.html"

COUNTY_LEAD = ("9月11日，潢川县卫计系统“服务百姓健康行动”大型义诊活动在弋阳人口文化广场举行，县政府领导参加活动。"
               "本次义诊活动增加了眼科、中医现场针灸、小儿推拿、心肺复苏操作，糖尿病、骨质疏松风险筛查等内容，"
               "把健康知识宣传和初步筛查病情融为一体，倡导市民健康生活方式，引导市民科学就医。"
               "在为期一周的活动过程中还将开展城乡医院对口支援义诊、深入贫困地区义诊和举办健康大讲堂等公益活动。")


def zh_page(header: str, foot: str, lead: str = COUNTY_LEAD, credit: str = "", info: str = "") -> bytes:
    row = f"<div class='info'>发布时间：2017-09-11 {info}</div>" if info else ""
    return (f"<html><head><meta charset='utf-8'><title>内容页</title></head><body><div class='top'>{header}</div>"
            f"<div class='nav'>首页 | 新闻动态 | 乡镇传真 | 科教卫生</div>{row}"
            f"<div class='con'><p>{credit}{lead}</p></div><div class='foot'>{foot}</div></body></html>").encode()


def flagged_copy(body: bytes, url: str) -> bool:
    a = clean_page(body, url=url)
    return a.hijacked and any(f.kind == "mirror_copy" and f.where == "served host" for f in a.findings)


@pytest.mark.parametrize("name", ["新闻", "信息网", "资讯频道", "公安局", "新聞中心", "本网", "门户网站"])
def test_a_kind_alone_names_nobody(name):
    assert kind_only(name)


@pytest.mark.parametrize("name", ["半岛网", "鹤山中学", "开平市政府网", "荆楚网", "搜狐公司", "潢川县卫健委", "央视网"])
def test_a_name_with_a_proper_part_names_its_owner(name):
    assert not kind_only(name)


@pytest.mark.parametrize("header, foot, credit", [
    ("信息网", "版权所有 未经许可 不得转载", ""),  # a kind for the site's name, a notice with no holder
    ("资讯频道", "Copyright © 资讯频道 All Rights Reserved", ""),  # a kind as the holder
    ("新闻", "版权所有：新闻", "本网讯 "),  # the site's own word for its news names no source
    ("信息网", "版权所有 未经许可 不得转载", "信阳日报讯（记者 王明） "),  # an outlet's credit the host does not relate to
])
def test_a_county_item_in_a_shell_naming_no_owner_on_an_unrelated_host_is_flagged_and_kept(header, foot, credit):
    body = zh_page(header, foot, credit=credit)
    assert flagged_copy(body, COPY_HOST)
    assert "倡导市民健康生活方式" in clean_page(body, url=COPY_HOST).text
    assert not clean_page(body, url=LOCAL).hijacked  # a host nobody named relates to nothing


@pytest.mark.parametrize("header, foot, credit, info", [
    ("潢川网", "版权所有：潢川网", "", ""),  # a portal naming itself
    ("信息网", "版权所有 未经许可 不得转载", "", "来源：潢川县卫健委"),  # a stated source
])
def test_the_same_item_under_a_named_shell_or_with_a_stated_source_is_left_alone(header, foot, credit, info):
    assert not flagged_copy(zh_page(header, foot, credit=credit, info=info), COPY_HOST)


def test_an_outlets_credit_on_its_own_host_states_the_source():
    # the credited outlet's name spelt by the serving host (信阳 xinyang): the outlet's own site
    page = zh_page("信息网", "版权所有 未经许可 不得转载", credit="信阳日报讯（记者 王明） ")
    assert not flagged_copy(page, "http://www.xinyang-rb.com/dz/2022-04-02/23180.html")


SCHOOL_NEWS = ("<p>5月29日上午，学校召开2018年第13次党委常委会。会议学习了全国教育大会精神，要求认真组织学习，深入领会实质，"
               "进一步提升学校学科建设和科研工作水平；研究确定了学科建设大会日程安排等相关事宜。</p>"
               "<p>会议由党委书记主持，校领导出席会议，相关部门负责人列席会议。</p>")


def school_page(shell: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{shell}</title></head><body><div class='top'>{shell}</div>"
            f"<div class='con'>{SCHOOL_NEWS}</div><div class='foot'>Copyright © {shell} All Rights Reserved</div>"
            "</body></html>").encode()


def test_a_schools_own_news_under_a_channel_named_by_its_kind_is_flagged_on_an_unrelated_host():
    url = "https://www.sdmengshiyuan.com/pub/bjgsdx/news/zhxw/137815.htm"
    assert flagged_copy(school_page("资讯频道"), url)
    assert not flagged_copy(school_page("中国青年网"), url)  # a portal's story of a school, under its own name
    assert not flagged_copy(school_page("资讯频道"), LOCAL)
