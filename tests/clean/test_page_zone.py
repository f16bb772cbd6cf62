"""A publish date on the page's own local day: the zone its metas declare (session 35)."""
from __future__ import annotations

from scraper.clean import clean_page

_BODY = ("<p>昇降式デスクを導入しました。毎日の作業が立ったままでもできるようになり、肩こりがかなり楽になったと感じています。</p>"
         "<p>天板の広さは百四十センチで、モニターを二枚並べても十分な余裕があります。高さの記憶ボタンも便利です。</p>"
         "<p>組み立てには一時間ほどかかりましたが、説明書がわかりやすく、一人でも問題なく作業できました。</p>")


def _page(body: str, *, head: str = "", stamp: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>デスクを導入しました</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>トップ</a> <a href='/about'>概要</a></div>"
            f"<article><h1>デスクを導入しました</h1><div class='date'>{stamp}</div>"
            f"<div class='entry-content'>{body}</div></article></body></html>").encode()


_JST = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2021-10-18T08:17:14+09:00"}</script>'


def test_a_utc_time_is_read_on_the_day_the_page_declares_its_zone():
    # 23:17 UTC on the 17th is 08:17 on the 18th where the page's own JSON-LD writes +09:00
    stamp = "<time datetime='2021-10-17T23:17:14Z'>1日前</time>"
    assert clean_page(_page(_BODY, head=_JST, stamp=stamp)).published == "2021-10-18T08:17:14+09:00"


def test_a_visible_time_without_a_zone_is_read_in_the_declared_zone():
    head = '<meta property="article:published_time" content="2021-10-13T12:20:09+09:00">'
    assert clean_page(_page(_BODY, head=head, stamp="2021/10/13 12:20")).published == "2021-10-13T12:20:00+09:00"


def test_a_utc_meta_says_nothing_of_the_page_zone():
    # a CMS storing UTC: the visible time stays in the default zone, the UTC stamp as written
    head = '<meta property="article:published_time" content="2021-10-13T04:20:00Z">'
    assert clean_page(_page(_BODY, head=head, stamp="2021/10/13 12:20")).published == "2021-10-13T12:20:00+08:00"
