"""A one-part <title> that is one of the site's own columns, written as an entry of its menu and
of its breadcrumb beside the way home, is the page's section, not a farm's keyword, though the
article never writes it: a county's lottery-fund disclosure under 政务公开 stays clean
(real-cases-v39 rc39-023, legit). A keyword a farm writes in a footer credit still makes a
keyword page."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

_REPORT = ("<p>根据财政部关于彩票公益金使用情况的有关规定,现将我县二〇二一年度体育彩票公益金的筹集、分配和使用情况报告如下,"
           "请社会各界监督。本年度县级收入全部纳入预算管理,专款专用,未发现挤占挪用的情况。</p>"
           "<p>二〇二一年度,我县体彩公益金总收入一百三十二万元,其中县级收入六十二万元,省级转移支付七十万元。县级收入当年全部支出,"
           "主要用于体育场馆建设和组织开展全民健身科学研究与宣传,为群众就近锻炼提供了便利条件。</p>"
           "<p>省级下达的资金主要用于体育场馆建设、组织开展全民健身活动、支持运动员参加国内运动会以及全民健身工程,当年安排下达并完成支出。"
           "通过项目实施,城乡健身设施明显改善,经常参加体育锻炼的人数逐年增加,竞技体育成绩稳步提升。</p>")


def _page(title: str, nav: str, crumb: str, footer: str = "网站地图 | 联系我们 | 使用帮助") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='header'><div class='nav'>{nav}</div></div><div class='crumb'>{crumb}</div>"
            f"<div class='main'><div class='content'>{_REPORT}</div></div>"
            f"<div class='footer'>{footer}</div></body></html>").encode()


def test_a_title_that_is_a_column_of_the_sites_menu_is_no_keyword_page():
    a = clean_page(_page("政务公开", "首页 | 政务公开 | 政务服务 | 互动交流 | 走进本地", "首页 &gt; 政务公开 &gt; 正文"),
                   url="http://www.example.gov.cn/zwgk/1.html")
    assert not a.hijacked and "keyword_page" not in kinds(a)
    assert "公益金" in a.text


def test_a_breadcrumb_entry_alone_is_the_pages_section_too():
    a = clean_page(_page("综合讨论区", "论坛 | 门户 | 搜索 | 帮助", "首页 &gt; 综合讨论区 &gt; 正文"),
                   url="http://bbs.example.com/thread-1.html")
    assert not a.hijacked and "keyword_page" not in kinds(a)


def test_a_keyword_in_a_footer_credit_beside_a_menu_is_still_a_keyword_page():
    a = clean_page(_page("温州牌九游戏", "首页 | 政务公开 | 政务服务", "首页 &gt; 正文", "Powered by 牌九游戏 @2013-2022 网站地图"),
                   url="http://www.example.gov.cn/zwgk/1.html")
    assert "keyword_page" in kinds(a)
