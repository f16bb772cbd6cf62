"""Elements a visitor never sees: hidden by inline style, by a <style> rule, by attribute, or a 1×1 marquee.

Only tells what is hidden and how; hijack.py decides whether a hidden block is an injection.
"""
from __future__ import annotations

import re
from typing import Any

from scraper.clean.contrast import UNKNOWN, invisible_ink, paint
from scraper.clean.dom import tag_of, text_of

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
# Zero-size boxes: width/height up to this many pixels with overflow hidden hold nothing visible.
TINY_PX = 2

# a number as CSS writes it: "-.5em", "-1.5e8px" (a script-written off-screen rule of v4 §1A3 used an exponent)
_NUM = re.compile(r"(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|em|rem|pt|%|vw|vh)?", re.I)
_BRACE = re.compile(r"[{}]")
_PROPERTY_CHARS = "abcdefghijklmnopqrstuvwxyz-"
_SIMPLE_SELECTOR = re.compile(r"^\s*([a-z0-9]*)((?:[.#][\w-]+)+)\s*$", re.I)
_QUICK = re.compile(r"none|hidden|collapse|-\.?\d|:\s*\.?0|clip|opacity|indent|absolute|fixed|scale", re.I)
# Scaled down to this factor or less, a box and its text shrink below a pixel: transform:scale(0)
# or scale(0.01) lists (v4 §1 "transform scale(0) list", caught only by their promo anchors). Zoom
# and pop-in effects scale between 0.8 and 1.2; their start state is animated (a STATE, below).
MAX_HIDING_SCALE = 0.05
# Opacity at or below this is no visible ink (1% black on white is #fcfcfc); up to
# FAINT_OPACITY it hides only together with a font of TINY_FONT_PX or less (10% grey 2px text).
INVISIBLE_OPACITY = 0.02
FAINT_OPACITY = 0.1
# A font this small is unreadable but not absent; it hides text together with faint ink or a
# colour equal to the background (v4 §1E: 2px text in the background's colour). Footnotes and
# legal small print go down to 9–10px.
TINY_FONT_PX = 3
_TRANSFORM = re.compile(r"(scale|translate)(3d|x|y|z)?\(([^)]*)\)", re.I)


def _px(value: str) -> float | None:
    m = _NUM.search(value)
    if not m:
        return None
    n = float(m.group(1))
    unit = (m.group(2) or "px").lower()
    return n * 16 if unit in ("em", "rem") else n


def _transform_hides(value: str) -> bool:
    """True when a transform shrinks the box to nothing or moves it out of every viewport."""
    for m in _TRANSFORM.finditer(value):
        kind, args = m.group(1).lower(), [a for a in re.split(r"[\s,]+", m.group(3).strip()) if a]
        if kind == "scale":
            for a in args[:2]:
                f = _px(a)
                if f is not None and abs(f) <= MAX_HIDING_SCALE and not a.endswith("%"):
                    return True
        else:
            # absolute lengths only: translateX(-100%) is a drawer closed beside the screen
            for a in args[:2]:
                m2 = _NUM.match(a)
                if m2 and m2.group(2) not in ("%", "vw", "vh") and (_px(a) or 0) <= -OFFSCREEN_PX:
                    return True
    return False


def declarations(style: str) -> dict[str, str]:
    """property → value (lower case, !important dropped) of a CSS declaration block.

    Split on ";" and ":" rather than matched with a regex: a pattern such as
    ``([a-z-]+)\\s*:`` backtracks quadratically over a long run of letters without a colon.
    """
    decls = {}
    for piece in style.split(";"):
        name, colon, value = piece.partition(":")
        words = name.split()
        name = words[-1].lower() if words else ""
        if colon and name and not name.strip(_PROPERTY_CHARS):
            decls[name] = value.strip().lower().replace("!important", "").strip()
    return decls


def style_hiding(style: str | None, fonts: bool = True) -> str | None:
    """WEAK, STRONG or None for a CSS declaration block (``fonts``: a zero font size hides)."""
    if not style or not _QUICK.search(style):
        return None
    decls = declarations(style)
    get = decls.get
    opacity = get("opacity")
    size = _px(get("font-size", ""))  # None for keywords (x-small, smaller, inherit): those are visible
    if fonts and size is not None and size <= 0.5:
        return STRONG
    alpha = _px(opacity) if opacity is not None and opacity[:1] in "0." else None
    if alpha is not None and (alpha <= INVISIBLE_OPACITY
                              or alpha <= FAINT_OPACITY and fonts and size is not None and size <= TINY_FONT_PX):
        return STRONG
    if "transform" in decls and _transform_hides(decls["transform"]):
        return STRONG
    indent = _px(get("text-indent", "0"))
    if indent is not None and (indent <= -OFFSCREEN_PX or get("text-indent", "").endswith("%") and indent <= -100):
        return STRONG
    if get("position") in ("absolute", "fixed"):
        for side in ("left", "top", "right", "bottom", "margin-left", "margin-top"):
            v = get(side)
            if v is not None and (_px(v) or 0) <= -OFFSCREEN_PX:
                return STRONG
    if "clip" in decls and _CLIP.search(decls["clip"]):
        return STRONG
    if "clip-path" in decls and _CLIP_PATH.search(decls["clip-path"]):
        return STRONG
    overflow_hidden = "hidden" in get("overflow", "")
    for dim in ("width", "height", "max-height", "max-width"):
        v = get(dim)
        if v is not None and overflow_hidden and (px := _px(v)) is not None and px <= TINY_PX:
            return STRONG
    if get("display") == "none":
        return WEAK
    if get("visibility") in ("hidden", "collapse"):
        return WEAK
    return None


# Clips that leave nothing (or one pixel) of the box: rect(0…)/rect(1px,1px,1px,1px), a zero
# circle or ellipse, inset of half the box or more, a polygon whose points all coincide at 0 0.
_CLIP = re.compile(r"rect\(\s*0|rect\(\s*1px[\s,]+1px[\s,]+1px[\s,]+1px", re.I)
_CLIP_PATH = re.compile(r"inset\(\s*(?:[5-9]\d|100)%|(?:circle|ellipse)\(\s*0(?:px|%)?\s*(?:0(?:px|%)?\s*)?(?:at|\))"
                        r"|polygon\(\s*0(?:px|%)?\s+0(?:px|%)?\s*(?:,\s*0(?:px|%)?\s+0(?:px|%)?\s*)*\)", re.I)


def _without_comments(css: str) -> str:
    """The stylesheet without /* comments */ (an unclosed one runs to the end), in one pass."""
    if "/*" not in css:
        return css
    out, i = [], 0
    while True:
        j = css.find("/*", i)
        if j < 0:
            out.append(css[i:])
            break
        out.append(css[i:j])
        k = css.find("*/", j + 2)
        if k < 0:
            break
        i = k + 2
    return " ".join(out)


# At-rules whose blocks hold style rules that apply only under a condition (a breakpoint, a
# feature, a container size) or in a cascade layer; the blocks of any other at-rule (@font-face,
# @keyframes, @page) hold no style rules.
_GROUP_RULES = ("@media", "@supports", "@container", "@layer", "@document")


def css_rules(css: str):
    """(selector list, declaration block, conditional) of each style rule, in one linear pass.

    ``conditional``: the rule sits inside @media/@supports/@container (it applies on some screens
    or browsers only). Rules inside other at-rules, and rules holding nested rules, are skipped;
    a block left open at the end runs to the end, as CSS error recovery says. Written by hand
    because the regex it replaces backtracked for seconds over an unclosed block, and tinycss2 (a
    full tokenizer) takes 145 ms on the 0.6 MB stylesheets of WeChat pages, ten times a whole
    page's cleaning; braces inside CSS strings are not special-cased (never seen).
    """
    css = _without_comments(css)
    # the open blocks, innermost last: [kind ("rule", "group", "skip"), prelude, body start, has nested block]
    stack: list[list] = []
    conditional = skipping = 0  # how many open blocks are conditional groups / skipped
    start = 0
    for m in _BRACE.finditer(css):
        if m.group() == "{":
            prelude = css[start:m.start()].rsplit(";", 1)[-1].strip()  # after "@import x;"
            if stack and stack[-1][0] == "rule":
                stack[-1][3] = True
            if skipping or stack and stack[-1][0] == "rule":
                kind = "skip"
            elif prelude.startswith("@"):
                kind = "group" if prelude.split(None, 1)[0].lower().startswith(_GROUP_RULES) else "skip"
            else:
                kind = "rule"
            skipping += kind == "skip"
            conditional += kind == "group" and not prelude.lower().startswith("@layer")
            stack.append([kind, prelude, m.end(), False])
        elif stack:
            kind, prelude, body_start, nested = stack.pop()
            skipping -= kind == "skip"
            conditional -= kind == "group" and not prelude.lower().startswith("@layer")
            if kind == "rule" and not nested and prelude:
                yield prelude, css[body_start:m.start()], conditional > 0
        start = m.end()
    if stack and stack[-1][0] == "rule" and not stack[-1][3] and stack[-1][1]:
        yield stack[-1][1], css[stack[-1][2]:], conditional > 0


# A rule that animates its hiding away (a fade-in's start state, a sliding drawer) or a rule that
# shows again what another hides (a state class, :hover, a breakpoint): the hiding is a moment of
# the page's interface, not something a reader is never meant to see.
_TEMPORARY = re.compile(r"(?:^|[;\s])(?:-[a-z]+-)?(?:transition|animation)[a-z-]*\s*:", re.I)
_REVEALING = ("display", "opacity", "visibility", "height", "max-height", "left", "right", "top", "transform",
              "clip", "clip-path", "text-indent", "margin-left", "margin-top")
_COMBINATORS = re.compile(r"[\s>+~]+")
_NAMES = re.compile(r"[.#][\w-]+")


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
            shown.update(names.intersection(_NAMES.findall(_COMBINATORS.split(sel.strip())[-1])))
    return shown


class _Styles:
    """What the page's stylesheets say, read in one pass: ``hiding`` (see hidden_selectors),
    ``paint``: {name: [(required names, colour, background, font px)]} of single compound rules
    that set colours or a font size, ``unsure``: names and tags that other rules paint (a
    descendant selector, a breakpoint), whose colours are therefore unknown here."""

    def __init__(self, root, extra_css: str = "") -> None:
        found: dict[frozenset[str], str] = {}
        others: list[tuple[str, str]] = []  # the rules that hide nothing: may show a name again
        self.paint: dict[str, list[tuple[frozenset[str], object, object, float | None]]] = {}
        self._painting: list[str] = []  # selector lists of the other rules that set colours
        self._unsure: set[str] | None = None
        for css in [style.text or "" for style in root.iter("style")] + [extra_css]:
            for selectors, body, conditional in css_rules(css):
                if "color" in body or "background" in body or "font-size" in body:
                    self._read_paint(selectors, body, conditional)
                how = None if conditional else style_hiding(body)
                if not how:
                    others.append((selectors, body))
                    continue
                if how == STRONG and (_TEMPORARY.search(body) or not style_hiding(body, fonts=False)):
                    how = STATE
                for sel in selectors.split(","):
                    m = _SIMPLE_SELECTOR.match(sel)
                    if m:
                        key = frozenset(_NAMES.findall(m.group(2)))
                        if _RANK[how] > _RANK.get(found.get(key, ""), 0):
                            found[key] = how
        shown = _shown_again({name for key, how in found.items() if how == STRONG for name in key}, others)
        self.hiding: dict[str, list[tuple[frozenset[str], str]]] = {}
        for key, how in found.items():
            if how == STRONG and key & shown:
                how = STATE
            for name in key:
                self.hiding.setdefault(name, []).append((key, how))

    def _read_paint(self, selectors: str, body: str, conditional: bool) -> None:
        simple = [] if conditional else [m for sel in selectors.split(",") if (m := _SIMPLE_SELECTOR.match(sel))]
        if not simple or len(simple) < selectors.count(",") + 1:
            if "color" in body or "background" in body:
                self._painting.append(selectors)
            if not simple:
                return
        decls = declarations(body)
        colour, background = paint(decls)
        font = _px(decls["font-size"]) if "font-size" in decls else None
        if colour is None and background is None and font is None:
            return
        for m in simple:
            key = frozenset(_NAMES.findall(m.group(2)))
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
                    last = _COMBINATORS.split(sel.strip())[-1]
                    self._unsure.update(_NAMES.findall(last))
                    tag = _TAG.match(last)
                    if tag:
                        self._unsure.add(tag.group().lower())
        return self._unsure


_TAG = re.compile(r"[a-z][a-z0-9]*", re.I)


def hidden_selectors(root, extra_css: str = "") -> dict[str, list[tuple[frozenset[str], str]]]:
    """Class/id names the page's <style> rules hide, indexed by each name:
    {".a": [(the names the compound selector requires (``.a.b`` → {".a", ".b"}), WEAK|STRONG|STATE)]}.

    Only single compound selectors count (``.x``, ``div#y.z``), and never rules inside @media
    (responsive layouts hide whole columns on small screens only). Strong hiding is a STATE when
    it is animated (transition/animation), when another rule shows the name again (a state class,
    :hover, [aria-expanded], a breakpoint), or when it is only a zero font size (inline-block rows
    close their gaps so; their items set their own size). ``extra_css``: style text the page's
    scripts add (read after the page's own <style> elements, as a script appends to <head>).
    """
    return _Styles(root, extra_css).hiding


_RANK = {WEAK: 1, STATE: 2, STRONG: 3}


def _dims_tiny(el) -> bool:
    for attr in ("width", "height"):
        v = el.get(attr)
        if v is not None and (px := _px(v)) is not None and px <= TINY_PX:
            return True
    return False


def _names(el) -> set[str]:
    names = {"." + c for c in (el.get("class") or "").split()}
    if el.get("id"):
        names.add("#" + el.get("id"))
    return names


def element_hiding(el, rules: dict[str, list[tuple[frozenset[str], str]]], names: set[str] | None = None) -> str | None:
    """How ``el`` itself is hidden (not counting its ancestors), or None; ``names``: its class
    and id names when already known."""
    tag = tag_of(el)
    if tag in ("marquee", "iframe", "frame") and (_dims_tiny(el) or style_hiding(el.get("style"))):
        return STRONG
    style = el.get("style")
    how = style_hiding(style)
    if how:
        # moved or shrunk with a transition: a slider's or a drawer's current frame (owl-carousel
        # slides at translate3d(-3640px) on a dev-v2-trafilatura page), not a block never shown
        return STATE if how == STRONG and _TEMPORARY.search(style) else how
    if el.get("hidden") is not None:
        return WEAK
    if rules:
        names = _names(el) if names is None else names
        hows = [how for n in names for key, how in rules.get(n, ()) if key <= names]
        if hows:
            return max(hows, key=_RANK.__getitem__)
    return None


def find_hidden(root, extra_css: str = "") -> list[tuple[Any, str]]:
    """The outermost hidden elements of the page body with how they are hidden; ``extra_css`` is
    style text the page's scripts write (hidden by a rule no served markup holds, v4 §1A3)."""
    styles = _Styles(root, extra_css)
    rules = styles.hiding
    body = root.find("body")
    if body is None:
        body = root
    ink = _Ink(body, styles)
    out: list[tuple[object, str]] = []
    # each open element with the paint its children inherit: (colour, background, font px)
    stack = [(body, ink.own(body, _names(body), (None, None, None)) or (None, None, None))]
    while stack:
        el, inherited = stack.pop()
        for child in el:
            if not isinstance(child.tag, str):
                continue
            names = _names(child) if child.get("class") or child.get("id") else _NO_NAMES
            how = element_hiding(child, rules, names)
            if how:
                out.append((child, how))
                continue
            state = ink.own(child, names, inherited)
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


_NO_NAMES: set[str] = set()


class _Ink:
    """The paint of each element as the walk of find_hidden meets it (contrast.py reads colours)."""

    def __init__(self, body, styles: _Styles) -> None:
        self.body, self.styles = body, styles
        # the page links stylesheets (or imports them): a class or id this reader has no rule for
        # may still be painted (a footer's dark band: dev-v2-trafilatura, text in the body's colour)
        root = body.getroottree().getroot()
        self.linked = any("stylesheet" in (link.get("rel") or "").lower() for link in root.iter("link")) or any(
            "@import" in (style.text or "") for style in root.iter("style"))
        self._painted_below: set | None = None  # elements holding a descendant that sets its own paint

    def own(self, el, names: set[str], inherited: tuple) -> tuple | None:
        """(colour, background, font px) of ``el`` with what it inherits, or None when it states none."""
        colour = background = font = None
        said = False
        # presentational attributes (<td bgcolor>, <font color>, <table background=image>) paint
        # too, below any CSS: old gov templates draw white navigation on bgcolor bands so
        if el.get("bgcolor") or el.get("background") or el.get("color"):
            colour, background = paint({"color": el.get("color") or "",
                                        "background": el.get("bgcolor") or "",
                                        "background-image": "url()" if el.get("background") else ""})
            said = colour is not None or background is not None
        if names and self.styles.paint:
            for n in names:
                for key, c, bg, f in self.styles.paint.get(n, ()):
                    if key <= names:
                        colour, background, font = c or colour, bg or background, f if f is not None else font
                        said = True
        style = el.get("style")
        if style and ("color" in style or "background" in style or "font-size" in style):
            decls = declarations(style)
            c, bg = paint(decls)
            colour, background = c or colour, bg or background
            if "font-size" in decls:
                font = _px(decls["font-size"])
            said = said or c is not None or bg is not None or "font-size" in decls
        if not said:
            return None
        return (colour if colour is not None else inherited[0], background if background is not None else inherited[1],
                font if font is not None else inherited[2])

    def unseen(self, el, state: tuple) -> bool:
        """True when ``el``'s paint makes its text invisible, nothing inside paints again, and no
        rule this reader cannot apply paints it or an element around it."""
        if not invisible_ink(state[0], state[1], state[2], TINY_FONT_PX) or el.find(".//img") is not None \
                or not "".join(el.itertext()).strip():
            return False  # ink matters for text only (Next.js writes color:transparent on every <img>)
        unsure = self.styles.unsure
        if self._painted_below is None:
            self._painted_below = set()
            for d in self.body.iterdescendants():
                if isinstance(d.tag, str) and (d.tag in unsure or (d.get("class") or d.get("id") or d.get("style")
                                                                   or d.get("bgcolor") or d.get("color")) and (
                        _names(d) & unsure or self.own(d, _names(d), (None, None, None)) is not None)):
                    p = d.getparent()
                    while p is not None and p not in self._painted_below:  # each ancestor marked once: linear
                        self._painted_below.add(p)
                        p = p.getparent()
        if el in self._painted_below:
            return False
        if unsure:
            node = el
            while node is not None:  # a candidate is rare: its ancestors are read once
                if node.tag in unsure or _names(node) & unsure:
                    return False
                node = node.getparent()
        return True


# A <noscript> block holding at least this many links and nothing but their texts is judged as a
# hidden block: readers with scripts (all of them) never see it, and search engines read it. The
# fallbacks sites write there hold a frame (tag managers), an image (analytics pixels) or a
# sentence ("enable JavaScript"); a single link is a widget's "powered by" fallback. Judged as
# weakly hidden (as display:none): sites also park their sister-site menus there (dev-dragnet's
# CBS network list), so structure alone does not condemn it, its words or hosts must.
MIN_NOSCRIPT_LINKS = 2


def noscript_links(root, hidden: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The <noscript> blocks outside the ``hidden`` elements that hold only text links and fall
    back from no script next to them, as weakly hidden elements: what
    ``hijack.remove_hidden_injections`` judges as link farms."""
    inside = {d for el, _ in hidden for d in el.iter("noscript")}
    out: list[tuple[Any, str]] = []
    for el in root.iter("noscript"):
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
        out.append((el, WEAK))
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
