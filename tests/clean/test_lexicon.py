"""The spam matcher sees through obfuscated spellings and maps hits back onto the page text."""
from __future__ import annotations

import pytest

from scraper.clean import lexicon


@pytest.mark.parametrize("text, spam", [
    ("尊龙·凯时(中国)官方网站", "尊龙·凯时(中国)官方网站"),
    ("半岛●体育", "半岛●体育"),
    ("金\u200b宝\u200b搏188入口", "金\u200b宝\u200b搏188入口"),
    ("ＢＥＴ３６５亚洲版", "ＢＥＴ３６５亚洲版"),
    ("開yun體育", "開yun體育"),
    ("稿件来源：hg0088", "hg0088"),
])
def test_obfuscated_brands_found_with_their_original_span(text, spam):
    hits = lexicon.find_hits(text)
    assert [h.term for h in hits] == [spam]
    assert text[hits[0].start:hits[0].end] == spam


@pytest.mark.parametrize("text", ["alphabet365 days", "召开云南省会议", "中国体育彩票官方网站", "省体育局", "无码科技公司"])
def test_ordinary_words_are_not_brands(text):
    assert lexicon.find_hits(text, min_strength=lexicon.TEMPLATE) == []


def test_spam_hosts():
    assert lexicon.host_is_spammy("pj-casino.vip")
    assert lexicon.host_is_spammy("jbb188.bet")
    assert not lexicon.host_is_spammy("www.gzou.edu.cn")
    assert not lexicon.host_is_spammy("www.example.com")
