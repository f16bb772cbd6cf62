"""URL cleaning and the article/listing/pagination heuristics, on URL shapes of real gov/edu CMSs."""
import re

import pytest

from scraper import links


def test_clean_url_drops_fragment_and_tracking_only():
    url = "HTTP://WWW.Gzou.edu.cn/info/1012/5678.htm?from=timeline&utm_source=wechat&spm=a.b&id=7#comments"
    assert links.clean_url(url) == "http://www.gzou.edu.cn/info/1012/5678.htm?id=7"
    assert links.clean_url("https://x.cn/a.htm?isappinstalled=0") == "https://x.cn/a.htm"


@pytest.mark.parametrize("url", [
    "https://www.gzou.edu.cn/info/1012/5678.htm",                       # VSB
    "https://www.xx.edu.cn/2024/0101/c1a2/page.htm",                     # VSB new
    "http://www.xx.gov.cn/art/2024/5/9/art_1229_4567.html",              # 大汉 JCMS
    "http://www.xx.gov.cn/xxgk/zcwj/202405/t20240509_123456.html",       # TRS WCM
    "http://www.xx.gov.cn/a/xinwen/2024/0704/1201.html",                 # DedeCMS
    "http://www.xx.edu.cn/index.php?m=content&c=index&a=show&catid=9&id=123",  # PHPCMS
    "https://blog.xx.edu.cn/?p=4321",                                    # WordPress
    "https://www.xx.edu.cn/news/2024/05/09/campus-day/",                 # WordPress dated
])
def test_article_urls(url):
    assert links.looks_like_article(url, "学校召开2024年第十二次校长办公会议")


@pytest.mark.parametrize("url", [
    "https://www.gzou.edu.cn/xwzx/list.htm",
    "http://www.xx.gov.cn/xwzx/index_2.htm",
    "http://www.xx.gov.cn/col/col1229/index.html",
    "https://www.xx.edu.cn/news/?page=3",
    "https://www.xx.edu.cn/",
])
def test_listing_urls_are_not_articles(url):
    assert not links.looks_like_article(url, "新闻中心")


def test_article_pattern_decides_alone():
    pattern = re.compile(r"/info/\d+/\d+\.htm$")
    assert links.looks_like_article("https://x.cn/info/1/2.htm", "", pattern)
    assert not links.looks_like_article("https://x.cn/2024/0101/c1a2/page.htm", "长长的新闻标题在这里", pattern)


@pytest.mark.parametrize("url,text,listing", [
    ("https://x.cn/xwzx/list2.htm", "下一页", "https://x.cn/xwzx/list.htm"),
    ("https://x.cn/xwzx/index_3.htm", "3", "https://x.cn/xwzx/index.htm"),
    ("https://x.cn/news/?page=2", "2", "https://x.cn/news/"),
    ("https://www.gzou.edu.cn/xwzx/xxyw/98.htm", "2", "https://www.gzou.edu.cn/xwzx/xxyw.htm"),
    ("https://x.cn/xwzx/index_9.htm", "尾页", "https://x.cn/xwzx/index.htm"),
])
def test_pagination(url, text, listing):
    assert links.looks_like_pagination(url, text, listing)


def test_headline_links_are_not_pagination():
    assert not links.looks_like_pagination("http://x.cn/a/xinwen/1201.html", "市人民政府召开第三十七次常务会议",
                                           "http://x.cn/a/xinwen/")
    assert not links.looks_like_pagination("https://x.cn/", "首页", "https://x.cn/xwzx/list.htm")


def test_files_and_scripts_are_not_followed():
    assert not links.is_followable("https://x.cn/upload/2024/xl.pdf")
    assert not links.is_followable("javascript:window.print()")
    assert not links.is_followable("mailto:a@b.cn")
    assert links.is_binary_link("https://x.cn/uploads/a.DOCX")
    assert links.in_domains("https://news.gzou.edu.cn/a", ("gzou.edu.cn",))
    assert not links.in_domains("https://gzou.edu.cn.evil.bet/a", ("gzou.edu.cn",))
