"""Byline rows read field by field whatever their shape: a row with no labels (date and outlet, a
person's name and the date), a value set in brackets, a label alone in its cell (<dt>Author</dt>),
a label the parser does not list ("Time:", a label printed with its pinyin), a credit's kind after
the name ("… 摄"), a row whose class names the field and which opens with the date."""
from __future__ import annotations

from scraper.clean import clean_page

ZH = "县文化馆举办非遗传承展演，吸引了众多市民前来观看，现场气氛热烈，传统技艺受到广泛关注和好评。"
EN = ("The county library opened its renovated reading rooms on Monday, with longer hours and a new "
      "children's section that staff say has already doubled the number of young visitors this week.")


def _page(info: str, title: str = "县文化馆举办非遗传承展演活动", para: str = ZH) -> bytes:
    body = "".join(f"<p>{para}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a></div><div class='main'><h1>{title}</h1>{info}<div class='article'>"
            f"{body}</div></div></body></html>").encode()


def test_an_outlet_beside_the_date_without_a_label_is_the_source():
    a = clean_page(_page("<div class='info'>2023-04-11 08:15:02  江南晨报    参与评论()人</div>"))
    assert a.source == "江南晨报"
    a = clean_page(_page("<div class='info'><span>2023-04-11 08:15</span> | <span>海川新闻网</span></div>"))
    assert a.source == "海川新闻网"


def test_a_word_of_the_row_that_is_no_outlet_is_no_source():
    a = clean_page(_page("<div class='info'>2023-04-11 08:15 首页 正文 打印</div>"))
    assert a.source is None
    assert a.author is None


def test_a_latin_name_opening_the_row_is_the_author():
    a = clean_page(_page("<div class='info'>Maria Lopez Garcia • 12 March 2024 10:05</div>",
                         title="Library reopens its reading rooms", para=EN))
    assert a.author == "Maria Lopez Garcia"


def test_a_label_word_opening_the_row_is_no_author():
    a = clean_page(_page("<div class='info'>Published • 12 March 2024 10:05</div>",
                         title="Library reopens its reading rooms", para=EN))
    assert a.author is None


def test_a_chinese_name_before_the_rows_first_label_is_the_author():
    a = clean_page(_page("<div class='info'>林海峰 发布时间:2022-06-30 10:12:00 来源: 南岭日报</div>"))
    assert a.author == "林海峰"
    assert a.source == "南岭日报"


def test_a_value_set_in_brackets():
    a = clean_page(_page("<div class='info'>来源:[北江晚报] 日期:[2024-05-06 09:30] 点击:[12]</div>"))
    assert a.source == "北江晚报"
    assert a.published.startswith("2024-05-06")


def test_a_label_alone_in_its_cell_names_the_next_cell():
    a = clean_page(_page("<dl class='meta'><dt>日期</dt><dd>2024-03-02</dd><dt>Author</dt><dd>周明远</dd></dl>"))
    assert a.author == "周明远"


def test_a_value_ends_at_a_label_the_parser_does_not_list():
    a = clean_page(_page("<div class='meta'>Author:Harbour City Weekly Time:2023.02.01</div>",
                         title="Library reopens its reading rooms", para=EN))
    assert a.author == "Harbour City Weekly"
    # a page that prints each character's pinyin beside it
    a = clean_page(_page("<div class='info'>作者:韓立群 發(fā)布時(shí)間:2012-05-14 點(diǎn)擊:</div>"))
    assert a.author == "韓立群"


def test_a_writing_credit_after_a_name_is_no_part_of_it():
    a = clean_page(_page("<div class='info'>2023-06-01 09:00 记者 邱文涛 报道 责任编辑:方敏</div>"))
    assert a.author == "邱文涛"


def test_a_row_named_by_its_class_that_opens_with_the_date():
    a = clean_page(_page("<div class='time-source'>2022-09-18 07:41:09  西川商报    我来说两句</div>"))
    assert a.source == "西川商报"
    a = clean_page(_page("<div class='date-source'>东海体育网 512 2021-08-03 16:20</div>"))
    assert a.source == "东海体育网"


def _story(first: str, last: str) -> bytes:
    body = f"<p>{first}</p>" + "".join(f"<p>{ZH}({i})</p>" for i in range(3)) + f"<p>{last}</p>"
    return (f"<html><head><meta charset='utf-8'><title>县文化馆举办非遗传承展演活动</title></head><body>"
            f"<div class='main'><h1>县文化馆举办非遗传承展演活动</h1><div class='article'>{body}</div></div>"
            f"</body></html>").encode()


def test_the_closing_credit_in_brackets_names_the_author():
    assert clean_page(_story(ZH, "（校团委 钱雨桐）")).author == "钱雨桐"
    assert clean_page(_story(ZH, f"{ZH}(记者韦立新)据新华社南宁3月2日电")).author == "韦立新"
    # a remark in brackets is no credit
    assert clean_page(_story(ZH, "（完）")).author is None


def test_the_datelines_outlet_is_the_source_when_no_label_names_one():
    assert clean_page(_story("江北日报西城4月6日讯 " + ZH, ZH)).source == "江北日报"
    assert clean_page(_story("【东岭新闻台】" + ZH, ZH)).source == "东岭新闻台"
    assert clean_page(_story("本报西城4月6日讯 " + ZH, ZH)).source is None


def test_the_editor_stands_for_the_author_only_when_nobody_else_is_named():
    a = clean_page(_page("<p class='src'>来源:宣传中心&nbsp;&nbsp;发布时间:2024-08-01 10:20&nbsp;&nbsp;编辑:莫晓光</p>"))
    assert a.author == "莫晓光"
    a = clean_page(_page("<p class='src'>来源:宣传中心 作者:欧阳敏 发布时间:2024-08-01 10:20 编辑:莫晓光</p>"))
    assert a.author == "欧阳敏"


def test_an_address_glued_after_the_offices_name_leaves_the_office_as_source():
    a = clean_page(_page("<div class='info'>2024-02-03 · 来源:县农业农村局 www.qq88win.com · 作者:侯佳音</div>"))
    assert a.source == "县农业农村局"
    assert a.hijacked
