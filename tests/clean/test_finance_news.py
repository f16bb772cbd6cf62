"""Clean financial news pages (dev-v34-xmunews, rewritten) that wrote what a reader takes for an
injection: a channel's home page as the breadcrumb root, the paper's credit line of reporters and
editors, a summary sentence repeated in the body. Each reader still catches the form it exists for.
The set's two other false flags (xm34-091/-095: js_redirect + js_cloak, phones sent to
'//m.yicai.com' + location.pathname) come from the set's pages having no URL: given their address
(www.yicai.com) the cleaner reads m.yicai.com as their own site and flags nothing (2026-12-06)."""
from __future__ import annotations

from scraper.clean import clean_page, pasted, slots, tokens

URL = "https://economy.caijing-example.com.cn/20180522/4456553.shtml"
LEAD = ("<p>国家统计局今日公布数据，5月份全国居民消费价格同比上涨1.8%，环比下降0.2%。</p>"
        "<p>分析人士指出，国家外汇管理局近期的表态显示，人民币汇率在合理均衡水平上保持基本稳定。</p>"
        "<p>市场人士预计，央行将继续实施稳健中性的货币政策，保持流动性合理充裕。</p>")


def page(body: str, top: str = "", title: str = "统计局：5月CPI同比上涨1.8%") -> bytes:
    return (f'<html lang="zh"><head><meta charset="utf-8"><title>{title}_宏观频道首页_财经网</title></head>'
            f'<body><div class="top">{top}</div><h1>{title}</h1><div class="content">{body}</div>'
            f'<div class="foot"><a href="http://buy.caijing-example.com.cn/">订阅</a> 版权所有 财经网</div>'
            '</body></html>').encode()


# --- the breadcrumb root: a channel's home page is navigation ---

def test_a_channel_home_page_as_the_breadcrumb_root_is_no_brand():
    a = clean_page(page(LEAD, top="当前位置：\u2002<a href='/'>宏观频道首页</a>\u2002>"), url=URL)
    assert not a.hijacked, a.findings
    assert not slots.web_written("宏观频道首页")


def test_a_brand_with_its_web_words_is_still_web_written():
    assert slots.web_written("必赢亚洲官网首页")
    assert slots.web_written("澳门新葡京频道首页")  # a brand stays a brand before any section word


# --- the credit line: roles and names ---

def test_a_credit_line_of_reporters_and_editors_is_no_keyword_line():
    line = "每经记者 段思瑶、骆一帆 每经实习记者 黄辛旭、蘧毛毛 每经编辑 杨翼"
    assert tokens.keyword_line(line, line + "\n" + LEAD) == []
    a = clean_page(page(f"<p>{line}</p>" + LEAD), url=URL)
    assert not a.hijacked, a.findings


def test_a_line_of_search_phrases_is_still_a_keyword_line():
    line = "上海外围女模特预约 | 高端商务伴游服务 | 全国空降酒店上门"
    assert tokens.keyword_line(line, line + "\n" + LEAD) == ["上海外围女模特预约", "高端商务伴游服务", "全国空降酒店上门"]


# --- keyword pairs: the article repeating its own sentence ---

def test_a_summary_sentence_repeated_in_the_body_is_no_keyword_pair():
    lines = ["同时，市场利率降低，房贷利率降低，吸引更多资金进入房地产行业，推高房价。",
             "与此同时，市场利率降低，房贷利率降低，吸引更多资金进入房地产行业，推高房地产价格。"]
    assert pasted.keyword_pairs(lines) == []
    a = clean_page(page(LEAD + "".join(f"<p>{line}</p>" for line in lines)), url=URL)
    assert not a.hijacked, a.findings
    assert "房贷利率降低" in a.text


def test_a_keyword_pair_pasted_into_two_sentences_is_still_read():
    lines = ["市体育局办公厅比分直播,篮球比分直播印发了全民健身实施计划。",
             "各区县比分直播,篮球比分直播要结合实际抓好落实。"]
    assert pasted.keyword_pairs(lines) == ["比分直播,篮球比分直播"]
