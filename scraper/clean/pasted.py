"""Keywords pasted into the article's text: keyword lines (a paragraph that lists gambling/porn
keywords instead of saying something), keyword pairs glued into sentences, a keyword phrase glued
to a paragraph's end, keyword runs that lead to a bare spam domain."""
from __future__ import annotations

import re
from collections import Counter
from os.path import commonprefix

from scraper.clean import brands, lexicon
from scraper.clean.tokens import CLAUSE_WORD
from scraper.clean.writing import HAN, SENTENCE_ENDS, code_shaped

_CJK = "[\u4e00-\u9fff]"
# A keyword line: at least this many distinct spam terms, covering at least this share of the
# line's characters, in a line without sentence punctuation (prose has verbs and 。).
MIN_KEYWORDS, MIN_KEYWORD_SHARE = 3, 0.4
MAX_KEYWORD_LINE = 300
# ...or a chain of at least this many phrases, this share of which hold a spam term (the porn
# chain of real-cases-v3 has 5 of 8; no line of a clean dev page has 3 terms in half its parts).
MIN_CHAIN_PARTS, MIN_CHAIN_SHARE = 4, 0.5
_LABEL = re.compile(r"^\s*[^\s:：]{1,10}\s*[:：]")
_LIST_SEPARATOR = re.compile(r"[\s,，、|/；;]+")
_CHAIN_SEPARATOR = re.compile(r"[\s,，、|/；;_]+")  # search phrases are chained with "_" too

# Words of an injected keyword run that leads to a spam domain: Latin brand tokens, online
# lottery games (腾讯分分彩), brand shapes, vocabulary; only ever read next to such a domain.
_RUN_TOKEN = re.compile(f"{_CJK}{{2}}(?:分分彩|时时彩|快三|快乐十分|飞艇)")


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
    # (nor is code's: a member written in a programming article's code, this.sex = sex;)
    if not domains or not HAN.search(line) or lexicon.is_reporting(line) or code_shaped(line):
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
# A longer variant names a kind of the keyword before it (篮球 before 比分直播); one that adds a
# clause's words (tokens.CLAUSE_WORD: a subject pronoun, a particle) is prose answering
# itself, a slogan's two halves (熊猫不打伞，我也不打伞, quoted twice in a report: dev-v31-danielzh
# dz31-016), which no search box is typed with. Measured 2026-12-05 (dev hijack sets, shared corpus, 9 clean sets):
# spares that pair only; no hijacked page's pair adds one.


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
            return [] if CLAUSE_WORD.search(run_r[:p]) else [f"{word}{mark}{run_r[:p + k]}"]  # 比分直播,篮球比分直播
        if p == 0:  # X棋牌,X棋牌下载: which tail is the keyword's, its repeats tell
            return [f"{word}{mark}{run_r[:k + n]}" for n in range(1, MAX_PAIR_TAIL + 1) if len(run_r) > k + n - 1]
    return []


# The characters either side of a pair that make its setting (dev-v34-xmunews xm34-002: 市场利率降低，
# 房贷利率降低，吸引更多资金… in the summary and again in the body, a clean page flagged; fx25's variant
# c6e5eca, wired with fp27's furniture readers).
PAIR_SETTING = 4


def keyword_pairs(lines: list[str]) -> list[str]:
    """Keyword pairs pasted into the sentences of ``lines`` (v3 miss G), as written."""
    # (a pair counts once per setting, the words around it: an article that repeats its own sentence,
    # a summary above the body, repeats the pair in one setting; a paster glues it into many)
    settings: dict[str, set[str]] = {}
    for line in lines:
        if "," not in line and "，" not in line or lexicon.is_reporting(line):
            continue
        for m in _PAIR_COMMA.finditer(line):
            for pair in _pairs_at(line, m.start()):
                at = m.start() - pair.index(line[m.start()])
                if at > 0 and HAN.match(line, at - 1):  # glued between a sentence's words
                    end = at + len(pair)
                    settings.setdefault(pair, set()).add(line[max(0, at - PAIR_SETTING):at] + "|"
                                                         + line[end:end + PAIR_SETTING])
    counts = Counter({pair: len(around) for pair, around in settings.items()})
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
        if len(HAN.findall(norm)) * 2 < len(norm):
            continue
        # (a keyword set as a title of its own, 。《X比分预测》, needs only a spam morpheme: a
        # paragraph's last words are no book title unless they credit a paper, 。《中国体育报》)
        if not (keyword_terms(tail) or _BOOK_TITLE.fullmatch(tail) and brands.may_be_spam(tail)
                and not _PUBLICATION.search(tail[1:-1])):
            continue
        if written is None:
            whole = lexicon.normalize("\n".join(lines))
            written = Counter(whole[k:k + 2] for k in range(len(whole) - 1))
        pairs = Counter(norm[k:k + 2] for k in range(len(norm) - 1) if HAN.match(norm[k]))
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
            or SENTENCE_ENDS.search(line) or not brands.may_be_spam(line) or lexicon.is_reporting(line)):
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


# --- Search-suggestion lists (v10 real: ten lines 淘球app官方网站 / 淘球app下载安装 / 淘球app店铺… above a
# borrowed article): what a search box suggests for a brand, pasted as lines for crawlers. A run of
# at least MIN_SUGGESTIONS consecutive short lines, no sentence among them, that all start with one
# stem of MIN_SUGGESTION_STEM characters or more, at least MIN_PROMO_SHARE of them with a web or
# download word after it. A site's own lists that share a head (学院概况, 学院简介, 学院领导…) have a
# two-character head and no promo words; a table of contents has sentences' titles.
MIN_SUGGESTIONS = 5
MIN_SUGGESTION_STEM = 3
MIN_PROMO_SHARE = 0.5
MAX_SUGGESTION = 20  # characters (normalised) of one suggestion; the dev list's longest: 12
_SUGGESTION_PROMO = re.compile("官方|官网|网站|下载|安装|入口|注册|登录|平台|app|版")


def suggestion_lists(lines: list[str], links: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, list[str]]]:
    """(stem, its lines) for each search-suggestion list among ``lines`` (see above); a line that
    is a link's text (``links``) is the site's menu (F.A.Z. App, F.A.Z. Kiosk App…), not pasted."""
    found = []
    norms = ["" if line.strip() in links else lexicon.normalize(line) for line in lines]
    i = 0
    while i < len(norms):
        j = i
        while j < len(norms) and 0 < len(norms[j]) <= MAX_SUGGESTION and not SENTENCE_ENDS.search(lines[j]) \
                and "，" not in norms[j] and "," not in norms[j]:
            j += 1
        run = norms[i:j]
        # the longest stretch of the run that shares one stem, from each line k on: [k, ends[k]), its stem
        # as long as stems[k] (see _stretches)
        ends, stems = _stretches(run)
        promos: dict[tuple[int, int], dict[int, int]] = {}
        k = 0
        while k + MIN_SUGGESTIONS <= len(run):
            m, stem_len = ends[k], stems[k]
            if m - k >= MIN_SUGGESTIONS and stem_len >= MIN_SUGGESTION_STEM \
                    and _promo_tails(run, promos, k, m, stem_len) >= MIN_PROMO_SHARE * (m - k):
                found.append((run[k][:stem_len], [lines[i + n].strip() for n in range(k, m)]))
                k = m
            else:
                k += 1
        i = max(j, i + 1)
    return found


def _stretches(run: list[str]) -> tuple[list[int], list[int]]:
    """For each line k of ``run``: where the stretch of lines from k that share a stem of
    MIN_SUGGESTION_STEM characters ends (the first line whose common prefix with the line before it is
    shorter), and how long the common prefix of that stretch is (0 for a stretch of one line).

    The common prefix of lines is the shortest common prefix of two neighbours among them, so both are
    read off the neighbours' prefixes from the last line back: re-reading each stretch from every line
    it holds was quadratic in a run of alike lines (3,000 <h1> of one headline took minutes)."""
    n = len(run)
    ends, stems = [n] * n, [0] * n
    for k in range(n - 2, -1, -1):
        shared = len(commonprefix(run[k:k + 2]))
        if shared >= MIN_SUGGESTION_STEM:
            ends[k] = ends[k + 1]
            stems[k] = shared if ends[k + 1] == k + 2 else min(shared, stems[k + 1])
        else:
            ends[k] = k + 1
    return ends, stems


def _promo_tails(run: list[str], promos: dict[tuple[int, int], dict[int, int]], k: int, end: int, stem_len: int) -> int:
    """How many lines of ``run[k:end]`` write a promo word after their first ``stem_len`` characters;
    counts kept in ``promos`` by (end, stem_len), as running sums from each line to ``end``."""
    sums = promos.get((end, stem_len))
    if sums is None:  # (down to the first k asked about: the k asked later are greater)
        sums = promos[(end, stem_len)] = {end: 0}
        for n in range(end - 1, k - 1, -1):
            sums[n] = sums[n + 1] + (1 if _SUGGESTION_PROMO.search(run[n][stem_len:]) else 0)
    return sums[k]
