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


def test_lexicon_lookups_are_blind_to_script():
    assert lexicon.is_reporting("警方查處一起詐騙案")  # 處, 詐, 騙 fold to the reporting words' characters


def test_an_aside_listing_where_old_links_hide_is_no_credit():
    page = _page("外部链接为何要定期巡查", "外部链接为何要定期巡查", [
        "不少单位网站引用的外部链接（如友链、下属单位旧官网），因域名到期未续费，会被他人抢注后挂上不良内容。",
        "定期巡查能及时发现并切断这些失效链接，避免网站成为不良信息的入口，维护政府网站的公信力。",
        "巡查结果应形成台账，发现问题立即整改，并对整改情况进行复核，确保问题不再反复出现。",
    ])
    a = clean_page(page, url="http://news.example.com/2024/06/9.html")
    assert not a.hijacked, a.findings
    assert "（如友链、下属单位旧官网）" in a.text
