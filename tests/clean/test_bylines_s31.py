"""Bylines outside the label grammar (v39 §4, gnetest): a row whose class names two fields, the row's outlet on
a line of its own beside the date, a name/outlet credit, a compiling word after the reporter's name."""
from __future__ import annotations

from scraper.clean import clean_page

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
