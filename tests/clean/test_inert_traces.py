"""What an injection leaves that does nothing (v18): a script that is only a table of strings coded
character by character, and a run of empty tags each stamped with a value no site writes and nothing
names. Both pages are hijacked copies trimmed from dev real-cases-v18 rc18-016 and synthetic-v18
syn18-010 (its gambling site name put back to the college's). A site's own escaped state, a
minifier's table read by its code, a form's skeleton and an editor's leftover tags are not."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds, load
from tests.clean.test_mirror_traces import URL, page

TABLE_URL = "http://xsy.jstu.edu.cn/2025/0319/c7813a194080/page.htm"
STAMP_URL = "https://www.edu.example.cn/news/2023/syn18-010.html"


def test_a_script_that_is_only_a_coded_string_table_flags_the_page():
    a = clean_page(load("coded-string-table.html"), url=TABLE_URL)
    assert a.hijacked and "obfuscated_script" in kinds(a), a.findings
    assert "校体育运动委员会工作会议在厚德楼220会议室召开" in a.text
    assert a.title == "我校召开2025年度体育运动委员会工作会议"


def _script(code: str) -> bytes:
    return page(f"<script>{code}</script>")


def test_escaped_state_handed_to_a_call_and_a_table_its_code_reads_are_no_evidence():
    coded = "".join(f"\\x{ord(c):02x}" for c in "createElement")
    state = 'window.__STATE__ = JSON.parse("' + "".join(f"\\u{ord(c):04x}" for c in '{"page":"news","id":12}') + '");'
    table = f'var _0xa=["{coded}","{coded}"];var _0xb=function(i){{return _0xa[i]}};console.log(_0xb(0));'
    for code in (state, table):
        a = clean_page(_script(code), url=URL)
        assert "obfuscated_script" not in kinds(a), (code, a.findings)
    # a declaration whose strings are mostly plain: configuration, not a coded table
    plain = 'var cfg=["' + coded + '","' + "x" * 200 + '"];'
    assert "obfuscated_script" not in kinds(clean_page(_script(plain), url=URL))


def test_empty_tags_each_stamped_with_a_value_no_site_writes_are_a_mirror_copy():
    a = clean_page(load("empty-tag-stamp.html"), url=STAMP_URL)
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "保卫处负责人通报了上学期校园安全工作情况" in a.text
    assert a.title == "云梦理工学院召开春季学期安全工作会议"


def test_empty_tags_with_values_a_site_writes_or_names_are_no_stamp():
    skeletons = (
        # unique ids a script fills (an ad slot, a counter, a toolbar)
        '<div id="ad-top"></div><span id="read-count"></span><p id="tools"></p><em id="likes"></em>',
        # valid languages, directions and drag settings (an editor's leftovers)
        '<span lang="en-US"></span><em dir="ltr"></em><b draggable="false"></b><i lang="zh_CN"></i>',
        # random-looking values a stylesheet names
        '<abbr lang="q1x"></abbr><acronym draggable="k9z"></acronym><strong dir="w4k"></strong>'
        '<style>[lang=q1x],[draggable=k9z],[dir=w4k]{display:block}</style>',
        # one id on tags that hold text or carry a class
        '<mark id="k2a96">注</mark><address id="k2a96" class="a"></address><meter id="k2a96">1</meter>',
    )
    for before in skeletons:
        a = clean_page(page(before), url=URL)
        assert "mirror_copy" not in kinds(a), (before, a.findings)
