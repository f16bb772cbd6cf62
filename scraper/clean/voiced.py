"""Names without a glued mark that a hijacked page speaks as: roles agreeing, not a shape.

slots.voiced_names finds the brands a hijacker writes where the institution names itself when
they carry a mark (Latin letters or digits glued to Chinese). A brand of Chinese characters only
(X线上平台, X电子游戏网站, X集团官网) has no mark, and a mark-free name is what every institution
has. What gives it away is its role (v6 A1/A3): the same name stands in several of the places
where a page names the institution it belongs to,
  * the <title> alone, or the head of the <title>/headline before the headline proper,
  * a line of the article by itself (a signature, a masthead),
  * the subject of an organiser's verb or office, or before a unit of it (X體育部舉辦, X党委书记),
  * the owner of the institution's people (X教职工, X师生, X2103屆畢業生),
while the site's own template (header, footer, copyright, logo, site-name metas, its domains)
names no such institution. An ordinary news page names other organisations as subjects all the
time: one role is never enough, and a name the template or the page's links also write, or one
that ends as an institution's name does (大学, 局, 中心…), is the site's or another body's.
The same holds for a token of letters and digits written apart from the Chinese (bat365的师生).
Also here: a name written as a website's that owns a unit of the institution acting
(X官网青年志愿者协会组织), and, on a caught page, a brand's short spelling (必威 of 必威betway).
"""
from __future__ import annotations

import re
from typing import Iterable

from scraper.clean import institution, lexicon, slots
from scraper.clean.dom import link_texts
from scraper.clean.evidence import Evidence
from scraper.clean.institution import own_names, related
from scraper.clean.spliced import outside_text, unmarked_text
from scraper.clean.titles import split_title

_CJK = "\u4e00-\u9fff"
# A name of Chinese characters alone (a registered mark may follow it: 鎏金岛®), or a token of
# letters and digits standing alone (bat365: written apart from the Chinese, so no glued mark).
_HAN_NAME = re.compile(f"[{_CJK}]+|(?=[A-Za-z]*\\d)(?=\\d*[A-Za-z])[A-Za-z0-9]+")
# What follows the institution's name when it acts: an organiser's verb or an office, right away
# or after one of its units (體育部, 团委, 学生会: a short word ending as a unit does).
_UNIT = f"[{_CJK}]{{0,6}}?(?:部|处|處|系|院|中心|团委|團委|学生会|學生會|协会|協會|工会|工會)"
# (any office's deputy, and a school's governor: X副校監、校長李… of a v7 mirror)
_ACTS = re.compile(f"(?:{_UNIT})?(?:{slots._SCHOOL_ONLY}|副?(?:{slots._OFFICE}|校监|校監)|{slots._ORGANISE})")
# ...and when it owns its people (X教职工, X的师生, X全体师生, X2103屆畢業生, X管理層一行).
_PEOPLE = re.compile("的?(?:全体|全體)?(?:\\d{2,4}[届屆级級])?(?:师生|師生|教职工|教職工|职工|職工|员工|員工|学生|學生|毕业生|"
                     "畢業生|校友|干部|幹部|党员|黨員|教师|教師|管理层|管理層)")
# A name is at least this long (a two- or three-character word is a person's or a place's name
# or a common noun far more often than a brand) and at most this long (a longer run is a clause).
# The v6 Chinese-only brands have 6–8 characters; the institutions' names in the dev pages' slots
# run to 14 (江屿职业技术学院 and its units).
MIN_NAME, MAX_NAME = 4, 12
# Different roles the name must stand in (any two of: title, line, acts, people). One role alone
# is any organisation a news story names; the v6 brands stand in 2–3.
MIN_ROLES = 2
# The headline after a name at its head is at least this long (a title of its own).
MIN_HEADLINE_REST = 6


def _roles_in_body(name: str, lines: list[str], whole: set[str]) -> set[str]:
    """The roles ``name`` plays in the article's ``lines`` (``whole``: the headlines, whose copy
    in the text is no line of its own)."""
    roles = set()
    for line in lines:
        stripped = line.strip(" \t\u3000。，,.:：;；!！")
        if stripped == name:
            if name not in whole:
                roles.add("line")
            continue
        for m in re.finditer(f"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", line):
            after = line[m.end():]
            if _ACTS.match(after):
                roles.add("acts")
            elif _PEOPLE.match(after):
                roles.add("people")
    return roles


_CUT = "cut"  # not a role: marks a name read off the headline's head by the article's slots
_ACTS_WORD = re.compile(f"{slots._SCHOOL_ONLY}|{slots._OFFICE}|校监|校監|{slots._ORGANISE}")
# What stands right before a name that starts a clause: a clause mark, the end of a date, the
# agent's 由, the verb 率领 that leads its people.
_CLAUSE_START = set("，,。；;：:、！？!? \t\u3000日号號率領领由")


def _speaks(name: str, line: str) -> bool:
    """True when ``line`` writes ``name`` at a clause's start acting or owning its people."""
    # each place ``name`` is written, left to right, none overlapping (as re.finditer of the
    # escaped name found them, with one pattern compiled per name: 145 over 67 dev pages)
    start = line.find(name) if name else -1
    while start >= 0:
        end = start + len(name)
        if (start == 0 or line[start - 1] in _CLAUSE_START) and (_ACTS.match(line, end) or _PEOPLE.match(line, end)):
            return True
        start = line.find(name, end)
    return False


def _candidates(title: str, headlines: list[str], lines: list[str]) -> dict[str, set[str]]:
    """Han-only names in the <title>'s own roles (a part by itself, the head before a headline) →
    those roles; and names that are a line of the article by themselves."""
    out: dict[str, set[str]] = {}
    parts = split_title(title)
    for part in parts:
        part = part.strip().rstrip("®™")
        if _HAN_NAME.fullmatch(part) and MIN_NAME <= len(part) <= MAX_NAME:
            out.setdefault(part, set()).add("title")
    for line in lines:
        stripped = line.strip(" \t\u3000。，,.:：;；!！").rstrip("®™")
        if _HAN_NAME.fullmatch(stripped) and MIN_NAME <= len(stripped) <= MAX_NAME:
            out.setdefault(stripped, set())
    heads = [h for h in [title] + headlines if h]
    for head in heads:
        # a name at the head of the headline that the article writes where the institution acts
        # or owns its people (v7 A3: X管理層拜訪… over X副校監、校長…率領X管理層一行; the
        # headline is one part, so no name of its own stands in the <title>)
        for k in range(MIN_NAME, min(MAX_NAME, len(head) - MIN_HEADLINE_REST) + 1):
            name = head[:k]
            if _ACTS_WORD.search(name) or _PEOPLE.search(name):
                break  # the name ends before its verb: a longer head is a clause (学院举办青年|教师)
            if _HAN_NAME.fullmatch(name) and any(_speaks(name, line) for line in lines):
                out.setdefault(name, set()).add(_CUT)
    for name in list(out):
        if any(h.startswith(name) and len(h) - len(name) >= MIN_HEADLINE_REST for h in heads):
            out[name].add("title")  # the head of the title or the headline: the site-name slot before it
    return out


def voiced_han_names(title: str, headlines: Iterable[str], lines: list[str], template: str,
                     own: Iterable[str], links: Iterable[str] = ()) -> list[str]:
    """Names of Chinese characters alone that stand in at least ``MIN_ROLES`` of the places where
    a page names its institution, one of them in the <title> or headline (``title``: the raw
    <title>), that the page's ``template`` (its text outside the article, normalised, the
    headlines cut out), its ``own`` names (normalised) and its ``links`` (normalised texts) never
    write, and that no institution's name can be."""
    heads = [h.strip() for h in headlines if h and h.strip()]
    body = [line for line in lines if not lexicon.is_reporting(line)]
    found = []
    for name, roles in _candidates((title or "").strip(), heads, body).items():
        if "title" not in roles:
            continue
        whole = {(title or "").strip(), *heads, *(p.strip() for p in split_title(title or ""))}
        roles = roles | _roles_in_body(name, body, whole)
        # (a name cut off the headline's head must act AND own people: a cut that runs into the
        # verb or the noun after it, 习近平主持|召开, 体育学院教|职工, plays one of them only;
        # 2 clean dev pages before this)
        need = MIN_ROLES + 1 if _CUT in roles and not slots.web_written(name) else MIN_ROLES
        roles = roles - {_CUT}
        if len(roles) < need or slots._PHRASE.search(name):
            continue  # (的, 是, 把… belong to a phrase: 中国历史上的十大汉奸 is a headline, no name)
        if not roles & {"acts", "people"} and not slots.web_written(name):
            continue  # the <title> and a line alone are also where a headline's fragment stands
            # (吉林省人民政府关于禁止在, 多地项目连环爆雷: 3 clean pages of ../shared): a name that
            # does not act in the article must be written as a website's (X集团官网)
        norm = lexicon.normalize(name)
        if norm in template or norm in links or any(related(norm, o) for o in own):
            continue  # the site's own name, written by its template too
        if slots._INSTITUTION_END.search(name) and not slots._WEB_WORDS.search(name[-2:]):
            continue  # an institution's name (X大学, X教育局): another body, or the site's own
        if lexicon.is_reporting(name):
            continue
        found.append(name)
    return found


# A name written as a website's (a web word ending it: X官网, X网站) glued before a unit of the
# institution that acts (鎏金官网青年志愿者协会组织): the unit's owner, whose name a hijacker replaced.
_WEB_HEAD = re.compile(f"([{_CJK}]{{2,8}}?(?:{slots._WEB_WORDS.pattern}))(?={_UNIT}(?:{slots._ORGANISE}|{slots._OFFICE}))", re.I)


def web_headed_units(lines: list[str]) -> list[str]:
    """Names written as a website's that own a unit of the institution acting in ``lines``."""
    found = []
    for line in lines:
        if lexicon.is_reporting(line):
            continue
        for m in _WEB_HEAD.finditer(line):
            name = slots._LEAD.sub("", m.group(1), count=1)
            if slots.web_written(name) and not slots._legit(name) and name not in found:
                found.append(name)
    return found


_HAN = re.compile(f"[{_CJK}]")
_SENTENCE = re.compile("[!！。?？,，;；]")


def check_voiced_han_names(root, raw_title: str, headline_texts: list[str], lines: list[str], marked: str,
                           metas: dict[str, str], ev: Evidence) -> None:
    """Record and learn the Chinese-only names the page speaks as (``marked``: the page text as
    byline.marked_text marks it; ``lines``: the article's lines): cut from title and text.
    An article without a Chinese character gives none of the roles a Chinese-speaking page gives
    its institution (acts, owns its people: both written in Chinese), so a token of letters and
    digits there is read only by its title part and a line of its own: a forum user's name on
    its own line, a battery's "5000mAh" (2 clean dev-v10 pages). Every letters-and-digits brand
    found on the dev hijack sets (16 pages, any reader) stands in an article of 116+ Chinese
    characters."""
    if not any(_HAN.search(line) for line in lines):
        return
    heads = [h for h in headline_texts if h]
    template = lexicon.normalize(outside_text(marked))
    for h in sorted({lexicon.normalize(t) for t in heads + [raw_title or ""]}, key=lexicon.longest_first):
        if h:
            template = template.replace(h, " ")
    # (a copyright holder read across a block's edge is the article's last sentence, not a name)
    own = {o for o in own_names(unmarked_text(marked), metas, ev.title_parts, ev.sites)
           if len(o) <= institution.MAX_NAME and not _SENTENCE.search(o)}
    links = {lexicon.normalize(t) for t in link_texts(root)}
    for name in voiced_han_names(raw_title, heads, lines, template, own, links) + web_headed_units(lines):
        ev.add("spliced_brand", "article", name)
        ev.learn(name, True)


# A proven brand's short stem written bare this many times in the article and headline is the
# brand's short spelling (v6 R2: 必威 of 必威betway 4–6 times, 金沙 of 金沙官方登录入口 3 times on the
# caught real pages); once may be a word of the article's own.
MIN_BARE_STEM = 2
# The headline spells the brand with at most this many more characters before its mark (锦博彩票JB,
# 鎏金岛®: 1–2 on the v6 synthetic pages; the family's spellings insert 1–2, slots.MAX_FAMILY_INSERT).
MAX_SPELLING_INSERT = 2


def bare_stems(lines: list[str], title: str, ev: Evidence, fields: Iterable[str] = ()) -> None:
    """On a page proven hijacked, the stems that start its proven brands' names (必威 of
    必威betway官网) and that the article and ``title`` write bare ``MIN_BARE_STEM`` times or more
    (必威教职工, 访问金沙) are the brand's short spelling: scrubbed bare too (v6 R2). Also the heads
    of its proven names written bare in the article, ``title`` or ``fields`` (_short_forms)."""
    if not ev.hijacked:
        return
    text = lexicon.normalize("\n".join(lines + [title]))
    proven = [lexicon.normalize(n) for n, backed in ev.strings.items() if backed]
    for s in ev.stems - ev.bare_stems:
        # (the brand's name starts what was proven: a promo word between a Latin head and a web
        # tail, 安全 of 1xbett安全入口, is a word the article writes too: it cut 国家安全教育日 on a
        # synthetic-v1 dev page)
        if _HAN.match(s) and any(p.startswith(s) for p in proven) and text.count(s) >= MIN_BARE_STEM:
            ev.learn_bare_stem(s)
            # (v6 R1: the headline's spelling runs on to a mark, 锦博彩票JB of 锦博官网, 鎏金岛® of 鎏金官网)
            for m in re.finditer(f"{re.escape(s)}[{_CJK}]{{0,{MAX_SPELLING_INSERT}}}(?:[A-Za-z0-9]+|[®™])+", title):
                if len(lexicon.normalize(m.group())) >= lexicon.MIN_PAGE_STRING:
                    ev.learn(m.group(), True)
                else:
                    ev.learn_bare_stem(lexicon.normalize(m.group()))
    _short_forms(lexicon.normalize("\n".join([text, *fields])), proven, ev)


# A proven brand's own name at the head of its long spelling (熊猫 of 熊猫体育, 意昂4 of 意昂体育4官网)
# written bare, outside every long spelling, at most this many times is the brand's short form
# where the institution's name stood (v20/v21: once on each of rc20-002, syn20-017, -031, rc21-003,
# -006, sv21-030, -034); a word the article writes more often is its own. On dev it learns a short
# form on those 7 and syn20-010 (金樽汇 in its 来源), on no page of v1-v19 and on no legit page
# (it reads caught pages only, so no clean page can change).
MAX_SHORT_FORMS = 2


def _short_forms(text: str, proven: list[str], ev: Evidence) -> None:
    """On a caught page, the heads of its proven brands written bare (``text``: the article, the
    headline and the 来源/作者 values, normalised; ``proven``: the proven names, normalised), alone or with the brand's
    number: learned bare, so that no short form is left once the long one is cut."""
    rest = lexicon.cut_out(text, proven)
    for name in proven:
        head = slots.leading_name(name)
        if not head or head in ev.bare_stems:
            continue
        forms = [head + d for d in dict.fromkeys(re.findall(r"\d+", name))] + [head]
        if 0 < rest.count(head) <= MAX_SHORT_FORMS:
            for form in forms:
                if form in rest:
                    ev.learn_bare_stem(form)
                    rest = rest.replace(form, "\n")
