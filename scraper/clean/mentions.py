"""Whether a page names a site anywhere outside one of its elements (page-level questions, v15 §12).

"A host nothing else names": no link, script (src or code), frame, image, form, style or address
in the rest of the page's markup spells the site's registrable domain. A site's own widgets, ad
frames and partner bars come with the page's links, scripts or configuration naming their host;
what an intruder drops in names its host only where it stands. Read on the served markup, with
scripts and styles still in the tree.
"""
from __future__ import annotations

from lxml import etree

from core.domains import registrable_domain


class PageMarkup:
    """The page's markup, serialised once and only when first asked (most pages never are)."""

    def __init__(self, root) -> None:
        self.root = root
        self._markup: str | None = None

    @property
    def markup(self) -> str:
        if self._markup is None:
            self._markup = _markup(self.root)
        return self._markup

    def named_outside(self, host: str, el) -> bool:
        """True when the page's markup spells ``host``'s site (registrable domain) outside ``el``."""
        site = registrable_domain(host) or host
        if not site:
            return False
        return self.markup.count(site) > _markup(el).count(site)


def _markup(el) -> str:
    try:
        return etree.tostring(el, encoding="unicode", method="html", with_tail=False).lower()
    except (ValueError, TypeError):
        return ""
