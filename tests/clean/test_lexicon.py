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


@pytest.mark.parametrize("text", ["bet365 alphabet365 bet3650 xbet365y 1bet365", "半岛体育官网入口 博彩 注册即送彩金", "abc ab1 体育app下载博彩"])
def test_parts_read_as_the_one_alternation_did(text):
    # the weighted alternation brand|template|generic is read from its three compiled parts
    import re
    whole = re.compile(f"(?P<brand>{lexicon._BRAND_RE})|(?P<template>{lexicon._TEMPLATE_RE})|(?P<generic>{lexicon._GENERIC_RE})")
    norm = lexicon.normalize(text)
    assert list(lexicon._spam_matches(norm)) == [(m.start(), m.end(), m.lastgroup) for m in whole.finditer(norm)]


def test_word_trie_finds_what_the_trie_regex_finds():
    import re
    words = ["bet365", "bet", "abc", "色情", "色情网站", "成人", "x1"]
    trie, regex = lexicon.WordTrie(words), re.compile(lexicon.trie_regex(words))
    for text in ["alphabet365 bet365 bet3650 betx abc abcd 1abc", "色情网站成人色情x1 x1a x12", "", "bet"]:
        assert trie.findall(text) == [m.group() for m in regex.finditer(text)]
    assert lexicon.WordTrie([]).findall("bet") == []


def test_word_trie_skips_inside_latin_words_as_the_regex_does():
    # the trie skips, in C, the Latin letters and digits that follow a lower-case letter: no word
    # starts there, for either reading (English text is mostly such positions)
    import re
    texts = ["xbet365 bet bet365x 9bet betbet", "成人bet色情 abet x1x1 1x1", "the alphabet of bet365 and x1", "b", "成"]
    for words in (["bet365", "bet", "x1", "1x"], ["色情", "成人"], ["bet", "成人", "1x"]):
        trie, regex = lexicon.WordTrie(words), re.compile(lexicon.trie_regex(words))
        for text in texts:
            assert trie.findall(text) == [m.group() for m in regex.finditer(text)], (words, text)
