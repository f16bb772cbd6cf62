"""A line of the chrome in which the site speaks of itself (本站, 本网页: its own first person) is
the site talking to its reader, not search phrases typed for crawlers: a hidden idle-screen
dialog's heading, three comma phrases no other line repeats, leaves a clean news page clean
(dev-v39-gnetest gn39-060, mydrivers, rewritten). Keyword lines joined by the same commas are
still read."""
from __future__ import annotations

from scraper.clean import clean_page, tokens
from tests.clean.conftest import kinds

URL = "https://news.example.com/1/725/725506.htm"
LEAD = ("<p>12月17日凌晨，嫦娥五号返回器携带月球样品在内蒙古四子王旗预定区域安全着陆，探月工程取得圆满成功。</p>"
        "<p>此次任务实现了我国首次地外天体采样返回，涉及发射、近月制动、着陆、起飞、交会对接和再入返回等多个环节。</p>"
        "<p>专家介绍，任务创造了多项纪录，为后续月球科研站建设和深空探测积累了宝贵经验，样品将交由科研团队开展研究。</p>")
IDLE = "本网页已闲置超过5分钟，移动鼠标或轻触屏幕任意处，即可继续浏览"


def page(extra: str = "", top: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>嫦娥五号返回器安全着陆</title></head>'
            f'<body>{top}<div class="header">快科技 | 首页 | 资讯</div>'
            f'<div class="article"><h1>嫦娥五号返回器安全着陆</h1><div class="content">{LEAD}</div></div>'
            f'{extra}<div class="footer">版权所有:快科技</div></body></html>').encode()


def test_a_hidden_dialog_in_which_the_site_speaks_of_itself_is_no_keyword_line():
    assert tokens.keyword_line(IDLE, IDLE + "\n" + LEAD) == []
    dialog = (f'<div id="idle" style="display:none"><div class="top">{IDLE}</div>'
              f'<h3>最热资讯</h3><ul><li><a href="/1/1.htm">更多热门资讯</a></li></ul></div>')
    a = clean_page(page(dialog), url=URL)
    assert not a.hijacked, a.findings
    assert "嫦娥五号" in a.text


def test_search_phrases_joined_by_commas_outside_are_still_a_keyword_line():
    line = "，".join(["上海外围女模特预约", "高端商务伴游服务", "全国空降酒店上门"])
    a = clean_page(page(top=f'<div style="display:none">{line}</div>'), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
