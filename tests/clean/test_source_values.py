"""A 来源 or author field holding a date or a counter is no value (a reader would see a date as the
outlet that published the story)."""
from __future__ import annotations

from scraper.clean import clean_page

ZH = "市政府召开常务会议，研究部署防汛救灾和安全生产工作，要求各地各部门压实责任，确保人民群众生命财产安全。"
EN = ("The city council approved on Tuesday a new plan for night buses to the northern districts, "
      "to start in March with six lines running every twenty minutes. ")


def _page(title: str, info: str, para: str) -> bytes:
    body = "".join(f"<p>{para}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='nav'>"
            f"<a href='/'>Home</a></div><div class='article'><h1>{title}</h1><div class='info'>{info}</div>"
            f"{body}</div></body></html>").encode()


def test_a_date_in_the_source_field_is_no_source():
    a = clean_page(_page("Night buses extended", "Source: August 26, 2022", EN))
    assert a.source is None


def test_a_counter_in_the_source_field_is_no_source():
    a = clean_page(_page("市政府召开常务会议", "来源：48 作者：张三", ZH))
    assert a.source is None
    assert a.author == "张三"


def test_a_role_qualifier_before_the_reporter_label_is_not_the_author():
    info = "<span>2016/3/25 14:32</span><span>来源:电脑报</span><span>作者:特约记者 姬昌浩 康伟伟</span>"
    a = clean_page(_page("市政府召开常务会议", info, ZH))
    assert a.author == "姬昌浩 康伟伟"
    assert a.source == "电脑报"


def test_a_lost_character_before_the_source_is_not_part_of_it():
    a = clean_page(_page("市政府召开常务会议", "文/杨智杰 2019-06-17 来源:?中国新闻周刊", ZH))
    assert a.source == "中国新闻周刊"
