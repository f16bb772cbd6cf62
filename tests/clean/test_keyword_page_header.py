"""A <title> that is the page's header line whole (the site's name, as its logo's text just above
its menu: farm.column_name) is the site's name, not a farm's keyword, though the article never
writes it: a Q&A site's 知识问答 over an answer on how the sports lottery is run stays clean (v36
real-cases-v36b rc36b-015, legit). A keyword the page writes only in a footer line, under the
header of the site it took over, still makes a keyword page."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

_ANSWER = ("<p>体育彩票采用特许经营模式,由国家体育总局体育彩票管理中心统一管理,各省设立分支机构负责销售。实体销售点遍布全国,"
           "包括彩票站、超市、便利店等场所。购买者通过选号或机选方式购买,资金由系统自动分配,一部分作为奖金返还,一部分作为公益金。</p>"
           "<p>体育彩票还发展了多种销售渠道,方便公众随时随地购买。彩票类型丰富,以及即开型、数字型等多种形式满足不同需求。"
           "中奖者通过系统自动兑奖,小额奖金可直接在销售点领取,大额奖金需到指定地点办理。</p>"
           "<p>体育彩票注重责任彩票建设,设置销售限额,禁止向未成年人销售,并在销售场所张贴理性购彩提示。2022年全国体育彩票销量超过"
           "2000亿元,累计筹集公益金超过6000亿元,用于支持全民健身、青少年体育和社会公益事业,每年向社会公告公益金的使用情况。</p>")


def _page(title: str, header: str, footer: str = "版权所有 未经授权不得转载") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<header><div><span class='brand'>{header}</span> <nav><a href='#'>首页</a> <a href='#'>新闻</a> "
            f"<a href='#'>专题</a></nav></div></header><div class='crumb'>首页 &gt; 生活常识</div>"
            f"<article><div class='text'>{_ANSWER}</div></article>"
            f"<footer>{footer}</footer></body></html>").encode()


def test_a_title_that_is_the_header_line_is_the_sites_name():
    a = clean_page(_page("知识问答", "知识问答"), url="https://www.example.com/4-6039426.html")
    assert not a.hijacked and "keyword_page" not in kinds(a)
    assert "彩票" in a.text


def test_a_keyword_in_a_footer_line_under_another_header_is_still_a_keyword_page():
    a = clean_page(_page("温州牌九游戏", "青川师范学院", "Powered by 牌九游戏 @2013-2022"), url="http://www.qcsf.edu.cn/news/1.html")
    assert "keyword_page" in kinds(a)
