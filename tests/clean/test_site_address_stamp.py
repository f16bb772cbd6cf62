"""The site's own address in brackets closing an article (dev-v45-thunews) — measured, not wired."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

BODY = ("<p>日前，教育部社科司、北京市教工委联合召开了高校思想政治理论课建设现场会，部署推进思政课建设工作。</p>"
        "<p>据了解，教育部下一步将在全国推进思政课建设体系创新计划，明确思政课综合改革的指导思想和主要任务。</p>")


def page(closing: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>北京高校思政课建设现场会召开</title></head><body>"
            "<div id='wrap'><h1>北京高校思政课建设现场会召开</h1><div class='info'>来源：中国教育报</div>"
            f"<div class='content'>{BODY}<div>{closing}</div><div>[更新：2015-01-04 13:19:54]</div></div>"
            "</div></body></html>").encode()


URL = "http://news.example.edu.cn/publish/news/2015/0104.html"


@pytest.mark.xfail(strict=True, reason="ed41's own-address variant (4c188e01) measured, not wired: the form stands "
                   "on dev-v45-thunews only (text F1 0.986 -> 0.989), one dev site")
def test_the_sites_own_address_in_brackets_under_the_article_is_not_text():
    a = clean_page(page("（http://news.example.edu.cn）"), url=URL)
    assert "news.example.edu.cn" not in a.text


def test_another_sites_address_under_the_article_stays():
    a = clean_page(page("（http://www.moe.gov.cn）"), url=URL)
    assert a.text.endswith("（http://www.moe.gov.cn）")
