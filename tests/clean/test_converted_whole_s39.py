"""A mainland story converted to traditional script chrome and all (v44 §1 R1): no simplified chrome is left, and
the article alone keeps the converter's trace (采訪, 這里: simplified characters a traditional writer replaces)."""
from __future__ import annotations

from scraper.clean import clean_page

BODY = ("<p>廈門衛視高雄演播廳十九日正式啟用，這是繼去年在高雄派駐記者之後，廈門衛視開展兩岸新聞交流、推進兩岸媒體合作的又一舉措。"
        "記者在現場采訪了多位來賓，他們說這里將成為兩岸民眾溝通的橋樑。</p>"
        "<p>演播廳負責人在接受采訪時表示，這里的節目將聚焦兩岸經濟、文化與民生議題，讓觀眾聽見彼此的聲音。</p>")


def page(body: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>廈門衛視高雄演播廳啟用</title></head><body>"
            "<div class='nav'>首頁 | 兩岸 | 文化 | 經濟</div><div class='crumb'>您的位置：首頁 &gt; 兩岸 &gt; 正文</div>"
            f"<div class='article'><h1>廈門衛視高雄演播廳啟用</h1><div class='con'>{body}</div></div>"
            "<div class='foot'>關於我們 | 聯繫我們 | 網站地圖</div></body></html>").encode()


def test_a_story_converted_chrome_and_all_keeping_the_converters_trace_is_flagged():
    a = clean_page(page(BODY), url="http://www.zkxhgk.com/local/201404/t20140424_6065017.htm")
    assert a.hijacked and any(f.kind == "mirror_copy" and "half-converted" in f.evidence for f in a.findings), a.findings


def test_a_traditional_story_keeping_one_such_place_is_left_alone():
    one = BODY.replace("這里", "這裡").replace("采訪了", "採訪了")  # only one 采訪 left
    a = clean_page(page(one), url="http://www.zkxhgk.com/local/201404/t20140424_6065017.htm")
    assert not any("half-converted" in f.evidence for f in a.findings), a.findings
