"""Elements a visitor never sees: hidden by inline style, by a <style> rule, by attribute, or a 1×1 marquee.

Only tells what is hidden and how; hijack.py decides whether a hidden block is an injection.
"""
from __future__ import annotations

import re
from typing import Any

from scraper.clean.dom import tag_of

# How an element is hidden. "weak" hiding (display:none, the hidden attribute) is also how
# menus, tabs and lazy-loaded articles wait for JavaScript; "strong" hiding (off-screen, zero
# size, zero font, opacity 0, clip, 1-pixel marquee) has no use on a news page but to show
# search engines what readers must not see.
WEAK, STRONG = "weak", "strong"

# Off-screen: an offset or text-indent at least this far out is out of every viewport.
OFFSCREEN_PX = 500
# Zero-size boxes: width/height up to this many pixels with overflow hidden hold nothing visible.
TINY_PX = 2

_DECL = re.compile(r"([a-z-]+)\s*:\s*([^;]+)", re.I)
_NUM = re.compile(r"(-?\d+(?:\.\d+)?)\s*(px|em|rem|pt|%|vw|vh)?", re.I)
_STYLE_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_AT_BLOCK = re.compile(r"@(?:media|supports|document)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.I)
_SIMPLE_SELECTOR = re.compile(r"^\s*([a-z0-9]*)((?:[.#][\w-]+)+)\s*$", re.I)
_QUICK = re.compile(r"none|hidden|-\d|:\s*0|clip|opacity|indent|absolute|fixed", re.I)


def _px(value: str) -> float | None:
    m = _NUM.search(value)
    if not m:
        return None
    n = float(m.group(1))
    unit = (m.group(2) or "px").lower()
    return n * 16 if unit in ("em", "rem") else n


def style_hiding(style: str | None) -> str | None:
    """WEAK, STRONG or None for a CSS declaration block."""
    if not style or not _QUICK.search(style):
        return None
    decls = {k.lower(): v.strip().lower().replace("!important", "").strip() for k, v in _DECL.findall(style)}
    get = decls.get
    font_size, opacity = get("font-size"), get("opacity")
    if font_size is not None and (_px(font_size) or 0) <= 0.5:
        return STRONG
    if opacity is not None and (_px(opacity) or 0) == 0 and opacity.startswith(("0", ".0")):
        return STRONG
    indent = _px(get("text-indent", "0"))
    if indent is not None and indent <= -OFFSCREEN_PX:
        return STRONG
    if get("position") in ("absolute", "fixed"):
        for side in ("left", "top", "right", "bottom", "margin-left", "margin-top"):
            v = get(side)
            if v is not None and (_px(v) or 0) <= -OFFSCREEN_PX:
                return STRONG
    if "clip" in decls and re.search(r"rect\(\s*0|inset\(\s*50%", decls["clip"]):
        return STRONG
    if "clip-path" in decls and re.search(r"inset\(\s*50%|circle\(\s*0", decls["clip-path"]):
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


def hidden_selectors(root) -> dict[str, str]:
    """Class/id names hidden by the page's <style> rules: {".cls" or "#id": WEAK|STRONG}.

    Only single compound selectors count (``.x``, ``div#y``); rules inside @media are skipped,
    since responsive layouts hide whole columns on small screens only.
    """
    found: dict[str, str] = {}
    for style in root.iter("style"):
        css = _AT_BLOCK.sub("", style.text or "")
        for selectors, body in _STYLE_BLOCK.findall(css):
            how = style_hiding(body)
            if not how:
                continue
            for sel in selectors.split(","):
                m = _SIMPLE_SELECTOR.match(sel)
                if m:
                    for name in re.findall(r"[.#][\w-]+", m.group(2)):
                        if found.get(name) != STRONG:
                            found[name] = how
    return found


def _dims_tiny(el) -> bool:
    for attr in ("width", "height"):
        v = el.get(attr)
        if v is not None and (px := _px(v)) is not None and px <= TINY_PX:
            return True
    return False


def element_hiding(el, rules: dict[str, str]) -> str | None:
    """How ``el`` itself is hidden (not counting its ancestors), or None."""
    tag = tag_of(el)
    if tag == "marquee" and (_dims_tiny(el) or style_hiding(el.get("style"))):
        return STRONG
    how = style_hiding(el.get("style"))
    if how:
        return how
    if el.get("hidden") is not None:
        return WEAK
    if rules:
        names = ["." + c for c in (el.get("class") or "").split()]
        if el.get("id"):
            names.append("#" + el.get("id"))
        hows = [rules[n] for n in names if n in rules]
        if hows:
            return STRONG if STRONG in hows else WEAK
    return None


def find_hidden(root) -> list[tuple[Any, str]]:
    """The outermost hidden elements of the page body with how they are hidden."""
    rules = hidden_selectors(root)
    body = root.find("body")
    if body is None:
        body = root
    out: list[tuple[object, str]] = []
    stack = [body]
    while stack:
        el = stack.pop()
        for child in el:
            if not isinstance(child.tag, str):
                continue
            how = element_hiding(child, rules)
            if how:
                out.append((child, how))
            else:
                stack.append(child)
    return out
