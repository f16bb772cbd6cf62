"""A line that offers the site itself for sale (``站点出售QQ:…``, ``This domain is for sale``): the
domain of an institution's page changed hands, and what it serves now is a copy under another
owner (v11 real: a district's school news republished under a parked domain with such a line
above it). It is asked of every line of the page, whatever words the copy uses.

A notice is a line of its own, short, that names the site (本站, 此域名, this domain…) or a
way to reach the seller (QQ, 微信, 电话, e-mail, a number); a report on the domain trade writes
such words inside its sentences, and reporting sentences are never read.
"""
from __future__ import annotations

import re

from scraper.clean import lexicon
from scraper.clean.evidence import Evidence

_SITE = "(?:本站|本网站|本网|此站|该站|站点|网站|本域名|此域名|该域名|域名|整站)"
_SALE = re.compile(
    f"{_SITE}\\s*(?:正在|现|诚意|低价|可|急)?\\s*(?:出售|转让|待售|售卖)"
    r"|(?:this|the)\s+(?:domain|website|site)(?:\s+name)?\s+(?:is|may\s+be)\s+for\s+sale"
    r"|buy\s+this\s+domain|domain\s+(?:name\s+)?for\s+sale", re.I)
_DEICTIC = re.compile(r"本站|本网|此站|该站|本域名|此域名|该域名|\bthis\b", re.I)
_CONTACT = re.compile(r"qq|微信|vx|wx|电话|手机|联系|邮箱|e-?mail|contact|@|\d{5,}", re.I)
_PIECES = re.compile(r"(?<=[。！？!?；;])")
# A notice is a line of its own: at most this many characters (the dev line has 17; a sentence
# of a report on the domain trade runs longer and is read as prose).
MAX_NOTICE = 40


def check_sale_notice(page_text: str, ev: Evidence) -> None:
    """A ``site_for_sale`` finding for a line of ``page_text`` that offers the site for sale."""
    if not _SALE.search(page_text):  # the cheap test: almost no page holds one
        return
    for line in page_text.splitlines():
        line = line.strip("\x02\x03 \t")
        if len(line) > MAX_NOTICE or not _SALE.search(line) or lexicon.is_reporting(line):
            continue
        if _DEICTIC.search(line) or _CONTACT.search(line):
            ev.add("site_for_sale", "page text", line)
            for piece in _PIECES.split(line):  # as scrub reads sentences: the notice and its contact
                ev.learn(piece, True)
            return
