"""Blocks a browser never renders but crawlers read: <noscript> fallbacks and <template> contents.

Returned as hidden elements for ``hijack.remove_hidden_injections`` to judge by what they hold.
"""
from __future__ import annotations

import re
from typing import Any

from scraper.clean.dom import tag_of, text_of
from scraper.clean.hidden import STRONG, WEAK

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
