"""Byline forms CMS templates write that a reader sees as author or 来源: a poster's label (发布者),
a middle dot after the label (来源 · 新闻中心), a label spaced to the width of its column in a
信息公开 table (来　　源), and a "由 张三 发表于 …" line."""
from __future__ import annotations

from scraper.clean import clean_page

ZH = "市政府召开常务会议，研究部署防汛救灾和安全生产工作，要求各地各部门压实责任，确保人民群众生命财产安全。"


def _page(info: str, title: str = "市政府召开常务会议部署防汛工作", above: str = "") -> bytes:
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a></div>{above}<div class='article'><h1>{title}</h1><div class='info'>{info}</div>"
            f"{body}</div></body></html>").encode()


def test_the_poster_label_names_the_author():
    a = clean_page(_page("<span>2025-01-26 15:38:25</span><span>发布者:赵雅琴</span><span>来源:融媒体中心</span>"
                         "<span>点击次数:<span>149</span></span>"))
    assert a.author == "赵雅琴"
    assert a.source == "融媒体中心"


def test_a_middle_dot_after_the_source_label():
    a = clean_page(_page("<time>2025年1月21日</time> · <span>刘建国</span> · <span>来源 · 新闻中心</span>"))
    assert a.source == "新闻中心"


def test_a_posted_by_line_names_the_author():
    a = clean_page(_page("<div>由 周晓燕 发表于 2024年03月18日 08:31</div>"))
    assert a.author == "周晓燕"
    a = clean_page(_page("<div>由 管理员 发表于 2024年03月18日 08:31</div>"))
    assert a.author is None


def _table(source: str) -> str:
    rows = [("索 引 号", "11431126MB1026/2025-00126"), ("主题分类", "综合政务/其他"), ("发布机构", "宁远县人民政府"),
            ("发文日期", "2025-08-02"), ("来　　源", source), ("文　　号", "")]
    return ("<table class='xxgk-table'>" + "".join(f"<tr><th>{k}:</th><td>{v}</td></tr>" for k, v in rows)
            + "</table>")


def test_a_spaced_label_in_an_open_government_table():
    a = clean_page(_page("发布时间:2025-08-02 18:50 浏览次数:98", above=_table("新闻中心")))
    assert a.source == "新闻中心"


def test_an_empty_source_row_is_no_source_not_the_issuer():
    a = clean_page(_page("发布时间:2025-08-02 18:50 浏览次数:98", above=_table("")))
    assert a.source is None


def test_the_source_under_a_headline_below_a_long_table_in_the_same_container():
    # the table, the headline and its 发布时间/来源 row in one container: the table fills the first
    # lines a byline is looked for in, and the row under the headline must still be read
    rows = [("索 引 号", "55623971-83/2025-00030"), ("信息分类", "工作动态"), ("主题分类", "民政/社会福利"),
            ("体裁分类", "公告公示"), ("有 效 性", "有效"), ("发布机构", "宁远县民政局"),
            ("成文日期", "2025-07-22"), ("名　　称", "宁远县民政局2024年度养老服务补贴发放情况公告"),
            ("发布日期", "2025-07-22"), ("文　　号", "")]
    table = "<table>" + "".join(f"<tr><th>{k}:</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    page = (f"<html><head><meta charset='utf-8'><title>宁远县民政局</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a></div><div class='main'>{table}<div class='title'>宁远县民政局2024年度养老服务补贴发放情况公告"
            f"</div><div class='info'>发布时间:2025-07-22  来源:办公室  浏览次数:1561</div>{body}</div></body></html>")
    a = clean_page(page.encode())
    assert a.source == "办公室"
    assert "浏览次数" not in a.text
