"""Byline forms read by their shape (session 22): a Latin dateline naming the outlet ("Jakarta, CNN
Indonesia —", "jpnn.com, JAKARTA -"), a label hidden by pinyin glosses ending the value before it, and a
spaced slash ending the author's names. The pages are invented.

Byline forms CMS templates write that a reader sees as author or 来源: a poster's label (发布者),
a middle dot after the label (来源 · 新闻中心), a label spaced to the width of its column in a
信息公开 table (来　　源), and a "由 张三 发表于 …" line."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.fields import read_fields

# -------------------- formerly test_byline_forms_s22.py --------------------

ID = ("Kementerian Komunikasi dan Digital memblokir ribuan situs judi daring yang menumpang di "
      "laman pemerintah daerah, kata juru bicara kementerian kepada wartawan pada hari Selasa.")
TITLE = "Kementerian Blokir Ribuan Situs Judi Daring di Laman Pemerintah"


def _page(first: str, info: str = "", lang: str = "id", text: str = ID) -> bytes:
    body = f"<p>{first}</p>" + "".join(f"<p>{text} ({i})</p>" for i in range(4))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<header><a href='/'>Beranda</a></header><article><h1>{TITLE}</h1>{info}"
            f"<div class='content'>{body}</div></article></body></html>").encode()


def test_the_outlet_of_a_latin_dateline_is_the_source():
    assert clean_page(_page("Jakarta, CNN Indonesia — " + ID)).source == "CNN Indonesia"
    assert clean_page(_page("Jakarta, InfoPublik - " + ID)).source == "InfoPublik"
    assert clean_page(_page("jpnn.com, JAKARTA - " + ID)).source == "jpnn.com"


def test_a_place_and_its_country_name_no_outlet():
    for first in ("LONDON, England — " + ID, "WASHINGTON, D.C. — " + ID, "BROOKLYN, New York - " + ID):
        assert clean_page(_page(first)).source is None


def test_a_label_hidden_by_its_pinyin_ends_the_value_and_the_value_keeps_its_glosses():
    fields = read_fields("來(lái)源：極目新聞 發(fā)表于 2023-01-02")
    assert [(f.name, f.value) for f in fields] == [("source", "極目新聞")]
    assert read_fields("來(lái)源:環(huán)球時(shí)報(bào)\n")[0].value == "環(huán)球時(shí)報(bào)"


def test_a_spaced_slash_ends_the_author():
    zh = "昨天我们聊了债券的历史，这其实就是认知事物的一种方式，尽量从其源起开始梳理清楚它的发展历程。"
    info = "<div class='info'>专栏号作者 坤鹏论 / 某某网 / 2019-04-24 11:20</div>"
    a = clean_page(_page(zh, info, lang="zh", text=zh))
    assert a.author == "坤鹏论"


# -------------------- formerly test_byline_forms_v8.py --------------------

ZH = "市政府召开常务会议，研究部署防汛救灾和安全生产工作，要求各地各部门压实责任，确保人民群众生命财产安全。"


def _cms_page(info: str, title: str = "市政府召开常务会议部署防汛工作", above: str = "") -> bytes:
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a></div>{above}<div class='article'><h1>{title}</h1><div class='info'>{info}</div>"
            f"{body}</div></body></html>").encode()


def test_the_poster_label_names_the_author():
    a = clean_page(_cms_page("<span>2025-01-26 15:38:25</span><span>发布者:赵雅琴</span><span>来源:融媒体中心</span>"
                         "<span>点击次数:<span>149</span></span>"))
    assert a.author == "赵雅琴"
    assert a.source == "融媒体中心"


def test_a_middle_dot_after_the_source_label():
    a = clean_page(_cms_page("<time>2025年1月21日</time> · <span>刘建国</span> · <span>来源 · 新闻中心</span>"))
    assert a.source == "新闻中心"


def test_a_posted_by_line_names_the_author():
    a = clean_page(_cms_page("<div>由 周晓燕 发表于 2024年03月18日 08:31</div>"))
    assert a.author == "周晓燕"
    a = clean_page(_cms_page("<div>由 管理员 发表于 2024年03月18日 08:31</div>"))
    assert a.author is None


def _table(source: str) -> str:
    rows = [("索 引 号", "11431126MB1026/2025-00126"), ("主题分类", "综合政务/其他"), ("发布机构", "宁远县人民政府"),
            ("发文日期", "2025-08-02"), ("来　　源", source), ("文　　号", "")]
    return ("<table class='xxgk-table'>" + "".join(f"<tr><th>{k}:</th><td>{v}</td></tr>" for k, v in rows)
            + "</table>")


def test_a_spaced_label_in_an_open_government_table():
    a = clean_page(_cms_page("发布时间:2025-08-02 18:50 浏览次数:98", above=_table("新闻中心")))
    assert a.source == "新闻中心"


def test_an_empty_source_row_is_no_source_not_the_issuer():
    a = clean_page(_cms_page("发布时间:2025-08-02 18:50 浏览次数:98", above=_table("")))
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
