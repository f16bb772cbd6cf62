"""A name glued before the headline in the <title> and the h1 alike (issue 11 §5, v2 miss
patterns C/T1): their agreement proves nothing, the true headline must win."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.titles import foreign_prefix
from tests.clean.conftest import FIXTURES, everything, kinds

URL = "https://www.beiling-nu.edu.cn/info/1021/3307.htm"


def mirrored(name: str):
    return clean_page((FIXTURES / "mirrored" / name).read_bytes(), url=URL)


def test_a_latin_and_chinese_brand_before_title_and_h1_gives_way_to_the_headline():
    a = mirrored("syn2-022-title-prefix.html")
    assert a.title == "北陵师范大学召开作风建设专题会议"
    assert a.hijacked and "spam_title" in kinds(a)
    assert "汇岳" not in everything(a)


def test_a_latin_digits_token_before_the_headline_goes_from_title_and_text():
    a = mirrored("syn2-020-title-prefix.html")
    assert a.title == "关于做好2025年暑期安全检查工作的通知"
    assert "qg1913" not in everything(a)


def page(title: str, body: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1>'
            f'<div class="content"><p>{body}</p></div></body></html>').encode()


def test_a_product_name_the_article_talks_about_stays_in_the_title():
    title = "iPhone15发布会今日举行 苹果推出多款新品"
    body = "今天凌晨，苹果公司举行秋季发布会，iPhone15系列正式亮相，起售价与上一代持平。" * 3
    a = clean_page(page(title, body), url="https://tech.example.cn/a/1.html")
    assert a.title == title and not a.hijacked


def test_a_year_or_a_plain_headline_is_no_prefix():
    text = "关于做好2024年寒假学生离校返乡安全工作的通知 各学院：为做好2024年寒假工作，现通知如下。"
    assert foreign_prefix("关于做好2024年寒假学生离校返乡安全工作的通知", text) is None
