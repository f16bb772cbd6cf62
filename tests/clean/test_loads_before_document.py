"""A remote script the file opens with, ahead of its <!DOCTYPE>, to a host the document names
nowhere, is an insertion, not the site's page (v38 §1 B3, v41 §1 B2) — and what clean pages carry
there (a misplaced head of styles and a tag manager, archive wrappers, comments, inline code, loads
of hosts the page names) and after </html> stays theirs."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page

LOADER = "<script type='text/javascript' src='https://trend.adsline-active.com/m.js?n=nb5'></script>"


def doctyped(before: str = "", after: str = "", head: str = "") -> bytes:
    return before.encode() + b"<!DOCTYPE html>\n" + page(head=head) + after.encode()


def test_a_remote_script_prepended_before_the_doctype_flags_the_page():
    a = clean_page(doctyped(before=LOADER + "\n"), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert "会议指出" in a.text


def test_a_prepended_script_with_the_opener_of_the_block_it_came_in_flags_the_page():
    # a skimmer copied with the start of its block: the file opens with the load, a <div> follows
    before = '<script type="text/javascript" src="//cdn.payment-ext.com/js/ext-payment.js"></script><div class="block">\n'
    a = clean_page(doctyped(before=before), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert "会议指出" in a.text


def test_what_clean_pages_carry_outside_the_document_stays_theirs():
    for outside in (
        "\ufeff<!-- saved from url=(0042)https://www.qingshan.gov.cn/info/ -->\n",  # a saved page
        "<br />\n<b>Warning</b>: session_start(): headers already sent in /var/www/x.php on line 3<br />\n",
        "<style>.grid{display:grid}</style><link href='https://fonts.example-cdn.net/css' rel='stylesheet'>"
        "<script async src='https://www.tagmanager.example.com/gtag/js?id=G-1'></script>",  # a misplaced head
        "<script>var VarBucketNo=4;</script>",  # inline code
    ):
        a = clean_page(doctyped(before=outside), url=URL)
        assert not a.hijacked, (outside, a.findings)
    # a load the document names too (its own CDN, a vendor its head configures)
    named = "<script src='https://cdn.widgets-cloud.net/w.js'></script>"
    a = clean_page(doctyped(before=named, head="<link rel='preconnect' href='https://cdn.widgets-cloud.net'>"), url=URL)
    assert not a.hijacked, a.findings
    # after </html>: counters and ad scripts to hosts the page names nowhere, on 57 clean dev pages
    a = clean_page(doctyped(after="\n<script src='http://s22.sitemeter.com/js/counter.js?site=s22x'></script>"), url=URL)
    assert not a.hijacked, a.findings
