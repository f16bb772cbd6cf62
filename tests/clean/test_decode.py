"""Decoding: header charset, BOM, declarations that lie, gbk read as gb18030, character references."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.decode import canonical, decode_html, decode_page, header_charset

HEADLINE = "区政府召开城乡环境综合整治工作会议"


def test_gbk_page_with_charset_only_in_http_header(clean):
    a = clean("gbk-header-only.html", headers={"content-type": "text/html; charset=GBK"})
    assert a.encoding == "gb18030"
    assert a.title == HEADLINE
    assert "城乡环境综合整治是一项民心工程" in a.text


def test_gbk_page_without_any_declaration_is_detected(clean):
    a = clean("gbk-header-only.html")
    assert a.title == HEADLINE and "区长主持会议并讲话" in a.text


def test_wrong_declared_charset_falls_back_instead_of_mojibake(clean):
    a = clean("gbk-declared-utf8.html")  # GBK bytes, <meta charset="utf-8">
    assert a.encoding == "gb18030"
    assert a.title == HEADLINE


def test_utf8_page_declaring_gbk_is_read_as_utf8():
    raw = '<html><head><meta charset="gbk"></head><body><p>中文内容，声明错误。</p></body></html>'.encode()
    assert decode_html(raw) == (raw.decode(), "utf-8")
    assert decode_page(raw).doubt is None


def test_bom_wins_over_a_wrong_declaration(clean):
    a = clean("utf8-bom.html")
    assert a.encoding == "utf-8" and a.title == HEADLINE


def test_http_header_lookup_is_case_insensitive():
    assert header_charset({"CONTENT-TYPE": "text/html; Charset=gb2312"}) == "gb2312"
    assert header_charset({"Content-Type": "text/html"}) is None
    assert header_charset(None) is None


@pytest.mark.parametrize("name, expected", [("gb2312", "gb18030"), ("GBK", "gb18030"), ("utf8", "utf-8"),
                                            ("nonsense-charset", None)])
def test_charset_names(name, expected):
    assert canonical(name) == expected


def test_character_references_decoded_before_matching():
    raw = ("<html><head><title>&#x5929;&#21338;&#20307;&#32946;_&#x901A;&#x77E5;</title></head><body>"
           "<h1>关于做好防汛工作的通知</h1><div><p>各单位要做好防汛准备，确保安全度汛，切实保障人民群众生命财产安全。</p>"
           "<p>请于本周五前报送工作方案，逾期不报的将予以通报。</p></div></body></html>").encode()
    a = clean_page(raw)
    assert a.title == "关于做好防汛工作的通知"
    assert a.hijacked and "天博" in a.findings[0].evidence


def test_utf16_page_is_decoded():
    raw = "<html><body><p>统一编码页面，测试内容。</p></body></html>".encode("utf-16-le")
    a = clean_page(raw)
    assert "统一编码页面" in a.text


def test_scrapy_style_headers_with_bytes_and_lists():
    assert header_charset({b"Content-Type": [b"text/html; charset=gbk"]}) == "gbk"


def _kinds(article):
    return [f.kind for f in article.findings]


def test_small_foreign_part_is_replaced_not_the_whole_page_switched():
    """Issue 10: a UTF-8 page (meta says utf-8) with a 97-byte GBK footer was decoded entirely as gb18030."""
    head = ("<html><head><meta charset='utf-8'><title>" + HEADLINE + "</title></head><body><h1>" + HEADLINE
            + "</h1><div class='content'><p>城乡环境综合整治是一项民心工程，各级各部门要高度重视，切实加强组织领导。</p>"
            "<p>会议要求，要建立长效机制，巩固整治成果，推动城乡环境持续改善。</p></div>").encode("utf-8")
    footer = "<div class='foot'>版权所有：区人民政府办公室 地址：人民路一号 电话：1234567</div>".encode("gbk")
    assert 80 <= len(footer) <= 110
    a = clean_page(head + footer + b"</body></html>")
    assert a.encoding == "utf-8"
    assert a.title == HEADLINE and "城乡环境综合整治是一项民心工程" in a.text
    assert "decoding_uncertain" in _kinds(a) and not a.hijacked


@pytest.mark.parametrize("declaration", ["<meta charset='windows-1251'>", "<meta charset='iso-8859-1'>", ""])
def test_gbk_bytes_never_become_mojibake(declaration):
    body = "<p>主题：2005年中国经济形势分析与展望。今年以来，全区经济运行总体平稳，稳中有进。</p>" * 3
    raw = f"<html><head>{declaration}<title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>{body}</body></html>"
    a = clean_page(raw.encode("gbk"))
    assert a.title == HEADLINE and "经济运行总体平稳" in a.text
    assert a.language == "zh"
    assert not any("\u0400" <= c <= "\u04ff" or "\u00c0" <= c <= "\u00ff" for c in a.text + a.title)
    if declaration:  # a declaration that had to be overruled is worth a note
        assert "decoding_uncertain" in _kinds(a)


def test_a_clean_page_has_no_decoding_finding(clean):
    a = clean("gbk-header-only.html", headers={"content-type": "text/html; charset=GBK"})
    assert "decoding_uncertain" not in _kinds(a)
