"""A content farm: somebody else's article under a search keyword's page.

The farm's <title> (or its keyword part) is a keyword, not the headline of the article below it
nor the site's name: it is written again in the page's chrome (header, footer, "《keyword》"),
while the borrowed article never uses it nor its words (v4 miss B: a slot keyword over a
university story, a card-game keyword over a police report). The lexicon never needs to know
the keyword: what betrays it is the contrast between the title's vocabulary and the article's.
A page about a lottery or a card game writes its title's words in its sentences; a site named
in its title names itself in its copyright line, its metas or its other pages' titles.
"""
from __future__ import annotations

import re

from scraper.clean import lexicon
from scraper.clean.evidence import Evidence, is_navigation
from scraper.clean.institution import related
from scraper.clean.titles import INSTITUTION, split_title

# An article shorter than this (characters) is too little text to contrast a title with: a
# gallery, a notice, a stub. The borrowed articles of the dev real cases have 500–1,600.
MIN_ARTICLE = 300
# A keyword is a short phrase: at most this many characters once normalised (the dev farms'
# keywords have 6–17: four Indonesian words, six CJK characters); a longer part is a headline.
MAX_KEYWORD = 24
MIN_KEYWORD = 4
# The share of the keyword's words (CJK two-character pieces, Latin words) that the article may
# write and still be someone else's: the dev farms' articles write none of 5 (CJK) and 1 of 4
# (Latin: "hari", day); a headline's words recur in its article (a third or more).
MAX_SHARED = 0.25
# A line of the article's prose is this long at least (normalised characters): shorter lines
# are the page's chrome inside the body (a keyword header, 《keyword》, a date line). The
# shortest prose line of the dev farms' articles has 70; their keyword lines 12–23.
MIN_PROSE_LINE = 40
# A piece of the keyword found again in the chrome is this long at least (normalised).
MIN_PIECE = 4
# A keyword in Latin letters is a search phrase, typed in lower case: at least this many words
# (the dev farm's has 4). A one-word or capitalised title is a site's name (dev-v3-htmldate had
# "Netto" and "News" alone as <title> over their articles).
MIN_LATIN_WORDS = 2
_SENTENCE = re.compile(r"[。！？!?，,；;：:、“”\"《》]")
_CJK = re.compile("[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[a-z]{3,}")


def _units(raw: str) -> list[str]:
    """The words of a phrase, normalised: its two-character CJK pieces and its Latin words."""
    norm = lexicon.normalize(raw)
    grams = [norm[i:i + 2] for i in range(len(norm) - 1) if _CJK.match(norm[i]) and _CJK.match(norm[i + 1])]
    return grams + [lexicon.normalize(w) for w in _LATIN_WORD.findall(raw.lower())]


def _shared(raw: str, text: str) -> float:
    units = _units(raw)
    return sum(u in text for u in units) / len(units) if units else 1.0


def _in_chrome(raw: str, chrome: str) -> str | None:
    """The longest piece (at least MIN_PIECE, whole Latin words) of the keyword ``raw`` that the
    page's chrome writes, or None."""
    words = raw.split()
    if len(words) > 1:  # Latin: runs of whole words, longest first
        for n in range(len(words), 1, -1):
            for i in range(len(words) - n + 1):
                piece = lexicon.normalize(" ".join(words[i:i + n]))
                if len(piece) >= MIN_PIECE and piece in chrome:
                    return " ".join(words[i:i + n])
        return None
    norm = lexicon.normalize(raw)
    for n in range(len(norm), MIN_PIECE - 1, -1):
        for i in range(len(norm) - n + 1):
            if norm[i:i + n] in chrome:
                return norm[i:i + n]
    return None


def keyword_title(raw_title: str, headline_texts: list[str], lines: list[str], outside: str,
                  own: set[str]) -> tuple[str, str] | None:
    """(the keyword part of the <title>, its piece in the chrome) when the page is a keyword page
    over a borrowed article (``lines``: the body's lines, whose prose is the article and whose
    short lines are chrome, as the page's text ``outside`` the body is; ``own``: the site's own
    names, normalised), else None."""
    prose = [line for line in lines if len(lexicon.normalize(line)) >= MIN_PROSE_LINE]
    norm_article = lexicon.normalize("\n".join(prose))
    if len(norm_article) < MIN_ARTICLE:
        return None
    norm_chrome = lexicon.normalize("\n".join([outside] + [line for line in lines if line not in prose]))
    heads = [lexicon.normalize(h) for h in headline_texts if h]
    for head in heads:  # the headline element is the article's, not chrome that names a keyword
        norm_chrome = norm_chrome.replace(head, "\n")
    parts = split_title(raw_title or "")
    if len(parts) != 1:
        return None  # "site - section" titles name the site's pages, not a keyword (科普中国-辟谣文章)
    norms = [lexicon.normalize(p) for p in parts]
    if any(len(n) >= MIN_KEYWORD and (n in norm_article or any(n in h and n != h for h in heads)
                                      or n in heads and _shared(p, norm_article) > MAX_SHARED)
           for p, n in zip(parts, norms, strict=True)):
        return None  # the <title> holds the article's headline (headline - section - site)
    for part, norm in zip(parts, norms, strict=True):
        if not MIN_KEYWORD <= len(norm) <= MAX_KEYWORD or _SENTENCE.search(part) or is_navigation(part):
            continue
        if not _CJK.search(part) and (len(part.split()) < MIN_LATIN_WORDS or part != part.lower()):
            continue  # a site's name (Netto, Daily Mail Online), not a search phrase typed as one
        if any(norm in h and norm != h for h in heads) or any(related(norm, o) for o in own) \
                or INSTITUTION.search(part):
            continue  # part of a longer headline, or the site's own name (谢谢您访问〖关注中国中心〗)
        if norm in norm_article or _shared(part, norm_article) > MAX_SHARED:
            continue  # the article speaks of it: its headline, or its topic
        piece = _in_chrome(part, norm_chrome)
        if piece:
            return part, piece
    return None


def check_keyword_page(raw_title: str, headline_texts: list[str], lines: list[str], outside: str,
                       own: set[str], ev: Evidence) -> bool:
    """Record a keyword page (``keyword_page``) and learn its keyword, and the keyword's variants
    pasted into the borrowed text; True when found."""
    found = keyword_title(raw_title, headline_texts, lines, outside, own)
    if found and not ev.hijacked and lexicon.normalize(found[0]) in {lexicon.normalize(h) for h in headline_texts}:
        # the page's own headline element standing in its place, on a page with no other evidence
        # (v7 FF1: a lottery e-paper's headline, which its short article never repeats): a keyword
        # is pasted into borrowed text, a headline is where a headline stands
        found = None
    if found:
        keyword, piece = found
        ev.add("keyword_page", "title", f"{keyword} (in the page as {piece}; the article never uses it)")
        ev.learn(keyword, True)
        ev.learn(piece, True)
        return True
    text = "\n".join(lines)
    for headline in headline_texts:
        prefix = keyword_prefix(raw_title, headline, own)
        if prefix and prefix in lexicon.normalize(text.replace(headline, "")):
            ev.add("keyword_page", "headline prefix", f"{prefix} (before {headline}; the <title> is its words)")
            for run in {prefix, *keyword_runs(raw_title, text)}:
                ev.learn(run, True)
            return True
    return False


# A headline is this long at least once the keyword before it is cut (titles.MIN_TITLE_REST).
MIN_HEADLINE_REST = 6
# The prefix covers at least this share of the <title>'s Chinese characters: the title is the
# keyword and its variants (the dev case: 8 of 12; a headline with a topic prefix shares far less).
MIN_TITLE_COVER = 0.6


def _title_chars(raw_title: str) -> set[str]:
    return {c for c in lexicon.normalize(raw_title) if _CJK.match(c) or c.isalnum()}


def keyword_prefix(raw_title: str, headline: str, own: set[str]) -> str | None:
    """The keyword written before the article's headline (``<keyword><headline>`` in the h1) when
    the <title> is made of that keyword's words and says nothing of the headline after it: a
    keyword page that also stamps its keyword on the borrowed headline (v4 C2), or None. Chinese
    only: a prefix made of the title's characters means nothing in Latin letters."""
    if _SENTENCE.search(raw_title):
        return None  # a sentence (脂溢性脱发：爱出油快秃顶？…): a headline, no keyword
    chars = _title_chars(raw_title)
    head = lexicon.normalize(headline)
    k = 0
    while k < len(head) and head[k] in chars:
        k += 1
    prefix, rest = head[:k], head[k:]
    if len(prefix) < MIN_KEYWORD or len(rest) < MIN_HEADLINE_REST or not _CJK.search(prefix):
        return None
    if any(prefix in lexicon.normalize(part) for part in split_title(raw_title)):
        return None  # the title's own words in its order: the page's subject (X_百度百科 over "X …")
    title_cjk = [c for c in chars if _CJK.match(c)]
    if sum(c in prefix for c in title_cjk) < MIN_TITLE_COVER * len(title_cjk):
        return None  # the title says more than the prefix: its words are not the keyword's
    if _shared(rest, lexicon.normalize(raw_title)) > MAX_SHARED or INSTITUTION.search(prefix) \
            or any(related(prefix, o) for o in own):
        return None  # the title speaks of the headline, or the prefix is the site's name
    return prefix


def keyword_runs(raw_title: str, text: str) -> list[str]:
    """Runs of ``text`` (normalised) written only in the characters of the keyword <title>, at
    least MIN_KEYWORD long and holding a two-character piece of it: the keyword and its variants
    pasted into the borrowed sentences (2024欧洲杯全部赛程 under 欧洲杯·时间表(中国)全部赛程).
    Read only on a page proven a keyword page."""
    chars = _title_chars(raw_title)
    units = set(_units(raw_title))
    pattern = "[" + "".join(re.escape(c) for c in sorted(chars)) + f"]{{{MIN_KEYWORD},}}"
    found = []
    for m in re.finditer(pattern, lexicon.normalize(text)):
        run = m.group()
        if _CJK.search(run) and any(u in run for u in units if _CJK.match(u)):
            found.append(run)
    return found
