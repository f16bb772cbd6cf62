"""A <title> that is the site's name alone (its description and keywords metas repeat it) names the
page's owner: a regional edition's page on a host spelling the edition is its own, not a copy (v40b rc40b-013)."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import load


def test_a_regional_editions_page_titled_with_its_name_alone_is_not_a_copy():
    # 映象网驻马店 on zmd.hnr.cn (v40b rc40b-013, legit): its <title>, both metas, header and footer
    # give the edition's name alone, which its host spells; a police station's report in it is its own
    a = clean_page(load("edition-title-only-site-name.html"), url="http://zmd.hnr.cn/zmdjpyc/article/1/1318765523017797632")
    assert not a.hijacked, a.findings
    assert "顿岗派出所" in a.text
