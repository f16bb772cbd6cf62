"""The site's own name replaced in its slots by a name no lexicon weighs (v43 §7.5, every account since
v37): a copy writes another name where the school's stands, and only the place tells it.

* The breadcrumb's root is the site's name: when the <title>'s suffix and the copyright line agree on
  the site's name and the root holds another that shares nothing with it (v42 rc42-002: 足球彩票 as a
  college's root and in its sentence), the root's name is spliced and cut wherever the page writes it.
  A short name (its characters taken from the site's), an English name, a section's or a body's name,
  a link and 首页 are the site's own ways of writing its root.
* A Party committee is named after its body (中共<body>委员会): a filler that is no body's nor place's
  name there, and in another slot of the body's name, is spliced, a line break after the name
  (学习了《X<br>办学指导思想》, v43 rc43-019) no end of its clause.
"""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import kinds

SCHOOL = "某某航空职业学院"
STORY = ("在我校建校50周年之际,校友一行七人来校访问,校党委书记朱勇主持了欢迎仪式,"
         "校长郑某发表了欢迎词。两年前,我就与校长商定要设立奖教助学基金,帮助{name}的学子圆梦蓝天。")
URL = "http://127.0.0.1:8000/info/1127/44334.htm"


def _crumb_page(root: str, name: str | None = None, site: str = SCHOOL) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>携手校友 圆梦蓝天 - {site}</title></head><body>"
            f"<div class='banner'>{site}</div><div class='pos'>当前位置: {root} &gt; 学校要闻 &gt; 正文</div>"
            f"<div class='article'><h1>携手校友 圆梦蓝天</h1><p>{STORY.format(name=name or site)}</p></div>"
            f"<div class='foot'>版权所有 &copy; {site}</div></body></html>").encode()


def test_another_name_at_the_breadcrumb_root_of_a_site_that_names_itself_is_cut():
    a = clean_page(_crumb_page("澜庭时光", "澜庭时光"), url=URL)
    assert a.hijacked
    assert ("spliced_brand", "breadcrumb root") in {(f.kind, f.where) for f in a.findings}
    assert "澜庭时光" not in a.text and "帮助的学子圆梦蓝天" in a.text


def test_the_sites_own_ways_of_writing_its_root_stay_clean():
    # its short name, its English name, a section or a body, 首页, the name itself
    for root in ("航空职院", "Aviation College", "新闻网", "学生工作部", "首页", SCHOOL):
        a = clean_page(_crumb_page(root), url=URL)
        assert not a.hijacked, root
        assert "spliced_brand" not in kinds(a), root


def test_a_root_is_not_read_against_a_site_whose_slots_disagree():
    # the <title> names one site and the footer another: no settled name to measure the root by
    page = _crumb_page("澜庭时光").replace(f"版权所有 &copy; {SCHOOL}".encode(), "版权所有 &copy; 某某教育集团".encode())
    assert "spliced_brand" not in kinds(clean_page(page, url=URL))


def test_a_section_at_the_root_named_by_the_template_stays_clean():
    # 当前位置: 信息公开 > …, the header 政府信息公开专栏 writing it too: the template's word, whatever a sentence says
    page = _crumb_page("信息公开", "信息公开").replace(f"<div class='banner'>{SCHOOL}</div>".encode(),
                                        f"<div class='banner'>{SCHOOL}</div><div>政府信息公开专栏</div>".encode())
    assert "spliced_brand" not in kinds(clean_page(page, url=URL))


def test_a_root_written_as_a_link_is_the_sites_own():
    page = _crumb_page("澜庭时光").replace("当前位置: 澜庭时光".encode(), "当前位置: <a href='/'>澜庭时光</a>".encode())
    assert "spliced_brand" not in kinds(clean_page(page, url=URL))


def _committee_page(name: str) -> bytes:
    lead = ("6月2日下午,组织部、机关党委、档案馆联合党支部在教学大楼509室召开理论学习会,支部书记刘某主持会议。"
            f"</p><p>会上,刘某带领全体党员学习了《{name}<br>党委领导下的院长负责制实施细则》、《中共{name}<br>"
            f"委员会会议制度和议事规则》,对{name}<br>党委、行政会议的议事规则有了进一步了解。</p>"
            "<p>会上,机关党委书记李某主讲了主题党课,着重论述了坚持人民至上的人民观。")
    return (f"<html><head><meta charset='utf-8'><title>新闻动态</title></head><body><ul><li>学校概况</li>"
            f"<li>新闻动态</li></ul><div class='article'><p>{lead}</p></div>"
            "<div class='foot'>Copyright 版权所有</div></body></html>").encode()


def test_a_name_no_body_has_in_the_party_committees_slot_is_cut_across_its_line_break():
    a = clean_page(_committee_page("澜庭时光"), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "澜庭时光" not in a.text
    assert "委员会会议制度和议事规则" in a.text


def test_a_body_or_a_place_in_the_party_committees_slot_stays_clean():
    for name in ("某某工程学院", "临溪县", "直属机关"):
        a = clean_page(_committee_page(name), url=URL)
        assert "spliced_brand" not in kinds(a), name
        assert name in a.text
