"""News that reports on hijacked sites (pages built here, none copied): a headline saying what
befell a site (竟显示博彩网站内容, 被盜用 跳轉色情網站) names a kind of site, not a brand, in either
script; an aside listing where old links hide (（如友链、下级单位旧官网）) is no credit."""
from __future__ import annotations

from scraper.clean import clean_page, lexicon


def _page(title: str, h1: str, paragraphs: list[str]) -> bytes:
    return ('<html><head><meta charset="utf-8"><title>' + title + '</title></head><body>'
            '<div class="nav">首页 | 社会 | 民生</div><div class="main">' + (f"<h1>{h1}</h1>" if h1 else "")
            + '<div class="article">' + "".join(f"<p>{p}</p>" for p in paragraphs)
            + '</div></div><div class="foot">关于我们 | 联系方式</div></body></html>').encode()


SIMPLIFIED = "南城区教育局一个栏目页面竟显示博彩网站内容 已责令整改"


def test_a_headline_saying_a_site_page_showed_a_kind_of_site_is_no_spam_title():
    page = _page(SIMPLIFIED, SIMPLIFIED, [
        "近日，有市民反映南城区教育局网站一个栏目页面打开后显示的是博彩网站内容。",
        "经核查，该栏目引用的外部链接域名到期后被他人注册，访问时即显示为博彩网站页面。",
        "区教育局已连夜下线相关栏目，并对全部外部链接开展排查，确保类似问题不再发生。",
    ])
    a = clean_page(page, url="http://news.example.com/2024/05/3.html")
    assert not a.hijacked, a.findings
    assert a.title == SIMPLIFIED


TRADITIONAL = "多地縣級政府網站被盜用 點開竟跳轉色情網站"


def test_the_same_report_in_traditional_script_keeps_title_and_sentences():
    page = _page(TRADITIONAL, "", [
        "報道稱，一些長期無人維護的縣級政府網站近期被盜用，網友點開網址後直接跳轉到色情網站。",
        "專家表示，政府網站應建立常態化巡查機制，及時清理失效的外部鏈接，防止被不法分子利用。",
        "相關部門已要求各地在一個月內完成自查，並向社會公布整改結果，接受公眾監督。",
    ])
    a = clean_page(page, url="https://forum.example.com/thread-88-1-1.html")
    assert not a.hijacked, a.findings
    assert a.title == TRADITIONAL
    assert "直接跳轉到色情網站" in a.text


def test_lexicon_lookups_are_blind_to_script():
    assert lexicon.is_reporting("警方查處一起詐騙案")  # 處, 詐, 騙 fold to the reporting words' characters


def test_a_report_of_what_befell_a_site_is_read_in_either_script():
    assert lexicon.reports_site_event("官網竟然被盜用，點擊網址後跳轉到色情網站")
    assert not lexicon.reports_site_event("免费黄色网站大全在线观看")


def test_an_aside_listing_where_old_links_hide_is_no_credit():
    page = _page("外部链接为何要定期巡查", "外部链接为何要定期巡查", [
        "不少单位网站引用的外部链接（如友链、下属单位旧官网），因域名到期未续费，会被他人抢注后挂上不良内容。",
        "定期巡查能及时发现并切断这些失效链接，避免网站成为不良信息的入口，维护政府网站的公信力。",
        "巡查结果应形成台账，发现问题立即整改，并对整改情况进行复核，确保问题不再反复出现。",
    ])
    a = clean_page(page, url="http://news.example.com/2024/06/9.html")
    assert not a.hijacked, a.findings
    assert "（如友链、下属单位旧官网）" in a.text


def test_a_spam_title_naming_a_kind_of_site_is_still_spam():
    page = _page("免费黄色网站大全_在线观看", "", ["本站每日更新，欢迎收藏。"] * 3)
    a = clean_page(page, url="http://www.example.gov.cn/a/1.html")
    assert a.hijacked
