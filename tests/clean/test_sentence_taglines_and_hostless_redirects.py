"""Clean pages that a reader took for an injection's form (dev clean extraction sets, rewritten): a
tagline punctuated as a sentence (公交、地铁…，新用户…: no keyword line) and a country-domain redirect
that, run away from its own host, builds an address naming no host (no visitor sent away). Each
reader still catches the form it exists for."""
from __future__ import annotations

from scraper.clean import clean_page, tokens
from tests.clean.conftest import kinds

URL = "https://www.shuangqiao.gov.cn/xwzx/2025/0915/8.htm"
LEAD = ("<p>12月1日，双桥镇召开安全生产工作会议，镇主要领导出席并讲话，各村、各单位负责人参加会议。</p>"
        "<p>会议通报了近期安全检查情况，部署了岁末年初安全生产重点工作，要求压实责任、排查隐患。</p>"
        "<p>会议要求各村加强重点行业领域隐患排查整治，确保全镇安全形势持续平稳，群众生命财产安全得到保障。</p>")


def page(body: str = LEAD, top: str = "", head: str = "", tail: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>双桥镇召开安全生产会议</title>{head}</head>'
            f'<body>{top}<div class="header">双桥镇人民政府 | 首页 | 新闻中心</div>'
            f'<div class="article"><h1>双桥镇召开安全生产会议</h1><div class="content">{body}</div></div>'
            f'<div class="footer">版权所有:双桥镇人民政府</div>{tail}</body></html>').encode()


# --- a tagline is punctuated as a sentence: 、 inside clauses that commas part ---

TAGLINE = "公交、地铁随心阅读，新用户还可享14天限免"


def test_a_tagline_with_enumeration_and_clause_commas_is_no_keyword_line():
    assert tokens.keyword_line(TAGLINE, TAGLINE + "\n" + LEAD) == []
    panel = f'<div class="qr" style="display:none"><p>扫一扫 · 手机接着看</p><p>{TAGLINE}</p></div>'
    a = clean_page(page(top=panel), url=URL)
    assert not a.hijacked, a.findings


def test_keyword_lines_joined_by_one_separator_are_still_read():
    for sep in ("、", "，", ","):
        line = sep.join(["上海外围女模特预约", "高端商务伴游服务", "全国空降酒店上门"])
        assert tokens.keyword_line(line, line + "\n" + LEAD) == ["上海外围女模特预约", "高端商务伴游服务", "全国空降酒店上门"]
        a = clean_page(page(top=f"<div>{line}</div>"), url=URL)
        assert a.hijacked and "spam_text" in kinds(a), sep


# --- a redirect to an address that names no host sends nobody away ---

# Blogger's country-domain redirect: on a .com host it does nothing; anywhere else it rebuilds the
# address from the label before the first dot, which localhost (a page cleaned without its URL) lacks.
NCR = ('<script>var blog = document.location.hostname; var slug = document.location.pathname;'
       'var ctld = blog.substr(blog.lastIndexOf(".")); if (ctld != ".com") {'
       'var ncr = "http://" + blog.substr(0, blog.indexOf(".")); ncr += ".blogspot.com/ncr" + slug;'
       'window.location.replace(ncr);}</script>')


def test_a_redirect_built_to_an_address_without_a_host_is_no_hijack():
    a = clean_page(page(head=NCR), url=None)
    assert not a.hijacked, a.findings


def test_a_redirect_of_every_visitor_to_a_real_host_is_still_caught():
    script = "<script>window.location.replace('https://hx-yl88.com/h5/');</script>"
    a = clean_page(page(tail=script), url=URL)
    assert a.hijacked and "js_redirect" in kinds(a)
    a = clean_page(page(tail=script), url=None)
    assert a.hijacked and "js_redirect" in kinds(a)
