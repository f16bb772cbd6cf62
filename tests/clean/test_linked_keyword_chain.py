"""One link in a box of the site's chrome whose anchor strings search phrases together is a keyword
line, not a menu item (issue 11, v37: a 热点推荐 box under the article holding one link, to a page of the
site's own host, whose text is 4-5 porn phrases joined by "|"). A menu gives each item its own link,
and a site's hot-news list links headlines one by one: those stay clean.

Measured (mwb, session 28): the shape stands on the two studied v37 pages only (sv37-023, rc37-009) of
11,686 pages (bench/data/dev, the dev-* clean extraction sets, the shared corpus), so it gains no
other split: not wired (variant 95e5900; the note above tokens._made_of_links); the spam form is a
strict xfail, the legit forms are asserted as they stand."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

URL = "http://www.heqiao-town.gov.cn/xwdt/20230711/7420.html"

BODY = ("<p>7月11日,永安镇至新华街道公路改造工程通过交工验收并正式通车。该工程全长20.4公里,按二级公路标准建设。</p>"
        "<p>工程建设期间,项目部克服雨季施工、交通导改等困难,优化施工组织,确保了工程质量和安全。</p>"
        "<p>道路通车后,沿线群众出行条件明显改善,对带动特色农产品外销具有重要作用。</p>")


def _page(hot_items: str) -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>公路改造工程顺利通车_河桥镇人民政府</title></head>'
            '<body><header><a href="/">河桥镇人民政府</a><nav><a href="/">首页</a><a href="/zwdt/">政务动态</a>'
            '<a href="/zfxxgk/">政府信息公开</a></nav></header>'
            f'<aside><div class="hot"><h3>热点推荐</h3><ul>{hot_items}</ul></div></aside>'
            '<article><h1>公路改造工程顺利通车</h1><div class="info">发布时间：2023-07-11 来源：河桥镇交通运输局</div>'
            f'<div id="zoom">{BODY}</div></article>'
            '<footer><p>主办：河桥镇人民政府</p></footer></body></html>').encode()


@pytest.mark.xfail(strict=True, reason="mwb variant 95e5900 measured, not wired: gains the studied v37 only "
                                       "(tokens._made_of_links's note)")
def test_one_hot_link_stringing_keywords_together_is_spam():
    chain = "夜色剧场|星河直播成人频道|午夜影院福利合集|蜜糖视频高清专区"
    a = clean_page(_page(f'<li><a href="/hot/0.html">{chain}</a></li>'), url=URL)
    assert a.hijacked and "spam_text" in {f.kind for f in a.findings}
    assert "星河直播" not in a.text and "公路改造" in a.text


def test_a_hot_list_of_headlines_stays_clean():
    items = "".join(f'<li><a href="/hot/{i}.html">{t}</a></li>' for i, t in enumerate(
        ["县政府召开第十二次常务会议", "全县秋粮收购工作有序推进", "河桥镇开展森林防火专项检查", "新华街道举办重阳节敬老活动"]))
    a = clean_page(_page(items), url=URL)
    assert not a.hijacked, a.findings


def test_a_headline_link_with_its_column_before_a_bar_stays_clean():
    a = clean_page(_page('<li><a href="/hot/1.html">政务动态|县政府召开第十二次常务会议部署秋粮收购</a></li>'), url=URL)
    assert not a.hijacked, a.findings


def test_a_menu_whose_links_are_parted_by_bars_stays_clean():
    menu = ('<li><a href="/a/">政府信息公开目录</a>|<a href="/b/">政务服务事项清单</a>|<a href="/c/">公共资源交易信息</a>'
            '|<a href="/d/">重点领域信息公开</a></li>')
    a = clean_page(_page(menu), url=URL)
    assert not a.hijacked, a.findings
