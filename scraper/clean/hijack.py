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

import copy
import re
from collections import Counter
from typing import Callable

from lxml import etree

from core.domains import registrable_domain
from scraper.clean import brands, lexicon, tradehead
from scraper.clean.css import FIXED_POSITION
from scraper.clean.dom import (
    UNRENDERED_TAGS,
    crawler_text,
    describe,
    drop,
    host_of,
    outer_html,
    parse_html,
    path_of,
    tag_of,
    text_of,
)
from scraper.clean.evidence import MIN_EDITION_NAME, NOT_HIJACK_KINDS, SPAM_MARK, Evidence, is_navigation, squashed
from scraper.clean.hidden import STATE, STRONG, WEAK, find_hidden, hidden_beside, shown_by_rule
from scraper.clean.lines import word_key
from scraper.clean.pasted import is_keyword_line
from scraper.clean.planted import planted_paragraph
from scraper.clean.planted import short as planted_short
from scraper.clean.takeover import under_public_suffix
from scraper.clean.titles import check_title, foreign_words, plausible_restored, split_title
from scraper.clean.tokens import random_token_line, vouched_keyword_line
from scraper.clean.writing import (
    HAN,
    alien_phrases,
    alien_script_words,
    hidden_alien_letters,
    visible_letters,
    writes_other_script,
)

__all__ = ["SPAM_MARK", "Evidence", "check_meta", "check_title", "check_written", "plausible_restored",
           "remove_hidden_injections", "remove_spam_links", "scrub", "split_title"]

# A hidden block of unknown names is a link farm when it holds at least this many off-site
# links and nothing but their texts (no thumbnails: ad widgets have them).
MIN_HIDDEN_FARM_LINKS = 2
# When only display:none hides it (as menus, dropdowns and share panels are hidden), the farm
# must also lean gambling — this spam weight, generic terms 1, templates 2 — or be a bare row of
# links in an unnamed box. Calibrated on inputs-gne: toutiao's hidden dropdowns, bshare panels
# and sina's hidden partner ads were false flags without it; no injected farm was missed.
# (Judging such a box by what it does, without weight, was measured and not wired: see the
# note above the verdict in remove_hidden_injections.)
HIDDEN_FARM_WEIGHT = 2
# Meta keywords/description are stuffed when their spam weight (brand 3, template 2, generic 1)
# reaches this: one brand, or a template and a generic term; a sports bureau's "体育,彩票" is 2.
META_SPAM_WEIGHT = 3
_META_NAMES = ("keywords", "description")
# ...and then each of its keywords that weighs this much (a template word: 电竞下注平台) is the
# page's spam too, wherever it is glued (residue R3); a sports bureau's 体育彩票 (1) is not.
META_PART_WEIGHT = 2
# Path words of parasite pages planted on portals (/tiyu/kaiyun-app.html, ?casino=…).
_PARASITE_PATH = re.compile(r"(?<![a-z])(?:bet|casino|kaiyun|tiyu|yule|qipai|caipiao|zhenren|baijiale|duchang|"
                            r"bocai|xsj|hth|leyu|yabo|bob|ky|ag|pg)(?![a-z])", re.I)


def link_is_spam(text: str, host: str, ev: Evidence) -> tuple[bool, bool]:
    """(spam, backed) for a visible link to an off-site ``host`` with anchor ``text``."""
    if lexicon.host_is_spammy(host) or host in ev.hosts:
        return True, True
    if not text or lexicon.is_reporting(text) or is_navigation(text):  # a crackdown headline names casinos
        return False, False
    if _ADDRESS.fullmatch(text):
        # a link showing its own address cites a site: its host was judged above, and only the
        # gambling words in it count (brand shapes read across URL punctuation are no brands)
        strong = lexicon.has_strong(text)
        return strong, strong
    # a title citing the linked site by name ("The sad state of … (beepb00p.xyz)": dev-v20-omnivore
    # jon.bo) is the bare address's case: the host was judged above, and only gambling words in its
    # name count (a throwaway suffix's domain shape is the host's, already judged)
    site = registrable_domain(host)
    # (an ASCII text not holding the ASCII site name, as re.I folds it, has nothing to cut: the
    # pattern built and compiled per site was 0.34 s of CPU over dev-v21-evanextract's links)
    cited = site and not (site.isascii() and text.isascii() and site.lower() not in text.lower())
    shapes = re.sub(rf"(?<![\w.-])(?:[a-z0-9-]+\.)*{re.escape(site)}(?![\w.-])", " ", text, flags=re.I) if cited else text
    if lexicon.has_strong(text) or brands.promo_spans(shapes) or brands.brand_like(shapes):
        return True, True
    if tradehead.sells(shapes):  # a name no list knows, read by its trade's head (X电子游艺, X私密影院免费入口)
        return True, True
    return ev.is_spam_text(text), False


_ADDRESS = re.compile(r"\s*(?:https?://)?[\w.-]+\.[a-z]{2,}(?:[/?#][^\s，。]*)?[\s。，,.;；:：!！?？)）]*", re.I)


def _spam_by_itself(text: str, host: str) -> bool:
    return lexicon.host_is_spammy(host) or bool(text) and (lexicon.has_strong(text) or bool(brands.promo_spans(text)))


# A channel of the portal the page belongs to: the link stands in a menu whose other links go to the
# same trusted portal (xinhuanet.com's page, its menu of news.cn channels 时政 地方 … 彩票 at
# /caipiao/index.htm: dev-v2-trafilatura, flagged as a parasite link twice) and none of them reads
# as one. A planted link to a parasite page stands in the hijacked page's text, or in a list of
# such links. At least this many of the menu's other links go to that portal (the news.cn menu: 30).
# Measured 2026-12-05 (dev hijack sets, shared corpus, 9 clean sets): spares that page only; no
# hijacked page's parasite link stands in such a menu.
MIN_PORTAL_CHANNELS = 5


def _portal_channel(a, host: str) -> bool:
    """True when ``a`` (a link to the trusted ``host``) is one of a menu's links to that portal."""
    site = registrable_domain(host)
    others = [o for o in a.getparent().iter("a") if o is not a
              and (h := host_of(o.get("href"))) and registrable_domain(h) == site]
    return len(others) >= MIN_PORTAL_CHANNELS and not any(
        _parasite_link(o.get("href") or "", text_of(o)) for o in others)


def _parasite_link(href: str, text: str) -> bool:
    """A link to a trusted portal whose text or path shows a planted spam page."""
    if not text or lexicon.is_reporting(text):
        return False
    if lexicon.has_strong(text) or brands.promo_spans(text):
        return True
    return bool(_PARASITE_PATH.search(path_of(href))) and bool(brands.brand_like(text) or lexicon.spam_weight(text) >= 1)


def remove_hidden_injections(root, ev: Evidence, hidden: list | None = None) -> None:
    """Drop hidden blocks that carry spam or off-site link farms; record every strongly hidden
    block that goes (``hidden_block``, not a hijack by itself); leave other hidden content."""
    hidden = find_hidden(root) if hidden is None else hidden
    page = _PageLinks(root, hidden, ev)
    page_letters: list[Counter] = []  # the page's visible letters per script, read once and only when asked

    def letters() -> Counter:
        if not page_letters:  # 0.5 s on a 100 KB page of text: most pages never need it
            page_letters.append(visible_letters(root, hidden))
        return page_letters[0]
    for el, how in hidden:
        for form in el.iter("form"):
            if page.posts_away(form):  # a form nobody sees, to a site the page names nowhere else
                ev.add("hidden_form", describe(form), outer_html(form))
                ev.hosts.add(host_of(form.get("action")))
        # text_of reads nothing inside unrendered tags (no reader sees them): what a crawler reads there
        text = crawler_text(el) if any(True for _ in el.iter(*UNRENDERED_TAGS)) else text_of(el)
        if len(_WORDY.findall(text)) < 2:  # icons, arrows, empty boxes: nothing to judge or lose
            if how in (STRONG, STATE):
                # a hidden frame loads a whole page from elsewhere: its removal is worth a note
                # counters and tag managers say nothing, nor the frames an embed vendor's script
                # draws unseen into the pages that use it (social plugins, captchas, ad sync frames)
                framed = [s for d in el.iter("iframe", "frame", "object", "embed")
                          if (s := d.get("src") or d.get("data")) and (h := host_of(s)) and ev.offsite(h)
                          and not lexicon.host_is_trusted(h) and not lexicon.frame_is_embed(h, path_of(s.strip()))]
                if framed:
                    ev.add("hidden_block", describe(el), " ".join(framed))
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
        words = lexicon.has_strong(text) or bool(brands.promo_spans(text)) or (
            bool(hosts or not anchors) and brands.may_be_spam(text)
            and (len(brands.brand_like(joined or text)) >= (1 if how == STRONG else 2)
                 or len(set(brands.vocabulary_hits(text))) >= 2 or is_keyword_line(text)
                 or bool(vouched_keyword_line(text, "", brands.vocabulary_hits)))) or (
            not anchors and random_token_line(text, text))  # a hidden row of random tokens: padding for crawlers
        # a block hidden in a STATE of the interface (a dropdown) that links only the site itself
        # and trusted portals is the site's menu, whatever its words (a portal's 六合彩 section)
        backed = bool(spammy_hosts) or words and (how != STATE or bool(hosts) or not anchors)
        # Words in a writing system the page does not write, hidden from its readers: written for
        # another market's crawlers (v13 §2: Thai, Indonesian, Vietnamese, Korean, English pill text)
        # Interface text waits in display:none (a search tip, a notification panel in English on a
        # Hong Kong portal): there, only links off the site are asked; drawn invisibly, any text.
        # Menus linking into the site or to its language editions are its own.
        # A box whose every link leaves the site for the site a <script src> of the page loads its
        # code from is that widget's own (a panel its script wrote and waits to show, or, named in
        # inline code too, its <noscript> fallback): it leads to the code the page runs, not away from
        # it, in whatever language the vendor writes, so the wordless readings below (foreign,
        # structural, placed, scattered) pass it; words and spammy hosts still condemn it. (fp29's
        # variant f6bec70 read the noscript alone, one set gaining; tw33 widened it to the widget's
        # panels.) Measured 2026-12-07 against main 56945d0d, every dev page whose hidden box it could
        # excuse (1,140: 59 of the dev hijack corpora and the shared corpus, 1,081 of the clean
        # extraction sets), cleaned at both addresses: see the commit; dev-v38-twevent tw38-0002 (a
        # chat widget's English "powered by" fallback) and tw38-0010 (a comments widget's hidden
        # "Top Commenters" tab) lose their false flags.
        widget = page.widget_box(el, anchors)
        foreign = alien_script_words(text, letters()) if (how == STRONG or hosts) and not widget and not (
            anchors and (_links_home(anchors, ev) or _site_editions(root, anchors))) else []
        # ...and, hidden in any way (display:none too), letters of a non-Latin script the visible
        # page never writes: a Japanese pill paragraph is no interface panel of a Chinese page
        # (v14 §4, v15 §4; writing.hidden_alien_letters)
        if not foreign and not widget and writes_other_script(text) and not (
                anchors and (_links_home(anchors, ev) or _site_editions(root, anchors))):
            foreign = hidden_alien_letters(text, letters())
        # Without words, a farm is what an injection is and site chrome is not: links to hosts the
        # page links nowhere else, in a block no control of the page opens. Menus, share panels and
        # consent dialogs link the site's own family and networks it also links visibly, and the
        # page's own code or buttons name them. display:none alone (how menus and dropdowns wait)
        # also needs gambling weight or a bare row of links in an unnamed box, as injected farms are.
        # A menu that links mostly into the site (its sections, its sibling subdomains) with a few
        # social pages among them is the site's own, however much its section names weigh (體育,
        # 電競): a farm leads away (dev-v17-twnews ltn: a display:none left menu, 105 links into
        # ltn.com.tw and 12 to its fan pages; dev-v3-htmldate: a radio's hidden mobile nav). No
        # hijacked page of the dev hijack sets lost its flag; those 2 clean pages lost theirs.
        structural = farm and not widget and not _template_excuses(el, how, ev) and (
            how == STRONG or lexicon.spam_weight(text) >= HIDDEN_FARM_WEIGHT or _bare_link_row(el, anchors)) \
            and _many(page.unrelated(el, anchors)) and not page.controlled(el) and not _site_editions(root, anchors) \
            and not _mostly_home(anchors, ev)
        # ...or, drawn invisibly (STRONG: off-screen, unreadably small, clipped, transparent), a
        # block that says something besides its links (a heading, a pitch) and whose every link goes
        # to sites the page names nowhere else (no visible link, no script, frame, image or form of
        # theirs): one such link is enough. A lone hidden link (a partner's name) is no farm. Skip links and
        # screen-reader text point into the page; a widget's hidden credit comes with the widget's
        # code; a sprite link hides its own text, not a block (v10: a heading and one casino link
        # at left:-9999px).
        structural = structural or how == STRONG and not widget and bool(anchors) and len(hosts) == len(anchors) \
            and not only_links \
            and tag_of(el) != "a" and el.find(".//img") is None and not _article_like(text, texts) \
            and page.unnamed(el, anchors) and not page.controlled(el) \
            and not _site_editions(root, anchors)
        # ...or a hidden block that only leaves the site, for sites nothing visible names (v12 §3):
        # one link is enough, whatever its words. Drawn invisibly (STRONG), display:none by a rule
        # written beside it in the body (hidden_beside), or hidden in any way with a link to a
        # throwaway-shaped host (_PageLinks._throwaway): hidden menus and widget credits wait with
        # display:none from the site's stylesheets or their own style attribute (on 5,060 clean
        # extraction pages, 153 such blocks link only sites the page names nowhere else).
        # Measured on those pages (no URL: an upper bound): 6 pages hit, all by blocks that are
        # link placements themselves (a theme's 8 hidden download links; a plugin's hidden author
        # credit on 5 pages of one blog). Dev hijacks caught: real-cases-v12 2, synthetic-v12 3.
        placed = not (backed or structural or widget) and bool(anchors) and len(hosts) == len(anchors) \
            and page.placed(el, how, anchors, text, texts)
        # Measured, not wired (hb28, issue 11, v36 §7.1; variants e457e6d and hb29's acd9ef3): a weakly
        # hidden box (display:none, visibility:hidden) judged by what it does, whatever its words weigh
        # — 2+ off-site text links and nothing else (farm), to sites no address of the page names
        # outside it (page.unnamed), none leading home, opened by nothing (not page.controlled, no
        # sheet rule shows one of its names again, no list and hung from no ul, ol, li, nav, menu,
        # header, form, select, datalist, map, button, details, dialog, label, noscript or template).
        # hb28 (tuned on v36b) found it flags rc36b-007 (a visibility:hidden layer of three betting
        # names and a headphone shop, weight 1) and sv35-038 (two betting links to one host in a
        # display:none row, weight 1), but also dev-v10-webbench2026 wb26-0181, a theme's display:none
        # credit span ("<a>Website Design</a> by <a>Talent Hero Media</a>", two links to the designer's
        # one address), whose anchors were then learned and cut from the page's own name.
        # hb29 measured what tells a credit from a farm (2026-12-06, parse + find_hidden over every dev
        # hijack corpus, the shared corpus with all of real-l3s-en and the 37 clean extraction sets; the
        # weakly hidden boxes of 2+ links off the page's site, nothing but their texts (80 %), no
        # image): of 59 such boxes on 57 hijacked pages (the truth's spam strings in them, or
        # synthetic), none has a word outside its anchors (2+ letters or characters), and 8 are as
        # small as a credit (2 links to one site: sv22-001/-002, sy23-029/-032/-033, sv35-038,
        # synthetic 007/015); of 552 on 376 clean and legit pages, 24 are 2 links to one site and the
        # only 4 of those with words are credits (wb26-0181, wb26-0373 "Staffing Websites by Haley
        # Marketing", a dev-v2-trafilatura blog's "Cookely Theme by WPZOOM", dev-v9-irdata
        # chaos-syrian-07's "Powered By: AccuSolutions …"). So words carry the line; link and host
        # counts do not separate. With a credit line (at most 2 links to one registrable domain and a
        # word of the box's own around them: not unopened), dev dumps vs main e01f125: rc36b-007
        # (real-cases-v36b R 0.833 -> 0.917, the split hb28 studied) and sv35-038 (synthetic-v35 R
        # 0.893 -> 0.929) flagged, no other record of the hijack corpora changed (sy23-029 is flagged
        # by main already, by its spliced brand); on the clean extraction sets (every page whose hidden
        # boxes could qualify: 452 pages, cleaned at both addresses) it reaches four: the credits of
        # wb26-0181, the WPZOOM blog and chaos-syrian-07 (excused by the credit line, on three sets;
        # without it all three are flagged at both addresses) and dev-v36-canola ca36-694 at both
        # addresses: a display:none <u> of 150 pharmacy links to one site in a blog post, a real
        # injection the set's truth counts clean (counted apart: not a false flag, but a clean-set flag
        # change all the same; the credit line leaves it a farm). Outside real-l3s-en's dev
        # half (spent, scored by no run) it flags two clean English news pages: a visibility:hidden
        # OBITUARIES submenu (a heading, a list, 6 links to one site, mouse handlers of its own) and a
        # display:none row of 7 sister city sites ("Philadelphia | San Francisco | …"). One split
        # besides the studied one gains, so it fails the acceptance rule. What a next reader must
        # answer: a box holding a heading and a list, or carrying its own handlers, is a menu panel; a
        # network's sister sites in a row are not a farm. A company's hidden SEO footer (v36b B4: text
        # besides the links, an ICP link) it does not read; keyword anchors to one site's root, its
        # other form, hide in 10 dev-dragnet pages' chrome too. Strict xfails: test_unopened_boxes.py.
        # (hl33 wires one form of such boxes, the scattered farm below: 3+ sites, one link each, no
        # word besides the links; the credit-sized boxes, two links to one site, stay unread.)
        # Measured, not wired (ld30, v38 §1 B1; variant 043f562): a weakly hidden box (display:none,
        # visibility:hidden) that is one off-site link and nothing but its text, the text in a script
        # other than Latin (every page's second script: partners' and networks' names in hidden menus)
        # that the page's visible letters use for at most MAX_OWN_SHARE, to a site nothing else of the page
        # names (page.unnamed), in no template, opened by nothing — the one-link case the foreign
        # reading above leaves (it asks 5 words: a county government's `<div style="display:none"><a
        # href=http://<host>.ru>новости hi-tech</a></div>` after its breadcrumb, rc38b-006). Measured
        # 2026-12-06 (dev, tuned on v38b: parse + find_hidden over the 11,601 dev pages, every dev hijack
        # corpus, the shared corpus, the 39 clean extraction sets): 1,644 weakly hidden boxes hold exactly
        # one off-site link on 942 clean and legit pages (248 credits, 225 share/social links, 186 image
        # links and pixels, 431 menus with links of their own, the rest single links: a hidden nav item,
        # "upgrade your browser", a blog's "What does this mean?"); link and host counts do not separate
        # them (hb28/hb29's finding), nor does the link's container: a breadcrumb-like parent whose
        # other links all lead home holds 559 of them, and rc38b-006's box has no such parent. The
        # anchor's script does: none of the 1,644 is one link alone in a script other than the page's,
        # while 6 of the 13 on hijacked pages are, 2 of them not in Latin (rc13-020's Korean, flagged
        # already, and rc38b-006's Russian; rc15-022's and rc37b-007's Latin on Chinese pages are
        # flagged by other readers). Wired, it flags rc38b-006 only
        # (real-cases-v38b R 0.727 -> 0.818); no clean or legit page reaches it at either address.
        # No split besides the studied one gains, so it fails the acceptance rule. Strict xfail:
        # tests/clean/test_lone_hidden_link.py.
        # ...or, hidden as menus wait (WEAK), a scattered farm (hl33, issue 11, v36 §7.1): 3+ text links,
        # each to a site of its own that nothing else of the page names, and not a word besides
        # their texts; none leads home, and nothing opens the box (no control or code names it, no
        # rule shows it again, it is no list and hangs from no menu, list, form or header, and it is
        # not one of a set of sibling panels named alike, as tabs and "more sites" groups are). A
        # menu, a language or country chooser, a network's sister sites wait so only where the page
        # opens them; a credit names one party (hb29: what a credit has is words and one site).
        scattered = not (backed or structural or placed or widget) and how == WEAK and farm \
            and _scattered(hosts, text, texts) and _hung_loose(el) and not _one_of_panels(el) \
            and not ev.in_template(el) and not _links_home(anchors, ev) and page.unnamed(el, anchors) \
            and not page.controlled(el) and not shown_by_rule(root, el) and not _site_editions(root, anchors)
        if backed or structural or foreign or placed or scattered:
            kind = "hidden_links" if anchors else "hidden_text"
            ev.add(kind, describe(el), outer_html(el))
            for t in texts:
                ev.learn(t, True)  # the anchors of a hidden farm: spam wherever they appear
            for phrase in alien_phrases(foreign):  # scrubbed from titles and footers too
                ev.learn(phrase, True)
            if not anchors:
                for part in re.split(r"[\s,，、|;；]+", text):
                    if brands.promo_spans(part) or brands.brand_like(part) or lexicon.has_strong(part):
                        ev.learn(part, True)
            if backed or placed:
                # only hosts the block's words or hosts condemn are spam elsewhere on the page: a
                # farm judged by its structure alone may still be chrome, and its hosts (social
                # networks, sister sites) are linked visibly too
                ev.hosts.update(hosts)
            drop(el)
        elif how in (STATE, STRONG) and not _article_like(text, texts):
            # off-screen helpers ("skip to content"), hidden counters, panels that open on demand:
            # not spam, but not the article either
            ev.add("hidden_block", describe(el), text)
            drop(el)


# Text this long outside links, hidden outright by a stylesheet or its style, is an article or a
# section of one: it stays unless it carries spam. (Blocks hidden in a STATE of the interface, such
# as lazy "most popular" teasers fading in, go as before: readers see them beside the article.) Hidden helpers ("skip to content",
# "opens in a new tab") are far shorter; a hidden slideshow's captions (223–251 characters on a
# dev-v1-aeb page, left out of its truth) stay under it; the hidden article section that made
# issue 12's case (dev-cleaneval final-680) has 735.
MIN_HIDDEN_PROSE = 400


# ...or this many links to pages of one such host: a farm points at several pages of its one
# site (/0.html, /1.html… under each keyword: every hidden farm of v5 §1C); a hidden menu's
# partner links or a share panel point at one page each of several sites, or at the site itself.
MIN_HIDDEN_FARM_PAGES = 3


def _template_excuses(el, how: str, ev: Evidence) -> bool:
    """True when the site's template (its profile) holds the hidden block ``el`` and may hide it:
    a menu waiting in display:none. Drawn invisibly (STRONG), a block does no template's work,
    however many pages of the crawl carry it (mwp30, issue 11: one injected block on 3 of a
    site's 5 pages read as the template built from those same pages)."""
    return how != STRONG and ev.in_template(el)


def _links_home(anchors, ev: Evidence) -> bool:
    """True when a link of the block leads into the site (relative, or on its own host): the site's
    menu, however it mixes partners in (an injected list links only its own hosts)."""
    hrefs = [h for a in anchors if not (h := (a.get("href") or "").strip()).startswith(("#", "javascript:"))]
    return any(not (host := host_of(h)) or ev.is_own(host) for h in hrefs)


def _mostly_home(anchors, ev: Evidence) -> bool:
    """True when more links of the block lead into the site (relative, its own host or a sibling
    subdomain) than away from it."""
    hosts = [host_of(h) for a in anchors if not (h := (a.get("href") or "").strip()).startswith(("#", "javascript:"))]
    home = sum(1 for host in hosts if not host or ev.is_own(host))
    return home > len(hosts) - home


def _site_editions(root, anchors) -> bool:
    """True when every link of a hidden block is an edition of the page's own site: the link's
    text and its host both spell a name the page's <title> gives itself ("Foreign Affairs in
    Spanish" → foreignaffairs-esp.org on a page titled "Foreign Affairs - …"). An image map of a
    masthead's language editions, used by no image left in the page, is such a block; a farm's
    anchors are keywords for the farmed sites, not the host page's name."""
    title = root.find(".//title")
    parts = {n for p in split_title(text_of(title) if title is not None else "")
             if len(n := squashed(p)) >= MIN_EDITION_NAME}
    if not parts or not anchors:
        return False
    for a in anchors:
        label = squashed(registrable_domain(host_of(a.get("href")) or ""))
        text = squashed(text_of(a))
        if not any(n in text and n in label for n in parts):
            return False
    return True


_PICTURES = ("img", "amp-img", "picture", "svg")
# the elements with a style attribute (``root`` first, then in document order, as root.iter()
# gives them), found by libxml2 rather than by reading every element's style in Python (0.40 →
# 0.31 ms a page on 151 pages of dev-v1-cwced, dev-aeb, dev-v4-cxextractor, dev-v19-articlex)
_STYLED = etree.XPath("descendant-or-self::*[@style]")


def pinned_picture_hosts(root, is_own: Callable[[str], bool]) -> set[str]:
    """Off-site hosts of a box pinned to the window (inline ``position:fixed``) whose links all go
    to one site, show a picture and no words, and name a site the rest of the page never links or
    loads from: an advertisement that follows the reader down every page and stands for nothing
    of the site (v8: a bottom bar of one image link to a slot site). A site's own bars link its
    pages; share bars name several sites; a widget's pinned button comes with its script.
    Measured on every dev page (shared corpus, bench/data/dev, $NEWSVAULT_DATA/extract/dev-*,
    ~6 000 clean pages): no clean page has such a box; with words allowed two English news pages
    did (a pinned 'event' and a music-site link), so words leave the box to the lexicon."""
    out: set[str] = set()
    for box in _STYLED(root):
        if not FIXED_POSITION.search(box.get("style") or ""):
            continue
        anchors = list(box.iter("a"))
        hosts = {host_of(a.get("href")) for a in anchors}
        if not anchors or len({registrable_domain(h) for h in hosts if h}) != 1 or "" in hosts or None in hosts:
            continue
        host = next(iter(hosts))
        if is_own(host) or any("".join(a.itertext()).strip() or not any(True for _ in a.iter(*_PICTURES))
                               for a in anchors):
            continue
        inside = set(box.iter())
        site = registrable_domain(host)
        if not any(registrable_domain(h) == site for el in root.iter("a", "img", "iframe", "script", "link", "form")
                   if el not in inside and (h := host_of(el.get("href") or el.get("src") or el.get("action")))):
            out |= hosts
    return out


def _many(domains: list[str]) -> bool:
    """True when links to hosts the page uses nowhere else make a farm: several sites, or several
    pages of one."""
    return len(set(domains)) >= MIN_HIDDEN_FARM_LINKS or len(domains) >= MIN_HIDDEN_FARM_PAGES


def _article_like(text: str, link_texts: list[str]) -> bool:
    return len(text) - sum(map(len, link_texts)) >= MIN_HIDDEN_PROSE


class _PageLinks:
    """What the rest of the page says about a hidden block: the hosts it links visibly, and the
    names (ids, classes) its controls and code refer to. Computed once, when first asked."""

    def __init__(self, root, hidden: list, ev: Evidence) -> None:
        self.root, self.hidden, self.ev = root, hidden, ev
        self._visible: set[str] | None = None
        self._code: str | None = None
        self._loaded: set[str] | None = None
        self._beside: frozenset[str] | None = None
        self._text: str | None = None
        self._targets: set[str] = set()
        # what the page names, read before any hidden block is dropped (a hidden frame that a
        # hidden form posts into goes first)
        self._named = _named_sites(root) if hidden else Counter()
        self._frames = {name.lower() for f in root.iter("iframe", "frame") if (name := f.get("name"))} if hidden else set()

    def unrelated(self, el, anchors) -> list[str]:
        """The registrable domains of the links of ``anchors`` to off-site hosts that the page
        links nowhere visible and whose links are not about the page itself (a share link
        carries the page's own address), one per link."""
        if self._visible is None:
            inside = {a for block, _ in self.hidden for a in block.iter("a")}
            self._visible = {h for a in self.root.iter("a") if a not in inside and (h := host_of(a.get("href")))}
        out = []
        for a in anchors:
            href = a.get("href") or ""
            host, query = host_of(href), href.partition("?")[2]
            if host and self.ev.offsite(host) and host not in self._visible and not (
                    query and any(site in query for site in self.ev.sites)):
                out.append(registrable_domain(host))
        return out

    def placed(self, el, how: str, anchors, text: str, texts: list[str]) -> bool:
        """True when a hidden block whose every link leaves the site (``anchors``) was placed there
        for crawlers: drawn invisibly (STRONG) and not an article section, or hidden by a rule
        written beside it (``hidden_beside``); no control or code of the page opens it, no link is
        marked for crawlers not to follow (a bot trap; an SEO link wants to be followed), and
        nothing outside it names any of its sites: no link, address or text of theirs. Skip
        links point into the page, and menus link the site or hosts it also links visibly."""
        if self._beside is None:
            self._beside = hidden_beside(self.root)
        if tag_of(el) == "a" or not (how == STRONG and not _article_like(text, texts)
                                     or el.get("id") in self._beside or self._throwaway(anchors, text, texts)):
            return False
        if any(True for _ in el.iter(*_SHOWN_MEDIA)):
            return False  # a player or picture with its caption hidden (a widget and its credit)
        if any(_NOT_FOLLOWED & set((a.get("rel") or "").lower().split()) for a in anchors):
            return False
        if _template_excuses(el, how, self.ev) or self.controlled(el) or _site_editions(self.root, anchors) \
                or not self.unnamed(el, anchors):
            return False
        if self._text is None:
            self._text = text_of(self.root).lower()
        inside = text.lower()
        return not any(self._text.count(site) > inside.count(site)
                       for site in {registrable_domain(host_of(a.get("href"))) for a in anchors})

    def _throwaway(self, anchors, text: str, texts: list[str]) -> bool:
        """True when a block hidden as menus wait (display:none) links a host of a throwaway shape
        (lexicon.throwaway_shape; its TLD counts when the page's own site is known): menus and
        credits link registered brands. Of the 153 such blocks of 5,060 clean extraction pages
        that link only sites the page names nowhere else, 0 link one (built after v13 was
        scored: its 3 display:none link lists on .win hosts)."""
        return not _article_like(text, texts) and any(
            lexicon.throwaway_shape(host_of(a.get("href")), tld_too=bool(self.ev.sites)) for a in anchors)

    def unnamed(self, el, anchors, attr: str = "href") -> bool:
        """True when every link of ``anchors`` (inside ``el``; their ``attr``) goes to a site that
        nothing of the page outside ``el`` names: no link, script, frame, image, embed or form
        address of it, and no link the page shows."""
        inside = _named_sites(el)
        sites = {registrable_domain(host_of(a.get(attr))) for a in anchors}
        return bool(sites) and all(self._named[s] <= inside[s] for s in sites) \
            and (attr != "href" or len(self.unrelated(el, anchors)) == len(anchors))

    def posts_away(self, form) -> bool:
        """True for a hidden ``form`` with no field to fill that sends its visitor to a site nothing
        else of the page names (no link, script, frame or image of it), into a new window or in
        place of the page: no reader can fill or press it, so only a script (or a hijacker's click handler) submits
        it, a popunder to the injected site (v11: a display:none form to an off-site
        ``fshowurl.php``, target=_blank, with a hidden submit button). Hidden forms of widgets post
        into a frame of the page (a share counter's or recommendation widget's transport), and a
        site's search or sign-on forms go to itself or to a host it links."""
        host = host_of(form.get("action"))
        if not host or not self.ev.offsite(host):
            return False
        if any(f.tag in ("textarea", "select") or (f.get("type") or "text").strip().lower() in _FILLED
               or (f.get("type") or "").strip().lower() == "image" and f.get("src")
               for f in form.iter("input", "textarea", "select")):
            # a field for the reader: a newsletter or search box waiting in a closed popup, or a
            # picture drawn as its button (a donation box's PayPal button: dev-v20-omnivore
            # raw-story); the injected popunder is pressed by script and draws none
            return False
        query = (form.get("action") or "").partition("?")[2]
        if query and any(site in query for site in self.ev.sites):
            return False  # it carries the page's own address (an app's deep link to it: nytimes.app.goo.gl/?link=…)
        target = (form.get("target") or "").strip().lower()
        if target and not target.startswith("_") and target in self._frames:
            return False
        return self.unnamed(form, [form], attr="action")

    def widget_box(self, el, anchors) -> bool:
        """True when every link of ``el`` goes to a site a <script src> of the page loads code from
        (the widget's vendor), or, for a <noscript>, a site its inline code names: the box is that
        widget's own, a panel it wrote or the fallback it leaves for readers without scripts."""
        hosts = [host_of(a.get("href")) or "" for a in anchors]
        if not hosts or not all(h and self.ev.offsite(h) for h in hosts):
            return False  # (a box of links into the site itself is the site's: its own readings judge it)
        sites = {registrable_domain(h) for h in hosts}
        if self._loaded is None:
            self._loaded = {registrable_domain(h) for s in self.root.iter("script") if (h := host_of(s.get("src")))}
        if sites <= self._loaded:
            return True
        if tag_of(el) != "noscript":
            return False
        code = " ".join(s.text or "" for s in self.root.iter("script")).lower()
        return all(site.lower() in code for site in sites)

    def controlled(self, el) -> bool:
        """True when a control of the page (aria-controls, data-target, a #fragment link, a label)
        or its code (inline scripts and handlers) names the block: the page opens it on demand."""
        if self._code is None:
            parts = [s.text or "" for s in self.root.iter("script")]
            for node in self.root.iter():
                for name, value in node.attrib.items():
                    if name.startswith("on"):
                        parts.append(value)
                    elif name in _CONTROL_ATTRS or name == "href" and value.startswith("#"):
                        self._targets.update(value.lstrip("#").split())
            self._code = "\n".join(parts)
        names = [el.get("id")] if el.get("id") else []
        if names and names[0] in self._targets:
            return True
        # a collapsed wrapper around the panel a button opens (an accordion's height:0 box holding
        # its aria-controls region): the control names the panel, one element down, and the reader
        # opens the wrapper with it (dev-v10-webbench2026 solostove ×2: its footer's "Shop Our
        # Brands" accordion read as a hidden farm of sister brands). Only a chain of lone children:
        # a hidden block merely holding some controlled menu among other things is not opened by it.
        inner = el
        while len(kids := [k for k in inner if isinstance(k.tag, str)]) == 1:
            inner = kids[0]
            if inner.get("id") in self._targets:
                return True
        names += (el.get("class") or "").split()
        # named as code names an element: a quoted name or selector ("menu", '.share-list', " #nav")
        return any(re.search(r"(?:['\"][.#]?|[\s>+~,][.#])" + re.escape(n) + r"(?![\w-])", self._code)
                   for n in names if len(n) > 2)


_ADDRESS_ATTRS = ("href", "src", "action", "data")
# (the attributes' values read by libxml2, not by asking every element for each: the walk was 1 % of
# the cleaner's CPU on a mixed sample of 215 dev pages, read for every page that hides a block)
_ADDRESSES = [etree.XPath(f"descendant-or-self::*/@{attr}", smart_strings=False) for attr in _ADDRESS_ATTRS]


def _named_sites(el) -> Counter:
    """How often each site (registrable domain) is named by an address (_ADDRESS_ATTRS) under ``el``."""
    return Counter(registrable_domain(h) for addresses in _ADDRESSES for value in addresses(el) if (h := host_of(value)))


# What a block shows even when its text is hidden (a zero font around a player): not a cover.
_SHOWN_MEDIA = ("img", "picture", "svg", "canvas", "video", "object", "embed", "iframe")
# rel values that tell crawlers not to follow (or credit) a link: what a bot trap says, and what an
# injected SEO link never does
_NOT_FOLLOWED = frozenset({"nofollow", "sponsored", "ugc"})
_FILLED = frozenset({"text", "email", "search", "password", "tel", "url", "number", "file", "date"})
_CONTROL_ATTRS = frozenset({"aria-controls", "aria-owns", "data-target", "data-bs-target", "data-toggle-target", "for"})


_WORDY = re.compile(r"[\w\u4e00-\u9fff]")
_INLINE = frozenset("a b strong span font i em small u br".split())


# A scattered farm links this many sites at least, one link each: rc36b-007's layer links 4 (three
# betting names and a headphone shop). Measured 2026-12-06 (hl33: parse + find_hidden over every dev
# hijack corpus, the shared corpus and the 41 clean dev extraction sets): of the weakly hidden boxes
# of 3+ off-site text links, one site each, no other word, named nowhere else on the page and
# leading nowhere home, every clean one is a menu (a list, or hung from a list, nav or header:
# country and edition choosers, a magazine group's brands) or one of a set of sibling panels (a
# city network's groups a script shows in turn); the hijacked ones are farms on 20+ pages.
MIN_SCATTERED_SITES = 3


def _scattered(hosts: list[str], text: str, texts: list[str]) -> bool:
    """True when the links' ``hosts`` are MIN_SCATTERED_SITES sites or more, one link each, and
    the box's ``text`` holds no word besides the link ``texts``."""
    sites = {registrable_domain(h) for h in hosts}
    if len(sites) < MIN_SCATTERED_SITES or len(sites) != len(hosts):
        return False
    rest = text
    for t in texts:
        rest = rest.replace(t, "", 1)
    return not _WORDY.search(rest)


# Where a box the page opens hangs, or what it is: a dropdown is a list (<ul>, <ol>) hanging from
# its menu item, a mobile nav from the header, a chooser's options from its form, <select>,
# <datalist> or image <map>; and the boxes shown without scripts (<noscript>, <template>). An
# injected box stands among the page's blocks. (hb28's variant e457e6d.)
_OPENED_FROM = frozenset("ul ol li nav menu header form select datalist map button details dialog label "
                         "noscript template".split())


def _hung_loose(el) -> bool:
    """True when neither ``el`` (a hidden box) nor an ancestor of it is a place a box the page
    opens hangs from (_OPENED_FROM)."""
    return tag_of(el) not in _OPENED_FROM and not any(tag_of(a) in _OPENED_FROM for a in el.iterancestors())


_DIGITS = re.compile(r"\d+")


def _one_of_panels(el) -> bool:
    """True when a sibling of ``el`` has its tag and its id or class once digits are dropped
    (grouping0, grouping1): one of a set of panels the page shows in turn (tabs, groups of a
    network's sites behind a "more" control), not a box standing alone."""
    key = (_DIGITS.sub("", el.get("id") or ""), _DIGITS.sub("", el.get("class") or "").strip())
    if not any(key):
        return False
    parent = el.getparent()
    return parent is not None and any(
        sib is not el and sib.tag == el.tag
        and any(k and k == o for k, o in zip(key, (_DIGITS.sub("", sib.get("id") or ""),
                                                   _DIGITS.sub("", sib.get("class") or "").strip()), strict=True))
        for sib in parent)


def _bare_link_row(el, anchors) -> bool:
    if tag_of(el) not in ("div", "p", "span", "font", "section", "center"):
        return False
    if (el.get("class") or "").strip() or (el.get("id") or "").strip():
        return False
    return all(tag_of(d) in _INLINE for d in el.iterdescendants() if isinstance(d.tag, str)) and all(
        len(text_of(a)) >= 2 for a in anchors)


# A link wedged into a paragraph's prose — appended after its last sentence (…现场点评。<a>phrase</a>)
# or standing between two clauses (…修正案，<a>phrase</a>，教育部主张…, 孙若溪强调，<a>phrase</a> 要坚持):
# a phrase of 4-20 Chinese characters, no body's name, whose words the page writes nowhere else, to a
# host no link outside the paragraph names (v9 syn: a porn phrase appended on 2 pages; v18: keyword
# runs between clauses, syn18-017/021, and a betting phrase mid-sentence, syn18-029/037). A
# paragraph's own link names what the sentence speaks of (a body, a story the text goes on about) or
# its source, which the page links again. Measured (dev, 17:20): newly catches rc18-014 and
# syn18-017/021/029 (syn18-037, sv9-009 were caught already); touches no page of the 8 clean sets (AEB,
# CleanPortalEval, cwced, magic-html, htmltotext, twnews, crfarticle, cxextractor), of the shared corpus
# or of the dev real-cases legit pages. Judged on the whole paragraph, not _line_prose, it flagged a
# cwced blogroll and a gne friend-links row.
# The floor also keeps out a link that is a paragraph of its own (v32 §7.5, S1: a foreign phrase and
# a linked one as an article's last <p>, sv32-024/-036), and is kept for it. Measured 2026-12-05 (ap24,
# dev, tuned on): the floor at 0 passes links on 9 dev pages and 14 pages of 9 clean sets (blogrolls,
# friend-link rows, English phrases mid-sentence that the Han floor kept out, a forum's 4 related-
# thread links, taken as "appended" since nothing precedes them). Waived only for a <p>'s one link and
# line, no label (相关链接：, 原文链接：, 附件：) before it, beside a <p> of MIN_APPENDED_PROSE Han, the
# words beside it foreign too and its site named by no other address on the page, it flags
# sv32-024/-036 (synthetic-v32 R 0.929 → 1.000; the unlinked phrase stays on 024) and changes nothing
# else: every dev hijack set and the shared corpus at both URLs, and the 120 pages of the 32 clean
# sets (7,663 pages) that hold such a <p>, at both URLs. No other split gains: the porn keyword lines
# missed elsewhere (v23-v25, v29, v30) link nothing. And it reads a lone 阅读原文 or related headline
# linking another site as the same thing (test_wedged_links). One split, and a shape it cannot tell
# apart: not wired in.
MIN_APPENDED_PROSE = 20
_APPENDED_TEXT = re.compile("[\u4e00-\u9fff]{4,20}")
_BODY_NAME = re.compile("政府|大学|学院|学校|中心|协会|公司|集团|医院|银行|局|委|厅|网|报|台|馆|院")
# ...or, in Chinese prose, a lower-case phrase of Latin words none of which the page writes elsewhere
# (rc18-014: "…进行了研讨 <a>judi bola online</a> 。"): a linked source or name in a Chinese
# sentence is capitalised (Reuters, New York Times) or a single word.
_LATIN_PHRASE = re.compile(r"[a-z0-9]+(?: [a-z0-9]+){1,5}")


def _foreign_latin(text: str, page: str) -> bool:
    return bool(_LATIN_PHRASE.fullmatch(text)) and not any(w in page for w in text.split() if len(w) > 2)


def _line_prose(a) -> str:
    """The prose of ``a``'s line in its paragraph (between <br>s), without any link's text: the other
    links of a blogroll or a friend-links row, and their [个人主页] notes on other lines, are no prose."""
    parent = a.getparent()
    start, end, kids = 0, len(parent), list(parent)
    i = kids.index(a)
    for j in range(i - 1, -1, -1):
        if tag_of(kids[j]) == "br":
            start = j + 1
            break
    for j in range(i + 1, len(kids)):
        if tag_of(kids[j]) == "br":
            end = j
            break
    head = parent.text or "" if start == 0 else kids[start - 1].tail or ""
    return head + "".join((e.tail or "") if tag_of(e) == "a" else text_of(e) + (e.tail or "")
                          for e in kids[start:end])


def _wedged_phrase(a, text: str, page_text: Callable[[], str]) -> bool:
    """True when ``a`` stands in a paragraph's prose with a phrase foreign to the page as its text."""
    parent = a.getparent()
    text = text.strip()
    if tag_of(parent) != "p" or is_navigation(text):
        return False
    latin = not HAN.search(text)
    if not latin and (not _APPENDED_TEXT.fullmatch(text) or _BODY_NAME.search(text)):
        return False
    if len(HAN.findall(_line_prose(a))) < MIN_APPENDED_PROSE:
        return False
    norm = lexicon.normalize(text)
    rest = page_text().replace(norm, " ")
    return _foreign_latin(text, rest) if latin else foreign_words(norm, rest)


def _appended_anchor(a, text: str, page_text: Callable[[], str]) -> bool:
    if not _wedged_phrase(a, text, page_text):
        return False
    site, parent = registrable_domain(host_of(a.get("href")) or ""), a.getparent()
    before = (parent.text or "") + "".join(text_of(e) + (e.tail or "") for e in a.itersiblings(preceding=True))
    if not (a.tail or "").strip() and a.getnext() is None and before.strip()[-1:] in "。！？!?":
        return True  # appended after the paragraph's last sentence closed (the v9 shape)
    # wedged mid-sentence, unless the page links that site elsewhere (its own source, a partner) or
    # names it in its words outside the link: a book's title linking its author's site, the sentence
    # naming the author (SL Huang … <a href=slhuang.com>零和遊戲</a>: dev-v50-cctwblog). A wedged link's
    # site is one the page never speaks of (the v32 keyword links to bookmakers' hosts).
    if _names_site(site, parent, a):
        return False
    return not any(registrable_domain(host_of(o.get("href")) or "") == site for o in a.getroottree().iter("a")
                   if o is not a and parent not in o.iterancestors())


# A site's name is read from its address this long at least (slhuang: 7; a shorter label, cc or
# tw, is any word's letters). Measured: no dev hijack-set record changes (dev dump vs main 635d9329);
# of the 42 flagged pages of the 52 clean sets only cc50-20151223 changes.
MIN_NAMED_LABEL = 4


def _names_site(site: str, parent, a) -> bool:
    """True when the text of ``parent`` outside the link ``a`` spells the first label of ``site``
    (its letters and digits, case, spaces and marks aside: SL Huang for slhuang.com; a Chinese
    character parts two words, as a space does not)."""
    label = site.split(".")[0].lower()
    if len(label) < MIN_NAMED_LABEL:
        return False
    words = (parent.text or "") + "".join((text_of(e) if e is not a else "") + (e.tail or "") for e in parent)
    return label in word_key(words.lower())


# The site's own address behind a run of foreign phrases wedged into one paragraph's clauses
# (rc18-005: 8 keyword links to the hijacked site's home page between the clauses of a report): a
# page links its own home page from its template, not from the middle of a sentence under phrases
# the article never writes. At least this many in one paragraph (rc18-005: 8 links, 7 phrases; a lone
# one is left). Measured: only rc18-005 on dev; no clean page of the sets above has such a run.
MIN_OWN_KEYWORD_RUN = 3
MAX_RUN_PHRASE = 20  # a keyword, not a headline (as _APPENDED_TEXT)


def _own_keyword_run(a, page_text: Callable[[], str]) -> bool:
    href, parent = (a.get("href") or "").strip(), a.getparent()
    if tag_of(parent) != "p":
        return False
    run = [text_of(o).strip() for o in parent.iter("a") if (o.get("href") or "").strip() == href]
    if len(run) < MIN_OWN_KEYWORD_RUN or len(HAN.findall(_line_prose(a))) < MIN_APPENDED_PROSE:
        return False
    rest = page_text()
    for t in run:
        rest = rest.replace(lexicon.normalize(t), " ")
    foreign = [t for t in run if len(t) <= MAX_RUN_PHRASE and not is_navigation(t)
               and foreign_words(lexicon.normalize(t), rest)]
    return len(foreign) >= MIN_OWN_KEYWORD_RUN


# Keyword links standing as clauses of their own across the article's sentences (rc47-034: 漸進式排名,
# 行銷達人, 網站租用… between the commas of a copied news story, each to the hijacked blog's tag page;
# rc18-005: the same to the site's home page): the anchor is no word of the sentence (cut it and its
# comma and the sentence stands whole), its words are written nowhere else on the page, and the page
# does it again and again for one site. A news link is a word of its sentence (…said <a>the
# ministry</a> on…, 據<a>中央社</a>報導), so no punctuation closes it off on both sides with prose beyond
# each; a tag row (<a>x</a>, <a>y</a>) has no prose before its commas. Read over the page, not the
# paragraph, and whatever the href: a relative tag page, the own host, another site (trusted portals
# aside). At least this many such anchors to one site: a lone aside between commas is left to
# _appended_anchor. Measured (ln43, 2026-12-07; bench/hijack.py dump vs main bb089a4b, record for
# record): flags rc47-034 (real-cases-v47 R 0.833 -> 0.875; its text = truth), reads rc18-005's run too
# (flagged already by _own_keyword_run, same record), changes no other record of the dev hijack sets or
# the shared corpus; a spy on this reader over the raw pages of the 49 dev-* extraction sets (8,887
# pages) reads no run. 3: rc47-034 has 6 (5 words), rc18-005 8; the most on a clean page is 2
# (dev-v1-magichtml, dev-v2-trafilatura), and on synthetic-v18's keyword pages 2 (flagged already).
MIN_CLAUSE_KEYWORDS = 3
_BEFORE_CLAUSE = re.compile(r"[\w\u4e00-\u9fff)）」』”\"']\s*[,，、;；]\s*$")
_AFTER_CLAUSE = re.compile(r"^\s*(?:[,，、;；]\s*[\w\u4e00-\u9fff「『“\"(（]|[。.!?！？](?:\s|$))")
# A Latin keyword as it is searched for, lower-case first (cheap web hosting): a capitalised anchor
# between commas is a name in apposition or a list of names (…Orestes, …, Solon, …; Pope Urban VIII)
# on the clean sets (dev-v36-canola ca36-716, the Wikipedia pages of dev-v5-snacktory and dev-v7-crux).
_LATIN_KEYWORD = re.compile(r"[a-z0-9][A-Za-z0-9'&-]*(?: [A-Za-z0-9][A-Za-z0-9'&-]*){0,5}")
# Prose around the anchor, in Han characters or Latin words (as MIN_APPENDED_PROSE)
_PROSE_UNIT = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}")
_CLAUSE_END = re.compile(r"[,，、;；:：。.!?！？]")
# Han characters or Latin words of the clause on each side of the anchor at the least: a clause, not
# a list's item or a name's appositive. Measured (ln43) over the raw pages of bench/data/dev, the shared
# corpus and the 49 dev-* extraction sets: rc47-034's shortest clause beside a keyword is 6 (賭法琳瑯滿目);
# the enumerations and appositives of dev-readability's Wikipedia pages and webbench's web-design
# essay (…dropdowns, <a>breadcrumbs</a>, or…; Mozilla's CTO, <a>Brendan Eich</a>, acknowledged…)
# have 1-3 on one side.
MIN_CLAUSE_UNITS = 4


def _clause_of_its_own(a):
    """``a`` (or the inline tag that wraps it alone) when it fills a clause alone: punctuation right
    before and after it, prose beyond; else None."""
    parent, prev = a.getparent(), a.getprevious()
    if parent is None or any(tag_of(p) in ("li", "td", "th", "nav", "header", "footer") for p in a.iterancestors()):
        return None
    if tag_of(parent) != "p":
        # ...or wrapped alone in an inline tag (<strong><a>…</a></strong>), read at the wrapper
        if tag_of(parent) not in _INLINE or len(parent) != 1 or (parent.text or "").strip() or (a.tail or "").strip():
            return None
        a, parent, prev = parent, parent.getparent(), parent.getprevious()
        if parent is None or tag_of(parent) != "p":
            return None
    before, after = (prev.tail if prev is not None else parent.text) or "", a.tail or ""
    if not (_BEFORE_CLAUSE.search(before) and _AFTER_CLAUSE.match(after)
            and len(_PROSE_UNIT.findall(text_of(parent))) >= MIN_APPENDED_PROSE):
        return None
    # a clause on either side, not a list's items (…whaling, <a>flax</a>, gold…; 彈珠台、<a>…</a>、骰子);
    # in Latin prose the anchor never ends the sentence (…software, <a>Netscape Communicator</a>.)
    head = _CLAUSE_END.split(before.rstrip()[:-1])[-1]
    rest = after.lstrip()
    if rest[:1] in "。.!?！？":
        if not HAN.search(text_of(a)):
            return None
        tail_units = MIN_CLAUSE_UNITS
    else:
        tail_units = len(_PROSE_UNIT.findall(_CLAUSE_END.split(rest[1:])[0]))
    if len(_PROSE_UNIT.findall(head)) < MIN_CLAUSE_UNITS or tail_units < MIN_CLAUSE_UNITS:
        return None
    return a


def _clause_keywords(root, ev: Evidence, page_text: Callable[[], str]) -> list:
    """(link, element to cut) for the links of ``root`` that stand as clauses of their own (see above), MIN_CLAUSE_KEYWORDS to one
    site at the least, their words foreign to the rest of the page."""
    by_site: dict[str, list] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        text = text_of(a).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")) or not text or is_navigation(text):
            continue
        host = host_of(href)
        if host and lexicon.host_is_trusted(host) and not ev.is_own(host):
            continue
        # a keyword's length (as MAX_RUN_PHRASE), Han (seo優化 too) or a lower-case Latin phrase
        if len(text) > MAX_RUN_PHRASE or not (len(HAN.findall(text)) >= 2 or _LATIN_KEYWORD.fullmatch(text)):
            continue
        if (el := _clause_of_its_own(a)) is not None:
            by_site.setdefault("" if not host or ev.is_own(host) else registrable_domain(host), []).append((a, el))
    runs = [anchors for anchors in by_site.values() if len(anchors) >= MIN_CLAUSE_KEYWORDS]
    if not runs:
        return []
    rest = page_text()
    # (longest first: 行銷達人 cut before 社群行銷達人 would leave 社群 behind as the page's own word)
    for t in sorted({lexicon.normalize(text_of(a).strip()) for anchors in runs for a, _ in anchors}, key=len, reverse=True):
        rest = rest.replace(t, " ")
    found: list = []
    for anchors in runs:
        foreign = [pair for pair in anchors if _foreign_keyword(lexicon.normalize(text_of(pair[0]).strip()), rest)]
        if len(foreign) >= MIN_CLAUSE_KEYWORDS:
            # the run proves the act: its other clause-standing links to that site go too (rc18-005's
            # 網站優化, whose 優化 the page's template writes, and seo優化)
            found.extend(anchors)
    return found


# (Latin keywords: the share of their words the rest of the page may write; "best seo agency" beside
# a story that says "agency" once is still sold. Han phrases use foreign_words' own share.)
MAX_SHARED_WORDS = 0.34


def _foreign_keyword(norm: str, rest: str) -> bool:
    if HAN.search(norm):
        return foreign_words(norm, rest)
    words = re.findall(r"[a-z0-9]{3,}", norm.lower())
    low = rest.lower()
    return bool(words) and sum(re.search(rf"\b{re.escape(w)}\b", low) is not None for w in words) <= MAX_SHARED_WORDS * len(words)


# A bare address spliced into a Chinese sentence, a comma after it and the sentence going on (…曝光私
# https://www.x.net ,钥或助记词…, …人员转移、https://www.x.cn ,管涌…): nobody cites a site by cutting a
# word or a clause in two, and a cited site (详见 http://…。) ends its clause. Measured: rc18-009/010,
# syn18-019/023 on dev; no page of the clean sets or the dev real-cases legit pages writes one.
_SPLICED_ADDRESS = re.compile(r"(?<=[\u4e00-\u9fff\u3001])\s*(https?://[A-Za-z0-9.-]+/?)\s*[,，](?=[\u4e00-\u9fff])")


def _cut_spliced_addresses(root, ev: Evidence) -> None:
    linked: set[str] | None = None
    for el in root.iter():
        if not isinstance(el.tag, str) or tag_of(el) in UNRENDERED_TAGS:
            continue
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if not value or "://" not in value:
                continue
            for m in reversed(list(_SPLICED_ADDRESS.finditer(value))):
                host = host_of(m.group(1))
                if not host or ev.is_own(host):
                    continue
                if linked is None:
                    linked = {registrable_domain(h) for a in root.iter("a") if (h := host_of(a.get("href")))}
                if registrable_domain(host) in linked:
                    continue  # the page links that site: a citation, however written
                ev.hosts.add(host)
                ev.add("spam_link", describe(el if attr == "text" else el.getparent()), m.group(1))
                value = value[:m.start()] + value[m.end():]
            setattr(el, attr, value)


# A bought keyword and its long tail in a public body's link row (issue 11; v34 S1, sv34-027/-037:
# 友情链接：中国政府网 … 蘅岚彩讯 … 蘅岚彩讯开奖直播): the seller's links go in pairs to one site, its name and
# the name with the search words it sells (X开户, X开奖直播), among the ministries' and universities'
# links of the row, to a site no other address of the page names. A row of partners links each once,
# or a portal's channels (人民网, 人民网淄博视窗: a trusted portal). Read by what the links do, not by
# their words, which the word lists weigh 0 or 1 (蘅岚彩讯, 乘风彩票计划网). Measured 2026-12-06 (rc26,
# dev, studied on v34; bench/hijack.py --data /tmp/nodata vs main 2ce40f2, record for record): flags 6
# hijacked pages missed before, sv34-027/-037 and two other splits, synthetic-v23 sy23-020 and
# synthetic-v29 syn29-019/-022/-024 (on -022/-024 the author is now read too, right by truth: the 撰稿人
# cell; why the flag changes it was not traced), and changes no other record of the hijack sets or the
# shared corpus. No real page gains: no real miss has such a row. On the 9 Chinese clean extraction sets
# (cwced, magichtml, multiboilerzh, ceed, danielzh, twparser, xmunews, twnews, crfarticle; 403 pages at
# their URL and at 127.0.0.1) the reader names no link, and in the raw pages of all 34 clean sets no row
# has the shape. Without the public body's link in the row the pairs stand on 32 more hijacked pages
# (flagged already) and on clean ones (163.com's 新闻 and 新闻中心 on inputs-gne; English portals' X and
# X ePaper).
# Characters of the shorter text of a pair at the least: a name; one character (更, 新) begins many
# words by chance. Chosen by that reason; the figures above are at 2 (rc26 reported no other value).
MIN_BOUGHT_NAME = 2


def _bought_pairs(root, ev: Evidence) -> set:
    """The links of ``root``'s link rows that are a bought name and its long tail (see above)."""
    rows: dict = {}
    for a in root.iter("a"):
        if (host := host_of(a.get("href"))) and a.getparent() is not None:
            rows.setdefault(a.getparent(), []).append((a, host))
    bought: set = set()
    named: Counter | None = None
    for links in rows.values():
        # (three links at the least: a pair to one site and a public body's link)
        if len(links) < 3 or not any(under_public_suffix(h) for _, h in links):
            continue
        by_site: dict[str, list] = {}
        for a, host in links:
            if not (ev.is_own(host) or under_public_suffix(host) or lexicon.host_is_trusted(host)):
                by_site.setdefault(registrable_domain(host), []).append(a)
        for site, anchors in by_site.items():
            texts = sorted({text_of(a).strip() for a in anchors}, key=len)
            if len(anchors) < 2 or not all(HAN.search(t) for t in texts):
                continue
            if not any(len(x) >= MIN_BOUGHT_NAME and y.startswith(x) for i, x in enumerate(texts) for y in texts[i + 1:]):
                continue
            if named is None:
                named = Counter(registrable_domain(h) for a in root.iter("a") if (h := host_of(a.get("href"))))
            if named[site] == len(anchors):  # the page names the site nowhere else
                bought.update(anchors)
    return bought


# Measured, not wired (sl28, 2026-12-06; variant 1bb1d96): a friend-link row outside the article (a
# public body's link among three at least, as _bought_pairs reads rows) whose link to an unrelated host
# sells a trade-shaped name the page writes nowhere else (bodyspam.lone_name_lines asked of the anchor,
# as it is of the article's lines) read as a spam link. vs main cf6e191 + f0f05a0, bench/hijack.py
# --data /tmp/nodata record for record: it flags sv36-029 (synthetic-v36, the studied split) and
# changes no other record; every sold friend-link row of the other dev splits (40+ pages, v1-v35) is
# flagged already with nothing left, so no other split can gain and the rule's two splits cannot be
# met on dev. 310 clean-set pages (trade word, 3+ links; at their URL and 127.0.0.1): nothing named.
# (Read since nm43, wherever the link stands, by link_is_spam's trade-head grammar, tradehead.sells:
# sv35-038, sv36-029 and v47's sv47-034 flagged, three splits; tests/clean/test_sold_row_names.py.)


def remove_spam_links(root, ev: Evidence) -> None:
    """Cut visible spam links — to spam hosts, with spam-shaped anchors, or to parasite pages on
    trusted portals; empty banners go with them. Ordinary off-site links stay."""
    seen: list[str] = []

    def page_text() -> str:
        if not seen:
            seen.append(lexicon.normalize(text_of(root)))
        return seen[0]

    _cut_spliced_addresses(root, ev)
    bought = _bought_pairs(root, ev)
    for a, el in _clause_keywords(root, ev, page_text):
        if (host := host_of(a.get("href"))) and not ev.is_own(host):
            ev.hosts.add(host)
        parent = el.getparent()
        ev.add("spam_link", describe(parent), outer_html(a))
        ev.learn(text_of(a), True)
        _cut_link(el, mark=False)
    dropped: set = set()
    for a in list(root.iter("a")):
        if a.getparent() is None or dropped and any(p in dropped for p in a.iterancestors()):
            continue
        href = a.get("href")
        host = host_of(href)
        if not host:
            continue
        text = text_of(a)
        if ev.is_own(host):
            if not _own_keyword_run(a, page_text):
                continue
            href, parent = (a.get("href") or "").strip(), a.getparent()
            for o in [o for o in parent.iter("a") if (o.get("href") or "").strip() == href]:
                ev.add("spam_link", describe(parent), outer_html(o))
                ev.learn(text_of(o), True)
                _cut_link(o)
            continue
        if lexicon.host_is_trusted(host):
            # A trusted portal hosts the page, but the page is a planted one: judge the link by its
            # text and path, record the full URL and never distrust the portal itself.
            if not _parasite_link(href, text) or _portal_channel(a, host):
                continue
            ev.urls.add(href.strip())
            backed = True
        else:
            spam, backed = link_is_spam(text, host, ev)
            if not spam and a in bought:
                spam, backed = True, True
            if not spam and text and _appended_anchor(a, text, page_text):
                spam, backed = True, True
            if not spam and (para := planted_paragraph(a, text, ev.is_own, page_text)) is not None:
                ev.hosts.add(host)
                ev.learn(text, True)
                if planted_short(para):
                    ev.add("spam_text", describe(para), text_of(para))
                    dropped.add(para)
                    drop(para)
                    continue
                spam, backed = True, True
            if not spam or ev.in_template(a) and not _spam_by_itself(text, host):
                continue  # a link of the site's known template: only its own words or host condemn it
            ev.hosts.add(host)
        parent = a.getparent()
        ev.add("spam_link", describe(parent), outer_html(a))
        ev.learn(text, backed)
        _cut_link(a)
        _drop_if_empty(parent)


# A written link's anchor that is a brand's name with a list of what it sells after a colon
# (X娱乐：真人视讯·体育投注·电子游艺, v22 sv22-011): link_is_spam asks for a brand the lexicon knows or a
# promo phrase, and a new brand's name with the trade's generic words has neither. At least this
# many of the trade's words after the name: one is a site's section (X：体育). Measured 2026-12-04:
# flags sv22-011 and changes no other dev page (hijack sets, shared corpus, 13 clean sets).
MIN_SERVICES = 2
_NAME_COLON = re.compile(r"^\s*([^:：]{2,12})[:：](.+)$")


def _brand_with_services(text: str) -> bool:
    m = _NAME_COLON.match(text or "")
    if not m or lexicon.is_reporting(text) or not brands.is_brand_name(m.group(1).strip()):
        return False
    return len(lexicon.find_hits(m.group(2), min_strength=lexicon.GENERIC)) >= MIN_SERVICES


# ...or a link in a short line the script writes whose words around the link sell (<a>X彩票计划网</a>
# 天天领取彩金, v46 sv46-033): the anchor alone names a site of the trade's generic word, the pitch is
# in the line beside it, as a served line is read whole. The line is the link's own block, short
# as a slogan is (a script's whole widget, a news list, is no line), and reports on nothing.
# Measured (sy42, 2026-12-07): the dev hijack dump gains sv46-033 and syn30-016/-018/-019 (v30's
# hex-escaped write of <a>X体育</a> X体育APP, missed before), no other record; a spy on this test over
# the 3,752 pages of bench/data/dev, the shared corpus and the 48 clean extraction sets that call
# write() in the clear also reads the sibling links of sv39-040's and sv40-029's written lines (flagged
# already; lines of 18 and 31 characters), and the 21 clean pages that write hex-escaped code are
# unchanged. (40: a slogan's length, over those.)
MAX_WRITTEN_LINE = 40


def _written_pitch(a, text: str) -> bool:
    parent = a.getparent()
    line = text_of(parent) if parent is not None else ""
    if not line or line == text or len(lexicon.normalize(line)) > MAX_WRITTEN_LINE or lexicon.is_reporting(line):
        return False
    return lexicon.has_strong(line)


def _judge_written_hidden(frag, ev: Evidence) -> None:
    """Judge the hidden blocks of markup a script writes as the same blocks served would be
    (``remove_hidden_injections``): a hidden pitch is spam whether the server or a script put it
    there (v34 S3: a <p style="font-size:0"> of a sportsbook's name, written by an escaped
    document.write, flagged only when served). Only what condemns counts: hidden helpers a
    script writes (a counter, a "skip" link) are no note of the page."""
    own = Evidence(sites=ev.sites, hosts=set(ev.hosts))
    remove_hidden_injections(frag, own)
    for f in own.findings:
        if f.kind not in NOT_HIJACK_KINDS:
            ev.add(f.kind, f"script document.write {f.where}", f.evidence)
    for text, backed in own.strings.items():
        ev.learn(text, backed)
    ev.hosts |= own.hosts


# Why what a script writes is judged here and not read as page text by the readers of the page's own
# lines (v30 §6.4; measured 2026-12-05 over every dev hijack set, the shared corpus with l3s's dev
# half and the 20 clean sets of b23/clean): the text lines of the markup the scripts write at load
# (read as written, and as the sandbox ran them), their links' texts counted as link texts, added
# to the outside text that spliced.check_outside_text (ol22's alone_lines, the page-text brand
# reader) and tokens.check_outside read, flag 3 missed pages, all of v30 and of one site
# (syn30-016/-018/-019, the split studied); on 50 pages of 19 splits already flagged they add
# findings (a written line alone on 23 of them, in v1, v5, v9, v11, v16, v25, v27, v30: the block
# was hidden, so check_written had it); no title or text changes, and no flag changes on any clean
# or legit page (the scripts of 650 clean pages write text: cookie notices, 关闭, 页面加载中, share and
# comment widgets' buttons, counters' address pieces). The only other missed pages whose scripts
# write text (rc20-017, syn20-019, -027: lottery tips by innerHTML) write words no static reader
# hears either. One split, so not wired in (the acceptance rule).
# What a script writes for every visitor is judged as served (so25: a title set with no visitor test
# through check_title in engine.run_cleaner, the hidden blocks of written markup through
# _judge_written_hidden). Built on v34 (sv34-029, -032; no other dev record changed), it was frozen
# unwired (variant 29801a3) and run sealed on two splits nobody had opened: v35 changed no flag (findings
# added to two flagged pages); v36 newly flagged sv36-033 (a title set by script for every visitor),
# synthetic-v36 recall 0.893 -> 0.929, no other of its 238 records changed. Wired on that (2026-12-06).
def check_written(markup: str, hostile: bool, ev: Evidence) -> None:
    """Judge markup a script writes into the page as if it were there: a cloaking or obfuscated
    script's off-site links are spam; otherwise only hidden farms and spam links are."""
    frag = parse_html(markup)
    if frag is None:
        return
    _judge_written_hidden(copy.deepcopy(frag), ev)  # (a copy: the judge drops what it condemns)
    anchors = [(a, text_of(a), host_of(a.get("href"))) for a in frag.iter("a")]
    offsite = [(a, t, h) for a, t, h in anchors if h and ev.offsite(h)]
    if not offsite:
        return
    if hostile:
        spam = offsite
    else:
        hidden = {d for el, _ in find_hidden(frag) for d in el.iter()}
        farm = [x for x in offsite if x[0] in hidden]
        spam = farm if len(farm) >= MIN_HIDDEN_FARM_LINKS else [
            x for x in offsite if link_is_spam(x[1], x[2], ev)[1] or _brand_with_services(x[1])
            or _written_pitch(x[0], x[1])]
    if not spam:
        return
    ev.add("hidden_links", "script document.write", markup)
    for _, text, host in spam:
        ev.learn(text, True)
        ev.hosts.add(host)


_CLAUSE_COMMA = re.compile(r"^\s*[,，]")


def _cut_link(a, mark: bool = True) -> None:
    """Cut ``a``; ``mark`` leaves SPAM_MARK in its place, which makes scrub read the sentence as one
    that carried spam (a sentence the article wrote, a keyword link wedged in, is kept: mark=False)."""
    prev = a.getprevious()
    before = (prev.tail if prev is not None else a.getparent().text) or ""
    tail = a.tail or ""
    if before.rstrip().endswith((",", "，")) and _CLAUSE_COMMA.match(tail):
        tail = _CLAUSE_COMMA.sub("", tail)  # a link wedged between two clauses leaves one comma, not two
    a.tail = (SPAM_MARK if mark else "") + tail
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
                    if lexicon.has_strong(part) or brands.promo_spans(part) or lexicon.spam_weight(part) >= META_PART_WEIGHT:
                        ev.learn(part, True)


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
            # a police notice naming a casino: reporting, kept whole, but for a keyword the page
            # proved it wrote inside the site's own name (its gambling words read as reporting)
            inside = lexicon.find_hits(sentence, extra=ev.inside_pattern()) if ev.inside else []
            inside = [h for h in inside if any(p in lexicon.normalize(h.term) for p in ev.inside)]
            removed.extend(h.term for h in inside)
            out.append(_cut(sentence, inside))
            continue
        hits = lexicon.find_hits(sentence, extra=pattern, min_strength=lexicon.BRAND)
        if hits and not marked and lexicon.reports_site_event(sentence):
            hits = [h for h in hits if not lexicon.is_kind(h.term)]  # 网站被盗用，跳转色情网站: the report's topic
        proven = bool(pattern and pattern.search(lexicon.normalize(sentence)))  # this site's own spam
        if in_article and hits and not ev.hijacked and not marked and not proven:
            # Not known as hijacked: a bare brand in a sentence is reporting (a police notice, a
            # sponsorship story naming a casino) unless it comes with promo words (金沙官网) or
            # the sentence carries an SEO promo template (注册即送, 官网入口).
            # (a kind of site, 黄色网站, is no brand with a web word: the report's topic)
            if _quotes_spam(sentence, hits) or not (any(brands.has_promo_word(h.term) and not lexicon.is_kind(h.term)
                                                        for h in hits)
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
        if in_article and ev.hijacked and proven and _selling_line(text, sentence, hits, rest):
            removed.append(sentence)
            continue
        removed.extend(h.term for h in hits)
        out.append(rest)
    cleaned = re.sub(r"[ \t]{2,}", " ", "".join(out)).strip()
    if removed:
        cleaned = _LEFTOVER_SEPARATORS.sub("", cleaned)  # ",,,,各学院": the commas of a cut keyword run
    return cleaned, removed


_LEFTOVER_SEPARATORS = re.compile(r"^[\s,，、|;；]+")
# Measured and left out (rs25, variant cd75093): dropping a bracket pair a cut emptied (【<brand>】市三中…
# -> 市三中…, a pair the text wrote empty kept) changes sy33-037's title alone of every dev hijack record
# (synthetic-v33 title_on_spam 21/23 -> 22/23, no flag changed): no other dev split holds the form, so
# it gains the studied split only (tests/clean/test_cut_brackets.py, xfail).


# A call to action: what makes a sentence around a spam brand an advert to drop whole ("送" alone
# is also 传经送宝, 欢送; only a gift of money or credit counts; "访问" alone is a visit, 来校访问:
# only the reader's visit (欢迎您的访问) or a visit to an address is a call, v5 rc5-003).
_PROMO_SENTENCE = re.compile(r"请访问|欢迎[^。！!]{0,6}访问|访问\s*[:：]?\s*[A-Za-z0-9]|点击|注册|下载|[即就]送|赠送|送彩金|送\d|领取|优惠|官网|入口|立即|扫码|登录|体验")


# A quotation: “…”, 「…」 or "…", short (a slogan or a search word, not a paragraph).
_Q = r'(?:“[^“”]{1,60}”|「[^「」]{1,60}」|"[^"]{1,60}")'
_VISIT_ADDRESS = re.compile(r"https?://|www\.|[a-z0-9-]+\.[a-z]{2,6}\b", re.I)  # a web address a reader could visit
# A list of quotations closed by 等: how a report names what was shown (公然宣传“…”、“…”等;
# 页面上出现“…”、“…”等词). Spam does not quote its slogans and then say "and so on". The two real
# news pages of v6 that lost such a sentence whole quote 4 and 5 slogans.
_QUOTED_LIST = re.compile(_Q + r'(?:\s*[、，,和及与]\s*' + _Q + r')+\s*等')


def _quotes_spam(sentence: str, hits) -> bool:
    """True when a sentence reports spam: every spam hit stands inside a list of quotations
    closed by 等, and no web address stands outside it."""
    lists = [m.span() for m in _QUOTED_LIST.finditer(sentence)]
    if not lists or not all(any(a <= h.start and h.end <= b for a, b in lists) for h in hits):
        return False
    return not _VISIT_ADDRESS.search(_QUOTED_LIST.sub(" ", sentence))


# A proven brand's second selling line (英超滚球投注就上X, 世界杯投注app就上X: a line of its own, no
# punctuation, the brand last) leaves this many characters at most once its spam is cut: the two such
# lines of the dev hijack sets (synthetic-v43) leave 2 and 8; a heading with a spliced brand keeps its
# words (the brand set before them or inside, and the words longer).
MAX_SELLING_REST = 8
_ANY_PUNCTUATION = re.compile(r"[，,。．.！!？?；;：:、“”\"'（）()《》【】]")


def _selling_line(line: str, sentence: str, hits, rest: str) -> bool:
    """True when ``sentence`` is a whole line of its own that sells a proven brand: no punctuation,
    the brand its last words, and little else left once the spam is cut (a slogan, not a sentence)."""
    if sentence.strip() != line.strip() or not hits or _ANY_PUNCTUATION.search(sentence):
        return False
    if sentence[hits[-1].end:].strip():
        return False
    return 0 < len(rest.strip()) <= MAX_SELLING_REST


def _is_promotional(rest: str) -> bool:
    return bool(_PROMO_SENTENCE.search(rest)) or len(rest.strip(" ，,。.、")) <= 4


_CLAUSE_COMMAS = "，,、"


def _cut(sentence: str, hits) -> str:
    for h in reversed(hits):
        end = h.end
        if 0 < h.start and end < len(sentence) and sentence[h.start - 1] in _CLAUSE_COMMAS \
                and sentence[end] in _CLAUSE_COMMAS:
            end += 1  # a name that stood as a clause of its own (…工作，X，10月…) takes one comma along
        sentence = sentence[: h.start] + sentence[end:]
    return sentence
