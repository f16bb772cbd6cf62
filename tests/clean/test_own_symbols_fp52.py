"""Symbols a writer uses as ordinary text, in a grammar of their own, are no sprinkled noise:

- a white circle written for the numeral zero (二○○六年, 五百八十九亿○五百万, ○五年): a forum's
  reprint of a Macau daily's casino-revenue report (real-cases-v51 rc51-021, legit) was flagged
  ``symbol_noise`` for six of them, and 娱乐城 was then cut from it as a brand;
- one arrow chaining short words, a route or a sequence of steps (滋養→排毒→啟動→活化): a clean
  workshop page (dev-v38-twevent) was flagged ``symbol_noise`` for its three arrows.

Beside each, the noise the reader was written for is still read, and still cut, with the page's
own zeros and arrows kept.
"""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.noise import noise_stripper

from .conftest import load

FORUM_URL = "http://tcelue.tv/forum.php?action=printable&mod=viewthread&tid=8743"
REPORT = "real/realcases-v51-macau-revenue-zeros.html"


@pytest.mark.parametrize("url", [FORUM_URL, "http://127.0.0.1:8000/mirror/rc51-021.html"])
def test_a_report_writing_zeros_as_circles_stays_clean_and_whole(url):
    article = clean_page(load(REPORT), url=url)
    assert not article.hijacked, article.findings
    assert "五百八十九亿○五百万元" in article.text
    assert "在二○○六年,澳门整体博彩收益总额" in article.text
    assert "相当于○五年的百分之一百七十三点四" in article.text
    # the casino revenue it reports on is its subject, not a brand spliced in
    assert article.text.count("娱乐城") == 4


def test_symbols_sprinkled_into_the_same_report_still_flag_and_go():
    page = load(REPORT).decode("utf-8")
    page = (page.replace("整体博彩收益达", "整体★博彩收益达").replace("同期升百分之四十六", "同期◆升百分之四十六")
            .replace("第三季度,娱乐城", "第三季度,娱乐☆城").replace("赛马第三季", "赛马○第三季"))
    article = clean_page(page.encode("utf-8"), url=FORUM_URL)
    assert article.hijacked
    assert any(f.kind == "symbol_noise" for f in article.findings)
    assert "★" not in article.text and "赛马第三季" in article.text
    # the numbers keep their zeros when the noise around them goes
    assert "五百八十九亿○五百万元" in article.text and "二○○六年" in article.text


@pytest.mark.parametrize("lines", [
    ["今年一至九月收益达五百八十九亿○五百万元，比去年同期四百○四亿升百分之四十五。",
     "相当于○五年的百分之一百七十三，及相当于○六年的百分之一百四十五。", "在二○○六年，收益总额创新高。"],
    ["省长", "二○一○年十二月二十五日", "本办法自二○一一年一月一日起施行，一九九○年的规定同时废止。"],
    ["依照八三中秘字第一○八號函辦理。", "本會於五○四遊行後召開記者會。", "二○○九至二○一○學年度獎學金名單公布。"],
])
def test_circles_written_as_zeros_are_no_noise(lines):
    strip = noise_stripper(lines)
    assert [strip(line) for line in lines] == lines


@pytest.mark.parametrize("lines", [
    ["由院長領軍，藉由「滋養→排毒→啟動→活化」三腦再生四步驟。", "課程介紹", "報名方式"],
    ["行程：弥彦神社→白山比咩神社→平泉寺→白山中居神社", "第二天：金沢→富山→高山", "交通安排"],
    ["办理流程：提交申请⇒资格审核⇒现场确认⇒领取证书", "咨询电话", "办公地点"],
])
def test_an_arrow_chaining_short_words_is_no_noise(lines):
    strip = noise_stripper(lines)
    assert [strip(line) for line in lines] == lines


def test_arrows_and_circles_sprinkled_between_characters_are_still_noise():
    lines = ["学生→管理工作会议召开", "各学院○负责人参加了会议", "会议强调←要做好安全工作", "二○二四年工作→要点"]
    strip = noise_stripper(lines)
    assert [strip(line) for line in lines] == ["学生管理工作会议召开", "各学院负责人参加了会议",
                                               "会议强调要做好安全工作", "二○二四年工作要点"]
