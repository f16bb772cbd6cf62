"""Links planted in the article's prose by comment and wiki spam bots, in any language the page
is written in (v10/v11 real: a casino or a payday-loan link in a sentence of an English school
or software-wiki page; a bot's post of random tokens with its link in two markups).

Two questions of the paragraph that holds an off-site link, neither about a brand:
  * does the link sell a trade the page never writes about? Its anchor names a spam trade
    (casino, poker, betting, payday loans, pills, porn), its host is named after that trade, and
    the page writes the trade's word nowhere outside this paragraph. An article about casinos or
    loans writes its topic again;
  * is it a bot's post? The paragraph writes a link in forum markup as visible text
    (``[url=http://…]…[/url]``) to another site besides its HTML link: a bot posts one link in
    every markup a board might render, a person writes prose.
A short paragraph so planted is the spam itself and goes whole; in a longer one only the link goes.
"""
from __future__ import annotations

import re
from typing import Callable

from scraper.clean import lexicon
from scraper.clean.dom import host_of, tag_of, text_of

# Words of the trades that buy links in other sites' prose (the dev pages: casinos, casino
# games, payday loans); whole words, read in the anchor's text.
_TRADE = re.compile(r"(?<![a-z])(casino|poker|roulette|blackjack|baccarat|sportsbook|gambling|betting|jackpot|"
                    r"slot machine|payday|loan|viagra|cialis|porn|xxx|escort)s?(?![a-z])", re.I)
_BBCODE_LINK = re.compile(r"\[url=\s*(https?://[^\]\s]+)\s*\][^\[\]]{1,200}\[/url\]", re.I)
# A planted sentence stands in a paragraph of the article, with its one link; lists, table cells
# and boxes of links (a blogroll's "Political Betting: …", a row of sponsors' links, "compare
# loans and car insurance" ads on the l3s-en dev pages) are a site's furniture, judged elsewhere.
_INLINE = ("a", "span", "font", "b", "strong", "em", "i", "u", "small", "big", "sup", "sub")
# A paragraph with this many words besides the link, or fewer, is the planted sentence itself and
# goes whole (the dev pages' planted paragraphs: 6-25 words); a longer one loses only the link.
MAX_PLANTED_WORDS = 40


def _paragraph(a):
    el = a.getparent()
    while el is not None and tag_of(el) in _INLINE:
        el = el.getparent()
    if el is None or tag_of(el) != "p" or sum(1 for _ in el.iter("a")) != 1:
        return None
    return el


def planted_paragraph(a, text: str, is_own: Callable[[str], bool], page_text: Callable[[], str]):
    """The prose element holding the off-site link ``a`` (anchor ``text``) when a bot planted it
    there (see above), else None."""
    para = _paragraph(a)
    if para is None:
        return None
    para_text = text_of(para)
    own_words = para_text.replace(text, " ", 1).split()
    if not own_words:
        return None  # a link alone is a list's or a menu's: judged elsewhere
    if any((h := host_of(m.group(1))) and not is_own(h) for m in _BBCODE_LINK.finditer(para_text)):
        return para
    # ...and the link's host is in that trade (casino-online.com, paydayxyz.co.uk): a citation's
    # link in prose names its topic too ("pushes <a>sketchy, substandard loans</a>" to a news site,
    # dev-readability salon-1), but sends the reader to a publisher, not to the trade.
    host = host_of(a.get("href")).replace("-", "")
    trades = {t for m in _TRADE.finditer(text) if (t := m.group(1).lower().replace(" ", "")) in host}
    if not trades or lexicon.is_reporting(para_text):
        return None
    page, here = page_text(), lexicon.normalize(para_text)
    if all(page.count(t) <= here.count(t) for t in trades):
        return para  # the trade is written in this paragraph only
    return None


def short(para) -> bool:
    """True when the planted paragraph is short enough to be the spam itself."""
    return len(text_of(para).split()) <= MAX_PLANTED_WORDS
