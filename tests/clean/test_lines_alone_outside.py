"""A line of spam words standing alone outside the article (issue 11, v29 §5.5, v25-v27 §7): a
pitch in a plain block after the text or above the header, below a brand's strength, written in
either script. It flags the page when it is no link, no menu row and about nothing the page
writes; the same words as a menu's entries, or on a page whose article is about gambling, do not."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.spliced import alone_lines
from tests.clean.conftest import kinds

_ARTICLE = ("<p>此次数字化工作共扫描纸质档案一百八十余万页，建立电子目录十二万条。</p>"
            "<p>档案数字化后，群众查询不动产登记信息的时间由原来的半天缩短至十分钟以内。</p>")
_URL = "http://www.hexi-town.gov.cn/gzdt/202502/t20250204_1001.html"


def _page(after: str, article: str = _ARTICLE, nav: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>完成年度不动产登记档案数字化_河西镇人民政府</title></head><body>"
            "<div class='ribbon'>河西镇人民政府</div>"
            f"<div class='nav'><a href='/0/'>首页</a><a href='/1/'>机构概况</a><a href='/2/'>新闻动态</a>{nav}</div>"
            "<h1>完成年度不动产登记档案数字化</h1><div class='meta'><span>发布时间：2025-02-04</span></div>"
            f"<div class='body' id='zoom'>{article}</div>{after}"
            "<div class='foot'>主办：河西镇人民政府 地址：县府路1号</div></body></html>").encode()


def test_pitch_lines_in_traditional_script_after_the_text_flag_the_page():
    after = "<div class='tags'><p>澳門金灣娛樂官方網站</p><p>線上真人百家樂，註冊即送體驗金</p></div>"
    a = clean_page(_page(after), url=_URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "群众查询不动产登记信息" in a.text and "百家樂" not in a.text


def test_the_same_words_as_menu_links_are_the_sites_navigation():
    nav = "<a href='/7/'>金灣娛樂官方網站</a><a href='/8/'>線上真人百家樂</a>"
    a = clean_page(_page("", nav=nav), url=_URL)
    assert not a.hijacked


def test_a_channel_row_sharing_the_menus_words_and_bare_category_words_are_chrome():
    after = "<div class='channels'><p>首页 | 新闻 | 娱乐 | 体育 | 财经</p><p>娱乐</p><p>色情低俗</p></div>"
    a = clean_page(_page(after), url=_URL)
    assert not a.hijacked


def test_a_page_whose_article_writes_the_trade_is_not_read():
    article = "<p>市公安局近日通报，一个网络博彩团伙以注册即送体验金为诱饵拉人下注。</p>"
    page = ("\x02" + article + "\x03\n澳门金湾娱乐官方网站")
    assert alone_lines("澳门金湾娱乐官方网站", page, set()) == []
    assert alone_lines("澳门金湾娱乐官方网站", "\x02档案数字化工作\x03\n澳门金湾娱乐官方网站", set()) == ["澳门金湾娱乐官方网站"]
