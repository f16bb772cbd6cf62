"""Elements a visitor never sees: hidden by inline style, by a <style> rule, by attribute, or a 1×1 marquee.

Only tells what is hidden and how; hijack.py decides whether a hidden block is an injection.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from lxml import etree

from scraper.clean.contrast import TINY_FONT_PX, UNKNOWN, Ink, covered_boxes, paint
from scraper.clean.css import (
    COMBINATORS,
    NAMES,
    NUM,
    css_rules,
    declarations,
    names_of,
    page_names,
    px,
    sheet_rules,
)
from scraper.clean.dom import tag_of
from scraper.clean.writing import LETTER_OR_DIGIT

# How an element is hidden. "weak" hiding (display:none, the hidden attribute) is also how
# menus, tabs and lazy-loaded articles wait for JavaScript; "strong" hiding (off-screen, zero
# size, zero font, opacity 0, clip, 1-pixel marquee) has no use on a news page but to show
# search engines what readers must not see.
# A third, "state", is hiding that belongs to a moment of the page's interface: a fade-in's start
# state, a drawer or dropdown that another rule opens, a row whose stylesheet zeroes its font size
# for layout. Such blocks are left out of the text like strongly hidden ones (readers see them
# around the article, not in it), but they are judged like weakly hidden ones: chrome, not farms.
WEAK, STRONG, STATE = "weak", "strong", "state"

# Off-screen: an offset or text-indent at least this far out is out of every viewport.
OFFSCREEN_PX = 500
# ...and so is one of a whole screen (vw/vh) or a whole width of the box's own (%) or more: a box
# moved by -100vw or -300vw starts a screen or more left of any viewport (v6 §1C: a farm at
# translateX(-300vw)); drawers wait at exactly -100% (see _offscreen).
OFFSCREEN_SCREENS = 1
# Zero-size boxes: width/height up to this many pixels with overflow hidden hold nothing visible.
TINY_PX = 2

_QUICK = re.compile(r"none|hidden|collapse|-\.?\d|:\s*\.?0|clip|opacity|indent|absolute|fixed|scale|zoom"
                    r"|\s0(?:px|em|rem|pt|%)?\s*/|\s0(?:px|em|rem|pt)\s", re.I)
# Scaled down to this factor or less, a box and its text shrink below a pixel: transform:scale(0)
# or scale(0.01) lists (v4 §1 "transform scale(0) list", caught only by their promo anchors). Zoom
# and pop-in effects scale between 0.8 and 1.2; their start state is animated (a STATE, below).
MAX_HIDING_SCALE = 0.05
# Opacity at or below this is no visible ink (1% black on white is #fcfcfc); up to
# FAINT_OPACITY it hides only together with a font of TINY_FONT_PX or less (10% grey 2px text).
INVISIBLE_OPACITY = 0.02
FAINT_OPACITY = 0.1
# the arguments are bounded: an unclosed "scale(" repeated over 100 KB was read to the end from each one
_TRANSFORM = re.compile(r"(scale|translate)(3d|x|y|z)?\(([^()]{0,80})\)", re.I)


def _transform_hides(value: str) -> bool:
    """True when a transform shrinks the box to nothing or moves it out of every viewport."""
    for m in _TRANSFORM.finditer(value):
        kind, args = m.group(1).lower(), [a for a in re.split(r"[\s,]+", m.group(3).strip()) if a]
        if kind == "scale":
            for a in args[:2]:
                f = px(a)
                if f is not None and abs(f) <= MAX_HIDING_SCALE and not a.endswith("%"):
                    return True
        else:
            axis = (m.group(2) or "").lower()
            # translate(x, y) and translate3d(x, y, z) move along both axes, translateX/Y along one
            moves = zip(args[:2], (False, True), strict=False) if axis in ("", "3d") else [(a, axis == "y") for a in args[:1]]
            if axis != "z" and any(_offscreen(a, vertical) for a, vertical in moves):
                return True
    return False


def _offscreen(value: str, vertical: bool = False) -> bool:
    """True when an offset (a translation, a positioned box's left or right) puts the box out of
    every viewport: OFFSCREEN_PX pixels or more, or a whole screen (-100vw/-100vh) or more. A
    whole width of its own (translateX(-100%)) puts a box beside the screen as a drawer waits
    there: hidden too, and hijack.py tells a drawer (the site's links, opened by a control or a
    state rule, hidden.STATE) from a farm. Up by its own height (translateY(-100%)) is how
    tooltips stand above what they explain: not hidden."""
    m = NUM.match(value.strip())
    if not m:
        return False
    n, unit = float(m.group(1)), (m.group(2) or "px").lower()
    if unit in ("vw", "vh"):
        return n <= -OFFSCREEN_SCREENS * 100
    if unit == "%":
        return not vertical and n <= -OFFSCREEN_SCREENS * 100
    return (px(value) or 0) <= -OFFSCREEN_PX


def style_hiding(style: str | None, fonts: bool = True) -> str | None:
    """WEAK, STRONG or None for a CSS declaration block (``fonts``: a zero font size hides)."""
    if not style or not _QUICK.search(style):
        return None
    return _style_hiding(style, fonts)


# Inline styles and rule bodies repeat (a list's items, a site's pages): each is read once.
STYLE_CACHE = 4096


@functools.lru_cache(maxsize=STYLE_CACHE)
def _style_hiding(style: str, fonts: bool) -> str | None:
    decls = declarations(style)
    get = decls.get
    opacity = get("opacity")
    size = px(get("font-size", ""))  # None for keywords (x-small, smaller, inherit): those are visible
    if size is None and "font" in decls and (m := _FONT_SIZE.search(decls["font"])):
        size = px(m.group(1) or m.group(2))  # the shorthand's size: font: 0/0 a hides text as font-size:0 does
    if fonts and size is not None and size <= 0.5:
        return STRONG
    alpha = px(opacity) if opacity is not None and opacity[:1] in "0." else None
    if alpha is not None and (alpha <= INVISIBLE_OPACITY
                              or alpha <= FAINT_OPACITY and fonts and size is not None and size <= TINY_FONT_PX):
        return STRONG
    if "transform" in decls and _transform_hides(decls["transform"]):
        return STRONG
    # the individual transform properties (translate: -9999px 0; scale: 0), zoom, an opacity filter
    if "translate" in decls and _transform_hides(f"translate({decls['translate']})") \
            or "scale" in decls and _transform_hides(f"scale({decls['scale']})") \
            or "zoom" in decls and (z := px(decls["zoom"])) is not None and 0 <= z <= MAX_HIDING_SCALE \
            and not decls["zoom"].endswith("%") \
            or "filter" in decls and (f := _FILTER_OPACITY.search(decls["filter"])) and float(f.group(1)) <= INVISIBLE_OPACITY:
        return STRONG
    indent = px(get("text-indent", "0"))
    if indent is not None and (indent <= -OFFSCREEN_PX or get("text-indent", "").endswith("%") and indent <= -100):
        return STRONG
    if get("position") in ("absolute", "fixed", "relative"):
        for side in ("left", "top", "right", "bottom", "margin-left", "margin-top", "inset-inline-start",
                     "inset-inline-end"):
            v = get(side)
            if v is not None and _offscreen(v, vertical=side in ("top", "bottom", "margin-top")):
                return STRONG
    if "clip" in decls and _CLIP.search(decls["clip"]):
        return STRONG
    if "clip-path" in decls and _CLIP_PATH.search(decls["clip-path"]):
        return STRONG
    overflow_hidden = any(word in get(o, "") for o in ("overflow", "overflow-x", "overflow-y") for word in ("hidden", "clip"))
    for dim in ("width", "height", "max-height", "max-width"):
        v = get(dim)
        if v is not None and overflow_hidden and (n := px(v)) is not None and n <= TINY_PX:
            return STRONG
    if get("display") == "none":
        return WEAK
    # content-visibility:hidden skips painting the box's contents: hidden as display:none hides
    # (the one clean dev page using it hides a submenu so), and judged as such (v5 §1C)
    if get("visibility") in ("hidden", "collapse") or get("content-visibility") == "hidden":
        return WEAK
    return None


# the size in a font shorthand: the length before "/line-height", or a length with a unit
_FONT_SIZE = re.compile(r"(?:^|\s)(\d*\.?\d+(?:px|em|rem|pt|%)?)\s*/|(?:^|\s)(\d*\.?\d+(?:px|em|rem|pt|%))(?:\s|$)")
_FILTER_OPACITY = re.compile(r"opacity\(\s*(\d*\.?\d+)\s*\)")
# Clips that leave nothing (or one pixel) of the box: rect(0…)/rect(1px,1px,1px,1px), a zero
# circle or ellipse, inset of half the box or more, a polygon whose points all coincide at 0 0.
_CLIP = re.compile(r"rect\(\s*0|rect\(\s*1px[\s,]+1px[\s,]+1px[\s,]+1px", re.I)
_CLIP_PATH = re.compile(r"inset\(\s*(?:[5-9]\d|100)%|(?:circle|ellipse)\(\s*0(?:px|%)?\s*(?:0(?:px|%)?\s*)?(?:at|\))"
                        r"|polygon\(\s*0(?:px|%)?\s+0(?:px|%)?\s*(?:,\s*0(?:px|%)?\s+0(?:px|%)?\s*)*\)", re.I)


# A rule that animates its hiding away (a fade-in's start state, a sliding drawer) or a rule that
# shows again what another hides (a state class, :hover, a breakpoint): the hiding is a moment of
# the page's interface, not something a reader is never meant to see.
_TEMPORARY = re.compile(r"(?:^|[;\s])(?:-[a-z]+-)?(?:transition|animation)[a-z-]*\s*:", re.I)
_REVEALING = ("display", "opacity", "visibility", "height", "max-height", "left", "right", "top", "transform",
              "clip", "clip-path", "text-indent", "margin-left", "margin-top")
def _reveals(body: str) -> bool:
    if style_hiding(body):
        return False
    decls = declarations(body)
    return any(p in decls for p in _REVEALING)


def _shown_again(names: set[str], rules: list[tuple[str, str]]) -> set[str]:
    """Which of ``names`` (strongly hidden ones) a rule of ``rules`` shows again.

    Only strongly hidden names are asked about (a shown name turns STRONG into STATE), and only
    rules whose selector text holds one of them are read: deciding whether a rule reveals parses
    its declarations, and doing that for every rule was a sixth of the cleaner's time on pages
    with large stylesheets.
    """
    shown: set[str] = set()
    if not names:
        return shown
    for selectors, body in rules:
        if not any(n in selectors for n in names) or not _reveals(body):
            continue
        for sel in selectors.split(","):
            # the last compound of the selector is what the rule styles
            shown.update(names.intersection(NAMES.findall(COMBINATORS.split(sel.strip())[-1])))
    return shown


class _Styles:
    """What the page's stylesheets say, read in one pass: ``hiding``, the class/id names the
    page's <style> rules hide, indexed by each name: {".a": [(the names the compound selector
    requires (``.a.b`` → {".a", ".b"}), WEAK|STRONG|STATE)]}. Only single compound selectors count
    (``.x``, ``div#y.z``), and never rules inside @media (responsive layouts hide whole columns on
    small screens only). Strong hiding is a STATE when it is animated (transition/animation), when
    another rule shows the name again (a state class, :hover, [aria-expanded], a breakpoint), or
    when it is only a zero font size (inline-block rows close their gaps so; their items set their
    own size). ``extra_css``: style text the page's scripts add (read after the page's own <style>
    elements, as a script appends to <head>). ``paint``: {name: [(required names, colour, background, font px)]} of single compound rules
    that set colours or a font size, ``unsure``: names and tags that other rules paint (a
    descendant selector, a breakpoint), whose colours are therefore unknown here."""

    def __init__(self, root, extra_css: str = "") -> None:
        found: dict[frozenset[str], str] = {}
        others: list[tuple[str, str]] = []  # the rules that hide nothing: may show a name again
        self.paint: dict[str, list[tuple[frozenset[str], object, object, float | None]]] = {}
        self._painting: list[str] = []  # selector lists of the other rules that set colours
        self._unsure: set[str] | None = None
        # Only single compound selectors hide or paint here, and such a rule applies to an element
        # only when the element has every name the selector requires: rules whose compounds name
        # something the page never uses are not read (their declarations are not parsed). Modern
        # pages inline large stylesheets of which they use a few rules (43 dev-v6-fundus pages:
        # 47,648 style_hiding calls, a sixth of the cleaner's time, v6 §6). Every rule that is not
        # read stays a candidate for _shown_again (a state class a script adds shows a name again).
        used = page_names(root)
        for css in [style.text or "" for style in root.iter("style")] + [extra_css]:
            for selectors, body, _conditional, simple in sheet_rules(css):
                if "color" in body or "background" in body or "font-size" in body:
                    self._read_paint(selectors, body, simple, used)
                keys = [key for key in simple if used.issuperset(key)]
                how = style_hiding(body) if keys else None
                if not how:
                    others.append((selectors, body))
                    continue
                if how == STRONG and (_TEMPORARY.search(body) or not style_hiding(body, fonts=False)):
                    how = STATE
                for key in keys:
                    if _RANK[how] > _RANK.get(found.get(key, ""), 0):
                        found[key] = how
        shown = _shown_again({name for key, how in found.items() if how == STRONG for name in key}, others)
        self.hiding: dict[str, list[tuple[frozenset[str], str]]] = {}
        for key, how in found.items():
            if how == STRONG and key & shown:
                how = STATE
            for name in key:
                self.hiding.setdefault(name, []).append((key, how))

    def _read_paint(self, selectors: str, body: str, simple: tuple[frozenset[str], ...], used: set[str]) -> None:
        """Record what ``body`` paints for the ``simple`` compound selectors (the names each
        requires) of ``selectors`` that the page's names (``used``) can match."""
        if not simple or len(simple) < selectors.count(",") + 1:
            if "color" in body or "background" in body:
                self._painting.append(selectors)
            if not simple:
                return
        simple = tuple(key for key in simple if used.issuperset(key))
        if not simple:
            return
        decls = declarations(body)
        colour, background = paint(decls)
        font = px(decls["font-size"]) if "font-size" in decls else None
        if colour is None and background is None and font is None:
            return
        for key in simple:
            for name in key:
                self.paint.setdefault(name, []).append((key, colour, background, font))

    @property
    def unsure(self) -> set[str]:
        """Names and tags that rules this reader cannot apply paint: colours there are unknown.
        Read only when some text looks invisible (rarely), not on every page."""
        if self._unsure is None:
            self._unsure = set()
            for selectors in self._painting:
                for sel in selectors.split(","):
                    last = COMBINATORS.split(sel.strip())[-1]
                    self._unsure.update(NAMES.findall(last))
                    tag = _TAG.match(last)
                    if tag:
                        self._unsure.add(tag.group().lower())
        return self._unsure


_TAG = re.compile(r"[a-z][a-z0-9]*", re.I)


_RANK = {WEAK: 1, STATE: 2, STRONG: 3}

_ID_SELECTOR = re.compile(r"^\s*[a-z0-9]*#([\w-]+)\s*$", re.I)


def ids_hidden(css: list[str]) -> dict[str, str]:
    """{id: WEAK|STRONG} for the ids that rules of ``css`` (outside @media and the like) hide by
    the id alone (``#x``, ``span#x``): a rule written for one element, not for a kind of them."""
    out: dict[str, str] = {}
    for text in css:
        for selectors, body, conditional in css_rules(text):
            if conditional or not (how := style_hiding(body)):
                continue
            for sel in selectors.split(","):
                if (m := _ID_SELECTOR.match(sel)) and _RANK[how] > _RANK.get(out.get(m.group(1), ""), 0):
                    out[m.group(1)] = how
    return out


def shown_by_rule(root, el) -> bool:
    """True when a rule of the page's <style> sheets shows ``el`` again by one of its names (a
    :hover, a state class, a breakpoint: ``.sub:hover``, ``.menu.open .sub``): a box the page
    opens, not one it keeps shut. Asked only of the few weakly hidden link boxes hijack.py judges
    by what they do (from hb28's variant e457e6d)."""
    names = names_of(el)
    if not names:
        return False
    rules = [(selectors, body) for style in root.iter("style") if style.text
             for selectors, body, _conditional in css_rules(style.text)]
    return bool(_shown_again(names, rules))


def hidden_beside(root) -> frozenset[str]:
    """Ids that a <style> inside the <body> hides by the id alone: the hiding written next to what
    it hides, as an injection carries its own rule in with its markup (v12 §3b: ``<style>#<random
    id>{display:none}</style><span id=...>`` around pill prose and its links). A site hides its
    chrome from its stylesheets in <head> or its files, by class. Of 5,060 clean extraction pages,
    6 hide a block linking off-site so: a print-only notice (its id styled again, excluded below)
    and one blog's avatar plugin crediting its author (5 pages: the same act as an injection)."""
    body = root.find("body")
    if body is None:
        return frozenset()
    css = [s.text for s in body.iter("style") if s.text]
    hidden = ids_hidden(css)
    if not hidden:
        return frozenset()
    # an id that another rule styles (a print sheet showing it, a state that opens it) is the
    # site's own block with a life of its own, not a one-line cover (a print-only notice on 1
    # clean dev page)
    styled = Counter(name[1:] for text in css for selectors, _decls, _ in css_rules(text)
                     for name in set(NAMES.findall(selectors)) if name[0] == "#")
    return frozenset(i for i in hidden if styled[i] == 1)


def dims_tiny(el) -> bool:
    """A width or height of at most TINY_PX, given by attribute or by inline style: the browser sizes
    the box by either (a frame made 1x1 by ``style.width = "1px"`` is the frame of ``width=1``; v50 B1)."""
    for attr in ("width", "height"):
        v = el.get(attr)
        if v is not None and (n := px(v)) is not None and n <= TINY_PX:
            return True
    style = el.get("style")
    if style and ("width" in style or "height" in style):
        decls = declarations(style.lower())
        for prop in ("width", "height"):
            v = decls.get(prop)
            if v is not None and (n := px(v)) is not None and n <= TINY_PX:
                return True
    return False


# Boxes that draw their content inside their own width and height (an outer <svg> clips to it,
# a frame shows its document there): at zero size nothing of it shows (v5 §1C: a 0×0 srcdoc
# frame and a 0×0 svg's foreignObject holding link farms).
_SIZED_BOXES = ("marquee", "iframe", "frame", "svg", "foreignobject")


def element_hiding(el, rules: dict[str, list[tuple[frozenset[str], str]]], names: set[str] | None = None) -> str | None:
    """How ``el`` itself is hidden (not counting its ancestors), or None; ``names``: its class
    and id names when already known."""
    tag = tag_of(el)
    if tag in _SIZED_BOXES and (dims_tiny(el) or style_hiding(el.get("style"))):
        return STRONG
    if tag == "details" and el.get("open") is None and _unlabelled(el):
        # a closed disclosure with no words on its summary: nothing invites a reader to open it,
        # so what it holds is for crawlers (v5 §1C); a FAQ's closed <details> says its question
        return STRONG
    style = el.get("style")
    how = style_hiding(style)
    if how:
        # moved or shrunk with a transition: a slider's or a drawer's current frame (owl-carousel
        # slides at translate3d(-3640px) on a dev-v2-trafilatura page), not a block never shown
        return STATE if how == STRONG and _TEMPORARY.search(style) else how
    if el.get("hidden") is not None or tag == "dialog" and el.get("open") is None or el.get("popover") is not None:
        # a closed dialog and a popover wait, as display:none does, for the page to open them
        return WEAK
    if rules:
        names = names_of(el) if names is None else names
        hows = [how for n in names for key, how in rules.get(n, ()) if key <= names]
        if hows:
            return max(hows, key=_RANK.__getitem__)
    return None


def _unlabelled(details) -> bool:
    summary = next((c for c in details if tag_of(c) == "summary"), None)
    return summary is None or not LETTER_OR_DIGIT.search("".join(summary.itertext()))




def find_hidden(root, extra_css: str = "") -> list[tuple[Any, str]]:
    """The outermost hidden elements of the page body with how they are hidden; ``extra_css`` is
    style text the page's scripts write (hidden by a rule no served markup holds, v4 §1A3)."""
    styles = _Styles(root, extra_css)
    rules = styles.hiding
    body = root.find("body")
    if body is None:
        body = root
    ink = Ink(body, styles)
    out: list[tuple[object, str]] = []
    # each open element with the paint its children inherit: (colour, background, font px)
    stack = [(body, ink.own(body, names_of(body), (None, None, None)) or (None, None, None))]
    # only a parent of a positioned child can have covered children (covered_boxes reads nothing else)
    positioned = set(_POSITIONED_PARENTS(root))
    while stack:
        el, inherited = stack.pop()
        covered = covered_boxes(el) if el in positioned and len(el) > 1 else ()
        for child in el:
            tag = child.tag
            if tag.__class__ is not str:
                continue
            if covered and child in covered:
                out.append((child, STRONG))
                continue
            names = names_of(child) if child.get("class") or child.get("id") else _NONAMES
            # element_hiding and Ink.own, short-cut for what most elements are: no style, no hiding or
            # paint attribute, no sized box (this walk meets every element of the body: the two calls
            # were 60 % of its time on 150 Chinese dev pages)
            style = child.get("style")
            if style is None and tag not in _ODD_TAGS and child.get("hidden") is None and child.get("popover") is None:
                how = None
                if names and rules and (hows := [h for n in names for key, h in rules.get(n, ()) if key <= names]):
                    how = max(hows, key=_RANK.__getitem__)
            else:
                how = element_hiding(child, rules, names)
            if how:
                out.append((child, how))
                continue
            if names or style is not None or child.get("bgcolor") is not None or child.get("background") is not None \
                    or child.get("color") is not None:
                state = ink.own(child, names, inherited)
            else:
                state = None
            stated = state is not None
            state = state or inherited
            if names and ink.linked and state[1] is inherited[1] and state[1] is not None:
                # a stylesheet we do not have may paint a named box: what shows behind it is unknown
                state = (state[0], UNKNOWN, state[2])
            if stated and ink.unseen(child, state):
                out.append((child, STRONG))
            else:
                stack.append((child, state))
    return out


_NONAMES: set[str] = set()
# tags element_hiding judges by their tag or attributes other than style, hidden and popover
_ODD_TAGS = frozenset(_SIZED_BOXES + ("details", "dialog"))
_POSITIONED_PARENTS = etree.XPath("//*[contains(@style, 'position')]/..")
