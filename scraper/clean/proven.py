"""What an injection leaves on a page already proven hijacked: its name's other spellings and slots.

A page caught for one reason (a copy relation, a brand, a loader) still carries the injected names
that weigh nothing in any list, and only what weighed is cut (v47 §7.4). Two acts recur:

- the kit glues the name's stem apart from its trade head elsewhere (LD乐动体育 in one sentence,
  教师代表LD乐动参赛 in the next): the stem of a proven name (``tradehead.parse``'s split, its
  Latin label kept) that the page writes besides the whole name is the brand too;
- the kit writes its name where the page's own body stands: the headline's prefix before a colon
  (X:举办第一届…), a lead's holder (X:在…), the subject after a date or time opener
  (5月26日,X在…): a real outlet's name (an outlet's shape: a stem and a trade head, 网易体育) or a
  slogan with founding grammar (伟德源自英国始于1946, williamhill since 1934) that the page writes
  nowhere else in its prose, where its own body would be named.

Both are asked of a proven page only: no flag turns on them, and a clean page never changes.
"""
from __future__ import annotations

import re
from typing import Iterable

from scraper.clean import lexicon, tradehead

_CJK = "\u4e00-\u9fff"
# A slogan with founding grammar, as a bookmaker titles itself by its origin (源自英国始于1946,
# 来自英国创立于1886, since1946 normalised): read in a slot only, where the body's name belongs.
_SLOGAN = re.compile(f"(?:[a-z0-9]{{0,12}}[{_CJK}]{{0,6}})(?:源自|源于|来自|发源于)[{_CJK}]{{2,6}}"
                     f"(?:始于|创立于|成立于|创于|始创于|创办于)(?:18|19|20)\\d\\d年?"
                     f"|[a-z0-9]{{0,16}}[{_CJK}]{{0,6}}(?:since|est\\.?|established)(?:18|19|20)\\d\\d")
# A date or time opening a clause (5月26日, 2025年3月31日下午, 4月23日至24日, 9:30), then its comma:
# the clause's subject follows, where a report names the body that acted.
_OPENER = re.compile("(?:^|(?<=[,;。!?]))(?:(?:19|20)\\d\\d年)?\\d{1,2}月\\d{1,2}日(?:至\\d{1,2}日)?"
                     "(?:上午|下午|晚上|晚间|早上|中午|凌晨|晚)?(?:\\d{1,2}:\\d{2})?,")
# What follows a body's name in its slot: the lead's colon, or the clause's verb or preposition.
_AFTER_SUBJECT = re.compile("[:]|在|于|举办|举行|召开|组织|开展|联合|携手|隆重|成功|邀请|为|与|对")
# A name in the slot is read up to this long (a stem, heads and tails; a slogan with its year).
MAX_SLOT_NAME = 24
# A separator after a name that stands as a label, not in prose (a breadcrumb's root, a title's part).
_LABEL_AFTER = re.compile("[:>»›|/_-]")


def _is_name(text: str) -> bool:
    """An outlet's or a trade's shape (a stem and its heads: 网易体育 too, which ``parse`` excuses as a
    real outlet's name) or a founding slogan."""
    return bool(tradehead.shaped(text) or _SLOGAN.fullmatch(text))


def glued_stems(names: Iterable[str], written: str) -> list[str]:
    """Stems (normalised) of the proven ``names`` that ``written`` (the page's normalised text) writes
    besides the whole names: LD乐动 of LD乐动体育 in 教师代表LD乐动参赛. A stem as short as a word
    (安博, 官方) is left: cut wherever the page writes it, it would eat its sentences too (dev rc2-004
    lost 官方 of a link's 官方网站 so), as every learned string shorter than ``MIN_PAGE_STRING``."""
    norms = {n for s in names if (n := lexicon.normalize(s))}
    rest = lexicon.cut_out(written, norms)
    found = []
    for norm in sorted(norms):
        stem = tradehead.stem_of(norm)
        if len(stem) >= lexicon.MIN_PAGE_STRING and stem not in norms and stem in rest:
            found.append(stem)
    return list(dict.fromkeys(found))


def _slot_names(text: str) -> list[str]:
    """Names standing in a body's slot of one normalised line: its prefix before a colon, the
    subject after a date opener."""
    found = []
    if (colon := text.find(":")) > 0 and colon <= MAX_SLOT_NAME and _is_name(text[:colon]):
        found.append(text[:colon])
    for m in _OPENER.finditer(text):
        rest = text[m.end():]
        for k in range(min(MAX_SLOT_NAME, len(rest) - 1), 1, -1):  # the longest name the slot holds
            if _AFTER_SUBJECT.match(rest, k) and _is_name(rest[:k]):
                found.append(rest[:k])
                break
    return found


def slot_names(headlines: Iterable[str], lines: Iterable[str], written: str) -> list[str]:
    """Names (normalised) in the body's slots of the ``headlines`` (the <title>, the headings) and the
    article's ``lines`` that ``written`` (the page's normalised text) writes nowhere else in prose."""
    slots: list[str] = []
    prose_slots: list[str] = []  # (a subject's slot in the lines, not followed by the label's colon)
    for text in headlines:
        slots += _slot_names(lexicon.normalize(text))
    for text in lines:
        norm = lexicon.normalize(text)
        for name in _slot_names(norm):
            slots.append(name)
            prose_slots += [name for m in re.finditer(re.escape(name), norm) if not _LABEL_AFTER.match(norm, m.end())][:1]
    found = []
    for name in dict.fromkeys(slots):
        at = [m.end() for m in re.finditer(re.escape(name), written)]
        labels = sum(1 for end in at if _LABEL_AFTER.match(written, end))
        # every other time the page writes it is as a label (a breadcrumb's root, the heading, the
        # lead's holder) or in the subject's slot: the page never names it as its body in prose
        if len(at) <= labels + prose_slots.count(name):
            found.append(name)
    return found


def cut(value: str | None, names: Iterable[str]) -> tuple[str | None, list[str]]:
    """``value`` (a field or the text, line by line) without the normalised ``names`` (matched over
    normalised text), a colon set after one going with it (5月26日,X:在… → 5月26日,在…), and what
    was cut; a line left with no letter goes."""
    if not value:
        return value, []
    pattern = re.compile("|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n))
    removed: list[str] = []
    lines = []
    for line in value.split("\n"):
        norm = lexicon.normalize(line)
        offsets = lexicon.normalised_offsets(line)
        spans = [(offsets[m.start()], offsets[m.end()]) for m in pattern.finditer(norm)] if pattern.pattern else []
        for start, end in reversed(spans):
            removed.append(line[start:end])
            if line[end:end + 1] in (":", "："):
                end += 1
            line = line[:start] + line[end:]
        if not spans or re.search(r"\w", line):
            lines.append(line.strip(" -_|:：,，、") if spans else line)
    return "\n".join(lines) or None, removed[::-1]


# A colon left alone after a date opener's comma (5月26日,:第39届…): the holder's colon of a name
# another reader cut from the slot (dev rc7-007, 威廉希尔体育: cut before the colon).
_LONE_COLON = re.compile("(\\d{1,2}日(?:上午|下午|晚上|晚间|早上|中午|凌晨|晚)?[,，])\\s*[:：]")


def lone_colons(value: str) -> str:
    """``value`` without a colon left alone after a date opener's comma. Asked where a slot held a name."""
    return _LONE_COLON.sub("\\1", value)
