"""Content a browser never renders but crawlers read, judged by what it holds whatever its tag.

<noscript> fallbacks and <template> contents are never shown; a frame's own document (``srcdoc``)
and a form field's text are shown only in the box the page gives them, so when that box is
hidden or of zero size (hidden.py says so), nobody sees them. v3 (noscript), v4 (template) and
v5 (0×0 srcdoc frame, hidden textarea, 0×0 svg) each parked a link farm in the next such tag:
this module parses what they hold into the tree (a srcdoc, a textarea's markup) and returns the
blocks for ``hijack.remove_hidden_injections`` to judge by what they hold, as hidden elements.
v6 used the next tags again (image maps, a datalist), so the question asked here is the
browser's: is this content drawn as page text, and if so, only on a visitor's gesture? Fallbacks
(noscript, noframes, noembed, media and canvas children), inert templates, option lists and
image-map areas are not; their links and words are judged whatever the tag.
"""
from __future__ import annotations

import re
from typing import Any

from scraper.clean.dom import parse_html, squash, tag_of, text_of
from scraper.clean.hidden import STRONG, TINY_PX, WEAK, dims_tiny, style_hiding

# The markup a frame or a form field holds is read only up to this many characters: srcdoc
# farms and textarea farms of v5 hold under 2 KB; a CMS's hidden editor field holds a whole
# article (tens of KB), read to its end would parse a second page for nothing.
MAX_HELD_MARKUP = 20_000
_MARKUP = re.compile(r"<\s*a\s[^<>]*href", re.I)


def unrendered_blocks(root, hidden: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """``hidden`` with the content of its frames and form fields parsed in, plus the <noscript>
    and <template> blocks to judge: every block of content a reader never sees, as hidden elements."""
    out = []
    inside = set()
    for el, how in hidden:
        held = [d for d in el.iter("iframe", "frame", "textarea") if _expose(d, d.get("srcdoc") or d.text)]
        inside.update(el.iter("iframe", "frame", *_FALLBACK_BOXES))
        if held and tag_of(el) in ("iframe", "frame", "textarea"):
            # the frame's document or the field's markup is never shown as a page: its links are
            # for crawlers only, however the box is hidden (display:none or 0×0)
            how = STRONG
        elif how == WEAK and _inert_options(root, el):
            how = STRONG
        out.append((el, how))
    # Shown boxes whose own content no browser renders: a frame's inner text (the fallback of
    # browsers without frames, read as raw text), a canvas's, a video's or an audio player's
    # children, a loaded object's (the fallbacks of browsers without them: none today). A farm of
    # links there is for crawlers.
    for el in root.iter("iframe", "frame", *_FALLBACK_BOXES):
        if el in inside:
            continue
        if tag_of(el) in _FALLBACK_BOXES and (tag_of(el) != "object" or el.get("data")) or _expose(el, el.text):
            if sum(1 for _ in el.iter("a")) >= MIN_NOSCRIPT_LINKS:
                out.append((el, STRONG))
    return out + noscript_links(root, hidden) + template_blocks(root, hidden) + offered_blocks(root, hidden)


_FALLBACK_BOXES = ("canvas", "video", "audio", "object")


def _expose(el, markup: str | None) -> bool:
    """Parse ``markup`` (what a frame or a textarea holds) into the children of ``el``; True when
    it held links."""
    if not markup or not _MARKUP.search(markup[:MAX_HELD_MARKUP]):
        return False
    doc = parse_html(markup[:MAX_HELD_MARKUP])
    body = doc.find("body") if doc is not None else None
    if body is None:
        return False
    el.text = body.text
    for child in list(body):
        el.append(child)
    return True

# A <noscript> block holding at least this many links and nothing but their texts is judged as a
# hidden block: readers with scripts (all of them) never see it, and search engines read it. The
# fallbacks sites write there hold a frame (tag managers), an image (analytics pixels) or a
# sentence ("enable JavaScript"); a single link is a widget's "powered by" fallback. Judged as
# weakly hidden (as display:none): sites also park their sister-site menus there (dev-dragnet's
# CBS network list), so structure alone does not condemn it, its words or hosts must.
MIN_NOSCRIPT_LINKS = 2


_FALLBACKS = ("noscript", "noframes", "noembed")


def noscript_links(root, hidden: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The <noscript> blocks outside the ``hidden`` elements that hold only text links and fall
    back from no script next to them, as weakly hidden elements: what
    ``hijack.remove_hidden_injections`` judges as link farms."""
    inside = {d for el, _ in hidden for d in el.iter(*_FALLBACKS)}
    out: list[tuple[Any, str]] = []
    for el in root.iter(*_FALLBACKS):
        if tag_of(el) != "noscript":
            # the fallbacks of browsers without frames or plugins (none today), raw text to the
            # parser: the markup they hold is parsed in, or it would read as the page's text
            _expose(el, el.text)
            el.text = el.text if len(el) else None
        if el in inside:
            continue
        anchors = list(el.iter("a"))
        if len(anchors) < MIN_NOSCRIPT_LINKS or any(True for _ in el.iter("img", "iframe", "object", "embed", "form")):
            continue
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None and tag_of(before) == "script" and not (before.tail or "").strip():
            continue  # the fallback of the script right before it: a widget's content
        # a visitor without scripts sees a <noscript>; no browser today shows the others
        out.append((el, WEAK if tag_of(el) == "noscript" else STRONG))
    return out


# Placeholders of the template languages pages keep in <template> for their scripts to fill
# ({{title}}, ${name}, <%= x %>, {% if %}): a block holding them is the page's own markup in waiting.
_PLACEHOLDER = re.compile(r"\{\{|\$\{|<%|\{%")


def template_blocks(root, hidden: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The <template> elements outside ``hidden`` that hold a row of links or bare text, for
    ``hijack.remove_hidden_injections`` to judge.

    A <template> is never rendered unless a script clones it, while crawlers read it, so a farm of
    off-site links or keyword text parked there was dropped silently with the invisible tags
    (v4 §1E). Links held there are strongly hidden (a farm of hosts the page links nowhere else
    goes, unless the page's code names the template: then it is the page's own, cloned on demand);
    bare text is weakly hidden, judged by its words. Templates holding placeholders are the
    page's own markup in waiting and are not asked about."""
    inside = {d for el, _ in hidden for d in el.iter("template")}
    out: list[tuple[Any, str]] = []
    for el in root.iter("template"):
        if el.get("shadowrootmode") or el.get("shadowroot"):
            el.tag = "div"  # a declarative shadow root: browsers render it in place of the template
            continue
        if el in inside or any(True for _ in el.iter("img", "iframe", "object", "embed", "form", "script")):
            continue
        text = (el.text or "") + "".join(text_of(d) for d in el)
        if not text.strip() or _PLACEHOLDER.search(text):
            continue
        if sum(1 for _ in el.iter("a")) >= MIN_NOSCRIPT_LINKS:
            out.append((el, STRONG))
        elif all(tag_of(d) in _TEXT_TAGS for d in el.iterdescendants() if isinstance(d.tag, str)):
            out.append((el, WEAK))
    return out


_TEXT_TAGS = frozenset("span b strong font em i br p a".split())


# --- content shown only on a visitor's demand, or never: image maps and option lists --------------
# An image map's areas are regions of a picture: their alt words are never drawn, and without a
# shown <img usemap> nobody can click them either. A <datalist> is a field's suggestions, shown
# only as a visitor types into the field that names it; a <select> shows its chosen option and the
# others when opened. Crawlers read all of it as links and text (v6 §1C: image-map farms and a
# datalist of brand addresses sat there, dropped unseen with the invisible tags). The areas and the
# options that hold a web address become links here, so that hijack.remove_hidden_injections
# judges the block as any hidden block: off-site links in bulk nobody sees are a farm, a form's
# list of provinces or years holds neither links nor spam words, and a map of the site's own
# sections links the site itself.
# (a file name is no address: a jump menu's option may hold "index.html")
_WEB_ADDRESS = re.compile(r"(?<![\w.@/-])(?:https?://)?(?:[a-z0-9-]+\.)+(?!(?:s?html?|php|aspx?|jsp|do|cgi|pdf|docx?"
                          r"|xlsx?|jpe?g|png|gif|txt)\b)[a-z]{2,12}(?:/\S*)?(?![\w@-])", re.I)
# An area this small (every side of its coords at most hidden.TINY_PX) is no region of any picture.
_COORDS = re.compile(r"-?\d+(?:\.\d+)?")


def offered_blocks(root, hidden: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The image maps, datalists and selects outside ``hidden`` that hold links or words, with
    their areas and addressed options made links: STRONG when nothing on the page can show them (a
    map no shown image uses, or of pixel-sized areas; a datalist no shown field names), WEAK when a
    visitor's gesture shows them (a used map, an open select, a field's suggestions)."""
    offered = list(root.iter("map", "datalist", "select"))
    if not offered:
        return []
    inside = {d for el, _ in hidden for d in el.iter("map", "datalist", "select")}
    hidden_els = {d for el, _ in hidden for d in el.iter()}
    used_maps = {u.get("usemap", "").lstrip("#") for u in root.iter("img", "object", "input")
                 if u.get("usemap") and u not in hidden_els and not dims_tiny(u)}
    listed = {f.get("list") for f in root.iter("input") if f.get("list") and f not in hidden_els
              and (f.get("type") or "text").lower() != "hidden" and not style_hiding(f.get("style"))}
    out: list[tuple[Any, str]] = []
    for el in offered:
        tag = tag_of(el)
        # (the items of a block inside a hidden one become links too: that block is judged with them)
        items = _linked_items(el, "area" if tag == "map" else "option")
        if el in inside:
            continue
        if tag == "map":
            shown = (el.get("name") in used_maps or el.get("id") in used_maps) and not all(map(_pixel_area, items))
        elif tag == "datalist":
            shown = el.get("id") in listed
        else:
            shown = True
        # what a gesture shows is judged by its links only: a lottery site's select of its games
        # is its menu; words nobody can ever see are judged too
        if items or not shown and _option_words(el):
            out.append((el, WEAK if shown else STRONG))
    return out


def _linked_items(el, tag: str) -> list:
    """The ``tag`` items of ``el`` (areas, options) that link somewhere, turned into <a> links with
    the words a crawler reads for them (an area's alt or title; an option's label or text)."""
    items = []
    for item in list(el.iter(tag)):
        words = squash(item.get("alt") or item.get("title") or item.get("label") or "".join(item.itertext()))
        href = item.get("href") if tag == "area" else None
        if tag == "option":
            value = (item.get("value") or "").strip()
            address = _WEB_ADDRESS.fullmatch(value) or _WEB_ADDRESS.search(words or value)
            if address:
                href = address.group() if "//" in address.group() else "http://" + address.group()
            words = words or value
        if not href:
            continue
        item.tag = "a"
        item.set("href", href)
        for child in list(item):
            item.remove(child)
        item.text = words
        items.append(item)
    return items


_OPTION_LIST = frozenset({"select", "option", "optgroup"})


def _inert_options(root, el) -> bool:
    """Whether weakly hidden ``el`` holds a select of web addresses that nothing can open or
    follow: it has no handler, no form submits it, and no script names it. A jump menu (the
    友情链接 select of gov sites) navigates on change; hidden, such a menu still waits for its code
    or its form, while a list that nothing follows holds its addresses for crawlers alone (v7, now
    dev: a hidden select of a casino's pages in a gov page's footer)."""
    if not all(tag_of(d) in _OPTION_LIST for d in el.iterdescendants() if isinstance(d.tag, str)):
        return False  # a hidden box holding more than option lists is judged as a box
    selects = [s for s in el.iter("select") if any(_WEB_ADDRESS.fullmatch((o.get("value") or "").strip())
                                                  for o in s.iter("option"))]
    if not selects:
        return False
    code = None
    for sel in selects:
        if any(k.startswith("on") for k in sel.attrib) or any(tag_of(a) == "form" for a in sel.iterancestors()):
            return False
        names = [n for n in (sel.get("id"), sel.get("name")) if n]
        if names:
            code = "\n".join(s.text or "" for s in root.iter("script")) if code is None else code
            if any(n in code for n in names):
                return False
    return True


def _option_words(el) -> str:
    """What a crawler reads in an option list that holds no links (an option's label or text)."""
    return squash(" ".join(o.get("label") or "".join(o.itertext()) for o in el.iter("option")))


def _pixel_area(area) -> bool:
    """True when an area's coords span no more than hidden.TINY_PX pixels either way."""
    nums = [float(n) for n in _COORDS.findall(area.get("coords") or "")]
    if len(nums) < 3:
        return False
    xs, ys = nums[0::2], nums[1::2]
    return (max(xs) - min(xs) <= TINY_PX and max(ys) - min(ys) <= TINY_PX) if len(nums) >= 4 else nums[2] <= TINY_PX
