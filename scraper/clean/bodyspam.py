"""Spam inside the article text itself, found even on a page that shows no other injection.

Hijackers and content farms also write into the article:
  * a gambling brand put where the institution's name belongs (``澳门X官方网站在博雅楼召开…``,
    ``X体育官网校长…``, ``中共X平台网址7906第一次党员大会``): the brand sits in a slot that only
    an organisation can fill, so it is cut (the sentence stays) and learned for the whole page;
  * brand credits (``（X官网供稿）``);
  * keyword lines: a paragraph that is a list of gambling/porn keywords, not prose;
  * casino keywords in another script (Korean 카지노 words in a Chinese or English article);
  * noise symbols sprinkled between characters to defeat duplicate detection (``学生∩管理``),
    emoji sprinkled inside sentences (``同志💥,``: decoration goes at a line's end, noise inside);
  * a brand signing a notice (the line before its date is the issuing body: ``best365官方网站登录
    入口教务处``, ``williamhill英国中文``), and a Latin-prefixed brand that recurs in the text
    (``bevictor伟德国际…bevictor伟德国际``): a mirror of a school page with its name replaced.

Articles that report on gambling keep every sentence: a sentence with reporting words (警方,
涉嫌, 判处…) is never touched, and brand names in ordinary slots ("W88 sponsored the club")
stay unless the page is otherwise shown to be hijacked (hijack.scrub decides that).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from scraper.clean import brands, lexicon, slots, tokens
from scraper.clean.byline import split_spliced_source
from scraper.clean.evidence import Evidence
from scraper.clean.voiced import bare_stems

_CJK = "[\u4e00-\u9fff]"
# Words that only a school, a university or a party organisation has (a company or a sports
# portal also 召开/举办/主办 things, so those do not make a slot).
_ROLE = ("(?:党委|党总支|党支部|党员大会|党员代表大会|校长|副校长|院长|副院长|党委书记|师生|教职工|理论中心组|团委|学生会|"
         "学科建设|第[一二三四五六七八九十]+次党员)")
# Brand shapes that may fill such a slot: Macau-prefixed names, a name with a "(中国)" tail, a
# name glued to 体育/足球/娱乐…, a Latin prefix. Brand names are two characters far more often
# than not (开云, 金沙, 乐竞): a longer stem would eat the word before it (进行了开云足球).
_SLOT_BRAND = re.compile(
    f"(?:澳门{_CJK}{{1,6}}?(?:娱乐场|娱乐城|娱乐|赌场|平台|网站)\\d{{0,5}}"
    f"|{_CJK}{{2}}[(（]中国[)）](?:官方网站|官网)?"
    f"|{_CJK}{{2}}(?:足球|体育|电竞|娱乐|棋牌|彩票)(?:官方网站|官网|平台|网址)?\\d{{0,5}}"
    f"|[A-Za-z]{{1,8}}\\d{{0,4}}{_CJK}{{0,3}}(?:体育|娱乐|国际|棋牌|真人|足球)(?:官方网站|官网|平台|app)?)"
    f"(?={_ROLE})", re.I)
# Macau-prefixed names with promo words or a brand number are casino sites wherever they stand
# (澳门X官方网站, 澳门X平台网址7906, 澳门十大X游戏网站); the trade's news names them without.
_MACAU_BRAND = re.compile(f"澳门({_CJK}{{1,8}}?)(?:官方网站|官网|平台网址|网址|游戏网站|app)\\d{{0,5}}|澳门({_CJK}{{2,6}}?)\\d{{3,5}}"
                          f"(?![\\d.,．%％年月日号元万亿人个名次届期件项点位])", re.I)
# Institutions: a "brand" ending in one of these is the real name (体育学院, 足球协会).
_INSTITUTION_END = re.compile(r"(?:学院|大学|学校|协会|中心|局|委|厅|会|部|处|馆|队|社|院|所|集团|公司)$")
_CREDIT = re.compile(
    "[（(](?:本文)?(?:由|来源[:：]?)?\\s*([^（()）\\n]{2,20}?(?:官网|官方网站|平台|娱乐|体育|国际|棋牌|彩票))"
    "\\s*(?:供稿|提供|整理|报道|发布|原创|出品|独家)?[)）]")
# A bracketed credit that invites the reader somewhere (（本文由X提供支持，更多精彩请访问X24小时在线客服）):
# an article's own credit names its source and stops; an advert's sends the reader on (v3 miss F).
_BRACKETED = re.compile("[（(]([^（()）\n]{4,120})[)）]")
_CREDITED = re.compile("(?:本文)?由\\W*(\\w{2,12}?)\\W*(?:提供|供稿|赞助|支持|冠名|独家)")
_CALL = re.compile("请访问|访问|客服|点击|扫码|下载|注册|登录|关注|咨询")
_HANGUL_CASINO = re.compile("[\uac00-\ud7a3]{0,12}(?:카지노|바카라|토토|슬롯|먹튀|파워볼|홀덤|사설)[\uac00-\ud7a3]{0,12}")
_HANGUL = re.compile("[\uac00-\ud7a3]")
# Decorative symbols sprinkled into sentences: arrows, box drawing, blocks, geometric shapes
# (★☆◆◇■□), misc symbols, № ∩ ≡ 〖〗. Judged by where they stand, not by one neighbour shape:
# glued inside a sentence (after a character, a clause mark or a digit, before more of it) they
# split words and pad lines; bullets and ratings stand at a line's start or before a space.
_NOISE_CHARS = "\u2190-\u21ff\u2500-\u27bf\u2116\u2229\u2261\u3016\u3017\u25a0-\u25ff"
# Bopomofo is a script: Taiwanese writers end sentences with ㄟ ㄜ ㄋ (感恩ㄟ！, dev-readability's
# pixnet blog) and laugh in ㄏㄏ. Only one glued between two characters, as the planted noise of
# the real cases is (活ㄨ动), counts and goes.
_BOPOMOFO = "\u3105-\u312f"
_HAN = "\u4e00-\u9fff"
_CLAUSE = "，、。；：！？,;:"
_DECOR = f"[{_NOISE_CHARS}]"
_BETWEEN_HAN = f"(?<=[{_HAN}])[{_BOPOMOFO}](?=[{_HAN}])"
# What counts as proof: a run of two or more glued on both sides (，☆☆字, 2024★★★”, 网赌★★★、; v4
# §1F), or one symbol between a character or clause mark and a character (学生∩管理, ，☆字), or
# after a character before a clause mark (遣返★、). One symbol after a digit is left out (5★酒店).
_NOISE = re.compile(
    f"(?<=[{_HAN}0-9{_CLAUSE}]){_DECOR}{{2,}}(?=[{_HAN}0-9{_CLAUSE}”’」』）)])"
    f"|(?<=[{_HAN}{_CLAUSE}]){_DECOR}(?=[{_HAN}])|(?<=[{_HAN}]){_DECOR}(?=[{_CLAUSE}])|{_BETWEEN_HAN}")
# 々 repeats the kanji before it in ordinary Japanese (人々, 日々; a Japanese page of v4's
# Postlight set was flagged symbol_noise for it, v4 FF1): it counts only between two characters
# in text without kana (防控々等, 协调々形成), where nothing writes it.
_NOISE_CN = re.compile(f"{_NOISE.pattern}|(?<=[{_HAN}])\u3005(?=[{_HAN}])")
# Once noise is proven, every run glued to the text goes (a ★ starting a line before its comma too).
_GLUED = re.compile(f"(?<=[{_HAN}0-9{_CLAUSE}]){_DECOR}+|{_DECOR}+(?=[{_HAN}{_CLAUSE}])|{_BETWEEN_HAN}")
_GLUED_CN = re.compile(f"(?<=[{_HAN}0-9{_CLAUSE}])[{_NOISE_CHARS}\u3005]+|{_DECOR}+(?=[{_HAN}{_CLAUSE}])|{_BETWEEN_HAN}")
_KANA = re.compile("[\u3040-\u30ff]")
# Noise is an injection when it recurs: one stray ★ between two characters is a typo.
MIN_NOISE = 3
# An emoji (with its skin tones, gender signs, joiners) glued after a Chinese character or a
# clause mark (stuffing puts them after ，。 too: v2 miss pattern D) and followed by more of the
# sentence (a character or a clause mark), not by its end.
_EMOJI = ("(?<=[\u4e00-\u9fff，。、；：！？,;:])[\U0001F000-\U0001FAFF\u2600-\u27bf\u2b00-\u2bff]"
          "[\U0001F3FB-\U0001F3FF\u200d\ufe0f\u2640\u2642\u2600-\u27bf\U0001F000-\U0001FAFF]*")
_EMOJI_NOISE = re.compile(_EMOJI + "(?=[\u4e00-\u9fff，,、；;：:])")
_EMOJI_AFTER_CJK = re.compile(_EMOJI)  # once noise is proven, every emoji glued to the text goes
# Emoji inside sentences: the mirrored school page of the real cases had 21; a festive post puts
# one or two after a greeting, so this many (and this many different ones) are noise.
MIN_EMOJI_NOISE, MIN_EMOJI_KINDS = 5, 3
# The issuing body of a notice signs the line before its date (落款); a date line is short.
_DATE_LINE = re.compile(r"^\s*\S{2,4}年\S{1,3}月(?:\S{1,3}[日号])?\s*$")
# A Latin word glued to Chinese (the brand's spelling): a signature in a Chinese notice is Chinese.
_LATIN_GLUED = re.compile(f"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{{3,15}}{_CJK}{{0,6}}")
# A Latin-prefixed brand (bevictor伟德国际, ky开元棋牌) is a substituted name when the text
# repeats it this often (a sponsor's name in a match report comes with reporting words).
MIN_BRAND_REPEATS = 2
_LATIN_BRAND = re.compile(f"(?<![a-z0-9])[a-z]{{4,12}}\\d{{0,4}}{_CJK}{{0,3}}(?:体育|娱乐|国际|棋牌|真人)")
# A keyword line: at least this many distinct spam terms, covering at least this share of the
# line's characters, in a line without sentence punctuation (prose has verbs and 。).
MIN_KEYWORDS, MIN_KEYWORD_SHARE = 3, 0.4
MAX_KEYWORD_LINE = 300
# ...or a chain of at least this many phrases, this share of which hold a spam term (the porn
# chain of real-cases-v3 has 5 of 8; no line of a clean dev page has 3 terms in half its parts).
MIN_CHAIN_PARTS, MIN_CHAIN_SHARE = 4, 0.5
_LABEL = re.compile(r"^\s*[^\s:：]{1,10}\s*[:：]")
_SENTENCE_END = re.compile("[。！？!?]")
_LIST_SEPARATOR = re.compile(r"[\s,，、|/；;]+")
_CHAIN_SEPARATOR = re.compile(r"[\s,，、|/；;_]+")  # search phrases are chained with "_" too


def _slot_brands(line: str) -> list[str]:
    if not _CJK_CHAR.search(line):  # both patterns need Chinese characters: skip their scans of English
        return []
    found = []
    for m in _SLOT_BRAND.finditer(line):
        name = m.group()
        stem = re.sub(r"\d+$", "", name)
        if not (_INSTITUTION_END.search(stem) or brands.is_legit_name(name)):
            found.append(name)
    for m in _MACAU_BRAND.finditer(line):
        middle = m.group(1) or m.group(2)
        if not (_INSTITUTION_END.search(middle) or brands.is_legit_name(m.group())):
            found.append(m.group())
    return found


def _signature_brands(lines: list[str]) -> list[str]:
    """Brands in the line that signs a notice (the one before its closing date)."""
    found: list[str] = []
    for i in range(max(1, len(lines) - 3), len(lines)):
        sign = lines[i - 1].strip()
        if not _DATE_LINE.match(lines[i]) or len(sign) > 40 or lexicon.is_reporting(sign):
            continue
        found += brands.promo_spans(sign)
        for m in _LATIN_GLUED.finditer(sign):
            name = m.group()
            cjk = re.sub("[A-Za-z0-9]", "", name)
            if not (_INSTITUTION_END.search(cjk) or name.isupper() or brands.is_legit_name(name)):
                found.append(name)
                found.append(name[: len(name) - len(cjk)])  # its Latin spelling, removed page-wide
    return found


def _repeated_brands(lines: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for line in lines:
        if lexicon.is_reporting(line):
            continue
        norm = _spaced_norm(line)
        if not _CJK_CHAR.search(norm):  # _LATIN_BRAND ends in Chinese characters
            continue
        for m in _LATIN_BRAND.finditer(norm):
            if not brands.is_legit_name(m.group()):
                counts[m.group()] = counts.get(m.group(), 0) + 1
    return [name for name, n in counts.items() if n >= MIN_BRAND_REPEATS]


# The suffixes of a brand in a school's slot.
_SLOT_WORDS = "娱乐|体育|国际|棋牌|真人|电竞"
_SLOT_SUFFIX = f"(?:{_SLOT_WORDS})"
# On a page shown hijacked, a brand fills the slots of a school's name: the subject of an event
# with its year (X2024年本科教学工作会议, X2024级新生开学典礼) and the issuer of a document
# (《X关于…的实施意见》). Names are two characters (see _SLOT_BRAND) or a Latin/digit prefix.
_EVENT_SLOT_BRAND = re.compile(
    f"(?:(?<![a-z0-9])[a-z]{{1,8}}\\d{{0,4}}|{_CJK}{{2}}){_SLOT_SUFFIX}"
    f"(?=(?:19|20)\\d\\d(?:年|级|届)|关于)")


def _spaced_norm(text: str) -> str:
    # a space still parts the words: "Yahoo 娛樂" is a portal's section, "bevictor伟德" one name
    return lexicon.normalize(re.sub(r"\s+", "/", text))


def _not_legit(norm: str, m: re.Match) -> bool:
    stem = re.sub(f"{_SLOT_SUFFIX}$", "", m.group())
    return not (brands.is_legit_name(norm[max(0, m.start() - 3): m.end() + 3]) or _INSTITUTION_END.search(stem))


def field_brand(value: str | None, ev: Evidence, page_text: str, site_names: str) -> str | None:
    """The brand in a byline field (来源, 作者) that the page names nowhere as its own (``site_names``:
    the <title>), or None: glued after the office's name (党委宣传部bet356, byline.split_spliced_source),
    or the whole field (v3 D): a brand's name (X娱乐, ky开元体育) on a page about no gambling or
    lottery (``page_text``: title and article; a lottery centre's 来源 中国体彩网 is never read),
    and on a page shown hijacked also a name with its web word or brand number (X官网, jxl365真人)."""
    if not value or lexicon.normalize(value) in lexicon.normalize(site_names):
        return None
    glued = split_spliced_source(value)[1]
    if glued:
        return glued
    if brands.is_brand_name(value, web=ev.hijacked) and (
            ev.hijacked or lexicon.spam_weight(page_text) == 0 and not lexicon.is_reporting(page_text)):
        return value
    return None


# An article a school or a public body issues speaks as one: its site's name is that body's.
_PUBLIC_BODY = re.compile("我校|本校|学校|學校|大学|大學|学院|學院|我院|政府|委员会|委員會|[厅局办]")


def breadcrumb_brands(page: str, raw_title: str, text: str) -> list[str]:
    """Names standing as the root of the page's breadcrumb (当前位置: <the site's name> > …) and in
    its <title> that no school's or public body's site can have, on a page whose article speaks
    for such a body (``text``): a brand put in the site-name slot (v3 C). ``page``: the page's
    text, where the breadcrumb sits above the article or in its container (never in its lines)."""
    if not _PUBLIC_BODY.search(text):
        return []
    lines = [line for line in re.split("[\n\x02-\x05]", page) if "位置" in line]  # 当前位置, 您的位置, 所在位置…
    return [n for n in slots.substituted_names(lines) if n in raw_title]


# Words of an injected keyword run that leads to a spam domain: Latin brand tokens, online
# lottery games (腾讯分分彩), brand shapes, vocabulary; only ever read next to such a domain.
_RUN_TOKEN = re.compile(f"{_CJK}{{2}}(?:分分彩|时时彩|快三|快乐十分|飞艇)")
_CJK_CHAR = re.compile(_CJK)


_LATIN_END = re.compile(r"(?<![a-z0-9])[a-z][a-z0-9]{2,15}$")
# Longest keyword a run is read back over, one at a time (brand + promo tail: 澳亚国际1978手机版下载).
MAX_RUN_TOKEN = 16


def _is_run_token(piece: str) -> bool:
    return bool(_RUN_TOKEN.fullmatch(piece) or piece in brands.promo_spans(piece) or piece in brands.brand_like(piece)
                or piece in brands.vocabulary_hits(piece))


def _run_start(norm: str, start: int) -> int:
    """Where the run of keywords glued before ``start`` begins (read back one keyword at a time)."""
    while start > 0:
        gap = len(norm[:start]) - len(norm[:start].rstrip(" ,，、|/"))
        end = start - gap
        latin = _LATIN_END.search(norm, 0, end)  # a Latin brand whole (sbobett), else the shortest
        # keyword that ends here: a longer one would take the next keyword's end
        k = len(latin.group()) if latin else next(
            (k for k in range(2, min(MAX_RUN_TOKEN, end) + 1) if _is_run_token(norm[end - k:end])), 0)
        if not k:
            break
        start = end - k
    return start


def domain_runs(line: str) -> list[str]:
    """Keyword runs that end in a bare spam-TLD domain ("…精品视频一区二区ljsports.top",
    "sbobett腾讯分分彩澳亚国际1978手机版下载qyty.win"), normalised: a domain no link carries,
    written into the article after a sentence or between a heading and its text."""
    norm = lexicon.normalize(line)
    domains = brands.spam_domains(norm)
    # the run is read in Chinese text: an English line's words glued by normalising are no keywords
    if not domains or not _CJK_CHAR.search(line) or lexicon.is_reporting(line):
        return []
    runs = []
    for d in domains:
        start = d.start()
        tail = re.split("[。！？!?；;]", norm[:start])[-1]
        if tail and not re.search(r"[，,：:、]", tail) and len(tail) <= lexicon.MAX_PAGE_STRING - len(d.group()) \
                and keyword_terms(tail):
            start -= len(tail)  # the fragment after the last sentence (or the whole line): keywords
        else:
            start = _run_start(norm, start)
        if start < d.start() and brands.may_be_spam(norm[start:d.start()]) or lexicon.host_is_spammy(d.group()):
            runs.append(norm[start:d.end()])  # a news site's own name (【on.cc東網專訊】) leads no keywords
    return runs


# What a brand drags behind it when glued into a sentence: a few characters and a Latin word or a
# web word (kaiyun欧洲杯app, X官网).
_GLUED_TAIL = re.compile(f"(?:{_CJK}{{0,4}}?(?:[a-z0-9]+|官网|官方网站|官方|网页版|平台|登录|入口))*", re.I)


def glued_brands(lines: list[str]) -> list[str]:
    """Lexicon brands glued into the Chinese sentences of a page that is not about gambling
    (issue 11 §3): on such a page a casino's name inside a school's sentence is substitution,
    whatever else the page shows. A page that reports on gambling (reporting words, gambling
    vocabulary besides the brands) keeps every name; so does a brand standing among Latin words
    (an English article naming a club's sponsor)."""
    found: list[str] = []
    for line in lines:
        if lexicon.is_reporting(line):
            return []  # a page with a reporting sentence is about gambling: nothing here is evidence
        norm = lexicon.normalize(line)
        for h in lexicon.find_hits(line, min_strength=lexicon.BRAND):
            if _glued(norm, h.start, h.end):
                tail = _GLUED_TAIL.match(norm, h.end)
                found.append(h.term + (tail.group() if tail else ""))
        # (a shape whose Latin is capitalised where the line writes it is a product's or an
        # institution's name: GL8平台 of a car maker, a clean dev-v1-cwced page; a bookmaker's
        # name is written as its domain label is, in lower case)
        found += [s for s in _shaped_brands(norm) if (w := re.search(re.escape(s), line, re.I)) and w.group() == s]
    found = list(dict.fromkeys(found))
    if not found:
        return []
    rest = "\n".join(lines)
    for name in found:
        rest = lexicon.normalize(rest).replace(name, "")
    if lexicon.spam_weight(rest) or brands.vocabulary_hits(rest):
        return []  # the page talks about gambling in its own words
    return found


def _glued(norm: str, start: int, end: int) -> bool:
    """True when ``norm[start:end]`` touches a Chinese character of the sentence on either side."""
    return bool(_CJK_CHAR.match(norm[start - 1:start] if start else "") or _CJK_CHAR.match(norm[end:end + 1]))


# A brand name by its shape (v7 A: the lexicon knew none of the brands that replaced a school's
# name inside its sentences, bat365官网登录入口在航空…领域, 暑假期间bob综合体育下载田径场): a name with
# its promo grammar (brands.promo_spans: X官网登录入口, Xapp下载), a host on a throwaway TLD after
# a brand's name (X娱乐kp.vip), or a name with a gambling suffix that runs on
# into a gambling word (银狐真人 + 真人视讯: a suffix alone is also 奔跑吧真人秀's).
_NAME_BEFORE_HOST = re.compile(f"{_CJK}{{2,4}}(?:娱乐|体育|国际|棋牌|真人|彩票)$")
_NAME_BEFORE_HOST_SPAN = 6  # the longest name it matches


def _shaped_brands(norm: str) -> list[str]:
    """Brand shapes glued into the Chinese sentence ``norm`` (normalised), as written there."""
    if not brands.may_be_spam(norm):
        return []
    found: dict[str, None] = {}  # (distinct, in order: a hostile page repeats one shape 10,000 times)
    for span in dict.fromkeys(brands.promo_spans(norm)):
        if not any(d.group() == span for d in brands.spam_domains(span)) \
                and any(_glued(norm, m.start(), m.end()) for m in re.finditer(re.escape(span), norm)):
            found[span] = None
    for m in brands.spam_domains(norm):
        # (a host alone glued to Chinese is how a news site credits itself: 【xinwen.cc讯】)
        if head := _NAME_BEFORE_HOST.search(norm, max(0, m.start() - _NAME_BEFORE_HOST_SPAN), m.start()):
            found[norm[head.start():m.end()]] = None
    starts: dict[int, list] = {}
    for h in lexicon.find_hits(norm, min_strength=lexicon.GENERIC):
        starts.setdefault(h.start, []).append(h)
    for span in dict.fromkeys(brands.brand_like(norm)):
        at = norm.find(span)
        end = at + len(span)
        runs_on = [h for k in range(at + 1, end) for h in starts.get(k, ()) if h.end > end]
        if runs_on and _glued(norm, at, runs_on[0].end):
            found[norm[at:runs_on[0].end]] = None
    return [f for f in found if not any(f in other and f != other for other in found)]


# Two variants of one search keyword joined by a comma (比分直播,篮球比分直播; X棋牌,X棋牌下载),
# pasted into sentences where their own words stood (办公厅<pair>印发, <pair>市 for the city):
# the shorter keyword is written again inside the longer one, and the pair recurs verbatim. Prose
# repeats a word after a comma too (学习,再学习), but in one clause, not the same pair glued twice
# between other words. A keyword is at least MIN_PAIR_WORD characters (学习, 发展 are shorter).
MIN_PAIR_WORD = 3
# ...and the pair is pasted this many times (the real cases of dev v3: 2 and 3); dev clean pages: 0.
MIN_PAIR_REPEATS = 2
_PAIR_COMMA = re.compile(f"(?<={_CJK})[,，](?={_CJK})")
_CJK_RUN_END = re.compile(f"{_CJK}{{1,10}}$")
_CJK_RUN = re.compile(f"{_CJK}{{1,14}}")
# A longer variant adds at most this many characters after the keyword (下载, 官网, app).
MAX_PAIR_TAIL = 2


def _pairs_at(line: str, comma: int) -> list[str]:
    """The keyword pairs that may stand around the comma at ``comma`` of ``line``."""
    left = _CJK_RUN_END.search(line, max(0, comma - 10), comma)  # a window: linear in the line
    right = _CJK_RUN.match(line, comma + 1)
    if not left or not right:
        return []
    run_l, run_r, mark = left.group(), right.group(), line[comma]
    for k in range(len(run_l), MIN_PAIR_WORD - 1, -1):
        word = run_l[-k:]
        p = run_r.find(word)
        if p > 0:
            return [f"{word}{mark}{run_r[:p + k]}"]  # 比分直播,篮球比分直播
        if p == 0:  # X棋牌,X棋牌下载: which tail is the keyword's, its repeats tell
            return [f"{word}{mark}{run_r[:k + n]}" for n in range(1, MAX_PAIR_TAIL + 1) if len(run_r) > k + n - 1]
    return []


def keyword_pairs(lines: list[str]) -> list[str]:
    """Keyword pairs pasted into the sentences of ``lines`` (v3 miss G), as written."""
    counts: Counter = Counter()
    for line in lines:
        if "," not in line and "，" not in line or lexicon.is_reporting(line):
            continue
        for m in _PAIR_COMMA.finditer(line):
            for pair in _pairs_at(line, m.start()):
                at = m.start() - pair.index(line[m.start()])
                if at > 0 and _CJK_CHAR.match(line, at - 1):  # glued between a sentence's words
                    counts[pair] += 1
    # the keyword has no life in the article outside its pasted pairs (a speech that says
    # 体育强国,建设体育强国 twice speaks of 体育强国 elsewhere too)
    text = "\n".join(lines)
    found = [p for p, n in counts.items() if n >= MIN_PAIR_REPEATS
             and re.split("[,，]", p)[0] not in text.replace(p, "")]
    # of the tails a pair was read with, the longest that recurs as often is the keyword's
    return [p for p in found if not any(q != p and q.startswith(p) and counts[q] == counts[p] for q in found)]


# A search keyword glued after a paragraph's last sentence (v7 B: 。2023X今晚开奖结果出来, 。2025X今晚
# 开奖号码查询 at the end of a legit lottery report's paragraph): what follows the paragraph's last
# full stop is a phrase with no clause mark and no full stop of its own, holds a spam term, and
# the article writes hardly any of it (at most MAX_TAIL_SHARED of its character pairs: the v7
# tails share 0.08–0.15 with lottery reports; a paragraph's own last words, a caption or an
# unfinished sentence, repeat the article's words). MIN_TAIL..MAX_TAIL characters: a keyword
# phrase (the v7 tails have 10–15; shorter is a paragraph's closing word such as (完)).
MIN_TAIL, MAX_TAIL = 6, 30
MAX_TAIL_SHARED = 0.34
_TAIL_CHARS = "[^。！？!?，,、；;：:（）()“”\"]"
_PARAGRAPH_TAIL = re.compile(f"[。！？!?]({_TAIL_CHARS}{{{MIN_TAIL},{MAX_TAIL}}})$")
# ...or glued before the paragraph's last full stop, where its number meets the sentence's last
# word (学校2023X今晚开奖结果出来。): digits glued between Chinese that are no date, count or ordinal.
_GLUED_BEFORE_STOP = re.compile("(?<=[\u4e00-\u9fff])(\\d{2,4}(?![\\d年月日届屆级級号號期度所个個名位人家项項次万萬亿億元米])"
                                f"(?:(?!\\d){_TAIL_CHARS}){{{MIN_TAIL - 2},{MAX_TAIL}}})[。！？!?]$")


_BOOK_TITLE = re.compile("《[^《》]+》")
_PUBLICATION = re.compile("(?:报|報|刊|杂志|雜誌|社|台|网|網|新闻|新聞|频道|頻道)$")


def paragraph_tails(lines: list[str]) -> list[str]:
    """Keyword phrases glued after the last sentence of a paragraph of ``lines``, as written."""
    found: list[str] = []
    written: Counter | None = None  # the article's character pairs, counted once if needed
    for line in lines:
        m = _PARAGRAPH_TAIL.search(line.strip()) or _GLUED_BEFORE_STOP.search(line.strip())
        if not m or lexicon.is_reporting(line):
            continue
        tail = m.group(1).strip()
        norm = lexicon.normalize(tail)
        if len(_CJK_CHAR.findall(norm)) * 2 < len(norm):
            continue
        # (a keyword set as a title of its own, 。《X比分预测》, needs only a spam morpheme: a
        # paragraph's last words are no book title unless they credit a paper, 。《中国体育报》)
        if not (keyword_terms(tail) or _BOOK_TITLE.fullmatch(tail) and brands.may_be_spam(tail)
                and not _PUBLICATION.search(tail[1:-1])):
            continue
        if written is None:
            whole = lexicon.normalize("\n".join(lines))
            written = Counter(whole[k:k + 2] for k in range(len(whole) - 1))
        pairs = Counter(norm[k:k + 2] for k in range(len(norm) - 1) if _CJK_CHAR.match(norm[k]))
        # (a pair counts as the article's when it is written outside this copy of the tail)
        shared = sum(n for p, n in pairs.items() if written[p] > n)
        if shared <= MAX_TAIL_SHARED * sum(pairs.values()):
            found.append(tail)
    return found


def keyword_terms(line: str) -> set[str]:
    """Distinct spam terms of a line: lexicon (any strength), brand shapes, public vocabulary."""
    terms = {h.term for h in lexicon.find_hits(line, min_strength=lexicon.GENERIC)}
    terms.update(brands.promo_spans(line))
    terms.update(brands.brand_like(line))
    terms.update(brands.vocabulary_hits(line))
    terms.update(brands.lottery_jargon(line))
    return terms


def is_keyword_line(line: str) -> bool:
    """A line that lists spam keywords instead of saying something."""
    chained = len(_CHAIN_SEPARATOR.findall(line))
    if (len(line) > MAX_KEYWORD_LINE or chained < MIN_KEYWORDS - 1
            or _SENTENCE_END.search(line) or not brands.may_be_spam(line) or lexicon.is_reporting(line)):
        return False
    terms = keyword_terms(line)
    if len(terms) < MIN_KEYWORDS:
        return False
    covered = sum(len(t) for t in terms)
    letters = len(re.findall(r"[\w\u4e00-\u9fff]", line))
    if len(_LIST_SEPARATOR.findall(line)) >= MIN_KEYWORDS - 1 and letters > 0 and covered >= MIN_KEYWORD_SHARE * letters:
        return True
    # a chain of longer search phrases (国产精品野战在线观看_…): most of its phrases hold a term;
    # a labelled list (关键词：问题博彩_问题彩民) is a paper's own keyword field
    if _LABEL.match(line):
        return False
    parts = [p for p in _CHAIN_SEPARATOR.split(line) if p]
    with_terms = sum(any(t in norm for t in terms) for norm in map(lexicon.normalize, parts))
    return len(parts) >= MIN_CHAIN_PARTS and with_terms >= MIN_CHAIN_SHARE * len(parts)


def _advertiser(name: str, lines: list[str]) -> bool:
    """True when ``name``, credited in brackets, is no institution and the article never speaks of it
    outside such credits: a news agency or the office that wrote the piece is named in its text."""
    if _INSTITUTION_END.search(name) or brands.is_legit_name(name) or lexicon.is_reporting(name):
        return False
    return not any(name in _BRACKETED.sub("", line) for line in lines)


def brand_headline(title: str | None, text: str) -> bool:
    """True when the headline (<title> and h1 alike) is a site's name in a brand's web form (X官网)
    that the article below never speaks of: a content farm's brand as the page's title (v3 H1);
    a school's or an office's site (学校官网) is a public body's name, and a shop's page speaks of it."""
    if not title or not brands.is_brand_name(re.sub(r"\s+", "", title), web=True) or _INSTITUTION_END.search(title):
        return False  # (spaced out or not: 黑料 官网)
    name = re.sub("(?:官方网站|官网)$", "", lexicon.normalize(title))
    return bool(name) and name not in lexicon.normalize(text)


# The first lines that may carry the headline (a cell above the article, before its date line).
HEAD_LINES = 3
# A headline is this long at least (titles.MIN_TITLE_REST): a shorter one is a word any line may end with.
MIN_HEADLINE = 6
# A name before the headline is short: a brand with its suffix, not a section's label sentence.
MAX_HEAD_NAME = 12


def headline_prefix(lines: list[str], title: str) -> str | None:
    """A name set before the headline in one of the first lines (``<brand> <the title>`` in a bold
    cell, v3 miss E) that the article never speaks of again and that is written like a brand or a
    website (a section's label, 通知公告, is no brand), or None."""
    head = title.strip()
    if len(head) < MIN_HEADLINE:
        return None
    for line in lines[:HEAD_LINES]:
        line = line.strip()
        if not line.endswith(head) or line == head:
            continue
        name = line[: -len(head)].strip(" \u3000:：|-_·")
        if not (2 <= len(name) <= MAX_HEAD_NAME) or re.search(r"\s", name) or not _CJK_CHAR.search(name):
            return None
        if any(name in other for other in lines if other.strip() != line) or brands.is_legit_name(name):
            return None
        if brands.is_brand_name(name) or brands.brand_like(name) or brands.promo_spans(name) \
                or lexicon.has_brand(name) or slots.web_written(name):
            return name
        return None
    return None


def _token_spam(lines: list[str], ev: Evidence, title: str) -> tuple[set[int], list[str]]:
    """(indexes of lines to drop, garbage words to cut): lines of random tokens and garbage words
    (tokens.py), and on a page shown hijacked, keyword blocks whose words it never uses (v5 R3)."""
    dropped: set[int] = set()
    garbage: list[str] = []
    page = "\n".join([title, *lines])
    for i, line in enumerate(lines):
        if tokens.random_token_line(line, page):
            ev.add("spam_text", "article", line)
            dropped.add(i)
        elif words := tokens.garbage_words(line, page):
            ev.add("spam_text", "article", " ".join(words))
            garbage += words
    if ev.hijacked:
        for i, line in enumerate(lines):
            if i not in dropped and tokens.random_tag_line(line, page):
                ev.add("spam_text", "article", line)
                dropped.add(i)
    for i in tokens.keyword_blocks(lines, title, ev.hijacked):
        if i not in dropped:
            ev.add("spam_text", "article", lines[i])
            dropped.add(i)
    # a keyword line set above the article, where the body's container holds the page's header
    for i, line in enumerate(lines[:tokens.HEAD_LINES]):
        if i not in dropped and (phrases := tokens.keyword_line(line, page)):
            ev.add("spam_text", "article", line)
            dropped.add(i)
            for phrase in phrases:
                ev.learn(phrase, True)
    return dropped, garbage


def clean_lines(lines: Iterable[str], ev: Evidence, title: str = "") -> list[str]:
    """The article's lines with the spam above removed; every removal becomes a finding.
    ``title``: the page's headline (a brand glued before its copy in the text is cut)."""
    lines = list(lines)
    prefix = headline_prefix(lines, title) if title else None
    if prefix:
        ev.add("spliced_brand", "headline", prefix)
        ev.learn(prefix, True)
        lines = [line.replace(prefix, "", 1).strip() if line.strip().endswith(title.strip()) else line
                 for line in lines]
    # First learn the brands put in institution slots anywhere, so that every line loses them.
    for line in lines:
        if lexicon.is_reporting(line):
            continue
        for name in _slot_brands(line):
            ev.add("spliced_brand", "article", name)
            ev.learn(name, True)
    # ...and the names that stand where the institution's name stands and no institution's can be
    short = []
    substituted = slots.substituted_names(lines, known=[s for s, backed in ev.strings.items() if backed], headlines=[title])
    for name in substituted + slots.family_spellings(substituted, lines):
        ev.add("spliced_brand", "article", name)
        ev.learn(name, True)
        if len(lexicon.normalize(name)) < lexicon.MIN_PAGE_STRING:
            short.append(name)  # too short to scrub page-wide: cut where it fills a slot
    bare_stems(lines, title, ev)
    pairs = keyword_pairs(lines)
    for pair in pairs:
        ev.add("spam_text", "article", pair)
        ev.learn(pair, True)
    for tail in paragraph_tails(lines):
        ev.add("spam_text", "article", tail)
        ev.learn(tail, True)
    for line in lines:
        for run in domain_runs(line):
            ev.add("spam_text", "article", run)
            ev.learn(run, True)
    for name in glued_brands(lines):  # (on a page caught by a script too: v7 R2)
        ev.add("spliced_brand", "article", name)
        ev.learn(name, True)
    names = _signature_brands(lines) + _repeated_brands(lines)
    if ev.hijacked:
        names += [m.group() for line in lines if not lexicon.is_reporting(line)
                  for norm in [_spaced_norm(line)] for m in _EVENT_SLOT_BRAND.finditer(norm) if _not_legit(norm, m)]
    for name in names:
        if not any(name in other and name != other for other in names):
            ev.add("spliced_brand", "article", name)
        ev.learn(name, True)
    dropped, garbage = _token_spam(lines, ev, title)
    kana = any(_KANA.search(line) for line in lines)
    glued = _GLUED if kana else _GLUED_CN
    noise = sum(len((_NOISE if kana else _NOISE_CN).findall(line)) for line in lines)
    emoji = [e for line in lines for e in _EMOJI_NOISE.findall(line)]
    emoji_noise = len(emoji) >= MIN_EMOJI_NOISE and len(set(emoji)) >= MIN_EMOJI_KINDS
    out = []
    for i, line in enumerate(lines):
        if i in dropped:
            continue
        for word in garbage:
            line = line.replace(word, "")
        if short:
            line = slots.cut_in_slots(line, short)
        for pair in pairs:  # cut here: scrub would judge the sentence around a pair's 下载 a promotion
            line = line.replace(pair, "")
        if noise >= MIN_NOISE or emoji_noise:
            stripped = glued.sub("", line) if noise >= MIN_NOISE else line
            stripped = _EMOJI_AFTER_CJK.sub("", stripped) if emoji_noise else stripped
            if stripped != line:
                ev.add("symbol_noise", "article", line)
                line = stripped
        if is_keyword_line(line):
            ev.add("spam_text", "article", line)
            continue
        for m in list(_CREDIT.finditer(line)):
            name = m.group(1)
            if brands.promo_spans(name) or brands.brand_like(name) or lexicon.has_strong(name) \
                    or not brands.is_legit_name(name) and not _INSTITUTION_END.search(name):
                ev.add("spliced_brand", "article", m.group())
                ev.learn(name, True)
                line = line.replace(m.group(), "")
        for m in list(_BRACKETED.finditer(line)):
            credit = _CREDITED.search(m.group(1))
            if credit and _CALL.search(m.group(1), credit.end()) and _advertiser(credit.group(1), lines):
                ev.add("spliced_brand", "article", m.group())
                ev.learn(credit.group(1), True)
                line = line.replace(m.group(), "")
        if "\uac00" <= max(line, default="") and len(_HANGUL.findall(line)) < 0.3 * len(line):
            for m in list(_HANGUL_CASINO.finditer(line)):
                ev.add("spliced_brand", "article", m.group())
                line = line.replace(m.group(), "")
            line = re.sub(r"[ \t]{2,}", " ", line)
        out.append(line)
    return out
