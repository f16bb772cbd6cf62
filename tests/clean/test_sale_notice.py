"""A line offering the site itself for sale (issue 11, v11 real miss): an institution's page served
under a domain that changed hands. A report on the domain trade, or a listing of domains for
sale on a marketplace's page, is no such notice."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.evidence import Evidence
from scraper.clean.forsale import check_sale_notice
from tests.clean.conftest import everything, kinds


def _page(notice: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>区实验小学举行开学典礼</title></head><body>"
            f"<div class='top'>{notice}</div><div id='nav'><a href='/'>首页</a> | <a href='/news/'>新闻</a></div>"
            "<div class='content'><h2>区实验小学举行开学典礼</h2>"
            "<p>9月1日,区实验小学举行新学期开学典礼,全校师生在操场整齐列队,迎接新学期的到来。</p>"
            "<p>校长在讲话中勉励同学们珍惜时光、勤奋学习,争做新时代好少年。</p></div></body></html>").encode()


def test_a_line_selling_the_domain_flags_the_page_and_leaves_the_article():
    for notice in ("本域名诚意转让 微信:abc88866", "网站出售 联系QQ 55667788", "This domain is for sale! Contact us"):
        a = clean_page(_page(notice), url="https://parked-copy.example/a/1.html")
        assert a.hijacked and "site_for_sale" in kinds(a), notice
        assert "出售" not in everything(a) and "for sale" not in everything(a)
        assert "全校师生在操场整齐列队" in a.text


def test_sentences_about_the_domain_trade_are_no_notice():
    for text in ("记者了解到,一些不法分子在网上公开叫卖“网站出售”服务,警方提醒市民提高警惕,谨防上当受骗。",
                 "据统计,今年以来该平台共成交域名出售订单一万两千余笔,交易额同比增长三成,行业持续回暖。",
                 "Premium names\nMO.com Domain Name For Sale"):
        ev = Evidence()
        check_sale_notice(text, ev)
        assert not ev.findings, text
