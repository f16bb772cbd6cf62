"""Whole-page takeover: is this page the site's own at all?

Every other reader asks what was injected into an article. A hacked site also serves pages
that are nothing of the site: a landing page dropped whole into one of its paths. Such a page
carries no trace of the host's own site — no link to any other page of it (its sections, its
home page), only to itself — and the links it does have are one offer: most of them send the
visitor to one off-site address. A site's own page, even a landing page or a one-page site,
links its own pages or sends the visitor to many places; a page that only links itself and
one elsewhere is somebody else's page standing at this address.

The other way round, a public body's page stands at somebody else's address: a school's or a
government's article copied whole, template and all, onto an unrelated host (a parasite
subdomain, a betting brand's host). Nothing is injected in it; what gives it away is the relation
between whose page it is (the owner its template names) and where it is served (foreign_host).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import Iterable, NamedTuple
from urllib.parse import urldefrag, urljoin, urlsplit

from core.domains import has_public_suffix, is_ip_address, public_suffix, registrable_domain
from scraper.clean import lexicon, pinyin, segment
from scraper.clean.dom import host_of
from scraper.clean.evidence import is_navigation
from scraper.clean.glosses import kept_simplified, traditional_share
from scraper.clean.inforow import credited_outlet, dateline_source, ends_as_outlet
from scraper.clean.institution import PUBLISHER_END, related
from scraper.clean.kinds import kind_only
from scraper.clean.writing import HAN, KANA, SENTENCE_ENDS

# The offer's links: at least this many visible links to one off-site address. A landing page
# repeats its call to action on every button (rc7-032: 13 to one shortened address); a page
# that links a partner or a source once or twice does not. Measured on every dev clean corpus
# (extract dev-*, shared corpus, the hijack sets' legit pages): 0 pages; counting links by site
# instead of by address fired on 2 clean pages at 5 and 4 at 3 (a news site's sister site).
MIN_OFFER_LINKS = 5
# ...and they are most of the page's links that lead anywhere (self links aside): rc7-032 0.87.
MIN_OFFER_SHARE = 0.6


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/").rstrip("/") + ("?" + parts.query if parts.query else "")


def taken_over(root, url: str | None, sites: frozenset[str], hidden: Iterable = ()) -> str | None:
    """The address a taken-over page sends its visitors to, or None for a page of its own site.

    ``sites``: the page's own registered domains; ``hidden``: (element, how) of the hidden blocks
    (what no reader sees votes for nothing). Judged only when the page says which site it
    belongs to (its URL, canonical link, or the site its links point to).
    """
    if not sites:
        return None
    masked = {d for el, _ in hidden for d in el.iter()}
    canonical = next((el.get("href") for el in root.iter("link")
                      if (el.get("rel") or "").lower() == "canonical" and el.get("href")), None)
    base = url or canonical
    selves = {_path(u) for u in (url, canonical) if u}
    here = host_of(url)
    offsite: Counter = Counter()  # address -> visible links to it
    leading = 0
    for a in root.iter("a", "area"):
        href = (a.get("href") or "").strip()
        if a in masked or not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = urldefrag(urljoin(base, href) if base else href)[0]
        host = host_of(target)
        # a relative link, or one to the page's host or its site, stays on the site (a mirror on
        # 127.0.0.1 is its page's host too)
        if not host or host == here or registrable_domain(host) in sites:
            if _path(target) not in selves:
                return None  # a link to another page of its own site: the site's page
            continue
        leading += 1
        offsite[target] += 1
    if not offsite:
        return None
    target, n = offsite.most_common(1)[0]
    if n >= MIN_OFFER_LINKS and n >= MIN_OFFER_SHARE * leading:
        return target
    return None


# A public body's name, as its template writes its owner (版权所有：X, 主办单位：X, the <title>'s
# site name), by its ending. A government or a whole school (WHOLE_BODY) publishes from a government
# or education host or from one that spells its name (www.heshanzx.com.cn, 鹤山中学: the dev sets'
# legit school sites on .cn/.com.cn/.net hosts all do). A college, library, bureau or committee may
# be a part of another body (商学院 of a college, a university's 团委, a state company's 工程局) whose
# site stands under its parent's host, commercial or not (rc18-017: a college's 商学院 on the
# college's own .cn host): a finding on the page, not a flag (SUB_BODY). Hospitals, companies and
# associations are left out: private ones publish from commercial hosts as a matter of course.
_WHOLE_ENDS = "政府|大学|大學|中学|中學|小学|小學"
_SUB_ENDS = "学院|學院|学校|學校|委员会|委員會|局|图书馆|圖書館|法院|检察院|檢察院"
WHOLE_BODY = re.compile(f"(?:{_WHOLE_ENDS})$")
SUB_BODY = re.compile(f"(?:{_SUB_ENDS})$")
# Labels of a public suffix that only public bodies register under (gov.cn, edu.cn, ac.uk, .gov).
_PUBLIC_LABELS = frozenset({"gov", "edu", "ac", "mil"})
# Hosts that say nothing about where a page is served: documentation names (RFC 2606, RFC 6761) and
# names of private networks. The dev synthetic sets use www.edu.example.cn for a school's real host.
_PLACEHOLDER_NAMES = frozenset({"example"})
_PRIVATE_TLDS = frozenset({"test", "example", "invalid", "localhost", "local", "internal", "lan", "home", "corp"})
# A URL that carries another address in its path or query is a capture or a proxy of that address
# (web.archive.org/web/2020…/http://www.x.gov.cn/…, a translation proxy): served there on purpose.
_CARRIED_ADDRESS = re.compile(r"https?:|https?%3a|//|%2f%2f|\bwww\.", re.I)
# A host label spells a name when a run of this many letters or more is the pinyin of two or more of
# the name's characters in their order, each spelt whole or by its initial (heshanzx: he shan z x;
# fzsz: 福州第四中学 f z s z, 第 skipped), or the label opens with its first two characters (shs,
# 上海中学). Measured on the 3,978 letter runs of the dev clean extraction sets' hosts against 12 dev
# body names: at 3 letters a run spells a name by chance 1.7 % of the time (0-8.8 % per name: a
# parasite host that happens to spell its victim escapes), at 2 letters 9 %. Every own host of the
# dev legit school pages (7 hosts, 11 pages) spells its school at 3.
MIN_SPELT_LETTERS = 3
# ...and a spelling that does not open the run with the name's first two characters (its place: aklib,
# 安康市图书馆; ssbx, 宿松县) uses at least this share of the run's letters: a host spelling a public body
# abbreviates it, a run in which a few letters happen to spell some characters of a name abbreviates
# nothing (wenxianggongsi read as 学院办公室 by gong s: v38 §1 R4). Measured in session 30 (gt30; dev
# data, tuned on) by logging every acceptance of the loose test on every dev page it is asked of: the
# 1,570 pages of the dev hijack sets (shared corpus included) served from a named host outside gov/edu,
# and the 241 pages of the clean extraction sets (dev-*) on such hosts with Han text naming a body or a
# place (the others — .gov.cn/.edu.cn/.gov.tw hosts, no URL — are never asked). It accepted 61 host-run/
# name pairs on 90 pages: 59 hijacked, 13 legit, 14 clean of the hijack sets, 4 of the clean extraction
# sets (zh.wikipedia.org, juejin.cn, cn.bbs.yahoo.com, biz.caixun.com). This share rejects 8 pairs: 7 on
# hijacked pages whose host abbreviates nothing (wenxianggongsi 学院办公室, chenxiangtea 宁远县,
# zhongyuanfs 化工学院, haoyujy 市教育局, congngheshengda 深化公司, playfallacy, freshbabygiftideas: a
# clause fragment) and one on legit rc34-015 (dongguandelvshi, a law firm's 律师事务所: a company names
# its host as it likes, so a company's, publisher's or brand's name keeps the loose reading, share=0:
# _publisher_chrome, tradename). Every other pair stays spelt, every own host of a legit or clean page
# among them. At 0.5 without the opening exemption it also rejected aklib and nylib (two libraries' own
# hosts, 安康 + lib), bjzstwl, hsrdk and zhifuxt. xq (西岐县人民政府) and hsrdk (禾山职业学院: v38 §2 S4,
# S6) open with their names' first two characters and stay spelt: by its form a place's initials.
MIN_SPELT_SHARE = 0.5
_SPLIT_LABEL = re.compile("[^a-z]+")


# A public body's host writes its kind in the words of the public suffixes it would register under (gov, edu:
# _PUBLIC_LABELS), beside its place's initials: www.xmtaedu.cn for 同安教育网 (厦门 同安 + edu), as its .edu.cn
# host would say it by the suffix. The label reads the two characters it translates: a chain may hold it as the
# spelling of the second (the first skipped, as a chain skips any character), so it is one piece and a host needs
# another, spelt, to spell a name (gov.papastars.com spells no government). v48 §3 rc48b-021 (legit: the bureau's
# own site read as a copy); v45 §7.1, v46 R3 (a site's abbreviations of its own name). It only ever excuses (every
# spells() caller clears on a spelling), and only on hosts with such a label in a run: 49 dev pages (the hijack sets,
# the shared corpus, 22 pages of the dev-* extraction sets; truth URLs), 17 hijacked. Measured (cr44) by cleaning them
# with main (ce6d65a0) and with this: rc48b-021 unflagged, no other record changed (hijacked rc12-009 on
# www.htsyzx.wj.czedu.cn, rc-dev-008 on ibapedu.com, rc7-011 on gzedu.com.cn keep every finding). No older split
# holds such a false flag: a v48 page alone, a narrow reach (said so).
_KIND_LABELS = {"教育": "edu", "政府": "gov"}


@lru_cache(maxsize=256)
def _readings(name: str) -> tuple[frozenset[str], ...]:
    """For each Han character of ``name``, the ways a host may spell it: its pinyin whole, its
    initial letter, and zh/ch/sh (and the second of a kind's two, _KIND_LABELS, its suffix label)."""
    han = "".join(HAN.findall(name))
    return tuple(_spellings((syllable,)) | frozenset(
        label for kind, label in _KIND_LABELS.items() if han[max(i - 1, 0):i + 1] == kind)
        for i, syllable in enumerate(pinyin.syllables(han)))


def _spellings(syllables: Iterable[str]) -> frozenset[str]:
    out = set()
    for syllable in syllables:
        out |= {syllable, syllable[:1]}
        if syllable[:2] in ("zh", "ch", "sh"):
            out.add(syllable[:2])
    return frozenset(s for s in out if s.isascii() and s.isalpha())


@lru_cache(maxsize=8192)
def _any_spelling(char: str) -> frozenset[str]:
    """Every way a host may spell ``char`` in any name: _readings' spellings of each syllable it may take
    (and a kind's suffix label, _KIND_LABELS, for the character that ends the kind)."""
    return _spellings(pinyin.every_syllable(char)) | {label for kind, label in _KIND_LABELS.items() if kind[-1] == char}


def _may_spell(runs: Iterable[str], text: str) -> bool:
    """False when no letter run can spell any name written within ``text``: spells holds a run
    against a name's characters in their order, each by one of its syllables in that name
    (_any_spelling holds every syllable it may take), so a name a run spells within ``text`` is a
    chain _spelt finds, loosely, against all of ``text``'s characters."""
    readings = tuple(_any_spelling(char) for char in text)
    return any(_spelt(run, readings, loose=True) for run in runs)


def spells(label: str, name: str, share: float = MIN_SPELT_SHARE) -> bool:
    """True when a host label spells the (Chinese) ``name``, as MIN_SPELT_LETTERS says, with at least
    ``share`` of its letters (MIN_SPELT_SHARE: a public body's name; 0 for a company's or a brand's)."""
    return _spelt(label, _readings(name), loose=False, share=share)


def _spelt(label: str, readings: tuple[frozenset[str], ...], loose: bool, share: float = 0.0) -> bool:
    """True when ``label`` holds two or more ``readings`` in their order, as MIN_SPELT_LETTERS says,
    spelt with ``share`` of its letters at least; ``loose``: or any two at the label's start (a bound
    of what any name within them may spell)."""

    @cache
    def reach(pos: int, last: int, pieces: int, start: int) -> bool:
        opens = start == 0 and last == 1  # the label opens with the name's first two characters (sh 上海)
        if pieces >= 2 and (opens or (pos - start >= MIN_SPELT_LETTERS or start == 0 and loose)
                            and pos - start >= share * len(label)):
            return True
        for j in range(last + 1, len(readings)):
            for r in readings[j]:
                if label.startswith(r, pos) and reach(pos + len(r), j, min(pieces + 1, 2), start):
                    return True
        return False
    return any(reach(start, -1, 0, start) for start in range(len(label)))


def under_public_suffix(host: str) -> bool:
    """True for a host registered under a suffix only public bodies register under (gov.cn, edu.cn, ac.uk),
    or served on such a suffix itself (gov.mo, the Macau government's portal: its registrable domain
    falls back to the host, which left its gov label unread: v41 rc41-023)."""
    return bool(set(public_suffix(host).split(".")) & _PUBLIC_LABELS)


def public_body_host(url: str | None) -> str | None:
    """The host of ``url`` when it is registered under a public body's suffix (gov, edu…), else None."""
    host = host_of(url)
    return host if host and "." in host and under_public_suffix(host) else None


def _public_host(host: str) -> bool:
    """True for a host a public body registers: under a gov/edu suffix, or a trusted service's."""
    return under_public_suffix(host) or lexicon.host_is_trusted(host)


def _labels_below(host: str) -> tuple[list[str], str]:
    """(the labels of ``host`` before its registrable domain, as split: [''] for none; that domain)."""
    site = registrable_domain(host)
    return host[: len(host) - len(site)].split("."), site


def named_labels(host: str) -> list[str]:
    """The letter runs of a host's own labels (its public suffix left out): www, heshanzx."""
    below, site = _labels_below(host)
    return [run for label in below + [site.split(".")[0]] for run in _SPLIT_LABEL.split(label) if run]


class ForeignHost(NamedTuple):
    """A public body's page served from a host that is not its own (foreign_host)."""

    body: str  # the owner the page's template names (鹤山中学)
    host: str  # the host the page was served from
    whole: bool  # a government or a whole school (WHOLE_BODY), not a part of a body (SUB_BODY)


def foreign_host(url: str | None, owners: Iterable[str], declared: Iterable[str] = ()) -> ForeignHost | None:
    """The public body, the host and whether the body is a whole one when a public body's page is
    served from a host that is not its own: a public host outside gov/edu suffixes whose name
    spells none of the body's name, nor does any host the page declares as its own (``declared``:
    its canonical/og:url sites; a mirror or CDN of the body's own site declares it). ``owners``:
    the names the page's template gives its owner (institution.template_owners). None for a page
    with no URL, one served from a local, private or placeholder host, or a capture or proxy of
    another address (not judged here); a government or education site the page declares vouches
    for no other host (_served_runs)."""
    bodies = [n for n in owners if HAN.search(n) and (WHOLE_BODY.search(n) or SUB_BODY.search(n))]
    served = _served_runs(url, declared) if bodies else None
    if served is None:
        return None
    host, runs = served
    found = [ForeignHost(body, host, bool(WHOLE_BODY.search(body))) for body in bodies
             if not any(spells(run, body) for run in runs)]
    return max(found, key=lambda f: f.whole) if found else None


# The labels a site's own name takes before its domain that name no unit (www.x.cn, m.x.cn: the site itself).
_SITE_LABELS = frozenset({"www", "m", "wap"})


def part_under_parent(host: str) -> bool:
    """Whether ``host`` is a site of its own below a domain (jjglxy.hbxytc.cn): where a part of a body (a college's
    school, a bureau) stands under its parent's host. The domain's own name (marcogroep.com, www.x.cn) is no part's."""
    return any(label and label not in _SITE_LABELS for label in _labels_below(host)[0])


def _served_runs(url: str | None, declared: Iterable[str]) -> tuple[str, list[str]] | None:
    """The host ``url`` was served from and the letter runs of its labels and of the hosts the page
    declares its own, when that host is a named public one outside gov/edu suffixes: None for no
    URL, a local, private or placeholder host, and a capture or proxy of another address. A
    government or education site the page declares its own vouches for no other host: a copy keeps
    its canonical link (sv39-025), so only the serving host's names are asked of it."""
    host = host_of(url)
    if not host or "." not in host or not has_public_suffix(host) or _public_host(host):
        return None
    if is_ip_address(host):
        return None  # an address, not a name: a local mirror or a server nobody named
    if host.rsplit(".", 1)[-1] in _PRIVATE_TLDS or registrable_domain(host).split(".")[0] in _PLACEHOLDER_NAMES:
        return None
    parts = urlsplit(url or "")
    if _CARRIED_ADDRESS.search(parts.path + "?" + parts.query):
        return None
    hosts = [host, *(h for h in declared if h and not _public_host(h))]
    return host, [run for h in hosts for run in named_labels(h) if run != "www"]


# A school speaks of itself as 我校 ("our school"); a company, a hospital or a court as 我公司, 我院.
_SCHOOL_VOICE = re.compile("我校")
# ... or as the bare subject of its own news, no name before it (v28/v29 §5.2): a sentence that opens
# (after its date) with 学校/学院/本校 holding a meeting or an event (学校在行政楼会议室召开…), or
# with the 校- words only a school writes of itself (校党委, 校党政, 校领导, 副校长; a reporter
# writes the school's name: 某大学党委). A reporter's story of a school reads the same (中国青年网: 5月9日,学校
# 举办了就业双选会), so this voice counts only on a page whose template names no publisher, company
# or host-spelled owner (_publisher_chrome). Measured on every dev page served from a named host
# outside gov/edu that spells no school the page names (357 pages written with school words, every
# dev hijack and clean extraction set): the voice stands on 25 hijacked pages, 6 of them unflagged
# before (rc4-016, rc16-013, rc21-001, rc28-007, rc29-008, -019; 7 under a publisher's chrome, all
# flagged otherwise) and on one clean page (magichtml's news.youth.cn story, under 中国青年网: left
# by the chrome test); 学校领导/学校鼓励/校长 as subjects were left out (they stand on clean cwced
# cdp1998, inputs-gne ifeng_1 and legit rc7-025).
_CLAUSE_START = r"(?:^|(?<=[。；;！!？?\n]))(?:[^，,。\n]{0,14}?[日午时晚上下][，,]?)?\s*"
# What a body does as the subject of its own news: holds a meeting or an event (在<place> before it).
_HOLDS = r"(?:在[^，,。\n]{1,24})?(?:召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織)"
_SCHOOL_SUBJECT = re.compile(
    _CLAUSE_START + r"(?:(?:学校|學校|学院|學院|本校)" + _HOLDS
    + r"|校党委|校黨委|校党政|校黨政|校领导|校領導|副校长|副校長)"
    # the school's own organ named by the bare word anywhere, after a function word (宣读了学校党委的批复):
    # a reporter writes the school's name or 该校. v43 §1 R1 (rc43-006: a department's news, its lead's subject
    # the department, naming no school). Measured (cr36, dev data, tuned on rc43-006) by cleaning every dev page
    # writing the word or 我院, or served from a publishing host (1,808: hijack sets, shared corpus, dev-* sets; truth
    # URLs) with main and with this: +rc43-006 (v43), +rc19-004 (v19, missed before); rc2-017, rc35-003 change only
    # which relation flags them; no page lost, no clean or legit page flagged. At www.3826415.com (no letters to
    # spell) the 19 legit/clean such pages keep 5 mirror_copy flags, none this relation's, before and after.
    + r"|(?:^|(?<=[^\u4e00-\u9fff])|(?<=[了的由向经經对對与與和在]))(?:学校党委|學校黨委)")
# A company's template names it so (搜狐公司), as a publisher's does (凤凰网, 中国青年网).
_COMPANY_END = re.compile("公司$")
# A school's name as a page writes it (浙江理工大学, 双流实验小学), by its ending: its own or another's.
_SCHOOL_ENDS = "大学|大學|学院|學院|学校|學校|中学|中學|小学|小學"
_SCHOOL_NAME = re.compile(f"(?:{_SCHOOL_ENDS})")
# ... a whole school by its name (学院 is a college, often a part)
_SCHOOL_ENDS_WHOLE = "大学|大學|学校|學校|中学|中學|小学|小學"


# A body's news filed to another's site is signed by the body itself and its correspondents: a town's item on a
# county portal or a news site closes with (倪邱镇 张路), a school's on an education bureau's site with (实验中学 张三
# 李四). The signer is the very body the first person speaks for (我镇 <- 倪邱镇, 我县 <- X县人民政府, 我校 <- X中学),
# the body the page is about (its name written in the story too): the page says it is that body's contribution,
# carried by a site that is not the body's, so a host spelling no name of it relates to it as a carrier does. A
# body's own site signs with its units (体育学院, 县新闻中心, 安全保卫处: rc2-013, rc21-014, rc40b-019) or with people
# alone (马宇 胡鹏), which say nothing of the carriage. Measured (cq43, session 43, dev data, tuned on rc43b-019: a
# town's 我镇 news, signed (倪邱镇 张路), under a shell naming itself only 新闻网 on a commercial host, legit): of the
# 13,309 truth texts of every dev hijack set, the shared corpus and the 49 dev-* extraction sets, rc43b-019's alone
# is so signed; the 49 hijack-set and shared texts closing with a bracketed signature are signed otherwise (reporters,
# units, people; 33 of them hijacked). One page: a narrowing of the two voice relations, which it alone clears, not a reader.
_VOICE_LEVEL = re.compile("(?<![自本])我(县|縣|区|區|镇|鎮|乡|鄉|市(?!场|場)|局|校)|本(校|局)")
_SIGNER_ENDS = {"县": "县|縣", "縣": "县|縣", "区": "区|區", "區": "区|區", "镇": "镇|鎮", "鎮": "镇|鎮",
                "乡": "乡|鄉", "鄉": "乡|鄉", "市": "市", "局": "局", "校": _SCHOOL_ENDS_WHOLE}
_CLOSING_SIGNATURE = re.compile(rf"[（(]\s*({HAN.pattern}{{2,12}})[\s/／、：:]+"
                                rf"({HAN.pattern}{{2,4}}(?:[\s、，,/／]+{HAN.pattern}{{2,4}})*)\s*[)）]\s*$")
# (the signer's own name, not a pronoun's: 本县, 该镇, 全市 name no body)
_NOT_A_NAME_HEAD = re.compile("[本该該全我各此]")


def signed_by_speaker(article: str, page: str = "") -> bool:
    """Whether ``article`` closes with a signature — a body and its correspondents, (倪邱镇 张路) — whose body is
    the one its first person speaks for (我镇: a town's name ending in 镇; 我校: a school's) and is written in the
    story beside the signature: the body's own item, filed to another site that carries it. A signature on a line
    of its own, which the extractor takes for a byline and cuts, is read from the ``page``'s line after the story."""
    story = article.rstrip()
    last = story.rsplit("\n", 1)[-1]
    m = _CLOSING_SIGNATURE.search(last)
    if not m and last and (at := page.find(last)) >= 0:
        m = _CLOSING_SIGNATURE.fullmatch(page[at + len(last):].lstrip().split("\n", 1)[0].strip())
    if not m or _NOT_A_NAME_HEAD.match(m.group(1)):
        return False
    signer = m.group(1)
    levels = {a or b for a, b in _VOICE_LEVEL.findall(story)}
    return signer in story.replace(m.group(0), "") and any(
        re.fullmatch(f"{HAN.pattern}{{1,10}}(?:{_SIGNER_ENDS[level]})(?:人民政府|政府)?", signer) for level in levels)


def unnamed_school_host(url: str | None, article: str, page: str, owners: Iterable[str],
                        declared: Iterable[str] = ()) -> str | None:
    """The host, when an ``article`` that speaks as a school (我校, or _SCHOOL_SUBJECT's bare subject
    on a page whose chrome is no publisher's) is served from a host outside
    gov/edu suffixes (as foreign_host judges hosts) that spells no school the ``page`` names and none
    of its ``owners``: a school's news whose owner is written nowhere, in its host neither — its name
    put out of every sentence by another's (v27: a brand in the school's place on an unrelated host;
    the owner-vs-host relation of foreign_host, with the article's voice saying who the owner is).
    Measured on every dev set: of the raw pages writing 我校 served from a named host outside gov/edu,
    39 are hijacked, 2 clean (synthetic-v13 syn13-014/-025 on www.slsyxx.cn, which spells the school
    the page names) and none legit; the check flags rc4-017, rc14-018 and rc17-012 (missed before:
    each a school's news naming no school, under a brand's <title>), adds its finding to 24 pages
    already flagged, and no clean or legit page of the hijack or clean extraction sets. A portal
    reprinting a school's 我校 news under its own name would be flagged: none on dev."""
    voiced = _SCHOOL_VOICE.search(article) is not None
    if not voiced and not _SCHOOL_SUBJECT.search(article):
        return None
    if voiced and signed_by_speaker(article, page):
        return None  # the school's own item, filed to a site that carries it
    served = _served_runs(url, declared)
    if served is None:
        return None
    host, runs = served
    if not voiced and _publisher_chrome(owners, runs):
        return None  # a portal's or a company's story of a school, under its own name
    return None if _spells_a_name(runs, _SCHOOL_NAME, page, owners) else host


def _spells_a_name(runs: list[str], ends: re.Pattern[str], page: str, owners: Iterable[str]) -> bool:
    """Whether a host's letter ``runs`` spell a name the ``page`` writes (one ending as ``ends``
    says: _read_names), or one of its Chinese ``owners``: the host is then the named one's own."""
    owned = [o for o in owners if HAN.search(o) and not kind_only(o)]
    if any(spells(run, name) for run in runs for name in dict.fromkeys(owned)):
        return True
    # (a kind alone, 公安局, names nobody: letters spelling it relate the host to no one)
    return any(spells(run, name) for run in runs for name in _read_names(page, ends, tuple(runs)) if not kind_only(name))


# The characters a name may hold before its ending (福州第四 of 福州第四中学, as the old
# HAN{2,10} reader allowed).
MAX_NAME_HEAD = 10
# What stands before a name and is no part of it, by jieba's part of speech: a verb (要求学院,
# not vn: 实验小学), a preposition (向广东工业大学, 在子弟学校), a particle (通报了学院, 的),
# a conjunction, an adverb, a pronoun (我校), an idiom (全力以赴学校), an interjection, a modal
# or onomatopoeic word, a state word, a time word (未来学校会…, 今年全县: v32 rc32-014's 未來學校,
# which its host 4wlbb "spelt" by 未來's initials). Nouns, places, people's names, numerals (第四),
# abbreviations and attributives (附属) stay. First tried in session 23 (tn23, 33550be, without the
# time word). Measured in session 24 (hs24) on every dev set: the hijack sets and clean-reprints
# (bench/hijack.py --data /tmp/nodata, every record compared with cfcc56b's) and the six clean
# extraction sets with URLs (dev-v27-multiboilerzh, -v31-danielzh, -v4-cxextractor, -v1-cwced,
# -v1-magichtml, -v17-twnews: one page reaches this test, zh.wikipedia.org, spelt either way). Four
# flags gained, no other record changed: rc20-016, rc27-004, rc30-006 (their hosts spelt a fragment
# of the clause naming the school) and rc12-009 (a school's own host, htsyzx.wj.czedu.cn, on a page
# naming no school, kept before by the fragment 初中学 of 初中学校: a gain for the wrong reason).
# rc5-006 stays (jieba tags 祝贺 a name), sy31-026 too (its host spells 宁远县 by chance); rc32-014
# needs its voice read as well (輔大, the school's short name: no relation reads it). Chance: a run
# of a random dev clean extraction host (300 of 4,543) spells some name a clean-reprints page writes
# 6.4 % of the time with the old fragments, 3.3 % with these names (the "opens with the first two
# characters" rule adds 0.2 points; kept: cr-010's own ssbx.me, 宿松县, needs it).
# Reverted at first (fa12920: three of the gains were the pages tn23 had been built on, the fourth for
# the wrong reason). Then v33, held out while the reader was frozen (a0ec9e9) and scored without it,
# was run with it (a33, bench/data/v33-miss-patterns.md §5): it flags rc33-016 and rc33-018, two copies
# held back only by a clause fragment their hosts spelt (…部署統攬全局, …介紹了全椒縣), and changes no
# other v33 record (12 legit and 12 clean synthetic pages, 28 Taiwanese news pages): real recall
# 0.714 -> 0.810 on a split no name reader was built on. Wired for that (session 24). The risk it
# carries is rc12-009's: a school's own regional host on a page naming no school reads as a copy.
_NOT_NAME_TAGS = ("v", "p", "u", "c", "d", "r", "i", "l", "y", "e", "o", "z", "t")

_HAN_RUN = re.compile(f"{HAN.pattern}+")
# Cutting clauses into words (jieba's tagger) was the largest cost of a fresh cleaning process on the
# 70 dev speed pages (real-cases-v33/v34/v34b: 24 % of its CPU, session 27). Of the 401 clauses with an
# ending that the 58 _spells_a_name calls of those pages and of the 138 dev real-cases pages with
# scripts read, 34 can be spelt by the host's runs at all (_may_spell): those calls take 0.33 s of CPU
# instead of 2.57 s (one fresh process each, names read and spelt), with the same answers (session 28).


@lru_cache(maxsize=64)
def _read_names(page: str, ends: re.Pattern[str], runs: tuple[str, ...] | None) -> tuple[str, ...]:
    """The names ``page`` writes that end as ``ends`` says (浙江理工大学, 福州第四中学): each
    ending that closes a word of its clause (not 中学 of 初中学生, 大学 of 大学生), with the
    nominal words before it back to what stands before a name (_NOT_NAME_TAGS) or the clause's
    start, MAX_NAME_HEAD characters at most, and two characters at least (a bare 学院 names
    nobody). The old reader took the characters before an ending from wherever its scan stood
    (钟华董事长要求学院, 委携手队安全科在子弟学校): a long fragment's many initials let an
    unrelated host spell it by chance. Only the names one of ``runs`` might spell are read: a clause
    none of them can spell up to its last ending (_may_spell) is not cut into words (the cut is what
    costs: see the note above). ``runs`` None: every name (a short text's, no host to spell)."""
    names: dict[str, None] = {}
    for clause in _HAN_RUN.findall(page):
        endings = [m.end() for m in ends.finditer(clause)]
        if not endings or runs is not None and not _may_spell(runs, clause[: endings[-1]]):
            continue
        words, at = [], 0
        for word, tag in segment.tagged(clause):
            words.append((at, at + len(word), tag))
            at += len(word)
        for m in ends.finditer(clause):
            closing = next((i for i, (a, b, _) in enumerate(words) if a < m.end() <= b), None)
            if closing is None or words[closing][1] != m.end():
                continue  # the ending is part of a longer word: 初中学生
            start = words[closing][0]
            for a, _, tag in reversed(words[:closing]):
                if (tag.startswith(_NOT_NAME_TAGS) and tag != "vn") or m.start() - a > MAX_NAME_HEAD:
                    break
                start = a
            if m.start() - start >= 2:
                names[clause[start:m.end()]] = None
    return tuple(names)


def _publisher_chrome(owners: Iterable[str], runs: list[str]) -> bool:
    """Whether the page's template names its owner as a publisher (凤凰网) or a company (搜狐公司), or
    by a name its host spells (sohu.com): a site's own chrome, carrying a story about a school."""
    return any(PUBLISHER_END.search(o) or _COMPANY_END.search(o) or any(spells(run, o, share=0) for run in runs)
               for o in owners)


# Reprints (session 24, rp24): bench/data/dev/clean-reprints holds 35 real reprints — law-text databases,
# portals, aggregators, e-papers, a WeChat mirror, bodies on commercial hosts — with their served URLs.
# At cfcc56b three are flagged, one by each relation: cr-015 (unnamed_school_host: 我校 news on an
# aggregator whose chrome names nobody), cr-022 (unnamed_body_host: 我县 in a county paper's 本报讯
# report, chrome naming nobody), cr-024 (foreign_host: a university's paper on a vendor's e-paper host,
# its chrome naming the university and 《…报》). No other dev set (hijack sets, shared corpus, the Chinese
# clean extraction sets) has a false flag from these relations, so no gate can pass the precision rule
# (two sets). Readers tried: a newspaper's dateline (本报讯, X日报讯) loses hijacked rc17-005, a copy of a
# paper's page (梧州日報訊); a publication title (《…报》) among the template's owners stands on cr-024 alone
# of every dev page; cr-015 has nothing on the page a copy lacks. Left as strict xfails in
# tests/clean/test_foreign_host.py. Asked in session 26 (pr26): the three (and every clean-reprints page)
# write their served host in their copyright line (Copyright © paper.zhushan.cn), a site's own chrome;
# but so do 19 hijacked dev copies with a mirror_copy finding (every bench/data/dev set read), 6 of them
# flagged by these relations alone (rc13-010, rc33-009, -016, -017, -018, -020): the form excuses copies
# as well. Left out.


# The address a public body's site CMS mints for an article, which a copy keeps when it is served
# whole from another host (its chrome stripped or rewritten, its path left as the body's): 博达 VSB's
# /info/<column>/<article>.htm and WebPlus's /<column>a<article>/page.htm, the site systems Chinese
# universities, schools and governments publish from, and two governments' site systems (Guangdong's
# /content/post_<id>.html, Hanweb's /art/<y>/<m>/<d>/art_<column>_<id>.html: of 23 dev pages with
# them, 15 on gov/edu hosts, 8 on others, all 8 hijacked; flags rc13-010, missed before; rc20-016
# stays, its host spelling by chance a name the page writes). Measured over every dev set (hijack sets'
# truth URLs; 8,422 pages of the 31 dev clean extraction sets and the shared corpus, none with such a
# path outside gov/edu hosts): of the pages with such a path on a named host outside gov/edu (as _served_runs judges
# hosts), 166 are hijacked (29 of them unflagged before, in 13 splits) and none legit or clean; every
# legit page with such a path stands on a gov/edu host. The check flags 24 of the 29 (12 splits);
# rc5-006, rc27-004 and rc30-006 stay, their hosts spelling by chance a name the page writes, and
# rc19-004/-020 keep foreign_host's note (a department). TRS's t<date>_<id> paths are left out: news
# portals mint them too (news.youth.cn, dzwww.com, zjol.com.cn legit pages). Asked again with a
# masthead test (session 23): of the dev pages with a t<YYYYMMDD>_<id> path on a named host outside
# gov/edu, 20 are hijacked (18 flagged already; rc13-009, rc30-015 missed) and 5 clean (dzwww.com,
# china.zjol.com.cn, district.ce.cn, news.youth.cn twice). Read only where the chrome names no publisher
# and the host spells no body, place or publisher the page writes, the path would catch rc30-015 alone
# (rc13-009's host spells the brand in its chrome, 足球竞彩网) and flag zjol's clean rc4-035, whose
# chrome names nobody: one split, the one whose account named it, and a clean flag. Left out.
# Asked in session 23 (branch cp23, v32 §7.6): whether a page at such an address under a publisher's
# chrome is a portal's own (rc32-007: news.e21.cn/info/1271/…, masthead 恩施州教育网, flagged here alone).
# Of the 183 dev pages (every dev hijack set, the shared corpus, the dev clean extraction sets; URL =
# truth's) with such a path on a named host outside gov/edu, all are hijacked: 33 under chrome
# _publisher_chrome counts, 150 not; no legit or clean page has one. Skipping on _publisher_chrome
# (the voice relations' test) unflags 9 hijacked pages in 4 splits (rc18-002/-003, rc27-005/-017,
# rc31-001/-003/-006/-018, rc32-007: copies whose stripped masthead is a section's name, 新闻网, 学院新闻)
# and drops 14 redundant mirror_copy findings. Narrowest form (a publisher or company name holding a
# body's or a place's name, 恩施州教育网, 开平市政府网): 3 pages, rc32-007 unflagged and rc20-015's
# mirror_copy dropped (a government's copy keeping its own masthead, 开平市政府网: the form excuses exactly
# the copies that keep the body's chrome). Every form unflags rc32-007, hijacked, and no dev legit or
# clean page changes: left out (the latent false flag stays; tests/clean/test_foreign_host.py xfail).
# Asked in session 35 (cp35; v42 §3 rc42b-003: a college's VSB page on its own www.hncc.net, flagged here,
# its shell naming only 学院新闻网 and its text 我院): whether a page naming no body by a proper name — its
# owner by kind alone (学院新闻网, 校团委, 本级人民政府办公室) or not at all — is left unjudged, as
# unrelated_subject_host now leaves a shell naming no owner. Of the 175 dev pages (every dev hijack set and
# the shared corpus, truth URLs) this relation flags, all hijacked, 67 name no body (the copier put a brand
# in the name's place or cut it: rc31-003 18新利luck菲律宾, rc36-004 永利), and 16 are flagged by it alone:
# rc42b-003 and 15 copies in 12 splits (rc8-014, rc14-006, rc19-019, rc21-005, rc21-016, rc23-009, rc27-005,
# rc30-010, rc31-003, rc32-002, rc36-004, rc36-006, rc38-018, rc38-019, rc40-015). Nor does the host
# separate them: hncc is initials, and so are the copies' kyscl, lcmzpf, bfcjf; sdnzxy (…学院's xy),
# hiracollege and sancoll carry copies too (expired bodies' domains). Left out: the latent false flag stays.
_BODY_CMS_PATH = re.compile(r"/info/\d{3,5}/\d+\.s?html?$|/c\d+a\d+/page\.s?html?$"
                            r"|/content/post_\d+\.s?html?$|/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.s?html?$", re.I)
# A body's name as a page writes it, which a body's own site on a commercial host spells (a school,
# a government, a hospital, a state company running the same CMS on its own .com).
_BODY_ENDS = f"{_SCHOOL_ENDS}|政府|医院|醫院|委员会|委員會|局|集团|集團|公司"
_BODY_NAME = re.compile(f"(?:{_BODY_ENDS})")


def cms_path_host(url: str | None, page: str, owners: Iterable[str], declared: Iterable[str] = ()) -> str | None:
    """The host, when a page at an address a public body's CMS mints (_BODY_CMS_PATH) is served
    from a host outside gov/edu suffixes (as foreign_host judges hosts) that spells no body the
    ``page`` names and none of its ``owners``: the body's page copied, address and all, onto
    another's host (the page's owner, as its own address says, vs the host serving it)."""
    if not url or not _BODY_CMS_PATH.search(urlsplit(url).path):
        return None
    served = _served_runs(url, declared)
    if served is None:
        return None
    host, runs = served
    return None if _spells_a_name(runs, _BODY_NAME, page, owners) else host


# A government (or its police, its bureaus) speaks of its own place in the first person (我县, 我区,
# 我镇, 我市, 我局: v30 §6.1), or opens its news with its own name as the subject holding a meeting or
# an event (万州区公安局开展…, 石门镇召开…: a place of one to four characters and its level, the office
# after it, then what _HOLDS says); 自我 (self-) and 我市场 are no body. A reporter's story of a
# government reads the same (记者从…获悉 aside), so the voice counts only on a page whose chrome names
# no publisher or company (_publisher_chrome), served from a host outside gov/edu that spells no body
# or place the page writes (_PUBLIC_NAME). 我乡 was left out: its one dev page served from a named host
# is a blogger's home village (cwced blog.china-pub.com). Measured on every dev page (every dev hijack
# set, the shared corpus, the 20 clean extraction sets; URL = truth's): the voice stands in 243 articles,
# 30 of them served from a named host outside gov/edu (the rest on gov/edu hosts or with no URL: not
# judged): 24 hijacked (17 flagged before) and 6 clean or legit, none flagged (news.china.com.cn,
# guanxian.org, qianlima.com, fzsz.net, slsyxx.cn under a publisher's or a school's chrome or on a host
# spelling a name the page writes; zh.wikipedia.org spelling 容城). Only that one clean extraction
# page is served from such a host: the clean sets' Chinese news pages mostly have no URL. It flags 6
# hijacked pages missed before, in 5 splits (rc15-004 v15, rc16-017 v16, rc17-005 v17, syn19-017/-018
# v19, rc30-009 v30: the split whose account named the form); sy31-026 stays (its host spells by
# chance a place it names).
_BODY_VOICE = re.compile("(?<!自)我(?:县|縣|区|區|镇|鎮|市(?!场|場)|局|委|厅|廳)")
# A public document — a notice or a regulation, with its issuing number (珠府[2002]64号, 国办发〔2020〕1号)
# or its articles (第一条 … 第二条) — is written to be reprinted: law databases and reprint portals serve it,
# in its issuer's voice (我市), from hosts of their own. Found at the scoring of held-out v32 (rc32-018, a
# city's regulation on a law-text site, legit, flagged by this relation; no held-out page gained). On dev
# (v32 included) 19 pages' texts are such documents, 7 served from a named host outside gov/edu, 2 of
# them in the voice (rc32-018 and one hijacked page this relation does not reach); none of the 14 other
# pages this relation marks is one, so the gate changes no other dev page (2026-12-05).
_PUBLIC_DOCUMENT = re.compile(f"{HAN.pattern}{{1,8}}" r"[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,4}\s*号"
                              r"|第一条.{0,400}?第二条", re.S)
_PLACE_ENDS = "省|市|县|縣|区|區|镇|鎮|乡|鄉|街道|旗"
_BODY_SUBJECT = re.compile(
    _CLAUSE_START + f"{HAN.pattern}{{1,4}}?(?:{_PLACE_ENDS})"
    r"(?:人民政府|政府|[^\s，,。]{0,8}?(?:局|委员会|委員會|派出所|办公室|辦公室|法院|检察院|檢察院))?" + _HOLDS)
# A body's or a place's name as a page writes it (万州区公安局, 石门镇): a town's own site on a
# commercial host spells it. Asked in session 26 (pr26, variant 94b0fdc): 中心 as an ending too — a
# public institution under a government names itself a centre (宁夏体育彩票管理中心, 县融媒体中心) and
# speaks in its government's voice (我区), and its own site on a commercial host spells that name
# (nxtcw: 宁夏体彩; v34 rc34-011, legit, flagged by unnamed_body_host for want of the name). A name read
# here only excuses a page. Measured on every dev hijack set and clean-reprints (bench/hijack.py --data
# /tmp/nodata, cmp.py vs main 2ce40f2): rc34-011 unflagged, no other record changed, no hijacked page
# lost; no clean extraction set has a flag from these relations. One set only (the precision rule asks
# two): left out, tests/clean/test_foreign_host.py strict xfail.
_PUBLIC_NAME = re.compile(f"(?:{_BODY_ENDS}|{_PLACE_ENDS})")


def unnamed_body_host(url: str | None, article: str, page: str, owners: Iterable[str],
                      declared: Iterable[str] = ()) -> str | None:
    """The host, when an ``article`` that speaks as a government body (_BODY_VOICE, _BODY_SUBJECT) on
    a page whose chrome names no publisher or company is served from a host outside gov/edu suffixes
    (as foreign_host judges hosts) that spells no body or place the ``page`` names and none of its
    ``owners``: a government's news on somebody else's host, its owner written nowhere the host
    answers to (unnamed_school_host's relation, with a government's voice)."""
    voiced = _BODY_VOICE.search(article) is not None
    if not voiced and not _BODY_SUBJECT.search(article):
        return None
    if voiced and signed_by_speaker(article, page):
        return None  # the body's own item, filed to a site that carries it
    if _PUBLIC_DOCUMENT.search(article):
        return None
    served = _served_runs(url, declared)
    if served is None:
        return None
    host, runs = served
    if not voiced and _names_itself_a_publisher(runs):
        # a body named by itself (丰县市场监督管理局开展…), not speaking in the first person, on a host that names
        # itself a forum or a news site (bbs.…, news.…: _PUBLISHING_HOST, unrelated_subject_host's gate): a
        # reprint, the site's own identity saying whose page it is (v43 §3 rc43b-017, a county forum's printable
        # thread, clean). Measured with the 学校党委 reading above: of the 1,808 pages, the only change it makes.
        return None
    if _publisher_chrome(owners, runs) or _spells_a_name(runs, _PUBLIC_NAME, page, owners):
        return None
    return host


# Asked in session 28 (cv28, variant 64b95a7; this revert is the alternative if its gains are judged tuned-on;
# issue 11, v36 §1 R2/R3): the same government's report with its owner spoken of in the
# third person wherever its lead puts it — at the start of any clause of the lead, after a dateline credit,
# purpose clauses (为净化…，推进…，) or a date, in either script — acting by what a body does in its own
# report (_HOLDS, an adverb of effort before it or before 推进/落实/部署, or a court's and a
# procuratorate's acts, 审理, 提起公诉), its office a bureau, a court, a party branch or a bare 公安
# (石泉縣公安積極組織開展…, 尤溪縣法院審理認為, 乳山市城区街道富大区党总支开展…). Unlike cp27 (above) a credit
# (通訊員, 中新社…电, 来源) does not clear it: v36 labels such copies hijacked (rc36-009, -013). Newsrooms
# write the same third person, so it is read only on a host that names itself no publisher
# (news, xinwen, bbs, blog, paper, daily…: cp27's list), besides unnamed_body_host's own gates (chrome, spelt names).
# Measured (dev data, tuned on) with bench/hijack.py --data /tmp/nodata against main cf6e191's dumps
# (b28/nodata, 84 dumps): 6 flags gained, no other record changed — rc36-013, rc36-015 (v36, studied),
# rc31-012 (v31: 連云港市民政局召開 after a purpose clause and a dateline credit), rc5-012 (v5:
# 平庄镇政府大力推进), rc18-020 (v18: the party branch), rc35-013 (v35: 光山縣公安局嚴格落實); pooled real
# recall 616 -> 622 of 740. The clean extraction sets: of 6,926 dev-* pages with a URL on a named host
# outside gov/edu, 3 carry the new form (beijing.qianlong.com twice, news.hexun.com), none flagged.
# Without the host gate it flagged legit rc-ho-026 (sx.news.163.com, 朔城区人民法院审理) and rc17-021
# (daydaynews.cc, 由…檢察院提起公訴). Said plainly: the form built on v36 alone (any clause start, 公安, the
# court's acts) gained rc31-012 only; the party branch and the adverb of effort before 推进/落实 were
# added after rc18-020 (cp26's build page), rc5-012 and rc35-013 (cp27's studied page) were seen missed.
# Not reached: R1 (该校, a reporter's word, under 中新社), and the same form as legit pages of earlier
# labels — rc32-025 (荊楚網訊(記者…通訊員…)…通城縣公安局傳來消息, m.vigoraudio.com), rc27-023 (西江都市報訊,
# 蒼梧縣公安局在沙頭鎮通過…巡查, 374117.com), rc2-025 (中新社…電, 3se4se.com): they stay clean only because
# their verbs are none the variant reads, so its precision on credited copies rests on the verb list.
# Strict xfail: tests/clean/test_body_actor.py (the legit forms' test kept); the variant also passes
# cp26's office test and drops cp27's credited cases from its left-alone test.


# Asked in session 27 (cp27, variant 5f50fdb; this revert is the alternative if its gains are judged tuned-on):
# a public body's report in the third person (issue 11, v35 §7.1). A copy whose
# copier dropped every voice word (我县, 我校) still reports what a body did — a bureau, a street
# office's party branch or a centre named as the actor of a clause of the lead (光山县公安局严格落实…,
# X街道党总支开展…, 由X管理中心与Y共建…). A public body's name holds its place or its state (乳山市,
# 国家, 中国): 贵宾厅 names a room. The same third person is every newsroom's and every reprint's (county
# police crackdown stories fill the dev legit pages), so the report counts only where nothing on the
# page credits anyone with it: no 来源, no outlet's dateline (dateline_source, _OUTLET_NEWS), no reporter,
# editor or 据…消息 (_CREDIT), no publisher or company in the chrome (_publisher_chrome), on a host that
# names itself no news site, forum or blog (_PUBLISHING_HOST) and spells neither the body nor any body or
# place the page writes. Measured (dev data, tuned on) on every dev page served from a named host outside
# gov/edu (1,473: 701 hijacked, 379 legit, 393 clean of clean-reprints, the shared corpus and the 26 dev
# clean extraction sets with such pages; each cleaned by main b5a92e4, the reader called on its output):
# the third-person lead alone stands on 62 legit and 14 clean unflagged pages against 25 hijacked; with
# the gates it stands on 7 hijacked pages (4 flagged already) and one clean page already flagged
# (clean-reprints cr-015, by unnamed_school_host), and flags rc18-020 (v18), rc34b-005 (v34b) and
# rc35-013 (v35, the studied split); bench/hijack.py over every dev hijack set (--data /tmp/nodata) against
# main's dumps: those 3 flags and no other record changed (pooled real recall 587 -> 590 of 707); the 9
# Chinese clean extraction sets (xmunews, cwced, magichtml, danielzh, twnews, twparser, multiboilerzh,
# ceed, cxextractor) identical to main's, fields included. Each gate holds back legit pages: without _PUBLISHING_HOST rc25-022,
# rc35-027 (a forum), rc5-029; without _CREDIT 8 (cr-017, rc-ho-021, rc2-024, rc24-023, rc32-025, …);
# without _OUTLET_NEWS rc27-025 (星报讯); without _STATED_NAME rc32-019 (贵宾厅). The 由 agent form was
# added for rc34b-005 after it was seen missed; rc18-020 is the page cp26's purpose-clause reader was
# built on. Not reached: copies crediting their wire or paper (rc35-009, -015: 来源/新华社…电; rc35-016:
# 启航网讯, the copier's name in the dateline), actors without place (由图书馆主办: rc19-020), and
# spun or scattered leads (rc35-018).
# Strict xfail: tests/clean/test_reported_body.py (and cp26's office test, which the variant reads).


# Asked in session 26 (cp26, variant d1e83ce, reverted by e1d785c): two marks of a body's own page that
# a copy keeps and these relations leave unread. A part of a body (图书馆, 外国语学院) owning a page whose
# host spells no body the page writes, its parent neither (foreign_host only notes a part), and a
# government office's news whose subject opens after its purpose clause (为进一步…，X街道…党总支开展…:
# _BODY_SUBJECT reads it at its sentence's start). Read as flags on a named host outside gov/edu that
# spells no body or place the page writes (the voice only under no publisher's chrome), they flagged
# rc18-020 (v18), rc19-004 and rc19-020 (v19) and changed no other record of the dev hijack sets,
# clean-reprints, the shared corpus or the 9 Chinese clean extraction sets (vs main 2ce40f2). Left out:
# every gain was a page they were built from. Strict xfails: tests/clean/test_copies_keeping_marks.py.


# A public body's own news credits the body as its source (来源：宣汉县三河学校, 来源：大栗港镇, 來源：中國礦業大學):
# the owner as the article's byline names it. A whole name ending as a government, a place, a school or
# a bureau does (WHOLE_BODY, SUB_BODY, _PLACE_ENDS; hospitals and companies left out as foreign_host
# leaves them), three characters at least (a bare 学院 names nobody). Measured in session 25 (cp25) on
# every dev page (every dev hijack set and clean-reprints, bench/hijack.py --data /tmp/nodata, every
# record compared with main's; the clean extraction sets' dumps of main, whose 来源 fields this reads):
# 29 pages credit such a body and are served from a named host outside gov/edu: 24 hijacked, 20 of them
# flagged before; the 5 others (legit rc8-021 under 四川省慈善联合总会, clean syn12-017, syn13-025,
# syn14-006, -013: schools' own hosts reprinting a bureau's notice) stand under a chrome or on a host
# spelling a name the page writes. It flags the 4 others, one copy in each of 4 splits, missed before
# with no voice word and no owner in their chrome (stripped): rc19-015 (宣汉县三河学校), rc20-011
# (大栗港镇), rc21-013 (中國礦業大學, converted to traditional script), syn20-034 (城建学院), and changes
# no other dev record. No clean-reprints page credits such a body (cr-014's 公安厅 ends otherwise).
_CREDITED_BODY = re.compile(f"{HAN.pattern}{{1,16}}(?:{_WHOLE_ENDS}|{_SUB_ENDS}|{_PLACE_ENDS})")
MIN_CREDITED_NAME = 3
# ...or credits a unit of the body, unnamed: its party or league organ, an office, a department or a section
# (校团委, 党委宣传部, 仙葫党总支第五党支部, 招生就业处, 办公室). A body's own site credits its news to the unit that
# wrote it; a reprint or a portal credits the body by its name, or an outlet. So a unit's credit is no source
# stated from elsewhere (unrelated_subject_host stops on any 来源): it says the page is the body's own, and the
# relation is the body's credit's — a host spelling no body or place the page writes, under no publisher's or
# company's chrome, is somebody else's (v43 §1 R2, rc43-007: a hospital's party branch, its lead naming no
# hospital, 我院). Measured (cp37, dev data, tuned on rc43-007) by asking it of every dev page this relation
# and unrelated_subject_host were asked of at the truth URL (a recording of the engine's calls on the 2,104
# pages on named hosts outside gov/edu of every dev hijack set and the shared corpus): 34 credit such a unit,
# 24 hijacked and 10 clean or legit (syn12-016, syn13-014, -027, syn15-014, -037, syn17-012, -021, -027,
# sv36-002, -012: each under a publisher's chrome or on a host spelling a name it writes, none flagged). It
# flags 7, all hijacked: rc27-020 (v27, 校团委 on cqsbzx.com) and rc43-007 (v43), missed before, and 5 flagged
# by other readers. The clean extraction sets (dev-*: 149 pages writing a 来源 on named hosts outside gov/edu)
# credit no unit. Served from a host with no letters to spell (www.3826415.com), 13 of the 147 legit and clean
# dev pages crediting a unit are flagged (all synthetic: a body's own news on nobody's host, what it reads).
# The unit by its ending: a party or league organ, an office, a party committee's department (宣传部, 组织部,
# 统战部, 学生工作部) or an administration's (教务处, 德育处: two characters before 处, not 出处). Any X部 or X科
# names clubs, headquarters and encyclopedias as well (俱乐部, 总部, 维基百科: a 来源 of dev-v33-twparser).
_BODY_UNIT = re.compile(f"[{HAN.pattern[1:-1]}、]{{0,16}}(?:党委|黨委|党总支|黨總支|党支部|黨支部|团委|團委|团总支|團總支"
                        f"|办公室|辦公室|(?:宣传|宣傳|组织|組織|统战|統戰|工作)部|{HAN.pattern}{{2}}(?:处|處))")


# Asked in session 30 (gt30, variant 9a76dc2; v38 §1 R2, §2 S3): two gates that close this relation on
# copies. A 来源 naming the body's column after it (安徽省體育局_媒體關注, X局-工作动态: the body before a
# separator _ - | / taken as the credit) and a part's foreign_host note (a bureau's, a college's page: the
# engine asks this relation and unnamed_body_host only when foreign_host found nothing). Measured (dev data,
# tuned on) by cleaning directly the 1,570 dev hijack-set pages served from a named host outside gov/edu
# and the 241 clean extraction pages on such hosts naming a body or a place (the only pages these relations
# judge), against 70d8a3a: rc38-015 (the column 来源) and sv38-028 (a bureau's page on www.wsbjv.cn, its
# 来源 and voice naming it) flagged, both in v38, the split whose account named them; no other record
# changed (rc18-017, a 商学院 on its college's own host, keeps its note). One split: left out. Strict
# xfails: tests/clean/test_foreign_host.py. The note's half came back with v48 (§1 R3, rc48-011: a second
# split): the engine now asks every relation past a part's note unless the part stands on a site below a
# domain (part_under_parent: rc18-017 keeps its note); the column 来源 is still left out.
def credited_body_host(url: str | None, source: str | None, page: str, owners: Iterable[str],
                       declared: Iterable[str] = ()) -> str | None:
    """The host, when the article's 来源 (``source``) credits a public body (_CREDITED_BODY) or a unit of one
    (_BODY_UNIT) and the page is served from a host outside gov/edu suffixes (as foreign_host judges hosts), under no
    publisher's or company's chrome (_publisher_chrome), that spells neither the credited body nor
    any body or place the ``page`` names nor its ``owners``: the body's own news, its byline naming
    it, copied onto somebody else's host (unnamed_body_host's relation, with the credit saying who
    the owner is). A portal reprinting a body's news under its own name keeps its chrome; a body's
    own site on a commercial host (a school reprinting its county's notice) spells a name it writes."""
    name = (source or "").strip()
    if len(name) < MIN_CREDITED_NAME or not (_CREDITED_BODY.fullmatch(name) or _BODY_UNIT.fullmatch(name)):
        return None
    served = _served_runs(url, declared)
    if served is None:
        return None
    host, runs = served
    if _publisher_chrome(owners, runs) or any(spells(run, name) for run in runs) \
            or _spells_a_name(runs, _PUBLIC_NAME, page, owners):
        return None
    return host


# The copies still missed on dev after credited_body_host (session 25, cp25; every dev hijack set, truth
# with no spam string or a copy as its only evidence), by what holds the relations back:
# - a chance spelling: rc30-012 (zjthegrand spells 河南省登封市公安局), sy31-026 (chenxiangtea, 宁远县);
# - a voice no relation reads: rc19-017 (我院, a hospital's), rc18-020 (…街道…党总支开展 after a long
#   purpose clause), rc19-014 (學校領導 as subject, under 启航网, a school news site's own name);
# - a department's page (a note, not a flag: foreign_host): rc19-004 (Japanese), rc19-020 (图书馆);
# - a translation hiding every name: rc19-005 (English), rc19-004;
# - a school's short name: rc32-014 (輔大);
# - a news outlet's copy with no public body as owner (人民政協網, 連網, 人民網, 中新社, a lottery report):
#   rc9-016, rc10-006, -011, rc16-020, rc17-006, rc19-008, rc22-019, rc31-011, -012 — the same form as
#   the pages labelled legit before v34's one label for copies (rc2-025, -026, rc27-023, rc32-021, -025:
#   traditional wire reports on unrelated hosts, half-converted phrases 3-4 as the copies'), so any
#   relation reading them flags those legit pages; hosts with no letters to spell (www-35677.com,
#   2961688.com, 4huh31.com) say nothing either way.
# Asked too: a government site's identity code (网站标识码) in the chrome of a page on a named host
# outside gov/edu spelling no name the page writes. On dev it stands on 19 such pages: 18 hijacked (14
# flagged before, rc20-011 now by its credit) and legit rc19-029 (冠县新闻网 on guanxian.org, spelt);
# it would gain rc19-005 and rc19-017, one split only: left out.


# A copy's owner read from the relation, not from its grammar (session 29, cv29; v37 §7.2). The voice and
# subject readers above (and cp26, cp27, cv28's variants) ask how a body speaks of itself; each widening of
# their verb or voice lists met legit reprints. This asks instead whether the story's subject — the public
# bodies and places its headline and first sentence name (_PUBLIC_NAME endings, three characters at least)
# — stands in any relation to the site serving it: a subject its host spells, one sharing a word with the
# owners its template names (institution.related: 贵州体彩 of 遵义体彩), one whose place its chrome writes
# (the page outside the story and its headline); and whether the site says whose the story is — a stated
# source (来源, an outlet's dateline or credit, a reporter, correspondent or editor, 据…消息, 从…获悉, a
# masthead line), a publisher's chrome (an outlet's name, a news column, a host naming itself news, bbs,
# blog, paper: cp27's _PUBLISHING_HOST), or a chrome crediting the site by its host. A site of nobody the
# story names, saying nowhere where the story came from, serves a copy. Measured (dev data, tuned on: the
# gates were added after reading the legit pages the bare relation flagged on every dev hijack split) with
# bench/hijack.py --data /tmp/nodata against main e01f125's dumps (b29/nodata): 11 flags gained, no other
# record changed — rc22-004 (v22), rc28-016 (v28), rc30-003/-004/-015 (v30), rc34b-005 (v34b), rc4-004
# (v4), rc9-002 (v9), rc37-001/-005/-018 (v37, studied); pooled real recall 641 -> 652 of 775. The bare
# relation (a served named host, no 来源, no publisher's chrome, no name the host spells) flagged 47 legit
# pages beside 25 hijacked ones: most are dev's legit gambling-news reprints, which state a reporter or an
# outlet (rc-ho-021, rc35-022…), stand under a news column or an outlet's name (rc37b-016 法治新闻, rc30-022
# 半岛网, rc3-015 央视网), on a news or forum host (sx.news.163.com, bbs.gxbs.net), or are traditional-script
# stories of Macau's bodies (rc2-030, rc16-029, rc34-012, rc37-027: MAX_TRADITIONAL_SHARE). The clean
# extraction sets: the reader returns None on each of the 214 Chinese dev-* pages served from a named host
# outside gov/edu (direct calls; the others have no URL or no Han name). Not reached: traditional copies
# (rc37-017 我省, rc37-020, rc35-013), a copy under a 新闻中心 column (rc18-020, rc25-010), a public document
# (rc4-005), English spun copies. Two gains are right for a thin reason: rc22-004's and rc30-003's
# "subjects" are a porn phrase and a company's name (中文字幕国内一区, 电子有限公司), hijacked pages either way.
# Its gates being dev figures, it was first kept a frozen variant (3dcacd2) and run sealed on held-out v38
# before anyone read it: it flagged rc38-016 (hijacked: a city sports bureau's news on a numbered host) and
# changed no other record of v38's 278 pages, 11 legit real pages and 165 clean news pages among them.
# Wired on that (session 29).
LEAD_CHARS = 300
_LEAD_SENTENCE = re.compile(r"[^。！!？?\n]+")
# A reprint's own word for where it came from, in the lead or about the story: a reporter, a correspondent,
# an editor, a paper's own news (本报讯), an outlet's news mark (X讯, X日电), 据…消息.
_STATED_CREDIT = re.compile("记者|記者|通讯员|通訊員|编辑|編輯|责编|責編|本报|本報"
                            "|[^\\s，,。]{0,10}(?:报|報|网|網|社|台|融媒)(?:讯|訊)|[^\\s，,。]{1,12}\\d{1,2}日(?:电|電)"
                            "|[据據][^，,。]{1,20}消息|[从從][^，,。]{1,20}(?:了解到|获悉|獲悉)")
# ...but the site's own word for its own news (本网讯, 本站讯, 本报讯, 本台讯: "this site's news") names no
# source elsewhere: it says the page is the serving site's own, which is what the relation asks of the site (a
# county portal's 本网讯 item copied onto an unrelated host keeps it). A paper's 本报记者 stays a reporter's credit.
_SELF_CREDIT = re.compile("本(?:网|網|站|报|報|台)(?:讯|訊)")
# A publisher's mark in the chrome: a column of news (法治新闻, 资讯, 新闻中心) or an outlet's name (半岛网, 央视网,
# 週刊: inforow.ends_as_outlet) — a portal carrying others' news.
_NEWS_COLUMN = re.compile("(?:资讯|資訊)(?:中心)?$|(?:新闻|新聞)中心$")
# A host naming itself a publisher of others' stories: a news site, a forum, a blog, a paper (cp27's
# _PUBLISHING_HOST, session 27).
_PUBLISHING_HOST = re.compile("news|xinwen|bbs|luntan|forum|blog|paper|ribao|daily|press|times")


# A news column excuses a copy when the chrome files the page under it (v44 §7.2): the column standing alone
# on its line (its heading: 新闻中心) or in a crumb (首页 > 新闻中心 > 正文). One item of a menu line
# (首頁 | 新聞中心 | 國內 | 教育, 网站首页 | 资讯中心) says only that the site has such a column: a copier's menu,
# rebuilt or kept from any site, writes one as often as a portal's does. Measured (cr39, dev data, tuned on
# rc44-016) by asking the relation again with the arguments the engine gave it on every dev page at its truth
# URL (every dev hijack set and the shared corpus; the pages of the 46 dev-* extraction sets writing Han text):
# +rc18-020 (v18), rc25-010, rc25-013 (v25), sy31-033 (v31), missed before, and a finding more on flagged
# rc36-010; no legit or clean page flips (rc15-011, rc24-025, rc28-021, rc7-023, legit, file the story under
# the column on a line of its own or in a crumb and stay excused).
_CRUMB = re.compile("[>»]")
# The words of a rights notice around its holder (Copyright © 2024 X All Rights Reserved): no items of a menu.
_RIGHTS_WORDS = re.compile(r"copyright|©|\(c\)|all rights reserved\.?|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", re.I)
# A field's label before its value in a chrome part (版权所有：, 主办单位:).
_LABEL_BEFORE = re.compile("^[^:：]*[:：]")


def _filed_under_column(line: str) -> bool:
    """Whether a chrome ``line`` files the page under a news column (_NEWS_COLUMN): the column alone on its line
    or in a crumb; one item among others of a menu line says only that the site has one."""
    items = [item for item in _CHROME_PARTS.split(line) if item]
    return any(_NEWS_COLUMN.search(item) for item in items) and (len(items) == 1 or bool(_CRUMB.search(line)))


def _outlet_named(line: str) -> bool:
    """Whether a chrome ``line`` names an outlet (半岛网, 版权所有：央视网): an item ending as one's name does. Standing
    alone on its line (the site's name in a header, a copyright line's holder) a kind (新闻, 信息网, 版权所有：新闻:
    kinds.kind_only) names nobody: any copier's shell writes it. One item of a menu (首页 | 新闻 | 财经) still says the
    site runs a news section, a publisher's mark (v14 rc14-007, v36b rc36b-015: legit, excused by it); an item of a
    crumb (您的位置: 首页 > 新闻) is the page's path, and a kind there names nobody either."""
    items = [item for item in _CHROME_PARTS.split(_RIGHTS_WORDS.sub(" ", line)) if item]
    if len(items) == 1:
        return _names_outlet_not_kind(items[0])
    if _CRUMB.search(line):  # a crumb's kind (首页 > 新闻) is the path to the page on any site: it names no outlet
        return any(_names_outlet_not_kind(item) for item in items)
    return any(ends_as_outlet(item) for item in items)


def _names_outlet_not_kind(item: str) -> bool:
    """Whether a chrome ``item`` ends as an outlet's name and, its field label aside (版权所有：), is more than a kind (kinds.kind_only)."""
    return ends_as_outlet(item) and not kind_only(_LABEL_BEFORE.sub("", item))


def _names_itself_a_publisher(runs: list[str]) -> bool:
    """Whether a host's words (``runs``) name it a news site, forum or blog (_PUBLISHING_HOST)."""
    return any(_PUBLISHING_HOST.search(run) for run in runs)
# The share of one-script characters of a story that are traditional, above which its places are those
# of a traditional-script region (Macau, Hong Kong, Taiwan: 澳門政府, 立法會常設委員會), whose news its own
# sites carry under names no mainland place reading relates (dev legit rc2-030, rc16-029, rc34-012,
# rc37-027). A mainland copy converted to traditional script is lost with it (rc37-017, rc35-013),
# unless its converter left its trace (MIN_KEPT_SIMPLIFIED).
MAX_TRADITIONAL_SHARE = 0.5
# A traditional story keeping simplified characters a traditional writer replaces, inside phrases
# (基于, 范圍, 并處: glosses.kept_simplified), at this many places, was converted from a mainland text
# by a machine: its places are the mainland's, and the gate above is not for it. Measured (mwc30,
# 2026-12-06) with the gate lifted for every traditional story of bench/data/dev and the dev-*
# extraction sets: the lifted reader names a host on 20 pages (19 of bench/data/dev, flagged or not,
# and tw38-0004 of dev-v38-twevent); the 4 not hijacked (rc2-030 澳門, rc34-012, rc37-027, tw38-0004)
# keep 0 such places, 14 of the 16 hijacked keep 1 to 7. Legit traditional pages the reader does not reach keep 1 on their own (rc8-024 然后,
# rc17-021 參与, rc36-023 占中: Taiwanese usage), so one is not a trace; 2 is. New flags on dev:
# rc23-005 (2 places), rc30-012 (3); rc35-013 (1: 位于) and rc37-017 (0) stay lost.
MIN_KEPT_SIMPLIFIED = 2
_CHROME_PARTS = re.compile(r"[\n|｜>»\u2002\u3000 ]+")
# A page whose shell writes not one word outside the story and its headline (nor before its first sentence or
# after its last: a small page's menu and footer, which the extractor may keep with it), its template naming no owner
# (an empty header, the headline as <title>: a page rebuilt from a story's text), says nothing of whose
# site it is: its subjects cannot stand in "no relation" to an owner it never names (v42 rc42-032: a
# lottery's news in such a shell, legit; v41 rc41-023 is the class too, left by its public host). A copier's page shows a site —
# a brand, another site's menu, its stories, a column's name — and stays judged; so does a story converted
# to traditional script by a machine (the gate above lets only such a one through): the converter's
# trace is the copier's hand. Measured (cp35, dev data, tuned on rc42-032): of the 23 dev pages this
# relation flags at their own URLs (every dev hijack set and the shared corpus, Chinese pages on named
# hosts), it drops rc42-032 (legit) and rc30-004 (hijacked, lost: a company's report in an empty shell
# whose injection — a slot brand for the company's name — no reader reads; a legit story in that shell
# was flagged alike); rc30-012 (converted, no shell) stays. Served from a host with no letters to spell
# (www.3826415.com), the 1,650 legit and clean Chinese dev pages (hijack sets, shared corpus, the 44 dev-*
# extraction sets) drew 17 flags from this relation, 15 after (rc42-032 and rc-ho-026 dropped; the 15
# name their site — a body, a forum, an outlet — which that host indeed does not spell).
_ANY_WORD = re.compile(r"[^\W\d_]")


def _outer_lines(article: str) -> str:
    """The lines of ``article`` before its first sentence and after its last: a small page's menu and footer,
    which the extractor may keep with the story (a heading between its sentences is the story's own)."""
    lines = article.split("\n")
    told = [i for i, line in enumerate(lines) if SENTENCE_ENDS.search(line)]
    return "\n".join(lines[: told[0]] + lines[told[-1] + 1:]) if told else article


# A lead credit opening a line of the story: an outlet's news mark and the reporters it sends (本报讯(记者陈荞),
# 汨罗融媒体讯(记者周敏通讯员湛韬), 青禾日报讯 记者 张三 报道). The reporters are the credited outlet's, so the credit
# is read as one: whose outlet it names decides what it says of the serving site (_foreign_credit). A copy keeps
# its origin's credit (v50 §1 R1/R3, v49 rc49-023), so a credit was a veto of every copy relation here; read by
# whom it relates to, it vetoes only on the credited outlet's own site. Measured (cp51, session 46), with the crumb
# kind (_outlet_named) and the story's start below a caption (story_subjects): the old and the new relation asked
# side by side on the engine's own arguments for every dev page on a URL with Han text (4,249: every bench/data/dev
# set, the shared corpus, the 826 such pages of the 52 dev-* extraction sets): 5 pages change, all hijacked copies
# flagged now by mirror_copy and missed before — rc50-018, rc50-025 (v50) and rc49-023 (v49), read while designing;
# rc34b-013 (v34b, a city paper's 本报讯记者…报道) and rc35-016 (v35, a school news site's 启航网讯), not read: out
# of the design splits 2 pages, v40-v48 none. No legit or clean page changes.
# The endings of an outlet's name before its news mark 讯 (青禾日报讯, 汨罗融媒体讯), written once for the credit and for
# taking the ending off the name below.
_OUTLET_ENDINGS = ("报", "報", "网", "網", "站", "社", "台", "融媒体?", "融媒體?")
_LEAD_CREDIT = re.compile(r"^[ \t\u3000]*(?P<outlet>[^\s，,。:：()（）【】]{1,12}?(?:" + "|".join(_OUTLET_ENDINGS) + "))"
                          r"(?:讯|訊)[ \t\u3000]*(?:[(（][^()（）\n]{0,40}[)）]"
                          r"|(?:记者|記者|通讯员|通訊員)[^，,。\n]{0,24}?(?:报道|報道))?", re.M)
# The ending of an outlet's name, taken off before asking whether the serving site writes or spells the name
# (汨罗融媒体 → 汨罗, 青禾日报 → 青禾).
_OUTLET_KIND = re.compile("(?:" + "|".join(("日报", "日報", "晚报", "晚報", *_OUTLET_ENDINGS)) + ")$")


def _foreign_credit(head: str, runs: list[str], chrome: str) -> str:
    """``head`` without the lead credits that name no outlet of the serving site: the site's own word for its own
    news (本报讯, 本网讯 and the reporters in its brackets: _SELF_CREDIT's reading), and an outlet's credit whose
    name the site's host (``runs``) does not spell nor its ``chrome`` write — the origin's credit a copy keeps
    (汨罗融媒体讯(记者…) on a car site's subdomain). A credit naming the site's own outlet stays: a stated source."""

    def own(match: re.Match[str]) -> str:
        name = _OUTLET_KIND.sub("", match.group("outlet"))
        if _SELF_CREDIT.fullmatch(match.group("outlet") + "讯") or not (
                len(name) >= 2 and (name in chrome or any(spells(run, name, 0) for run in runs))):
            return " "
        return match.group(0)
    return _LEAD_CREDIT.sub(own, head)


def _stated_source(head: str) -> bool:
    """Whether a story's ``head`` says where it came from: an outlet's dateline or credit, a reporter's
    word (_STATED_CREDIT), or a masthead line opening it (山东体育学院学报 2018年2期)."""
    head = _SELF_CREDIT.sub(" ", head)
    first = head.split(maxsplit=1)[0] if head.strip() else ""
    return bool(dateline_source(head) or credited_outlet(head) or _STATED_CREDIT.search(head) or ends_as_outlet(first))


# A body named by its level alone (市卫生局, 县人民政府, 区委员会: "the city's health bureau"), no place
# before it: the writer's own city or county, whichever it is, so no host can be unrelated to it (v41
# rc41b-016: a hospital's 我院 news on its own lsszyy host, naming 市卫生局 as the only subject). A
# place after the level character (市中区) is a name. Measured (fp34, dev data, tuned on rc41b-016): of
# the 24 dev records this relation flagged (nodata dump of every dev hijack corpus, bbff0ec2), every
# other one keeps a subject naming a place or a named body (国家市场监管总局, 河南省登封市公安局); rc35-012
# (no subject in its cut text, flagged by spun_copy) loses only this note. One page: a narrowing, no reader.
_LEVEL_ONLY = re.compile(f"[省市县縣区區镇鎮乡鄉州旗](?!.*(?:{_PLACE_ENDS}))")


def _menu_line(line: str) -> bool:
    """Whether ``line`` is a menu: several items, the first a navigation word (首页, 网站首页: evidence.is_navigation)."""
    items = [item for item in _CHROME_PARTS.split(line) if item]
    return len(items) > 1 and is_navigation(items[0])


# The lines of a story's start where its lead credit (_LEAD_CREDIT) may open it, below a photo's caption
# or a repeated title (北京市委常委…参观巴东展馆 / 本网讯(特约记者…): v49 rc49-023; a caption, a title and a date
# row at most above it).
LEAD_CREDIT_LINES = 3
# A line wholly inside brackets above the story — a photo's caption or a note ((资料图片), （图为推进会现场）, 【图】) —
# is no sentence of it: the story's first sentence is the one after it.
_NOTE_LINE = re.compile(r"[(（][^()（）]*[)）]|【[^【】]*】|\[[^\[\]]*\]")


def story_subjects(headline: str, article: str) -> tuple[str, ...]:
    """The public bodies and places (_PUBLIC_NAME endings) the ``headline`` and the ``article``'s first
    sentence name, three characters at least, each naming a place (not its level alone: _LEVEL_ONLY). A small
    shell's menu the extractor kept above the story (首页 | 新闻动态 | 乡镇传真: items after a navigation word), or a
    caption or note in brackets above it (_NOTE_LINE), is no sentence of it."""
    lines = article.split("\n")
    while len(lines) > 1 and (_menu_line(lines[0]) or _NOTE_LINE.fullmatch(lines[0].strip())):
        lines.pop(0)
    opened = [i for i, line in enumerate(lines[:LEAD_CREDIT_LINES]) if _LEAD_CREDIT.match(line)]
    lines = lines[opened[0]:] if opened else lines  # the credit opens the story: above it, a caption or a title
    lead = _LEAD_SENTENCE.findall("\n".join(lines))[:1]
    return tuple(n for n in _read_names("\n".join([headline, *lead]), _PUBLIC_NAME, None)
                 if len(n) >= MIN_CREDITED_NAME and not _LEVEL_ONLY.match(n))


# Asked in session 44 (cr44, variant 2e6fb3d6; v48 §1 R1, rc48-005: a brand written wherever a university's name
# stood, seven times in the story and in the <title>, logo and footer, read as a publisher's chrome (…网), its logo
# as an outlet's name and its crumb's 新闻中心 as a news column): an owner the story writes 3+ times taken as the
# story's own body, no carrier's chrome. Measured (dev data) by cleaning with main and with it 486 dev pages on a
# named host outside gov/edu whose <title>/copyright name the body writes 5+ times (363 legit or clean) and the 312
# hijacked pages whose truth names a brand replacing a name: +rc48-005 alone, no other record; the 17 older pages of
# the family still missed write their owner in the story 0-2 times. One page of one split: left out (strict xfail in
# tests/clean/test_foreign_host.py).
def unrelated_subject_host(url: str | None, headline: str | None, article: str, page: str,
                           owners: Iterable[str], source: str | None, declared: Iterable[str] = ()) -> str | None:
    """The host, when a Chinese story whose subjects (story_subjects) stand in no relation to the site
    serving it — no subject its host spells, its template's owners name or its chrome writes — states no
    source (来源, dateline, reporter credit), is filed under no publisher's chrome or news column
    (_filed_under_column), and is
    served from a host outside gov/edu (as foreign_host judges hosts) spelling no body or place the page
    names: a story of B on a site of A (or of nobody), said nowhere on the page."""
    served = _served_runs(url, declared)
    if served is None or source or KANA.search(article) or _PUBLIC_DOCUMENT.search(article):
        return None  # (a public document is written to be reprinted: unnamed_body_host's gate)
    host, runs = served
    chrome = page
    for line in [*article.split("\n"), headline or ""]:
        if line.strip():
            chrome = chrome.replace(line, "\n")
    if _stated_source(_foreign_credit(article[:LEAD_CHARS], runs, chrome + "\n".join(owners))):
        return None
    converted = traditional_share(article) > MAX_TRADITIONAL_SHARE
    if converted and kept_simplified(article)[1] < MIN_KEPT_SIMPLIFIED:
        return None  # a traditional-script story, not a converted one: see MAX_TRADITIONAL_SHARE
    owners = [o for o in owners if not kind_only(o)]  # (版权所有：新闻 names no owner: kinds.kind_only)
    if _publisher_chrome(owners, runs) or any(run in o.lower() for o in owners for run in runs if not HAN.search(o)):
        return None  # a publisher's chrome, or one crediting the site by its host (Copyright © qjzfw.zjw.cn)
    if _names_itself_a_publisher(runs):
        return None
    if _STATED_CREDIT.search(_SELF_CREDIT.sub(" ", chrome)) or any(_filed_under_column(line) for line in chrome.split("\n")) \
            or any(_outlet_named(line) for line in chrome.split("\n")):
        return None  # a publisher's page: an editor's credit, a news column, an outlet's name
    if not converted and not owners and not _ANY_WORD.search(chrome + _outer_lines(article)):
        return None  # a shell naming no owner: nothing of the site to stand in no relation to the story
    subjects = story_subjects(headline or "", article)
    owned = [o for o in owners if HAN.search(o)]
    if not subjects or any(any(spells(run, s) for run in runs) or any(related(s, o) for o in owned)
                           or s[:2] in chrome for s in subjects):
        return None
    return None if _spells_a_name(runs, _PUBLIC_NAME, page, owners) else host


# A whole page converted to traditional script by a machine, chrome and all (v39 §1 R1-R4, §7.1): no
# simplified chrome is left for glosses.half_converted_phrases to ask, but the converter's trace is
# (kept_simplified: 基于, 規范, 游戲, 防范 — simplified characters a traditional writer replaces, kept
# inside phrases), at this many places of the article. Measured (cp31, 2026-12-06) with the reader
# asked at 0 on every dev page whose text is mostly traditional and keeps 2 places or more (161 pages:
# bench/data/dev, the shared corpus, /work/data/extract/dev-*), where no relation before it reached:
# on a host the gates below leave, hijacked copies keep 2-14 places in the article; the legit
# reprints of converted mainland news keep 4 (rc2-026 neijiangzixun), 3 (rc27-023, rc32-023, -025) and
# 2 (rc2-025, rc32-021); clean pages 2 at most (hk.finance.yahoo.com, sow.org.tw). At 5: +rc36-015,
# rc37-020, rc39-008, no other page; at 4 rc2-026 is flagged, at 3 all four legit reprints. Taiwan's
# own usage keeps some such characters (凶嫌, 雇用, 攀岩: up to 10 places on a udn page, but 1 in its
# article); Japanese text keeps many (takagi-hiromitsu.jp 5: left by its kana). The relations below
# excuse little: clean hk.news.yahoo.com, hk.finance.yahoo.com, sow.org.tw and miasan.com reach the
# count unexcused (0-2 places). A thin margin (one place above rc2-026): the count, not the relation,
# separates them. rc39-006 (3 + 1 in its headline), -009 (1) and -010 (0) keep too few.
MIN_WHOLE_KEPT = 5


def converted_copy_host(url: str | None, article: str, page: str, owners: Iterable[str],
                        declared: Iterable[str] = ()) -> str | None:
    """The host, when a page written in traditional script throughout (``page``: its text) holds an
    ``article`` keeping a converter's trace at MIN_WHOLE_KEPT places, served from a host outside gov/edu
    (as foreign_host judges hosts) that is no publisher's by its chrome (_publisher_chrome) and spells no
    body or place the page names: a mainland page converted whole and served by a host with no
    relation to it."""
    served = _served_runs(url, declared)
    if served is None or KANA.search(article) or traditional_share(page) <= MAX_TRADITIONAL_SHARE:
        return None
    if kept_simplified(article)[1] < MIN_WHOLE_KEPT:
        return None
    host, runs = served
    if _publisher_chrome(owners, runs) or _spells_a_name(runs, _PUBLIC_NAME, page, owners):
        return None
    return host
