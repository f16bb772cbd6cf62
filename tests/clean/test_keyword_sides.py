"""Search phrases set as title parts on both sides of the article's headline (farm.keyword_sides,
rc17-001): a trade-SEO farm's <place + service>-<headline>-<trade site>, in the <title> or in the
heading that stands for it. Phrases the page writes nowhere else and that name no public body are
cut from the title and flag the page; a site's own section and name, written in its header or
footer, stay."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.farm import keyword_sides
from tests.clean.conftest import everything, kinds

_HEADLINE = "青川师范学院召开2024年度本科教学工作推进会"
_ARTICLE = ("<p>3月18日下午,青川师范学院在行政楼第一会议室召开2024年度本科教学工作推进会,校领导、各二级学院院长及教学秘书参加会议。</p>"
            "<p>会上,教务处负责人通报了上学期课程建设、教材选用和教学检查情况,并对本学期专业认证和课程思政工作作出安排。</p>"
            "<p>会议强调,各单位要把人才培养质量放在首位,持续完善教学质量保障体系,推动教学改革落地见效。</p>")
# invented service and trade-site phrases (no list knows them)
_BEFORE, _AFTER = "临江代理记账", "云帆账务通"
URL = "http://www.qcsf.edu.cn/news/2024/0318/1.html"


def _page(title: str, heading: str, header: str = "青川师范学院", footer: str = "青川师范学院 版权所有") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='header'><a href='/'>{header}</a> <a href='/news/'>新闻网</a></div>"
            f"<div class='article'><h1>{heading}</h1>{_ARTICLE}</div>"
            f"<div class='foot'>{footer}</div></body></html>").encode()


def test_phrases_around_the_headline_in_the_title_are_cut_and_flag_the_page():
    a = clean_page(_page(f"{_BEFORE}-{_HEADLINE}-{_AFTER}", _HEADLINE), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title == _HEADLINE
    assert _BEFORE not in everything(a) and _AFTER not in everything(a)
    assert "本科教学工作推进会" in a.text


def test_phrases_around_the_headline_in_the_heading_taken_for_the_title_are_cut():
    sandwich = f"{_BEFORE}-{_HEADLINE}-{_AFTER}"
    a = clean_page(_page(sandwich, sandwich), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title == _HEADLINE


def test_a_sites_own_section_and_name_around_the_headline_stay():
    # the section and the site's name written in the header and footer (a logo's alt text counts);
    # a section the page never writes beside a site's name it writes
    for title, header, footer in (
            (f"学院要闻-{_HEADLINE}-青川师范学院", "青川师范学院 学院要闻", "青川师范学院 版权所有"),
            (f"学院要闻-{_HEADLINE}-青川师院在线", "<img alt='青川师院在线' src='/logo.png'> 学院要闻", ""),
            (f"校园动态频道-{_HEADLINE}-青川教育在线", "首页", "青川教育在线 版权所有")):
        a = clean_page(_page(title, _HEADLINE, header=header, footer=footer), url=URL)
        assert not a.hijacked and not kinds(a), title


def test_a_part_naming_a_body_is_no_keyword_even_when_the_page_never_writes_it():
    lines = [_HEADLINE, "青川师范学院在行政楼第一会议室召开2024年度本科教学工作推进会,校领导参加会议。"]
    page = lambda: "首页"  # noqa: E731  (a page that writes neither part)
    assert keyword_sides(f"{_BEFORE}-{_HEADLINE}-{_AFTER}", lines, page) == [_BEFORE, _AFTER]
    assert keyword_sides(f"{_BEFORE}-{_HEADLINE}-东川理工大学", lines, page) == []
    assert keyword_sides(f"{_HEADLINE}-{_BEFORE}-{_AFTER}", lines, page) == []  # both after it: a site's parts
