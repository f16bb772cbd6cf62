"""Brands that no list knows, recognised by their shape; the names they must not catch."""
from __future__ import annotations

import pytest

from scraper.clean import brands


@pytest.mark.parametrize("text", [
    "鑫盛棋牌官网", "万象城官网入口", "鸿运国际1998", "b3t365体育", "8et365官网", "188bet官网注册",
    "bob体育官方入口", "w88亚洲版", "鼎盛注册开户", "xs-qp88.top", "开元体育app下载",
])
def test_brand_shapes_with_promo_grammar(text):
    assert brands.promo_spans(text), text


@pytest.mark.parametrize("text", ["鑫盛棋牌", "ky开元棋牌", "金鼎娱乐城", "bob体育"])
def test_weaker_brand_shapes(text):
    assert brands.brand_like(text)


@pytest.mark.parametrize("text", [
    "中国体育彩票官网", "国家中小学智慧教育平台注册登录", "学校官网首页", "市教育局官网入口", "新浪体育",
    "游戏 房产 彩票 FM App 首页", "国际交流合作处", "华为Mate20X 5G版", "Kcon V3", "休闲娱乐", "省体育局官方网站",
])
def test_ordinary_names_are_no_brands(text):
    assert not brands.promo_spans(text), text
    assert not brands.brand_like(text), text


def test_brand_glued_before_a_title_and_lottery_jargon():
    assert brands.title_prefix("乐竞首页博士生培养基金实施细则") == "乐竞首页"
    assert brands.title_prefix("学院官网改版公告") is None
    assert brands.lottery_jargon("港珠澳大桥香今天特马港段") == ["今天特马"]
    assert brands.lottery_jargon("省福利彩票发行中心公布开奖结果") == []


def test_public_vocabulary_is_loaded_and_only_counts():
    assert brands.vocabulary_hits("顶丰国际娱乐城 真钱百家乐")
    assert brands.vocabulary_hits("学校召开期末工作会议") == []


def test_pinyin_echoes_are_asked_of_pypinyin_only_for_chains_of_its_syllables():
    # the syllable list stands in for pypinyin's tables (0.29 s to load): it must hold every
    # all-Latin reading they give, or a brand spelt in pinyin would go unseen. The tables are read
    # from pypinyin's JSON files, as its modules read them: pypinyin.constants' may be
    # scraper.clean.pinyin's stand-ins (a phrase table answering lookups only), put there by any
    # earlier test that held a host against a name (takeover.spells)
    import importlib.util
    import json
    import re
    from pathlib import Path

    from pypinyin import Style
    from pypinyin.style import convert

    data = Path(importlib.util.find_spec("pypinyin").origin).parent
    single = json.loads((data / "pinyin_dict.json").read_text(encoding="utf8"))
    phrases = json.loads((data / "phrases_dict.json").read_text(encoding="utf8"))
    readings = {r for rs in single.values() for r in rs.split(",")}
    readings |= {r for rs in phrases.values() for per_char in rs for r in per_char}
    spelt = {s for r in readings if re.fullmatch("[a-z]+", s := convert(r, Style.NORMAL, strict=True))}
    assert spelt <= brands.PINYIN_SYLLABLES
    assert brands.pinyin_echoes("jinnianhui今年会官网") == ["jinnianhui今年会"]
    assert brands.pinyin_echoes("williamhill英国威廉希尔") == []
