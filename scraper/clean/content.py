"""Main content: the article body as paragraphs, found by text and link density over the DOM.

Every block of text scores by how much it reads like prose (characters outside links,
sentence punctuation) minus what it spends on links and short labels; the element whose
subtree scores highest is the body (a maximum-scoring subtree, so navigation, related lists and
footers around the article pull a too-wide container down). Known CMS body selectors and the
source's own ``selectors.body`` only steer the choice; the density method carries unknown CMSs.
"""
from __future__ import annotations

import logging
import re
from functools import cached_property

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from scraper.clean.boxes import (
    is_cms_body,
    is_embedded_post,
    is_entry_stream,
    is_furniture_box,
    is_hidden_by_name,
    is_widget_form,
    story_feed,
)
from scraper.clean.dom import BLOCK_TAGS, INVISIBLE_TAGS, is_json_text, squash, tag_of, text_of
from scraper.clean.lines import CODE_TAGS, SENTENCE, SITE_NOTICE, Content, is_closing_line, lines_of
from scraper.clean.story import beside_headline, from_headline, story_before, titled_story, with_lead
from scraper.clean.writing import FULL_STOPS, code_shaped, payload_shaped

log = logging.getLogger(__name__)


# Scoring weights. A link character costs more than a prose character earns (related lists and
# navigation must sink a container), text without sentence punctuation (labels, menus, footers)
# earns a third, and each block pays a toll so that swarms of short items lose. Calibrated on
# the synthetic, real-cwced and real-magichtml corpora: halving or doubling any one of these
# values (and CMS_MIN_SHARE) moves mean text F1 by at most 0.005 — a plateau, not a peak.
LINK_WEIGHT = 1.5
NO_PUNCT_WEIGHT = 0.3
PUNCT_BONUS = 3.0
BLOCK_TOLL = 4.0
# Blocks without links (table rows, captions, salutations) pay less: they are rarely furniture.
PLAIN_TOLL = 3.0
# A box named like furniture (…Sidebar, comments) is the page's layout wrapper when it holds the
# headline: an h1, or an h2/h3 of at least MIN_WRAPPER_HEADING characters that the <title>
# repeats, in a box holding WRAPPER_SHARE of the page's text. A TYPO3 page wrapped whole in
# "layoutTwoColumnsRightSidebar" (100 % of the text, headline an h2) came out empty without it.
MIN_WRAPPER_HEADING = 8
WRAPPER_SHARE = 0.5
# A CMS body selector wins over the density pick when its subtree scores at least this share
# of the best subtree (VSB's .wp_articlecontent vs. its wrapper div holding the byline).
CMS_MIN_SHARE = 0.6


# A block that writes the site's licence or copyright line (ICP备, 版权所有, Copyright ©) and holds
# at most FOOTER_MAX characters is the page's footer, never the article's end: a footer after the
# main box ("X 主办 技术支持：…<br>地址… ICP备…", no link) earns a few points, and on a 3-paragraph
# article that pulled the container up to <body>, the 信息公开 table and byline row joining the text
# (synthetic-v27's credit site, 6 pages, text F1 0.69-0.80). It costs what it would earn, as a box
# named like furniture does. Dev text F1: synthetic-v27 +0.051, -v4 +0.004, -v5 +0.004, -v26 +0.005,
# dev-v1-cwced +0.001, real-l3s-en-dev +0.0003, dev-cleaneval +0.0001 (CleanEval's truth keeps some
# copyright lines: 6 pages -0.004 each, 3 up), no set down by 0.0001. The footers it changed hold
# 49-255 characters (licence and copyright lines, a contact cell); FOOTER_MAX leaves room for a few
# links beside them, and a box holding a story and a licence line is larger.
FOOTER_MAX = 300


def _notice_line(text: str | None) -> bool:
    # ...a licence line, not a sentence that names one: "…内容可能侵犯版权所有者的权益。" is prose (a
    # dev-v1-cwced paragraph of 147 characters was taken for a footer without the full stops' test).
    return bool(text and SITE_NOTICE.search(text) and not FULL_STOPS.search(text))


# Script text that a broken page leaves outside its <script> ("obj.attachEvent(…); }") is code
# (writing.code_shaped) and costs like link text; so does a script's payload left as page text
# (writing.payload_shaped: numbers and letter-digit strings, not words).


def _count(text: str | None, in_pre: bool = False) -> tuple[int, int, bool]:
    """(non-space characters, sentence punctuation marks, whether it is code) of a text."""
    if not text or text.isspace():  # most text nodes are indentation between tags
        return 0, 0, False
    if not in_pre and is_json_text(text):  # a script's data (dom.is_json_text); in <pre>/<code> it is shown
        return 0, 0, False
    chars = len("".join(text.split()))
    if code_shaped(text, chars) or payload_shaped(text, chars):
        return chars, 0, True
    return chars, len(SENTENCE.findall(text)), False


# A table's data cell (a standings row "1 Kyle Busch 5040 5 1 17 27", a notice's 项目名称 负责人 经费)
# is a word of its row, not a block: each cell paying the block toll sank a 36-row table below
# the intro above it (dev-aeb autoracing, F1 0.21, peers 0.96). A cell holding no block and no
# <br>, with at most CELL_INLINE_MAX non-space characters, in a grid (a row of GRID_MIN_CELLS
# cells or more, in a table with GRID_MIN_ROWS such rows) is read inline: the row scores as one
# block. Layout cells (a whole article, a menu of blocks) hold blocks or more text and stay blocks,
# and so do the label/value pairs of a 政府信息公开 metadata table (2 or 4 cells, 3-5 rows: the
# public sets' truth leaves it out; a fixture test failed without the grid gate).
CELL_INLINE_MAX = 80
GRID_MIN_CELLS = 3
GRID_MIN_ROWS = 6
_CELL_TAGS = ("td", "th")


# A row of figures alone ("45 17 .726 - 23-8 … W1 8-2": a league table's statistics) is no text:
# a grid row holds a word of three letters or more (a name, a label). Without this an ESPN
# standings page (dev-v10-webbench2026, truth the team names) gave its numbers, F1 0.62 → 0.08.
_WORD3 = re.compile(r"[^\W\d_]{3}")


def _cells(row) -> int:
    """The cells of a table row that holds a word; 0 for a row of figures alone."""
    n = sum(1 for c in row if tag_of(c) in _CELL_TAGS)
    return n if n >= GRID_MIN_CELLS and _WORD3.search(text_of(row)) else 0


def _row_cells(row, rows: dict) -> int:
    """_cells of ``row``, once per row (``rows``): its text was read again for each of its cells
    (a 1 MB page of KaTeX tables: 0.4 s of its 1.3 s)."""
    if row not in rows:
        rows[row] = _cells(row)
    return rows[row]


def _data_cell(el, grids: dict, rows: dict) -> bool:
    row = el.getparent()
    if row is None or tag_of(row) != "tr":
        return False
    if _row_cells(row, rows) < GRID_MIN_CELLS:
        return False
    table = next((a for a in row.iterancestors() if tag_of(a) == "table"), None)
    if table is None:
        return False
    if table not in grids:  # once per table: rows times cells, not cells times rows
        grids[table] = sum(1 for r in table.iter("tr") if _row_cells(r, rows) >= GRID_MIN_CELLS) >= GRID_MIN_ROWS
    if not grids[table]:
        return False
    if any(tag_of(d) in BLOCK_TAGS or tag_of(d) == "br" for d in el.iterdescendants()):
        return False
    return len("".join(text_of(el).split())) <= CELL_INLINE_MAX


def _mid_sentence(br) -> bool:
    """True for a <br> that breaks a Latin sentence for layout ("these paper<br>punched leaves"): a
    letter or a comma before it, a lower-case word after it. The lines are one block of prose
    then, not several short label-like lines (each paying the block toll without punctuation)."""
    prev = br.getprevious()
    before = (prev.tail if prev is not None else br.getparent().text) or ""
    if not before.strip() and prev is not None and tag_of(prev) not in BLOCK_TAGS and tag_of(prev) != "br":
        before = text_of(prev)
    after = (br.tail or "").lstrip()
    if not after:
        nxt = br.getnext()
        after = text_of(nxt).lstrip() if nxt is not None and tag_of(nxt) not in BLOCK_TAGS else ""
    before = before.rstrip()
    return bool(before and after) and (before[-1].isascii() and before[-1].isalpha() or before[-1] == ",") and (
        after[0].isascii() and after[0].islower())


# A lead (a paragraph, or a run of them) set apart from the body by one widget (a video player, an
# ad box, an encyclopaedia's table of contents: label and link swarms that cost more than the lead
# earns) is the article's start (a "starter" block, dev-v4-postlight deadspin: lead 225, player
# -294, body 8,000). The run bridges the widget and skips it when the lead is prose (LEAD_MIN)
# earning at least LEAD_BRIDGE of the widget's cost, and the body after it earns more than the lead.
LEAD_MIN = 100
LEAD_BRIDGE = 0.5


# A paragraph of prose whose links cost more than its words earn (a lead dense with links, a
# sentence with a person's hover card of headlines inside it: an AEB dev page lost its lead and
# last paragraphs so) still belongs to the run of paragraphs it borders: a <p> child at the run's
# edge with LINKED_PROSE_MIN non-space characters outside links and a sentence mark joins it.
# Teaser cards and related lists are rarely bare <p> children of the article's box, and their
# own words are a headline's length.
LINKED_PROSE_MIN = 80


def _linked_prose(el) -> bool:
    text = text_of(el)
    own = len("".join(text.split())) - sum(len("".join(text_of(a).split())) for a in el.iter("a"))
    return own >= LINKED_PROSE_MIN and bool(SENTENCE.search(text))


def _lead_before(items: list[tuple[float, int, int]], gap: int) -> tuple[int, float]:
    """(first item, score) of the best run of items that ends just before item ``gap``: the lead may
    be several paragraphs (an encyclopaedia's lead before its table of contents, snacktory dev)."""
    best_start, best, run = gap - 1, float("-inf"), 0.0
    for k in range(gap - 1, -1, -1):
        run += items[k][0]
        if run > best:
            best_start, best = k, run
    return best_start, best


def _starter(lead: float, gap: tuple[float, int, int], body: float) -> bool:
    return (gap[0] < 0 and gap[1] == gap[2] and gap[1] >= 0 and lead >= LEAD_MIN
            and lead >= -LEAD_BRIDGE * gap[0] and body > lead)


# A link in a notice's closing line is its own: a file to download, a mail or phone address. Any
# other link (another article, a login, a share button) ends the notice's tail.
_OWN_HREF = re.compile(r"^(?:mailto|tel):|\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|txt|csv)(?:[?#].*)?$", re.I)


# A box holding the notice's text and its closing lines scores what the text alone scores (the lines
# earn nothing): it wins that tie over the text's own <p>, by a sliver no other comparison feels.
CLOSING_TIE = 0.01


def _closing_item(el, item: tuple[float, int, int]) -> bool | None:
    """Whether ``item`` of ``el``'s run items, after the run, continues a notice: True for a block
    child whose text is one closing line (lines.is_closing_line) with no link but its own, None for
    an empty block (a spacer <p><br></p>), False for anything else (where the tail stops)."""
    _, a, b = item
    if a != b or a < 0 or tag_of(el[a]) not in BLOCK_TAGS:
        return False
    child = el[a]
    text = squash(text_of(child))
    if not text:
        return None
    if any(not _OWN_HREF.search(link.get("href") or "") for link in child.iter("a")):
        return False
    return is_closing_line(text)


def _closing_tail(el, items: list[tuple[float, int, int]], end: int) -> int:
    """The last item of the notice's closing lines right after item ``end`` (``end`` if none)."""
    last = end
    for k in range(end + 1, len(items)):
        kind = _closing_item(el, items[k])
        if kind is False:
            break
        if kind:
            last = k
    return last


class _Scorer:
    """One post-order pass that scores every block element by its best run of children.

    A block's children (block elements, and the inline text between them) are items with a
    score; the element's score is that of its best contiguous run of items (maximum subarray),
    so an article followed by a related-news list inside the same cell is still found, and
    only the run is kept.
    """

    def __init__(self, root, feeds: dict | None = None) -> None:
        self.scores: dict = {}
        self.runs: dict = {}  # element → (first child index, last child index, child skipped or None), -1 = own text
        self.chars = 0  # visible non-space characters of the whole page
        self._root = root
        self._grids: dict = {}  # table → whether it is a grid of data cells (_data_cell)
        self._rows: dict = {}  # table row → its cells (_cells; the walk changes no element)
        self._feeds = feeds  # box → whether it is a story feed (boxes.story_feed), or None

    @cached_property
    def _title(self) -> str:
        title_el = self._root.find(".//title")
        return squash(text_of(title_el)).lower() if title_el is not None else ""

    @cached_property
    def _page_size(self) -> int:
        body = self._root.find("body")
        return len(squash(text_of(body if body is not None else self._root)))

    def layout_wrapper(self, box) -> bool:
        """A box named like furniture that is the page's layout: it holds the headline (an h1, or
        an h2/h3 that the <title> repeats) and most of the page's text."""
        if next(box.iter("h1"), None) is not None:
            return True
        if not self._title or not any(len(h) >= MIN_WRAPPER_HEADING and h in self._title
                                      for h in (squash(text_of(e)).lower() for e in box.iter("h2", "h3"))):
            return False
        return len(squash(text_of(box))) >= WRAPPER_SHARE * self._page_size

    @cached_property
    def _footers(self) -> set:
        """The elements holding a site notice (SITE_NOTICE) in their visible text, ancestors included."""
        held: set = set()
        for el in self._root.iter():
            tag = tag_of(el)
            hits = []
            if tag and tag not in INVISIBLE_TAGS and _notice_line(el.text):
                hits.append(el)
            if el.getparent() is not None and _notice_line(el.tail):
                hits.append(el.getparent())
            for hit in hits:
                while hit is not None and hit not in held:
                    held.add(hit)
                    hit = hit.getparent()
        return held

    def trailing_stream(self, box) -> bool:
        """A stream of entries (boxes.is_entry_stream: comments, a live page's updates) after the
        story told under the page's headline (story.story_before): furniture, as a named comment
        list is. A stream right under the headline is the page's text (a forum, a live page)."""
        return is_entry_stream(box) and story_before(box, self._title)

    def is_footer(self, el, chars: int) -> bool:
        """A block of ``chars`` visible characters that writes the site's notice: the page's footer."""
        return chars <= FOOTER_MAX and el in self._footers

    @staticmethod
    def block_value(chars: int, links: int, punct: int) -> float:
        if chars == 0:
            return 0.0
        prose = chars - links
        weight = 1.0 if punct else NO_PUNCT_WEIGHT
        toll = BLOCK_TOLL if links else PLAIN_TOLL
        return prose * weight + PUNCT_BONUS * punct - LINK_WEIGHT * links - toll

    def walk(self, el, in_link: bool = False, furniture: bool = False,
             in_pre: bool = False, inline: bool = False) -> tuple[float, int, int, int]:
        """Return (score of nested blocks, pending inline chars, link chars, punctuation).

        Inside a furniture box (comments, sidebar, related list) nothing is a candidate: one long
        comment must not become the article."""
        tag = tag_of(el)
        is_link = in_link or tag == "a"
        in_pre = in_pre or tag in CODE_TAGS  # code an article shows (<pre>, <code>) is its text
        items: list[tuple[float, int, int]] = []  # (score, first child index, last child index)
        linked_prose: set[int] = set()  # items that are <p> children of prose costing more than it earns
        chars = links = punct = 0
        seg_start = -1  # where the pending inline segment began (-1: the element's own text)
        c, p, code = _count(el.text, in_pre)
        self.chars += c
        chars, links, punct = c, (c if is_link or (code and not in_pre) else 0), (0 if is_link else p)
        for k, child in enumerate(el):
            ctag = tag_of(child)
            # an embedded post (boxes.is_embedded_post) is left out of the text (lines.py) and out of
            # the scores: its links are the platform's, and they sank the story around it (CNN's
            # "zn-body__read-all" opens with an Instagram post of 915 link characters: the box's sum
            # fell under its own best run, and the lead and highlights before it were lost, gs48-008
            # 0.69 -> 0.82). Dev text F1 on every dev page holding one (288 in 29 sets): goosego +0.005,
            # dev-v35-gtrends +0.0014 (gt35-025 0.87 -> 0.99), dev-v2-trafilatura no snippet changed
            # (one page's text did); no other text changed.
            if ctag and ctag not in INVISIBLE_TAGS and not is_hidden_by_name(child) and not is_embedded_post(child):
                cell = ctag in _CELL_TAGS and _data_cell(child, self._grids, self._rows)
                if not cell and (ctag in BLOCK_TAGS or (ctag == "br" and not _mid_sentence(child))):
                    if chars:
                        items.append((self.block_value(chars, links, punct), seg_start, k - 1))
                    chars = links = punct = 0
                    if ctag != "br":
                        named = not furniture and (is_furniture_box(child) or story_feed(child, self._feeds)
                                                   or is_widget_form(child, self._page_size)
                                                   or self.trailing_stream(child))
                        # a layout wrapper named "no-sidebars" or "layoutTwoColumnsRightSidebar"
                        # holds the headline; a comment list or a sidebar does not
                        boxed = furniture or (named and not self.layout_wrapper(child))
                        before = self.chars
                        s, _, _, _ = self.walk(child, is_link, boxed, in_pre)
                        if s > 0 and (named or self.is_footer(child, self.chars - before)):
                            s = -s  # comments, related lists, sidebars: never part of the body
                        elif s <= 0 and ctag == "p" and not boxed and _linked_prose(child):
                            linked_prose.add(len(items))
                        items.append((s, k, k))
                    seg_start = k
                elif not len(child):
                    # an inline leaf (<a>, <span>, <b> with text only): read here, not by a call
                    # (most elements are such leaves; the walk was 8 % of the cleaner's CPU)
                    c, p, code = _count(child.text, in_pre or ctag in CODE_TAGS)
                    self.chars += c
                    if not chars:
                        seg_start = k
                    chars += c
                    if is_link or ctag == "a" or (code and not in_pre and ctag not in CODE_TAGS):
                        links += c
                        if not (is_link or ctag == "a"):
                            punct += p
                    else:
                        punct += p
                else:
                    s, cc, cl, cp = self.walk(child, is_link, furniture, in_pre, cell)
                    if s:
                        items.append((s, k, k))
                    if not chars:
                        seg_start = k
                    chars += cc
                    links += cl
                    punct += cp
            c, p, code = _count(child.tail, in_pre)
            self.chars += c
            if c and not chars:
                seg_start = k
            chars += c
            if is_link or (code and not in_pre):
                links += c
            else:
                punct += p
        if tag not in BLOCK_TAGS or inline:
            return sum(i[0] for i in items), chars, links, punct
        if chars:
            items.append((self.block_value(chars, links, punct), seg_start, len(el) - 1))
        best = run = 0.0
        first = best_first = best_last = None
        lo = hi = i_first = 0
        for i, (score, a, b) in enumerate(items):
            if run <= 0:
                run, first, i_first = score, a, i
            else:
                run += score
            if run > best:
                best, best_first, best_last, lo, hi = run, first, b, i_first, i
        skip = None
        if best_first is not None and lo >= 2:
            gap = lo - 1
            while gap > 1 and -BLOCK_TOLL < items[gap][0] <= 0:
                gap -= 1  # a section's heading between the widget and the body is the body's
            start, lead = _lead_before(items, gap)
            if _starter(lead, items[gap], best):
                best_first, skip = items[start][1], items[gap][1]
                lo = start
        if best_first is not None:
            while lo - 1 in linked_prose:
                lo -= 1
                best_first = items[lo][1]
            while hi + 1 in linked_prose:
                hi += 1
                best_last = items[hi][2]
            # A short plain line at either edge (a salutation "各单位：", a caption) only pays
            # the block toll: it belongs to the run. Links and long label swarms cost more.
            if lo > 0 and items[lo - 1][0] > -BLOCK_TOLL:
                best_first = items[lo - 1][1]
            if hi + 1 < len(items) and items[hi + 1][0] > -BLOCK_TOLL:
                best_last = items[hi + 1][2]
                hi += 1
            # ...and so does a notice's tail of closing lines (attachments, contacts, issuer, date)
            if (tail := _closing_tail(el, items, hi)) > hi:
                best_last = items[tail][2]
                best += CLOSING_TIE
        if not furniture:
            self.scores[el] = best
            self.runs[el] = (best_first, best_last, skip)
        return sum(i[0] for i in items), 0, 0, 0


def find_container(root, body_selector: str | None = None, summary: str | None = None, feeds: dict | None = None):
    """(The element holding the article body, the run of its children that is the article, the
    page's visible non-space characters, the block that holds the headline in a wider pick, the
    pick and its run before the headline narrowed them). ``summary``: the page's description meta, if any;
    ``feeds``: story_feed's answers shared with other readers of the unchanged tree.

    The source's selector comes first, then a CMS body selector that scores close to the best,
    then the best-scoring run of all.
    """
    if body_selector:
        try:
            found = CSSSelector(body_selector)(root)
        except (SelectorError, ValueError) as e:
            log.warning("ignoring bad body selector %r: %s", body_selector, e)
            found = []
        if found:
            return max(found, key=lambda el: len(text_of(el))), "selector", 0, None, None
    body = root.find("body")
    scorer = _Scorer(root, feeds)
    scorer.walk(body if body is not None else root)
    if not scorer.scores:
        return None, None, scorer.chars, None, None
    best, best_score = max(scorer.scores.items(), key=lambda kv: kv[1])
    if best_score <= 0:
        return None, None, scorer.chars, None, None
    cms = [el for el, score in scorer.scores.items()
           if score >= CMS_MIN_SHARE * best_score and is_cms_body(el)]
    if cms:
        # a known body container is the body as a whole: tables and 附件 lines included
        pick = max(cms, key=lambda el: scorer.scores[el])
        titled = titled_story(pick, scorer.scores[pick], scorer.scores, scorer._title)
        if titled is None:
            return pick, None, scorer.chars, None, None
        return titled, scorer.runs.get(titled), scorer.chars, None, None
    beside = beside_headline(best, best_score, scorer.scores, scorer._title, summary)
    if beside is not None:
        best, best_score = beside, scorer.scores[beside]
    elif (titled := titled_story(best, best_score, scorer.scores, scorer._title)) is not None:
        best, best_score = titled, scorer.scores[titled]
    # the pick and its run before the headline narrowed them: the lines from_headline cuts there are read
    # (Content.cut_head); what the run left out before, as at every pick, is not
    picked = best, with_lead(best, scorer.runs.get(best), scorer._title)
    run = from_headline(best, picked[1], scorer._title, scorer.scores)
    while run and run[0] == run[1] and run[0] >= 0 and not run[2] and scorer.scores.get(best[run[0]], 0.0) > 0:
        # the run opens at the headline's box and is that box alone: the pick is that box, with its
        # own run (the byline is read at the top of the pick: under the headline, not the banner)
        best = best[run[0]]
        best_score = scorer.scores[best]
        run = from_headline(best, with_lead(best, scorer.runs.get(best), scorer._title), scorer._title, scorer.scores)
    return best, run, scorer.chars, _headline_block(best, best_score, scorer.scores, scorer.runs, scorer._title), picked


# The article stands with its headline: when the best run is wider than the block that holds
# the headline (an <h1>) and that block scores at least HEADLINE_SHARE of it, the rest of the
# wide run is what follows the story (login and push boxes, a second article, teasers: v6 §5).
HEADLINE_SHARE = 0.6
# ...for a pick that holds more than a short post: the v6 pages it is for scored 2,800-6,900, two
# dragnet posts of one short paragraph (score 30) lost their text to the headline's box.
HEADLINE_MIN_SCORE = 300


# A page whose <h1> is its logo outside the pick sets the story's headline in an <h2> or <h3>: the
# first one in the pick whose text, MIN_WRAPPER_HEADING characters or more, the <title> repeats
# (an India Post page: a ticker of ten teasers over the story, dev-aeb 5f9c5ed5 F1 0.55).
_SUB_HEADLINES = ("h2", "h3")


def _headline_block(best, best_score: float, scores: dict, runs: dict, title: str = ""):
    """(block, run): the deepest scored ancestor of the page's first <h1> (the headline, when
    ``best`` holds it: teaser sections further down have their own), or of the title's <h2>/<h3>
    in ``best`` when that <h1> stands outside it, that holds HEADLINE_SHARE of ``best``'s score;
    None when there is none."""
    if best_score < HEADLINE_MIN_SCORE:
        return None
    h1 = next((h for h in best.getroottree().iter("h1") if text_of(h)), None)
    if (h1 is None or best not in h1.iterancestors()) and title:
        h1 = next((h for h in best.iter(*_SUB_HEADLINES) if len(text := squash(text_of(h)).lower())
                   >= MIN_WRAPPER_HEADING and text in title), h1)
    if h1 is None:
        return None
    found = None
    own = scores.get(h1, 0.0)  # what the headline earns itself: a headline box alone is no story
    for anc in h1.iterancestors():
        if anc is best:
            return found
        if found is None and scores.get(anc, 0.0) - own >= HEADLINE_SHARE * best_score:
            found = anc, runs.get(anc)
    return None  # the headline stands outside the pick


def extract_content(root, body_selector: str | None = None, summary: str | None = None,
                    feeds: dict | None = None) -> Content:
    """Find the article body in a cleaned tree and split it into lines (``feeds``: see find_container)."""
    container, run, page_chars, headline_block, picked = find_container(root, body_selector, summary, feeds)
    if container is None:
        return Content(page_chars=page_chars)
    if run == "selector":
        return Content(container, lines_of(container), chosen_by_selector=True)
    content = Content(container, lines_of(container, run), page_chars=page_chars, picked=picked)
    if headline_block is not None:
        block, block_run = headline_block
        content.headline_block = Content(block, lines_of(block, block_run), page_chars=page_chars)
    return content


# A page showing at least this many characters of text (blanks aside) has something to read: when
# no article text comes out of it, the page gets a ``no_article_text`` finding instead of an empty
# article stored silently. On the dev corpora an empty article came from pages with 1,000+ such
# characters (L3S pages whose <title> was never closed, a page without <body>); a page of 200 is
# a short notice.
VISIBLE_TEXT_MIN = 200
_EVIDENCE_CHARS = 80


def lost_text(page_text: str, article_text: str, root=None, served: str = "") -> str | None:
    """Evidence for a ``no_article_text`` finding: the article text is empty although the page
    shows VISIBLE_TEXT_MIN characters or more; None otherwise. When the parsed tree has no <body>
    (libxml2 lost it: ``<html xmogo.jpg" alt=…>`` on an L3S page), the text between the served
    page's tags stands for what the page shows."""
    if article_text.strip():
        return None
    if root is not None and root.find("body") is None and served:
        page_text = _TAG.sub(" ", served)
    shown = squash(page_text.translate(_MARKS))
    if len(shown.replace(" ", "")) < VISIBLE_TEXT_MIN:
        return None
    return f"{len(shown)} characters of visible text, none kept as the article: {shown[:_EVIDENCE_CHARS]}"


_MARKS = {c: " " for c in range(2, 6)}  # byline.marked_text's \x02…\x05
_TAG = re.compile(r"<[^<>]*>")


# A page whose article a script writes serves an empty body; its description meta is then the
# only text of the article it has (snacktory dev: a press release whose text stood only in
# og:description). A description this long is a summary sentence, not a site's slogan: the dev
# corpora's slogans ("Official site of …") run under 60 characters, the press release's lead 180.
# And it is written in sentences: a string of keywords ("buy book james patterson club audio…", a
# CleanEval page whose truth is no text) has no sentence mark.
DESCRIPTION_MIN = 60
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description")


def description_text(metas: dict[str, str]) -> str | None:
    """The page's description meta as a fallback article text (for an empty body), or None."""
    for key in _DESCRIPTION_KEYS:
        value = squash(metas.get(key) or "")
        if len(value) >= DESCRIPTION_MIN and SENTENCE.search(value):
            return value
    return None


# A page whose scripts write everything it shows (a forum app: Discourse serves its posts only in
# a <noscript> for crawlers and visitors without scripts) shows, with the invisible tags gone,
# nothing but a splash: the <noscript> holds the same text the app renders. When the body shows
# under VISIBLE_TEXT_MIN characters outside its <noscript> blocks and one of those holds at least
# NOSCRIPT_PROSE_MIN characters outside links, with sentences, it is the page's content (seven
# dev-v10-webbench2026 Discourse threads came out as their description meta, text F1 0.07-0.45).
# A fallback of that size is no "enable JavaScript" line (under 100 characters) and no link farm
# (judged before, and its characters are in links).
# Blogger's templates do the same with chrome around it: the post is a <script type=text/template>
# the page's scripts render, and its <noscript> copy holds more prose than everything the body
# shows (sidebar, archive, labels). A <noscript> block holding at least as many characters outside
# links as the whole visible body is the content too (v16's h2t-en-01, Google AI Blog, text F1
# 0.006 → 0.996; trafilatura's security.googleblog page, 0 → 3 of 3 snippets). Of the 6,800 dev
# extraction pages 5 others have such a block: 4 webbench forum threads read the same, a Dragnet
# page goes 0.026 → 0.073; none of the 2,050 hijack-set and shared-corpus pages has one.
NOSCRIPT_PROSE_MIN = 200


def noscript_content(root):
    """The <noscript> block that is the page's content, or None: when nothing else in its body
    shows, or when it holds at least as much prose as all the body shows."""
    body = root.find("body")
    if body is None:
        return None
    best, best_size = None, NOSCRIPT_PROSE_MIN - 1
    for el in body.iter("noscript"):
        text = "".join(t for t in el.itertext())
        own = len("".join(text.split())) - sum(len("".join("".join(a.itertext()).split())) for a in el.iter("a"))
        if own > best_size and SENTENCE.search(text):
            best, best_size = el, own
    if best is None:
        return None  # (the body's text, read only when there is a candidate: 1 % of the cleaner's CPU)
    shown_text = text_of(body)
    shown = len(shown_text.replace(" ", ""))
    if shown < VISIBLE_TEXT_MIN or best_size >= shown:
        return best
    # a story its scripts load into its own box (a lazy "story-intro" block) keeps its text in
    # the <noscript> there: prose the page shows nowhere else (Daily Kos, dev-v38-crawlertest: the
    # footer's copyright lines were taken, F1 0.05 -> 1.00). A <noscript> copy of text also shown is
    # not. No text changed on the 15 other dev pages with such a block (fundus 5, trafilatura 7, ceed 2,
    # twevent 1): it gains the studied set only.
    probe = _noscript_probe(best)
    return best if probe and probe not in shown_text else None


# The longest line of a <noscript> block, its first NOSCRIPT_PROBE characters: what the page would
# show too if the block were a copy of its visible text.
NOSCRIPT_PROBE = 60


def _noscript_probe(el) -> str:
    lines = [squash(t) for t in "".join(el.itertext()).splitlines()]
    longest = max(lines, key=len, default="")
    return longest[:NOSCRIPT_PROBE] if len(longest) >= NOSCRIPT_PROBE else ""
