"""Bylines outside the label grammar seen in v37/v38 (issue 12, v38 §4): the writer's label among reviewers'
and editors' (图文:, 文/图:, 拟稿:), a story closed by its writer's name in brackets, alone or as a correspondent's
credit glued to the last sentence, a page control written after the 来源 — and the look-alikes that must stay as
they are: an editor-only credits line, a bracketed name inside the text, an office closing the story."""
from __future__ import annotations

from scraper.clean import clean_page

PARAS = ["3月5日上午，党委宣传部在行政楼北楼第三会议室召开新闻选题会，校党委常委、党委宣传部部长出席会议并讲话。",
         "会议指出，2024年各单位通力协作、积极组织宣传，学校新闻宣传工作成绩突出，连续五年获评全省新闻宣传工作优秀单位。",
         "会上，各单位代表围绕本单位近期重点工作介绍了相关新闻线索，并就下一阶段的宣传重点进行了深入交流。"]


def page(*, info: str = "发布日期：2025-03-05 浏览次数：10", last: str = "", after: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:-1]) + f"<p>{PARAS[-1]}{last}</p>"
    return ("<html><head><meta charset='utf-8'><title>党委宣传部召开新闻选题会-党委宣传部</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news'>工作动态</a></div>"
            f"<div class='article'><h1>党委宣传部召开新闻选题会</h1><div class='info'>{info}</div>"
            f"<div class='content'>{body}</div>{after}</div>"
            "<div class='footer'>Copyright © 党委宣传部</div></body></html>").encode()


def test_the_writers_label_beats_the_editors_and_reviewers_on_one_credits_line():
    credits = "<p>(图文:季天宇 初审:严英 编辑:王存宏 审核:张敏)</p>"
    assert clean_page(page(after=credits)).author == "季天宇"
    assert clean_page(page(after="<p>(文/图：李明 责任编辑：王存宏)</p>")).author == "李明"


def test_the_drafter_is_the_author_not_the_editor():
    assert clean_page(page(info="拟稿:邬美婷 编辑:何灵敏 发布:何灵敏 2025-03-05")).author == "邬美婷"


def test_an_editor_only_credits_line_still_gives_the_editor():
    assert clean_page(page(after="<p>(初审:严英 编辑:王存宏 审核:张敏)</p>")).author == "王存宏"


def test_a_photographer_alone_is_no_author():
    assert clean_page(page(after="<p>(摄影:张晨 编辑:王存宏)</p>")).author == "王存宏"


def test_a_correspondent_glued_to_the_last_sentence_is_the_author():
    assert clean_page(page(last="(通讯员 黄瑞春)")).author == "黄瑞春"


def test_a_reporter_beside_a_correspondent_in_the_closing_credit_is_the_author():
    assert clean_page(page(last="（记者 王明 通讯员 黄瑞春）")).author == "王明"
    assert clean_page(page(after="<p>(通讯员 宋黎胜 记者 黄淼君)</p>")).author == "黄淼君"


def test_a_name_alone_in_brackets_closing_the_story_is_the_author():
    assert clean_page(page(after="<p>(王哲)</p>")).author == "王哲"
    assert clean_page(page(last="（常书香 马丹阳 ）")).author == "常书香 马丹阳"


def test_a_bracketed_name_inside_the_text_is_no_author():
    assert clean_page(page(after="<p>会议由党委宣传部副部长（严英）主持，各学院宣传员参加。</p>")).author is None
    # ...nor one that glosses the last sentence's last word rather than closing the story
    assert clean_page(page(after="<p>本次选题会的主持人为副部长(严英)</p>")).author is None


def test_an_office_closing_the_story_is_no_author():
    assert clean_page(page(after="<p>(校体委)</p>")).author is None
    assert clean_page(page(after="<p>(国际商学院团委)</p>")).author is None


def test_a_page_control_after_the_source_is_not_part_of_it():
    assert clean_page(page(info="2024年05月08日 09:42 来源:人民网 关灯")).source == "人民网"
    assert clean_page(page(info="2012-02-29 20:21 來源:氣象局網站 我來說兩句")).source == "氣象局網站"
    glossed = "2024年05月08日 09:42 來(lái)源:人民網(wǎng) 關(guān)燈"
    assert clean_page(page(info=glossed)).source == "人民網(wǎng)"


def test_a_source_with_a_second_name_after_a_blank_stays_whole():
    assert clean_page(page(info="2024-05-08 来源:大众报业 半岛新闻")).source == "大众报业 半岛新闻"
