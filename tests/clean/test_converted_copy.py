"""A mainland story machine-converted to traditional script on a host unrelated to it (session 30, mwc30;
v39: most hijacks are such copies; takeover.MIN_KEPT_SIMPLIFIED): the converter changes only the
characters traditional script lacks and leaves simplified ones a traditional writer replaces inside
phrases (融合并進, 參与). Such a copy is judged as the simplified story would be (unrelated_subject_host).
A story written in traditional script (並進, 參與: a Macau or Taiwan site's own news) keeps the gate that
spares traditional-script regions. Pages written here.

A news portal's page converted to traditional script whole — chrome and all — and served from a
host with no relation to it (v39 §1 R1-R4): no simplified chrome is left for half_converted_phrases
to ask, but the converter's trace (simplified characters kept inside phrases) is (takeover.converted_copy_host)."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.glosses import kept_simplified
from scraper.clean.takeover import MIN_WHOLE_KEPT

# -------------------- formerly test_converted_copy_s30.py --------------------

def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


CONVERTED = ("<p>為持續推動全區全民健身事業發展,青禾市東川區不斷推動政務公開與全民健身融合并進,讓公開成為激發群眾健身活力的動力。</p>"
             "<p>一是體育設施信息全公開。廣泛推動健身步道系統建設,充分利用現有空地和舊廠房,新建口袋公園12處。</p>"
             "<p>二是賽事活動信息全公開。全年組織社區運動會、健步走等活動40餘場,參与群眾超過3萬人次。</p>")
WRITTEN = CONVERTED.replace("并進", "並進").replace("參与", "參與")


def page(body: str, menu: str = "首頁 政務公開 辦事服務 互動交流") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政務公開</title></head>
<body><div class="header">{menu}</div><div class="crumb">首頁 &gt; 政務公開</div>
<div class="article"><h1>東川區推動政務公開與全民健身融合並進</h1><div class="content">{body}</div></div>
<div class="footer">使用幫助 | 網站地圖 | 聯系我們</div></body></html>""".encode()


def test_a_converted_districts_report_on_an_unrelated_host_is_a_copy_kept_whole():
    a = clean_page(page(CONVERTED), url="http://www.586950.tw/sx/2020-12-17/WDNv5VJvnDPYHHlW.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "新建口袋公園12處" in a.text


def test_a_story_written_in_traditional_script_or_a_converted_one_where_it_belongs_is_left_alone():
    cases = (
        (page(WRITTEN), "http://www.586950.tw/sx/2020-12-17/WDNv5VJvnDPYHHlW.html"),  # no converter's trace
        (page(CONVERTED, menu="首頁 時政 社會 法治新聞"), "http://www.586950.tw/sx/2020-12-17/1.html"),  # a news column
        (page(CONVERTED), "http://www.dongchuan.com/xwdt/2052.html"),  # the host spells 東川
        (page(CONVERTED), "http://127.0.0.1:8000/mirror/2052.html"),  # a local mirror
        (page(CONVERTED), None),
    )
    for body, url in cases:
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)


# -------------------- formerly test_converted_copy_s31.py --------------------

HEADLINE = "市體育局開展體育場館專項檢查"
# a city portal's item run through a converter that keeps 于, 范, 余 in phrases (對于, 規范, 十余, 防范, 基于)
ARTICLE = ("<p>本報訊 近日，市體育局對于全市體育場館開展專項檢查，進一步規范經營行為。</p>"
           "<p>檢查中發現部分場館存在安全隱患，執法人員當場責令整改，并對相關責任人進行約談。</p>"
           "<p>此次行動共檢查場館三十余家，提高了經營者的防范意識，基于檢查結果將出臺管理辦法。</p>")
# the same item with its trace at one place only (a Taiwanese writer's 凶嫌 or 雇用 is one such place)
FEW = ("<p>本報訊 近日，市體育局對全市體育場館開展專項檢查，進一步規範經營行為。</p>"
       "<p>檢查中發現部分場館存在安全隱患，執法人員當場責令整改，並對相關責任人進行約談。</p>"
       "<p>此次行動共檢查場館三十餘家，提高了經營者的防范意識，根據檢查結果將出臺管理辦法。</p>")


def whole_page(article: str = ARTICLE, owner: str = "新聞中心") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE} - {owner}</title></head>
<body><div class="nav"><a href="/">首頁</a> | <a href="/news/">新聞</a> | <a href="/local/">地方</a></div>
<div class="crumb">首頁 &gt; {owner} &gt; 正文</div>
<div class="article"><h1>{HEADLINE}</h1><div class="content">{article}</div><p>責任編輯：李明</p></div>
<div class="footer"><a href="/map.html">網站地圖</a> | <a href="/about.html">關於我們</a></div></body></html>""".encode()


def test_the_fixture_keeps_the_trace_it_is_meant_to():
    assert kept_simplified(ARTICLE)[1] >= MIN_WHOLE_KEPT > kept_simplified(FEW)[1]


def test_a_page_converted_whole_on_an_unrelated_host_is_flagged_and_kept_whole():
    a = clean_page(whole_page(), url="http://5dxc.com/article/2024/12/18/554548.html")
    assert a.hijacked and any(f.kind == "mirror_copy" and "5dxc.com" in f.evidence for f in a.findings), a.findings
    assert a.title == HEADLINE
    assert "基于檢查結果將出臺管理辦法" in a.text


def test_a_traditional_page_with_little_trace_its_publisher_or_a_local_mirror_is_left_alone():
    cases = ((whole_page(FEW), "http://5dxc.com/article/2024/12/18/554548.html"),  # one place: a writer's own usage
             (whole_page(), "http://127.0.0.1:8000/mirror/x.html"),  # a local mirror
             (whole_page(), None),
             (whole_page(owner="寶島日報"), "http://www.baodaodaily.com.tw/news/1.html"))  # a paper's own chrome
    for body, url in cases:
        a = clean_page(body, url=url)
        assert not a.hijacked, (url, a.findings)
