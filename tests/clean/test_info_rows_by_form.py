"""Info rows read segment by segment, each by its form, when no label names them: a body's name is
the 来源, people's names are the author, a count of readers is nothing, and a row holding a segment
of no such form (a header's clock with its weekday) is not read at all."""
from __future__ import annotations

from scraper.clean import clean_page

ZH = "镇卫生院组织开展家庭医生签约服务进村入户活动，为辖区老年人提供健康体检和用药指导，受到群众欢迎。"


def _page(info: str, site: str = "青岚县人民政府", title: str = "镇卫生院开展家庭医生签约服务活动") -> bytes:
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}_{site}</title></head><body>"
            f"<div class='logo'>{site}</div><div class='nav'><a href='/'>首页</a></div><div class='card'>"
            f"<h2 class='card-title'>{title}</h2>{info}<div class='card-body'>{body}</div></div>"
            f"<div class='footer'>主办单位：{site}</div></body></html>").encode()


def test_an_unlabelled_row_unit_name_date():
    a = clean_page(_page("<div class='sj-bar'>镇卫生院 | 蓝思琪 | 2026-01-21 | 浏览 5782</div>"))
    assert a.source == "镇卫生院"
    assert a.author == "蓝思琪"  # (a surname outside the hundred commonest: the row's slot says it)
    assert a.published.startswith("2026-01-21")


def test_two_authors_stay_together():
    a = clean_page(_page("<div class='meta'>2024-03-05 ｜ 市教育局 ｜ 张明远 李晓红</div>"))
    assert a.source == "市教育局"
    assert a.author == "张明远 李晓红"
    a = clean_page(_page("<div class='meta'>2024-03-05 · 市教育局 · 张明远、李晓红</div>"))
    assert a.author == "张明远、李晓红"


def test_a_view_count_is_no_field():
    a = clean_page(_page("<div class='detail-info'>2023-12-02 | 县民政局 | 阅读 7601</div>"))
    assert a.source == "县民政局"
    assert a.author is None
    assert "7601" not in (a.source or "") + (a.author or "")


def test_the_sites_own_name_as_the_rows_unit_is_its_source():
    # the row says the text is the site's own (as 来源：本站 does); the logo above it is no row
    a = clean_page(_page("<div class='meta'>长汀师范学院 | 2025-01-27 | 阅读 567</div>", site="长汀师范学院"))
    assert a.source == "长汀师范学院"
    assert a.author is None


def test_a_header_clock_with_its_weekday_is_no_info_row():
    a = clean_page(_page("<div class='meta'>长汀师范学院 | 2025-01-27 | 星期一</div>", site="长汀师范学院"))
    assert a.source is None


def test_a_name_set_apart_between_labelled_fields_is_the_author():
    a = clean_page(_page("<div class='byline'>2016年12月09日17:09  来源:山西新闻网   温倩 评论:0 点击:</div>"))
    assert a.source == "山西新闻网"
    assert a.author == "温倩"


def test_a_word_glued_to_an_unlisted_label_is_no_author():
    a = clean_page(_page("<div class='xx'>发表日期:2017-04-17 03:01:05文章编辑:admin浏览次数:804 标签:</div>"))
    assert a.author is None
