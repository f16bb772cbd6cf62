"""Spam inside the article text itself, found even on a page that shows no other injection: the
article's lines go through each reader (brand shapes in sentences: brandshapes; keyword lines, pairs,
paragraph tails and domain runs: pasted; brand credits: credits; symbol, emoji and foreign-script
noise: noise; random tokens and keyword blocks: tokens), and every removal becomes a finding.

Articles that report on gambling keep every sentence: a sentence with reporting words (警方,
涉嫌, 判处…) is never touched, and brand names in ordinary slots ("W88 sponsored the club")
stay unless the page is otherwise shown to be hijacked (hijack.scrub decides that).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterable

from scraper.clean import betting, brands, brandshapes, credits, glosses, lexicon, noise, pasted, slots, tokens
from scraper.clean.evidence import Evidence
from scraper.clean.fieldbrands import headline_prefix
from scraper.clean.voiced import bare_stems
from scraper.clean.writing import FULL_STOPS

# A pitch: a sentence holding at least this many distinct SEO promo phrases (首存, 彩金, 注册即送…)
# and a gambling word, in an article whose other sentences hold no gambling word at all (v9 syn: a
# promo lead "X提醒您：首存即送彩金，真人视讯…" above a school's or a bureau's report, 3 pages, 2 of
# them with no other evidence). A report on gambling writes its topic's words in its other
# sentences, and quotes pitches with reporting words (诱饵, 警方), which exempt the sentence.
MIN_PITCH_TEMPLATES = 2
# ...and is a sentence, not a keyword run glued to the article's first paragraph (rc2-004's
# 60-character run plus the article's lead): at most this long, normalised (the v9 pitch: 34).
MAX_PITCH = 60
_SENTENCE_END = re.compile(r"(?<=[。！!？?])")
# A web address written into the pitch as text (【X娱乐】最新网址：abc581.com 注册即送88元) is the
# pitch's own call to go there, as a promo phrase is: it counts as one of MIN_PITCH_TEMPLATES (v22
# sv22-015/-016 held one promo phrase and a .com). A Chinese article's own sentences write no bare
# address beside a promo phrase and a gambling word: measured with the rest of the pitch's gates
# (2026-12-04), the change flags those two and changes no other dev page (hijack sets, shared
# corpus, 13 clean extraction sets).
# The host may be any subdomain (官方认证网址fs.x77.xyz, m.x.com), not www alone: the pitch points at a
# host of its brand's domain as it does at the domain (v46 sv46-031 wrote fs.<domain>.xyz and went unread).
_WRITTEN_ADDRESS = re.compile(r"(?<![a-z0-9.@/-])(?:[a-z0-9][a-z0-9-]{0,30}\.){0,3}?[a-z0-9][a-z0-9-]{1,30}\."
                              r"(?:com|net|cc|vip|top|me|co|io|xyz|"
                              r"app|win|bet|tv|org|info|cn|in)(?![a-z0-9.-])", re.I)

# ...and so is a call to ask the brand's customer service (详询X客服, 详情请咨询X在线客服): the pitch's way
# to the sale when it writes no address (v44 sv44-025: 返水 its one promo phrase, 首充 and 荷官 no terms).
# The same call closes v40's pitches (sv40-031, -032, two promo phrases besides). Measured (session 39,
# every dev set's html, the shared corpus and the 46 clean extraction sets, 12,938 pages): the call
# stands in 13 sentences, 3 of them with a gambling word (those three pitches); a clean page's
# (用户咨询忙坏客服, 联系云平台客服) holds no promo phrase, so it is never a pitch.
_CUSTOMER_SERVICE = re.compile("(?:详询|咨询|联系|联络)[^，。,；;！!？?]{0,10}?客服")


def _is_pitch(sentence: str) -> bool:
    if len(lexicon.normalize(sentence)) > MAX_PITCH or lexicon.is_reporting(sentence):
        return False
    hits = lexicon.find_hits(sentence, min_strength=lexicon.GENERIC)
    templates = {lexicon.normalize(h.term) for h in hits if h.strength == lexicon.TEMPLATE}
    calls = len(templates) + (1 if _WRITTEN_ADDRESS.search(sentence) else 0) + (
        1 if _CUSTOMER_SERVICE.search(lexicon.normalize(sentence)) else 0)
    return calls >= MIN_PITCH_TEMPLATES and any(h.strength == lexicon.GENERIC for h in hits)


def pitch_islands(lines: list[str]) -> dict[int, list[str]]:
    """{line index: its pitch sentences} for the sentences that sell gambling inside an article
    about something else."""
    found = {}
    rest = []
    for i, line in enumerate(lines):
        sentences = [s for s in _SENTENCE_END.split(line) if s.strip()]
        pitches = [s for s in sentences if _is_pitch(s)]
        if pitches:
            found[i] = pitches
        rest += [s for s in sentences if s not in pitches]
    if not found or lexicon.spam_weight("\n".join(rest)):
        return {}
    return found


# A line standing alone between the article's paragraphs (or under them: an attachment's file name)
# that sells a name the article never writes. The name has a trade's shape: a stem (a Latin or
# digit prefix allowed) and 体育/娱乐/国际/棋牌/真人/电竞/彩票/游戏/全站, ending a word or glued to
# promo grammar (青橙棋牌app, 鎏金国际首存: not 国际时事, 娱乐新闻网, 体育公园); the line carries
# promo grammar besides (官网, 入口, 网址, app, 平台…, 首存, 投注) or a written address. The lexicon
# knows none of these names (v35 §2 S1/S3/S5, v33 R4: weights 0–2), but the article's own names
# recur in its sentences: the two characters before the suffix are written nowhere else on the
# page (a menu's 即时新闻 | 香港即时娱乐新闻网 is the site's own). The line is short and holds no
# full stop, as a heading, a caption, a file name or a slogan does (a sentence with a brand's credit
# after it, …考核。（X棋牌官网供稿）, keeps its sentence: credits cuts the credit); its words are
# read one by one (a menu's 财经 | 体育 is no 财经体育).
# Measured 2026-12-06 against main b5a92e4 (every dev hijack set and the shared corpus, record for
# record; the clean extraction sets' 498 pages that write Chinese or a suffix, by a spy on this
# reader): flags rc33-008 (real-cases-v33), sy23-028 (synthetic-v23), syn29-027 (synthetic-v29)
# and v35's three (studied), their lines gone (residue v33 4→3, v23 2→1, v29 1→0, v35 5→2); no
# other record changes, no clean page's line is read. While it dropped lines with a full stop, or
# lines another reader had proven, five flagged pages lost an own sentence or file name.
_LINE_CALL_WORDS = brands.PROMO + "|首存|投注|彩金|下注|存送"
_LINE_CALL = re.compile(_LINE_CALL_WORDS, re.I)
_LINE_NAME = re.compile("(?<![a-z0-9])(?:[a-z]{1,8}\\d{0,4}|\\d{2,5})?([\u4e00-\u9fff]{2,3})"
                        f"(?:体育|娱乐|国际|棋牌|真人|电竞|彩票|游戏|全站|百家乐|捕鱼)(?=$|[^\u4e00-\u9fff]|{_LINE_CALL_WORDS})", re.I)
_WORD_BREAKS = re.compile(r"[\s|丨/、,，;；·•—–_]+")


def _sold_stems(word: str, line: str, norm: str) -> list[str]:
    """The stems (two characters before the suffix) of the trade-shaped names in ``word`` (one
    normalised word of ``line``) that ``line`` (``norm``: normalised) sells."""
    return [m.group(1)[-2:] for m in _LINE_NAME.finditer(word)
            if not (brands.is_legit_name(word[max(0, m.start() - 3):m.end() + 3])
                    or brandshapes.INSTITUTION_END.search(m.group(1)))
            and (_LINE_CALL.search(norm.replace(m.group(), "/")) or _WRITTEN_ADDRESS.search(line))]


def lone_name_lines(lines: list[str], title: str = "") -> list[int]:
    """Indexes of the lines that stand alone selling a trade-shaped name the page writes nowhere
    else (simplified script, as clean_lines reads them)."""
    found = []
    page = ""
    for i, line in enumerate(lines):
        norm = lexicon.normalize(line)
        if not norm or len(norm) > MAX_PITCH or FULL_STOPS.search(norm) or lexicon.is_reporting(line):
            continue
        stems = [s for word in _WORD_BREAKS.split(line) for s in _sold_stems(lexicon.normalize(word), line, norm)]
        if stems:
            page = page or lexicon.normalize("\n".join([title, *lines]))  # (read once, for the rare page that needs it)
            if any(page.count(stem) == norm.count(stem) for stem in stems):
                found.append(i)
    return found


# Keywords spliced in as bare clauses (…攤上事兒了，百家樂。…的說法，麻將): a clause of one short
# gambling noun, after a comma, closing a sentence or the paragraph, written into several
# paragraphs (v9 real: 6 on one traditional mirror of a report on a hotel casino bar). A
# sentence's own short clauses open it (此外，近日，) or join it (随后，); they name no gambling.
# At least MIN_SPLICED_CLAUSES distinct ones, in at least 2 paragraphs, and at least
# MIN_SPLICED_SHARE of the page's short clauses: a text written in short clauses (verse, a blog of
# idioms: 572 of them on a clean real-cwced page, 5 with a morpheme such as 奸 or 球) is no
# article with nouns spliced in (the v9 page: 3 of 6).
MIN_SPLICED_CLAUSES = 3
MIN_SPLICED_SHARE = 0.3
_BARE_CLAUSE = re.compile(r"(?<=[，,])\s*([\u4e00-\u9fff]{2,5})\s*(?=[。，,；;！？!?]|$)")


def spliced_clauses(lines: list[str]) -> list[str]:
    """The short gambling nouns standing as clauses of their own in ``lines`` (several of them,
    in several paragraphs), else []."""
    found: dict[str, set[int]] = {}
    clauses = hits = 0
    for i, line in enumerate(lines):
        for m in _BARE_CLAUSE.finditer(line):
            word = m.group(1)
            clauses += 1
            if brands.may_be_spam(word) and not lexicon.is_reporting(word):
                found.setdefault(word, set()).add(i)
                hits += 1
    if len(found) < MIN_SPLICED_CLAUSES or len(set().union(*found.values())) < 2 or hits < MIN_SPLICED_SHARE * clauses:
        return []
    return list(found)


def _token_spam(lines: list[str], ev: Evidence, title: str, own: Callable[[str], bool] | None = None) -> tuple[set[int], list[str]]:
    """(indexes of lines to drop, garbage words to cut): lines of random tokens and garbage words
    (tokens.py), and on a page shown hijacked, keyword blocks whose words it never uses (v5 R3).
    ``own``: whether a line is the site's own words of its own lawful trade (institution.own_trade_line)."""
    dropped: set[int] = set()
    garbage: list[str] = []
    page = "\n".join([title, *lines])
    # (a lottery centre's legal notice on its own site, 理性购彩 量力而行 | 不向未成年人销售彩票: its
    # own words, read by no reader of search phrases and trade names below; v48 rc48-021)
    mine = {i for i, line in enumerate(lines) if own(line)} if own else set()
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
        if i not in dropped and i not in mine:
            ev.add("spam_text", "article", lines[i])
            dropped.add(i)
    # ...and a shorter line of search phrases that holds a term of the spam vocabulary (tokens.MIN_VOUCHED_PHRASES)
    for i, line in enumerate(lines):
        if i not in dropped and i not in mine and (phrases := tokens.vouched_keyword_line(line, page, brands.vocabulary_hits)):
            ev.add("spam_text", "article", line)
            dropped.add(i)
            for phrase in phrases:
                ev.learn(phrase, True)
    for i, pitches in pitch_islands(lines).items():
        if i not in dropped:
            for pitch in pitches:
                ev.add("spam_text", "article", pitch)
                lines[i] = lines[i].replace(pitch, "")
            if not lines[i].strip():
                dropped.add(i)
    # (a line whose name another reader proved already loses only that name: an attachment's own
    # file name stays, 附件：X娱乐jl.vip整治任务清单.xlsx)
    proven = ev.pattern(backed_only=True)
    for i in lone_name_lines(lines, title):
        if i not in dropped and i not in mine and not (proven and proven.search(lexicon.normalize(lines[i]))):
            ev.add("spam_text", "article", lines[i])
            dropped.add(i)
    # a keyword line set above the article, where the body's container holds the page's header
    for i, line in enumerate(lines[:tokens.HEAD_LINES]):
        if i not in dropped and i not in mine and (phrases := tokens.keyword_line(line, page)):
            ev.add("spam_text", "article", line)
            dropped.add(i)
            for phrase in phrases:
                ev.learn(phrase, True)
    return dropped, garbage


def clean_lines(lines: Iterable[str], ev: Evidence, title: str = "", fields: Iterable[str] = (),
                own: Callable[[str], bool] | None = None) -> list[str]:
    """The article's lines with the spam above removed; every removal becomes a finding.
    ``title``: the page's headline (a brand glued before its copy in the text is cut); ``fields``:
    its 来源 and 作者 values (where a brand's short form stands too); ``own``: whether a line is
    the site's own words of its lawful trade (institution.own_trade_line), no keyword block.

    The readers read the lines in simplified script (lexicon.simplified: their shapes and grammar
    are written in it; a traditional brand line inside the article was left in the text while its
    simplified twin was cut, v29 syn29-029/-037); what is returned, found and learned is spelled as
    the page writes it (_as_written)."""
    lines = list(lines)
    found = [g for line in [title, *lines] for g in glosses.glosses(line)]
    if len(found) < glosses.MIN_GLOSSES:  # (toneless, of either script: v17)
        found = glosses.read_glosses("\n".join([title, *lines]))
    if found:  # kept as written: the raw capture is the evidence (and glosses reads the script)
        ev.add("spun_copy", "article", f"{len(found)} pinyin glosses after characters: {' '.join(found[:6])}")
    if len(doubled := glosses.doubled_commas("\n".join(lines))) >= glosses.MIN_DOUBLED_COMMAS:
        ev.add("mirror_copy", "article", f"{len(doubled)} commas doubled after characters: {' '.join(doubled[:6])}")
    written = lines
    lines = [lexicon.simplified(line) for line in written]
    title, fields = lexicon.simplified(title), [lexicon.simplified(f) for f in fields]
    before = len(ev.findings), set(ev.strings)
    out = _clean_lines(lines, ev, title, fields, own)
    _as_written(ev, before, "\n".join(written))
    return [lexicon.as_written(line, written[i]) for i, line in out]


def _as_written(ev: Evidence, before: tuple[int, set[str]], written: str) -> None:
    """The findings and strings ``ev`` gained while reading the folded lines, spelled as the page
    writes them where it writes them (a learned string is matched on normalised text, blind to the
    script, either way: this keeps the evidence a user reads in the page's own spelling)."""
    folded = lexicon.simplified(written)
    if folded == written:
        return

    def spelt(text: str) -> str:
        i = folded.find(text)
        return written[i:i + len(text)] if i >= 0 and text else text

    n, known = before
    ev.findings[n:] = [replace(f, evidence=spelt(f.evidence)) for f in ev.findings[n:]]
    for text in [t for t in ev.strings if t not in known]:
        if (own := spelt(text)) != text:
            ev.strings[own] = ev.strings.pop(text) or ev.strings.get(own, False)


def _clean_lines(lines: list[str], ev: Evidence, title: str, fields: list[str],
                 own: Callable[[str], bool] | None = None) -> list[tuple[int, str]]:
    """clean_lines on lines in simplified script: (index of the line read, what is left of it)."""
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
        for name in brandshapes.slot_brands(line):
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
    bare_stems(lines, title, ev, fields)
    pairs = pasted.keyword_pairs(lines)
    for pair in pairs:
        ev.add("spam_text", "article", pair)
        ev.learn(pair, True)
    for tail in pasted.paragraph_tails(lines):
        ev.add("spam_text", "article", tail)
        ev.learn(tail, True)
    for line in lines:
        for run in pasted.domain_runs(line):
            ev.add("spam_text", "article", run)
            ev.learn(run, True)
    # (on a page proven hijacked too: scrub cuts only the brands the lexicon knows, a brand shape
    # glued into a sentence stays unless it is read here, v7 R2)
    for name in brandshapes.glued_brands(lines) + brandshapes.glued_templates(lines) \
            + brandshapes.lead_subject_brands(lines):
        ev.add("spliced_brand", "article", name)
        ev.learn(name, True)
    names = brandshapes.signature_brands(lines) + brandshapes.repeated_brands(lines) \
        + brandshapes.orthography_islands(lines, title) + betting.spliced_betting_names(lines, title)
    # (noise sprinkled into the sentences, emoji or glued symbols, shows the page hijacked as well;
    # it is stripped below: v17 syn17-039)
    strip_noise = noise.noise_stripper(lines)
    if ev.hijacked or any(strip_noise(line) != line for line in lines):
        names += brandshapes.event_slot_brands(lines) + brandshapes.clause_brands(lines) \
            + brandshapes.clause_start_brands(lines)
    for name in names:
        if not any(name in other and name != other for other in names):
            ev.add("spliced_brand", "article", name)
        ev.learn(name, True)
    clauses = spliced_clauses(lines)
    for word in clauses:
        ev.add("spliced_brand", "article", word)
        ev.learn(word, True)
    if clauses:  # cut where they stand as clauses (a short one is too short to scrub page-wide)
        bare = re.compile(r"[，,]\s*(?:" + "|".join(map(re.escape, clauses)) + r")\s*(?=[。，,；;！？!?]|$)")
        lines = [bare.sub("", line) for line in lines]
    dropped, garbage = _token_spam(lines, ev, title, own)
    out: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if i in dropped:
            continue
        for word in garbage:
            line = line.replace(word, "")
        if short:
            line = slots.cut_in_slots(line, short)
        for pair in pairs:  # cut here: scrub would judge the sentence around a pair's 下载 a promotion
            line = line.replace(pair, "")
        stripped = strip_noise(line)
        if stripped != line:
            ev.add("symbol_noise", "article", line)
            line = stripped
        if pasted.is_keyword_line(line):
            ev.add("spam_text", "article", line)
            continue
        line = credits.cut_credits(line, lines, ev)
        line, cut = noise.cut_hangul_casino(line)
        for word in cut:
            ev.add("spliced_brand", "article", word)
        out.append((i, line))
    return out
