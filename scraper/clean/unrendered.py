"""Content a browser never renders but crawlers read, judged by what it holds whatever its tag.

<noscript> fallbacks and <template> contents are never shown; a frame's own document (``srcdoc``)
and a form field's text are shown only in the box the page gives them, so when that box is
hidden or of zero size (hidden.py says so), nobody sees them. v3 (noscript), v4 (template) and
v5 (0×0 srcdoc frame, hidden textarea, 0×0 svg) each parked a link farm in the next such tag:
this module parses what they hold into the tree (a srcdoc, a textarea's markup) and returns the
blocks for ``hijack.remove_hidden_injections`` to judge by what they hold, as hidden elements.
"""
from __future__ import annotations

import re
from typing import Any

from scraper.clean.dom import parse_html, tag_of, text_of
from scraper.clean.hidden import STRONG, WEAK

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
        inside.update(el.iter("iframe", "frame", "canvas"))
        if held and tag_of(el) in ("iframe", "frame", "textarea"):
            # the frame's document or the field's markup is never shown as a page: its links are
            # for crawlers only, however the box is hidden (display:none or 0×0)
            how = STRONG
        out.append((el, how))
    # Shown boxes whose own content no browser renders: a frame's inner text (the fallback of
    # browsers without frames, read as raw text) and a canvas's children (the fallback of
    # browsers without canvas). A farm of links there is for crawlers.
    for el in root.iter("iframe", "frame", "canvas"):
        if el in inside:
            continue
        if tag_of(el) == "canvas" or _expose(el, el.text):
            if sum(1 for _ in el.iter("a")) >= MIN_NOSCRIPT_LINKS:
                out.append((el, STRONG))
    return out + noscript_links(root, hidden) + template_blocks(root, hidden)


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
