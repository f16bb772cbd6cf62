"""Server-side cloaking, compared purely: spam only in the search spider's view of a URL."""
from __future__ import annotations

from scraper.clean import compare_views
from tests.clean.test_profile import page

URL = "https://www.qingshan.gov.cn/info/2024/5.htm"


def test_spam_served_only_to_the_spider_is_a_server_cloak_finding():
    normal, _ = page(5, "区政府召开第5次常务会议", ["3月5日，区政府召开第5次常务会议，研究部署近期重点工作。"])
    spider, _ = page(5, "区政府召开第5次常务会议", ["3月5日，区政府召开第5次常务会议，研究部署近期重点工作。"],
                     title="鑫盛棋牌官方入口_区政府召开第5次常务会议",
                     top='<div style="position:absolute;left:-3000px"><a href="https://xs-qp.com/">鑫盛棋牌</a>'
                         '<a href="https://jd-hui.com/">金鼎汇</a></div>')
    findings = compare_views(normal, spider, URL)
    assert findings and all(f.kind == "server_cloak" for f in findings)
    evidence = " ".join(f.evidence for f in findings)
    assert "鑫盛棋牌官方入口" in evidence and "xs-qp.com" in evidence


def test_identical_views_give_nothing():
    normal, _ = page(5, "区政府召开第5次常务会议", ["3月5日，区政府召开第5次常务会议，研究部署近期重点工作。"])
    assert compare_views(normal, normal, URL) == []
