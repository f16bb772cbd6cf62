"""Lines outside the article that sell a trade the article never mentions (issue 11, v12 §4-5b):
a comment post, a sidebar item or a credit advertising pills, a casino or a slot site, in any
language. A page about that trade (a lottery's news, a casino's revenue) names it in its own
text and keeps everything; a trade's word without the selling register (a related headline) is
a topic, not an advertisement."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.fieldbrands import web_credit
from scraper.clean.selling import selling_lines
from tests.clean.conftest import everything, kinds

_EN_ARTICLE = ("<p>The city council voted on Tuesday to extend the library's opening hours to Sunday "
               "afternoons, after a survey found that most residents could not visit on weekdays.</p>"
               "<p>The change will cost about forty thousand dollars a year and takes effect in March, "
               "the council's spokeswoman said after the meeting.</p>")


def _en_page(article: str, aside: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>Library to open on Sundays</title></head><body>"
            "<div id='nav'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
            f"<div class='article'><h1>Library to open on Sundays</h1>{article}</div>"
            f"<div class='comments'><h3>Comments</h3><div class='comment'>{aside}</div></div>"
            "<div class='footer'>Copyright 2024 City News</div></body></html>").encode()


def test_a_pill_post_under_a_news_story_flags_the_page():
    post = "<p>cheap cialis online https://pills-shop.example/ - best price cialis 20mg</p>"
    a = clean_page(_en_page(_EN_ARTICLE, post), url="https://citynews.example/2024/library.html")
    assert a.hijacked and "spam_text" in kinds(a)
    assert "cialis" not in everything(a).lower()
    assert "opening hours to Sunday" in a.text


def test_a_slot_site_post_in_indonesian_flags_the_page():
    post = "<p>situs slot gacor malam ini, daftar sekarang bonus 100%</p>"
    a = clean_page(_en_page(_EN_ARTICLE, post), url="https://citynews.example/2024/library.html")
    assert a.hijacked and "spam_text" in kinds(a)


def test_a_page_about_the_trade_keeps_its_casino_lines():
    article = ("<p>The state's casino regulator reported that online casino revenue rose again in May, "
               "as sports betting apps gained users ahead of the football season.</p>"
               "<p>Operators must verify the age of every player who makes a deposit, the regulator said.</p>")
    aside = "<p>Sign up for the casino newsletter and get the latest bonus rules first</p>"
    a = clean_page(_en_page(article, aside), url="https://citynews.example/2024/casino.html")
    assert not a.hijacked, a.findings
    assert "online casino revenue rose again" in a.text


def test_a_headline_about_a_trade_without_the_register_is_a_topic():
    assert selling_lines(["Macau casino revenue falls for a third month", "Lottery winner donates prize"],
                         "A council votes on library hours.") == []


def _zh_page(aside: str, credit: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>区实验小学举行开学典礼</title></head><body>"
            "<div id='nav'><a href='/'>首页</a> | <a href='/news/'>新闻</a></div>"
            "<div class='content'><h2>区实验小学举行开学典礼</h2>"
            "<p>9月1日,区实验小学举行新学期开学典礼,全校师生在操场整齐列队,迎接新学期的到来。</p>"
            f"<p>校长在讲话中勉励同学们珍惜时光、勤奋学习,争做新时代好少年。</p>{credit}</div>"
            f"<div class='side'><h3>最新动态</h3><ul><li><a href='/n/1.html'>区教育局召开安全工作会议</a></li>"
            f"<li><a href='/n/2.html'>{aside}</a></li></ul></div></body></html>").encode()


def test_a_sidebar_item_selling_a_card_game_site_flags_the_page():
    a = clean_page(_zh_page("某某棋牌下载最新地址888"), url="https://school.example/n/3.html")
    assert a.hijacked and "spam_text" in kinds(a)
    assert "全校师生在操场整齐列队" in a.text


def test_an_app_download_item_of_a_news_portal_is_no_trade():
    a = clean_page(_zh_page("澎湃新闻APP下载"), url="https://school.example/n/3.html")
    assert not a.hijacked, a.findings


def test_a_credit_naming_a_site_entry_goes_and_flags_the_page():
    a = clean_page(_zh_page("区教育局召开会议", "<p class='credit'>本文来源:某某国际官方入口</p>"),
                   url="https://school.example/n/3.html")
    assert a.hijacked and "官方入口" not in everything(a)


def test_credits_naming_publishers_and_companies_stay():
    for value in ("新华网", "教育部官网", "人民日报app", "某某市有轨电车官网", "学习强国平台", "新华网 www.news.cn"):
        assert not web_credit(value, "正文"), value
    assert web_credit("某某最新官网-abc123.com", "正文")


def test_the_sites_own_address_and_news_sums_are_no_advertisement():
    own = lambda host: host.endswith("lotto-portal.co.th")  # noqa: E731
    lines = ["lottery.lotto-portal.co.th", "© lottery.lotto-portal.co.th",
             "EuroMillions: ticket holder wins £105m jackpot prize", "Casino shares fall 5% after the vote"]
    assert selling_lines(lines, "ข่าวประจำวัน", own) == []
    assert selling_lines(["female viagra 100mg pills"], "A council votes on library hours.")


def test_trades_are_read_in_any_case_and_spelling_of_their_words():
    # (an ASCII line is ruled out by its words before the trades' patterns are read: the words
    # must still be found as the patterns find them, in any case, hyphenated, in other scripts)
    from scraper.clean.selling import trades_named
    assert "gambling" in trades_named("Best ONLINE  CASINO bonus today")
    assert "gambling" in trades_named("Play at our online-casino now")
    assert "gambling" in trades_named("Nhà cái uy tín, cá cược bóng đá")
    assert "pills" in trades_named("Cheap Cialis, no prescription")
    assert trades_named("The council voted to extend the library's hours") == set()
    assert trades_named("casinos' alphabetical listing") == {"gambling"}
    assert trades_named("acasino xpoker") == set()  # inside a word: no trade's word


def _ad_box(rel: str) -> str:
    links = [("https://bath-aids.example/", "Elderly & Handicap Bathing Aids"),
             ("https://sun-care.example/", "Sun Protection Products"),
             ("https://express-delivery.example/", "generic viagra"), ("https://sleep-aid.example/", "CPAP")]
    return "<h4>ADVERTISEMENT</h4><ul>" + "".join(f"<li><a href='{h}'{rel}>{t}</a></li>" for h, t in links) + "</ul>"


def test_a_text_link_ad_the_site_marks_nofollow_is_its_own_ad_slot():
    # a TV station's box of sold text links, each rel="nofollow" (real-l3s-en 708163a2, rewritten)
    for url in ("https://citynews.example/2024/library.html", "http://127.0.0.1:8000/mirror/page.html"):
        a = clean_page(_en_page(_EN_ARTICLE, _ad_box(" rel='nofollow'")), url=url)
        assert not a.hijacked, a.findings
        assert "opening hours to Sunday" in a.text


def test_the_same_pill_link_followed_still_sells():
    a = clean_page(_en_page(_EN_ARTICLE, _ad_box("")), url="https://citynews.example/2024/library.html")
    assert a.hijacked and "spam_text" in kinds(a)
    assert "viagra" not in everything(a).lower()
