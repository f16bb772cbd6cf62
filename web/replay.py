"""Archived pages as they were, rebuilt from their WARC records, with nothing that can run or reach out.

An archived page is hostile: it may carry scripts, event handlers, a meta refresh, and it loads
its images and stylesheets from the live web. ``rebuild_page`` makes a static copy of it:

- scripts and everything that loads or runs code are removed (``<script>``, ``<iframe>``,
  ``<object>``, ``<embed>``, ``<base>``, a meta refresh, ``on*`` attributes, ``javascript:`` URLs);
- images, stylesheets and fonts point at the archived captures of them (``/captures/<id>/file``),
  the capture of each URL nearest in time to the page's, and stylesheets are rewritten the same
  way (``rebuild_css``); what the archive does not hold is left out;
- links lead to the archived copy (an article's capture view, a listing's, an attachment) or are
  marked as outside the archive: no href, a dashed underline and a title naming the address.

The copy is served inside a sandboxed iframe (no scripts, no forms, no popups) under a strict CSP
of its own (``FRAME_CSP``: images, styles and fonts from this server only), so even markup the
rewriting missed cannot run, and the browser asks nothing of the live web.
"""
from __future__ import annotations

import re
import sqlite3
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from archive.captures import nearest_captures
from core.i18n import _
from scraper.clean.decode import decode_html
from web.filters import safe_url
from web.overview import article_ids

# The capture's frame: its own origin's files only, no script, no form, no plugin, framed by us only.
FRAME_CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
             "media-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; "
             "sandbox allow-same-origin allow-top-navigation-by-user-activation")
# The iframe's sandbox: no scripts, forms, popups or plugins; its links may take the whole
# window to another capture when clicked (same origin: the token cookie reaches our server).
IFRAME_SANDBOX = "allow-same-origin allow-top-navigation-by-user-activation"
# Served archived files (images, stylesheets, fonts) are sandboxed too, should one be opened alone.
FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; sandbox"

REMOVED_TAGS = ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal",
                "template", "param")
# Attributes holding a URL the browser fetches by itself, per tag ("*": any tag).
FETCHED = {"img": ("src",), "input": ("src",), "video": ("src", "poster"), "audio": ("src",), "source": ("src",),
           "track": ("src",), "image": ("href", "{http://www.w3.org/1999/xlink}href"),
           "use": ("href", "{http://www.w3.org/1999/xlink}href"), "*": ("background",)}
DROPPED_ATTRIBUTES = ("srcset", "ping", "action", "formaction", "integrity", "nonce", "http-equiv", "manifest",
                      "data-src", "data-original", "lowsrc", "longdesc", "dynsrc")
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.I | re.S)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1\s*\)?[^;]*;?""", re.I)
OUTSIDE_CLASS = "nv-outside"
OUTSIDE_STYLE = (f".{OUTSIDE_CLASS}{{text-decoration:underline dashed #b45309;text-underline-offset:3px;"
                 f"cursor:help}}")

def rebuild_page(conn: sqlite3.Connection, capture: sqlite3.Row, body: bytes) -> str:
    """The archived page of ``capture`` (its ``body``) as static HTML pointing only at the archive."""
    headers = {"Content-Type": capture["content_type"] or "text/html"}
    try:
        text, _encoding = decode_html(body, headers)
    except Exception:  # not HTML after all (the cleaner's CleanError): show it as text
        text = "<pre>" + body.decode("utf-8", "replace").replace("&", "&amp;").replace("<", "&lt;") + "</pre>"
    try:
        doc = lxml.html.document_fromstring(text or "<p></p>")
    except (etree.ParserError, ValueError):
        doc = lxml.html.document_fromstring("<p></p>")
    base = capture["final_url"]
    urls = _collect(doc, base)
    found = nearest_captures(conn, urls, capture["fetched_at"])
    articles = article_ids(conn, [r["final_url"] for r in found.values()])
    _rewrite(doc, base, found, articles)
    return lxml.html.tostring(doc, encoding="unicode", method="html", doctype="<!DOCTYPE html>")


def rebuild_css(conn: sqlite3.Connection, capture: sqlite3.Row, css: str) -> str:
    """An archived stylesheet with its url()s and @imports pointing at archived files, or dropped."""
    base = capture["final_url"]
    urls = [u for u in (_absolute(m.group(2), base) for m in _CSS_URL.finditer(css)) if u]
    urls += [u for u in (_absolute(m.group(2), base) for m in _CSS_IMPORT.finditer(css)) if u]
    found = nearest_captures(conn, urls, capture["fetched_at"])
    return _css(css, base, found)


# -- the rewriting ----------------------------------------------------------------------------------

def _absolute(value: str | None, base: str) -> str | None:
    value = (value or "").strip()
    if not value or value.startswith(("#", "data:")):
        return None
    try:
        url = urljoin(base, value)
    except ValueError:
        return None
    return safe_url(url.split("#", 1)[0])


def _collect(doc, base: str) -> list[str]:
    """Every URL the page links to or loads (to look their captures up in one go)."""
    urls = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "src", "poster", "background", "{http://www.w3.org/1999/xlink}href"):
            url = _absolute(el.get(attr), base)
            if url:
                urls.append(url)
        if el.get("style"):
            urls += [u for u in (_absolute(m.group(2), base) for m in _CSS_URL.finditer(el.get("style"))) if u]
        if el.tag == "style" and el.text:
            urls += [u for u in (_absolute(m.group(2), base) for m in _CSS_URL.finditer(el.text)) if u]
            urls += [u for u in (_absolute(m.group(2), base) for m in _CSS_IMPORT.finditer(el.text)) if u]
    return urls


def _file_url(row: sqlite3.Row) -> str:
    return f"/captures/{row['id']}/file"


def _css(css: str, base: str, found: dict[str, sqlite3.Row]) -> str:
    def imported(m: re.Match) -> str:
        row = found.get(_absolute(m.group(2), base) or "")
        return f'@import url("{_file_url(row)}");' if row is not None else ""

    def url(m: re.Match) -> str:
        raw = m.group(2).strip()
        if raw.startswith("data:image/"):
            return m.group(0)
        row = found.get(_absolute(raw, base) or "")
        return f'url("{_file_url(row)}")' if row is not None else "none"

    return _CSS_URL.sub(url, _CSS_IMPORT.sub(imported, css))


def _rewrite(doc, base: str, found: dict[str, sqlite3.Row], articles: dict[str, int]) -> None:
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions: they go
            if el.getparent() is not None:
                el.drop_tree()
            continue
        tag = el.tag.lower().rsplit("}", 1)[-1]
        if tag in REMOVED_TAGS or (tag == "meta" and (el.get("http-equiv") or el.get("charset"))) or \
                (tag == "link" and "stylesheet" not in (el.get("rel") or "").lower()):
            el.drop_tree()
            continue
        for attr in list(el.attrib):
            if attr.lower().startswith("on") or attr.lower() in DROPPED_ATTRIBUTES:
                del el.attrib[attr]
        for attr in (*FETCHED.get(tag, ()), *FETCHED["*"]):
            if el.get(attr) is not None:
                row = found.get(_absolute(el.get(attr), base) or "")
                if row is not None:
                    el.set(attr, _file_url(row))
                else:
                    del el.attrib[attr]
        if el.get("style"):
            el.set("style", _css(el.get("style"), base, found))
        if tag == "style" and el.text:
            el.text = _css(el.text, base, found)
        if tag == "link":
            row = found.get(_absolute(el.get("href"), base) or "")
            if row is None:
                el.drop_tree()
                continue
            el.set("href", _file_url(row))
        elif tag in ("a", "area") and el.get("href") is not None:
            _link(el, base, found, articles)
    head = doc.find("head")
    if head is None:
        head = etree.Element("head")
        doc.insert(0, head)
    meta = etree.Element("meta", charset="utf-8")
    style = etree.Element("style")
    style.text = OUTSIDE_STYLE
    head.insert(0, meta)
    head.append(style)


def _link(el, base: str, found: dict[str, sqlite3.Row], articles: dict[str, int]) -> None:
    """A link: to the archived copy of its target, kept as an in-page anchor, or marked outside."""
    href = el.get("href", "").strip()
    if href.startswith("#"):
        return
    url = _absolute(href, base)
    row = found.get(url or "")
    target = None
    if row is not None:
        if row["final_url"] in articles and row["kind"] == "article":
            target = f"/articles/{articles[row['final_url']]}/capture"
        elif row["kind"] in ("article", "listing"):
            target = f"/captures/{row['id']}"
        else:
            target = _file_url(row)
    if target is not None:
        el.set("href", target)
        el.set("target", "_top")
        el.set("rel", "noreferrer")
        return
    del el.attrib["href"]
    el.attrib.pop("target", None)
    classes = (el.get("class") or "").split()
    el.set("class", " ".join([*classes, OUTSIDE_CLASS]))
    shown = url or href
    el.set("title", _("Not in the archive: {url}").format(url=shown[:300]) if url else
           _("Not a web address: {href}").format(href=shown[:300]))


def is_page(capture: sqlite3.Row) -> bool:
    """A capture the capture view shows as a page (HTML), rather than serving as a file."""
    return capture["kind"] in ("article", "listing") or (capture["content_type"] or "").startswith(
        ("text/html", "application/xhtml"))

