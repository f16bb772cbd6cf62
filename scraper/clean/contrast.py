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

# Colours this close (largest difference of one RGB channel, 0–255) are one colour to the eye:
# the stuffing seen writes exactly the background's colour (#fff on #fff, v4 §1E), look-alikes
# differ by a step or two (#fefefe). Pale captions on white differ by 40 and more (#ccc: 51).
SAME_COLOUR = 6
# ...and with a font of hidden.TINY_FONT_PX or less, this close is unreadable too (#eee 2px on #fff).
NEAR_COLOUR = 24
# Ink with this much opacity or less draws nothing (color: transparent, rgba(…, 0)).
INVISIBLE_ALPHA = 0.02

UNKNOWN = "?"  # paint decided by a rule this reader cannot apply
_SPLIT = re.compile(r"\s+(?![^(]*\))")  # spaces outside parentheses: the words of a shorthand
PAINT_PROPERTIES = ("color", "background", "background-color", "background-image")


def _colour(value: str):
    """An RGBA of a CSS colour value; UNKNOWN for what needs the cascade (inherit, var(), currentcolor)."""
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
        if "url(" in value or "gradient" in value or "var(" in value:
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
