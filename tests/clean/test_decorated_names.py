"""A name spelled past filters with enclosed letters or ideographs glued into Chinese (issue 11):
the page is flagged and every copy goes (title, body); a copyright ⓒ, a list's ①/㈠ and a Japanese
㊙ stay. Pages written here, not copied."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything

URL = "https://www.pingshan.edu.cn/xww/2025/1225/3.htm"


def page(headline: str, body: str, footer: str = "版权所有:屏山职业技术学院") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}-屏山职业技术学院</title></head><body>
<div class="header"><a href="/">屏山职业技术学院</a> <a href="/xww/">学校新闻</a></div>
<div class="article"><h1>{headline}</h1><div class="meta">发布时间:2025-12-25 来源:图书馆</div>
<div class="content">{body}</div></div>
<div class="footer">{footer}</div></body></html>""".encode()


BODY = ("<p>12月25日,{name}第十届读书节在图书馆开幕,本届读书节以“阅读点亮青春”为主题。</p>"
        "<p>开幕式上,学校为“书香班级”颁奖,学生代表发出全民阅读倡议。</p>"
        "<p>读书节期间将举办读书分享会、经典诵读比赛和图书漂流等活动。</p>")


def test_a_name_with_an_enclosed_ideograph_is_flagged_and_goes_everywhere():
    a = clean_page(page("鎏金㊣国际第十届读书节开幕", BODY.format(name="鎏金㊣国际")), url=URL)
    assert a.hijacked
    assert "㊣" not in everything(a)
    assert "学生代表发出全民阅读倡议" in a.text and "第十届读书节" in (a.title or "")


def test_enclosed_latin_letters_glued_to_a_chinese_word_are_a_name():
    body = BODY.format(name="学校") + "<p>ⓑⓞⓛⓐ电竞祝贺读书节圆满成功。</p>"
    a = clean_page(page("学校第十届读书节开幕", body), url=URL)
    assert a.hijacked and "ⓑⓞⓛⓐ" not in everything(a)


def test_marks_and_list_numbers_are_no_names():
    body = BODY.format(name="学校") + "<p>活动安排:①读书分享会;㈠经典诵读比赛。</p>"
    a = clean_page(page("学校第十届读书节开幕", body, footer="版权所有ⓒ屏山职业技术学院"), url=URL)
    assert not a.hijacked and "①读书分享会" in a.text
