"""Byline items read by where they stand: a person's name under a label the grammar does not list, in a
byline row with the date, is the author unless the label names another role; the row under a headline set
inside the body's box is read whole, however many fields it holds."""
from __future__ import annotations

from scraper.clean import clean_page

ZH = "县文化体育和旅游局组织开展全民健身运动会，全县各代表队参加开幕式，比赛将持续到本月底，带动更多群众参与体育锻炼。"


def _page(info: str, title: str = "渌水县全民健身运动会开幕") -> bytes:
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}_渌水县人民政府</title></head><body>"
            f"<div class='logo'>渌水县人民政府</div><div class='nav'><a href='/'>首页</a></div>"
            f"<h1>{title}</h1>{info}<div class='content'>{body}</div>"
            f"<div class='footer'>主办：渌水县人民政府</div></body></html>").encode()


def test_a_name_under_an_unlisted_label_in_the_dated_row_is_the_author():
    a = clean_page(_page("<div class='meta'><span>投稿人:钱明轩</span> <span>发布于 2025/2/2 09:14</span>"
                         " <span>(阅读 3930 次)</span></div>"))
    assert a.author == "钱明轩"
    assert a.published.startswith("2025-02-02")


def test_a_spaced_name_keeps_its_space():
    a = clean_page(_page("<div class='meta'>发布时间:2010-11-16   点击:   来源:本站原创   录入者:周 星</div>"))
    assert a.author == "周 星"
    assert a.source == "本站原创"


def test_a_contact_or_a_reviewer_is_no_author():
    for label in ("联系人", "审核人员"):
        a = clean_page(_page(f"<div class='meta'>发布时间:2024-05-06   {label}:张明远</div>"))
        assert a.author is None, label


def test_a_name_under_an_unlisted_label_outside_a_dated_row_is_no_author():
    a = clean_page(_page("<div class='meta'>投稿人:钱明轩</div>"))
    assert a.author is None


def test_the_row_under_a_headline_inside_the_body_box_is_read_whole():
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    table = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in (
        ("索引号", "1155759/2022-01507"), ("主题分类", "综合政务"), ("发布机构", "市水利局"), ("生成日期", "2022-09-22"),
        ("名称", "白屿市开展河湖清四乱专项行动"), ("文号", "白水〔2022〕15号"), ("有效性", "有效"),
        ("主题词", "河湖管理 专项行动 河长制"), ("公开方式", "主动公开"), ("公开范围", "面向社会")))
    page = ("<html><head><meta charset='utf-8'><title>白屿市开展河湖清四乱专项行动</title></head><body>"
            "<div class='logo'>白屿市人民政府</div><div class='article'>"
            f"<table>{table}</table><h1>白屿市开展河湖清四乱专项行动</h1>"
            "<div class='info'>来源:市水利局办公室 作者:程晓峰 发布日期:2022-09-22 【字体:大 中 小】</div>"
            f"{body}</div><div class='footer'>主办单位:白屿市人民政府办公室</div></body></html>").encode()
    a = clean_page(page)
    assert a.author == "程晓峰"
    assert a.source == "市水利局办公室"
    assert "程晓峰" not in a.text
