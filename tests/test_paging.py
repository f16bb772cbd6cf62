"""Pagination written by JavaScript, read without running it (scraper.paging)."""
from __future__ import annotations

import pytest

from scraper.paging import MAX_SCRIPT_PAGES, script_pages

BASE = "http://www.example.gov.cn/xxgk/tzgg/"


def pages(html: str, listing: str = BASE + "index.htm") -> list[str]:
    return [u.removeprefix(BASE) for u in script_pages(html, listing)]


def test_trs_create_page_html_with_its_count_in_a_variable():
    html = '<script language="JavaScript">\nvar countPage = 4//共多少页\ncreatePageHTML(countPage, 0, "index", "htm");</script>'
    assert pages(html) == ["index_1.htm", "index_2.htm", "index_3.htm"]


def test_newer_trs_call_with_a_div_id_first_and_a_record_count_last():
    html = "<script>createPageHTML('page_div', 3, 1, 'fg', 'shtml', 60);</script>"
    assert pages(html, BASE + "fg_1.shtml") == ["fg.shtml", "fg_2.shtml"]


def test_pager_variables_alone_number_the_listing_itself():
    assert pages("<script>var countPage = 3; var currentPage = 0;</script>", BASE + "list.htm") == [
        "list_1.htm", "list_2.htm"]


@pytest.mark.parametrize("script", [
    'var pc = new PageContext({pageCount: 3, pageIndex: 1, prefix: "index", suffix: "html"});',
    'var PageContext = {"pageCount": 3, "currentPage": 1, "prefixName": "index", "suffixName": "html"};',
])
def test_page_context_objects(script):
    assert pages(f"<script>{script}</script>", BASE) == ["index.html", "index_1.html", "index_2.html"]


def test_page_context_with_a_url_template():
    html = '<script>var PageContext = {"url": "list.jsp?page={page}", "pageCount": 3};</script>'
    assert pages(html, BASE + "list.jsp") == ["list.jsp?page=1", "list.jsp?page=2", "list.jsp?page=3"]


def test_go_page_links_through_the_pages_own_function():
    html = ('<a href="javascript:goPage(2)">2</a><a href="javascript:goPage(3)">3</a>'
            '<script>function goPage(p) { window.location.href = "list_" + (p - 1) + ".html"; }</script>')
    assert pages(html, BASE + "list.html") == ["list_1.html", "list_2.html"]


def test_nothing_to_read_gives_nothing():
    assert pages("<script>var x = 1; document.write(items.map(f).join(''));</script>") == []
    assert pages("<p>createPageHTML(3, 0, 'index', 'htm') in a paragraph is not a script</p>") == []
    assert pages("<script>createPageHTML(4, 0, '../../etc/passwd', 'htm');</script>") == []  # not a file name


def test_a_huge_count_is_bounded():
    assert len(pages("<script>createPageHTML(99999999, 0, 'index', 'htm');</script>")) == MAX_SCRIPT_PAGES - 1
