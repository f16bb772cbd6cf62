"""Inline code a script writes runs as a browser runs it (v39 account B6, rc39b-007: a percent-encoded
document.write of a <script> sending iPhone visitors elsewhere). A browser executes a <script> that
document.write puts into the page, and one a script builds with text and attaches; it does not run
the scripts innerHTML inserts. What the written code does is judged like any script's doing. The
code is written afresh in the miss's form, not copied from the page."""
from __future__ import annotations

import json
from urllib.parse import quote

from scraper.clean import clean_page
from scraper.clean.sandbox import run_scripts
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, URL, page

SPAM_HOST = "qx7-lucky.top"
PHONE_GATE = ("(function(){var ua=navigator.userAgent.toLowerCase();"
              f"if(/iphone|ipad|ipod/.test(ua)){{window.location.href='https://{SPAM_HOST}/m/';}}}})();")


def _navs(run, view):
    return [e.value for e in run.effects[view] if e.kind == "nav"]


def test_percent_encoded_written_script_sending_phones_away_is_cloaking():
    written = quote(f"<script>\n{PHONE_GATE}\n</script>", safe="")
    a = clean_page(page(head=f"<script>document.write(unescape('{written}'));</script>", body=BODY), url=URL)
    assert a.hijacked and "js_cloak" in kinds(a), a.findings
    assert any(SPAM_HOST in f.evidence for f in a.findings)


def test_written_and_attached_scripts_run_for_the_view_they_reach():
    for code in (f"document.write('<scr'+'ipt type=\"text/javascript\">'+{json.dumps(PHONE_GATE)}+'</scr'+'ipt>');",
                 f"var s=document.createElement('script');s.text={json.dumps(PHONE_GATE)};document.head.appendChild(s);"):
        run = run_scripts([(0, code)], URL)
        assert _navs(run, "phone_direct") == [f"https://{SPAM_HOST}/m/"], code
        assert _navs(run, "spider") == [] and _navs(run, "desktop_direct") == [], code


def test_scripts_inside_inner_html_do_not_run():
    code = f"document.body.innerHTML='<script>'+{json.dumps(PHONE_GATE)}+'</scr'+'ipt>';"
    run = run_scripts([(0, code)], URL)
    assert _navs(run, "phone_direct") == []


def test_code_writing_itself_without_end_stops():
    # each run writes the same script again: the nesting bound ends it, the script after it still runs
    code = "function w(){document.write('<scr'+'ipt>w()</scr'+'ipt>')} w();"
    after = "location.replace('https://example.org/next')"
    run = run_scripts([(0, code), (1, after)], URL)
    assert 0 in run.ran and _navs(run, "spider") == ["https://example.org/next"]
    assert sum(1 for e in run.effects["spider"] if e.kind == "write") <= 5
