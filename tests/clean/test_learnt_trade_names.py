"""A trade's name no list knows, judged by the learnt name judge (namejudge: character n-gram log-odds
learnt from dev truth's spam strings against the names clean pages write) where the readers already
ask whether a name is a trade's: a link's text, a line alone outside the article, a credit's value.
The names are invented and appear in no dev page; each is one word off the heads and tails
tradehead's grammar lists (电竞, 午夜福利, 在线, 网络 ...), as v48's were (璟渡体育客服, 棠骁午夜直播,
晞岳娱乐网络). Each of the nine was clean before the judge (main ce6d65a0). Real outlets and partners in
the same places stay."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page, tradehead
from tests.clean.test_bought_links import BODY, URL, page, with_row


def _kinds(a) -> set[str]:
    return {f.kind for f in a.findings}


@pytest.mark.parametrize("name", ["芷岚午夜福利", "翊沐成人视频在线看", "沅汐体育投注站"])
def test_an_unlisted_trade_name_in_a_friend_link_row_goes(name):
    assert tradehead.parse(name) is None or tradehead.parse(name).weight < tradehead.SELLS  # no list reads it
    a = with_row(f'<a href="http://www.gov.cn/">中国政府网</a> <a href="https://www.rtx9.example/">{name}</a> '
                 '<a href="http://www.moe.gov.cn/">教育部</a>')
    assert a.hijacked and "spam_link" in _kinds(a)
    assert name not in a.text


@pytest.mark.parametrize("names", ["蘅桉午夜直播　蘅桉影院", "苒棠电竞", "芷岚午夜福利"])
def test_an_unlisted_trade_name_on_a_line_above_the_masthead_goes(names):
    a = clean_page(page(body=f'<div class="top-notice">{names}</div>' + BODY), url=URL)
    assert a.hijacked, a.findings
    assert names.split("\u3000")[0] not in a.text


@pytest.mark.parametrize("name", ["珂霏午夜福利", "蘅桉午夜直播", "翊沐成人视频在线看"])
def test_an_unlisted_trade_name_as_a_technical_support_credit_goes(name):
    a = clean_page(page(body=BODY + f'<div class="footer">技术支持：<a href="https://www.sx7.example/">{name}</a></div>'),
                   url=URL)
    assert a.hijacked and "spam_link" in _kinds(a)


def test_outlets_and_partners_in_the_same_places_stay():
    a = with_row('<a href="http://www.gov.cn/">中国政府网</a> <a href="https://sports.qq.com/">腾讯体育</a> '
                 '<a href="https://www.miguvideo.com/">咪咕视频</a> <a href="https://ent.sina.com.cn/">新浪娱乐</a> '
                 '<a href="https://www.lottery.gov.cn/">中国体育彩票</a> <a href="https://www.hbnews.example/">湖北新闻网</a>')
    assert not a.hijacked, a.findings
    b = clean_page(page(body=BODY + '<div class="footer">技术支持：<a href="https://www.hc.example/">华辰网络科技</a></div>'),
                   url=URL)
    assert not b.hijacked, b.findings
