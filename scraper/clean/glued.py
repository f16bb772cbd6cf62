"""A Latin or digit run glued to Chinese: a name, or the sentence's own grammar.

A bookmaker writes its name as a domain label glued to its Chinese (tyc4633太阳成集团, hx2299鑫濠汇), and
every reader of spliced names (slots' marked and voiced names, web-written fillers, headline splices,
the glued prefix of a <title>) takes such a run as a mark. Chinese prose glues Latin and digits to its
words all the time, by its grammar: a year before what it dates (2017创意牡丹文化旅游节), a date, a count
before its measure word (全国16148人, 870处堤防), an ordinal (第3届), a unit (5000mAh电池), a size
(1280×800以上分辨率), a code or a model number (5G网络, 3D打印, H5页面, PPT课件, A股, ISO9001认证, C919客机), a
tag set in brackets ([News]運動…), a company named by its address as an owner (stickK.com的总裁), and a
figure the article writes apart elsewhere. Each reader had excused one or two of these on its own (a
year before 年 in slots, the same following character in spliced, a bracketed tag in titles), so the
next split's spelling of the same grammar was read as a name again (v45 §7.1, v46 §7.6, v47 §7.5).
This module is the one place that tells them apart; a run the promo grammar backs (LD乐动体育, AG真人,
BET365官网, 500万彩票: lexicon weight, a promo span, a brand's shape, lottery jargon) stays a name.
"""

from __future__ import annotations

import re

from scraper.clean import brands, lexicon

_CJK = "\u4e00-\u9fff"
# The words a website's name is written with (slots reads names by them too).
WEB_WORD_LIST = ("官网 官方网站 官方 網頁版 网页版 网址 網址 登录 登錄 在线 在線 客服 线路 線路 欢迎光临 歡迎光臨 欢迎您 歡迎您 "
                 "首页 首頁 入口 下载 下載 网站 網站 手机版 注册 app (中国) （中国）").split()
WEB_WORDS = re.compile("|".join(map(re.escape, WEB_WORD_LIST)), re.I)
# The run itself, at most this much of what follows it is read for backing (a brand's trade word or
# promo word follows its mark at once: LD乐动体育, AG真人娱乐, BET365官网; 8 covers 2 + 4-character words).
BACKING_WINDOW = 8

# Measure words and number words after digits: the digits count what follows (16148人, 870处, 6大, 150多个).
# (both scripts; 大 of 6大系列 and 强 of 十强/100强 are ranks, no word a bookmaker's number precedes)
_MEASURE = re.compile(
    "[个個名位人家所项項次届屆年月日号號元米室楼樓层層处處条條件篇本册冊部台臺辆輛架艘座栋棟间間套张張幅"
    "棵株头頭只隻匹支队隊批份场場期季周週天时時分秒岁歲倍成折度吨噸斤克升亩畝千百万萬亿億多余餘首门門"
    "科节節课課级級班组組户戶种種类類款轮輪起例宗笔筆封片块塊粒枚颗顆根瓶箱袋股字点點强強大载載]"
    "|公里|公斤|平方|立方|小时|小時|分钟|分鐘|周年|週年|会议|會議|教室")
# A year: four digits, 19xx or 20xx, standing alone (not part of a longer number).
_YEAR = re.compile("(?:19|20)\\d\\d")
# A date written with separators (2017.4.18, 2017-04-21, 4/18) before Chinese.
_DATE = re.compile("\\d{1,4}(?:[-./]\\d{1,2}){1,2}")
# A unit after a number (5000mAh, 100km, 4K, 1080P, 50kg, 3.5GHz, 256GB), read case-blind. At most four
# digits: 37000cm威尼斯 (real-cases-v45 rc45-021, its only finding) is a bookmaker's number before a
# country's domain, 37000.cm, no length a sentence gives in centimetres.
_UNIT = re.compile("\\d{1,4}(?:\\.\\d+)?(?:k?m|cm|mm|kg|mg|g|t|l|ml|mah|k?wh|k?w|v|hz|[kmg]hz|[kmgt]b|k|p|x|d|g|s)", re.I)
_SIZE = re.compile("\\d+[x×*]\\d+", re.I)  # (1920x1080: one run, the x a letter)
# An ordinal written in Latin (1st, 2nd, No.1, Top10).
_LATIN_ORDINAL = re.compile("\\d+(?:st|nd|rd|th)|(?:no\\.?|top)\\d+", re.I)
# A code: capitals and digits only, as an acronym is written (APP, PPT, 5G, 3D, H5, A, GDP, ISO9001, C919);
# a bookmaker's mark is a domain label, written in lower case (hx2299, tyc4633, qg1913a).
_CODE = re.compile("[A-Z0-9]*[A-Z][A-Z0-9]*")
MAX_CODE = 8  # ISO9001, GB50016: the longest standard's code; a longer capital run is a name
# A code read case-blind: one letter and digits, either way round (5g, 3d, h5, 4k, a4): too short for a label.
_SHORT_CODE = re.compile("\\d[a-z]|[a-z]\\d", re.I)
# A model name: a capitalised word and its number (Mate40, iPhone12, Model3).
_MODEL = re.compile("[a-z]?[A-Z][a-z]+\\d{1,4}[A-Za-z]?")
# A web address: a label and a top-level domain.
_HOST = re.compile("(?:[a-z0-9-]+\\.)+[a-z]{2,6}", re.I)
_OPEN, _CLOSE = "[【［〔(（《<〈「『", "]】］〕)）》>〉」』"
_HAN = re.compile(f"[{_CJK}]")
_RUN = re.compile("[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*")  # (a date, an address, No.1: one run)


def backed(run: str, after: str = "", before: str = "") -> bool:
    """True when the promo grammar backs ``run`` as a name: it and what is glued to it (a brand's
    trade or web word, lottery jargon) weigh in the lexicon, take a brand's shape, or hold a web word
    (澳门太阳集团2020网站, rc8-006; 威尼斯官网学子在2015“…, the <title> prefix of rc27-009: a website's
    name stands there, whatever the digits are)."""
    window = before[-BACKING_WINDOW:] + run + after[:BACKING_WINDOW]
    return bool(WEB_WORDS.search(window) or lexicon.spam_weight(window) or brands.promo_spans(window)
                or brands.brand_like(window) or brands.lottery_jargon(window))


def grammatical(run: str, before: str, after: str, text: str = "") -> bool:
    """True when the Latin/digit ``run`` (``before``: the characters before it, ``after``: those after
    it) is written by the sentence's grammar, not as a name glued to its words: a year, a date, a
    count, an ordinal, a unit, a size, a code or model number, a tag in brackets, an address named as
    an owner, or (``text``: the article's text) a figure the article writes apart elsewhere; and the
    promo grammar does not back it (``backed``)."""
    if not run:
        return False
    return _grammar(run, before, after, text) and not backed(run, after, before)


def _grammar(run: str, before: str, after: str, text: str) -> bool:
    if before[-1:] and before[-1:] in _OPEN and after[:1] and after[:1] in _CLOSE and after[1:]:
        return True  # a tag or a year set apart in brackets is glued to no word after them ([News]運, （2014）近日)
    if re.match("[x×*]\\d", after) or re.search("\\d[x×*]$", before[-3:]) or _SIZE.fullmatch(run):
        return True  # a size (1280×800以上分辨率)
    if before.endswith(("第", "No.", "NO.", "no.")) or _LATIN_ORDINAL.fullmatch(run):
        return True  # an ordinal
    if run.isdigit():
        if _MEASURE.match(after) or re.match("[年月日号號时時点點]", after):
            return True  # a count before its measure word, a date's part
        if _YEAR.fullmatch(run) and not (_HAN.search(before[-1:]) and _HAN.match(after)):
            return True  # a year opening what it dates (2017创意…, 2015首届…, “2022北京冬奥会”) or closing a
            # phrase (咸阳2017); a year inside a word (岑浩2023澳门今晚开辉, 码2025展) is no date's
        return bool(text) and _own_figure(run, after, text)
    if _DATE.fullmatch(run):
        return True
    if _HOST.fullmatch(run):
        return after.startswith("的")  # an address as an owner (stickK.com的总裁): a company, named
    return bool(_UNIT.fullmatch(run) or _SHORT_CODE.fullmatch(run) or _MODEL.fullmatch(run)
                or (len(run) <= MAX_CODE and _CODE.fullmatch(run)))


def _own_figure(digits: str, after: str, text: str) -> bool:
    """True when the article ``text`` writes ``digits`` as its own figure: with the same character
    after it (共有16148人报考 under 全国16148人报考), or apart from any word (2017“武则天·乾陵杯” beside
    2017创意…); a bookmaker's number stays glued to its name wherever it stands."""
    if after[:1] and digits + after[:1] in text:
        return True
    return bool(re.search(f"(?<![A-Za-z0-9.]){digits}(?![A-Za-z0-9.@/:_{_CJK}-])", text))


def grammatical_in(name: str, text: str = "", upto: int | None = None) -> bool:
    """True when ``name[:upto]`` holds Latin/digit runs and each is written by the grammar
    (``grammatical``), read with the rest of ``name[:upto]`` around it (a tag alone up to its bracket,
    [qg1913], is read by its spelling; run on past its bracket, [News]運, it is glued to nothing)."""
    name = name[:upto]
    runs = list(_RUN.finditer(name))
    return bool(runs) and all(grammatical(m.group(), name[:m.start()], name[m.end():], text) for m in runs)
