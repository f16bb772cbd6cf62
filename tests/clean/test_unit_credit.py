"""A body's news crediting its own unit as 来源 (校团委, 党委宣传部, a party branch), copied onto an unrelated host
(v43 §1 R2): the credit says the page is the body's own, not a source stated from elsewhere; and the near-forms
left alone — its own or a spelling host, a local mirror, a publisher's chrome, an outlet credited."""
from __future__ import annotations

from scraper.clean import clean_page

LEAD = ("<p>在中秋国庆双节到来之际，9月28日下午，我院心血管内科联合第五党支部在住院部医生办公室开展主题党日活动，"
        "向病友及家属和科室同仁们致以美好的祝福及诚挚的问候。</p>"
        "<p>活动最后以品月饼、赏花灯、猜灯谜的传统文化来进行，营造了浓浓的节日氛围，缩短了医患的距离。</p>")
COPY_URL = "http://lastembryo.com/news_major/2023/lejvxBej.html"


def unit_page(source: str, site: str = "") -> bytes:
    title = "第五党支部开展“情满中秋月”主题党日活动"
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'>{site + ' ' if site else ''}医院概况 | 科室导航 | 就医指南</div>"
            f"<div class='article'><h3>{title}</h3><div class='by'>发布时间:2023-09-30 来源:{source}</div>"
            f"<div class='con'>{LEAD}</div></div>"
            f"<div class='foot'>{'版权所有 ' + site if site else '版权所有'}</div></body></html>").encode()


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


def test_a_units_credited_news_on_an_unrelated_host_is_flagged_and_kept_whole():
    for source in ("仙葫党总支第五党支部", "校团委", "党委宣传部", "招生就业处"):
        a = clean_page(unit_page(source), url=COPY_URL)
        assert a.hijacked and "mirror_copy" in kinds(a), (source, a.findings)
        assert any("lastembryo.com" in f.evidence for f in a.findings)
        assert "缩短了医患的距离" in a.text


def test_a_units_credited_news_on_its_own_a_local_or_a_publishers_host_is_left_alone():
    for body, url in ((unit_page("第五党支部", "仙葫人民医院"), "http://www.xhrmyy.com/news/1.html"),  # spelt
                      (unit_page("第五党支部"), "http://www.xhyy.gov.cn/news/1.html"),
                      (unit_page("第五党支部"), "http://127.0.0.1:8000/news/1.html"),
                      (unit_page("第五党支部"), None),
                      (unit_page("第五党支部", "南湖新闻网"), COPY_URL),
                      (unit_page("新华网"), COPY_URL)):  # an outlet credited, no unit
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)
