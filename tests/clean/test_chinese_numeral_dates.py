"""A notice signs its date in Chinese numerals as often as in digits (二〇〇二年七月十二日, 二00二年…), and a 印发
notice signs before the document it sends: the date is read there too."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.dates import parse_date


@pytest.mark.parametrize("text, iso", [
    ("二〇〇二年七月十二日", "2002-07-12"),
    ("二00二年七月十二日", "2002-07-12"),
    ("二○一一年四月八日", "2011-04-08"),
    ("二〇二四年十二月三十一日", "2024-12-31"),
    ("二〇二四年二月三十日", None),  # no such day
    ("第二十一条", None),
])
def test_chinese_numeral_date_forms(text, iso):
    assert parse_date(text) == iso


NOTICE = "关于印发岚溪县棋牌活动场所管理办法的通知"
RULES = "".join(f"<p>第{n}条 棋牌活动场所应当遵守国家有关规定，不得从事赌博活动，营业时间不得超过规定时限，接受主管部门监督检查。</p>"
                for n in "一二三四五")


def _page(body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{NOTICE}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/zc/'>政策法规</a></div><h1>{NOTICE}</h1>"
            f"<div class='text'>{body}</div><div class='footer'>版权所有</div></body></html>").encode()


def test_a_notice_signed_before_the_document_it_sends_is_dated_by_its_signature():
    body = ("<p>各乡镇人民政府，县直各单位：</p><p>现将《岚溪县棋牌活动场所管理办法》印发给你们，请认真贯彻执行。</p>"
            "<p>岚溪县人民政府</p><p>二〇二三年七月十二日</p><p>岚溪县棋牌活动场所管理办法</p>" + RULES)
    a = clean_page(_page(body))
    assert a.published == "2023-07-12"
    assert "岚溪县棋牌活动场所管理办法" in a.text


def test_a_dated_line_mid_text_that_sends_nothing_does_not_date_the_page():
    # the same lines with no document named above them: a date in the text, not the notice's signature
    body = ("<p>各乡镇人民政府，县直各单位：</p><p>请认真贯彻执行有关规定。</p>"
            "<p>岚溪县人民政府</p><p>二〇二三年七月十二日</p><p>岚溪县棋牌活动场所管理办法</p>" + RULES)
    assert clean_page(_page(body)).published is None


def test_a_closing_signature_in_chinese_numerals_dates_the_notice():
    body = RULES + "<p>特此通知。</p><p>岚溪县教育局</p><p>二〇二四年四月十八日</p>"
    a = clean_page(_page(body))
    assert a.published == "2024-04-18"
    assert a.source == "岚溪县教育局"
