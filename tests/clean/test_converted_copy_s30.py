"""A mainland story machine-converted to traditional script on a host unrelated to it (session 30, mwc30;
v39: most hijacks are such copies; takeover.MIN_KEPT_SIMPLIFIED): the converter changes only the
characters traditional script lacks and leaves simplified ones a traditional writer replaces inside
phrases (融合并進, 參与). Such a copy is judged as the simplified story would be (unrelated_subject_host).
A story written in traditional script (並進, 參與: a Macau or Taiwan site's own news) keeps the gate that
spares traditional-script regions. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page


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
