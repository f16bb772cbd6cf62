"""Viewing captures as they were: an article's page (or a listing's) rebuilt from the WARC inside a
sandboxed frame (web.replay says how it is made safe), and the archived files it shows.

- ``/articles/<id>/capture`` (``?version=N``): the article's capture, with what it is above it;
- ``/captures/<id>``: any page capture (a listing page, an older capture of an article);
- ``/captures/<id>/page``: the rebuilt page itself, the frame's document, under ``FRAME_CSP``;
- ``/captures/<id>/file``: an archived image, stylesheet (rewritten) or font as it was served;
  anything else (PDF, Word…) as a download.
"""
from __future__ import annotations

import json
import sqlite3
from http import HTTPStatus

from flask import Blueprint, Response, abort, render_template, request

from archive.captures import capture_body
from core.errors import ArchiveError
from core.i18n import _
from web.db import db
from web.overview import article_ids
from web.pages import chosen_capture, download, load_article
from web.replay import FILE_CSP, FRAME_CSP, IFRAME_SANDBOX, is_page, rebuild_css, rebuild_page

bp = Blueprint("captures", __name__)

# Archived files served with their own type: what a page shows (images, stylesheets, fonts).
SHOWN_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/x-icon",
               "image/vnd.microsoft.icon", "image/svg+xml", "text/css", "font/woff", "font/woff2", "font/ttf",
               "font/otf", "application/font-woff", "application/vnd.ms-fontobject")


def _capture(conn: sqlite3.Connection, capture_id: int) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM captures WHERE id=?", (capture_id,)).fetchone()
    if row is None:
        abort(HTTPStatus.NOT_FOUND, _("No capture {id} in this archive.").format(id=capture_id))
    return row


def _body(conn: sqlite3.Connection, capture: sqlite3.Row) -> bytes:
    try:
        return capture_body(conn, capture["id"])
    except ArchiveError as e:
        abort(HTTPStatus.NOT_FOUND, _("The capture's bytes cannot be read: {error}").format(error=e))


def _view(conn: sqlite3.Connection, capture: sqlite3.Row, article: dict | None) -> str:
    if not is_page(capture):
        abort(HTTPStatus.NOT_FOUND, _("Capture {id} is a file, not a page: download it instead.").format(
            id=capture["id"]))
    if article is None:
        ids = article_ids(conn, [capture["final_url"]])
        if capture["final_url"] in ids and capture["kind"] == "article":
            article = load_article(conn, ids[capture["final_url"]])
    return render_template("capture.html", capture=capture, article=article, sandbox=IFRAME_SANDBOX)


@bp.get("/articles/<int:article_id>/capture")
def article_capture(article_id: int):
    conn = db()
    article = load_article(conn, article_id)
    return _view(conn, chosen_capture(conn, article), article)


@bp.get("/captures/<int:capture_id>")
def capture_view(capture_id: int):
    conn = db()
    return _view(conn, _capture(conn, capture_id), None)


@bp.get("/captures/<int:capture_id>/page")
def capture_page(capture_id: int):
    """The frame's document: the rebuilt page, never allowed to run anything."""
    conn = db()
    capture = _capture(conn, capture_id)
    if not is_page(capture):
        abort(HTTPStatus.NOT_FOUND)
    response = Response(rebuild_page(conn, capture, _body(conn, capture)), mimetype="text/html")
    response.headers["Content-Security-Policy"] = FRAME_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    response.headers["X-DNS-Prefetch-Control"] = "off"
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


@bp.get("/captures/<int:capture_id>/file")
def capture_file(capture_id: int):
    """An archived file: shown as served when a page shows it, downloaded otherwise."""
    conn = db()
    capture = _capture(conn, capture_id)
    ctype = (capture["content_type"] or "").lower()
    body = _body(conn, capture)
    if ctype not in SHOWN_TYPES:
        name = (capture["final_url"].rstrip("/").rsplit("/", 1)[-1] or "file").split("?")[0][:100]
        return download(body, f"newsvault-capture-{capture_id}-{_ascii(name)}")
    if ctype == "text/css":
        text = body.decode(_charset(capture) or "utf-8", "replace")
        response = Response(rebuild_css(conn, capture, text), mimetype="text/css")
    else:
        response = Response(body, mimetype=ctype)
    response.headers["Content-Security-Policy"] = FILE_CSP
    response.headers["Cache-Control"] = "private, max-age=86400"
    if request.args.get("download"):
        response.headers["Content-Disposition"] = "attachment"
    return response


def _charset(capture: sqlite3.Row) -> str | None:
    for name, value in json.loads(capture["headers"] or "[]"):
        if name.lower() == "content-type" and "charset=" in value.lower():
            return value.lower().split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
    return None


def _ascii(name: str) -> str:
    """A file name fit for Content-Disposition's plain filename (the rest becomes _)."""
    return "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name) or "file"
