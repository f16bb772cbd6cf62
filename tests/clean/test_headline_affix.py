"""A name set on the headline behind a mark, in the <title> and the heading alike (v39 Key fact 3):
the page is hijacked and the title we keep is the headline without it; a two-clause headline and
the site's own name on its headline stay."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://www.lw.gov.cn/art/2024/12/22/art_7_31.html"
HEADLINE = "芦湾县消防救援大队开展高层建筑消防安全检查"
BODY = ("<p>12月21日起，芦湾县消防救援大队对城区3栋高层住宅和商业综合体开展消防安全检查。</p>"
        "<p>检查人员逐栋查看消防控制室值班、自动消防设施运行、疏散通道畅通等情况，共发现火灾隐患5处，已全部督促整改。</p>"
        "<p>大队提醒广大群众，不要在楼道内停放电动自行车，发现火情第一时间拨打119报警。</p>")


def _page(heading: str, title: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<header><div class="logo"><a href="/">芦湾县人民政府</a></div><nav><a href="/news">机关动态</a>'
            '<a href="/policy">政策文件</a></nav></header><main><article>'
            f'<h1 class="entry-title">{heading}</h1><p class="meta">2024-12-22 来源：芦湾县消防救援大队</p>'
            f'<div class="content">{BODY}</div></article></main>'
            '<footer><p>版权所有 芦湾县人民政府 · 地址与联系方式</p></footer></body></html>').encode()


def test_a_name_after_the_headline_in_title_and_heading_is_cut_and_flags_the_page():
    heading = f"{HEADLINE}_云栖真人馆资讯"  # (weight 1, a 馆 the heading shows: no title reader asks)
    a = clean_page(_page(heading, f"{heading}_芦湾县人民政府"), url=URL)
    assert a.hijacked and "spliced_brand" in {f.kind for f in a.findings}
    assert a.title == HEADLINE


def test_a_name_before_the_headline_with_a_space_is_cut_too():
    heading = f"云栖雅阁影院 {HEADLINE}"
    a = clean_page(_page(heading, f"{heading}_芦湾县人民政府"), url=URL)
    assert a.hijacked
    assert a.title == HEADLINE


def test_the_site_name_its_chrome_writes_stays_on_a_clean_page():
    heading = f"{HEADLINE}_芦湾县人民政府"
    a = clean_page(_page(heading, heading), url=URL)
    assert not a.hijacked, a.findings


def test_a_second_clause_of_the_headline_is_no_name_even_if_the_page_writes_it_nowhere_else():
    heading = f"{HEADLINE} 携手守护万家灯火"
    a = clean_page(_page(heading, f"{heading}_芦湾县人民政府"), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == heading


def test_a_name_after_the_headline_with_a_space_is_cut():
    heading = f"{HEADLINE} 云栖夜话资讯"
    a = clean_page(_page(heading, f"{heading} - 新闻中心"), url=URL)
    assert a.hijacked
    assert a.title == HEADLINE


def test_a_second_clause_tied_by_a_function_word_is_no_name():
    # a clean news headline's second clause with no verb: "X为最大外部股东" (为 ties it; a caixin page
    # of dev-v20-omnivore was flagged before the function-word test)
    heading = f"{HEADLINE} 华信集团为最大外部股东"
    a = clean_page(_page(heading, f"{heading}_芦湾县人民政府"), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == heading
