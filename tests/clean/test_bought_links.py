"""Links sold in a public body's link row (issue 11, v34 S1): a name that weighs nothing and the same
name with the search words it sells (X, X开奖直播), both to one site the page names nowhere else,
among the ministries' links of a 友情链接 row. A row of partners (each linked once) and a portal's
channels stay. Written afresh; hosts and words are made up."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.test_structural import BODY, URL, page


def with_row(row: str):
    return clean_page(page(body=BODY + f'<div class="links">友情链接：{row}</div>'), url=URL)


def test_a_name_and_its_long_tail_to_one_unnamed_site_go():
    a = with_row('<a href="http://www.gov.cn/">中国政府网</a> <a href="https://www.qlyx7.example/">青鸾云讯</a> '
                 '<a href="http://www.moe.gov.cn/">教育部</a> <a href="https://kj.qlyx7.example/">青鸾云讯开奖直播</a>')
    assert a.hijacked and "spam_link" in {f.kind for f in a.findings}
    assert "青鸾云讯" not in a.text


def test_partners_linked_once_each_stay():
    a = with_row('<a href="http://www.gov.cn/">中国政府网</a> <a href="https://www.xinwen.example/">示例新闻网</a> '
                 '<a href="https://www.bowuguan.example/">市博物馆</a> <a href="https://www.tushuguan.example/">市图书馆</a>')
    assert not a.hijacked


def test_a_partner_with_two_of_its_pages_named_elsewhere_stays():
    # the page links that site outside the row too: a partner the page knows, not a bought pair
    a = clean_page(page(body=BODY + '<p>详见<a href="https://www.ribao.example/">示例日报</a>报道。</p>'
                        '<div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a> '
                        '<a href="https://www.ribao.example/">示例日报</a> '
                        '<a href="https://epaper.ribao.example/">示例日报电子版</a></div>'), url=URL)
    assert not a.hijacked
