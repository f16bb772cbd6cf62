"""A search box's suggestions for a brand pasted as lines for crawlers (v10 real miss: an emoji
line and ten "<name>app<promo>" lines above a borrowed article): the list and its name go page-wide;
a site's own lists that share a head do not."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything


def test_a_search_suggestion_list_of_a_name_goes_with_the_name_everywhere():
    # what a search box suggests for an app's name, pasted as lines above a borrowed article
    suggestions = "".join(f"<p>星河球app{tail}</p>" for tail in
                          ("官方网站", "下载安装", "店铺", "官方", "最新版下载", "平台官网入口"))
    raw = ("<html><head><meta charset='utf-8'><title>星河球app官方网站</title></head><body>"
           f"<div class='top-nav'>首页 新闻 社会</div><div class='kw'>{suggestions}</div>"
           "<div class='article'><p>今夏高温持续,社区服务中心推出延时服务,工作日晚上延时开放,周末也不打烊。</p>"
           "<p>记者来到小区调查,居民区党群服务中心星河球app除了图书馆外,还有多功能活动室和健身房。</p></div>"
           "</body></html>").encode()
    a = clean_page(raw, url="https://copy-host.example/news/1.html")
    assert a.hijacked
    assert "星河球app" not in everything(a)
    assert "还有多功能活动室和健身房" in a.text


def test_a_sites_own_list_with_a_shared_head_is_no_suggestion_list():
    from scraper.clean.pasted import suggestion_lists
    assert suggestion_lists(["学院概况", "学院简介", "学院领导", "学院机构", "学院历史", "学院风光"]) == []
    menu = ["F.A.Z. App", "F.A.Z. Der Tag App", "F.A.Z. Kiosk App", "F.A.Z. Pro", "F.A.Z. Einspruch"]
    assert suggestion_lists(menu, links=frozenset(menu)) == []
