"""A trade's new name with one more word written after it (X电竞招商部, X体育赞助, X娱乐网络, X体育客服: v48,
v49), standing where the readers already ask whether a name is a trade's — an author's credit in the
info row, a photographer's credit under the article, a link of the friend-link row. The whole value reads
as nothing; its part before a word clean names end with (a desk, a service, a sponsor, a network:
learnt, namejudge.trade_part) reads as a trade's name. The names are invented and appear nowhere in dev.
Real outlets and a county's own bodies written with such words stay."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page, tradehead
from tests.clean.test_bought_links import with_row
from tests.clean.test_structural import BODY, HEADLINE, URL, page


def _kinds(a) -> set[str]:
    return {f.kind for f in a.findings}


def _info_row(author: str) -> bytes:
    return page().replace("来源：区政府办公室".encode(), f"【作者：{author}】【来源：区政府办公室】".encode())


@pytest.mark.parametrize("name", ["翊珩娱乐网络", "蔻汀娱乐客服", "岫澜棋牌赞助"])
def test_a_new_trade_name_and_a_role_word_as_the_author_goes(name):
    assert tradehead.parse(name) is None  # the heads' grammar does not read the whole
    a = clean_page(_info_row(name), url=URL)
    assert a.hijacked and "spliced_brand" in _kinds(a), a.findings
    assert name not in a.text


@pytest.mark.parametrize("name", ["泠渊体育赞助", "滢岑体育客服", "曦澧娱乐赞助"])
def test_a_new_trade_name_and_a_role_word_in_a_photo_credit_goes(name):
    credit = f'<div class="credit">摄影：{name}　审核：李春华</div>'
    a = clean_page(page(body=BODY + credit), url=URL)
    assert a.hijacked and "spliced_brand" in _kinds(a), a.findings
    assert name not in a.text


@pytest.mark.parametrize("name", ["珝岚体育网络", "蔻汀娱乐客服", "翊珩娱乐网络"])
def test_a_new_trade_name_and_a_role_word_in_a_friend_link_row_goes(name):
    a = with_row(f'<a href="http://www.gov.cn/">中国政府网</a> <a href="https://www.hv3.example/">{name}</a> '
                 '<a href="http://www.moe.gov.cn/">教育部</a>')
    assert a.hijacked and "spam_link" in _kinds(a), a.findings
    assert name not in a.text


def test_outlets_and_a_countys_bodies_with_role_words_stay():
    a = with_row('<a href="http://www.gov.cn/">中国政府网</a> <a href="https://ent.sina.com.cn/">新浪娱乐新闻</a> '
                 '<a href="https://sports.qq.com/">腾讯体育频道</a> <a href="https://www.lottery.gov.cn/">中国体育彩票中心</a>'
                 ' <a href="https://www.qstyzx.example/">青山体育中心</a>')
    assert not a.hijacked, a.findings
    b = clean_page(_info_row("新浪娱乐编辑部"), url=URL)
    assert not b.hijacked, b.findings
    c = clean_page(page(body=BODY + '<div class="credit">摄影：青山体育中心　审核：李春华</div>'), url=URL)
    assert not c.hijacked, c.findings
    assert HEADLINE in (c.title or "")
