"""Spam brands that no list knows yet, recognised by their shape, and a public spam vocabulary.

New casino brands appear every month; what stays is how they are written: a name glued to a
gambling suffix (``X体育``, ``X娱乐``, ``X棋牌``, ``X国际`` with a founding year), followed by
promo grammar (官网, 入口, 注册, 开户, 下载, 网址, 首页, app…), Latin prefixes and misspelt Latin
brands with digits (``b3t365``, ``ky开元``), and domain-like tokens on throwaway TLDs. These
shapes are read on the normalised text of ``lexicon.normalize``.

Two strengths, like the lexicon's:
  * :func:`promo_spans` — a shape that is spam wherever a page shows it outside its article
    (a title part, a link, a hidden block): name + gambling suffix + promo grammar, ``X国际`` +
    year, a Latin/digit brand + suffix, a spam-TLD domain.
  * :func:`brand_like` — a name + gambling suffix alone (``鑫盛棋牌``). Ordinary words have this
    shape too (休闲娱乐, 李宁体育), so it only adds weight to what structure already suspects.

The vocabulary (``vocabulary/*.txt``, selected from an Apache-2.0 list, see its README) adds
weight to keyword lines and hidden blocks; one hit never removes text by itself.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from core.domains import has_public_suffix
from scraper.clean import lexicon

_CJK = "[\u4e00-\u9fff]"
_CJK_CHAR = re.compile(_CJK)
# Suffixes that turn a name into a gambling brand.
SUFFIX = "(?:娱乐城|娱乐场|娱乐|棋牌|真人|电竞|博彩|赌场|彩票|体育|国际|网投|彩)"
_WEAK_SUFFIX = "(?:娱乐城|娱乐场|棋牌|真人|电竞|博彩|赌场|网投)"
# Promo grammar that follows a brand in SEO spam.
PROMO = ("(?:官网|官方网站|官方|入口|注册|开户|下载|登录|登陆|网址|首页|app|手机版|网页版|客户端|地址|信誉|平台|"
         "在线|直营|主页|网站|导航|网页)")
# Latin brands with digits, misspelt ones too: w88, hg0088, b3t365, 188bet, 8et365.
_LATIN_DIGIT = r"(?:(?:[a-z]{1,6}\d{1,4}){1,2}[a-z]{0,4}|\d{1,4}[a-z]{2,6}\d{0,4})"
_STEM = f"(?:[a-z]{{1,8}}\\d{{0,4}}|\\d{{2,4}})?{_CJK}{{2,4}}"
# (longest first; ties in a fixed order, so the pattern's text is the same in every process and its
# compiled form is stored: core.precompiled. Two TLDs of one length never both match, so no match changes.)
_SPAM_TLD = "(?:" + "|".join(sorted(lexicon.SPAM_TLDS - {"tv", "me", "in", "io", "la", "live", "online", "world", "life", "work"},
                                     key=lambda tld: (-len(tld), tld))) + ")"
# A domain name on a throwaway TLD, whole (the TLD ends the host: not x.cf.ac.uk).
_DOMAIN = f"(?<![a-z0-9.])(?:www\\.)?[a-z0-9][a-z0-9-]{{1,30}}\\.{_SPAM_TLD}(?![a-z0-9.-])"

# What spammers glue after a brand: more promo words, "(中国)".
_TAIL = f"(?:{SUFFIX}|{PROMO}|[(（]中国[)）]|下载|注册)*"
_PROMO_SHAPES = re.compile("(?:" + "|".join([
    f"{_STEM}{SUFFIX}[a-z0-9]{{0,6}}{PROMO}",                      # 鑫盛棋牌官网, 开元体育app下载
    f"{_CJK}{{2,4}}(?:官网|官方网站)(?:入口|注册|开户|下载|登录|登陆|网址|app|首页)",  # 万象城官网入口
    f"{_CJK}{{2,4}}(?:注册开户|开户注册|开户网址|投注网址|下注网址)",                   # 鼎盛注册开户
    f"{_CJK}{{2,4}}国际[(（\\-]?(?:since)?(?:19|20)\\d\\d(?![\\d年月届级])[a-z]{{0,4}}",  # 鸿运国际1998, X国际1946bv
    f"(?<![a-z0-9]){_LATIN_DIGIT}(?:{SUFFIX}|{PROMO}|亚洲版|中国版)",     # b3t365体育, 188bet官网
    f"(?<![a-z0-9])[a-z]{{2,10}}\\d{{0,4}}(?:{SUFFIX}){PROMO}",         # bob体育官网
    _DOMAIN,                                                              # xs-qp88.top, not x.cf.ac.uk
    # a firm named as a website (十大正规官网(中国)股份有限公司, 亚盈app(中国)有限公司): no registered company
    # holds its site's word before its firm mark; on every dev page (hijack sets, shared corpus, the 43
    # clean extraction sets) only rc27-013 and rc35-003 write it, both hijacked (v27, v35)
    f"(?:[a-z0-9]{{1,8}})?{_CJK}{{2,4}}(?:官网|官方网站|官方|app)[(（]中国[)）](?:股份)?有限公司",
]) + ")" + _TAIL)
# A brand glued before a title (乐竞首页博士生培养基金实施细则): name + promo word + more text.
_TITLE_PREFIX = re.compile(f"^(?:[a-z0-9]{{1,8}})?{_CJK}{{2,4}}(?:首页|官网|官方网站|网址|入口|登录|app下载|平台)(?={_CJK}{{4}})")
_BRAND_LIKE = re.compile("|".join([
    f"{_STEM}{_WEAK_SUFFIX}",
    f"(?<![a-z0-9])[a-z]{{2,8}}\\d{{0,4}}{_CJK}{{0,3}}(?:体育|娱乐|国际|棋牌|真人)",  # bob体育, ky开元棋牌
]))
# Names that have the shape but are public institutions, portals or the state lotteries.
_LEGIT = re.compile(
    "体育彩票|福利彩票|体彩|福彩|中国体育|国家体育|体育总局|体育局|体育中心|体育馆|体育场|体育学院|体育大学|体育频道|"
    "新浪|腾讯|网易|搜狐|凤凰|央视|人民|新华|国际交流|国际合作|国际学院|国际教育|国际学校|文化娱乐|休闲娱乐|群众|"
    "官方网站首页|政府|政务|学校|大学|学院|中国国际|"
    "(?:局|厅|委|院|馆|所|中心|协会|医院|银行|公司|集团|报社|电视台|部|办|处|校|网)(?:官网|官方网站|官方)")
# Latin/digit tokens that are technology, not brands (5g, mp3, win10, covid19, a320…).
_TECH = re.compile(r"^(?:[0-9]{1,2}g|mp[34]|win\d+|covid\d+|h\d{3}|a\d{3}|cpu\d*|usb\d*|iso\d+|gb\d+|ipv\d|wifi\d|"
                   r"[a-z]\d{2,4}|\d{2,4}[a-z])$")


def _accept(m: re.Match, text: str) -> bool:
    span = m.group()
    if _LEGIT.search(text, max(0, m.start() - 3), min(len(text), m.end() + 3)):
        return False
    if _LATIN_LETTER.match(span[-1:]) and _LATIN_LETTER.match(text[m.end():m.end() + 1]):
        return False  # the Latin word runs on: "nomad365approved" (Nomad365-approved) holds no "app"
    return not _TECH.match(span)


_LATIN_LETTER = re.compile("[a-z]")


# Every brand shape and vocabulary term holds one of these (their suffixes, promo words and
# morphemes; vocabulary/pick_terms.py keeps only terms with one): a cheap first test, since most
# text of most pages holds none.
_SPAM_MORPHEMES = re.compile(
    "娱乐|棋牌|真人|电竞|博彩|赌|彩|体育|国际|网投|官网|官方网站|开户|百家乐|轮盘|老虎机|投注|下注|现金网|真钱|庄|球|"
    "淫|色情|情色|成人|性爱|做爱|裸|av|无码|约炮|乱伦|奸|黄色|偷拍|妓|嫖|屄|骚|口交|鸡巴|调教|激情|阴|援交|潮吹|爆乳|巨乳|"
    "性交|肉棒|自慰|a片|黄片|色站|色网|色图|色片|色导航|3级|三级|夜情|精品|一区|二区|久久|字幕|人妻|麻豆|[一二三四六]肖|特马|特码|"
    "[a-z]\\d\\d|\\d\\d[a-z]|bet|casino|porn|sex|xxx|\\.(?:" + _SPAM_TLD[3:] + "|카|바카|토토|슬롯")


_SPACES = re.compile(r"[\s\u3000\u00a0]+")


def _normalize(text: str) -> str:
    # lexicon.normalize drops spaces (尊龙 凯时 is one brand); here a space still ends a word,
    # or a menu's "游戏 房产 彩票 App" would read as one brand with promo grammar
    return lexicon.normalize(_SPACES.sub("/", text))


_SPAM_DOMAIN = re.compile(_DOMAIN)
# Any host name written in text (LEDONG.COM乐动, 电话:499586.com): letters, digits and hyphens in
# dot-separated labels, ended by a suffix the Public Suffix List knows (not first.last, file.txt).
# HOST_NAME: the name alone, for patterns that read one in a context (spliced._OFFERED_ADDRESS).
HOST_NAME = r"(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62})*\.[a-z]{2,10}"
_HOST_NAME = re.compile(r"(?<![a-z0-9@.])" + HOST_NAME + r"(?![a-z0-9@.-])", re.I)


def host_spans(text: str) -> list[re.Match]:
    """Where ``text`` writes a host name (under a public suffix)."""
    if "." not in text:
        return []
    return [m for m in _HOST_NAME.finditer(text) if has_public_suffix(m.group().lower())]


def host_names(text: str) -> list[str]:
    """The host names written in ``text``, lower-cased (only those under a public suffix)."""
    if "." not in text:
        return []
    return [h for m in _HOST_NAME.finditer(text) if has_public_suffix(h := m.group().lower())]


def spam_domains(norm: str) -> list[re.Match]:
    """Bare domain names on throwaway TLDs in normalised text (ljsports.top, qyty.win)."""
    return list(_SPAM_DOMAIN.finditer(norm)) if "." in norm else []


# A dotted name with an underscore in it is a code identifier (a cookie's name in a consent panel,
# _sp_ses.xxx; a config key), never a host: no registrable name holds "_". Normalising drops the
# underscore, and the rest read as a throwaway-TLD domain (spses.xxx): dev-v2-trafilatura orsted's
# consent panel was flagged for its cookie table that way. Dev hijack pages writing one: 0.
_IDENTIFIER = re.compile(r"(?<![\w.-])[a-z0-9.-]*_[a-z0-9_.-]*\.[a-z]{2,}(?![\w.-])", re.I | re.A)


def promo_spans(text: str) -> list[str]:
    """Brand shapes with promo grammar in ``text`` (normalised), as written normalised."""
    norm = _normalize(_IDENTIFIER.sub(" ", text) if "_" in text else text)
    if not _SPAM_MORPHEMES.search(norm):
        return []
    # (a gambling suffix with a web word may be a kind of site, 博彩网站: no brand's shape)
    return [m.group() for m in _PROMO_SHAPES.finditer(norm) if _accept(m, norm) and not lexicon.ends_in_kind(m.group())]


# A whole name that is a brand's shape when nothing else is said: 2–4 characters (a Latin
# prefix allowed) and a gambling suffix. Only weight: 央视体育 has the shape too. (电玩, the arcade
# trade gambling sites sell as: 星槎城电玩 in sv36-016/-018/-019's links, 电玩城上分 in sv21-018, a
# footer's 技术支持：X电玩 in sv43-031; no clean dev page writes a whole name X电玩 in a slot)
NAME_END = "(?:娱乐|体育|国际|彩票|电子|电竞|电玩|足球|棋牌|真人)"
_BRAND_NAME = re.compile(f"^(?:[a-z0-9]{{1,8}})?{_CJK}{{2,4}}{NAME_END}$")
# ...and as a website writes it: a Latin name with its number before the suffix (jxl365真人), a
# name with its web word (聚宝盆官网). A site's own pages say 学校官网 too: only where more is known.
_WEB_NAME = re.compile(f"^(?:[a-z]{{1,8}}\\d{{1,4}}[a-z]{{0,3}}{_CJK}{{0,4}}{NAME_END}|{_CJK}{{2,4}}(?:官网|官方网站))$")


def is_brand_name(text: str, web: bool = False) -> bool:
    """True when ``text`` as a whole reads as a gambling brand's name (鼎盛娱乐, ky开元体育; with
    ``web``, also as its website writes it: jxl365真人, X官网)."""
    norm = _normalize(text).strip("/")
    m = _BRAND_NAME.match(norm) or (_WEB_NAME.match(norm) if web else None)
    return m is not None and _accept(m, norm)


# A Latin run glued before Chinese characters: a candidate for a name written twice.
_LATIN_BEFORE_CJK = re.compile(f"(?<![a-z0-9])([a-z]{{4,24}})({_CJK}{{2,8}})")


# Every syllable pypinyin (0.55) writes in its default style (no tones, ü as v) that is all Latin
# letters: the readings of its character and phrase tables (test_brands derives them again).
# A Latin run that is no chain of these is no pinyin echo, asked without importing pypinyin,
# whose tables cost 0.29 s of CPU to load: the dev real-cases pages glue Latin before Chinese in
# 13 places (williamhill英国…, appstore师生…, nosql模型…), one of them pinyin (jinnianhui今年会).
PINYIN_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai
can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai
chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di
dia dian diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng
fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
hai han hang hao he hei hen heng hm hng hong hou hu hua huai huan huang hui hun huo ji jia jian
jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku
kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin
ling liu lo long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie
min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nia nian niang niao nie nin ning
niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping
po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri
rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei
shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta
tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei
wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye
yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao
zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan
zui zun zuo
""".split())


@cache
def _pinyin_chain() -> re.Pattern:
    return re.compile("(?:" + "|".join(sorted(PINYIN_SYLLABLES, key=len, reverse=True)) + "){2,}")


def pinyin_echoes(text: str) -> list[str]:
    """Names written twice, in pinyin and in characters, glued (jinnianhui今年会): how a brand's
    domain name and its name are stuck before a title. Names only: "huawei华为" too."""
    found = []
    for m in _LATIN_BEFORE_CJK.finditer(lexicon.normalize(text)):
        latin, cjk = m.groups()
        if not _pinyin_chain().fullmatch(latin):  # what lazy_pinyin spells is a chain of two syllables or more
            continue
        from pypinyin import lazy_pinyin  # only for the rare text that has the shape (its tables are big)

        spelt = ""
        for i, syllable in enumerate(lazy_pinyin(cjk)):
            spelt += syllable
            if spelt == latin and i >= 1:
                found.append(latin + cjk[: i + 1])
                break
            if not latin.startswith(spelt):
                break
    return found


def title_prefix(text: str) -> str | None:
    """A brand + promo word glued before the rest of a title (normalised), or None."""
    norm = _normalize(text)
    m = _TITLE_PREFIX.match(norm)
    return m.group() if m and _accept(m, norm) else None


# Jargon of the illegal Mark Six trade (never of the state lotteries' own news).
_LOTTERY_JARGON = re.compile(r"(?:今天|今晚|今期|本期|最新)?(?:特马|特码|平特|[一二三四六]肖|码报|开码|跑狗图?|曾道人|天下彩)")


def lottery_jargon(text: str) -> list[str]:
    """Mark Six tip-sheet jargon in ``text`` (normalised)."""
    return _LOTTERY_JARGON.findall(lexicon.normalize(text))


_PROMO_WORD = re.compile(PROMO)


def has_promo_word(text: str) -> bool:
    """True when ``text`` holds promo grammar (官网, 入口, 注册, app…)."""
    return bool(_PROMO_WORD.search(_normalize(text)))


def is_legit_name(text: str) -> bool:
    """True for names of public institutions, portals and state lotteries that share a brand's shape."""
    return bool(_LEGIT.search(lexicon.normalize(text)))


def brand_like(text: str) -> list[str]:
    """Weaker brand shapes (a name + a gambling suffix) in ``text`` (normalised)."""
    norm = _normalize(text)
    # (both shapes end in a Chinese suffix: a text without a Chinese character has none; most
    # English lines hold a spam morpheme, "bet" in "between", and were read for them: 0.34 s of
    # CPU on dev-v21-evanextract)
    if not _SPAM_MORPHEMES.search(norm) or not _CJK_CHAR.search(norm):
        return []
    return [m.group() for m in _BRAND_LIKE.finditer(norm) if _accept(m, norm)]


def spam_morphemes(norm: str) -> list[re.Match]:
    """The spam morphemes (brand suffixes, promo words, gambling and porn morphemes) of ``norm``."""
    return list(_SPAM_MORPHEMES.finditer(norm))


def may_be_spam(text: str) -> bool:
    """False when ``text`` cannot hold any brand shape or vocabulary term (most text of most pages)."""
    return bool(_SPAM_MORPHEMES.search(lexicon.normalize(text)))


@cache
def _vocabulary() -> lexicon.WordTrie:
    """The vocabulary as a trie, built on first use: only text that holds a spam morpheme is
    matched against it (a regex of it cost 0.38 s of CPU to compile, a trie 15 ms to build)."""
    here = Path(__file__).with_name("vocabulary")
    terms: set[str] = set()
    for name in ("gambling.txt", "porn.txt"):
        path = here / name
        if path.is_file():
            terms.update(n for line in path.read_text(encoding="utf-8").splitlines()
                         if len(n := lexicon.normalize(line.strip())) >= 3)
    return lexicon.WordTrie(terms)


# Modern porn-SEO keyword stock that the public list predates: only ever counted in keyword lines.
_PORN_STOCK = re.compile(
    "(?:国产|亚洲|日韩|欧美|日本|韩国|中文|精品|久久|人妻|麻豆|无码|有码)(?:精品|无码|有码|av|一区|二区|三区|字幕|伦理|成人|"
    "自拍|偷拍|人妻|久久|视频|在线|高清|专区|影院|电影|色)|精品国产|麻豆传媒")


def vocabulary_hits(text: str) -> list[str]:
    """Public-vocabulary and porn-stock terms in ``text`` (normalised), in order."""
    norm = lexicon.normalize(text)
    if not _SPAM_MORPHEMES.search(norm):
        return []
    hits = _vocabulary().findall(norm)
    hits += [m.group() for m in _PORN_STOCK.finditer(norm)]
    return hits


def writes_trade_words(text: str) -> bool:
    """True when ``text`` writes the trade's words: a lexicon term or a public-vocabulary one (the
    readers of a brand in an institution's sentences stand down on a page about gambling)."""
    return bool(lexicon.spam_weight(text) or vocabulary_hits(text))
