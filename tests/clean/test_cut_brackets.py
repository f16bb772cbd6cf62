"""A name cut from a title set in brackets (【<brand>】<headline>, issue 11: titles on flagged pages)
takes its brackets along; a pair the page writes empty itself stays."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.evidence import Evidence
from scraper.clean.hijack import scrub
from tests.clean.conftest import FIXTURES


@pytest.mark.xfail(strict=True, reason="measured and left out (hijack.py, at _LEFTOVER_SEPARATORS): dropping an emptied bracket pair gains v33 only (sy33-037), the studied split; variant cd75093")
def test_the_brackets_of_a_cut_name_go_with_it():
    # sy33-037: <title>【澜庭体育】市三中…_澜庭体育app下载, <h1> 【澜庭体育】市三中…
    a = clean_page((FIXTURES / "sy33-037-bracketed-brand-title.html").read_bytes(),
                   url="http://www.lanchengsanzhong.cn/Content.aspx?id=8976")
    assert a.hijacked
    assert a.title == "市三中举行春季田径运动会"


def test_a_pair_the_page_writes_empty_stays():
    ev = Evidence()
    ev.learn("澜庭体育官网", True)
    cleaned, removed = scrub("阅读剩余全文（）澜庭体育官网", ev, in_article=False)
    assert removed and cleaned == "阅读剩余全文（）"
