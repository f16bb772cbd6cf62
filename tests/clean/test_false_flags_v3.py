"""Clean pages the held-out v3 split caught flagged or cut (bench/data/v3-miss-patterns.md §3):
a gambling-law press release, a harvester-proof e-mail address, a Latin menu's words."""
from __future__ import annotations

from scraper.clean.engine import run_cleaner
from tests.clean.conftest import FIXTURES


def test_gambling_law_press_release_keeps_its_headline_title():
    # the title paraphrases the text (取消 + 修改博彩法 + 公眾諮詢會); 修改博彩 is no brand
    raw = (FIXTURES / "real" / "realcases-v3-gcsmo-law.html").read_bytes()
    article, ev = run_cleaner(raw, "https://cdn.gcs.gov.mo/detail/zh-hant/N21JLRjjQZ", None, None, None)
    assert not article.hijacked, article.findings
    assert "取消修改博彩法公眾諮詢會" in article.title
    assert ev.strings == {}

