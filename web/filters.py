"""Template filters: the only places where archived data becomes markup, each from escaped parts.

``safe_url`` decides which archived URLs may be links (http and https only: never
``javascript:``, ``data:`` or anything a browser would run); ``marked`` turns a search snippet's
match spans into ``<mark>`` around escaped text; the rest format times and labels.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from flask import Flask
from markupsafe import Markup, escape

from archive.runs import health_labels
from archive.search import Snippet
from core import i18n
from core.durations import elapsed
from core.i18n import N_
from core.sizes import format_size

# Control characters and whitespace have no place in a link we render (browsers strip some of
# them, which is how "java\tscript:" slips past naive checks).
_UNSAFE_URL_CHARS = re.compile(r"[\x00-\x20\x7f-\x9f]")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

# What each kind of finding means, for archivists (scraper.clean records the kinds).
FINDING_KINDS = {
    "spam_title": N_("Spam in the page title: gambling words or a casino name replaced or prefixed the real title."),
    "hidden_links": N_("A hidden block of links to other sites (a link farm): invisible to readers, read by search "
                       "engines."),
    "hidden_text": N_("Hidden text carrying gambling spam."),
    "spam_link": N_("A link to a gambling site injected into the page."),
    "spam_script": N_("A script loaded from a spam domain."),
    "js_cloak": N_("A script that sends visitors arriving from a search engine to a gambling site (cloaking)."),
    "obfuscated_script": N_("An encoded script hiding what it does (escaped characters, String.fromCharCode…)."),
    "packed_script": N_("A packed (eval-compressed) script."),
    "meta_stuffing": N_("Gambling keywords stuffed into the page's meta tags."),
    "spliced_brand": N_("Casino names spliced into the text, byline, 来源 or footer; cut from the clean article."),
    "click_trap": N_("An invisible box laid over the whole page that sends a click anywhere on it to another site."),
    "js_redirect": N_("A script or meta refresh that sends visitors to another site (from cloaking or hidden code)."),
    "spam_text": N_("A line of gambling or porn keywords in the article text, removed."),
    "spun_copy": N_("The article is a spun copy of somebody else's news: converted to traditional script with a "
                    "pinyin reading after its characters, as parasite pages on hijacked sites are."),
    "mirror_copy": N_("The page is a copy of somebody else's page (a mirror): its generator left traces no site "
                      "writes (empty tags stamped with made-up values, commas doubled, a half-converted script), or a "
                      "government's or school's page is served from a host that is not its own."),
    "foreign_host": N_("A department's, library's or bureau's page served from a host that is neither a government "
                       "or education host nor named after it: a copy, or its parent body's own host (not a sign of "
                       "hijacking by itself)."),
    "symbol_noise": N_("Noise symbols sprinkled between the characters of the text (a content-farm trick), removed."),
    "injected_block": N_("A block that appeared on many pages of the site at once, linking where the site never did."),
    "off_template": N_("A part of the site's frame (title, top or footer lines) this page writes unlike the site's "
                       "other pages, adding a name they never carry; the added words removed."),
    "server_cloak": N_("Spam the server sends only to search-engine spiders."),
    "title_rewrite": N_("A script replaces the page's title, for every visitor, with an unrelated one the page "
                        "shows nowhere; the served title is kept."),
    "hidden_block": N_("Hidden text removed that is not spam (not a sign of hijacking by itself)."),
    "decoding_uncertain": N_("Some bytes of the page could not be decoded with confidence; the text may hold "
                             "replaced characters (not a sign of hijacking)."),
    "no_article_text": N_("The page shows text, but no article text could be extracted from it; the archived "
                          "page keeps it (not a sign of hijacking)."),
    "text_from_description": N_("No article text in the page as served (a script writes it); the text kept is "
                                "the page's description meta (not a sign of hijacking)."),
}


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL that is safe to make a link of, else None."""
    if not isinstance(url, str) or not url or _UNSAFE_URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def host_of(url: object) -> str:
    if not isinstance(url, str):
        return ""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def marked(snippet: Snippet) -> Markup:
    """The snippet as escaped text with each match in ``<mark>``."""
    out, pos = [], 0
    for start, end in snippet.spans:
        out += [escape(snippet.text[pos:start]), Markup("<mark>%s</mark>") % snippet.text[start:end]]
        pos = end
    out.append(escape(snippet.text[pos:]))
    return Markup("").join(out)


def language_attr(language: object) -> str:
    """A BCP 47 tag fit for ``lang=""`` (it picks Chinese fonts), or "" when the stored value is not one."""
    return language if isinstance(language, str) and _LANGUAGE.match(language) else ""


def paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").splitlines() if p.strip()]


def install(app: Flask) -> None:
    """Register the filters and globals on ``app`` (times shown in [archive].timezone)."""
    config = app.config["NEWSVAULT_CONFIG"]
    tz = ZoneInfo(config.archive.timezone)

    def when(iso: str | None, date_only: bool = False) -> Markup:
        """A stored UTC time as local time in a <time> element; "—" when there is none."""
        if not iso:
            return Markup("—")
        try:
            dt = datetime.fromisoformat(iso)
        except (TypeError, ValueError):
            return escape(iso)
        local = dt.astimezone(tz) if dt.tzinfo else dt
        shown = local.strftime("%Y-%m-%d" if date_only else "%Y-%m-%d %H:%M")
        return Markup('<time datetime="%s" title="%s">%s</time>') % (iso, iso, shown)

    def pubdate(published: str | None) -> Markup:
        """A publish date as the page gave it (its own offset, not converted): "2024-05-09 15:20" or "2024-05-09"."""
        if not published:
            return Markup('<span class="muted">%s</span>') % i18n._("no date")
        shown = published[:16].replace("T", " ") if "T" in published else published
        return Markup('<time datetime="%s">%s</time>') % (published, shown)

    def took(started: str | None, finished: str | None) -> str:
        return elapsed(started, finished) or "—"

    app.add_template_filter(safe_url)
    app.add_template_filter(host_of)
    app.add_template_filter(marked)
    app.add_template_filter(language_attr)
    app.add_template_filter(paragraphs)
    app.add_template_filter(when)
    app.add_template_filter(pubdate)
    def file_size(n: int | None) -> str:
        return format_size(n) if n is not None else "—"

    app.add_template_global(took)
    app.add_template_global(health_labels)
    app.add_template_filter(file_size)
    app.jinja_env.globals.update(finding_kinds=FINDING_KINDS, timezone_name=str(tz), html_lang=i18n.html_lang,
                                 current_language=i18n.language)
