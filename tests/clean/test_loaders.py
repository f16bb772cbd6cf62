"""Loader scripts decoded without a JavaScript engine: packed (also twice), escaped, string
arrays, bracket access, char codes, base64 — and hostile input stays cheap."""
from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from scraper.clean.loaders import decode_script

CLOAK = ('var r=document.referrer;if(r.indexOf("baidu")>-1||navigator.userAgent.match(/spider/i))'
         '{document.title="鑫盛棋牌-官方入口";window.location.href="https://xs-qp88.top/?a=1"}')


def _code(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        n, r = divmod(n, 62)
        out = digits[r] + out
        if n == 0:
            return out


def pack(code: str) -> str:
    """Dean Edwards' packer, as hijack kits use it (base 62)."""
    words = [w for w, _ in Counter(re.findall(r"\b\w+\b", code, re.A)).most_common()]
    index = {w: _code(i) for i, w in enumerate(words)}
    payload = re.sub(r"\b\w+\b", lambda m: index[m.group()], code, flags=re.A)
    payload = payload.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return ("eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?"
            "String.fromCharCode(c+29):c.toString(36))};if(!''.replace(/^/,String)){while(c--){d[e(c)]=k[c]||e(c)}"
            "k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--){if(k[c]){p=p.replace("
            "new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}"
            f"('{payload}',62,{len(words)},'{'|'.join(words)}'.split('|'),0,{{}}))")


def test_packed_script_unpacks_to_the_original():
    d = decode_script(pack(CLOAK))
    assert "packed" in d.techniques
    assert 'window.location.href="https://xs-qp88.top/?a=1"' in d.text
    assert 'document.title="鑫盛棋牌-官方入口"' in d.text


def test_packed_twice_unpacks_both_layers():
    d = decode_script(pack(pack(CLOAK)))
    assert {"packed", "packed_twice"} <= d.techniques
    assert "xs-qp88.top" in d.text and "navigator.userAgent" in d.text


def test_hex_escaped_eval_string():
    hexed = "".join(f"\\x{ord(c):02x}" for c in 'document.write("<a href=\'https://ab12.top/\'>x</a>")')
    d = decode_script(f'eval("{hexed}")')
    assert "escapes" in d.techniques
    assert "document.write(\"<a href='https://ab12.top/'>x</a>\")" in d.text


def test_string_array_and_bracket_access():
    code = ("var _0x12=['\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e','href','https://k9.vip/','write'];"
            "window[_0x12[0x0]][_0x12[1]]=_0x12[2];window['document'][_0x12[3]]('<a href=x>y</a>');")
    d = decode_script(code)
    assert "string_array" in d.techniques
    assert 'window.location.href="https://k9.vip/"' in d.text
    assert 'window.document.write("<a href=x>y</a>")' in d.text


def test_char_codes_base64_unescape_and_concatenation():
    codes = ",".join(str(ord(c)) for c in "https://cc88.vip/")
    d = decode_script(f"var u=String.fromCharCode({codes});location.href=atob('aHR0cHM6Ly94LnZpcC8=');"
                      "document.write(unescape('%u5F00%u4E91') + '<a>' + \"体育\")")
    assert {"char_codes", "base64"} <= d.techniques
    assert 'var u="https://cc88.vip/"' in d.text
    assert 'location.href="https://x.vip/"' in d.text
    assert 'document.write("开云<a>体育")' in d.text


def test_ordinary_scripts_are_not_obfuscation():
    for code in ('var ts=String.fromCharCode(60);document.write(ts+"script src=x.js>")',
                 'document.write(unescape("%3Cscript src=\'https://ssl.google-analytics.com/ga.js\'%3E%3C/script%3E"))',
                 'eval("init()")'):
        assert not decode_script(code).obfuscated, code


@pytest.mark.parametrize("code", [
    "eval(function(p,a,c,k,e,d){}('" + "0 " * 50_000 + "',62,99999999,'" + "a|" * 30_000 + "'.split('|'),0,{}))",
    "'" + "\\x41" * 100_000 + "'",
    "+".join(['"a"'] * 20_000),
    "var _0x1=[" + ",".join(["'x'"] * 30_000) + "];" + "_0x1[1]" * 10_000,
    "\"" + "\\" * 100_001,
])
def test_hostile_scripts_decode_in_bounded_time(code):
    start = time.process_time()
    decode_script(code)
    assert time.process_time() - start < 2.0  # a bound far above normal (milliseconds), not a benchmark
