"""The article's headline: which heading the <title> and the declared headline (og:title) point
at, cleaned of site names, browsing prefixes, kickers and buttons.

The candidates (headings, title-classed elements) and the metas are metadata.py's.
"""
from __future__ import annotations

import difflib
import re
from urllib.parse import urlsplit

from scraper.clean import lexicon
from scraper.clean.dates import month_words
from scraper.clean.dom import tag_of, text_of
from scraper.clean.fields import read_fields
from scraper.clean.lines import lines_of, word_key
from scraper.clean.metadata import HEADLINE_MAX, META_TITLE, TITLE_MATCH_RATIO, meta_value
from scraper.clean.writing import HAN

# Where a site name is joined to a headline in <title>: _ | ｜ ‹ › « », a dash with spaces, a
# single dash between Chinese words, two spaces. A doubled em dash (——) is punctuation inside
# a Chinese headline ("奋进新征程——记…"), never a joint.
_TITLE_JOINT = re.compile(r"\s*[_|｜‹›«»]+\s*|\s+[-–—]\s+|(?<=[\u4e00-\u9fff）)」”》])[-–—](?=[\u4e00-\u9fff（(「“《])|\s{2,}")
# What is no headline: a browsing prefix, a comment counter, a UI word.
_TITLE_PREFIX = re.compile(r"^\s*(?:正在浏览|当前位置|您的位置|您当前的位置|您现在的位置|当前页面)\s*[:：]\s*")
_TITLE_SUFFIX = re.compile(r"\s*(?:已有|共有)?\s*\d+\s*(?:件|条|个|篇)?(?:评论|回复|留言)\s*$")
_UI_WORDS = frozenset("显示 首页 正文 详情 内容 文章 浏览 查看 新闻 无标题 标题 index untitled home 主页 页面 网页 打印".split())
MIN_TITLE = 4
MAX_TITLE = 300
_MARKUP = re.compile(r"<[a-zA-Z/!]|-->")


_TWO_HAN = re.compile(f"{HAN.pattern}{{2}}")  # (compiled once: see writing.LINE_BREAKS)


def clean_title_text(title: str | None) -> str | None:
    """A <title> without browsing prefixes and comment counters; None when nothing like a headline is left."""
    if not title or len(title) > MAX_TITLE or _MARKUP.search(title):
        return None  # an unclosed <title> or comment swallowed the page's markup
    title = _TITLE_SUFFIX.sub("", _TITLE_PREFIX.sub("", title)).strip(" 》>-_|")
    if "《" in title and "》" not in title:
        title = title.replace("《", "", 1).strip()
    if len(title) < MIN_TITLE and not (len(title) >= 2 and _TWO_HAN.search(title)) or \
            title.lower() in _UI_WORDS or title.isdigit():
        return None
    return title


def split_title(title: str) -> list[str]:
    return [p for p in _TITLE_JOINT.split(title) if p and p.strip()]


def _strip_site(title: str, headlines: list[str]) -> str:
    parts = split_title(title)
    if len(parts) <= 1:
        return title
    for part in parts:
        if title_words(part) >= MIN_TITLE_WORDS and any(h and (part == h or part in h) for h in headlines):
            return part
    return max(parts, key=len)


def choose_title(clean_title: str | None, restored: str | None, metas: dict[str, str],
                 headlines: list[tuple[object, str]], selector_text: str | None, container=None,
                 spam_title: bool = False):
    """The article headline and the element that holds it (None when it came from elsewhere).
    ``spam_title``: the <title> was found spam."""
    if selector_text:
        return selector_text, None
    title, el = _choose_title(clean_title, restored, metas, headlines, container)
    root = (el if el is not None else container)
    root = root.getroottree().getroot() if root is not None else None
    title = _without_bracket_note(_without_glued_tail(title, clean_title), clean_title_text(clean_title))
    if spam_title:  # the page's own <title>, copied into its heading, under the spam one
        return _without_site_parts(title, root), el
    return _uncut_title(title, clean_title_text(clean_title), root), el


# A note in brackets set after the headline in its heading, which the <title> leaves off: the paper a
# clipping database credits ("運動彩券 可望明年上市:(民生報)" under <title> "運動彩券 可望明年上市",
# real-cases-v46 rc46-022), a "(图)" or "（组图）" tag. A bracket of a name's length, after a colon or not.
_BRACKET_NOTE = re.compile(r"^\s*[:：]?\s*[(（【\[][^()（）【】\[\]]{1,12}[)）】\]]\s*$")


def _without_bracket_note(title: str | None, page_title: str | None) -> str | None:
    """The <title>'s headline, when the chosen heading is it and a bracketed note after it."""
    if not title or not page_title or not title.startswith(page_title) or title == page_title:
        return title
    return page_title if _BRACKET_NOTE.match(title[len(page_title):]) else title


def _uncut_title(title: str | None, page_title: str | None, root) -> str | None:
    """The whole headline of an <h1> too long to be read as a heading (HEADLINE_MAX) that starts with
    the <title> chosen: a CMS cuts its <title> ("The AI Empowerment Center Construction Seminar" of a
    230-character <h1>, real-cases-v46 rc46-014). The <title> must end where a word of the <h1> ends."""
    if not title or root is None or title != page_title:
        return title
    for h1 in root.iter("h1"):
        text = " ".join(text_of(h1).split())
        if len(text) > max(HEADLINE_MAX, len(title)) and text.startswith(title) and not lexicon.has_strong(text) and (
                not _WORD.match(text[len(title)]) or not _WORD.match(title[-1])):
            return text
    return title


def _without_site_parts(title: str | None, root) -> str | None:
    """The headline of a heading that writes a whole <title>, "<headline>_<section>_<site>", its last
    part starting with the site's name as its masthead writes it (a link home): the page's own <title>
    copied into the heading, where spam took the <title> (real-cases-v46 rc46-008: "再创佳绩!_澎湃号·政务_
    澎湃新闻-The Paper" under the masthead link 澎湃新闻). Read only under a <title> found spam
    (on the clean dev-cleaneval pages a link home named a headline's words: "Walking Idol - Walking Minutes
    Challenge" under a "Walking" link, about.com)."""
    if not title or root is None:
        return title
    joints = list(_NAME_JOINT.finditer(title))
    if not joints or not (last := word_key(title[joints[-1].end():])) or not word_key(title[:joints[0].start()]):
        return title
    if not any(len(name := word_key(text_of(a))) >= MIN_SITE_NAME and last.startswith(name) and _home(a.get("href"))
               for a in root.iter("a")):
        return title
    # the template's parts are joined alike ("_", " | "): a part joined otherwise is the headline's own
    # ("Brexit - what happens next | Site" keeps its dash)
    joint = joints[-1].group().strip()
    cut = joints[-1]
    for m in reversed(joints[:-1]):
        if m.group().strip() != joint or not word_key(title[:m.start()]):
            break
        cut = m
    return title[:cut.start()].strip()


# A masthead's name of this many letters at least (澎湃新闻, 36kr): a link home of one or two ("首页" is
# read as a menu's, and never starts a <title>'s site part alone).
MIN_SITE_NAME = 3


# A platform's mark set before a headline in its heading, apart from it: 原创 (an original piece),
# 转载 (a reprint), 置顶 (pinned). Content farms copy such headings whole (real-cases-v16 dev: 3 of
# 4 farm pages and a synthetic copy kept "原创 " in the headline). Run together with the headline, it
# is the headline's word (原创音乐剧): only a mark set apart by a blank goes.
_BADGE = re.compile(r"^\s*(?:原创|原創|转载|轉載|置顶|置頂)[ \t\u3000\u2002]+")


def without_badge(title: str | None) -> str | None:
    """The headline without a platform's mark before it (原创 …). Taken off last, once the title is
    judged: a keyword glued after the mark (原创 <keyword><headline>) is found by the blank the mark
    leaves (synthetic-v10 dev, 2 pages)."""
    if title and (badge := _BADGE.match(title)) and title_words(title[badge.end():]) >= MIN_TITLE_WORDS:
        return title[badge.end():]
    return title


def _without_glued_tail(title: str | None, page_title: str | None) -> str | None:
    """A headline without a last part that the <title> puts after the site's name: "headline|phrase"
    under a <title> "headline - site|phrase" (a phrase glued after the page's name, and after the
    headline in its <h1>: synthetic-v9 dev). A part of the headline stands before the site's name."""
    if not title or not page_title:
        return title
    parts, page = split_title(title), split_title(page_title)
    if len(parts) < 2 or len(page) < len(parts) + 1 or parts[-1].strip() != page[-1].strip() \
            or parts[0].strip() != page[0].strip():
        return title
    head = title[:title.rfind(parts[-1])].rstrip(" |｜_-–—‹›«»")
    return head if title_words(head) >= MIN_TITLE_WORDS else title


def _choose_title(clean_title: str | None, restored: str | None, metas: dict[str, str],
                  headlines: list[tuple[object, str]], container=None):
    headlines = [(el, _without_spam_word(text)) for el, text in headlines]
    texts = [t for _, t in headlines]
    clean_title = clean_title_text(clean_title)
    restored = clean_title_text(restored)
    if restored:
        restored = _strip_site(restored, texts)
    # the <title>, else the declared headline (og:title) when no heading is like the <title> (an
    # SEO <title> above the headline the page shows: fundus dev)
    declared = meta_value(metas, META_TITLE)
    if not restored and (post := _post_heading(headlines, clean_title)) is not None:
        return _as_declared(post[0], post[1], metas, clean_title), post[0]
    if not restored and (shown := _declared_at_start(metas, headlines, container, clean_title)) is not None:
        return shown
    for reference in (restored, clean_title or declared, declared if clean_title else None):
        if not reference:
            continue
        match = _best_match(headlines, reference or "")
        if match:
            parts = split_title(reference or "")
            if len(parts) >= 2 and match[1] == parts[-1].strip():  # the match stands where a site's name stands
                match = _longer_heading(headlines, match)
            if len(parts) >= 2 and match[1].strip() == (reference or "").strip():
                # a heading that copies the <title> whole, site's name and all, beside one that writes its
                # longest part alone: that one is the headline (fr43-032: "<headline> - Todas as Notícias -
                # CSJT" in an <h1> over the text, the headline alone an <h3> in it)
                longest = max(parts, key=len).strip()
                match = next(((el, text) for el, text in headlines if text.strip() == longest and not _is_logo(el)), match)
            # (a logo heading that writes more than a name, "News & Observer | newsobserver.com | <headline>" as
            # one home link over a real-l3s-en story, holds its headline: not the site's name alone)
            if _site_only(match[1], metas) or (_masthead(match[0]) and len(split_title(match[1])) < 2):
                # the <title> names the site: the article's own heading, else its first line
                if (own := _article_heading(headlines, container, match[1])) is not None:
                    return _as_declared(own[0], own[1], metas, clean_title), own[0]
                if line := _first_line_headline(container):
                    return line, None
            return _as_declared(match[0], match[1], metas, clean_title), match[0]
    # A restored title no heading matches is the site's generic one (site name + section, as a
    # cloaking script puts back): a real headline comes first.
    meta_title = meta_value(metas, META_TITLE[:1])
    if meta_title and not lexicon.has_strong(meta_title):
        return _strip_site(meta_title, texts), None
    # No heading matches the <title>: the heading nearest before the body, else the first <h1>,
    # if it is long enough to be a headline; else a restored title, the <title> itself; a short
    # heading ("Soccer", "部门动态": a section's name) only as a last resort.
    near = _nearest_before(headlines, container)
    h1s = [(el, text) for el, text in headlines
           if tag_of(el) == "h1" and not lexicon.has_strong(text) and not _is_logo(el)]
    # (the first <h1> of a headline's length: a section's name set as an <h1> above it, "PUBLICAÇÕES",
    # is no headline: fr43-036)
    h1 = next((h for h in h1s if title_words(h[1]) >= MIN_TITLE_WORDS), h1s[0] if h1s else None)
    for heading in (near, h1):
        if heading is not None and title_words(heading[1]) >= MIN_TITLE_WORDS:
            return _as_declared(heading[0], heading[1], metas, clean_title), heading[0]
    if restored:  # what the site shows visitors, when a cloaking script shows spiders spam
        return restored, None
    page_title = _strip_site(clean_title, texts) if clean_title else None
    if page_title and title_words(page_title) >= MIN_TITLE_WORDS and not lexicon.has_strong(page_title) and not (
            near is not None and tag_of(near[0]) == "h1" and _site_path(page_title, clean_title)):
        return page_title, None
    for heading in (near, h1):
        if heading is not None:
            return heading[1], heading[0]
    # a headline set as the body's first line, under a <title> that names the site only
    if (not clean_title or _site_only(clean_title, metas) or _names_joined(clean_title)) and (
            line := _first_line_headline(container)):
        return line, None
    if clean_title:
        return _strip_site(clean_title, texts), None
    if headlines:
        return headlines[0][1], headlines[0][0]
    return None, None


def _own_key(el) -> str:
    """word_key of all the text inside an element (its children's, buttons included: text_of
    leaves those out)."""
    return word_key("".join(el.itertext()))


def _as_declared(el, text: str, metas: dict[str, str], page_title: str | None) -> str:
    """The heading's text as the page declares its headline (og:title, twitter:title, the
    <title>'s headline part) when the two are the same words: a heading set as a kicker span and
    a headline span reads "Kicker Headline", declared "Kicker: Headline". And the declared
    headline alone when the heading adds a child element's text to it (a kicker above it, a "Back
    to video" button inside it)."""
    declared = [m for m in (metas.get("og:title"), metas.get("twitter:title"))
                if m and title_words(m) >= MIN_TITLE_WORDS and not lexicon.has_strong(m)]
    key = word_key(text)
    if (copied := _copied_title(text, key, declared, page_title)) is not None:
        return copied
    if page_title:
        declared += [p.strip() for p in split_title(page_title)]
    declared = [d for d in declared if title_words(d) >= MIN_TITLE_WORDS and not lexicon.has_strong(d)]
    # the innermost element holding the whole heading (a title box around an <h1>)
    el = next((c for c in reversed(list(el.iterdescendants())) if tag_of(c) and _own_key(c) == key), el)
    parts = [k for child in el.iterdescendants() if tag_of(child) and (k := _own_key(child))]
    if not parts:  # one run of text: its own spelling stands (quotes, dashes)
        return text
    for d in declared:
        if word_key(d) == key:
            return d  # pieces joined: the page's own punctuation between them
    for d in declared:
        dk = word_key(d)
        if dk and key != dk and (key.startswith(dk) or key.endswith(dk)):
            rest = key[len(dk):] if key.startswith(dk) else key[:-len(dk)]
            if rest in parts:
                return d
    return text


def _copied_title(text: str, key: str, declared: list[str], page_title: str | None) -> str | None:
    """The declared headline of a heading that copies the <title> whole, joints and all: an <h1>
    the site writes its <title> into ("<headline>（1/2ページ） - 産経ニュース", the declared
    og:title "<headline>"). The heading is read as the <title> is, less the site's name and page
    number after the headline: the declared headline when the heading starts with it and what
    follows is shorter than it (a declared site name before a headline is no headline)."""
    if not page_title or text.strip() != page_title.strip() or len(split_title(text)) < 2:
        return None
    for d in declared:
        dk = word_key(d)
        if dk and dk != key and key.startswith(dk) and title_words(text[len(d):]) < title_words(d):
            return d
    return None


# A <title> this many words long (a Han character counts as half a word) is a headline, not a
# site or section name.
MIN_TITLE_WORDS = 4
# (accented Latin letters belong to their word: "Notícias" is one word, not "Not" and "cias")
_WORD = re.compile(r"[A-Za-z0-9'\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+|[\u3400-\u9fff]")


def _without_spam_word(text: str) -> str:
    """A heading set apart by a blank from a first word the lexicon knows as spam ("玄武娱乐城
    街道召开…", a brand put before the headline, synthetic-v9 dev) is the rest, when the rest is a
    headline's length and clean; else the heading as it is (passed over as spam where it matters)."""
    head, _, rest = text.strip().partition(" ")
    rest = rest.strip()
    if rest and title_words(rest) >= MIN_TITLE_WORDS and lexicon.has_strong(head) and not lexicon.has_strong(rest):
        return rest
    return text


def title_words(text: str) -> float:
    return sum(0.5 if "\u3400" <= w <= "\u9fff" else 1 for w in _WORD.findall(text))


def _best_match(headlines: list[tuple[object, str]], reference: str):
    """The heading most like ``reference`` (a <title>), if it is alike enough."""
    best, best_ratio = None, 0.0
    # the <title>'s headline beside the site's name (its longest part, a headline's length): an
    # <h1> that is exactly it matches fully, above a heading that holds it and more (a share box's
    # "Send this article: <headline>" scored above the <h1> by its length)
    parts = [p.strip() for p in _NAME_JOINT.split(reference) if p.strip()]
    whole = max(parts, key=len) if len(parts) > 1 else None
    # ...and, however short, a part of it (not the last: the site's name, as a hidden <h1> writes
    # it on a postlight page) that an <h1> (no logo) writes exactly: "Charles Darwin"
    # under "Charles Darwin - Wikipedia", above a navigation box's "v t e Charles Darwin"; "Need for
    # Speed" under "Need for Speed | Insubordinantes Denken" (crux, snacktory, trafilatura dev: +25
    # pages). When another headline element writes a longer part, that one: the h2 headline under
    # a kicker h1 ("Strava-Update: …", trafilatura dev), the headline under a site-name h1 (synthetic-v6).
    exact = [(el, text) for el, text in headlines
             if len(parts) > 1 and text in parts[:-1] and not _is_logo(el)]
    # (of equal parts the <h1>: a sticky header's copy of the headline stands first)
    chosen = max(exact, key=lambda h: (len(h[1]), tag_of(h[0]) == "h1")) if any(
        tag_of(el) == "h1" for el, _ in exact) else None
    for el, text in headlines:
        if lexicon.has_strong(text):
            continue
        if (chosen is not None and el is chosen[0]) or (text == whole and tag_of(el) == "h1" and title_words(whole) >= MIN_TITLE_WORDS):
            ratio = 1.0
        else:
            ratio = _similarity(text, reference, max(best_ratio, TITLE_MATCH_RATIO))
        # On a tie the longer heading wins: a site-name heading and a short headline both
        # inside "headline_org - org" get the floor, and the first (the site name) used to win
        # (4 pages of the spent v4 synthetic set).
        if ratio > best_ratio or best and ratio == best_ratio and len(text) > len(best[1]):
            best, best_ratio = (el, text), ratio
    return best if best and best_ratio >= TITLE_MATCH_RATIO else None


# og:site_name only: application-name is sometimes the page's own headline (an msn.com page of dev-v4-postlight).
_SITE_METAS = ("og:site_name",)


def _site_only(title: str, metas: dict[str, str]) -> bool:
    """A <title> that names the site only: the site's name as its metas give it, or names joined
    around a brand (v3 T1: a hijacked site's brand + an encyclopedia tagline). "Building Unity Farm -
    the Barn" joins short parts too, and is a headline."""
    site = meta_value(metas, _SITE_METAS)
    return bool(site and title.strip().lower() == site.strip().lower()) or (
        _names_joined(title) and lexicon.has_strong(title))


SITE_PATH_PARTS = 3  # (see _site_path)


def _site_path(part: str, title: str | None) -> bool:
    """Whether ``part`` is the last of three parts or more of the <title>: a path of names, the site's
    last ("通知公告 - 新闻动态 - 中国人民大学后勤集团"), with no headline in it. Longest of them, it is still the
    site's name, and the short <h1> right over the body ("停水通知", two words by title_words) is the
    headline (dev-v44-rucnews: 3 pages). (Of two parts the last may be the headline, "GDC Vault -
    <headline>" over a hidden "Welcome" heading: dev-v20-omnivore gdcvault; hence three, and an <h1>.)"""
    parts = split_title(title or "")
    return len(parts) >= SITE_PATH_PARTS and part.strip() == parts[-1].strip()


def _names_joined(title: str) -> bool:
    """Names joined, not a headline: "凤凰彩票_(中国)维基百科", "Site | Section" (every part shorter
    than a headline). A short title of one part ("Regulatory actions") may be the headline."""
    parts = [p for p in _NAME_JOINT.split(title) if p.strip()]
    return len(parts) >= 2 and max(map(title_words, parts)) < MIN_TITLE_WORDS


# The joints between a site's name and its tagline or section (not «» and ‹›: French quotes).
_NAME_JOINT = re.compile(r"\s*[_|｜]+\s*|\s+[-–—]\s+")


def _longer_heading(headlines: list[tuple[object, str]], match: tuple[object, str]) -> tuple[object, str]:
    """The heading after ``match`` that begins with its text and goes on: a <title> that is the
    site's name ("临溪县农业农村局") matches the site's header; the headline starting with the
    same name ("临溪县农业农村局部署春耕备耕…") is the article's."""
    el, text = match
    seen = False
    for other, other_text in headlines:
        if other is el:
            seen = True
        elif (seen and other_text.startswith(text) and title_words(other_text) >= title_words(text) + MIN_TITLE_WORDS
              and not lexicon.has_strong(other_text) and not _is_logo(other)):
            return other, other_text
    return match


# A blog post's <title> "<post> : <blog>" (exblog and other Japanese blog hosts; og:title writes
# "<post> | <blog>"): a spaced ASCII colon between two parts. Not a joint of split_title: French
# writes a spaced colon inside headlines ("Macron : la réforme…").
_BLOG_JOINT = re.compile(r"\s+:\s+")


def _post_heading(headlines: list[tuple[object, str]], reference: str | None) -> tuple[object, str] | None:
    """The heading that writes the post's part of a "<post> : <blog>" <title>, on a page where another
    heading before it, a link home, holds the blog's part: the blog's name in its header <h1> is more like the whole
    <title> than a short post headline is, and stands first (kaoriya dev: two exblog posts titled by their
    blog; webbench2026 wb26-0654 "Video Games : Target" under a header naming the shop)."""
    pieces = _BLOG_JOINT.split(reference or "")
    if len(pieces) != 2 or not (post := word_key(pieces[0])) or not (blog := word_key(pieces[1])):
        return None
    # the blog's name in the header above the post: a heading linking home that holds the blog's part
    # (a site's "<site> : <headline>" holds its headline in the <h1>: dev-dragnet R236)
    keys = [word_key(text) for _, text in headlines]
    first = next((k for k, key in enumerate(keys) if blog in key and key != post and _linked_home(headlines[k][0])), None)
    if first is None:
        return None
    return next((h for h, key in zip(headlines[first + 1:], keys[first + 1:], strict=True) if key == post and not _is_logo(h[0])), None)


def _linked_home(el) -> bool:
    """A heading all of whose words are links home (no permalink), as a blog's header writes its name
    and its address (a logo, read without the blanks between its links that _is_logo counts)."""
    links = list(el.iter("a"))
    return bool(links) and not any(_permalink(a.get("href")) for a in links) and \
        word_key("".join(text_of(a) for a in links)) == word_key(text_of(el))


# The first lines of the body where a headline set as plain text stands (after a breadcrumb and a
# section name), and what decorates its end ("高校对校外人员开放了?……******").
FIRST_LINES = 6
DECORATION = re.compile(r"[\s*＊★☆◆■●~～=_\-—]+$")
_SENTENCE_END = re.compile(r"[。，,；;：:.]$|[.!?。！？]\s+\S")  # a sentence's end, or two sentences
_BREADCRUMB = re.compile(r"[>›»]")


# A line that dates the article, in any language: a year and a day (or a date in figures), and no more than this many other
# words of four letters or more besides month names ("Publicado em 25 de outubro de 2016",
# "Terça-feira, 25 de outubro de 2016": 1 and 2; fr43-038 and fr43-001 took them for the headline).
DATE_LINE_WORDS = 2
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY = re.compile(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])(?![\d%]|[.,]\d)")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
# a date in figures, in any order (20/10/16, 24.10.2016, 2016-10-24): whether a line dates the article is
# asked here, not which day it names (that is dates.numeric_date's, day or month first only)
_FIGURES_DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")


def _is_date_line(text: str) -> bool:
    """A line that dates the article (see DATE_LINE_WORDS), never its headline."""
    if not (_FIGURES_DATE.search(text) or _YEAR.search(text) and _DAY.search(_YEAR.sub(" ", text))):
        return False
    months = month_words()
    return sum(1 for w in _LONG_WORD.findall(text) if w.lower() not in months) <= DATE_LINE_WORDS


def _first_line_headline(container) -> str | None:
    """A headline written as the body's first line: only asked when the headings hold nothing
    longer than a site or section name (v3 T1: <title> = h1 = brand + an encyclopedia tagline)."""
    if container is None:
        return None
    lines = lines_of(container)[:FIRST_LINES + 2]
    for k, line in enumerate(lines[:FIRST_LINES]):
        text = DECORATION.sub("", line.text)
        if len(text) > HEADLINE_MAX and _SENTENCE_END.search(text):
            return None  # the text has begun: a heading after it heads a section (wcxb-4596)
        # the text it heads: the next line, a date line between them aside ("24.10.2016": fr43-029)
        follows = next((n.text for n in lines[k + 1:] if not _is_date_line(n.text)), "")
        if (MIN_TITLE_WORDS <= title_words(text) and len(text) <= HEADLINE_MAX and not _SENTENCE_END.search(text)
                and not _is_date_line(text) and not _opens_with_label(text)
                and not _BREADCRUMB.search(text) and line.links * 2 < len(text)
                and len(follows) > len(text) and not lexicon.has_strong(text)):
            return text
    return None


def _opens_with_label(text: str) -> bool:
    """A line that opens with a field's label (来源:…, 作者:…, By …: fields.read_fields) is a byline,
    not a headline: a page with no headline of its own gave its 来源 line as the title
    (real-cases-v44b rc44b-019, seen after v44 was scored)."""
    return any(f.start == 0 for f in read_fields(text.strip(), keep_empty=True))


def _masthead(el) -> bool:
    """A heading that is the site's logo, all its words links home (an anchor <a name> around a
    headline is none): the <title> it matches names the site (fr43-008: <title> and
    <h1><a href="/"> both the court's name, the headline an <h2> in the text; fr43-049)."""
    return _linked_home(el) and all(_home(a.get("href")) for a in el.iter("a"))


def _home(href: str | None) -> bool:
    """An address of a site's home page: no path but an index page ("/", "https://host/",
    "/index.php"); an article's own address is no home (lifehacker's <h1> links to its one-segment slug)."""
    if not href or href.startswith("#"):
        return False
    path = [p for p in urlsplit(href.strip()).path.split("/") if p]
    return not path or len(path) == 1 and path[0].lower().startswith(("index.", "default.", "home"))


def _article_heading(headlines: list[tuple[object, str]], container, site: str) -> tuple[object, str] | None:
    """The first heading of a headline's length inside the article's text zone and among its first
    lines (its own headline, under a <title> that names the site): no logo, no section name."""
    if container is None or (span := _document_span(container)) is None:
        return None
    order, start, end = span
    first = [line.text for line in lines_of(container)[:FIRST_LINES]]
    for el, text in headlines:
        if (start <= order.get(el, -1) < end and MIN_TITLE_WORDS <= title_words(text) and len(text) <= HEADLINE_MAX
                and word_key(text) != word_key(site) and not lexicon.has_strong(text) and not _is_logo(el)
                and any(text in line for line in first)):
            return el, text
    return None


def _declared_at_start(metas: dict[str, str], headlines: list[tuple[object, str]], container,
                       page_title: str | None) -> tuple[str, object] | None:
    """The declared headline (og:title, twitter:title) and its heading, where the article's text
    zone shows it at its start (a heading before or in it, or one of its first lines) and the
    <title> holds none of it: a <title> that names the site or section only (dev-v43-ferretpt:
    ".: Tribunal de Justiça de MS :.", "Notícia em Destaque" and a title copying the masthead's <h1>
    over og:title = the article's <h1>, 3 pages). A site's name declared as og:title stands in its logo
    or in og:site_name, and is passed over."""
    if container is None or (span := _document_span(container)) is None:
        return None
    order, _, end = span
    site = word_key(metas.get("og:site_name") or "")
    for declared in (metas.get("og:title"), metas.get("twitter:title")):
        if not declared or title_words(declared) < MIN_TITLE_WORDS or lexicon.has_strong(declared):
            continue
        key = word_key(declared)
        if not key or key == site or (page_title and key in word_key(page_title)):
            continue
        heading = next(((el, text) for el, text in headlines
                        if word_key(text) == key and 0 <= order.get(el, -1) < end and not _is_logo(el)), None)
        if heading is not None:
            return _as_declared(heading[0], heading[1], metas, page_title), heading[0]
        if any(word_key(DECORATION.sub("", line.text)) == key for line in lines_of(container)[:FIRST_LINES]):
            return declared.strip(), None
    return None


def _is_logo(el) -> bool:
    """A heading that is only a link (the site logo: <h1><a href="/">南山大学</a></h1>), unless it
    is an <h1> linking to an article's address (a permalink: two path segments or more, as
    "/questions/3553693/wicket-vs-vaadin"; a logo leads home, a section's name to "/xwzx/"; the
    h2/h3 teasers of a news list link to articles too, and stay out)."""
    links = list(el.iter("a"))
    return bool(links) and sum(len(text_of(a)) for a in links) >= len(text_of(el)) and not (
        tag_of(el) == "h1" and all(_permalink(a.get("href")) for a in links))


def _permalink(href: str | None) -> bool:
    path = urlsplit((href or "").strip()).path
    return len([p for p in path.split("/") if p]) >= PERMALINK_SEGMENTS


PERMALINK_SEGMENTS = 2


def _document_span(container) -> tuple[dict, int, int] | None:
    """Every element's place in document order, and where ``container`` starts and ends in it
    (None when the container is not in its tree)."""
    order = {el: i for i, el in enumerate(container.getroottree().getroot().iter())}
    start = order.get(container)
    if start is None:
        return None
    return order, start, start + sum(1 for _ in container.iter())


def _nearest_before(headlines: list[tuple[object, str]], container):
    """The last non-logo heading before the body container (or at its very start)."""
    if container is None or not headlines or (span := _document_span(container)) is None:
        return None
    order, start, end = span
    best = None
    for el, text in headlines:
        pos = order.get(el, -1)
        if lexicon.has_strong(text) or _is_logo(el) or pos < 0:
            continue
        if pos < start or (pos < end and best is None):
            best = (el, text)
        if pos >= start and best is not None:
            break
    return best


def _similarity(text: str, reference: str, floor: float = 0.0) -> float:
    """How alike a heading and a <title> are; 0.0 when plainly below ``floor`` (difflib's upper
    bounds are cheap, its ratio is not: a page has dozens of headings)."""
    if not reference or not text:
        return 0.0
    if text == reference:
        return 1.0
    if text in reference:
        # "headline" inside "headline - site": as good as the share of the title it covers,
        # floored so that a long site suffix does not hide a true match.
        # A short heading inside the title is its section name ("Soccer" in "Headline - Soccer - Site").
        floor = TITLE_MATCH_RATIO if title_words(text) >= MIN_TITLE_WORDS else 0.0
        return max(floor, len(text) / len(reference))
    matcher = difflib.SequenceMatcher(None, text, reference, autojunk=False)
    if floor and (matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor):
        return 0.0
    return matcher.ratio()


# A heading whose words the article writes at least this share of (its two-character Han pieces
# and Latin words, found in the article's other lines) is the article's own headline. Pieces span
# word boundaries (体育的生动 gives 育的, 的生), so a real headline scores well under 1: the
# sub-headed headlines under a spam <h1> score 0.27 (real-cases-v28 dev, 3 pages) and 0.33 (rc8-009);
# what a cut spam title leaves, or a blog's name, scores 0. On dev it changes 5 titles, all to the
# truth's (rc28-012, -014, -015, rc8-009, sv21-004), and no page of the clean extraction sets.
OWN_WORDS_SHARE = 0.2
_LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9+#']*")


def _pieces(text: str) -> list[str]:
    """A heading's words: its two-character Han pieces and its Latin words (C++ too), lower-cased."""
    norm = lexicon.normalize(text).lower()
    han = [norm[i:i + 2] for i in range(len(norm) - 1)
           if "\u3400" <= norm[i] <= "\u9fff" and "\u3400" <= norm[i + 1] <= "\u9fff"]
    return han + [w for w in _LATIN_WORD.findall(norm) if not w.isdigit() and (len(w) > 1 or w[-1] in "+#")]


def written_share(heading: str, text: str) -> float:
    """The share of a heading's words that ``text`` (the article's lines without it) writes."""
    pieces = _pieces(heading)
    if not pieces:
        return 0.0
    norm = lexicon.normalize(text).lower()
    return sum(1 for p in pieces if p in norm) / len(pieces)


def written_headline(headlines: list[tuple[object, str]], container, lines: list[str],
                     current: str | None) -> str | None:
    """The article's own headline when the one chosen stands under a <title> proven spam and the
    article writes none of its words (what is left of a cut title, a blog's name): the heading at
    the start of the article's text (the nearest before its container, or one inside it) whose
    words the article writes most (v28 T1, v16 §5a, v10 J: the real headline an <h2>/<h3> under a
    spam <h1>). None to keep ``current``."""
    if container is None or not headlines or (span := _document_span(container)) is None:
        return None
    order, start, end = span
    before = [h for h in headlines if 0 <= order.get(h[0], -1) < start]
    inside = [h for h in headlines if start <= order.get(h[0], -1) < end]

    def share(heading: str) -> float:
        return written_share(heading, "\n".join(line for line in lines if heading not in line))
    if current and share(current) > 0:  # the article's own words: kept, without a heading's decoration (******)
        bare = DECORATION.sub("", current).strip()
        return bare if bare != current and title_words(bare) >= MIN_TITLE_WORDS else None
    best, best_share = None, OWN_WORDS_SHARE
    for _, text in before[-1:] + inside:
        text = DECORATION.sub("", text).strip()
        if (text == current or title_words(text) < MIN_TITLE_WORDS or len(text) > HEADLINE_MAX
                or lexicon.has_strong(text)):
            continue
        if (s := share(text)) > best_share:
            best, best_share = text, s
    return best
