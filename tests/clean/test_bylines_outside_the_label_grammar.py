"""Bylines outside the label grammar as held-out v48 wrote them (v48 §4, §7.8): a name bracketed whole under
an author class, a reporter's row with the outlet glued before the role, a closing correspondent's credit
above an editor's line, a 来源 glued to the next label, a "Written by" inside the row under the headline, and
another outlet after a by-line's names. Each form in three spellings, and the near-forms that stay."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

ZH_BODY = ("<p>4月23日，2016年世界读书日暨全省第九届全民读书月启动仪式在省图书馆举行，各界读者代表五百余人参加了活动。</p>"
           "<p>启动仪式上，主办方向基层图书馆赠送了图书，并公布了本年度全民阅读推广活动的安排，"
           "包括读书讲座、经典诵读和图书漂流等二十余项活动，覆盖全省各市县。</p>"
           "<p>据介绍，今年的读书月将持续到五月底，各地图书馆将延长开放时间，方便读者借阅，并开展线上阅读分享。</p>")


def zh_page(info: str = "", closing: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>全民读书月启动</title></head><body>"
            f"<div class='article'><h1>全民读书月启动</h1><div class='info'>{info}</div>"
            f"<div class='content'>{ZH_BODY}{closing}</div></div>"
            "<div class='foot'><p>版权所有 读书网</p></div></body></html>").encode()


@pytest.mark.parametrize(("closing", "author"), [
    ("<p class='author'>(徐慰)</p>", "徐慰"),
    ("<p class='writer'>（李明）</p>", "李明"),
    ("<div class='zuozhe'>（张伟 刘洋）</div>", "张伟 刘洋"),
    ("<p class='author'>(公管院 郝晶晶)</p>", "郝晶晶"),  # an office before the writer, as a closing credit writes it
])
def test_a_name_bracketed_whole_under_an_author_class_is_the_author(closing, author):
    assert clean_page(zh_page(closing=closing)).author == author


def test_a_remark_in_brackets_after_the_name_is_still_cut():
    assert clean_page(zh_page(closing="<p class='author'>冉小龙（实习生）</p>")).author == "冉小龙"


EDITOR = "<p class='editor'>責編:劉佳琦</p><p class='editor'>審簽:路時川</p>"


@pytest.mark.parametrize(("info", "author"), [
    ("大眾網記者 司心鵬 報道", "司心鵬"),
    ("齐鲁晚报·齐鲁壹点记者 张三 报道", "张三"),
    ("中新网记者李四报道", "李四"),
])
def test_a_reporters_row_with_the_outlet_glued_before_the_role_is_read_before_the_editor(info, author):
    assert clean_page(zh_page(info=info, closing=EDITOR)).author == author


def test_a_sentence_naming_a_reporter_is_no_credit_row():
    # the row must be nothing but the credit: a sentence goes on after the 报道
    info = "据本市媒体记者张三报道，活动将持续一个月"
    assert clean_page(zh_page(info=info, closing=EDITOR)).author == "劉佳琦"


@pytest.mark.parametrize(("closing", "author"), [
    ("<p>对各方的支持表示感谢。(中國臺灣網(wǎng)安順市臺辦通訊員 黃凱)</p>"
     "<p class='pic'>座谈会现场。(圖片來源:安順市臺辦)</p><p class='editor'>[ 責任編輯:張曉靜 ]</p>", "黃凱"),
    ("<p>（江陵县融媒体中心通讯员 周红）</p><p>责任编辑：李娜</p>", "周红"),
    ("<p>活动圆满结束。(市教育局办公室通讯员：陈静)</p><p>编辑：王强</p><p>审核：赵六</p>", "陈静"),
])
def test_a_closing_correspondent_above_the_editors_line_is_the_author(closing, author):
    assert clean_page(zh_page(closing=closing)).author == author


@pytest.mark.parametrize(("info", "source"), [
    ("来源: 江陵分局发布时间: 2023-08-22责任编辑:栗明", "江陵分局"),
    ("来源： 市水利局发布日期：2024-03-01", "市水利局"),
    ("信息来源:&nbsp;县人民医院点击数：12", "县人民医院"),
])
def test_a_source_glued_to_the_next_label_ends_where_that_label_begins(info, source):
    assert clean_page(zh_page(info=info)).source == source


def test_an_unlisted_label_after_a_value_still_ends_it():
    # 生成日期 ends in the listed 日期: its first word is the label's, not the value's
    assert clean_page(zh_page(info="发布机构：市教育局 生成日期：2018-03-26")).source == "市教育局"


EN_PARAGRAPHS = [
    "The city council voted on Tuesday to extend the night bus service to the northern districts, ending a "
    "two-year dispute over the cost of the late routes.",
    "Supporters said the change would help shift workers, students and the hospital staff who finish after "
    "midnight, many of whom now walk home or pay for taxis.",
    "Opponents argued that the money should have gone to repairing the bus depot, which inspectors described "
    "last spring as unsafe in places.",
]
URL = "https://www.harbourgazette.com/city/2024/03/12/night-buses"


def en_page(before: str = "", lead: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    return (f"<html><head><title>Night buses extended | Harbour Gazette</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/city'>City</a></nav><main><h1>Night buses extended to the north</h1>"
            f"{before}<div class='story'>{lead}{body}</div></main><footer><a href='/about'>About us</a></footer>"
            "</body></html>").encode()


@pytest.mark.parametrize(("row", "author"), [
    ("Casino News - July 28th, 2009 - Written by Glen", "Glen"),
    ("City | Posted by Maria Lopez | March 3, 2021", "Maria Lopez"),
    ("Local news — Written by Tom Baker", "Tom Baker"),
])
def test_a_written_by_inside_the_row_under_the_headline_names_the_author(row, author):
    assert clean_page(en_page(before=f"<div class='meta'>{row}</div>"), url=URL).author == author


def test_a_title_going_on_after_a_dash_and_by_is_no_credit():
    # without the verb a "- by" is a phrase's: "Ranked - by the readers"
    row = "Best Bakeries in Town - by the readers of the city"
    assert clean_page(en_page(before=f"<div class='meta'>{row}</div>"), url=URL).author is None


@pytest.mark.parametrize(("line", "author", "source"), [
    ("By Richard N. Velotta, Las Vegas Review-Journal", "Richard N. Velotta", "Las Vegas Review-Journal"),
    ("By Jane Roe, The Columbus Dispatch", "Jane Roe", "The Columbus Dispatch"),
    ("By Ann Lee, Cleveland.com", "Ann Lee", "Cleveland.com"),
])
def test_another_outlet_after_a_by_lines_names_is_the_source(line, author, source):
    a = clean_page(en_page(lead=f"<p><em>{line}</em></p>"), url=URL)
    assert (a.author, a.source) == (author, source)


@pytest.mark.parametrize(("line", "author"), [
    ("By Jane Roe, Staff Writer", "Jane Roe, Staff Writer"),
    ("By Genevieve Carlton, Ph.D.", "Genevieve Carlton, Ph.D."),
    ("By Jane Doe, Reuters", "Jane Doe, Reuters"),
])
def test_a_role_or_a_wires_bare_name_after_the_comma_is_no_source(line, author):
    # (a role stays with the names as the truth of dev-v10 pages keeps "Genevieve Carlton, Ph.D.")
    a = clean_page(en_page(lead=f"<p><em>{line}</em></p>"), url=URL)
    assert (a.author, a.source) == (author, None)


@pytest.mark.parametrize(("info", "author"), [
    ("記者 王晨 通訊員 趙光明", "王晨"),
    ("记者 王晨 通讯员 赵光明", "王晨"),
    ("來源:北京青年報 記者 張三", "張三"),
])
def test_a_reporters_name_after_a_blank_is_read_in_every_spelling_of_the_role(info, author):
    assert clean_page(zh_page(info=info, closing=EDITOR)).author == author


def test_a_source_after_a_blank_is_read_in_traditional_spelling():
    assert clean_page(zh_page(info="2024-04-23 來源 新華社")).source == "新華社"


@pytest.mark.parametrize(("info", "author"), [
    ("发布时间：2023-06-16 来源：中国档案报 特约通讯员：胡荣华", "胡荣华"),
    ("□通訊員 劉麗娜 文/圖", "劉麗娜"),
    ("通讯员 周红", "周红"),
])
def test_a_correspondent_labelled_in_the_row_under_the_headline_is_read_before_the_editor(info, author):
    assert clean_page(zh_page(info=info, closing=EDITOR)).author == author


def test_a_sentence_naming_a_correspondent_is_no_row():
    lead = "<p>据通讯员张三说，今年的读书月参与人数再创新高，各地图书馆都准备了丰富的活动，欢迎读者积极参加。</p>"
    page = zh_page(closing=EDITOR).replace(b"<div class='content'>", f"<div class='content'>{lead}".encode())
    assert clean_page(page).author == "劉佳琦"


@pytest.mark.parametrize("info", [
    "作者：2019-03-18 23:59 聯合報 記者 陳嘉寧 ／桃園機場報導",
    "作者：2019-03-18 23:59 联合报 记者 陈嘉宁 ／桃园机场报导",
    "作者：聯合報 記者 陳嘉寧",
])
def test_the_paper_before_a_reporters_role_is_not_the_author(info):
    assert clean_page(zh_page(info=info)).author in ("陳嘉寧", "陈嘉宁")


def test_an_offices_credit_bracketed_whole_under_an_author_class_is_no_author():
    assert clean_page(zh_page(closing="<p class='author'>(宣传部供稿)</p>")).author is None


@pytest.mark.parametrize("lead", [
    "【文匯網訊】(香港文匯網記者 方俊明 廣州報道)廣東省公安廳7日晚公布，去年以來重拳打擊涉賭違法犯罪活動戰果顯著。",
    "(本報記者 方俊明 廣州報道)廣東省公安廳7日晚公布，去年以來重拳打擊涉賭違法犯罪活動戰果顯著。",
    "本报讯（记者 方俊明 广州报道）广东省公安厅7日晚公布，去年以来重拳打击涉赌违法犯罪活动战果显著。",
])
def test_the_place_reported_from_inside_a_reporters_bracket_is_not_part_of_the_name(lead):
    page = zh_page().replace(b"<div class='content'>", f"<div class='content'><p>{lead}</p>".encode())
    assert clean_page(page).author == "方俊明"
