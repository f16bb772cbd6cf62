"""Betting keywords planted in a Korean page (v33 §7 item 3): a phrase of
the adverts' register in the place of a topic word in the headline and the text, a line of #tags
after the article, a numbered list of search phrases, a <title> part the page never writes. They
flag the page and are cut; lawful news about casinos and reports on illegal betting sites stay
whole. The pages are invented (the city, the brand and the phrases are no page's). The reader was
measured and left out (variant 22a157a, see noise.cut_hangul_casino): its forms are strict xfails,
the lawful forms must stay clean either way."""

from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds

_LEFT_OUT = pytest.mark.xfail(strict=True, reason="the Korean betting reader (22a157a) is measured, not wired: "
                                                   "its gains outside v33 were on pages read while it was written")

URL = "https://www.example-daily.kr/news/articleView.html?idxno=1024"
_LEAD = [
    "한빛시는 12일 시민체육관에서 ‘2025 한빛시 시민 걷기대회’를 열었다고 밝혔다.",
    "이날 대회에는 시민 1200여 명이 참가해 한빛시 둘레길 5㎞ 구간을 함께 걸었다.",
    "한빛시 관계자는 “시민들의 건강한 여가 생활을 위해 다양한 행사를 이어가겠다”고 말했다.",
]


def _page(title: str, heading: str, paragraphs: list[str], after: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='ko'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='header'></div><div class='main'><h1>{heading}</h1>"
            f"<div id='article-view-content-div'>{body}</div>{after}</div>"
            f"<div class='footer'>Copyright © www.example-daily.kr</div></body></html>").encode()


@_LEFT_OUT
def test_a_register_phrase_in_the_place_of_a_name_in_every_slot_flags_and_is_cut():
    phrase = "카지노사이트 은하 가입머니"  # an invented brand between the trade's words
    headline = "한빛시 시민 걷기대회 성황리 개최"
    lines = [s.replace("한빛시", phrase) for s in _LEAD]
    a = clean_page(_page(headline.replace("한빛시", phrase), headline.replace("한빛시", phrase), lines), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "가입머니" not in everything(a) and "카지노사이트" not in everything(a)
    assert "시민 걷기대회" in (a.title or "") and "둘레길" in a.text


@_LEFT_OUT
def test_a_tag_line_of_casino_keywords_after_a_casino_report_flags():
    report = ["강원도의 한 카지노 리조트가 올해 창립 25주년을 맞았다.",
              "카지노 입구에는 개장을 기다리는 입장객 1000여 명이 모여 있었다.",
              "리조트 측은 지역 일자리와 폐광지역 기금 납부 실적을 함께 공개했다."]
    tags = "<div class='tags'><p>#슬롯#룰렛사이트#카지노게임#바카라사이트#온라인카지노</p></div>"
    a = clean_page(_page("카지노 리조트 25주년", "카지노 리조트 25주년", report, after=tags), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "바카라사이트" not in everything(a) and "입장객" in a.text


@_LEFT_OUT
def test_a_numbered_list_of_search_phrases_above_the_article_flags_and_goes():
    listed = "".join(f"<div class='gg'>NO.{i}: 룰렛 {w}</div>" for i, w in enumerate(["배팅법", "확률", "시스템"], 1))
    raw = _page("룰렛 배팅법", "한빛시 시민 걷기대회 성황리 개최", _LEAD).replace(b"<div class='header'>", listed.encode()
                                                                          + b"<div class='header'>")
    a = clean_page(raw, url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "NO." not in a.text and "룰렛" not in everything(a)


@_LEFT_OUT
def test_a_title_part_naming_a_game_the_page_never_writes_flags():
    headline = "한빛시 시민 걷기대회 성황리 개최"
    a = clean_page(_page(f"{headline}_블랙잭 확률 계산기_hbvip", f"{headline}_온라인 상품권 판매_hbvip", _LEAD), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title == headline


def test_lawful_casino_news_and_reports_on_illegal_sites_stay_whole():
    pages = [
        # a report on illegal betting sites naming the site kind in its headline and text
        ("불법 토토사이트 운영 일당 검거", [
            "경찰은 불법 토토사이트를 운영한 일당 12명을 검거했다고 밝혔다.",
            "이들은 해외에 서버를 두고 불법 토토사이트 3곳을 운영한 혐의를 받고 있다.",
            "경찰은 불법 토토사이트 이용자에 대해서도 수사를 확대할 방침이다."]),
        # a dealers' college, its games named in every paragraph, and its own tags
        ("카지노 딜러 꿈꾸는 학생들", [
            "한 대학 카지노경영학과 학생들이 바카라와 블랙잭 실습에 한창이다.",
            "학생들은 룰렛 게임 진행과 서비스 태도를 평가받는 대회를 준비하고 있다.",
            "학과 관계자는 졸업생 다수가 카지노 딜러로 취업한다고 말했다."]),
    ]
    for headline, lines in pages:
        after = "<div class='tags'>#카지노 #딜러 #대학</div>"
        a = clean_page(_page(f"{headline} - 한빛일보", headline, lines, after=after), url=URL)
        assert not a.hijacked and not kinds(a), headline
        assert all(line in a.text for line in lines)
