"""A line of search phrases above the article is spam however its phrases are joined (issue 11, v23 §2 A):
joined by hyphens (`A-B-C`, as porn farms chain their <title>s), or with a look-alike letter in a phrase
(`一级αv`, a Greek alpha for a Latin a), it is the same keyword line as one joined by `_`. A page's own
hyphen-joined lines (a headline with its channel and site, `标题 - 频道 - 某网`) repeat the page's words
and stay.

Measured, not wired (variant bfaaaae): it gains v23 only (tokens.py's note above _PHRASE), so the two
spam forms are strict xfails; the legit form is asserted as it stands."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

URL = "http://www.example-essays.cn/doc/2024/0512/1201.html"

BODY = ("<p>隧道工程建設的信息化技術,包括開展基於大數據技術的盾構施工分析與控制研究,以及數字隧道向智慧隧道的發展。</p>"
        "<p>專家指出,工程風險管理要從設計階段開始,建立全過程的風險評估制度,並在施工中動態更新評估結果。</p>"
        "<p>本文整理了七篇風險評估的案例,供從事工程管理的讀者參考。</p>")


def _page(top_line: str, headline: str = "風險評估的案例精品") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<div class="tl">{top_line}</div>'
            '<div class="crumb"><a href="/">首頁</a> &gt; <a href="/doc/">精品范文</a></div>'
            f'<div class="article"><h1>{headline}</h1><div class="info">時間:2024-05-12 16:00</div>'
            f'<div class="content">{BODY}</div></div></body></html>').encode()


@pytest.mark.xfail(strict=True, reason="rl26 variant bfaaaae measured, not wired: gains v23 only (tokens._PHRASE's note)")
def test_a_hyphen_joined_keyword_line_above_the_article_is_spam_and_cut():
    line = "秋夜理论片久久电影-丁香色九月综合激情-欧美在线观看少妇视频-精品国产久久久久久久"
    a = clean_page(_page(line), url=URL)
    assert a.hijacked and "spam_text" in {f.kind for f in a.findings}
    assert "丁香色" not in a.text and "隧道工程" in a.text


@pytest.mark.xfail(strict=True, reason="rl26 variant bfaaaae measured, not wired: gains v23 only (tokens._PHRASE's note)")
def test_a_keyword_line_with_a_look_alike_letter_is_still_a_keyword_line():
    line = "亚洲一级αv毛片在线_深夜福利视频免费看_无码中文字幕在线观看"
    a = clean_page(_page(line), url=URL)
    assert a.hijacked and "spam_text" in {f.kind for f in a.findings}
    assert "毛片" not in a.text


def test_a_headline_with_its_channel_and_site_joined_by_hyphens_stays_clean():
    headline = "隧道工程風險評估的案例研究"
    a = clean_page(_page(f"{headline} - 工程管理 - 精品范文網", headline), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == headline
