"""Finding and removing injected spam in the page tree; every removal is recorded as a Finding.

Structure carries detection as much as the lexicon does: a block hidden from readers that links
off-site, a link to a gambling-looking host, a <title> part that the headline does not share but
an injected link or hidden block repeats — each is spam whatever brand it names. What the page
betrays this way (anchor texts, title parts, hosts) becomes a page-specific lexicon that then
scrubs the same strings from bylines, footers and sentences.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from core.domains import registrable_domain
from scraper.clean import lexicon
from scraper.clean.article import Finding
from scraper.clean.dom import describe, drop, host_of, outer_html, shorten, tag_of, text_of
from scraper.clean.hidden import STRONG, find_hidden

# The character left where a spam link was cut out of a sentence, so that the sentence can be
# judged later (a promotional sentence around a spam link goes whole). Private-use, never in pages.
SPAM_MARK = "\ue000"
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
# Strings learned from one page are capped: a farm of thousands of links teaches nothing that
# its first few hundred names did not, and the page pattern must stay cheap to match.
MAX_LEARNED = 300
_TITLE_SPLIT = re.compile(r"\s*(?:[-_|–—]+|\s{2,}|——)\s*")
_META_NAMES = ("keywords", "description")


@dataclass
class Evidence:
    """What one page's injections have revealed so far."""

    site: str = ""
    findings: list[Finding] = field(default_factory=list)
    # string → True when a lexicon hit or a spam host backs it, False when only structure does
    strings: dict[str, bool] = field(default_factory=dict)
    hosts: set[str] = field(default_factory=set)
    _patterns: dict = field(default_factory=dict, repr=False)  # compiled per backed_only, reset on learn

    def add(self, kind: str, where: str, evidence: str) -> None:
        finding = Finding(kind, where, shorten(evidence, 300))
        if finding not in self.findings[-20:]:  # the same spam seen twice is one finding
            self.findings.append(finding)

    def learn(self, text: str, backed: bool) -> None:
        """Remember a string the page itself showed to be spam (scrubbed elsewhere later).

        ``backed``: a lexicon hit or a spam host confirms it. Strings known from structure
        alone (a hidden link farm of unknown names) are scrubbed from titles, bylines and
        footers but not from article sentences, where a false match would cut real text.
        """
        text = text.strip()
        if len(self.strings) >= MAX_LEARNED and text not in self.strings:
            return
        if lexicon.MIN_PAGE_STRING <= len(lexicon.normalize(text)) <= lexicon.MAX_PAGE_STRING:
            if self.strings.get(text) is not (self.strings.get(text, False) or backed):
                self._patterns.clear()
            self.strings[text] = self.strings.get(text, False) or backed

    def pattern(self, backed_only: bool = False):
        """The page-specific spam pattern (compiled once per change of what was learned)."""
        if backed_only not in self._patterns:
            chosen = frozenset(s for s, b in self.strings.items() if b or not backed_only)
            self._patterns[backed_only] = lexicon.page_pattern(chosen) if chosen else None
        return self._patterns[backed_only]

    def is_spam_text(self, text: str) -> bool:
        if lexicon.has_strong(text):
            return True
        pattern = self.pattern()
        return bool(pattern and pattern.search(lexicon.normalize(text)))


def guess_page_host(root, url: str | None, hidden: list | None = None) -> str:
    """The page's host: from its URL, else its canonical/og:url, else the host its visible
    links, images and scripts point to most (a hidden farm must not vote for its own hosts)."""
    host = host_of(url)
    if host:
        return host
    for el in root.iter("link", "meta"):
        if (el.get("rel") or "").lower() == "canonical" or (el.get("property") or "").lower() == "og:url":
            host = host_of(el.get("href") or el.get("content"))
            if host:
                return host
    # a set of the elements themselves: it keeps their proxies alive, so membership is stable
    masked = {d for el, _ in hidden or () for d in el.iter()}
    counts = Counter(registrable_domain(h) for el in root.iter("a", "img", "script", "link")
                     if el not in masked and (h := host_of(el.get("href") or el.get("src"))))
    return counts.most_common(1)[0][0] if counts else ""


def offsite_host(href: str | None, ev: Evidence) -> str:
    """The host of an off-site, non-trusted link target; '' for internal or trusted links."""
    host = host_of(href)
    if not host or (ev.site and registrable_domain(host) == ev.site) or lexicon.host_is_trusted(host):
        return ""
    return host


def remove_hidden_injections(root, ev: Evidence, hidden: list | None = None) -> None:
    """Drop hidden blocks that carry spam or off-site link farms; leave other hidden content."""
    for el, how in find_hidden(root) if hidden is None else hidden:
        anchors = list(el.iter("a"))
        hosts = [h for a in anchors if (h := offsite_host(a.get("href"), ev))]
        text = text_of(el)
        spammy_hosts = [h for h in hosts if lexicon.host_is_spammy(h) or h in ev.hosts]
        texts = [t for a in anchors if (t := text_of(a))]
        only_links = sum(map(len, texts)) >= 0.8 * len(text.replace(" ", "")) if text else False
        # A farm: off-site text links and nothing else (no thumbnails: ad widgets have them).
        farm = (len(hosts) >= MIN_HIDDEN_FARM_LINKS and only_links and len(texts) == len(anchors)
                and el.find(".//img") is None)
        backed = lexicon.has_strong(text) or bool(spammy_hosts)
        # display:none alone also hides menus, dropdowns and share panels: a weakly hidden farm
        # counts when it leans gambling, or when it is a bare row of links in a plain box with
        # no class or id, as injected farms are (menus are lists and have names)
        structural = farm and (how == STRONG or lexicon.spam_weight(text) >= HIDDEN_FARM_WEIGHT
                               or _bare_link_row(el, anchors))
        if backed or structural:
            kind = "hidden_links" if anchors else "hidden_text"
            ev.add(kind, describe(el), outer_html(el))
            for t in texts:
                ev.learn(t, backed)
            if not anchors:
                ev.learn(text, backed)
            ev.hosts.update(hosts)
            drop(el)
        elif how == STRONG:
            drop(el)  # off-screen helpers ("skip to content"): not article text, not spam


_INLINE = frozenset("a b strong span font i em small u br".split())


def _bare_link_row(el, anchors) -> bool:
    if tag_of(el) not in ("div", "p", "span", "font", "section", "center"):
        return False
    if (el.get("class") or "").strip() or (el.get("id") or "").strip():
        return False
    return all(tag_of(d) in _INLINE for d in el.iterdescendants() if isinstance(d.tag, str)) and all(
        len(text_of(a)) >= 2 for a in anchors)


def remove_spam_links(root, ev: Evidence) -> None:
    """Cut visible links to spam hosts or with spam anchor text; empty banners go with them."""
    for a in list(root.iter("a")):
        if a.getparent() is None:
            continue
        host = offsite_host(a.get("href"), ev)
        if not host:
            continue
        text = text_of(a)
        backed = lexicon.host_is_spammy(host) or (bool(text) and lexicon.has_strong(text))
        if not (backed or host in ev.hosts or (text and ev.is_spam_text(text))):
            continue
        parent = a.getparent()
        ev.add("spam_link", describe(parent), outer_html(a))
        ev.learn(text, backed)
        ev.hosts.add(host)
        _cut_link(a)
        _drop_if_empty(parent)


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
            if lexicon.spam_weight(content) >= META_SPAM_WEIGHT and lexicon.has_strong(content):
                ev.add("meta_stuffing", f"meta[name={name}]", content)
                for part in re.split(r"[,，、|;；\s]+", content):
                    if lexicon.has_strong(part):
                        ev.learn(part, True)


def split_title(title: str) -> list[str]:
    """The parts of a <title> between separators (headline, site name, injected brand…)."""
    return [p for p in _TITLE_SPLIT.split(title) if p.strip()]


def check_title(raw_title: str, headline_texts: list[str], link_texts: set[str], ev: Evidence) -> str:
    """Record a spam <title> and return the title with its spam parts removed ('' if all spam).

    A part is spam when no headline on the page shares it and it holds a lexicon brand or
    template, repeats a string the page already betrayed, is the text of an off-site link, or —
    on a page already caught — carries gambling vocabulary.
    """
    title = html.unescape(raw_title or "").strip()
    if not title:
        return ""
    parts = split_title(title)
    keep, spam = [], []
    headlines = [lexicon.normalize(h) for h in headline_texts if h]
    for part in parts:
        norm = lexicon.normalize(part)
        in_headline = any(norm and (norm in h or h in norm) for h in headlines if len(h) >= 4)
        offsite_echo = norm in {lexicon.normalize(t) for t in link_texts}
        if in_headline:
            keep.append(part)
        elif ev.is_spam_text(part) or offsite_echo:
            spam.append(part)
        elif ev.findings and lexicon.spam_weight(part) >= 1:
            spam.append(part)  # on a page already caught, a gambling-worded part (鼎盛娱乐) is no site name
        else:
            keep.append(part)
    if not spam:
        return title
    kind = "spam_title"
    ev.add(kind, "title", title)
    for part in spam:
        ev.learn(part, lexicon.has_strong(part))
    return " - ".join(keep)


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
        if in_article and hits and not ev.findings and not marked:
            # Not known as hijacked: a brand in a sentence is reporting (a police notice naming a
            # casino) unless the sentence also carries an SEO promo template (注册即送, 官网入口).
            if not lexicon.has_strong_template(_cut(sentence, hits)):
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


_PROMO_SENTENCE = re.compile(r"请访问|访问|点击|注册|下载|送|领取|优惠|官网|入口|立即|扫码|登录|体验")


def _is_promotional(rest: str) -> bool:
    return bool(_PROMO_SENTENCE.search(rest)) or len(rest.strip(" ，,。.、")) <= 4


def _cut(sentence: str, hits) -> str:
    for h in reversed(hits):
        sentence = sentence[: h.start] + sentence[h.end:]
    return sentence


def offsite_link_texts(root, ev: Evidence) -> set[str]:
    """Texts of links leaving the site (for telling an injected title part from a site name)."""
    return {t for a in root.iter("a") if offsite_host(a.get("href"), ev) and (t := text_of(a))}
