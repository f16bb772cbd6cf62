"""Brand shapes standing in the article's sentences: a brand where only an institution can stand.

  * a gambling brand put where the institution's name belongs (``澳门X官方网站在博雅楼召开…``,
    ``X体育官网校长…``, ``中共X平台网址7906第一次党员大会``): the brand sits in a slot that only
    an organisation can fill, so it is cut (the sentence stays) and learned for the whole page;
  * a brand signing a notice (the line before its date is the issuing body: ``best365官方网站登录
    入口教务处``, ``williamhill英国中文``), and a Latin-prefixed brand that recurs in the text
    (``bevictor伟德国际…bevictor伟德国际``): a mirror of a school page with its name replaced;
  * a lexicon brand or a brand shape glued into the sentences of a page that is not about gambling,
    and a promo template the lexicon weighs as strong glued there where it is the page's only trade word;
  * a brand's whole shape (``X竞技``, ``X游戏官网``, ``X官网365``: is_brand_shape) set alone in a slot
    and written where only the institution's own name stands: before its units, offices and
    people, as an event's organiser, glued before the lead's date (v17: institution_place_brands),
    or with its web word opening a clause of a page shown hijacked (clause_start_brands);
  * a trade-suffixed name (X娱乐, X体育) as the lead's subject right after its date, or as a reporter's
    outlet (据X记者), on a page that never writes its stem or its trade again (lead_subject_brands).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from typing import Iterable

from scraper.clean import brands, glued, lexicon
from scraper.clean.inforow import dateline_source, ends_as_outlet
from scraper.clean.titles import han_pieces
from scraper.clean.writing import SENTENCE_ENDS

_CJK = "[\u4e00-\u9fff]"
_CJK_CHAR = re.compile(_CJK)
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
# A number followed by a measure word is a count, not a brand's number: 张/台/家/间 count the
# trade's own tables, machines and venues (rc28-025, a legit Macau report: 全澳門賭枱共6734張,
# read once the lines are folded to simplified script; its simplified twin was a false flag before).
_MACAU_BRAND = re.compile(f"澳门({_CJK}{{1,8}}?)(?:官方网站|官网|平台网址|网址|游戏网站|app)\\d{{0,5}}|澳门({_CJK}{{2,6}}?)\\d{{3,5}}"
                          f"(?![\\d.,．%％年月日号元万亿人个名次届期件项点位张台家间])", re.I)
# Institutions: a "brand" ending in one of these is the real name (体育学院, 足球协会).
INSTITUTION_END = re.compile(r"(?:学院|大学|学校|协会|中心|局|委|厅|会|部|处|馆|队|社|院|所|集团|公司)$")
# The issuing body of a notice signs the line before its date (落款); a date line is short.
_DATE_LINE = re.compile(r"^\s*\S{2,4}年\S{1,3}月(?:\S{1,3}[日号])?\s*$")
# A Latin word glued to Chinese (the brand's spelling): a signature in a Chinese notice is Chinese.
# A word inside an address is no name: an e-mail box (the contact a notice signs with, ruc44-065's
# 发送至：<box>@163.com before its date), a host's or a path's label (http://www.<host>.cn/<path>).
_LATIN_GLUED = re.compile(f"(?<![A-Za-z0-9./:@_-])[A-Za-z][A-Za-z0-9]{{3,15}}(?![A-Za-z0-9./:@_-]){_CJK}{{0,6}}")
# A Latin-prefixed brand (bevictor伟德国际, ky开元棋牌) is a substituted name when the text
# repeats it this often (a sponsor's name in a match report comes with reporting words).
MIN_BRAND_REPEATS = 2
_LATIN_BRAND = re.compile(f"(?<![a-z0-9])[a-z]{{4,12}}\\d{{0,4}}{_CJK}{{0,3}}(?:体育|娱乐|国际|棋牌|真人)")


def slot_brands(line: str) -> list[str]:
    if not _CJK_CHAR.search(line):  # both patterns need Chinese characters: skip their scans of English
        return []
    found = []
    for m in _SLOT_BRAND.finditer(line):
        name = m.group()
        stem = re.sub(r"\d+$", "", name)
        if not (INSTITUTION_END.search(stem) or brands.is_legit_name(name)):
            found.append(name)
    for m in _MACAU_BRAND.finditer(line):
        middle = m.group(1) or m.group(2)
        if not (INSTITUTION_END.search(middle) or brands.is_legit_name(m.group())):
            found.append(m.group())
    return found


def standing_macau_brands(parts: list[str]) -> list[str]:
    """The <title> parts (``parts``) that are a Macau-prefixed casino name whole (澳门X6663, 澳门X官网):
    such names are casino sites wherever they stand (_MACAU_BRAND), and slot_brands reads them only in
    the article's lines; a part the name fills alone is the slot of the site's name (v22 rc22-002:
    澳门X6663_<headline>, the name also the page's site-name line). A year is no brand number.
    Measured against main19: flags rc22-002 (missed before); names 澳门葡京赌场官网 on 3 pages already
    flagged (a real-cwced and a real-magichtml hijacked page, synthetic 002-d02-jcms), their titles
    unchanged; no legit page (v22's 2 casino-revenue reports among them) and no clean page changes."""
    found = []
    for part in parts:
        norm = lexicon.normalize(part)
        m = _MACAU_BRAND.fullmatch(norm)
        if not m or re.search(r"(?<!\d)(?:19|20)\d\d$", norm):
            continue
        middle = m.group(1) or m.group(2)
        if not (INSTITUTION_END.search(middle) or brands.is_legit_name(norm)):
            found.append(part.strip())
    return found


def signature_brands(lines: list[str]) -> list[str]:
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
            if not (INSTITUTION_END.search(cjk) or name.isupper() or brands.is_legit_name(name)
                    or glued.grammatical_in(name)):  # (a model or a unit: iPhone12手机, 5000mAh电池)
                found.append(name)
                found.append(name[: len(name) - len(cjk)])  # its Latin spelling, removed page-wide
    return found


def repeated_brands(lines: list[str]) -> list[str]:
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


_BLANKS = re.compile(r"\s+")  # (compiled once: see writing.LINE_BREAKS)


def _spaced_norm(text: str) -> str:
    # a space still parts the words: "Yahoo 娛樂" is a portal's section, "bevictor伟德" one name
    return lexicon.normalize(_BLANKS.sub("/", text))


def _not_legit(norm: str, m: re.Match) -> bool:
    stem = re.sub(f"{_SLOT_SUFFIX}$", "", m.group())
    return not (brands.is_legit_name(norm[max(0, m.start() - 3): m.end() + 3]) or INSTITUTION_END.search(stem))



# A name standing as a clause of its own, between the sentence's commas (…防控工作，X棋牌，10月12日…):
# what a brand infix looks like when it is sprinkled into sentences whose own clauses run on
# around it (v9 syn: 2 pages proven by a script or a hidden farm kept the name twice). A
# two-character stem and a gambling suffix: a longer stem is a place or an organiser.
_CLAUSE_BRAND = re.compile(f"(?:^|(?<=[，,；;：:]))\\s*({_CJK}{{2}}(?:{_SLOT_WORDS}|彩票|娱乐城))\\s*(?=[，,；;])")


def clause_brands(lines: list[str]) -> list[str]:
    """Names with a gambling suffix standing alone as a clause inside a sentence, whose stem the
    page writes nowhere else (read on a page shown hijacked)."""
    found: dict[str, None] = {}
    for line in lines:
        if lexicon.is_reporting(line):
            continue
        for m in _CLAUSE_BRAND.finditer(line):
            name = m.group(1)
            if not (brands.is_legit_name(name) or INSTITUTION_END.search(name)):
                found[name] = None
    text = "\n".join(lines)
    return [n for n in found if text.count(n[:2]) == text.count(n)]


def event_slot_brands(lines: list[str]) -> list[str]:
    """Brands filling the slots of a school's name as the subject of an event or the issuer of a
    document (read on a page shown hijacked)."""
    return [m.group() for line in lines if not lexicon.is_reporting(line)
            for norm in [_spaced_norm(line)] for m in _EVENT_SLOT_BRAND.finditer(norm) if _not_legit(norm, m)]


# What a brand drags behind it when glued into a sentence: a few characters and a Latin word or a
# web word (kaiyun欧洲杯app, X官网), or letters and digits run on from its Latin (kaiyun188). Digits
# after Chinese characters are the sentence's numbers, not a tail: read where a brand really ends (at
# its normalised offsets, _normalised_spans), 学生会于5 | 月14 | 日晚17 | 时在教一103 ran on from 博鱼·体育(中国)
# 官方网站 into rc6-011's article (variant 5901e52, ff32), and 官网5 took a date's month (rc36-001).
_GLUED_TAIL = re.compile(
    f"(?:(?<=[a-z0-9])[a-z0-9]+|{_CJK}{{0,4}}?(?:[a-z][a-z0-9]*|官网|官方网站|官方|网页版|平台|登录|入口))*", re.I)


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
        if not _CJK_CHAR.search(norm):
            # every name below is glued to a Chinese character of the line (_glued, _NAME_BEFORE_HOST):
            # a line without one has none. glued_brands was 4 % of the cleaner's CPU on the 85 English
            # pages of dev-v21-evanextract, nearly all of it reading English lines for brand shapes.
            continue
        hits = lexicon.find_hits(line, min_strength=lexicon.BRAND)
        for h, (start, end) in zip(hits, _normalised_spans(line, hits), strict=True):
            if _glued(norm, start, end) and not lexicon.is_kind(h.term):
                tail = _GLUED_TAIL.match(norm, end)
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
    if brands.writes_trade_words(rest):
        return []  # the page talks about gambling in its own words
    return found


def glued_templates(lines: list[str]) -> list[str]:
    """Promo templates the lexicon weighs as strong (has_strong without a brand: 体育APP, 注册即送88, and
    电子游艺返水 with the trade word run into it) glued into the Chinese sentences of a page whose
    article writes no other trade word: the vocabulary side of the shapes read above (issue 11, v36
    §7.2), where a template replaced a word (组织医<X>护人员, 组织开展<X>应急演练) and names no brand. A
    page with a reporting sentence, or writing the trade's words besides the templates, keeps them
    (glued_brands reads a page's brands; a template inside them is their tail).
    Measured (nv28, dev, v36 studied): flags syn12-007 (synthetic-v12, 体育APP inside 医护人员), sv21-028
    (synthetic-v21, 电子游艺返水 for a topic word, title too) and sy23-029 (synthetic-v23, a 注册即送88 line),
    missed before; the only other record changed of the 84 dev hijack dumps is sv35-021 (flagged, its
    text gains an attachment line: synthetic-v35 text F1 0.991 -> 0.990); no legit or clean record of
    them changes, and it reads nothing on the 9 Chinese clean extraction sets (danielzh, xmunews,
    multiboilerzh, twparser, twnews, v1-cwced, v1-magichtml, webmainbench, cxextractor)."""
    found: dict[str, None] = {}
    for line in lines:
        if lexicon.is_reporting(line):
            return []
        if not lexicon.has_strong_template(line):
            continue
        norm = lexicon.normalize(line)
        hits = lexicon.find_hits(line, min_strength=lexicon.GENERIC)
        for h, span in zip(hits, _normalised_spans(line, hits), strict=True):
            if h.strength == lexicon.TEMPLATE and _glued(norm, *span):
                found[lexicon.normalize(h.term)] = None
    if not found:
        return []
    rest = lexicon.normalize("\n".join(lines))
    for name in sorted(found, key=len, reverse=True):
        rest = rest.replace(name, "\n")
    return [] if brands.writes_trade_words(rest) else list(found)


def _normalised_spans(line: str, hits: list[lexicon.Hit]) -> list[tuple[int, int]]:
    """Where each of ``hits`` (found in the written ``line``, their offsets the line's) stands in the
    line normalised, which is shorter by what normalising drops (spaces above all). Read at the
    written offsets, the normalised line put 9m88 of an artists' list (…知更、9m88、甜約翰…) between 席丹
    and 、杨, "glued" to them (dev-v40-bearmercury bm40-013, a clean page flagged)."""
    if not hits:
        return []
    offsets = lexicon.normalised_offsets(line)
    return [(bisect_left(offsets, h.start), bisect_left(offsets, h.end)) for h in hits]


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


# --- Orthography islands (v7 A: a brand stands once, in the running text, where the institution's
# name stood: 永利yl23411no1邢建平教授) ---
# A Chinese sentence writes Latin as words, acronyms and codes: capitalised names (iPhone, ChatGPT),
# capitals (CPU, GDP, 3A), codes that switch between letters and digits once (5G, mp3, COVID-19,
# x86). A bookmaker's name is written as its domain label is: lower case, letters and digits
# switching twice or more (yl23411no1, qg1913a), glued to the sentence's characters. Read in its
# NFKC form, so that full-width and circled letters are the same spelling. On the clean Chinese
# sets' article texts and the legit pages of every real-cases corpus, the only such tokens
# written once are a range of measures (165cm-174cm, parts of a hyphen join) and a relay's
# 4x400 (digits first): neither starts with a letter.
_LATIN_RUN = re.compile(r"[A-Za-z0-9]+")
_SENTENCE_MARKS = "。！？!?;；"
MIN_ISLAND = 5  # characters (the v7 brand label has 10; o2o, p2p, k8s are shorter)
MIN_SWITCHES = 2  # letter/digit switches (codes switch once at most: tokens.MIN_UNWORD_SHARE's note)
# The brand's Chinese name before its label: two characters far more often than not (see _SLOT_BRAND).
NAME_BEFORE_ISLAND = 2


def _switches(token: str) -> int:
    kinds = [c.isdigit() for c in token]
    return sum(1 for a, b in zip(kinds, kinds[1:], strict=False) if a != b)


def orthography_islands(lines: list[str], title: str = "") -> list[str]:
    """Brand labels standing in the Chinese sentences of ``lines`` in an orthography the page's own
    writing never uses (see above), each with the Chinese name glued before it, as written (NFKC).
    A label the page writes again (in the title or another line) is the article's topic, not a
    substituted name."""
    found: list[str] = []
    written: str | None = None
    for line in lines:
        norm = unicodedata.normalize("NFKC", line)
        if len(_CJK_CHAR.findall(norm)) * 2 < len(norm):
            continue  # (an English line writes Latin as its words)
        for m in _LATIN_RUN.finditer(norm):
            token, at, end = m.group(), m.start(), m.end()
            if not (token[0].isalpha() and token == token.lower() and len(token) >= MIN_ISLAND
                    and sum(c.isdigit() for c in token) >= 2 and _switches(token) >= MIN_SWITCHES):
                continue
            if not _glued(norm, at, end) or norm[at - 1:at] in "./:@#-_" and at or norm[end:end + 1] in "./:@-_" and end < len(norm):
                continue  # an address, a file's or a mail box's name
            start = max(norm.rfind(mark, 0, at) for mark in _SENTENCE_MARKS) + 1
            stops = [k for mark in _SENTENCE_MARKS if (k := norm.find(mark, end)) >= 0]
            if lexicon.is_reporting(norm[start:min(stops, default=len(norm))]):
                continue  # a report naming a site in its sentence (judged by the sentence: 王国法院士 is no 法院)
            if written is None:
                written = unicodedata.normalize("NFKC", "\n".join([title, *lines])).lower()
            if written.count(token) > 1:
                continue
            before = re.search(f"{_CJK}{{1,{NAME_BEFORE_ISLAND}}}$", norm[:at])
            found.append((before.group() if before else "") + token)
    return found


# --- A brand in the institution's own place (v17: the name of a school or an office replaced by a
# gambling brand's, in its sentences and its slots alike, with no link, script or keyword line) ---
# Measured on dev: flags 5 real v17 pages (rc17-019, -020, -025, -030, -032), 6 synthetic v17
# (syn17-014, -019, -020, -022, -023, -034) and syn16-011, none of them flagged before but
# syn17-020; no page of the clean extraction sets of the brief nor any legit row of the dev
# real-cases sets changes (flag, findings, title or text).
# A gambling brand's name as a whole, by its morphology: a stem of one to four characters (a
# Latin/digit prefix allowed; a group name before a second name, 亚美集团佳富国际), a trade suffix, a
# web word and a brand number (X竞技, X电竞平台, X游戏官网, X集团娱乐); or a name, a web word and a
# brand number (X官网365: a company's site writes no number after 官网). A lone 彩 needs a stem of
# two (精彩, 光彩 are words).
_PLACE_SUFFIX = "(?:竞技|电竞|棋牌|娱乐|真人|博彩|彩票|游戏|国际|体育)"
_PLACE_WEB_WORDS = "平台|官网|官方网站|app"
_PLACE_BRAND = re.compile(
    f"(?:[a-z]{{1,8}}\\d{{0,4}})?{_CJK}{{1,4}}(?:集团{_CJK}{{0,4}})?(?:{_PLACE_SUFFIX}|(?<={_CJK}{{2}})彩)"
    f"(?:{_PLACE_WEB_WORDS}|(?P<group>集团))?(?:\\d{{1,5}}(?![\\d年月日号]))?"
    f"|(?P<numbered>{_CJK}{{2,8}}(?:官网|官方网站)\\d{{2,5}}(?![\\d年月日号]))")
# What stands after an institution's name and after no brand's: its units (a college, a research
# centre, a programme: X国际教育合作学院, X汉语国际教育专业), its offices and its people (X校长助理,
# X党委, X学子, X颜明老师, X第十二届校园读书节). The unit's words hold no verb or particle (X走进某大学学院 is a visit).
_NO_VERB = "(?:(?![在到与和进访来的是了为向对从带邀请])[\u4e00-\u9fff])"
# The words of a unit's name before its ending: at most this many (v17: 2-6, 太平洋岛国研究中心,
# 国际教育合作学院, 汉语国际教育专业; a longer run is a clause, not a name).
MAX_UNIT_WORDS = 10
_PLACE_AFTER = re.compile(
    f"{_NO_VERB}{{0,{MAX_UNIT_WORDS}}}?(?:学院|研究中心|研究院|研究所|专业|校区|附属)"
    "|校长|副校长|党委|党总支|团委|学子|师生|教师|教职工|研究生|本科生|领导班子"
    f"|{_NO_VERB}{{2,3}}(?:老师|教授|同学)"
    "|第[一二三四五六七八九十百\\d]+[届次](?:校园|校运会|运动会|教代会|团代会|党员)"
    "|的(?:社会)?(?:形象|声誉|知名度|美誉度)")  # (what its own news says it earned: 提高了X的社会形象)
# ...and the organiser's place: 由X主办, X在田径场隆重举行, 来X开展/进行 (a visit to it); and a place
# in a list of universities (华东师范大学、X等中外高校).
_ORGANISER_AFTER = re.compile(f"^(?:在{_CJK}{{1,10}}?)?(?:隆重)?(?:主办|承办|举行|举办|召开|开展|进行)")
_ORGANISER_BEFORE = re.compile("(?:由|来|到|我校|本校)$")
_LISTED = re.compile("(?:大学|学院|学校)[、，,]$")
# An organiser's sentence speaks of a school or an office (李宁体育在北京举行发布会 is a company's)
# and names no other school (X在某大学举行校园招聘会 is a visitor's).
_INSTITUTION_WORDS = re.compile("师生|学生|学子|校长|教师|开学|校园|党委|政府")
_OTHER_SCHOOL = re.compile(f"{_CJK}{{2}}(?:大学|学院|学校|中学|小学|高中)")
# The lead's date after a name that opens the article (X5月6日，…): a brand glued before the first
# word; an agency's dateline goes on with 电/讯 and a company as the subject with its verb.
_LEAD_DATE = re.compile(r"\d{1,2}月\d{1,2}日(?:[上下]午|晚|起|至今)?[,，]")
_OPENING_NAME = re.compile(f"^((?:[a-z]{{1,8}}\\d{{0,4}})?{_CJK}{{2,10}})(?=\\d{{1,2}}月\\d{{1,2}}日)")
_NOT_WORD = re.compile(r"\W+")


def is_brand_shape(name: str) -> bool:
    """True when ``name`` (normalised) reads whole as a gambling brand's name and no institution's."""
    m = _PLACE_BRAND.fullmatch(name)
    # (every whole match is three characters at least: a stem and a two-character suffix, or two and 彩)
    if m is None or not m.group("group") and INSTITUTION_END.search(re.sub(r"\d+$", "", name)):
        return False
    return bool(m.group("numbered")) or not brands.is_legit_name(name)


# A website's name in a sentence (X网站, X网址), from a clause's or a particle's edge: a name holds no
# verb or particle (_NO_VERB), so it starts after one (提高了X网站的…). 2-8 characters before 网站
# (v19's: 6); on dev the rest of the page writes a word of every other such name (its own sites).
_SITE_IN_LINE = re.compile(f"(?:^|(?<=[了的在到与和是为对从,，。；;：:]))({_NO_VERB}{{2,8}}?(?:网站|网址|網站|網址))")


def institution_place_brands(slot_texts: list[str], lines: list[str], page: str = "",
                             titled: Iterable[str] = ()) -> list[str]:
    """Brand-shaped names (normalised) that the page sets alone in a slot (``slot_texts``: the
    <title>'s parts, the short lines and words of the page: a logo, a copyright holder, a top
    line, a reporter's unit) and writes in its article (``lines``, its headlines too) where only
    the institution's own name stands: before its units, offices and people, as an event's
    organiser, in a list of universities, glued before the lead's date, or, written between
    pictographs in a slot (👁X👄), glued before the first word of a paragraph. Also a website's
    name in a sentence (X网站, no brand's shape needed) none of whose words the rest of the
    ``page`` (its text) writes: a name the site never speaks of, standing where the institution's
    does (v19 rc19-016: 澳门葡萄新京网站 where a hospital's news says 提高了医院的社会形象). Never on a
    page whose article speaks of gambling (the brand's own site, a report on the trade)."""
    lines = [n for line in lines if line and not lexicon.is_reporting(line) for n in [lexicon.normalize(line)]]
    if not lines:
        return []
    candidates: dict[str, bool] = {}  # name → written between pictographs
    norm_page = lexicon.normalize(page)
    for line in lines if page else ():
        for site in _SITE_IN_LINE.finditer(line):
            words = han_pieces(re.sub("(?:网站|网址|網站|網址)$", "", site.group(1)))
            rest = norm_page.replace(site.group(1), "\n")
            if words and not any(w in rest for w in words):
                candidates.setdefault(site.group(1), False)
    for text in slot_texts:
        norm = lexicon.normalize(text)
        name = _NOT_WORD.sub("", norm)
        if is_brand_shape(name):
            candidates[name] = candidates.get(name, False) or bool(
                _NOT_WORD.match(norm) and _NOT_WORD.search(norm[-1:]))
    text = "\n".join(lines)
    for line in lines:  # a name opening the article before the lead's date, written nowhere else in it
        m = _OPENING_NAME.match(line)
        if m and _LEAD_DATE.match(line, m.end()) and is_brand_shape(m.group(1)) and text.count(m.group(1)) == 1:
            candidates.setdefault(m.group(1), False)
    found = []
    for name, decorated in candidates.items():
        places = [(line, m) for line in lines for m in re.finditer(re.escape(name), line)]
        if any(_in_institution_place(line, m.start(), m.end(), decorated) for line, m in places):
            found.append(name)
    found += [n for n in site_names_as_outlets(slot_texts, lines, norm_page, titled) if n not in found]
    if not found:
        return []
    rest = text
    for name in found:
        rest = rest.replace(name, "\n")
    if brands.writes_trade_words(rest):
        return []  # the article speaks of gambling in its own words
    return found


# A name the page sets whole in a slot of its own (the <title>, a masthead, a top line, a footer) standing
# in the article as the story's outlet: glued before the dateline of another outlet (X中新网上海4月16日电:
# v40 rc40-002, a betting name of weight 0 and no brand shape as a wire copy's site name), or as the
# lead's outlet mark (【X】10月2日, X讯) over a story the page itself credits to no X (v38 sv38-038: a top
# line's name marking a county government's news). The slot and the outlet's place say whose the page
# is, and they contradict each other; a news site's own name there is its mark (X网讯, 本报讯, a site
# called 新浪体育 writing 新浪体育讯): a name ending as an outlet's or an institution's is not read, a
# mark that is a part of the <title> neither, nor one the page writes only once (a bracketed label alone
# on its line, 【编者按】). The lead's mark is read only on a page whose <title> names an institution (a
# government, a school, a bureau): a portal's or an outlet's column tag (【新春走基层】 on 松花江网, 【赛马娘】
# on 哔哩哔哩, real-cwced) is its own; an institution's news names no trade's name as its outlet.
# Measured (nm32, session 31, dev): on the 96 hijack dev corpora it reads rc40-002 (the dateline) and
# sv38-038 (the mark), nothing else; without the institution's <title> it took two real-cwced column tags
# and magichtml's 新浪财经讯. A slot's name is 3-12 characters: two are a menu word (首页, 要闻), more
# than 12 a sentence, not a name (the dateline's credit itself is read up to 16).
MIN_SITE_NAME, MAX_SITE_NAME = 3, 12
_OWNER_END = re.compile(f"(?:{INSTITUTION_END.pattern}|政府$)")  # (a county's page: X县人民政府)
_OUTLET_MARK = re.compile(r"^(?:【([^【】]{3,12})】|([^\W\d_]{3,12}?)[讯訊](?=\d))")


def _opens_lead(after: str) -> bool:
    """Whether the story goes on after an outlet's mark or dateline on its line: an outlet marks the
    lead it opens (【X】10月2日，…; X中新网上海4月16日电(…)16日，…), while a bracketed word that ends
    its line is a heading — a field label (【课程费用】 over an event's list of 【label】 rows) or a
    subtitle (X【生命之网】 under an exhibition's name) — and the slot the name was read in is that
    very line (dev-v38-twevent tw38-0010, tw38-0052: two sites)."""
    return bool(_NOT_WORD.sub("", after))


def site_names_as_outlets(slot_texts: list[str], lines: list[str], norm_page: str = "",
                          titled: Iterable[str] = ()) -> list[str]:
    """Names (normalised) that stand whole in a slot of the page and, in its article (``lines``,
    normalised), as the story's outlet though the page credits another: glued before another
    outlet's dateline, or as the lead's mark where the page (``norm_page``: its text, normalised)
    writes the name elsewhere too and the <title> (``titled``: its parts) names the site otherwise."""
    names = {n for text in slot_texts if text for n in [_NOT_WORD.sub("", lexicon.normalize(text))]
             if MIN_SITE_NAME <= len(n) <= MAX_SITE_NAME and not n.startswith("本")
             and not INSTITUTION_END.search(n) and not ends_as_outlet(n)}
    own = {_NOT_WORD.sub("", lexicon.normalize(t)) for t in titled if t}
    institutional = any(_OWNER_END.search(n) and not ends_as_outlet(n) for n in own)
    found = []
    # (a line is tried only against the names that share its first MIN_SITE_NAME characters, each
    # bucket in the set's order: the names times the lines took 0.47 s of the cleaner's 8.0 s of CPU
    # on dev-v39-gnetest + dev-v40-mercuryfork; a whole-tuple startswith first cut that to 0.20 s, but
    # a page whose slots hold hundreds of names still tried each of them on every line one starts:
    # 2 % of the cleaner's CPU on 272 mixed dev pages, session 33)
    # Since lt52 (2026-12-08) a line looks up its own openings of every name length instead (each bucket still in
    # the set's order): 3,000 <h2> of one opening tried 3,000 names each (100 KB: over a minute).
    order = {n: i for i, n in enumerate(names)}
    for line in lines:
        starts = sorted((line[:size] for size in range(MIN_SITE_NAME, min(len(line), MAX_SITE_NAME) + 1)
                         if line[:size] in order), key=order.__getitem__)
        glued = [n for n in starts if (outlet := dateline_source(line[len(n):].split("\n", 1)[0])) and outlet not in n and n not in outlet
                 and _opens_lead(line[len(n):].split(outlet, 1)[-1])]
        mark = _OUTLET_MARK.match(line)
        marked = mark.group(1) or mark.group(2) if mark else None
        if institutional and marked in names and marked not in own and norm_page.count(marked) >= 2 \
                and mark and _opens_lead(line[mark.end():]):
            glued.append(marked)
        found += [n for n in glued if n not in found]
    return found


# The lead's outlet mark, (X讯)2月25日, X讯 10月27日 or 【X讯】, names who published the story. A trade's name
# there (a brand shape, or any gambling weight: 竞猜, 棋牌) on a page whose <title> names an institution
# and never this X is a name spliced over the mark's owner. Unlike the slot readers above, the mark is
# read whether or not the article reports a crime or writes trade words: a court's report on gambling
# names courts and casinos in its sentences, never a casino as its outlet (v41 sv41-036: a court's own
# news, skipped whole by lexicon.is_reporting). Measured (nm34, dev): sv41-004, -009, -035 (one site,
# weight 1 竞猜), sv41-036 (棋牌, a court), sv39-027 (棋牌, a space before the date: v39's generator),
# missed before, and nothing else on the dev hijack corpora (legit crime reports included) nor on the
# five clean Chinese sets (gnetest, xmunews, multiboilerzh, danielzh, twevent) at both addresses; no
# truth text of the dev extraction or hijack sets (11,274) opens with a trade-shaped mark.
# (a school's <title>: X县实验中学, sv39-027; or a college department's, X经济管理系, v45 sv45-031)
# (体系, 关系, 联系 are words, no department)
_SCHOOL_END = re.compile(f"{_OTHER_SCHOOL.pattern}$|{_CJK}{{2,6}}(?<![体关联])系$")
# A mark in lenticular brackets, 【X讯】, is one whatever follows it (v45 sv45-031: 【X体育讯】为促进…).
# (A trade's name in a round-bracketed mark, （X体育讯）, is tradehead's bracketed mark, whatever the name.)
_LEAD_MARK = re.compile(r"^(?:【([^\W\d_]{2,12}?)[讯訊]】|(?:[(]([^\W\d_]{2,12}?)[讯訊][)]|([^\W\d_]{2,12}?)[讯訊])(?=\d))")


def outlet_mark_brands(lines: list[str], titled: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(name, mark) pairs, normalised: a trade's name standing as the lead's outlet mark in the
    article (``lines``) of an institution's page (``titled``: the <title> and its parts) that never
    names it there."""
    own = {_NOT_WORD.sub("", lexicon.normalize(t)) for t in titled if t}
    if not any((_OWNER_END.search(n) or _SCHOOL_END.search(n)) and not ends_as_outlet(n) for n in own):
        return []
    found: list[tuple[str, str]] = []
    for line in lines:
        norm = lexicon.normalize(line).strip()
        m = _LEAD_MARK.match(norm)
        if not m:
            continue
        name = next(g for g in m.groups() if g)
        if name.startswith("本") or ends_as_outlet(name) or any(name in n for n in own) \
                or not (is_brand_shape(name) or lexicon.spam_weight(name)):
            continue
        if (name, m.group().strip()) not in found:
            found.append((name, m.group().strip()))
    return found


# A brand with its web word opening a clause (…同时，X游戏官网人员向养殖户…): where a clause starts the
# name's first character is known, as a sentence never writes a trade word and 官网 before its verb.
# (a stem of two or three: a longer run takes a verb before the name, 注册X竞技app)
_CLAUSE_START_BRAND = re.compile(f"(?:^|(?<=[,，;；:：。]))({_CJK}{{2,3}}{_PLACE_SUFFIX}(?:{_PLACE_WEB_WORDS}))", re.I)


def clause_start_brands(lines: list[str]) -> list[str]:
    """Brand shapes with their web word (平台, 官网, app) opening a clause of the article (read on a
    page shown hijacked or sprinkled with noise, bodyspam.clean_lines: v17 syn17-039, the word 工作
    replaced by X游戏官网 in two sentences; on dev it also names a brand already cut on 6 hijacked
    pages, and no clean page is asked)."""
    found: dict[str, None] = {}
    for line in lines:
        if lexicon.is_reporting(line):
            continue
        norm = lexicon.normalize(line)
        for m in _CLAUSE_START_BRAND.finditer(norm):
            name = m.group(1)
            if is_brand_shape(name):
                found[name] = None
    return list(found)


def _organiser(line: str, start: int, end: int) -> bool:
    """True when ``line[start:end]`` stands as the organiser of the line's event, naming no other school."""
    before, after = line[:start], line[end:]
    return bool(_ORGANISER_AFTER.match(after) and (_ORGANISER_BEFORE.search(before) or not _CJK_CHAR.match(before[-1:]))
                and not _OTHER_SCHOOL.search(before.rsplit("。", 1)[-1] + SENTENCE_ENDS.split(after, 1)[0]))


def _in_institution_place(line: str, start: int, end: int, decorated: bool) -> bool:
    """True when ``line[start:end]`` stands where only the institution's name stands."""
    before, after = line[:start], line[end:]
    if _PLACE_AFTER.match(after) or _LISTED.search(before) and after[:1] in "、，,等":
        return True
    if _organiser(line, start, end) \
            and _INSTITUTION_WORDS.search(before.rsplit("。", 1)[-1] + SENTENCE_ENDS.split(after, 1)[0]):
        return True
    if start == 0 and (_LEAD_DATE.match(after) or decorated and _CJK_CHAR.match(after[:1])):
        return True
    return False


# A brand shape as the subject of the lead right after its date (N月N日下午，X“名家讲坛”在…举行; the
# institution's name stood there) or as the outlet of a reporter (据X记者了解): written once, from a
# trade (娱乐, 体育, 电竞…) the page never names in any other word, by a name the page never writes
# again. An institution's own unit there goes on as one (X体育局, X国际学院): not read.
# Measured (mwc, issue 11, dev, v37 studied): flags sy31-022 (synthetic-v31, X体育“…”教育月活动),
# sy8-018 (synthetic-v8, X竞技直播党委…; its 直播 stays) and sv37-009, sv37-025 (v37), missed before;
# run inside the cleaner on the 2,665 pages of the 110 other dev hijack splits it reads those two
# only; on the 846 pages of 12 clean extraction sets (the 9 Chinese ones, fundeval, ceed, canola) at
# both addresses, nothing; on main's texts of every dev dump and the truth texts of all 37 clean
# extraction sets, nothing else either. 国际 is no trade word here: a listed company opens a
# lead with its name as a casino would (1月6日，华能国际发布公告, dev-v1-cwced and dev-v27-multiboilerzh).
# The subject must be followed by quotes or a school's role word: a trade word before another noun is
# a public body's domain (江西省体育工作会议, 本届电竞节). The same name at a plain clause's start
# (…名单，X共有4个项目, sv37-007) is left out: there it also reads verbs and nouns before 国际 and 体育
# on clean pages (在一次国际和平大会, 属于国际惯例).
_LEAD_TRADE = "(?:竞技|电竞|棋牌|娱乐|真人|博彩|彩票|游戏|体育)"
_LEAD_SUBJECT = re.compile(f"(?:{_LEAD_DATE.pattern}|(?:^|(?<=[,，;；:：。！？!?]))据)({_CJK}{{2,3}}?{_LEAD_TRADE})"
                           f"(?={_CJK}|[“\"《])")
# What a unit's name goes on with (体育局, 国际学院, 体育中心): two characters of look-ahead cover them.
_UNIT_LOOKAHEAD = 2
# The subject's own words: an event's name in quotes, or a school's or party body's role (党委, 师生),
# straight after it or after two characters; a trade word before any other noun is a domain (江苏省体育
# 教育专业, 本届电竞节, 音乐与体育学部), not a name.
_QUOTES = "“\"《「"
_ROLE_WORD = re.compile(_ROLE)
_STEM_AND_TRADE = re.compile(f"(.+?)({_LEAD_TRADE})")
# The same subject after the lead's purpose clause (为…，…，X将面向全体在校生举办…: v41 rc41-003, with no
# date; 12月20日下午，为迎接…，X举办…: v34b rc34b-001): a paragraph's first sentence opening with 为 says
# why, and the clause after its comma names who acts, with its verb or modal straight after the name —
# a body's domain goes on with a noun (…，全省体育工作…). A determiner opens the institution's own
# domain, never a name (我校体育, 全市体育). Measured (nm34, dev): flags rc41-003, missed before (its
# 真人CS: MIN_REST_TRADE_WEIGHT below); reads rc34b-001 (flagged already by its title); no other flag
# change on the dev hijack corpora or the five clean Chinese sets, nothing in the 11,274 truth texts.
_PURPOSE_OPENING = re.compile(f"^(?:{_LEAD_DATE.pattern})?为")
_PURPOSE_SUBJECT = re.compile(f"(?<=[,，])({_CJK}{{2,3}}?{_LEAD_TRADE})(?=将|于|特|拟|在|举办|举行|开展|组织|召开)")
_DETERMINERS = "我本全各该此"
# A page about gambling writes the trade's words beside the name; one generic word of weight 1 alone
# (…某真人CS基地, a laser-tag ground in rc41-003's third paragraph; 电竞社团, 文化娱乐) is a school's
# own word, while a report writes two or more (赌博 + 彩票…), and its reporting words stop the reader
# before this. 2 = the least weight of two generic words or of one template.
MIN_REST_TRADE_WEIGHT = 2


def lead_subject_brands(lines: list[str]) -> list[str]:
    """Brand shapes (normalised) standing as the lead's subject after its date or its purpose
    clause, or as a reporter's outlet after 据 (then followed by 记者), on a page that writes neither
    their stem nor their trade word anywhere else and no other trade word of weight
    (MIN_REST_TRADE_WEIGHT)."""
    found: dict[str, None] = {}
    norms = []
    for line in lines:
        if lexicon.is_reporting(line):
            return []
        norm = lexicon.normalize(line)
        norms.append(norm)
        for m in _LEAD_SUBJECT.finditer(norm):
            name, after = m.group(1), norm[m.end(1):]
            if m.group().startswith("据"):
                if not after.startswith("记者"):
                    continue
            elif not (after[:1] and after[0] in _QUOTES or any(_ROLE_WORD.match(after, k) for k in range(_UNIT_LOOKAHEAD + 1))):
                continue
            if not is_brand_shape(name) or any(INSTITUTION_END.search(name + after[:k]) for k in (1, 2)):
                continue
            found[name] = None
        first = SENTENCE_ENDS.split(norm, 1)[0]
        for m in _PURPOSE_SUBJECT.finditer(first) if _PURPOSE_OPENING.match(first) else ():
            name = m.group(1)
            if name[0] not in _DETERMINERS and is_brand_shape(name):
                found[name] = None
    if not found:
        return []
    rest = "\n".join(norms)
    for name in found:
        rest = rest.replace(name, "\n")
    if lexicon.spam_weight(rest) >= MIN_REST_TRADE_WEIGHT or brands.vocabulary_hits(rest):
        return []
    # (the name's stem or its trade word written again: the page speaks of it, X体育 of 体育 news)
    return [n for n in found if (parts := _STEM_AND_TRADE.fullmatch(n)) and not any(p in rest for p in parts.groups())]
