"""A reprint's note of its first headline ("原标题：X", "（原标题：X）") stands beside the page's own
headline; it is never the title, label and all (dev-v34-xmunews: people.com.cn's otitle line, 8 pages)."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

URL = "http://finance.example.cn/n1/2018/0601/c1004-30028000.html"
BODY = ("近期，关于外资开放的举措密集出台。5月30日召开的国务院常务会议决定，进一步扩大对外开放，"
        "积极有效利用外资，推动经济高质量发展。") * 3


def page(headline: str, note: str, site: str = "--财经--人民网") -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{headline}{site}</title></head><body>'
            f'<h1>{headline}</h1><div class="box_con"><div class="otitle">{note}</div>'
            f'<p>{BODY}</p><p>{BODY}</p></div></body></html>').encode()


@pytest.mark.xfail(strict=True, reason="the reprint-note reader (621334f) is measured, not wired: it changed titles "
                   "on dev-v34-xmunews only (0.900 -> 1.000), no second dev set")
def test_the_note_of_the_same_headline_is_not_taken_with_its_label():
    headline = "积极有效利用外资是力度更大的开放"
    a = clean_page(page(headline, f"原标题：{headline}"), url=URL)
    assert a.title == headline


def test_a_bracketed_note_of_another_headline_leaves_the_pages_own():
    headline = "同意延长通化丰源投资等公司债核准文件有效期"
    note = "（原题：关于同意延长通化市丰源投资开发有限公司等六家公司债券核准文件有效期的函）"
    a = clean_page(page(headline, note), url=URL)
    assert a.title == headline


def test_a_headline_that_only_talks_of_an_original_title_stays():
    headline = "原标题之争：电影改名背后的营销逻辑"
    a = clean_page(page(headline, ""), url=URL)
    assert a.title == headline


def test_the_note_of_a_reprints_first_headline_stays_in_the_text():
    headline = "同意延长通化丰源投资等公司债核准文件有效期"
    note = "（原标题：关于同意延长通化市丰源投资开发有限公司等六家公司债券核准文件有效期的函）"
    raw = (f'<html><head><meta charset="utf-8"><title>{headline}</title></head><body><h1>{headline}</h1>'
           f'<div class="content"><p>{note}</p><p>{BODY}</p><p>{BODY}</p></div></body></html>').encode()
    a = clean_page(raw, url=URL)
    assert note in a.text.split("\n")
