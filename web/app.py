"""The Flask application: a read-only archive connection per request, the guards every request and
response pass through, and plain error pages.

The security stance (issue 6) lives here, to be checked in one place:

- Templates autoescape every value; archived strings reach a page only as escaped text. The few
  pieces of markup made from archived data (highlighted snippets, links) are built in
  ``web.filters`` from escaped parts, and only http(s) URLs ever become links.
- Every response carries ``SECURITY_HEADERS``: a Content-Security-Policy that allows no script at
  all (we ship none) and nothing from other origins, ``nosniff``, no referrer, no framing.
  Raw captures are downloads (``attachment``, ``application/octet-stream``, a sandboxing CSP).
- Without a token the server answers only requests addressed to a loopback name (127.0.0.1,
  localhost, [::1]): a web page that rebinds its DNS name to 127.0.0.1 cannot read the archive
  through the browser of someone running ``newsvault serve``.
- With a token (required to bind a non-loopback address) every request must carry it, compared in
  constant time: ``Authorization: Bearer TOKEN``, or ``?token=TOKEN`` once, which sets an
  HttpOnly, SameSite=Strict cookie and redirects to the same URL without it.
- Queries and page sizes are bounded (``web.params``); each request's SQL runs under a
  time limit; errors are plain pages (JSON under ``/api/``), never a traceback.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import sqlite3
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote, urlencode

from flask import Flask, Response, current_app, jsonify, redirect, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter
from werkzeug.wrappers import Response as BaseResponse

from archive.backend import location
from archive.search import SearchTimeout
from archive.sqlite import MAX_INTEGER
from core import i18n
from core.errors import ArchiveError, NewsvaultError, UsageError
from core.i18n import _
from scraper.sources import Config, load_config
from web import api, captures, filters, pages
from web.db import REQUEST_TIME_LIMIT_S, close_db

logger = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
TOKEN_COOKIE = "newsvault_token"
TOKEN_PARAM = "token"
# The interface's language: ?lang=zh|en switches it, and the choice is remembered in a cookie.
LANG_PARAM = "lang"
LANG_COOKIE = "newsvault_lang"
LANG_COOKIE_DAYS = 365


def create_app(db_path: str | Path, *, token: str | None = None, config: Config | None = None) -> Flask:
    """The web interface over the archive at ``db_path``; ``token`` is required on every request when given."""
    app = Flask(__name__)
    app.config.update(NEWSVAULT_DB=location(db_path), NEWSVAULT_TOKEN=token or None,
                      NEWSVAULT_CONFIG=config or load_config(None))
    app.jinja_env.autoescape = True  # every template, whatever its name
    app.jinja_env.add_extension("jinja2.ext.i18n")
    # Jinja formats the messages itself (newstyle: _("%(n)s articles", n=5)), escaping the values.
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the i18n extension
        lambda message: i18n._(message), lambda singular, plural, n: i18n.ngettext(singular, plural, n),
        newstyle=True)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]  # DefaultJSONProvider's: Chinese stays readable
    app.json.sort_keys = False  # type: ignore[attr-defined]  # fields in the order `newsvault search --json` prints them

    app.url_map.converters["int"] = ArchiveId
    filters.install(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(captures.bp)
    app.register_blueprint(api.bp)
    app.before_request(_choose_language)
    app.before_request(_check_host_and_token)
    app.after_request(_security_headers)
    app.after_request(_remember_language)
    app.teardown_appcontext(close_db)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


# -- language -------------------------------------------------------------------------------------

def _choose_language() -> None:
    """?lang=, else the cookie a ?lang= left, else [interface].language (Chinese by default)."""
    asked = i18n.normalize(request.args.get(LANG_PARAM))
    chosen = asked or i18n.normalize(request.cookies.get(LANG_COOKIE))
    i18n.set_language(chosen or current_app.config["NEWSVAULT_CONFIG"].interface.language)


def _remember_language(response: Response) -> Response:
    asked = i18n.normalize(request.args.get(LANG_PARAM))
    if asked:
        response.set_cookie(LANG_COOKIE, asked, max_age=LANG_COOKIE_DAYS * 86400, samesite="Lax", httponly=True,
                            secure=request.is_secure)
    response.headers.setdefault("Content-Language", i18n.html_lang())
    return response


class ArchiveId(IntegerConverter):
    """``<int:…>`` in routes: ASCII digits (werkzeug's default also takes "٣"), at most SQLite's
    largest INTEGER; anything else is no such page (404), never a 500."""

    regex = r"[0-9]+"

    def __init__(self, url_map, *args, **kwargs):
        super().__init__(url_map, *args, **{"max": MAX_INTEGER, **kwargs})


# -- guards ---------------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost (a host name, or an address to bind)."""
    host = host.strip().strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _request_host() -> str:
    """The host name the request was addressed to, without its port."""
    host = request.host
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def session_value(token: str) -> str:
    """What the cookie holds: derived from the token, so the cookie never shows the token itself."""
    return hmac.new(token.encode(), b"newsvault web session", hashlib.sha256).hexdigest()


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def _check_host_and_token() -> BaseResponse | None:
    token = current_app.config["NEWSVAULT_TOKEN"]
    if token is None:
        if not is_loopback(_request_host()):
            return _error(HTTPStatus.FORBIDDEN, _("This newsvault answers only on 127.0.0.1 or localhost. To serve it "
                                                  "under another name, start it with --token (see `newsvault serve "
                                                  "--help`)."))
        return None
    auth = request.headers.get("Authorization", "")
    bearer = auth[7:].strip() if auth[:7].lower() == "bearer " else None
    if _same(bearer, token) or _same(request.cookies.get(TOKEN_COOKIE), session_value(token)):
        return None
    if _same(request.args.get(TOKEN_PARAM), token):
        if request.path.startswith("/api/"):
            return None  # scripts may pass it every time
        query = urlencode([(k, v) for k, v in request.args.items(multi=True) if k != TOKEN_PARAM])
        path = "/" + quote(request.path.lstrip("/"))  # never "//host": that would leave this site
        response = redirect(path + (f"?{query}" if query else ""), 303)
        response.set_cookie(TOKEN_COOKIE, session_value(token), httponly=True, samesite="Strict",
                            secure=request.is_secure)
        return response
    response = _error(HTTPStatus.UNAUTHORIZED, _("This newsvault needs its access token: open it once as "
                                                 "…/?token=TOKEN (your browser then keeps it), or send the header "
                                                 "“Authorization: Bearer TOKEN”."))
    response.headers["WWW-Authenticate"] = 'Bearer realm="newsvault"'
    return response


def _security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)  # a raw download sets a stricter CSP of its own
    return response


# -- errors ---------------------------------------------------------------------------------------

def _error(status: int, message: str) -> Response:
    """A plain error page (JSON under /api/), with the status and a message saying what to do."""
    status = HTTPStatus(status)
    if request.path.startswith("/api/"):
        response = jsonify(error=message, status=status.value)
    else:
        try:
            response = Response(render_template("error.html", status=status, message=message))
        except Exception:  # the error page itself failed: say it in plain text, never a traceback
            logger.exception("cannot render the error page")
            response = Response(f"{status.value} {status.phrase}\n\n{message}\n", mimetype="text/plain")
    response.status_code = status.value
    return response


_NOT_FOUND = i18n.N_("There is no such page. Search the archive from the front page.")


def _http_error(e: HTTPException) -> Response:
    description = e.description or ""
    # Our own 404 messages (abort(404, "No article 7…")); Werkzeug's generic one is replaced.
    ours = e.code != 404 or description != getattr(type(e), "description", None)
    message = description if ours else _(_NOT_FOUND)
    response = _error(e.code or 500, message)
    if e.code == 405:
        response.headers["Allow"] = ", ".join(getattr(e, "valid_methods", None) or ("GET", "HEAD"))
    return response


def _unexpected_error(e: Exception) -> Response:
    if isinstance(e, HTTPException):
        return _http_error(e)
    if isinstance(e, UsageError):
        return _error(HTTPStatus.BAD_REQUEST, str(e))
    if isinstance(e, (SearchTimeout, ArchiveError)):
        return _error(HTTPStatus.SERVICE_UNAVAILABLE, str(e))
    if isinstance(e, NewsvaultError):
        return _error(HTTPStatus.INTERNAL_SERVER_ERROR, str(e))
    if isinstance(e, sqlite3.OperationalError) and "interrupted" in str(e):
        return _error(HTTPStatus.SERVICE_UNAVAILABLE, _("This page took longer than {s:g} s to read from the archive "
                                                        "and was stopped. Try again, or narrow what you asked for.").format(
            s=REQUEST_TIME_LIMIT_S))
    logger.exception("error serving %s", request.path)
    if isinstance(e, sqlite3.Error):
        return _error(HTTPStatus.SERVICE_UNAVAILABLE, _("The archive could not be read ({error}).").format(error=e))
    return _error(HTTPStatus.INTERNAL_SERVER_ERROR, _("Something went wrong while making this page. "
                                                      "The server's log has the details."))
