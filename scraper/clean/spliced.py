"""Brands spliced into the visible text around the article: footers, disclaimers, copyright lines.

That text is not part of the article, so nothing is removed from the output here; what is
found becomes evidence (and marks the page hijacked).
"""
from __future__ import annotations

import re

from scraper.clean import brands, lexicon
from scraper.clean.evidence import Evidence

_LINES = re.compile(r"[\n\u2002]+")


def outside_text(marked: str) -> str:
    """The page text (as marked by metadata.marked_text) without the article container."""
    start, end = marked.find("\x02"), marked.find("\x03")
    return marked[:start] + marked[end + 1:] if 0 <= start < end else marked


def article_text(marked: str) -> str:
    """The article container's text of the page text as metadata.marked_text marks it ("" if unmarked)."""
    start, end = marked.find("\x02"), marked.find("\x03")
    return marked[start + 1:end] if 0 <= start < end else ""


# A contact field of the template (电话, 邮箱, 地址…) and its value. A phone number, a postcode, a
# street address is never a domain name, and an e-mail address has its @: a domain there is what
# an injection wrote into the site's contact block (电话:499586.com, 地址:X国际永久网址【…】).
_CONTACT = re.compile(r"(?:联系电话|电话|手机|传真|邮箱|电子邮箱|邮编|地址|e-?mail|tel|fax)\s*[:：]\s*([^\s，,;；|]{3,80})", re.I)
# An address written to defeat harvesters (first.last(at)site.de, name [at] site dot org): an e-mail.
_SPELT_AT = re.compile(r"[(\[{<]\s*(?:at|ät|@)\s*[)\]}>]", re.I)


def _contact_domains(text: str, ev: Evidence) -> list[tuple[str, str]]:
    """(field, domain) for every contact field of ``text`` whose value names an off-site domain."""
    found = []
    for m in _CONTACT.finditer(text):
        value = m.group(1)
        if "@" in value or _SPELT_AT.search(value):
            continue
        for host in brands.host_names(value):
            if ev.offsite(host):
                found.append((m.group(), host))
    return found


def check_contact_fields(text: str, ev: Evidence) -> None:
    """Record domains written into the contact fields of the page's ``text`` (all of it: a
    template's contact block may sit in what the extractor took for the article's container)."""
    for field, domain in _contact_domains(text, ev):
        ev.add("spliced_brand", "contact field", field)
        ev.learn(domain, True)


def check_outside_text(text: str, ev: Evidence) -> None:
    """Record spam brands (lexicon or page-betrayed) in footer/disclaimer/header lines of ``text``."""
    pattern = ev.pattern()
    if not lexicon.has_brand(text) and not (pattern and pattern.search(lexicon.normalize(text))):
        return
    seen = set()
    for line in _LINES.split(text):
        line = line.strip()
        if len(line) < 2:
            continue
        for hit in lexicon.find_hits(line, extra=pattern, min_strength=lexicon.BRAND):
            if hit.term not in seen:
                seen.add(hit.term)
                ev.add("spliced_brand", "page text", line)
