"""Names no list knows, read by their trade's head (tradehead.py, session 43): a new stem glued to a
betting, card-game, slot, live-dealer or porn head, standing where a name stands — an off-site link's
text, a line alone, a credit's value, a bracketed mark, a clause's subject. Three spellings per place,
none of them v47's own; and the outlets', lotteries' and reports' pages that write such words stay."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.tradehead import parse
from tests.clean.conftest import everything, kinds

SCHOOL = "http://www.qhxy.edu.cn/news/2025/0530/1.html"


def school(para: str = "", byline: str = "来源：党委宣传部", footer: str = "", script: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾学院召开教学工作会议</title></head>
<body><div class="article"><h1>青禾学院召开教学工作会议</h1><p class="info">发布日期：2025-05-30　{byline}</p>
<div class="content"><p>5月30日，青禾学院召开教学工作会议，校领导和各二级学院院长参加会议。</p>
<p>会议总结了上学期教学工作，部署了本学期重点任务，共有教师代表120人参加。</p>
{para}
<p>会议要求，各二级学院要持续推进课堂教学改革，提高人才培养质量。</p></div></div>
<div class="footer">{footer}<p>青禾学院 版权所有</p></div>{script}</body></html>""".encode()


@pytest.mark.parametrize("token, name", [
    ("澜汀私密影院免费入口", "澜汀私密影院"), ("碧梧体育投注", "碧梧体育投注"), ("k8汀兰电子游艺", "k8汀兰电子游艺"),
    ("云岫娱乐网", "云岫娱乐网"), ("霁川真人百科", "霁川真人百科"),
])
def test_a_token_parses_as_a_stem_and_a_trades_head(token, name):
    assert parse(token) is not None and parse(token).name == name


@pytest.mark.parametrize("token", ["腾讯体育", "新浪娱乐", "中国体育彩票", "湖南卫视", "成人教育", "学校体育", "在线体育直播"])
def test_an_outlets_or_a_lotterys_or_a_words_name_does_not_parse(token):
    assert parse(token) is None or parse(token).weight < 2


@pytest.mark.parametrize("html", [
    school('<p><a href="http://lanting-sm.xyz/v/">澜汀午夜影院在线观看</a></p>'),
    school(footer='<div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a>'
                  '<a href="http://www.biwu-ty.cc/tz/">碧梧体育投注</a></div>'),
    school(script="<script>document.write('<a href=\"https://k8tl.vip/\">k8汀兰老虎机平台</a>');</script>"),
])
def test_an_offsite_links_text_of_a_trades_head(html):
    a = clean_page(html, url=SCHOOL)
    assert a.hijacked and kinds(a) & {"spam_link", "hidden_links"}, a.findings


@pytest.mark.parametrize("line", ["澜汀体育直播在线观看高清无插件", "碧梧棋牌官网", "霁川真人视讯"])
def test_a_line_alone_of_a_trades_name(line):
    a = clean_page(school(f"<p><strong>{line}</strong></p>"), url=SCHOOL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert line not in everything(a) and "持续推进课堂教学改革" in a.text


@pytest.mark.parametrize("byline", ["来源：澜汀娱乐网", "作者：碧梧棋牌", "供稿：霁川真人百科"])
def test_a_credits_value_of_a_trades_name(byline):
    a = clean_page(school(byline=byline), url=SCHOOL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert byline.split("：")[1] not in everything(a)


@pytest.mark.parametrize("byline", ["来源：教务处 点击：493（澜汀棋牌）", "来源：教务处【碧梧体育讯】", "来源：教务处 [霁川真人]"])
def test_a_bracketed_mark_of_a_trades_name(byline):
    a = clean_page(school(byline=byline), url=SCHOOL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings


@pytest.mark.parametrize("holder", ["© 2025 澜汀娱乐官网", "版权所有：碧梧棋牌", "霁川真人视讯 版权所有"])
def test_a_footers_holder_of_a_trades_name(holder):
    a = clean_page(school(footer=f"<p>{holder}</p>"), url=SCHOOL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings


@pytest.mark.parametrize("name", ["15vip太阳集团", "bet365汀兰娱乐", "k8碧梧集团"])
def test_a_numbered_name_as_a_clauses_subject(name):
    a = clean_page(school(f"<p>{name}高度重视教学工作，将教学质量纳入学院工作的重要部分。</p>"), url=SCHOOL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert name not in everything(a) and "高度重视教学工作" in a.text


def test_a_sports_bureaus_page_credits_the_lottery_and_an_outlet():
    html = school("<p>体育彩票公益金支持了本次比赛，腾讯体育进行了直播。</p>", byline="来源：腾讯体育")
    a = clean_page(html, url=SCHOOL)
    assert not a.hijacked, a.findings


def test_a_crackdown_names_a_card_game_site_in_its_own_line():
    html = school("<p>碧梧棋牌</p><p>警方查处该网络赌博平台，抓获犯罪嫌疑人5名。</p>")
    a = clean_page(html, url=SCHOOL)
    assert not a.hijacked, a.findings
