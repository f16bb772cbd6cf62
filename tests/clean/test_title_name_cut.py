"""Residue on a proven page (issue 11): a trade's name set as the whole <title> and in the body's
place in the story's sentences goes from the text and the title; a reading glossed in brackets
(點(diǎn)) is part of its word, no end of a name glued before the headline."""
from __future__ import annotations

from scraper.clean import clean_page, lexicon
from scraper.clean.glosses import glossed
from scraper.clean.titles import foreign_prefix
from tests.clean.conftest import everything

_NAME = "远航7官网"
_STORY = (f"<p>11月7日上午，{_NAME}2024年秋季运动会在第一田径场开幕。我校党委书记、校长出席开幕式并致辞。</p>"
          f"<p>会上{_NAME}体育部主任介绍了本届运动会的筹备情况，全校共有两千余名师生报名参加各项比赛。</p>"
          "<p>我校将以本届运动会为契机，进一步推进阳光体育运动，增强师生体质，营造积极向上的校园体育氛围。</p>")


def school_page(title: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="content">{_STORY}</div></body></html>').encode()


def test_a_trade_name_as_the_title_and_in_the_schools_place_goes_from_a_proven_page():
    # (a name of weight 0 that no other reader cuts: a stem, a digit, 官网)
    a = clean_page(school_page(_NAME), url="https://www.gardenshop-example.com/info/1021/3307.htm")
    assert a.hijacked
    assert _NAME not in everything(a)
    assert "2024年秋季运动会在第一田径场开幕" in (a.text or "")


def test_the_names_made_up_stem_goes_where_it_stands_for_a_word():
    page = school_page(_NAME).replace("体育部主任".encode(), "远航7体育部主任".encode())
    a = clean_page(page, url="https://www.gardenshop-example.com/info/1021/3307.htm")
    assert a.hijacked and "远航7" not in everything(a)
    assert "体育部主任" in (a.text or "")


def test_a_title_with_no_trade_shape_stays_in_a_proven_pages_text():
    story = _STORY.replace("体育部主任介绍", "体育部主任在学校新闻网介绍")
    page = school_page("学校新闻网").replace(_STORY.encode(), story.encode())
    a = clean_page(page, url="https://www.gardenshop-example.com/info/1021/3307.htm")
    assert a.hijacked
    assert "学校新闻网介绍" in (a.text or "")


def test_a_glossed_reading_is_no_end_of_a_glued_name():
    title = "中國體育報點(diǎn)名乒乓球亞洲杯「飯圈」亂象:治理是不容懈怠的持久戰(zhàn)"
    text = f"{lexicon.normalize(title)} 近日举行的乒乓球亚洲杯上「饭圈」乱象再次入场,扰乱赛场秩序。"
    assert foreign_prefix(title, text) is None


def test_a_capitalised_word_in_brackets_is_no_gloss():
    assert glossed("點(diǎn)名") and glossed("大學(xue)")
    assert not glossed("澳汇国际(Macao)官网")
