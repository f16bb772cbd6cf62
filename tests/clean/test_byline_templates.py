"""Bylines of CMS templates first met on the v17-v21 synthetic splits: each field in its own 〖〗
bracket, a 发表于 date, a 信息公开 table above a headline whose info row runs past 40 characters,
a byline set in a heading tag without colons."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.fields import read_fields

ZH = "县文化馆举办非遗传承展演，吸引了众多市民前来观看，现场气氛热烈，传统技艺受到广泛关注和好评。"
TITLE = "县文化馆举办非遗传承展演活动"


def _page(info: str, title: str = TITLE, page_title: str | None = None) -> bytes:
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{page_title or title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><div class='main'><h1>{title}</h1>{info}"
            f"<div class='article'>{body}</div></div></body></html>").encode()


def test_fields_each_in_its_own_bracket_are_read_without_the_brackets():
    a = clean_page(_page("<div class='infos'>〖发布时间:2022-08-10〗〖来源:县政府办公室〗〖作者:陆思远〗〖阅读:1778次〗</div>"))
    assert a.source == "县政府办公室"
    assert a.author == "陆思远"
    assert a.published.startswith("2022-08-10")


def test_a_published_at_label_without_a_colon_gives_the_date():
    fields = read_fields("作者:陈思远 | 发表于: 2024-06-21 12:14 | 查看: 2043")
    assert [f.name for f in fields] == ["author", "date"]
    assert fields[1].value.startswith("2024-06-21 12:14")
    a = clean_page(_page("<div class='meta'>作者 潘一鸣 · 发表于 2023-09-15 · 阅读 195</div>"))
    assert a.published.startswith("2023-09-15")
    assert a.author == "潘一鸣"


def test_a_byline_in_a_heading_tag_is_no_title():
    a = clean_page(_page("<h6 class='post-meta'>作者 <a href='/a/'>潘一鸣</a> · 发表于 2023-09-15 · 阅读 195</h6>",
                         page_title="县文化馆-首页"))
    assert a.title == TITLE


def test_the_source_under_an_in_body_headline_beats_the_table_issuer():
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    page = ("<html><head><meta charset='utf-8'><title>县民政局2023年度福利彩票公益金使用情况公告</title></head><body>"
            "<div class='top'>县民政局</div><div class='main'><table class='xxgk-meta'>"
            "<tr><th>索 引 号:</th><td>55623971-83/2025-00030</td><th>信息分类:</th><td>工作动态</td></tr>"
            "<tr><th>发布机构:</th><td>县民政局</td><th>成文日期:</th><td>2025-07-22</td></tr>"
            "<tr><th>名  称:</th><td colspan='3'>县民政局2023年度福利彩票公益金使用情况公告</td></tr>"
            "<tr><th>发布日期:</th><td>2025-07-22</td><th>文  号:</th><td></td></tr></table>"
            "<div class='xxgk-title'>县民政局2023年度福利彩票公益金使用情况公告</div>"
            "<div class='xxgk-info'>发布时间:2025-07-22  来源:办公室  浏览次数:<span>1561</span>  "
            "【<a href='javascript:window.print()'>打印</a>】</div>"
            f"<div class='xxgk-content'>{body}</div></div></body></html>").encode()
    assert clean_page(page).source == "办公室"


def test_a_reporter_glued_to_the_name_ends_the_source():
    a = clean_page(_page("<div class='info'>2023/04/29/ 07:50 来源:每日甘肃网-甘肃日报 记者崔亚明</div>"))
    assert a.source == "每日甘肃网-甘肃日报"
    assert a.author == "崔亚明"
    assert read_fields("据记者李明介绍，项目已完工") == []


def test_a_label_in_brackets_alone_in_its_cell_labels_the_next():
    fields = read_fields("[ 发布机构 ]\n郯城县体育发展中心\n[ 成文日期 ]\n2024-05-15")
    assert [(f.name, f.value) for f in fields] == [("source", "郯城县体育发展中心"), ("date", "2024-05-15")]


def test_labels_and_names_glossed_with_their_pinyin_are_read():
    fields = read_fields("2014-08-20 來(lái)源 :公益時(shí)報(bào)  作者 : 王會(huì)賢")
    assert [(f.name, f.value) for f in fields] == [("source", "公益時(shí)報(bào)"), ("author", "王會(huì)賢")]
    a = clean_page(_page("<div class='info'>2014-08-20 來(lái)源 :公益時(shí)報(bào)  作者 : 王會(huì)賢</div>"))
    assert a.author == "王會(huì)賢"
