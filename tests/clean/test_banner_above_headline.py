"""What a reader of a short blog post notices: a notice the site shows above every post (a farewell,
a maintenance banner) is not the post's text, and the author the template writes in its own field
under the headline is the post's author."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

BANNER = ("親愛的讀者，本站已完成階段性的任務，之後將由社群接手推廣，網站內容基本上不會再更動，"
          "感謝大家多年來的支持與愛護，我們有緣再會。")
POST = ("本週六下午在市立圖書館舉行開放授權講座，邀請三位講者分享如何以開放授權釋出照片與音樂，"
        "現場也會示範授權標示的方法，歡迎有興趣的朋友一起參加。")
HEADLINE = "開放授權講座週六登場"
MENU = "".join(f"<li><a href='/c{i}'>分類{i}</a></li>" for i in range(12))


def _page(main: str) -> bytes:
    return (f"<html><head><title>{HEADLINE} | 共享文化計畫</title></head><body>"
            f"<div id='header'><h1><a href='/'>共享文化計畫</a></h1><ul>{MENU}</ul></div>"
            f"{main}<div id='footer'><p>聯絡我們</p></div></body></html>").encode()


# Three templates of one act: a banner in the box that holds the post, before the post's headline.
BANNERS = {
    # a Drupal region above the content column, both in the main box
    "region": ("<div id='main'><div class='region region-highlighted'><div class='block'>"
               f"<h2>再會了</h2>{BANNER}</div></div>"
               f"<div id='content' class='column'><h1 id='page-title'>{HEADLINE}</h1>"
               f"<article><p class='submitted'>2011-11-12</p><div class='body'><p>{POST}</p></div></article>"
               "</div></div>"),
    # a notice paragraph right before an <article> whose header holds the headline
    "notice": (f"<div class='wrap'><p class='site-notice'>{BANNER}</p>"
               f"<article><header><h1>{HEADLINE}</h1></header><p>{POST}</p></article></div>"),
    # a section before the headline, the headline and the post side by side in one box
    "section": (f"<div class='main'><section class='announce'><p>{BANNER}</p></section>"
                f"<h1>{HEADLINE}</h1><div class='post'><p>{POST}</p></div></div>"),
}


@pytest.mark.parametrize("shape", sorted(BANNERS))
def test_a_banner_above_the_posts_headline_is_not_its_text(shape):
    a = clean_page(_page(BANNERS[shape]))
    assert POST in a.text
    assert "階段性的任務" not in a.text


def test_a_lead_under_the_headline_stays():
    # the rule cuts only what stands before the headline: a lead between it and the body is the post's
    lead = "編者按：這是本系列的第三篇，介紹社區如何以開放授權分享老照片，並整理相關的參考資料。"
    a = clean_page(_page(f"<div class='main'><h1>{HEADLINE}</h1><p class='lead'>{lead}</p>"
                         f"<div class='post'><p>{POST}</p></div></div>"))
    assert lead in a.text and POST in a.text


def _field_page(author_field: str) -> bytes:
    return _page(f"<div id='main'><div class='region region-highlighted'><h2>再會了</h2>{BANNER}<br><br>{BANNER}</div>"
                 f"<div id='content'><h1>{HEADLINE}</h1><article><p class='submitted'>2016-02-14</p>"
                 f"{author_field}<div class='field-name-body'>{''.join(f'<p>{POST}</p>' for _ in range(4))}</div></article></div></div>")


# The author's field under the headline, classed "author" (three templates' spellings): read once the
# banner above the headline is no longer the top of the post, where the byline is looked for.
FIELDS = {
    "drupal": ("<div class='field field-name-field-author'><div class='field-items'>"
               "<div class='field-item even'>王大明</div></div></div>", "王大明"),
    "post-author": ("<div class='post-author'><p>陳美玲</p></div>", "陳美玲"),
    "entry-author": ("<section class='entry-author'><div><span>李志強</span></div></section>", "李志強"),
}


@pytest.mark.parametrize("shape", sorted(FIELDS))
def test_the_author_field_under_the_headline_is_read_past_a_banner(shape):
    field, name = FIELDS[shape]
    a = clean_page(_field_page(field))
    assert a.author == name
    assert POST in a.text


# A keyword line set above the headline in the post's box (a hijack's first line, real-cases-v23): the
# extractor cuts it with the banner, and it is read as the post's head line all the same — flagged, and
# nowhere in the text. Three spellings of the line, each in the three templates above.
KEYWORDS = ["国产成人精品无码视频", "亚洲欧美日韩精品一区二区", "无码中文字幕在线观看", "日韩AV一区二区三区"]
KEYWORD_LINES = {"underscores": "_".join(KEYWORDS), "spaces": " ".join(KEYWORDS), "bars": "|".join(KEYWORDS)}
ABOVE = {
    "section": "<div class='main'><p>{line}</p><h1>{h}</h1><div class='post'><p>{p}</p><p>{p}</p></div></div>",
    "notice": "<div class='wrap'><p>{line}</p><article><header><h1>{h}</h1></header><p>{p}</p><p>{p}</p></article></div>",
    "region": ("<div id='main'><div class='region'><div class='block'>{line}</div></div><div id='content'><h1>{h}</h1>"
               "<article><div class='body'><p>{p}</p><p>{p}</p></div></article></div></div>"),
}


@pytest.mark.parametrize("spelling", sorted(KEYWORD_LINES))
@pytest.mark.parametrize("shape", sorted(ABOVE))
def test_a_keyword_line_above_the_headline_is_still_flagged(shape, spelling):
    a = clean_page(_page(ABOVE[shape].format(line=KEYWORD_LINES[spelling], h=HEADLINE, p=POST)))
    assert a.hijacked
    assert POST in a.text
    assert not any(k in a.text for k in KEYWORDS)
