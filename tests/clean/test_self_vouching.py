"""An injection cannot vouch for itself (v43 analysis §7 item 2): who owns a host is read from
the page around the injection, not from the loading tag and its copies. Eight copies of one
injected <script src> on a page whose own links are relative do not make its host the page's own
site (a file loaded twice is loaded once); a site loading many files of its own CDN stays clean."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://news.linhai-daily.com/content/2024-03/02/content_1858.htm"

BODY = ("<p>3月2日，新区“春风行动”招聘会在文化广场举行，共有120余家企业进场招聘，提供岗位3000多个。</p>"
        "<p>据悉，本次活动共举办36场公益招聘会，覆盖制造、物流、商贸等行业，预计节后迎来求职高峰。</p>"
        "<p>现场还设置政策咨询台，为求职者解答社保、就业补贴等方面的问题。</p>")


def _page(content_tail: str = "", tail: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>新区春风行动招聘会举行_临海新闻网</title>'
            '</head><body><header><a href="/">临海新闻网</a><nav><a href="/">首页</a><a href="/news/">本地</a></nav>'
            '</header><article><h1>新区春风行动招聘会举行</h1><div class="info">2024-03-02 来源：临海新闻网</div>'
            f'<div id="content">{BODY}{content_tail}</div></article>'
            f'<footer><p>临海新闻网 版权所有</p></footer>{tail}</body></html>').encode()


_LOADER = "<script src='https://temp.lowerbeforwarden.ml/temp.js?n=nb5'></script>"


def test_copies_of_one_loader_do_not_vote_its_host_the_pages_own():
    once, eight = clean_page(_page(_LOADER), url=URL), clean_page(_page(_LOADER * 8), url=URL)
    assert once.hijacked and eight.hijacked
    assert any("lowerbeforwarden.ml" in f.evidence for f in eight.findings)
    assert "公益招聘会" in eight.text


def test_a_site_loading_many_files_of_its_own_cdn_stays_clean():
    own_cdn = "".join(f'<script src="https://static.linhai-daily.com/js/part{i}.js"></script>' for i in range(8))
    assert not clean_page(_page(tail=own_cdn), url=URL).hijacked
