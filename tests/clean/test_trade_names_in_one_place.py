"""A trade holding one of a site's holder places that the page names nowhere else (tradename.trade_names_in_one_place):
a casino's name the lexicon does not weigh, set once in the footer's 主办/技术支持 credit, the bar above the
header, a <title> part or a reporter credit of a public body's page, is cut and the page flagged; an outlet
reprinted (来源：新华网), a co-organiser, a maker's credit and a sponsor the story
itself names are kept."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://jyj.mingyue.gov.cn/jyxw/202404/t20240421_1.html"
HEADLINE = "明月区部署暑期学生安全教育工作"
LEAD = ("4月21日,明月区召开暑期学生安全工作会议,各中小学校长、安全专干参加会议。"
        "会议强调,各校要在放假前集中开展防溺水、交通安全、消防安全等专题教育,压实家庭监护责任。")


def _page(title: str = f"{HEADLINE}_明月区教育局", top: str = "明月区教育局", foot: str = "主办单位：明月区教育局",
          text: str = LEAD, source: str = "明月区教育局") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='top'>{top}</div><div class='nav'><a href='/'>首页</a> <a href='/jyxw'>教育新闻</a></div>"
            f"<div class='article'><h1>{HEADLINE}</h1><div class='info'>信息来源：{source} 2024-04-21</div>"
            f"<p>{text}</p><p>据介绍,今年以来全区已开展校园安全隐患排查5轮,整改隐患105处。</p></div>"
            f"<div class='footer'>{foot}　联系电话：0290-1333692</div></body></html>").encode()


def test_a_trade_as_the_footers_sponsor_is_cut():
    a = clean_page(_page(foot="主办单位：汐澜体育官方网站"), url=URL)
    assert a.hijacked and "汐澜体育" not in a.text


def test_a_trade_as_the_makers_credit_is_cut():
    a = clean_page(_page(foot="主办单位：明月区教育局 技术支持：海棠湾彩票网"), url=URL)
    assert a.hijacked


def test_a_trade_in_the_bar_above_the_header_is_cut():
    a = clean_page(_page(top="<a href='http://www.bc3388.cc/'>犀牛湾国际</a></div><div>明月区教育局"), url=URL)
    assert a.hijacked and "犀牛湾国际" not in a.text


def test_a_site_word_name_as_the_titles_site_part_is_cut():
    a = clean_page(_page(title=f"{HEADLINE} - 明月区教育局-豪赢会官网"), url=URL)
    assert a.hijacked


def test_reprints_co_organisers_makers_and_named_sponsors_are_kept():
    forms = [
        {"source": "新华网"},  # an outlet reprinted
        {"source": "央视体育"},  # a portal's sports channel (brands.is_legit_name)
        {"foot": "主办单位：明月区教育局 承办：明月区体育中心 技术支持：星海网络科技有限公司"},
        # a sponsor the story itself names, in the article's own words
        {"foot": "主办单位：明月区教育局 协办：星海体育",
         "text": LEAD + "活动由星海体育提供安全教育展板。"},
        {"top": "明月区教育局欢迎您"},
    ]
    for form in forms:
        a = clean_page(_page(**form), url=URL)
        assert not a.hijacked, (form, a.findings)


def test_a_sports_portals_own_name_is_kept():
    # a commercial sports site naming itself in its title, logo and credit: no public body's page
    raw = _page(title=f"{HEADLINE}_星海体育", top="星海体育", foot="版权所有：星海体育", source="新华网")
    a = clean_page(raw, url="https://www.xinghaisports.com/news/1.html")
    assert not a.hijacked, a.findings
