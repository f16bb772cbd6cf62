"""Betting names put where a school's or an office's name stood (issue 11 §3-4, v11 real miss): the
name is known by the class of its words (a venue head, a trade word with a web tail), not by a
list of brands, and only on a page that is about something else."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.betting import spliced_betting_names
from tests.clean.conftest import everything, kinds


def _page(*paragraphs: str, title: str = "学院新闻") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/xwzx/'>新闻中心</a></div>"
            f"<div class='article'><h1>{title}</h1>{body}</div>"
            f"<div class='footer'>版权所有 某某学院</div></body></html>").encode()


def test_a_venue_name_in_an_organisations_slots_is_cut_and_the_page_flagged():
    raw = _page("3月5日,学院召开年度党建工作会议。会后,金湾利游戏大厅高度重视,召开党委会部署落实。",
                "国家监委驻金湾利游戏大厅监察专员王某对纪检监察工作提出要求。",
                "学院党委书记就全面从严治党工作进行了部署安排,要求各支部认真履行职责,切实加强自身建设。")
    a = clean_page(raw, url="https://copy-host.example/info/1/1.html")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "游戏大厅" not in everything(a)
    assert "高度重视,召开党委会部署落实" in a.text and "监察专员王某" in a.text


def test_a_trade_word_with_a_web_tail_glued_into_sentences_is_cut():
    raw = _page("11月2日上午,鑫赢投注app十大平台第十届田径运动会在田径场开幕。",
                "运动员步伐整齐,展现了网投官网大学生积极向上的精神面貌,全场起立行注目礼。",
                "校长在致辞中代表学校向辛勤筹备运动会的师生员工表示感谢,希望运动员赛出水平。")
    a = clean_page(raw, url="https://copy-host.example/info/2/2.html")
    assert a.hijacked
    assert "投注" not in everything(a) and "官网" not in a.text
    assert "第十届田径运动会在田径场开幕" in a.text


def test_pages_about_betting_keep_every_word():
    # a report (reporting words), an economy story (the trade's words in its own sentences), a
    # lottery notice: the names are their topic, not a substitution
    assert spliced_betting_names(["警方捣毁一个网络赌博团伙,该团伙以金湾利游戏大厅为名招揽参赌人员。"]) == []
    assert spliced_betting_names(["某娱乐场2024年收入增长两成。", "博彩业带动旅游,各赌场客流回升。"]) == []
    assert spliced_betting_names(["本市体彩投注站2024年销量增长,公益金用于全民健身。"]) == []
    raw = _page("公安机关破获一起网络赌博案,涉案的金湾利游戏大厅网站已被关停。", "警方提醒市民远离赌博。",
                title="警方破获网络赌博案")
    a = clean_page(raw, url="https://www.example.gov.cn/xw/1.html")
    assert not a.hijacked and "金湾利游戏大厅" in a.text


def test_a_name_standing_as_its_own_clause_or_ending_the_sentence_is_not_read_here():
    # (the sentence does not run on after it: a keyword line's business, not a name in a slot)
    assert spliced_betting_names(["会议结束后,大家合影留念,网投官网。"]) == []


def test_a_betting_name_in_the_author_field_is_cut_and_the_page_flagged():
    raw = ("<html><head><meta charset='utf-8'><title>我院举办新生入学教育讲座</title></head><body>"
           "<div class='nav'><a href='/'>首页</a> <a href='/xsgz/'>学生工作</a></div>"
           "<div class='article'><h1>我院举办新生入学教育讲座</h1>"
           "<div class='info'>发布时间:2019-10-12 作者:8866金港线路检测中心学工办 浏览量:12</div>"
           "<p>10月10日晚,我院在图书馆报告厅举办新生入学教育讲座,四百余名新生参加。</p>"
           "<p>讲座围绕学业规划、校园安全和心理健康展开,同学们纷纷表示受益匪浅。</p></div>"
           "<div class='footer'>版权所有 某某学院</div></body></html>").encode()
    a = clean_page(raw, url="https://copy-host.example/info/3/3.html")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "线路检测" not in everything(a)
    assert "四百余名新生参加" in a.text

