"""What an injection leaves on a page already proven hijacked (proven.py): a school's news copied onto
an unrelated host (flagged by where it is served) keeps no injected name of weight 0 — neither a
proven name's stem glued elsewhere (LD乐动 of LD乐动体育), nor an outlet's name or a bookmaker's
founding slogan set where the school's own name stood (the headline's prefix, the lead's holder, the
subject after a date). The same words on a page nobody proved hijacked stay as written."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

COPY_URL = "https://www.rugbyfirst.com/info/1012/2473.html"  # a school CMS's address on an unrelated host
REST = ("大会由学院团委书记罗霞主持。动员大会上,罗霞详细介绍了联赛的相关事宜,并强调了赛前准备的重要性。"
        "大会内容涵盖了准备阶段、赛前注意事项、后勤保障等多个方面。")


def _page(lead: str, heading: str = "", title: str = "正文", rest: str = REST, crumb: str = "") -> bytes:
    head = f"<h2>{heading}</h2>" if heading else ""
    crumb = f"<div class='c-pos'>当前您的位置: {crumb} &gt; 院部新闻 &gt; 正文</div>" if crumb else ""
    return (f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='c-head'>院部新闻网</div><div class='c-nav'><a href='/'>首页</a><a href='/info/'>综合新闻</a>"
            f"<a href='/info/'>院部新闻</a><a href='/info/'>通知公告</a></div>{crumb}<div class='article-box'>{head}"
            f"<div class='a-con'><p>{lead}</p><p>{rest}</p></div></div>"
            "<div class='c-foot'>地址 · 邮编 · 电话</div></body></html>").encode()


@pytest.mark.parametrize("brand, stem, glued", [
    ("LD乐动体育", "LD乐动", "共計8名教師代表LD乐动參賽,為LD乐动團體賽晉級拿下關鍵一分。"),
    ("OB欧宝体育", "OB欧宝", "共计8名教师代表OB欧宝参赛,最终OB欧宝荣获混合团体第七名。"),
    ("BET365體育", "BET365", "共计8名教师代表bet365参赛,最终荣获混合团体第七名。"),
])
def test_a_proven_names_stem_glued_elsewhere_goes(brand, stem, glued):
    lead = f"4月23日至24日,{brand}在怀远校区体育馆举办第七届教职工乒乓球比赛,校领导到现场看望了运动员。"
    a = clean_page(_page(lead, rest=glued + REST), url=COPY_URL)
    assert a.hijacked
    assert stem.lower() not in (a.text or "").lower() and brand not in (a.text or "")
    assert "教师代表参赛" in a.text or "教師代表參賽" in a.text  # the sentence stays, the name goes
    assert "罗霞详细介绍了联赛的相关事宜" in a.text


@pytest.mark.parametrize("name, lead, truth", [
    # an outlet's name as the lead's holder, after the date, and in the headline before a colon
    ("网易体育", "为促进校园文化多样化,5月26日,网易体育:在薛城校区增信楼报告厅举办第一届电竞比赛活动。",
     "为促进校园文化多样化,5月26日,在薛城校区增信楼报告厅举办第一届电竞比赛活动。"),
    ("腾讯体育", "2024年5月26日下午,腾讯体育在薛城校区增信楼报告厅举办第一届电竞比赛活动。",
     "2024年5月26日下午,在薛城校区增信楼报告厅举办第一届电竞比赛活动。"),
    ("新浪體育", "新浪體育：5月26日在薛城校區增信樓報告廳舉辦第一屆電競比賽活動。",
     "5月26日在薛城校區增信樓報告廳舉辦第一屆電競比賽活動。"),
])
def test_an_outlets_name_in_the_schools_slot_goes(name, lead, truth):
    heading = "举办第一届电竞比赛"
    a = clean_page(_page(lead, heading=f"{name}:{heading}", title=f"{name}:{heading}", crumb=name), url=COPY_URL)
    assert a.hijacked
    assert a.title == heading
    assert truth in a.text.split("\n") and name not in a.text
    assert any(f.where == "body's slot" for f in a.findings)


@pytest.mark.parametrize("slogan", ["伟德源自英国始于1946", "立博来自英国创立于1886年", "WilliamHill since 1934"])
def test_a_founding_slogan_as_the_leads_subject_goes(slogan):
    lead = f"2025年3月31日下午,{slogan}在1103教室成功举办了2025年学校体育联赛动员大会。"
    a = clean_page(_page(lead), url=COPY_URL)
    assert a.hijacked
    assert a.text.split("\n")[0] == "2025年3月31日下午,在1103教室成功举办了2025年学校体育联赛动员大会。"


def test_an_outlet_the_proven_page_names_in_its_prose_stays():
    lead = "5月26日,腾讯体育在薛城校区举办电竞比赛活动。腾讯体育还为获奖选手颁发了奖品。"
    a = clean_page(_page(lead), url=COPY_URL)
    assert a.hijacked and a.text.count("腾讯体育") == 2


def test_the_same_words_on_a_page_nobody_proved_stay():
    lead = "5月26日,腾讯体育:在薛城校区举办电竞比赛活动。教师代表LD乐动参赛。"
    page = _page(lead, heading="腾讯体育:举办第一届电竞比赛", title="腾讯体育:举办第一届电竞比赛")
    a = clean_page(page, url="https://xxgk.uzz.edu.cn/info/1012/2473.html")
    assert not a.hijacked
    assert a.text.split("\n")[0] == lead and a.title == "腾讯体育:举办第一届电竞比赛"


def test_a_known_brands_slot_keeps_no_lone_colon():
    lead = "11月17日至20日,威廉希尔体育:第39届运动会在上街旗山校区田径场举行。"
    a = clean_page(_page(lead, heading="威廉希尔体育:举行第三十九届运动会", title="威廉希尔体育"), url=COPY_URL)
    assert a.hijacked
    assert "11月17日至20日,第39届运动会在上街旗山校区田径场举行。" in a.text.split("\n")


def test_a_colon_left_alone_after_a_date_opener_goes():
    # what another reader leaves when it cuts a name but not its colon (dev rc7-007)
    from scraper.clean.proven import lone_colons
    assert lone_colons("11月17日至20日,:第39届运动会举行。") == "11月17日至20日,第39届运动会举行。"
    assert lone_colons("5月26日上午，：在薛城校区") == "5月26日上午，在薛城校区"
    assert lone_colons("比分 3:1,时间 10:30") == "比分 3:1,时间 10:30"
