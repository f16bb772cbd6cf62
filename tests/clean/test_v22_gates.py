"""Detectors whose gates were fitted to the pages they were built on, loosened where v22 showed the
same form in another context (invented pages): a lexicon brand's title part that ends as a body's
name does (俱乐部), a search phrase as the institution's name in its slots, a Macau casino name as
the <title>'s site part, and a keyword title over a page whose headline is the article's opening
line. Each with the honest page it must leave alone."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds

URL = "https://www.lanxi.gov.cn/news/2025/0412/8.htm"
BODY = ("<p>4月10日，全市春季农业生产推进会召开，会议总结了去年粮食生产工作，部署了今年春耕备耕、"
        "农田水利建设和病虫害防治等重点任务，要求各乡镇抓紧抓实各项措施。</p>"
        "<p>会议强调，要压实粮食安全责任，稳定播种面积，推广良种良法，确保全年粮食产量稳中有增。</p>")


def page(title: str, heading: str, body: str = BODY, info: str = "发布日期：2025-04-12") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/news/">新闻动态</a></div>'
            f'<div class="article"><h2>{heading}</h2><div class="info">{info}</div>'
            f'<div class="content">{body}</div></div><div class="foot">联系我们</div></body></html>').encode()


def test_a_brand_title_part_ending_like_a_body_goes_whole():
    title = "全市春季农业生产推进会召开-九游会星河俱乐部"
    a = clean_page(page(title, title), url=URL)
    assert a.hijacked
    assert a.title == "全市春季农业生产推进会召开", a.title
    assert "俱乐部" not in everything(a)


def test_a_club_named_in_the_title_stays():
    title = "全市春季农业生产推进会召开-蓝溪市老年大学书画俱乐部"
    a = clean_page(page(title, "全市春季农业生产推进会召开"), url=URL)
    assert not a.hijacked, a.findings


def test_a_search_phrase_filling_the_institutions_slots_is_cut():
    body = ("<p>4月10日上午，金7网址是多少党委理论学习中心组举行集中学习，传达上级会议精神。"
            "金7网址是多少党委书记李明主持学习会，金7网址是多少领导班子成员参加了学习会。</p>"
            "<p>李明强调，要把学习成果转化为推动工作的实际行动，确保各项任务落到实处。</p>")
    a = clean_page(page("党委理论学习中心组举行集中学习", "党委理论学习中心组举行集中学习", body), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert "金7网址是多少" not in everything(a)
    assert "李明主持学习会" in a.text


def test_a_question_clause_before_an_office_once_is_no_name():
    body = ("<p>会上，大家讨论了下一步工作的重点是什么党委书记李明作了总结，要求各支部抓好落实。</p>"
            "<p>李明强调，要把学习成果转化为推动工作的实际行动，确保各项任务落到实处。</p>")
    a = clean_page(page("党委理论学习中心组举行集中学习", "党委理论学习中心组举行集中学习", body), url=URL)
    assert not a.hijacked, a.findings


def test_a_macau_casino_name_as_the_titles_site_part_is_a_hijack():
    head = "春季农业生产推进会召开 部署春耕备耕工作"
    a = clean_page(page(f"澳门金丰盛8828_{head}", head), url=URL)
    assert a.hijacked, a.findings
    assert "8828" not in everything(a) and a.title == head


def test_a_macau_revenue_report_title_stays():
    head = "澳门博彩毛收入同比上升"
    body = ("<p>澳门博彩监察协调局公布，上月博彩毛收入同比上升百分之十二，行业人士认为旅客人数回升"
            "带动了中场业务增长。</p><p>分析师预计全年博彩毛收入将继续温和增长。</p>")
    a = clean_page(page(f"{head}_澳门日报2024", head, body), url="https://www.macaodaily.example/2024/1.htm")
    assert not a.hijacked, a.findings


def test_a_keyword_title_over_an_article_opening_with_its_headline_is_cut():
    keyword = "人妻私密直播免费观看"
    body = ("<p>新华社杭州4月10日电 题：蓝溪春耕忙 粮食生产稳步推进</p>"
            "<p>春耕时节，蓝溪各地粮食生产稳步推进，农民抢抓农时开展春耕备耕，田间地头一派繁忙景象。</p>"
            "<p>蓝溪农业部门组织农技人员深入田间，指导粮食生产和病虫害防治，确保春耕顺利推进。</p>")
    a = clean_page(page(keyword, keyword, body, info="时间：2025-04-12 作者：本站"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a), a.findings
    assert keyword not in everything(a)
    assert "粮食生产稳步推进" in a.text
