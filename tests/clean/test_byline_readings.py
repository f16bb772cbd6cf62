"""Byline readings first needed on the v22 splits: 来源：本站 (the site's own text) kept as the source,
a body set apart in a row that labels its other fields (2023-06-18 · 办公室 · 文/孙明哲), a wire's
credit on the body's first paragraph under an in-body headline, 审核人 as a label that ends a value.
The pages are invented."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.fields import read_fields
from scraper.clean.inforow import row_source

ZH = "镇文化站举办农民丰收节展演，吸引了众多村民前来观看，现场气氛热烈，传统技艺受到广泛关注和好评。"
TITLE = "南坪镇文化站举办农民丰收节展演活动"


def _page(info: str, title: str = TITLE, meta: str = "", first: str = "") -> bytes:
    body = first + "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'>{meta}<title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><div class='main'><h1>{title}</h1>{info}"
            f"<div class='article'>{body}</div></div></body></html>").encode()


def test_this_site_as_the_source_is_kept_but_is_no_author():
    a = clean_page(_page("<p class='meta'><span>2025/06/16</span> <span>来源：本站</span> <span>作者：孙明哲</span></p>"))
    assert a.source == "本站"
    assert a.author == "孙明哲"
    a = clean_page(_page("<div class='meta'>发布时间：2025-06-16 来源：市农业局 作者：本站</div>"))
    assert a.author is None
    assert a.source == "市农业局"


def test_a_table_source_of_this_site_beats_the_issuing_body():
    table = ("<table class='meta'><tr><th>索引号</th><td>nzx-0012</td><th>发布机构</th><td>南坪镇人民政府</td></tr>"
             "<tr><th>成文日期</th><td>2024-11-17</td><th>来源</th><td>本站</td></tr></table>")
    assert clean_page(_page(table, meta="<meta name='ContentSource' content='本站'>")).source == "本站"


def test_an_office_set_apart_in_a_labelled_row_is_the_source():
    a = clean_page(_page("<aside class='date'><small>2023-06-18 · 办公室 · 文/孙明哲</small></aside>"))
    assert a.source == "办公室"
    assert a.author == "孙明哲"
    assert clean_page(_page("<aside><small>2023-06-18 · 本站 · 文/孙明哲</small></aside>")).source == "本站"
    assert row_source("", "2022-04-17 20:00   体育教育学院 审核人:") == "体育教育学院"


def test_a_row_without_labels_names_no_office_as_its_source():
    # a section or a place beside a date is no 来源 where the row labels nothing; an office is, read by
    # its form (inforow.info_row: synthetic-v23/v24 dev write the unit so, and their truth keeps it)
    assert row_source("", "2023-06-18 · 要闻") is None
    assert row_source("", "2023-06-18 · 办公室") == "办公室"
    # before the date, the site's own name in the header glued to the row
    assert row_source("", "南坪镇人民政府门户网站 www.nanping.gov.cn 发布时间:2018-01-02 10:51") is None
    a = clean_page(_page("<div class='meta'>2023-06-18 · 国内</div>"))
    assert a.source is None


def test_an_unlisted_reviewer_label_ends_the_value_before_it():
    fields = read_fields("发布时间：2022-04-17 来源：体育教育学院 审核人：王刚")
    assert [(f.name, f.value) for f in fields if f.name == "source"] == [("source", "体育教育学院")]


def test_a_wire_credit_under_an_in_body_headline_gives_author_and_outlet():
    body = ("<div class='article'><h1>某地举办年度防灾演练</h1><div class='info'>2026/3/13 15:20</div>"
            "<div class='content'><p>(中央社記者林雅雯台北13日電)" + ZH + "</p>"
            + "".join(f"<p>{ZH}({i})</p>" for i in range(4)) + "</div></div>")
    page = ("<html><head><meta charset='utf-8'><title>某地举办年度防灾演练</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div>{body}</body></html>").encode()
    a = clean_page(page)
    assert a.author == "林雅雯"
    assert a.source == "中央社"



def _spam_headed(brand: str) -> bytes:
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(3))
    return (f"<html><head><meta charset='utf-8'><title>{brand}|{brand}手机版|{brand}官方网站</title></head><body>"
            f"<div class='kw-head'><h1>{brand}|{brand}手机版|{brand}官方网站</h1><p>{brand}为您提供最新最全的娱乐资讯，"
            f"点击进入{brand}。</p></div><header><div class='title'>南坪镇人民政府新闻网</div></header>"
            f"<main><article><h1>{TITLE}</h1><aside><small>2023-09-01 · 本站 · 文/何静姝</small></aside>{body}"
            "</article></main><footer>Copyright &copy; 南坪镇人民政府</footer></body></html>").encode()


def test_a_spam_heading_above_the_article_gives_way_to_the_articles_own():
    a = clean_page(_spam_headed("金樽百家乐"))
    assert a.hijacked
    assert a.title == TITLE
    assert "百家乐" not in a.text


def test_the_title_part_that_held_a_brand_goes_whole():
    title = f"{TITLE}-j9九游会老友俱乐部"
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(3))
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='menu'><a>首页</a>"
            f"<a>新闻动态</a></div><div class='news-title'><h2>{title}</h2></div><div class='news-info'>发布日期:2022-03-21 "
            f"浏览次数:1</div><div class='v_news_content'>{body}</div></body></html>").encode()
    assert clean_page(page).title == TITLE
