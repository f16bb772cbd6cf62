"""Text drawn in its background's colour (or in no colour at all): hidden though nothing hides its box.

Only the paint (``color``, ``background``) a page states plainly is read: inline styles and
stylesheet rules on one compound selector (``.a``, ``p#b.c``). Where a rule this reader cannot
apply paints an element (a descendant selector, a breakpoint, a background image), its colours
are unknown and nothing is judged there: a light footer link on a dark band set by
``.footer .links {background:#333}`` must not read as white on white.
"""
from __future__ import annotations

import re

from tinycss2.color3 import parse_color

from scraper.clean.css import declarations, names_of, px

# Colours this close (largest difference of one RGB channel, 0–255) are one colour to the eye:
# the stuffing seen writes exactly the background's colour (#fff on #fff, v4 §1E), look-alikes
# differ by a step or two (#fefefe). Pale captions on white differ by 40 and more (#ccc: 51).
SAME_COLOUR = 6
# ...and with a font of hidden.TINY_FONT_PX or less, this close is unreadable too (#eee 2px on #fff).
NEAR_COLOUR = 24
# A font this small is unreadable but not absent; it hides text together with faint ink or a
# colour equal to the background (v4 §1E: 2px text in the background's colour). Footnotes and
# legal small print go down to 9–10px.
TINY_FONT_PX = 3
# A font this small draws no letters at all, whatever its colour: a glyph two pixels high has no
# strokes to tell apart, so the text is drawn invisibly as surely as in the background's colour
# (v10: off-site links in a 1px white footer line). Legal small print and footnotes stay at 9px
# and above; rows that shrink their font to close the gaps between inline blocks set their items'
# own size (``Ink.unseen`` leaves an element alone when something inside paints again).
UNREADABLE_FONT_PX = 2
# Ink with this much opacity or less draws nothing (color: transparent, rgba(…, 0)).
INVISIBLE_ALPHA = 0.02

UNKNOWN = "?"  # paint decided by a rule this reader cannot apply
# A background shorthand longer than this is no colour we can read (real ones: under 100
# characters); the bound also keeps the split below linear on hostile values.
MAX_SHORTHAND = 300
_SPLIT = re.compile(r"\s+(?![^(]*\))")  # spaces outside parentheses: the words of a shorthand


def _colour(value: str):
    """An RGBA of a CSS colour value; UNKNOWN for what needs the cascade (inherit, var(), currentcolor)."""
    if len(value) > MAX_SHORTHAND:
        return UNKNOWN
    c = parse_color(value.strip())
    return c if c is not None and not isinstance(c, str) else UNKNOWN


def paint(decls: dict[str, str]) -> tuple[object, object]:
    """(text colour, background colour) a declaration block states: None where it says nothing,
    UNKNOWN where it says something not comparable (an image, a variable); a transparent
    background says nothing (the one behind shows through)."""
    colour = _colour(decls["color"]) if decls.get("color") else None
    background: object = None
    for prop in ("background", "background-color"):  # the longhand, later, wins
        value = decls.get(prop)
        if not value:
            continue
        if "url(" in value or "gradient" in value or "var(" in value or len(value) > MAX_SHORTHAND:
            background = UNKNOWN
            continue
        found = None
        for word in _SPLIT.split(value):
            c = parse_color(word)
            if c is not None and not isinstance(c, str):
                found = c
        if found is not None:
            background = None if found.alpha <= INVISIBLE_ALPHA else found
    image = decls.get("background-image")
    if image and image != "none":
        background = UNKNOWN
    return colour, background


def _over(top, below):
    """The colour a translucent background ``top`` shows over the one ``below`` it (UNKNOWN when
    that is not stated): its own colour only in part. A grey band at 40% over a white overlay
    is light grey, and grey text on it reads (dev-v19-articlex cbssports: an ad-block notice's
    "Contact support" link, rgba(153,153,153,1) on rgba(153,153,153,0.4), read as drawn in its
    background's colour and as a hidden link written by a script, on 2 clean pages)."""
    if below is None or below is UNKNOWN:
        return UNKNOWN
    a = top.alpha
    return top._replace(red=a * top.red + (1 - a) * below.red, green=a * top.green + (1 - a) * below.green,
                        blue=a * top.blue + (1 - a) * below.blue, alpha=1.0)


def _distance(a, b) -> float:
    return 255 * max(abs(a.red - b.red), abs(a.green - b.green), abs(a.blue - b.blue))


def invisible_ink(colour, background, font_px: float | None, tiny_font_px: float) -> bool:
    """True when text in ``colour`` on ``background`` (both stated, None/UNKNOWN if not) cannot
    be seen: no ink at all, the background's own colour, or nearly it in a tiny font."""
    if colour is None or colour is UNKNOWN:
        return False
    if colour.alpha <= INVISIBLE_ALPHA:
        return True
    if background is None or background is UNKNOWN:
        return False
    d = _distance(colour, background)
    return d <= SAME_COLOUR or d <= NEAR_COLOUR and font_px is not None and font_px <= tiny_font_px


class Ink:
    """The paint of each element as the walk of find_hidden meets it (contrast.py reads colours)."""

    def __init__(self, body, styles) -> None:
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
                font = px(decls["font-size"])
            said = said or c is not None or bg is not None or "font-size" in decls
        if not said:
            return None
        if getattr(background, "alpha", 1.0) < OPAQUE_ALPHA:  # (None and UNKNOWN have none)
            background = _over(background, inherited[1])
        return (colour if colour is not None else inherited[0], background if background is not None else inherited[1],
                font if font is not None else inherited[2])

    def unseen(self, el, state: tuple) -> bool:
        """True when ``el``'s paint makes its text invisible, nothing inside paints again, and no
        rule this reader cannot apply paints it or an element around it."""
        unreadable = state[2] is not None and 0 < state[2] <= UNREADABLE_FONT_PX  # (0: a zero font, hidden.py's)
        if not (invisible_ink(state[0], state[1], state[2], TINY_FONT_PX) or unreadable) or el.find(".//img") is not None \
                or not "".join(el.itertext()).strip():
            return False  # ink matters for text only (Next.js writes color:transparent on every <img>)
        unsure = self.styles.unsure
        if self._painted_below is None:
            self._painted_below = set()
            for d in self.body.iterdescendants():
                if isinstance(d.tag, str) and (d.tag in unsure or (d.get("class") or d.get("id") or d.get("style")
                                                                   or d.get("bgcolor") or d.get("color")) and (
                        names_of(d) & unsure or self.own(d, names_of(d), (None, None, None)) is not None)):
                    p = d.getparent()
                    while p is not None and p not in self._painted_below:  # each ancestor marked once: linear
                        self._painted_below.add(p)
                        p = p.getparent()
        if el in self._painted_below:
            return False
        if unsure:
            node = el
            while node is not None:  # a candidate is rare: its ancestors are read once
                if node.tag in unsure or names_of(node) & unsure:
                    return False
                node = node.getparent()
        return True


# Stacking: a positioned box painted over by an empty positioned sibling with an opaque
# background is drawn, then covered (v5 §1C: a farm at z-index:-1 under a white box the size of
# its row). Only inline styles are read; a cover needs a size (a width of at least this many
# pixels or a percentage) to cover anything.
MIN_COVER_PX = 10
# A background with less opacity than this lets the one behind it show through: a cover of it
# covers nothing, and text on it is read against the blend (Ink.own, _over).
OPAQUE_ALPHA = 0.95


def covered_boxes(children) -> list:
    """The positioned ``children`` (of one parent) that a later or higher positioned sibling, empty
    and painted with an opaque background, covers."""
    boxes = []
    for i, child in enumerate(children):
        style = child.get("style") if isinstance(child.tag, str) else None
        if not style or "position" not in style:
            continue
        decls = declarations(style)
        if decls.get("position") not in ("absolute", "fixed"):
            continue
        z = px(decls.get("z-index", "0")) or 0
        boxes.append((z, i, child, decls))
    covers = [(z, i, decls) for z, i, child, decls in boxes if _is_cover(child, decls)]
    return [child for z, i, child, decls in boxes
            if any((zc, ic) > (z, i) and _same_place(dc, decls) for zc, ic, dc in covers)] if covers else []


def _same_place(cover: dict[str, str], box: dict[str, str]) -> bool:
    """True when ``cover`` starts where ``box`` does and is at least as wide (as far as inline styles say)."""
    if any(_offset(cover.get(side)) != _offset(box.get(side)) for side in ("top", "left")):
        return False
    width, other = cover.get("width", ""), box.get("width", "")
    return width == "100%" or bool(other) and (px(width) or 0) >= (px(other) or 0) > 0


def _offset(value: str | None) -> float | None:
    return 0.0 if value in (None, "", "auto") else px(value)


def _is_cover(el, decls: dict[str, str]) -> bool:
    if len(el) or (el.text or "").strip():
        return False
    background = paint(decls)[1]
    if background is None or background is UNKNOWN or getattr(background, "alpha", 0) < OPAQUE_ALPHA:
        return False
    width, height = decls.get("width", ""), decls.get("height", "")
    return all(v.endswith("%") or (px(v) or 0) >= MIN_COVER_PX for v in (width, height) if v) and bool(width or height)
