"""Sentences that sell to the reader: an invitation (请访问, 推荐, 注册, 想要…) and a promise of
money or of a bet (赢现金, 注册即送88元, 充值秒到账, 提现无忧) in one sentence. A government or
school article reports; it does not promise its reader winnings. On a page already proven hijacked
by evidence of its own (a hidden farm, a redirecting script, a spam title), such a sentence is the
injection's pitch and goes whole, whatever name it sells and however that name is spelled (circled
letters, spaces, zero-width joiners): the residue rule asked of the sentence's act, not of its name.

Asked of every article line of a proven page; it decides nothing on a page with no other proof
(a report on gambling quotes pitches, and the lexicon of pitches must not flag a page alone).
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Callable, Collection

from scraper.clean import brands, lexicon
from scraper.clean.dom import host_of, squash, text_of

# The reader addressed: a call to visit, try, choose, register, top up (请访问, 小编推荐, 还想试试,
# 立即注册). 访问 alone is also a delegation's visit (来校访问): only 请访问/欢迎访问 count.
_CALL = re.compile(r"请访问|欢迎访问|推荐|试试|想要|还想|快来|点击|立即|马上|注册|下载|扫码|建议选择|建議選擇")
# A promise of money or of a bet to the reader. 赢 alone is 赢得 (won praise) in every school
# report: only winning money counts; 奖金 alone is a prize's money in a report: only with 赢/送.
_OFFER = re.compile(r"赢取|赢现金|赢钱|赢大奖|彩金|体验金|充值|提现|秒到账|[即就]送\s*\d|送\s*\d+\s*元|返水|"
                    r"手气|在线玩|投注|下注|娱乐城|老虎机|百家乐")
# Sentences end at 。！；; (a question to the reader and its answer are one pitch: 还想试试手气?X平台,充值秒到账).
_SENTENCE = re.compile(r"(?<=[。！!；;])")


# Somebody the story quotes speaking before the call (飯店主管說,過年期間小賭試試手氣: v47 rc47-034, a
# Kenting hotel manager on New-Year games in a copied news story): a report of what was said, not the
# page's own address to the reader. Read only up to the call: a pitch quoting nobody before its call.
_SPEAKER_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,}(?:说|表示|指出|坦言|透露)[,，:：]")


def is_pitch(sentence: str) -> bool:
    """True for a sentence that invites the reader and promises money or a bet, and does not
    report on gambling (诱导学生注册账号、充值下注 in a warning: the lexicon's reporting words)."""
    call = _CALL.search(sentence)
    if not call or not _OFFER.search(sentence) or lexicon.is_reporting(sentence):
        return False
    return not _SPEAKER_BEFORE.search(sentence[:call.start()])


def cut_pitches(line: str) -> tuple[str, list[str]]:
    """(``line`` without its selling sentences, the sentences cut), read in simplified script
    (線上真人百家樂，註冊即送體驗金: v29 syn29-029) and cut as written."""
    read = lexicon.simplified(line)
    if not _OFFER.search(read):
        return line, []
    kept: list[str] = []
    cut: list[str] = []
    start = 0
    for sentence in _SENTENCE.split(read):  # (one character for one: the same offsets in ``line``)
        (cut if is_pitch(sentence) else kept).append(line[start:start + len(sentence)])
        start += len(sentence)
    return ("".join(kept).strip(), [s.strip() for s in cut if s.strip()]) if cut else (line, [])


# --- Lines outside the article that sell a trade the article never mentions (v12 §4, §5b) ---
# A sidebar item, a comment post, a footer credit or a box of links that advertises gambling,
# pills, payday loans or porn, in any language, on a page whose own article never names that
# trade: the page is not about the trade, so the advertisement was put there. A page about a
# lottery, a casino's revenue or a drug's recall names its trade in its own text and is not read.
# The vocabulary is data (vocabulary/trades.toml, vocabulary/README.md says where it came from);
# the question asked of it is the page's.

_TRADES_DATA = tomllib.loads((Path(__file__).with_name("vocabulary") / "trades.toml").read_text(encoding="utf-8"))
_LETTER = "a-zà-ÿāăąćčďđēęěğīıľłńňőœřśşšţťūůűźżžơưạ-ỹ"


def _words(terms: list[str]) -> re.Pattern[str]:
    """Whole words or phrases of ``terms`` (any spacing between a phrase's words), case-folded."""
    # longest first, ties in a fixed order: the same pattern text in every process (stored compiled:
    # core.precompiled); two phrases of one length never match the same text, so no match changes
    alternatives = sorted({r"[\s\-]+".join(map(re.escape, t.lower().split())) for t in terms}, key=lambda a: (-len(a), a))
    # (the lookahead of the words' first letters rejects in one test the positions where none
    # starts, before the alternation tries each word there)
    return re.compile(f"(?<![{_LETTER}])(?={_first_letters(terms)})(?:{'|'.join(alternatives)})(?![{_LETTER}])", re.I)


def _first_letters(terms: list[str]) -> str:
    """A class of the letters ``terms`` start with (read case-folded, as the words are)."""
    return "[" + "".join(sorted({re.escape(t.lower().split()[0][0]) for t in terms})) + "]"


_NOT_TRADES = ("register", "warning")  # (sections of words that are no trade's)
_TRADE_WORDS = {trade: _words(section["terms"]) for trade, section in _TRADES_DATA.items() if trade not in _NOT_TRADES}
# A text holding none of the letters the trades' words start with names no trade (most lines of
# a Chinese page): one test instead of one search per trade. Over 14,064 lines of 50 large
# dev-v1-cwced/magichtml pages, 30 dev-aeb pages and the real-cases v10-v14 pages: trades_named
# 0.90 -> 0.40 s of CPU with both tests, same trades (13.9 ms of a large page's 155 before).
_ANY_TRADE_WORD = re.compile(_first_letters([t for trade, section in _TRADES_DATA.items() if trade not in _NOT_TRADES
                                             for t in section["terms"]]), re.I)
# ...and an ASCII text none of whose words is the first word of a trade's term names no trade: a
# term matches where a whole run of letters is its first word, and on ASCII text re.I folds as
# str.lower does (no term's first word holds a letter re.I equates with an ASCII one). One reading
# of the line's words, where each trade's pattern was searched in turn on nearly every English line
# (they hold the first letters). Over 114,852 lines of dev-v21-evanextract, dev-v20-omnivore and
# dev-v1-cwced pages: the trades part 1.09 -> 0.44 s of CPU, the same trades.
_LETTER_RUN = re.compile(f"[{_LETTER}]+", re.I)


def _first_words(terms: list[str]) -> frozenset[str] | None:
    """The first word (run of letters) of each of ``terms``; None when one starts otherwise (then
    a line's words rule out no trade)."""
    words: set[str] = set()
    for term in terms:
        m = _LETTER_RUN.match(term.lower())
        if m is None:
            return None
        words.add(m.group())
    return frozenset(words)


_FIRST_WORDS = _first_words([t for trade, section in _TRADES_DATA.items() if trade not in _NOT_TRADES
                             for t in section["terms"]])
_REGISTER = _words(_TRADES_DATA["register"]["terms"])
_WARNING = _words(_TRADES_DATA["warning"]["terms"])
# A trade's one-word terms, read inside a host's name where words are glued (bestcasinoonline).
_SINGLE_WORDS = {trade: [t for t in section["terms"] if " " not in t and len(t) >= 5]
                 for trade, section in _TRADES_DATA.items() if trade not in _NOT_TRADES}
# Two of a trade's words in a line of at most this many words are a keyword run; in a longer line,
# a comment's prose about the trade (a clean dev-dragnet blog's thread on porn and media).
MAX_KEYWORD_RUN = 12
# A dose is the pill shop's register too (100mg). Sums of money and percentages are not: a news
# site's related headlines write them ("ticket holder wins £105m jackpot", a clean dev-aeb page).
_DOSE = re.compile(r"\d\s?mg(?![a-z])", re.I)
# The Chinese selling register (the lexicon's promo words and a brand's number: 下载最新地址524).
_CJK_REGISTER = re.compile(r"官网|官方|入口|注册|註冊|开户|開戶|下载|下載|登录|登錄|网址|網址|地址|线路|線路|app|\d{3,}", re.I)
# A site that lives on a trade writes it all over its chrome (a betting-news portal's menus and
# ads); an injection adds an item or a post. At most this many selling lines of one trade.
# (The v12 dev pages hold 1-4 selling lines of one trade; twelve leaves room for a comment flood.)
MAX_SELLING_LINES = 12
# Lines longer than this are a paragraph of text, not an item, a post or a credit.
MAX_SELLING_LINE = 400


# A Chinese name sold with its promo words names its trade by its suffix (X棋牌下载, X真人平台);
# 体育, 国际, 娱乐 and 电竞 also end sports, news and games portals' names (X体育APP下载).
_CJK_TRADE = re.compile("娱乐城|娱乐场|棋牌|真人|博彩|赌场|彩票|网投")
# A brand's name as sites for a trade spell it: letters glued to a number (x88, bet365, kancil99).
_NUMBERED_NAME = re.compile(r"(?<![a-z0-9])[a-z]{3,16}\d{2,4}(?![a-z0-9])", re.I)
# A line with no trade word sells a numbered name when it holds this many register words
# (link alternatif … resmi — daftar sekarang bonus); one or two are a shop's or a newsletter's.
MIN_BRAND_REGISTER = 3


def _names_no_trade(text: str) -> bool:
    """True when ``text`` can hold no word of a trade: none of their first letters, or (in ASCII) none
    of their first words."""
    if not _ANY_TRADE_WORD.search(text):
        return True
    return text.isascii() and _FIRST_WORDS is not None and _FIRST_WORDS.isdisjoint(
        w.lower() for w in _LETTER_RUN.findall(text))


def trades_named(text: str) -> set[str]:
    """The trades whose words ``text`` writes (``"zh"`` for the Chinese lexicon's gambling and porn,
    ``"brand"`` for a numbered name sold in the register's words)."""
    found = set() if _names_no_trade(text) else {trade for trade, words in _TRADE_WORDS.items() if words.search(text)}
    if _NUMBERED_NAME.search(text) and len({m.group().lower() for m in _REGISTER.finditer(text)}) >= MIN_BRAND_REGISTER:
        found.add("brand")
    if re.search("[\u4e00-\u9fff]", text) and (lexicon.has_brand(text) or any(
            _CJK_TRADE.search(span) for span in brands.promo_spans(text))):
        found.add("zh")
    return found


def _sells(line: str, trade: str) -> bool:
    """True when ``line``, which names ``trade``, is written in the selling register."""
    if trade == "zh":
        return bool(_CJK_REGISTER.search(lexicon.normalize(line))) and not lexicon.is_reporting(line)
    if trade == "brand":
        return True  # (named for its register)
    if _REGISTER.search(line) or _DOSE.search(line):
        return True
    if _WARNING.search(line):  # a helpline names the trade and a host named after it, and sells nothing
        return False
    if any(_in_trade(host, trade) for host in brands.host_names(line)):
        return True
    # a run of the trade's keywords (taking viagra after cialis), not a comment's prose about it
    return len(line.split()) <= MAX_KEYWORD_RUN and sum(1 for _ in _TRADE_WORDS[trade].finditer(line)) >= 2


def _in_trade(host: str, trade: str) -> bool:
    """True when ``host`` is named after ``trade`` (orders-cialis.info, casino-checker.com): a shop
    of the trade. A study a comment cites about it is hosted by a university, not by the trade."""
    bare = host.replace("-", "").replace(".", " ")
    return any(_TRADE_WORDS[trade].search(bare) or w in bare for w in _SINGLE_WORDS[trade])


def _writes_trade(text: str, trade: str, line: str) -> bool:
    if trade == "brand":
        return any(m.group().lower() in text.lower() for m in _NUMBERED_NAME.finditer(line))
    if trade == "zh":
        norm = lexicon.normalize(text)
        return bool(lexicon.spam_weight(norm) or brands.vocabulary_hits(norm) or brands.promo_spans(text))
    return bool(_TRADE_WORDS[trade].search(text))


# A menu is a list (its outermost <ul>, <ol>, <nav> or <menu>) of at least this many links, most
# of them into the site: the site's navigation. The own-host links that sold on dev hijacked pages
# were parasite pages in short lists (a "latest" box of 3 links, 1 of them real; a side list of
# 1: real-cases-v12 rc12-016, synthetic-v12 022/035); the menus of dev-v19-articlex's betting
# chrome hold 22 (13 home: a paper's footer) and 310 (a tech site's header).
MIN_MENU_LINKS = 10
_LISTS = frozenset(("ul", "ol", "nav", "menu"))


def _leads_home(href: str, is_own: Callable[[str], bool]) -> bool | None:
    """True for a link to a page of the site itself (a relative path, or one of its hosts), False
    for one away from it, None for one that leads nowhere (#, a script, mail, a phone number)."""
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    host = host_of(href)
    return not host or is_own(host)


def _menu_row(a):
    """The link row ``a`` stands in when it is no list's entry: its parent, when that holds
    MIN_MENU_LINKS links of its own children or more (a row of buttons in a <div>)."""
    parent = a.getparent()
    if parent is None or sum(1 for x in parent if x.tag == "a") < MIN_MENU_LINKS:
        return None
    return parent


# A link out of the site's own menu that tells where it was placed (utm_source/utm_medium...: a
# publisher's campaign tag on its owner's or partner's site, the footer's "Sports Betting" into the
# group's pools, dev-v3-htmldate mirror.co.uk) is an entry the site put in its menu itself.
_CAMPAIGN = re.compile(r"[?&]utm_(?:source|medium|campaign)=", re.I)


def home_link_texts(root, is_own: Callable[[str], bool]) -> set[str]:
    """The words of the links of the site's own menus that lead into the site: the entries of
    its navigation and its sections (the outermost list around the link, or the row of links it
    stands in, holds MIN_MENU_LINKS links or more, most of them into the site), with the whole
    text of such a row (its line on the page) and the menu's entries out of the site that carry a
    campaign tag (_CAMPAIGN)."""
    out: set[str] = set()
    judged: dict = {}  # outermost list or link row → is it a menu
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        home = _leads_home(href, is_own)
        if home is None or not (text := text_of(a)) or not home and not _CAMPAIGN.search(href):
            continue
        outer = None
        for el in a.iterancestors():
            if el.tag in _LISTS:
                outer = el
        row = outer is None
        if outer is None and (outer := _menu_row(a)) is None:
            continue
        if outer not in judged:
            links = (x for x in outer if x.tag == "a") if row else outer.iter("a")
            leads = [lead for x in links if (lead := _leads_home((x.get("href") or "").strip(), is_own))
                     is not None]
            judged[outer] = len(leads) >= MIN_MENU_LINKS and 2 * sum(leads) > len(leads)
            if judged[outer] and row:  # (spaceless: the page's lines space a row's boxes as text_of does not)
                out.add("".join(text_of(outer).split()))
        if judged[outer]:
            out.add(text)
    return out


# A link the page marks rel="nofollow" (or sponsored, ugc) is one the site says it does not vouch
# for: an ad slot it sold, a reader's post. Link spam is injected for the rank a followed link passes
# and never carries the mark: on dev no selling line of a hijacked page is such a link's text, while
# a clean real-l3s-en page (708163a2, a TV station's ADVERTISEMENT box of five nofollow text links,
# one of them "generic viagra") was flagged for one.
_UNVOUCHED = frozenset(("nofollow", "sponsored", "ugc"))


def unvouched_link_texts(root) -> set[str]:
    """The texts of the page's links marked as links the site does not vouch for (_UNVOUCHED)."""
    return {text for a in root.iter("a")
            if _UNVOUCHED.intersection((a.get("rel") or "").lower().split()) and (text := text_of(a))}


def selling_lines(lines: list[str], article: str, is_own: Callable[[str], bool] = lambda host: False,
                  menu_entries: Callable[[], Collection[str]] = tuple) -> list[tuple[str, str]]:
    """(line, trade) for the ``lines`` outside the article that sell a trade ``article`` (the
    article's own headline and text) never mentions; [] when the page lives on the trade. The
    site's own addresses (``is_own``) are its name, not an advertisement: a lottery portal's
    footer writes its own host, whatever language its article is in. A line that is the whole
    text of an entry of the site's menus leading into the site (``menu_entries``: the texts of those
    entries, home_link_texts, asked once a line sells) is its navigation, not an advertisement
    put there (a paper's footer entry for its betting section, a tech site's menu of its casino
    reviews: 4 clean dev-v19-articlex pages), or of a link the site marks as not vouched for
    (unvouched_link_texts: an ad it sold)."""
    found: dict[str, list[str]] = {}
    menus: list[Collection[str]] = []
    for line in lines:
        line = line.strip()
        if len(line) < 4 or len(line) > MAX_SELLING_LINE:
            continue
        read = line
        for host in brands.host_names(line):
            if is_own(host):
                read = re.sub(re.escape(host), " ", read, flags=re.I)
        for trade in trades_named(read):
            if _sells(read, trade):
                if not menus:
                    menus.append(menu_entries())
                # (spaced as a link's text: the page's text joins a link's boxes with other spaces,
                # dev-v2-trafilatura arteradio.com: the one page it changed on the dev sets measured 2026-12-05)
                if squash(line) in menus[0] or "".join(line.split()) in menus[0]:
                    break
                found.setdefault(trade, []).append(line)
    out = []
    for trade, sold in found.items():
        if len(sold) > MAX_SELLING_LINES:
            continue
        if trade != "brand" and _writes_trade(article, trade, ""):  # (the line matters to "brand" only)
            continue
        out += [(line, trade) for line in sold if trade != "brand" or not _writes_trade(article, trade, line)]
    return out
