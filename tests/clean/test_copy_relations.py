"""A story of bodies its serving site names nowhere (v44 §1 R2, §7.2): a news column that is one item of a menu
says nothing of whose the story is, so it does not excuse the copy; a column the page is filed under (its heading
or a crumb), a 来源, or a local address still do."""
from __future__ import annotations

from scraper.clean import clean_page

TITLE = "中央彩票专项公益金项目助力菏泽市曹县大集镇乡村振兴"
LEAD = ("<p>菏泽市曹县近日出现普遍降雨，在大集镇徐庄、李楼等村，老百姓却没有了以往的抱怨，都在说出行方便了。</p>"
        "<p>这得益于中央专项彩票公益金支持欠发达革命老区乡村振兴项目，村里的道路全部完成了硬化。</p>")
COPY_URL = "http://m.hotsrq.com/mrdx/20241025/70492583e260487d921dc01056e179bd/c.html"
MENU = "首頁 | 新聞中心 | 國內 | 教育"


def story_page(source: str = "", nav: str = MENU) -> bytes:
    credit = f" 来源:{source}" if source else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='nav'>{nav}</div><div class='crumb'>首页 &gt; 每日导读 &gt; 正文</div>"
            f"<div class='article'><h1>{TITLE}</h1><div class='info'>2024-10-25 12:40:18{credit}</div>"
            f"<div class='con'>{LEAD}</div></div>"
            "<div class='foot'>關于我們 | 聯系我們 | 網站地圖</div></body></html>").encode()


def test_a_story_under_a_menu_naming_a_news_column_on_an_unrelated_host_is_flagged_and_kept():
    a = clean_page(story_page(), url=COPY_URL)
    assert a.hijacked and any(f.kind == "mirror_copy" and "m.hotsrq.com" in f.evidence for f in a.findings), a.findings
    assert "村里的道路全部完成了硬化" in a.text


def test_the_same_story_filed_under_a_news_column_crediting_an_outlet_or_served_locally_is_left_alone():
    for body, url in ((story_page(nav="新闻中心"), COPY_URL),  # the column the page is filed under
                      (story_page("经济参考网"), COPY_URL),  # a 来源
                      (story_page(), "http://127.0.0.1:8000/c.html")):
        a = clean_page(body, url=url)
        assert not a.hijacked and not a.findings, (url, a.findings)
