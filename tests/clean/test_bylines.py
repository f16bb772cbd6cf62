"""Bylines outside the label grammar (v39 §4, gnetest): a row whose class names two fields, the row's outlet on
a line of its own beside the date, a name/outlet credit, a compiling word after the reporter's name.

English bylines a reader finds under a deck, and over a template's own name given as the author.

Bylines outside the label grammar (issue 12, v42 §4/§6): an office under 作者, two labels joined by a
slash, "Name, Own outlet" on its own line under the headline, a company in the author meta.

Bylines outside the label grammar seen in v37/v38 (issue 12, v38 §4): the writer's label among reviewers'
and editors' (图文:, 文/图:, 拟稿:), a story closed by its writer's name in brackets, alone or as a correspondent's
credit glued to the last sentence, a page control written after the 来源 — and the look-alikes that must stay as
they are: an editor-only credits line, a bracketed name inside the text, an office closing the story."""
from __future__ import annotations

from scraper.clean import clean_page

# -------------------- formerly test_bylines_s31.py --------------------

BODY = ("<p>\u3000\u3000今年以来，全省各地持续推进全民阅读活动，新建城市书房一百二十余家，覆盖城乡社区的阅读服务网络"
        "基本形成，参与线上线下阅读活动的群众累计超过三百万人次。</p>"
        "<p>\u3000\u3000据介绍，本届读书月将持续一个月，期间将举办名家讲座、亲子共读、好书推荐等活动，"
        "各市县图书馆同步延长开放时间，方便群众借阅。</p>"
        "<p>\u3000\u3000活动主办方表示，将继续完善公共阅读设施，推动优质阅读资源向基层延伸，让更多群众就近享受阅读服务。</p>")


def page(info: str, lead: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>全省第九届全民读书月启动</title></head><body>"
            "<div id='wrap'><h1>全省第九届全民读书月启动</h1>"
            f"{info}<div class='article'>{lead}{BODY}</div></div></body></html>").encode()


def test_a_row_classed_date_source_gives_its_outlet_not_an_empty_source():
    info = ("<div class='date-source'>\n    <span class='date'>2018年12月28日 19:55</span>\n"
            "    <a class='source ent-source' href='#'>新京报</a></div>")
    assert clean_page(page(info)).source == "新京报"


def test_a_source_span_opening_its_classed_box_keeps_the_boxs_label():
    info = ("<div class='ar_source'>\n\t<span class='source'>本文来源于<span id='s'>深圳商报</span>"
            "\u3000<span>2018-05-22 08:15:00</span></span>\n\t<a href='#comment'>我要评论（0）</a></div>")
    assert "深圳商报" in (clean_page(page(info)).source or "")


def test_the_outlet_on_its_own_line_before_the_date_line_is_the_source():
    info = "<div class='news_about'><p>新华社</p><p>\n  2020-01-03 18:13<span> </span>\n</p></div>"
    assert clean_page(page(info)).source == "新华社"


def test_the_outlet_after_the_date_across_a_source_newline_is_the_source():
    info = "<div class='tip'>\n\t<span>2019-09-26 10:56:28</span>\n\n\t<a href='#'>证券时报网</a>&nbsp;\n</div>"
    assert clean_page(page(info)).source == "证券时报网"


def test_a_name_slash_outlet_credit_gives_the_outlet():
    info = "<div class='news_about'><p>石佳/中国青年报</p><p>2019-09-24 09:10</p></div>"
    assert clean_page(page(info)).source == "中国青年报"


def test_a_headline_like_line_beside_the_date_is_no_source():
    info = "<div><p>全省读书月 各地同步启动</p><p>2019-09-24 09:10</p></div>"
    assert clean_page(page(info)).source is None


def test_a_compiling_word_after_the_reporters_name_is_not_part_of_it():
    lead = "<p>\u3000\u3000长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半，各地读书活动热度不减。</p>"
    assert clean_page(page("<div>2020-10-04 20:30 来源: 长江网</div>", lead)).author == "陈智"


def test_the_place_reported_from_is_not_part_of_the_author():
    assert clean_page(page("<div>作者：记者 彭冲 山东冠县报道 2025-03-05</div>")).author == "彭冲"


def test_a_related_lists_classed_sources_do_not_beat_the_row_under_the_headline():
    related = "".join(f"<li><a href='/a/{i}'>冷空气来袭第{i}天</a> <a class='footer-bar-action source'>&nbsp;气象爱好者{i}&nbsp;⋅</a>"
                      f" <span>{i}评论</span></li>" for i in range(1, 4))
    html = page("<div class='article-sub'><span>中国网</span> <span>2019-11-25 10:37:31</span></div>").decode()
    html = html.replace("</div></body>", f"</div><ul class='related'>{related}</ul></body>")
    assert clean_page(html.encode()).source == "中国网"


# -------------------- formerly test_bylines_s33.py --------------------

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the night bus service to the northern districts, ending a "
    "two-year dispute over the cost of the late routes.",
    "Supporters said the change would help shift workers, students and the hospital staff who finish after "
    "midnight, many of whom now walk home or pay for taxis.",
    "Opponents argued that the money should have gone to repairing the bus depot, which inspectors described "
    "last spring as unsafe in places.",
    "The new timetable starts in March, and the council will review the ridership figures after six months.",
]
EN_BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
EN_URL = "https://www.northgazette.com/2024/03/12/night-buses.html"


def deck_page(inner: str, head: str = "") -> bytes:
    return ("<html><head><title>Night buses extended to the north | North Gazette</title>"
            f"{head}</head><body><div class='top'>North Gazette</div>"
            f"<div class='wrap'><div class='crumb'>City / Transport</div>{inner}<div class='art'>{EN_BODY}</div></div>"
            "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a></footer></body></html>").encode()


def test_byline_under_a_deck_under_the_headline_names_the_author():
    inner = ("<h1>Night buses extended to the north after a two-year dispute over the late routes</h1>"
             "<h2>Shift workers and hospital staff will no longer have to walk home or pay for taxis after midnight</h2>"
             "<div class='meta'>By JANE ROE (North Gazette) Updated: 2024-03-12 07:56</div>")
    assert clean_page(deck_page(inner), url=EN_URL).author == "JANE ROE"


def test_byline_of_a_person_wins_over_the_site_name_labelled_as_author():
    inner = ("<h1>Night buses extended to the north</h1>"
             "<p>By Mike Dennison (Wire News)</p>"
             "<p><time>March 12, 2024</time> By <span class='entry-author'>North Gazette</span></p>")
    head = "<meta property='og:site_name' content='North Gazette'>"
    assert clean_page(deck_page(inner, head), url=EN_URL).author == "Mike Dennison"


def test_site_name_labelled_as_author_stays_when_no_one_else_is_named():
    inner = ("<h1>Night buses extended to the north</h1>"
             "<p><time>March 12, 2024</time> By <span class='entry-author'>North Gazette</span></p>")
    head = "<meta property='og:site_name' content='North Gazette'>"
    assert clean_page(deck_page(inner, head), url=EN_URL).author == "North Gazette"


# -------------------- formerly test_bylines_s35.py --------------------

ZH_BODY = ("<p>为切实加强节日期间的食品安全监管工作，进一步规范食品市场秩序，县市场监督管理局针对节日消费特点，"
           "深入开展各类食品安全专项整治，共出动执法人员四十人次，检查食品生产经营单位四十余家。</p>"
           "<p>此次专项整治对发现的问题当场责令整改，并对经营户开展了食品安全知识宣传，发放宣传资料二百余份。</p>")


def zh_page(info: str, closing: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>开展节日期间食品安全专项整治</title></head><body>"
            f"<div class='article'><h1>开展节日期间食品安全专项整治</h1><div class='art-info'>{info}</div>"
            f"<div class='art-con'>{ZH_BODY}{closing}</div></div></body></html>").encode()


def test_an_office_under_the_author_label_is_the_author():
    a = clean_page(zh_page("信息来源:永德县市场监督管理局&nbsp;&nbsp;作者:县市场监督管理局&nbsp;&nbsp;发布时间:2021-04-28"))
    assert (a.source, a.author) == ("永德县市场监督管理局", "县市场监督管理局")


def test_an_office_under_a_contributor_label_is_still_no_author():
    assert clean_page(zh_page("发布时间:2021-04-28&nbsp;&nbsp;供稿:宣传部")).author is None


def test_two_labels_joined_by_a_slash_credit_the_name_to_both():
    # the closing "(张玲)" used to win: the compound label was read as an empty 作者 and an editor
    page = zh_page("编辑日期:2010-05-18&nbsp;&nbsp;作者/编辑:鲁群&nbsp;&nbsp;阅读次数:12", closing="<p>(张玲)</p>")
    assert clean_page(page).author == "鲁群"


EN_PARAGRAPHS = [
    "The Senate committee questioned the gaming regulator's plan to open more casinos across the provinces, "
    "asking for the studies behind the expected revenue.",
    "Senators said the regulator had yet to present a roadmap for the offshore operators whose licences were "
    "cancelled last month, and asked for a full list of their workers.",
    "The regulator's chairman said the plan would be submitted to the committee before the end of the year.",
]


def en_page(byline: str, head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    return (f"<html><head><title>Senators criticize casino plan - Harbour News</title>{head}</head><body>"
            "<header class='site'><a href='/'>Harbour News</a></header><main><article>"
            f"<h1>Senators criticize casino plan</h1>{byline}<div class='timestamp'>Posted at Nov 23 2022 08:49 PM</div>"
            f"<div class='article-body'>{body}</div></article></main></body></html>").encode()


URL = "https://news.harbour-news.com/news/11/23/22/senators-criticize-casino-plan"


def test_names_then_the_sites_own_name_under_the_headline_are_the_author():
    assert clean_page(en_page("<div class='byline'>Sherrie Ann Torres, Harbour News</div>"), url=URL).author == \
        "Sherrie Ann Torres"


def test_names_then_another_name_under_the_headline_are_not_read_as_a_credit():
    assert clean_page(en_page("<div class='byline'>Manila Bay, Pasay City</div>"), url=URL).author is None


def test_a_company_in_the_author_meta_is_no_author():
    head = '<meta name="author" content="HARBOUR DIGITAL INC.">'
    assert clean_page(en_page("", head=head), url=URL).author is None
    head = '<meta name="author" content="Emily Co">'
    assert clean_page(en_page("", head=head), url=URL).author == "Emily Co"


# -------------------- formerly test_bylines_v38.py --------------------

PARAS = ["3月5日上午，党委宣传部在行政楼北楼第三会议室召开新闻选题会，校党委常委、党委宣传部部长出席会议并讲话。",
         "会议指出，2024年各单位通力协作、积极组织宣传，学校新闻宣传工作成绩突出，连续五年获评全省新闻宣传工作优秀单位。",
         "会上，各单位代表围绕本单位近期重点工作介绍了相关新闻线索，并就下一阶段的宣传重点进行了深入交流。"]


def credits_page(*, info: str = "发布日期：2025-03-05 浏览次数：10", last: str = "", after: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:-1]) + f"<p>{PARAS[-1]}{last}</p>"
    return ("<html><head><meta charset='utf-8'><title>党委宣传部召开新闻选题会-党委宣传部</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news'>工作动态</a></div>"
            f"<div class='article'><h1>党委宣传部召开新闻选题会</h1><div class='info'>{info}</div>"
            f"<div class='content'>{body}</div>{after}</div>"
            "<div class='footer'>Copyright © 党委宣传部</div></body></html>").encode()


def test_the_writers_label_beats_the_editors_and_reviewers_on_one_credits_line():
    credits = "<p>(图文:季天宇 初审:严英 编辑:王存宏 审核:张敏)</p>"
    assert clean_page(credits_page(after=credits)).author == "季天宇"
    assert clean_page(credits_page(after="<p>(文/图：李明 责任编辑：王存宏)</p>")).author == "李明"


def test_the_drafter_is_the_author_not_the_editor():
    assert clean_page(credits_page(info="拟稿:邬美婷 编辑:何灵敏 发布:何灵敏 2025-03-05")).author == "邬美婷"


def test_an_editor_only_credits_line_still_gives_the_editor():
    assert clean_page(credits_page(after="<p>(初审:严英 编辑:王存宏 审核:张敏)</p>")).author == "王存宏"


def test_a_photographer_alone_is_no_author():
    assert clean_page(credits_page(after="<p>(摄影:张晨 编辑:王存宏)</p>")).author == "王存宏"


def test_a_correspondent_glued_to_the_last_sentence_is_the_author():
    assert clean_page(credits_page(last="(通讯员 黄瑞春)")).author == "黄瑞春"


def test_a_reporter_beside_a_correspondent_in_the_closing_credit_is_the_author():
    assert clean_page(credits_page(last="（记者 王明 通讯员 黄瑞春）")).author == "王明"
    assert clean_page(credits_page(after="<p>(通讯员 宋黎胜 记者 黄淼君)</p>")).author == "黄淼君"


def test_a_name_alone_in_brackets_closing_the_story_is_the_author():
    assert clean_page(credits_page(after="<p>(王哲)</p>")).author == "王哲"
    assert clean_page(credits_page(last="（常书香 马丹阳 ）")).author == "常书香 马丹阳"


def test_a_bracketed_name_inside_the_text_is_no_author():
    assert clean_page(credits_page(after="<p>会议由党委宣传部副部长（严英）主持，各学院宣传员参加。</p>")).author is None
    # ...nor one that glosses the last sentence's last word rather than closing the story
    assert clean_page(credits_page(after="<p>本次选题会的主持人为副部长(严英)</p>")).author is None


def test_an_office_closing_the_story_is_no_author():
    assert clean_page(credits_page(after="<p>(校体委)</p>")).author is None
    assert clean_page(credits_page(after="<p>(国际商学院团委)</p>")).author is None


def test_a_page_control_after_the_source_is_not_part_of_it():
    assert clean_page(credits_page(info="2024年05月08日 09:42 来源:人民网 关灯")).source == "人民网"
    assert clean_page(credits_page(info="2012-02-29 20:21 來源:氣象局網站 我來說兩句")).source == "氣象局網站"
    glossed = "2024年05月08日 09:42 來(lái)源:人民網(wǎng) 關(guān)燈"
    assert clean_page(credits_page(info=glossed)).source == "人民網(wǎng)"


def test_a_source_with_a_second_name_after_a_blank_stays_whole():
    assert clean_page(credits_page(info="2024-05-08 来源:大众报业 半岛新闻")).source == "大众报业 半岛新闻"
