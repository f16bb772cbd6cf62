"""Bad input gives an error of our own or an empty valid result, quickly; never a crash or a hang."""
from __future__ import annotations

import os
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

from core.errors import NewsvaultError
from scraper.clean import Article, CleanError, clean_page
from tests.clean.conftest import load


@pytest.mark.parametrize("raw", [b"", b"   \n\t ", b"<html", b"<!-- only a comment -->"])
def test_empty_input_gives_an_empty_article(raw):
    a = clean_page(raw)
    assert isinstance(a, Article) and a.text == "" and not a.hijacked


@pytest.mark.parametrize("raw", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog>> endobj\nstream\x00\x01\x02\x03",
    bytes(range(256)) * 40,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
])
def test_binary_input_is_a_clean_error(raw):
    with pytest.raises(CleanError) as e:
        clean_page(raw)
    assert isinstance(e.value, NewsvaultError)
    assert "not an HTML page" in str(e.value)


def test_random_garbage_never_crashes():
    for seed in range(5):
        raw = os.urandom(3000 + seed)
        try:
            clean_page(raw)
        except CleanError:
            pass


@pytest.mark.timeout(30)
def test_twenty_megabyte_page_is_refused_quickly():
    raw = b"<html><body>" + "<p>段落文字，测试。</p>".encode() * 700_000 + b"</body></html>"
    assert len(raw) > 20_000_000
    with pytest.raises(CleanError, match="MiB"):
        clean_page(raw)


@pytest.mark.timeout(30)
def test_ten_thousand_deep_nesting():
    raw = b"<html><body>" + b"<div>" * 10_000 + "深处的文字。".encode() + b"</div>" * 10_000 + b"</body></html>"
    a = clean_page(raw)
    assert isinstance(a, Article)


@pytest.mark.parametrize("opening, depth", [("<font>", 255), ("<font color='#333'>", 300), ("<b>", 3000),
                                            ("<div>", 3000)])
def test_deeply_nested_content_is_not_lost(opening, depth):
    """libxml2 stops at 256 levels and dropped the rest: a CMS that opens a <font> per paragraph
    and never closes it gave an empty article."""
    paragraphs = "".join(f"<p>第{i}段正文，内容完整，讲述了事情的经过和结果。</p>" for i in range(3))
    raw = ("<html><head><title>深层嵌套的通知</title></head><body><h1>深层嵌套的通知</h1>"
           + opening * depth + paragraphs + "</body></html>").encode()
    a = clean_page(raw)
    assert a.title == "深层嵌套的通知"
    for i in range(3):
        assert f"第{i}段正文，内容完整，讲述了事情的经过和结果。" in a.text


def test_control_characters_in_text_are_dropped_not_fatal():
    # a CleanEval page had vertical tabs after <P>; moving such a tail made lxml raise ValueError
    raw = ("<html><body><div><p>第一段正文，内容完整。<script>var a=1;</script>\x0b\x0c 第二句，仍然是正文。</p>"
           "<p>\x00第二段正文，继续叙述。</p></div></body></html>").encode()
    a = clean_page(raw)
    assert "第二句，仍然是正文。" in a.text and "第二段正文" in a.text
    assert not any(c in a.text for c in "\x00\x0b\x0c")


def test_inline_json_with_many_equals_signs_is_not_an_attribute_bomb():
    state = "window.__preloadedData = {" + ",".join(f'"k{i}":"QXJ0aWNsZQ=="' for i in range(3000)) + "};"
    raw = ("<html><body><script><![CDATA[" + state + "]]></script><div><p>正文第一段，内容充实，讲述事情经过。</p>"
           "<p>正文第二段，继续叙述，并给出结论。</p></div></body></html>").encode()
    assert "正文第二段" in clean_page(raw).text


def test_page_size_limit_is_one_public_constant():
    from scraper import clean
    assert clean.MAX_PAGE_BYTES >= 16 * 2**20
    with pytest.raises(CleanError, match="MiB"):
        clean_page(b"<html><body>" + b" " * clean.MAX_PAGE_BYTES + b"</body></html>")


def test_tag_soup_over_the_limit_is_refused():
    with pytest.raises(CleanError, match="tags"):
        clean_page(b"<html><body>" + b"<i>x</i>" * 160_000 + b"</body></html>")


def test_truncated_html_keeps_what_arrived():
    raw = ("<html><head><title>测试标题</title></head><body><h1>测试标题</h1><div><p>第一段文字，内容完整，"
           "可以正常读出。</p><p>第二段文字被截断了，但已经到达的部分").encode()
    a = clean_page(raw)
    assert a.title == "测试标题"
    assert "第一段文字，内容完整，可以正常读出。" in a.text


def test_wrong_type_is_rejected():
    with pytest.raises(TypeError):
        clean_page("<html></html>")  # type: ignore[arg-type]


def test_arguments_and_result_pickle_through_a_process_pool():
    raw = load("synthetic-000-d01-vsb.html")
    with ProcessPoolExecutor(max_workers=1) as pool:
        a = pool.submit(clean_page, raw, "https://www.gzou.edu.cn/a/1.html", {"Content-Type": "text/html"},
                        {"title": "h1"}).result(timeout=60)
    assert a.hijacked and a.title.startswith("我为群众办实事")
    assert pickle.loads(pickle.dumps(a)) == a


@pytest.mark.timeout(30)
def test_tag_with_fifty_thousand_attributes_is_refused():
    raw = b"<html><body><div " + b" ".join(b'a%d="x"' % i for i in range(50_000)) + b">t</div></body></html>"
    with pytest.raises(CleanError, match="attributes"):
        clean_page(raw)


def test_equals_signs_inside_attribute_values_are_no_attributes():
    """A tag of 700 attributes whose values are query strings (4,200 "=") is an ordinary page."""
    attributes = b" ".join(b'data-u%d="/s?a=1&b=2&c=3&d=4&e=5"' % i for i in range(700))
    raw = (b"<html><body><div " + attributes + b"><p>" + "正文第一段，内容充实，讲述事情经过。".encode()
           + b"</p><p>" + "正文第二段，继续叙述，并给出结论。".encode() + b"</p></div></body></html>")
    assert "正文第二段" in clean_page(raw).text


def test_inline_base64_image_is_no_attribute_bomb():
    image = b"data:image/png;base64," + b"QUJD" * 30_000
    raw = (b"<html><body><div><p>" + "正文第一段，内容充实，讲述事情经过。".encode() + b'</p><img src="' + image
           + b'"><p>' + "正文第二段，继续叙述，并给出结论。".encode() + b"</p></div></body></html>")
    a = clean_page(raw)
    assert "正文第二段" in a.text


@pytest.mark.parametrize("url", ["http://[abc/x", "https://[::1/path", "http://[zz]:80/"])
def test_an_address_no_parser_reads_is_no_crash(url):
    # urllib raises on an unclosed or invalid IPv6 bracket; every reader of the page's host used
    # to raise with it (engine._host_and_path, tradehead's own-host guard) and the page was lost
    raw = ("<html><head><title>开云体育官网 - 某大学新闻网</title></head><body><h1>学院召开工作会议</h1>"
           "<p>" + "学院召开年度工作会议，总结过去一年的工作，部署新一年的重点任务。" * 8 + "</p>"
           "<div>友情链接：<a href='http://x.example.top/'>开云体育官网</a></div></body></html>").encode()
    a = clean_page(raw, url=url)
    assert a.url == url and "学院召开年度工作会议" in a.text
