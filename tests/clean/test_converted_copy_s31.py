"""A news portal's page converted to traditional script whole — chrome and all — and served from a
host with no relation to it (v39 §1 R1-R4): no simplified chrome is left for half_converted_phrases
to ask, but the converter's trace (simplified characters kept inside phrases) is (takeover.converted_copy_host)."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.glosses import kept_simplified
from scraper.clean.takeover import MIN_WHOLE_KEPT

HEADLINE = "市體育局開展體育場館專項檢查"
# a city portal's item run through a converter that keeps 于, 范, 余 in phrases (對于, 規范, 十余, 防范, 基于)
ARTICLE = ("<p>本報訊 近日，市體育局對于全市體育場館開展專項檢查，進一步規范經營行為。</p>"
           "<p>檢查中發現部分場館存在安全隱患，執法人員當場責令整改，并對相關責任人進行約談。</p>"
           "<p>此次行動共檢查場館三十余家，提高了經營者的防范意識，基于檢查結果將出臺管理辦法。</p>")
# the same item with its trace at one place only (a Taiwanese writer's 凶嫌 or 雇用 is one such place)
FEW = ("<p>本報訊 近日，市體育局對全市體育場館開展專項檢查，進一步規範經營行為。</p>"
       "<p>檢查中發現部分場館存在安全隱患，執法人員當場責令整改，並對相關責任人進行約談。</p>"
       "<p>此次行動共檢查場館三十餘家，提高了經營者的防范意識，根據檢查結果將出臺管理辦法。</p>")


def page(article: str = ARTICLE, owner: str = "新聞中心") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE} - {owner}</title></head>
<body><div class="nav"><a href="/">首頁</a> | <a href="/news/">新聞</a> | <a href="/local/">地方</a></div>
<div class="crumb">首頁 &gt; {owner} &gt; 正文</div>
<div class="article"><h1>{HEADLINE}</h1><div class="content">{article}</div><p>責任編輯：李明</p></div>
<div class="footer"><a href="/map.html">網站地圖</a> | <a href="/about.html">關於我們</a></div></body></html>""".encode()


def test_the_fixture_keeps_the_trace_it_is_meant_to():
    assert kept_simplified(ARTICLE)[1] >= MIN_WHOLE_KEPT > kept_simplified(FEW)[1]


def test_a_page_converted_whole_on_an_unrelated_host_is_flagged_and_kept_whole():
    a = clean_page(page(), url="http://5dxc.com/article/2024/12/18/554548.html")
    assert a.hijacked and any(f.kind == "mirror_copy" and "5dxc.com" in f.evidence for f in a.findings), a.findings
    assert a.title == HEADLINE
    assert "基于檢查結果將出臺管理辦法" in a.text


def test_a_traditional_page_with_little_trace_its_publisher_or_a_local_mirror_is_left_alone():
    cases = ((page(FEW), "http://5dxc.com/article/2024/12/18/554548.html"),  # one place: a writer's own usage
             (page(), "http://127.0.0.1:8000/mirror/x.html"),  # a local mirror
             (page(), None),
             (page(owner="寶島日報"), "http://www.baodaodaily.com.tw/news/1.html"))  # a paper's own chrome
    for body, url in cases:
        a = clean_page(body, url=url)
        assert not a.hijacked, (url, a.findings)
