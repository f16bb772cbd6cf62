"""Finding and removing injected spam in the page tree; every removal is recorded as a Finding.

Structure carries detection as much as words do: a block hidden from readers that links
off-site, a link or title part written in a gambling brand's shape, a <title> part that a
cloaking script hides from humans, markup written by a cloaking or obfuscated script — each is
spam whatever brand it names. The lexicon and the public vocabulary add weight; they no longer
gate. What the page betrays this way (anchor texts, title parts, hosts) becomes a page-specific
lexicon that then scrubs the same strings from bylines, footers and sentences.

An off-site link on its own is not spam: pages link portals, their parent university, the
provincial government, app stores. Its anchor text is never learned unless something about
the link (its host, its text's shape, where it sits) is spam.
"""
from __future__ import annotations

import difflib
import html
import re
from typing import Iterable

from scraper.clean import brands, lexicon
from scraper.clean.bodyspam import is_keyword_line
from scraper.clean.dom import describe, drop, host_of, outer_html, parse_html, tag_of, text_of
from scraper.clean.evidence import SPAM_MARK, Evidence, is_navigation, visible_text
from scraper.clean.hidden import STRONG, find_hidden

__all__ = ["SPAM_MARK", "Evidence", "check_meta", "check_title", "check_written", "remove_hidden_injections",
           "remove_spam_links", "scrub", "split_title"]

# A hidden block of unknown names is a link farm when it holds at least this many off-site
# links and nothing but their texts (no thumbnails: ad widgets have them).
MIN_HIDDEN_FARM_LINKS = 2
# When only display:none hides it (as menus, dropdowns and share panels are hidden), the farm
# must also lean gambling — this spam weight, generic terms 1, templates 2 — or be a bare row of
# links in an unnamed box. Calibrated on inputs-gne: toutiao's hidden dropdowns, bshare panels
# and sina's hidden partner ads were false flags without it; no injected farm was missed.
HIDDEN_FARM_WEIGHT = 2
# Meta keywords/description are stuffed when their spam weight (brand 3, template 2, generic 1)
# reaches this: one brand, or a template and a generic term; a sports bureau's "体育,彩票" is 2.
META_SPAM_WEIGHT = 3
_TITLE_SPLIT = re.compile(r"\s*(?:[-_|–—]+|\s{2,}|——)\s*")
_META_NAMES = ("keywords", "description")
# Path words of parasite pages planted on portals (/tiyu/kaiyun-app.html, ?casino=…).
_PARASITE_PATH = re.compile(r"(?<![a-z])(?:bet|casino|kaiyun|tiyu|yule|qipai|caipiao|zhenren|baijiale|duchang|"
                            r"bocai|xsj|hth|leyu|yabo|bob|ky|ag|pg)(?![a-z])", re.I)
# Words that name an institution: a title part holding one is a site name, not spam.
_INSTITUTION = re.compile(r"政府|大学|学院|学校|中学|小学|局|委|厅|办|院|中心|网|新闻|报|台|馆|协会|公司|集团|医院|银行|部")


def link_is_spam(text: str, host: str, ev: Evidence) -> tuple[bool, bool]:
    """(spam, backed) for a visible link to an off-site ``host`` with anchor ``text``."""
    if lexicon.host_is_spammy(host) or host in ev.hosts:
        return True, True
    if not text or lexicon.is_reporting(text) or is_navigation(text):  # a crackdown headline names casinos
        return False, False
    if lexicon.has_strong(text) or brands.promo_spans(text) or brands.brand_like(text):
        return True, True
    return ev.is_spam_text(text), False


def _spam_by_itself(text: str, host: str) -> bool:
    return lexicon.host_is_spammy(host) or bool(text) and (lexicon.has_strong(text) or bool(brands.promo_spans(text)))


def _parasite_link(href: str, text: str) -> bool:
    """A link to a trusted portal whose text or path shows a planted spam page."""
    if not text or lexicon.is_reporting(text):
        return False
    if lexicon.has_strong(text) or brands.promo_spans(text):
        return True
    path = href.split("//", 1)[-1].partition("/")[2]
    return bool(_PARASITE_PATH.search(path)) and bool(brands.brand_like(text) or lexicon.spam_weight(text) >= 1)


def remove_hidden_injections(root, ev: Evidence, hidden: list | None = None) -> None:
    """Drop hidden blocks that carry spam or off-site link farms; record every strongly hidden
    block that goes (``hidden_block``, not a hijack by itself); leave other hidden content."""
    for el, how in find_hidden(root) if hidden is None else hidden:
        text = text_of(el)
        if len(_WORDY.findall(text)) < 2:  # icons, arrows, empty boxes: nothing to judge or lose
            if how == STRONG:
                drop(el)
            continue
        anchors = list(el.iter("a"))
        hosts = [h for a in anchors if (h := host_of(a.get("href"))) and ev.offsite(h)]
        texts = [t for a in anchors if (t := text_of(a))]
        spammy_hosts = [h for h in hosts if lexicon.host_is_spammy(h) or h in ev.hosts]
        joined = " ".join(texts)
        only_links = sum(map(len, texts)) >= 0.8 * len(text.replace(" ", "")) if text else False
        # A farm: off-site text links and nothing else (no thumbnails: ad widgets have them).
        farm = (len(hosts) >= MIN_HIDDEN_FARM_LINKS and only_links and len(texts) == len(anchors)
                and el.find(".//img") is None)
        # Words condemn a hidden block whatever its links; the finer shapes are read only where an
        # injection can hide them (off-site links, bare text), not in every hidden menu of the site.
        backed = bool(spammy_hosts) or lexicon.has_strong(text) or bool(brands.promo_spans(text)) or (
            bool(hosts or not anchors) and brands.may_be_spam(text)
            and (len(brands.brand_like(joined or text)) >= (1 if how == STRONG else 2)
                 or len(set(brands.vocabulary_hits(text))) >= 2 or is_keyword_line(text)))
        # display:none alone also hides menus, dropdowns and share panels: a weakly hidden farm
        # counts when it leans gambling, or when it is a bare row of links in a plain box with
        # no class or id, as injected farms are (menus are lists and have names)
        structural = farm and (how == STRONG or (lexicon.spam_weight(text) >= HIDDEN_FARM_WEIGHT
                                                 or _bare_link_row(el, anchors)) and el not in ev.template)
        if backed or structural:
            kind = "hidden_links" if anchors else "hidden_text"
            ev.add(kind, describe(el), outer_html(el))
            for t in texts:
                ev.learn(t, True)  # the anchors of a hidden farm: spam wherever they appear
            if not anchors:
                for part in re.split(r"[\s,，、|;；]+", text):
                    if brands.promo_spans(part) or brands.brand_like(part) or lexicon.has_strong(part):
                        ev.learn(part, True)
            ev.hosts.update(hosts)
            drop(el)
        elif how == STRONG:
            # off-screen helpers ("skip to content"), hidden counters: not spam, but removed
            ev.add("hidden_block", describe(el), text)
            drop(el)


_WORDY = re.compile(r"[\w\u4e00-\u9fff]")
_INLINE = frozenset("a b strong span font i em small u br".split())


def _bare_link_row(el, anchors) -> bool:
    if tag_of(el) not in ("div", "p", "span", "font", "section", "center"):
        return False
    if (el.get("class") or "").strip() or (el.get("id") or "").strip():
        return False
    return all(tag_of(d) in _INLINE for d in el.iterdescendants() if isinstance(d.tag, str)) and all(
        len(text_of(a)) >= 2 for a in anchors)


def remove_spam_links(root, ev: Evidence) -> None:
    """Cut visible spam links — to spam hosts, with spam-shaped anchors, or to parasite pages on
    trusted portals; empty banners go with them. Ordinary off-site links stay."""
    for a in list(root.iter("a")):
        if a.getparent() is None:
            continue
        href = a.get("href")
        host = host_of(href)
        if not host or ev.is_own(host):
            continue
        text = text_of(a)
        if lexicon.host_is_trusted(host):
            # A trusted portal hosts the page, but the page is a planted one: judge the link by its
            # text and path, record the full URL and never distrust the portal itself.
            if not _parasite_link(href, text):
                continue
            ev.urls.add(href.strip())
            backed = True
        else:
            spam, backed = link_is_spam(text, host, ev)
            if not spam or a in ev.template and not _spam_by_itself(text, host):
                continue  # a link of the site's known template: only its own words or host condemn it
            ev.hosts.add(host)
        parent = a.getparent()
        ev.add("spam_link", describe(parent), outer_html(a))
        ev.learn(text, backed)
        _cut_link(a)
        _drop_if_empty(parent)


def check_written(markup: str, hostile: bool, ev: Evidence) -> None:
    """Judge markup a script writes into the page as if it were there: a cloaking or obfuscated
    script's off-site links are spam; otherwise only hidden farms and spam links are."""
    frag = parse_html(markup)
    if frag is None:
        return
    anchors = [(a, text_of(a), host_of(a.get("href"))) for a in frag.iter("a")]
    offsite = [(a, t, h) for a, t, h in anchors if h and ev.offsite(h)]
    if not offsite:
        return
    if hostile:
        spam = offsite
    else:
        hidden = {d for el, _ in find_hidden(frag) for d in el.iter()}
        farm = [x for x in offsite if x[0] in hidden]
        spam = farm if len(farm) >= MIN_HIDDEN_FARM_LINKS else [x for x in offsite if link_is_spam(x[1], x[2], ev)[1]]
    if not spam:
        return
    ev.add("hidden_links", "script document.write", markup)
    for _, text, host in spam:
        ev.learn(text, True)
        ev.hosts.add(host)


def _cut_link(a) -> None:
    a.tail = SPAM_MARK + (a.tail or "")
    drop(a)


def _drop_if_empty(el) -> None:
    """Drop ``el`` and then its ancestors while nothing but the cut mark is left in them."""
    while el is not None and tag_of(el) not in ("body", "html", ""):
        if not _is_empty(el):
            return
        parent = el.getparent()
        drop(el)
        el = parent


def _is_empty(el) -> bool:
    # Looks at this element only (not its subtree's text), so that cutting many links from a
    # big container stays linear: non-empty children were never dropped, so they still count.
    if (el.text or "").replace(SPAM_MARK, "").strip():
        return False
    for child in el:
        if tag_of(child) not in ("br", "") or (child.tail or "").replace(SPAM_MARK, "").strip():
            return False
    return True


def check_meta(root, ev: Evidence) -> None:
    """Keyword-stuffed <meta name=keywords|description>."""
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").lower()
        if name in _META_NAMES:
            content = meta.get("content") or ""
            promo = brands.promo_spans(content)
            if (lexicon.spam_weight(content) >= META_SPAM_WEIGHT and lexicon.has_strong(content)) or len(promo) >= 2:
                ev.add("meta_stuffing", f"meta[name={name}]", content)
                for part in re.split(r"[,，、|;；\s]+", content):
                    if lexicon.has_strong(part) or brands.promo_spans(part):
                        ev.learn(part, True)


def split_title(title: str) -> list[str]:
    """The parts of a <title> between separators (headline, site name, injected brand…)."""
    return [p for p in _TITLE_SPLIT.split(title) if p.strip()]


def check_title(raw_title: str, headline_texts: list[str], ev: Evidence, root=None, *,
                restored: str | None = None, cloaking: bool = False,
                script_titles: Iterable[str] = ()) -> str:
    """Record a spam <title> and return the title with its spam parts removed ('' if all spam).

    A part that no headline shares is spam when its words are (lexicon, learned strings, a
    brand's shape with promo grammar), when a script sets it as the page's other face, when a
    cloaking script restores another title for humans and the part is not in it, or when it
    reads as gambling and the page shows it nowhere else in ``root`` (the page as cleaned so
    far). A whole title replaced by the text of an off-site link is spam; a short name (a
    person's, a place's) that is also a link's text is not.
    """
    title = html.unescape(raw_title or "").strip()
    if not title:
        return ""
    keep, spam = [], []
    headlines = [lexicon.normalize(h) for h in headline_texts if h]
    restored_norm = lexicon.normalize(restored or "")
    scripted = {lexicon.normalize(t) for t in script_titles}
    parts = split_title(title)
    seen_text: list[str] = []  # the page's text and off-site link texts, read once if needed
    seen_links: list[set[str]] = []

    def visible() -> str:
        if not seen_text:
            seen_text.append(visible_text(root) if root is not None else "")
        return seen_text[0]

    def link_texts() -> set[str]:
        if not seen_links:
            seen_links.append(offsite_link_texts(root, ev) if root is not None else set())
        return seen_links[0]

    for part in parts:
        norm = lexicon.normalize(part)
        if any(norm and (norm in h or h in norm) for h in headlines if len(h) >= 4) or norm in ev.title_parts:
            keep.append(part)  # the headline, or the site's name as its other pages' titles show it
            continue

        def shown(norm: str = norm) -> bool:  # does the page show this part anywhere? (read lazily)
            return bool(norm) and norm in visible()

        leans = lexicon.spam_weight(part) >= 1  # a gambling word: 娱乐, 彩票 (also in site names)
        looks = (lexicon.spam_weight(part) >= 2 or bool(brands.brand_like(part) or brands.vocabulary_hits(part))
                 or brands.is_brand_name(part)) and not _INSTITUTION.search(part)
        echo = (len(norm) >= lexicon.MIN_PAGE_STRING and not _INSTITUTION.search(part) and (len(parts) == 1 or looks)
                and norm in link_texts())
        if (ev.is_spam_text(part) or brands.promo_spans(part) or echo or norm in scripted
                or any(norm and norm in s for s in scripted)
                or looks and not shown()):
            spam.append(part)
        elif _INSTITUTION.search(part):
            keep.append(part)  # a site name (南山大学新闻网) is no spam for being absent or gambling-worded
        elif (leans and ev.hijacked or cloaking and len(norm) >= 4 and not shown()
              or cloaking and restored_norm and norm not in restored_norm and not shown()):
            spam.append(part)  # on a caught page: a gambling word, or a part the cloaked page never shows
        else:
            keep.append(part)
    glued = [] if lexicon.is_reporting(title) else _glued_spam(keep)
    if not spam and not glued:
        return title
    ev.add("spam_title", "title", title)
    for piece in spam + glued:
        ev.learn(piece, True)
    if glued:
        pattern = lexicon.page_pattern(frozenset(glued))
        keep = [_cut(part, [h for h in lexicon.find_hits(part, extra=pattern) if h.term]).strip() for part in keep]
    return " - ".join(p for p in keep if p)


def _glued_spam(parts: list[str]) -> list[str]:
    """Spam glued into a title part that the headline shares (the h1 carries it too): a brand
    with promo grammar, a brand glued before the title, Mark Six jargon."""
    found = []
    for part in parts:
        found += brands.promo_spans(part) + brands.lottery_jargon(part)
        prefix = brands.title_prefix(part)
        if prefix:
            found.append(prefix)
    return found


_PLACEHOLDER = re.compile(r"^[\sxX×*#.\-_|]*$|title", re.I)
# A title that a script sets is the real one only if it resembles a headline of the page at
# least this much (difflib ratio), as "headline - site" titles do (metadata.TITLE_MATCH_RATIO).
RESTORED_MATCH_RATIO = 0.5


def plausible_restored(restored: str | None, headline_texts: list[str], root=None) -> str | None:
    """The title a script sets for human visitors, if it can be the page's: not a placeholder
    left in a copied injection ("XXXX", "正常页面的title值"), not another site's title — one that
    no headline resembles and the page nowhere shows. A generic restored title (site name and
    section) then loses to the h1."""
    if not restored or _PLACEHOLDER.search(restored):
        return None
    if not headline_texts:
        return restored
    norm = lexicon.normalize(restored)
    main_part = lexicon.normalize(max(split_title(restored), key=len, default=""))
    if root is not None and len(main_part) >= 4 and main_part in visible_text(root):
        return restored  # the page shows it: its own headline, in an element we did not take for one
    for h in headline_texts:
        hn = lexicon.normalize(h)
        if hn and (hn in norm or norm in hn or difflib.SequenceMatcher(None, hn, norm, autojunk=False).ratio()
                   >= RESTORED_MATCH_RATIO):
            return restored
    return None


def offsite_link_texts(root, ev: Evidence) -> set[str]:
    """Normalised texts of the visible links leaving the site (not to trusted hosts)."""
    return {lexicon.normalize(t) for a in root.iter("a")
            if ev.offsite(host_of(a.get("href"))) and (t := text_of(a))}


def scrub(text: str, ev: Evidence, *, in_article: bool) -> tuple[str, list[str]]:
    """Remove spam spans from a line of text; drop whole sentences that promote spam.

    Returns the cleaned text and the removed pieces. In article text a lexicon brand is cut
    only from a page that is already known to be hijacked, or from a promotional sentence, so
    that a police report naming a casino keeps every word.
    """
    if not text:
        return text, []
    pattern = ev.pattern(backed_only=in_article)
    if SPAM_MARK not in text and not lexicon.has_brand(text) and not (
            pattern and pattern.search(lexicon.normalize(text))):
        return text, []
    removed: list[str] = []
    sentences = re.split(r"(?<=[。！？!?；;])", text)
    out = []
    for sentence in sentences:
        if not sentence:
            continue
        marked = SPAM_MARK in sentence
        if in_article and not marked and lexicon.is_reporting(sentence):
            out.append(sentence)  # a police notice naming a casino: reporting, kept whole
            continue
        hits = lexicon.find_hits(sentence, extra=pattern, min_strength=lexicon.BRAND)
        proven = bool(pattern and pattern.search(lexicon.normalize(sentence)))  # this site's own spam
        if in_article and hits and not ev.hijacked and not marked and not proven:
            # Not known as hijacked: a bare brand in a sentence is reporting (a police notice, a
            # sponsorship story naming a casino) unless it comes with promo words (金沙官网) or
            # the sentence carries an SEO promo template (注册即送, 官网入口).
            if not (any(brands.has_promo_word(h.term) for h in hits)
                    or lexicon.has_strong_template(_cut(sentence, hits))):
                out.append(sentence)
                continue
        if not hits and not marked:
            out.append(sentence)
            continue
        rest = _cut(sentence, hits).replace(SPAM_MARK, "")
        if (marked or hits) and lexicon.has_promo(rest) and in_article and _is_promotional(rest):
            removed.append(sentence)
            continue
        removed.extend(h.term for h in hits)
        out.append(rest)
    return re.sub(r"[ \t]{2,}", " ", "".join(out)).strip(), removed


# A call to action: what makes a sentence around a spam brand an advert to drop whole ("送" alone
# is also 传经送宝, 欢送; only a gift of money or credit counts).
_PROMO_SENTENCE = re.compile(r"请访问|访问|点击|注册|下载|[即就]送|赠送|送彩金|送\d|领取|优惠|官网|入口|立即|扫码|登录|体验")


def _is_promotional(rest: str) -> bool:
    return bool(_PROMO_SENTENCE.search(rest)) or len(rest.strip(" ，,。.、")) <= 4


def _cut(sentence: str, hits) -> str:
    for h in reversed(hits):
        sentence = sentence[: h.start] + sentence[h.end:]
    return sentence
