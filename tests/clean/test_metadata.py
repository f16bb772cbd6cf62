"""Title, published, author, source and language as a reader of the page would state them."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.dates import date_from_url, parse_date


def test_byline_forms_editors_and_meta(clean):
    a = clean("metadata-forms.html")
    assert a.title == "关于公布2024年度科研项目立项结果的通知"
    assert a.published == "2024-05-09T15:20:00+08:00"   # [ 2024-05-09 15:20 ]
    assert a.author == "赵敏"                            # 文/赵敏, not 责任编辑：孙强
    assert a.source is None
    assert a.language == "zh"


@pytest.mark.parametrize("text, iso", [
    ("发布时间：2024-05-09 15:20", "2024-05-09T15:20:00+08:00"),
    ("2024年5月9日", "2024-05-09"),
    ("2024/05/09", "2024-05-09"),
    ("[ 2024-03-16 ]", "2024-03-16"),
    ("2005年03月11日12:12", "2005-03-11T12:12:00+08:00"),
    ("2022-02-06T13:48:00+01:00", "2022-02-06T13:48:00+01:00"),
    ("浏览次数：1532", None),
])
def test_date_forms(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("url, iso", [
    ("https://www.nmg.gov.cn/zwyw/jrgz/202202/t20220211_2004628.html", "2022-02-11"),
    ("https://www.x.edu.cn/2024/0509/c1234a5678/page.htm", "2024-05-09"),
    ("http://news.china.com.cn/2024-05/13/content_117184963.shtml", "2024-05-13"),
    ("https://www.x.edu.cn/info/1012/3456.htm", None),
])
def test_dates_in_urls(url, iso):
    assert date_from_url(url) == iso


def test_sidebar_dates_are_not_the_publish_date(clean):
    a = clean("synthetic-013-d07-dede.html", url=None)  # sidebar lists carry 2024 dates
    assert a.published == "2023-05-19"
    assert a.source == "外国语学院"
    assert a.author is None                               # 作者:未知


def test_meta_published_time_and_url_fallbacks():
    body = "<div><p>这是一篇没有署名行的文章，正文写得比较长，内容完整，可供测试使用。</p><p>第二段，仍然是正文。</p></div>"
    meta = ('<html><head><meta property="article:published_time" content="2023-12-01T08:00:00+08:00">'
            f"</head><body>{body}</body></html>").encode()
    assert clean_page(meta).published == "2023-12-01T08:00:00+08:00"
    plain = f"<html><body>{body}</body></html>".encode()
    assert clean_page(plain, url="https://www.x.gov.cn/art/2021/3/t20210305_99.html").published == "2021-03-05"


def test_english_page_language_and_byline(clean):
    a = clean("synthetic-016-d09-vsb.html")
    assert a.language == "en"
    assert a.title == "Graduate School Launches Writing Support Program"
    assert a.author == "Li Na" and a.source == "Graduate School"
    assert "bet365" not in a.text.lower()


def test_site_name_suffix_removed_from_title(clean):
    a = clean("synthetic-015-d08-vsb.html")
    assert a.title == "区市场监管局开展校园周边食品安全专项整治"


def test_source_selectors_override(clean):
    a = clean("metadata-forms.html", selectors={"title": "h3", "body": ".side", "author": ".meta span"})
    assert a.title == "最新通知"
    assert a.author == "321"
    assert "关于举办学术讲座的通知" in a.text
