"""A Latin or digit run glued to Chinese is read as a name only when no grammar writes it there.

v45, v46 and v47 each had clean or wrongly-caught pages whose own prose glued Latin or digits to its
words: a screen-size note after 版权所有, a board tag before a headline, a head count before 人, a
company's address in a list of posts, and on v47 the year of a festival, “2017创意牡丹文化旅游节”, read
as a brand put in place of the headline's subject (rc47b-011: that page's only finding). Each kind is
written three ways here, in the lead of a festival's page whose headline the lead echoes (where a
brand replacing the organiser would stand), and the brands a hijacker glues in the same place are
still read.
"""
from __future__ import annotations

import pytest

from scraper.clean import clean_page, glued, slots
from scraper.clean.titles import foreign_prefix

HEADLINE = "乾县大唐牡丹文化旅游节开幕"
WORDS = "牡丹文化旅游节"


def _lead(run: str) -> list[str]:
    return ["4月18日,以“赏大唐牡丹”为主题的大唐牡丹文化旅游节活动在乾县景区启动。",
            f"本次旅游节共推出自驾游、书画活动以及“{run}{WORDS}”之主题摄影等6大系列活动。"]


EXCUSED = {
    "year": ["2017创意", "2019首届", "1998年度"],
    "date": ["2017.4.18创意", "2017-04-21创意", "4/18创意"],
    "count": ["870处", "16148人", "150多"],
    "model number": ["C919大飞机", "iPhone12手机", "Mate40系列"],
    "ordinal": ["第3届创意", "No.1创意", "1st创意"],
    "unit": ["5000mAh", "100km", "1080p高清"],
    "code": ["5G创意", "ISO9001认证", "h5创意"],
}
KEPT = ["yl23411创意", "tyc4633太阳成", "hx2299鑫濠汇"]


@pytest.mark.parametrize("run", [r for runs in EXCUSED.values() for r in runs])
def test_grammar_glued_to_the_leads_words_is_no_substituted_name(run):
    assert slots.substituted_names(_lead(run), headlines=[HEADLINE]) == []
    assert not slots.marked(run + WORDS)
    assert not slots.web_written(run + WORDS)


@pytest.mark.parametrize("run", KEPT)
def test_a_bookmakers_mark_in_the_same_place_is_still_read(run):
    assert slots.substituted_names(_lead(run), headlines=[HEADLINE]) == [run]


@pytest.mark.parametrize("name", ["LD乐动体育", "AG真人娱乐", "BET365官网", "澳门太阳集团2020网站"])
def test_a_run_the_promo_grammar_backs_stays_a_name(name):
    # capitals and digits are written as a code is, a year as a date is, but a trade or web word or
    # lottery jargon glued to them makes a brand
    assert not glued.grammatical_in(name)
    assert slots.web_written(name)


def test_a_long_number_before_a_domains_letters_is_no_unit():
    # 37000cm威尼斯: a bookmaker's 37000.cm written without its dot, no length in centimetres
    assert glued.grammatical_in("170cm高个子")
    assert not glued.grammatical_in("37000cm威尼斯")


@pytest.mark.parametrize("note", ["建议使用1280×800以上分辨率浏览", "最佳分辨率1024*768以上", "推荐1920x1080分辨率"])
def test_a_screen_size_is_no_websites_number(note):
    assert not slots.web_written(note)


@pytest.mark.parametrize("post", ["stickK.com的总裁", "github.com的创始人", "weibo.cn的负责人"])
def test_an_address_named_as_an_owner_is_no_websites_spelling(post):
    assert glued.grammatical_in(post)
    # the same address glued before a trade word is a bookmaker's
    assert not glued.grammatical_in(post.split("的")[0] + "体育官网")


@pytest.mark.parametrize("title", ["[News]運動彩券盈餘 體委會:專款專用", "【2017】創意牡丹文化節開幕",
                                   "(5G)創意應用大賽開幕"])
def test_a_bracketed_tag_before_a_headline_is_no_glued_name(title):
    assert foreign_prefix(title, title.split(" ")[0] + "\n運動彩券 創意牡丹 創意應用") is None


def test_a_year_inside_a_word_is_no_date():
    # 岑浩|2023澳门今晚开|辉 (rc19-009): a year splitting a name is a search phrase's, no date's
    assert not glued.grammatical("2023", "岑浩", "澳门今晚开辉冀本地传媒")
    assert glued.grammatical("2023", "“", "澳门国际马拉松”开跑")
    # ...unless the article writes the figure apart (咸阳2017踏青 beside 2017“武则天·乾陵杯”)
    assert glued.grammatical("2017", "咸阳", "踏青赏花旅游季", text="2017“武则天·乾陵杯”总决赛")


def _page(lead: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>乾县大唐牡丹文化旅游节开幕</title></head><body>"
            "<h1>乾县大唐牡丹文化旅游节开幕</h1><div class='content'>"
            "<p>本报讯 4月18日,以“听乾陵故事·赏大唐牡丹·迎四方宾客”为主题的大唐牡丹文化旅游节活动在乾县乾陵景区启动。</p>"
            f"<p>{lead}</p><p>景区负责人介绍,今年共有120余个品种的牡丹在园内盛开,游客可免费参观。</p>"
            "</div></body></html>").encode()


@pytest.mark.parametrize("lead", [
    "本次旅游节共推出“攀乾陵”、2017“武则天·乾陵杯”总决赛以及“2017创意牡丹文化旅游节”之主题摄影等6大系列活动。",
    "本次旅游节共推出“攀乾陵”以及《2018创意牡丹文化旅游节》之主题摄影等6大系列活动。",
    "本次旅游节共推出“攀乾陵”以及“5G创意牡丹文化旅游节”之主题摄影等6大系列活动。",
])
def test_a_festivals_page_with_its_own_dated_event_is_not_flagged(lead):
    a = clean_page(_page(lead), url="https://szb.example.com/2017/page_02_content_002.htm")
    assert not a.hijacked, a.findings
    assert "创意牡丹文化旅游节" in a.text


def test_a_bookmakers_mark_in_the_festivals_place_flags_the_page():
    lead = "本次旅游节共推出“攀乾陵”以及“yl23411创意牡丹文化旅游节”之主题摄影等6大系列活动。"
    a = clean_page(_page(lead), url="https://szb.example.com/2017/page_02_content_002.htm")
    assert a.hijacked
    assert "yl23411" not in a.text
