"""The cleaner's speed shortcuts answer what the full reading answers (issue 12, speed bar): each
shortcut skips work only where that work could find nothing, so a page that needs it still gets it."""
from __future__ import annotations

import pytest
from lxml import etree

from scraper.clean.dom import parse_html
from scraper.clean.exits import element_handlers, handler_candidates, page_handlers
from scraper.clean.hidden import STRONG, find_hidden
from scraper.clean.sandbox import could_act
from scraper.clean.scripts import ScriptReport, analyse_script


def test_a_decoder_that_reads_the_visitor_is_run_however_it_spells_the_property():
    for spelling in ("navigator.userAgent", "NAVIGATOR.USERAGENT", "navigator.u\u017ferAgent"):
        # (the long s reads as an s case-blind, as the sandbox's pattern has always read it)
        assert could_act(f"var u = {spelling}; var c = s.charAt(3);"), spelling
    assert not could_act("var u = 1; var c = s.charAt(3);")


def test_a_gesture_handler_that_acts_is_run_however_it_is_cased():
    assert could_act("el.onClick = function () { document.write(x); };")
    assert could_act("document.addEventListener('touchstart', function () { document.write(x); });")
    assert not could_act("el.once = function () { document.write(x); };")


def _paths(root, found) -> list:
    tree = root.getroottree()
    return [(tree.getpath(el), how) for el, how in found]


def test_hidden_elements_are_found_beside_plain_ones():
    root = parse_html(
        "<html><head><style>.gone{display:none}</style></head><body>"
        "<div><p>plain</p><p class='gone'>by rule</p><p style='display:none'>by style</p>"
        "<p hidden>by attribute</p><iframe width='0' height='0'></iframe>"
        "<div style='position:relative'><div style='position:absolute;top:0;left:0;width:300px;z-index:1'>"
        "<a href='https://x.example/'>under</a></div>"
        "<div style='position:absolute;top:0;left:0;width:300px;z-index:2;background:#fff'></div></div>"
        "<font color='#fff'><span>white</span></font></div></body></html>")
    found = dict(_paths(root, find_hidden(root)))
    assert found["/html/body/div/p[2]"] and found["/html/body/div/p[3]"] and found["/html/body/div/p[4]"]
    assert found["/html/body/div/iframe"] == STRONG
    assert found["/html/body/div/div/div[1]"] == STRONG  # covered by its empty white sibling
    assert "/html/body/div/p[1]" not in found


def test_handlers_read_from_the_shared_candidates_are_the_handlers_each_reader_finds():
    root = parse_html(
        "<html><body onclick=\"window.open('https://x.example/')\"><p>text</p>"
        "<a href=\"javascript:go()\">go</a><span onmousedown=\"go()\">s</span>"
        "<div onscroll=\"f()\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\"></div>"
        "<b onkeyup=\"go()\">k</b></body></html>")
    code = ["function go(){location.href=document.referrer}"]
    candidates = handler_candidates(root)
    # each reader's own search, as it was before the shared walk
    gestures = ("click", "mousedown", "mouseup", "touchstart", "touchend", "pointerdown", "scroll")
    page_own = root.xpath("|".join(f"//*[@on{e}]" for e in gestures))
    element_own = root.xpath("|".join(f"//*[@on{e}]" for e in gestures[:5]) + "|//a[starts-with(@href,'javascript:')]")
    assert page_handlers(root, 0, candidates) == page_handlers(root, 0, page_own) and len(page_handlers(root, 0)) == 2
    assert element_handlers(root, 5, code, candidates) == element_handlers(root, 5, code, element_own)
    assert len(element_handlers(root, 5, code)) == 3  # the link, the span and go() called once
    assert all(isinstance(el, etree._Element) for el in candidates)


def test_a_script_read_once_is_judged_on_each_page_by_that_page_s_own_site():
    code = ("if (/baidu|sogou/.test(document.referrer)) { window.location.href = 'https://www.kaiyun-bet.top/in'; }")
    for own_site, flagged in (("kaiyun-bet.top", False), ("school.edu.cn", True), ("kaiyun-bet.top", False)):
        report = ScriptReport()
        analyse_script(code, lambda h, own=own_site: not h.endswith(own), report)
        assert bool(report.findings) is flagged, own_site
        assert ("kaiyun-bet.top" in {h.removeprefix("www.") for h in report.spam_hosts}) is flagged


@pytest.mark.xfail(strict=True, raises=ImportError,
                   reason="sp29's bracket-start shortcut left unwired (variant 37f49f5): output-identical, "
                          "speed lines unmoved beyond noise (bench/extract.py note)")
def test_bracket_access_that_hides_an_act_is_found_wherever_the_bracket_stands():
    # needs_decoding tries the case-blind pattern only where a bracket opens a string (session 29):
    # the same answer as searching it from every position, blanks and case-folded letters included
    from scraper.clean.scripts import _BRACKET_ACT, _bracket_act, needs_decoding

    hiding = ('window["loc"+"ation"]="x"', "WINDOW \t\n [ 'href']", 'var a=1;top["docum"+"ent"]',
              'x=myself["wri"+"te"]', '\u017felf["href"]', 'document\u3000["coo"+"kie"]', 'self[ "replac" ]')
    plain = ('window["dataLayer"]=[]', 'a["href"]', 'window .x["href"]', 'var s = ["window", "location"];',
             'window[0]', 'tops["x"]["y"]')
    for code in hiding:
        assert _bracket_act(code) and bool(_BRACKET_ACT.search(code)), code
        assert needs_decoding(code), code
    for code in plain:
        assert _bracket_act(code) == bool(_BRACKET_ACT.search(code)), code
    assert not needs_decoding('window["dataLayer"]=window["dataLayer"]||[]')


def test_a_byline_class_is_read_in_any_case_and_beside_other_scripts_words():
    from scraper.clean.byline import _class_label

    assert _class_label(etree.fromstring('<span class="post-Author">x</span>')) == "作者："
    assert _class_label(etree.fromstring('<span class="文章 laiyuan">x</span>')) == "来源："
    assert _class_label(etree.fromstring('<span class="headline">x</span>')) is None


def test_a_box_pinned_by_its_own_style_or_by_a_rule_is_found_and_one_a_style_unpins_is_not():
    from scraper.clean.pinned import pinned_boxes

    root = parse_html("<html><head><style>.bar{position:fixed;top:0}</style></head><body>"
                      "<div id='a' style='POSITION: Fixed; inset:0'>a</div><div id='b' class='bar'>b</div>"
                      "<div id='c' class='bar' style='position:static'>c</div><div id='d' style='color:red'>d</div>"
                      "</body></html>")
    assert [el.get("id") for el, _ in pinned_boxes(root)] == ["a", "b"]
