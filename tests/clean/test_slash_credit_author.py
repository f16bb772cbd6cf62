"""What a reader of a Taiwanese blog post notices in its author field: the writing or compiling credit
written after a slash, half or full width (林懿萱/編譯, 林誠夏／文, 柯俊如 /編譯), is no part of the
author's name; the name of an organisation a slash credit follows is not cut to its last characters."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

POST = ("本週六下午在市立圖書館舉行開放授權講座，邀請三位講者分享如何以開放授權釋出照片與音樂，"
        "現場也會示範授權標示的方法，歡迎有興趣的朋友一起參加。")
HEADLINE = "開放授權講座週六登場"


def _page(value: str) -> bytes:
    body = "".join(f"<p>{POST}</p>" for _ in range(4))
    return (f"<html><head><title>{HEADLINE} | 共享文化計畫</title></head><body>"
            f"<div id='content'><h1>{HEADLINE}</h1><article><p class='submitted'>2016-02-14</p>"
            f"<div class='field field-name-field-author'><div class='field-items'><div class='field-item'>{value}</div>"
            f"</div></div><div class='field-name-body'>{body}</div></article></div></body></html>").encode()


@pytest.mark.parametrize("value,name", [("林懿萱/編譯", "林懿萱"), ("林誠夏／文", "林誠夏"), ("柯俊如 /編譯", "柯俊如")])
def test_the_credit_after_a_slash_is_no_part_of_the_authors_name(value, name):
    a = clean_page(_page(value))
    assert a.author == name
    assert POST in a.text


def test_an_organisations_name_before_a_slash_credit_is_not_cut_to_its_tail():
    assert clean_page(_page("共享CC計畫 /文")).author != "計畫"
