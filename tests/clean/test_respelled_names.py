"""A proven page's injected names in the spellings spammers give them to slip past filters
(session 29, br29, issue 11's residue; v37 §3, respelled.py): a character swapped for one that
sounds the same (开芸体育 for 开云体育), one slipped between two of a brand's characters (新葡的京 for
新葡京), a Latin look-alike (BETVlCTOR) of a name the page proved spam. On a page flagged as hijacked
they go from the text; a page not flagged, and a word one edit from a brand that is another phrase
(半导体育人才), keep every word. Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.respelled import respellings
from tests.clean.conftest import everything, kinds


def school_copy(unit: str) -> bytes:
    """A school's news at its CMS's address, its chrome stripped (a copy: takeover.cms_path_host)."""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head><body><div class=\"arti\">"
            f"<p>10月27日,{unit}党委理论学习中心组召开2025年度第十次集体学习会,学院领导班子成员参加了学习研讨。</p>"
            "<p>学院党委副书记首先领学了会议公报,结合学院思想政治教育工作现状提出要求。</p>"
            "</div><div class=\"foot\">Copyright</div></body></html>").encode()


COPY = "https://www.247projects.com/info/1035/15489.html"
OWN = "https://xy.example.edu.cn/info/1035/15489.html"


def test_a_brand_respelled_on_a_proven_copy_is_cut():
    for unit, brand in (("开芸体育-(中国)官方网站", "开芸体育"), ("新葡的京官网", "新葡的京"), ("澳门威尼撕人官网", "威尼撕人")):
        a = clean_page(school_copy(unit), url=COPY)
        assert a.hijacked and "mirror_copy" in kinds(a), a.findings
        assert brand not in everything(a), (unit, a.text)
        assert "党委理论学习中心组召开2025年度第十次集体学习会" in a.text


def test_a_page_not_flagged_keeps_the_respelling():
    # (a school's hall whose name is one sound from a brand: unflagged, nothing is read)
    a = clean_page(school_copy("学院在开芸体育馆举行理论学习会后,"), url=OWN)
    assert not a.hijacked and not a.findings and "学院在开芸体育馆举行" in a.text, a.findings


def test_a_proven_name_is_read_through_its_look_alike_letters_and_slipped_digits():
    assert respellings(["伟德BETVlCTOR1946方炜老師"], ["伟德BETVICTOR"]) == {"伟德betvlctor"}
    assert respellings(["意昂4体育文化节"], ["意昂体育"]) == {"意昂4体育"}


def test_words_one_edit_from_a_brand_that_are_other_phrases_stay():
    # 半导体育人才 is 半导体 + 育人才, not 半岛体育 respelled; 开展体育 swaps 云 for no like sound
    assert not respellings(["学院着力培养半导体育人才", "学校积极开展体育活动", "新学期葡京路小学开学"], [])
    for unit in ("半导体育人才基地", "音乐与体育学部", "千亿级体育产业园", "北京娱乐信报社"):
        # (one sound or one character from 半岛体育, 乐鱼体育, 千亿体育, 葡京娱乐 — on a proven copy too:
        # a Han edit is read only with a web tail glued on; 北 is read bei, 葡 pu, in their common readings)
        a = clean_page(school_copy(unit), url=COPY)
        assert a.hijacked and unit in a.text, a.text


@pytest.mark.xfail(strict=True, reason="br29's glued-digit names (variant ab54702) left out: a report's quantities "
                   "(约1.5万吨, 支出1025.899万元) read as such names in normalised text, 78 dev records lost text")
def test_a_name_with_digits_glued_before_a_web_word_goes_from_a_proven_copy():
    # 意昂4体育 for 体育 in a sentence of a proven copy (rc37-012's form)
    page = school_copy("学院").replace("学院领导班子成员参加了学习研讨".encode(),
                                     "会后举行第二十二届意昂4体育文化节暨田径运动会开幕式".encode())
    a = clean_page(page, url=COPY)
    assert a.hijacked and "意昂" not in everything(a), a.text
