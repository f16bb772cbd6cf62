"""Chinese papers' reporter credits read as the author and their outlet as the 来源: a credit in
【】 or 〔〕 (【王家俊／台北報導】, 〔記者李欣芳／台北報導〕), under a template's tool rows; a wire's 專電; a
paper's credit above the text (【聯合報╱本報記者古硯偉】); names before a desk's word (張立勳 ／特稿);
the mainland's 本报记者X发自北京 and （姚峰 上海报道）; 【澳門日報消息】 and 中央社／ 台北22日電.
The forms are those of dev-v33 (taiwanese_news_parser's fixtures), dev-v1-cwced and real-cases-v16/v18;
the pages are invented."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.byline import _closing_credit
from scraper.clean.inforow import credited_outlet, dateline_source

ZH = "行政院今天召開院會，通過多項法案修正草案，官員表示將持續與各界溝通，廣納意見後再送立法院審議。"
TITLE = "行政院會通過多項法案修正草案"
TOOLS = "".join(f"<li>{w}</li>" for w in ("字級：", "最小字型", "預設", "最大字型", "分享：", "列印本頁", "轉寄"))


def _page(first: str, info: str = "", tools: str = "") -> bytes:
    body = f"<ul>{tools}</ul><p>{first}{ZH}</p>" + "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='nav'><a href='/'>首頁</a></div><div class='main'><h1>{TITLE}</h1>"
            f"<div class='info'>2014-04-30 14:49</div>{info}<div class='article'>{body}</div></div></body></html>").encode()


def test_a_bracketed_reporter_credit_opening_the_text_is_the_author():
    assert clean_page(_page("【王家俊／台北報導】")).author == "王家俊"
    assert clean_page(_page("【陳怡妏╱綜合外電報導】")).author == "陳怡妏"
    assert clean_page(_page("〔記者李欣芳／台北報導〕")).author == "李欣芳"
    # ...under the template's tool rows set inside the body's box
    assert clean_page(_page("〔記者李欣芳／台北報導〕", tools=TOOLS)).author == "李欣芳"


def test_a_photo_credit_or_an_office_in_brackets_is_no_author():
    assert clean_page(_page("【記者鄭清元／攝影】")).author is None
    assert clean_page(_page("【交通部／台北報導】")).author is None


def test_a_wire_credit_below_the_tool_rows_gives_the_outlet():
    a = clean_page(_page("（中央社記者楊思瑞台南4日電）", tools=TOOLS))
    assert a.source == "中央社"
    assert a.author == "楊思瑞"
    assert clean_page(_page("（中央社記者姜遠珍仁川富平29日專電）")).source == "中央社"


def test_a_paper_credit_above_the_text_gives_outlet_and_reporter():
    a = clean_page(_page("", info="<div class='credit'>【聯合報╱本報記者古硯偉】</div>"))
    assert a.source == "聯合報"
    assert a.author == "古硯偉"
    assert credited_outlet("【聯合晚報╱記者邱瓊平/台北報導】") == "聯合晚報"
    # the paper's own 本報 names no other outlet
    assert credited_outlet("【本報╱記者邱瓊平/台北報導】") is None


def test_names_before_a_desk_word_after_a_slash():
    assert clean_page(_page("", info="<div class='credit'>作者：張立勳 ／特稿</div>")).author == "張立勳"


def test_mainland_credits_sent_from_a_place_and_closing_with_it():
    assert clean_page(_page("", info="<p>本报记者罗科苏盈发自北京</p>")).author == "罗科苏盈"
    assert _closing_credit("都是利益再分配的过程。（姚峰 上海报道）") == "姚峰"
    # an office before the place is no reporter
    assert _closing_credit("都是利益再分配的过程。（交通部 上海报道）") is None


def test_an_outlet_that_names_its_news_or_its_wire_dateline():
    assert dateline_source("【澳門日報消息】適逢四年一度") == "澳門日報"
    assert dateline_source("中央社／ 台北22日電\n財政部國庫署表示") == "中央社"
    # a reporter's name before the slash is no outlet
    assert dateline_source("劉屏／華盛頓4日電\n美國國務院") is None
