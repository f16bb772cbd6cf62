"""The little of CSS the cleaner reads: numbers, declaration blocks, the style rules of a sheet
and the class/id names an element offers to selectors. Linear-time by construction (see css_rules)."""
from __future__ import annotations

import functools
import re

from lxml import etree

# a number as CSS writes it: "-.5em", "-1.5e8px" (a script-written off-screen rule of v4 §1A3 used an exponent)
NUM = re.compile(r"(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|em|rem|pt|%|vw|vh)?", re.I)
_BRACE = re.compile(r"[{}]")
# A box pinned to the viewport (a modal, an ad bar), whatever its name.
FIXED_POSITION = re.compile(r"position\s*:\s*fixed", re.I)
_PROPERTY_CHARS = "abcdefghijklmnopqrstuvwxyz-"
SIMPLE_SELECTOR = re.compile(r"^\s*([a-z0-9]*)((?:[.#][\w-]+)+)\s*$", re.I)


def px(value: str) -> float | None:
    """A CSS length in pixels (em/rem at 16px; other units as written), None if no number.

    A custom property's value is unknown: ``var(--font-size-0)`` names step 0 of a site's type
    scale, not a zero size (read as 0 it hid a whole article, v6 fundus collapse at F1 0.00).
    """
    if "var(" in value or "env(" in value:
        return None
    m = NUM.search(value)
    if not m:
        return None
    n = float(m.group(1))
    unit = (m.group(2) or "px").lower()
    return n * 16 if unit in ("em", "rem") else n


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


FULL_SIZE = ("100%", "100vw", "100vh")
# The sides of a box pinned to the window edges: a box with all four at 0 covers the viewport.
_EDGES = ("top", "right", "bottom", "left")


def fills_window(decls: dict[str, str]) -> bool:
    """Whether a fixed box's declarations lay it over the whole window: full width and height,
    ``inset:0``, or pinned to all four edges (a frame a script builds, inserted.covers_viewport;
    a served box, pinned.viewport_covers)."""
    full = decls.get("width", "").replace(" ", "") in FULL_SIZE and decls.get("height", "").replace(" ", "") in FULL_SIZE
    inset = decls.get("inset", "").replace("px", "").strip() == "0"
    edges = all(at_zero(decls, e) for e in _EDGES)
    return full or inset or edges


def at_zero(decls: dict[str, str], edge: str) -> bool:
    """Whether a box's declarations set its ``edge`` (top, right, bottom, left) at 0."""
    return decls.get(edge, "").replace("px", "").strip() == "0"


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


COMBINATORS = re.compile(r"[\s>+~]+")
NAMES = re.compile(r"[.#][\w-]+")




def names_of(el) -> set[str]:
    """The ``.class`` and ``#id`` names of ``el``, as selectors spell them."""
    names = {"." + c for c in (el.get("class") or "").split()}
    if el.get("id"):
        names.add("#" + el.get("id"))
    return names


# The pages of one site carry the same inline stylesheets (a crawl cleans them one after another,
# a worker many): a sheet's rules are read once per this many distinct sheets.
SHEET_CACHE = 32


@functools.lru_cache(maxsize=SHEET_CACHE)
def sheet_rules(css: str) -> tuple[tuple[str, str, bool, tuple[frozenset[str], ...]], ...]:
    """(selector list, declaration block, conditional, the names each single compound selector
    of the list requires) of every rule of a stylesheet (css.css_rules)."""
    out = []
    for selectors, body, conditional in css_rules(css):
        simple = () if conditional else tuple(frozenset(NAMES.findall(m.group(2))) for sel in selectors.split(",")
                                              if (m := SIMPLE_SELECTOR.match(sel)))
        out.append((selectors, body, conditional, simple))
    return tuple(out)


_IDS = etree.XPath("//@id", smart_strings=False)
_CLASSES = etree.XPath("//@class", smart_strings=False)


def page_names(root) -> set[str]:
    """Every ``.class`` and ``#id`` name the page's elements carry (read by XPath, in C)."""
    names = {"#" + i for i in _IDS(root)}
    names.update("." + c for c in " ".join(set(_CLASSES(root))).split())
    return names
