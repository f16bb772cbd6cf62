"""The HTML pages: search (and its export), an article, a diff of two versions, its raw capture,
sources, runs and their logs. The capture view is in web.captures."""
from __future__ import annotations

import io
import json
import logging
import sqlite3
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote

from flask import Blueprint, Response, abort, g, redirect, render_template, request, url_for

from archive import runs as history
from archive.articles import article_counts, get_article, iter_articles
from archive.captures import LATEST_CAPTURE, archive_folder, capture_body
from archive.export import write_csv, write_jsonl, write_xlsx
from archive.report import group_findings
from archive.search import SearchTimeout, match_ids
from archive.sources import source_titles as archived_titles
from archive.verify import check_span
from archive.versions import get_version, version_lines
from archive.warc import read_span
from core.errors import ArchiveError, DamagedRecord, UsageError
from core.i18n import N_, _
from web.db import config, db
from web.diffview import side_by_side
from web.overview import article_ids, source_names, source_overview
from web.params import MAX_RESULT_WINDOW, SearchParams, bounded_int

logger = logging.getLogger(__name__)

bp = Blueprint("pages", __name__)

RECENT_ARTICLES = 10
RUNS_PER_PAGE = 50
MAX_RUNS_PAGE = 200
# Unchanged paragraphs shown around each change in a diff, unless ?context=all; at most MAX_CONTEXT.
DIFF_CONTEXT = 3
MAX_CONTEXT = 50
REPORT_PAGES_ON_OVERVIEW = 10
# Metadata compared on the diff page besides the title and text.
VERSION_FIELDS = (("captured_at", N_("Captured")), ("reprocessed_at", N_("Reprocessed")), ("published", N_("Published")),
                  ("author", N_("Author")), ("source", N_("来源")), ("language", N_("Language")),
                  ("hijacked", N_("Hijacked")))
# A run's log shown on the web: its end (where the run's story ends) when it is longer.
LOG_TAIL_BYTES = 1_000_000
EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
# A raw capture is hostile bytes: should a browser render it anyway, it gets no script and no origin.
DOWNLOAD_CSP = "sandbox; default-src 'none'"


@bp.app_template_global()
def source_title(name: str) -> str | None:
    """A source's [[source]] title: the configuration's, else the one the archive keeps (read once
    per request), None when it has none."""
    if "source_titles" not in g:
        titles: dict[str, str] = {}
        try:
            titles.update(archived_titles(db()))
        except Exception:  # an error page of an unreadable archive still renders
            pass
        titles.update({s.name: s.title for s in config().sources if s.title})
        g.source_titles = titles
    return g.source_titles.get(name)


def _language_url(language: str) -> str:
    """This page in another language (the same URL with lang=…)."""
    args = request.args.to_dict(flat=False)
    args["lang"] = [language]
    return request.path + "?" + "&".join(f"{quote(k)}={quote(v)}" for k, vs in args.items() for v in vs)


@bp.app_context_processor
def language_links() -> dict:
    return {"language_url": _language_url}


# -- search -----------------------------------------------------------------------------------------

@bp.get("/")
@bp.get("/search")
def search_page():
    conn = db()
    page: dict[str, Any] = dict(form=request.args, sources=source_names(conn, config()), result=None, error=None,
                                params=SearchParams())
    status = HTTPStatus.OK
    try:
        params = page["params"] = SearchParams.from_args(request.args)
        if any(v == "" for _, v in request.args.items(multi=True)):  # a submitted form: its empty fields go
            return redirect(url_for("pages.search_page", **params.url_args()), HTTPStatus.SEE_OTHER)
        if params.q:
            page["result"] = params.run(conn)
    except UsageError as e:
        page["error"], status = str(e), HTTPStatus.BAD_REQUEST
    except SearchTimeout as e:
        page["error"], status = str(e), HTTPStatus.SERVICE_UNAVAILABLE
    if page["result"] is None:
        page.update(stats=_stats(conn), recent=_recent(conn))
    return render_template("search.html", **page), status


def _stats(conn: sqlite3.Connection) -> dict:
    articles, hijacked, gone = article_counts(conn)
    last = conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    return dict(articles=articles, hijacked=hijacked, gone=gone, last_run=history.as_dict(last, conn) if last else None)


def _recent(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, url, title, published, source_name, hijacked, status, first_seen "
                        "FROM articles ORDER BY id DESC LIMIT ?", (RECENT_ARTICLES,)).fetchall()


@bp.get("/favicon.ico")
def favicon():
    """Browsers ask for it on every site: no icon, and no 404 in the log for it."""
    return Response(status=HTTPStatus.NO_CONTENT)


# -- one article --------------------------------------------------------------------------------------

def load_article(conn: sqlite3.Connection, article_id: int) -> dict:
    """The article (archive.articles' public dict), or a 404 page."""
    try:
        return get_article(conn, str(article_id))
    except UsageError:
        abort(HTTPStatus.NOT_FOUND, f"No article {article_id} in this archive.")


@bp.get("/articles/<int:article_id>")
def article_page(article_id: int):
    conn = db()
    article = load_article(conn, article_id)
    captures = {r["version"]: r["capture_id"] for r in conn.execute(
        "SELECT version, capture_id FROM article_versions WHERE article_id=?", (article_id,))}
    return render_template("article.html", a=article, latest=_latest_capture(conn, article["url"]),
                           version_captures=captures, groups=group_findings(article["findings"]))


def _latest_capture(conn: sqlite3.Connection, url: str) -> sqlite3.Row | None:
    """The article page's latest 200 capture (what `newsvault reprocess` re-cleans)."""
    return conn.execute(f"SELECT * FROM captures WHERE id = {LATEST_CAPTURE.format(url='?')}", (url,)).fetchone()


def chosen_capture(conn: sqlite3.Connection, article: dict) -> sqlite3.Row:
    """The capture of ?version=N, or the latest one; a 404 page when there is none."""
    version = bounded_int(request.args, "version", 0, 1, 1_000_000)
    if version:
        try:
            capture_id = get_version(conn, article["id"], version)["capture_id"]
        except UsageError as e:
            abort(HTTPStatus.NOT_FOUND, f"No such version: {e}.")
        row = conn.execute("SELECT * FROM captures WHERE id=?", (capture_id,)).fetchone() if capture_id else None
    else:
        row = _latest_capture(conn, article["url"])
    if row is None:
        abort(HTTPStatus.NOT_FOUND, f"No raw capture of article {article['id']} is kept in this archive.")
    return row


def download(data: bytes, filename: str, mimetype: str = "application/octet-stream") -> Response:
    """Bytes the browser saves and never renders in our origin (a Chinese file name kept, RFC 6266)."""
    response = Response(data, content_type=mimetype)
    plain = "".join(c if c.isascii() and c not in '"\\' and c.isprintable() else "_" for c in filename)
    disposition = f'attachment; filename="{plain}"'
    if plain != filename:
        disposition += f"; filename*=UTF-8''{quote(filename)}"
    response.headers["Content-Disposition"] = disposition
    response.headers["Content-Security-Policy"] = DOWNLOAD_CSP
    return response


@bp.get("/articles/<int:article_id>/raw")
def raw_capture(article_id: int):
    """The page's bytes as fetched (the body of its WARC response record)."""
    conn = db()
    capture = chosen_capture(conn, load_article(conn, article_id))
    try:
        body = capture_body(conn, capture["id"])
    except DamagedRecord as e:  # costs this download, not the server; the file's path goes to the log only
        logger.warning("article %d: %s", article_id, e)
        abort(HTTPStatus.NOT_FOUND, f"No readable raw capture: capture {capture['id']} is damaged "
                                    "(`newsvault verify` lists what is).")
    return download(body, f"newsvault-{article_id}-capture-{capture['id']}.html")


@bp.get("/articles/<int:article_id>/warc")
def warc_record(article_id: int):
    """The capture's WARC records (response and request, gzipped) as stored: a valid .warc.gz."""
    conn = db()
    capture = chosen_capture(conn, load_article(conn, article_id))
    if capture["refers_to"] is not None:  # a revisit: the bytes are in the record it refers to
        capture = conn.execute("SELECT * FROM captures WHERE id=?", (capture["refers_to"],)).fetchone()
    if capture is None or capture["warc_file"] is None:
        abort(HTTPStatus.NOT_FOUND, "This capture was archived before WARC files (its page bytes can "
                                    "still be downloaded); `newsvault export --format warc` rebuilds a record.")
    try:
        data = read_span(archive_folder(conn), capture["warc_file"], capture["warc_offset"], capture["warc_length"])
        check_span(data, capture)  # a damaged record is not handed out as a valid .warc.gz
    except ArchiveError as e:
        logger.warning("article %d: %s", article_id, e)
        abort(HTTPStatus.NOT_FOUND, f"No readable WARC record: capture {capture['id']} is damaged or its file "
                                    "missing (`newsvault verify` lists what is).")
    return download(data, f"newsvault-{article_id}-capture-{capture['id']}.warc.gz")


@bp.get("/articles/<int:article_id>/text")
def article_text(article_id: int):
    """The clean article as a UTF-8 text file: title, URL, date and source, then the text."""
    a = load_article(db(), article_id)
    head = [a["title"] or "(no title)", a["url"], " · ".join(x for x in (a["published"], a["author"], a["source"]) if x)]
    body = "\n".join(line for line in head if line) + "\n\n" + a["text"].rstrip() + "\n"
    return download(body.encode("utf-8"), f"newsvault-{article_id}.txt", "text/plain; charset=utf-8")


@bp.get("/articles/<int:article_id>/diff")
def diff_page(article_id: int):
    conn = db()
    article = load_article(conn, article_id)
    numbers = [v["version"] for v in article["versions"]]
    if len(numbers) < 2 and not (request.args.get("a") or request.args.get("b")):
        return render_template("diff.html", a=article, only_one=True)
    a = bounded_int(request.args, "a", numbers[-2] if len(numbers) > 1 else 1, 1, 1_000_000)
    b = bounded_int(request.args, "b", numbers[-1], 1, 1_000_000)
    context_arg = request.args.get("context", "").strip()
    context = None if context_arg == "all" else bounded_int(request.args, "context", DIFF_CONTEXT, 0, MAX_CONTEXT)
    try:
        va, vb = get_version(conn, article_id, a), get_version(conn, article_id, b)
    except UsageError as e:
        abort(HTTPStatus.NOT_FOUND, f"No such version: {e}.")
    changes = side_by_side(version_lines(va), version_lines(vb), context)
    fields = [(key, _(label), va[key], vb[key]) for key, label in VERSION_FIELDS]
    fields.append(("findings", _("Findings"), len(_json_list(va["findings"])), len(_json_list(vb["findings"]))))
    return render_template("diff.html", a=article, only_one=False, va=va, vb=vb, diff=changes, fields=fields,
                           numbers=numbers, context=context)


def _json_list(text: str | None) -> list:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


# -- sources and runs --------------------------------------------------------------------------------

@bp.get("/sources")
def sources_page():
    conn, cfg = db(), config()
    overviews = [source_overview(conn, name, cfg) for name in source_names(conn, cfg)]
    report_urls = [p.url for o in overviews if o.report for p in o.report.pages[:REPORT_PAGES_ON_OVERVIEW]]
    return render_template("sources.html", overviews=overviews, ids=article_ids(conn, report_urls),
                           pages_shown=REPORT_PAGES_ON_OVERVIEW)


@bp.get("/sources/<name>")
def source_page(name: str):
    conn, cfg = db(), config()
    if name not in source_names(conn, cfg):
        abort(HTTPStatus.NOT_FOUND, f"No source named {name!r} in this archive or its configuration.")
    o = source_overview(conn, name, cfg)
    ids = article_ids(conn, [p.url for p in o.report.pages]) if o.report else {}
    return render_template("source.html", o=o, ids=ids)


@bp.get("/runs")
def runs_page():
    conn = db()
    source = request.args.get("source", "").strip()[:100] or None
    page = bounded_int(request.args, "page", 1, 1, MAX_RUNS_PAGE)
    offset = (page - 1) * RUNS_PER_PAGE
    rows = history.list_runs(conn, source, offset + RUNS_PER_PAGE + 1)[offset:]
    runs = [dict(history.as_dict(r, conn), reason=history.describe_health(conn, r) if r["health"] else None,
                 log_exists=bool(r["log_path"]) and Path(r["log_path"]).is_file())
            for r in rows[:RUNS_PER_PAGE]]
    return render_template("runs.html", runs=runs, source=source, page=page,
                           more=len(rows) > RUNS_PER_PAGE and page < MAX_RUNS_PAGE,
                           sources=source_names(conn, config()))


@bp.get("/runs/<int:run_id>/log")
def run_log(run_id: int):
    """A run's log file, as plain text (the end of it when it is long)."""
    row = db().execute("SELECT log_path FROM runs WHERE id=?", (run_id,)).fetchone()
    if row is None:
        abort(HTTPStatus.NOT_FOUND, _("No run {id} in this archive.").format(id=run_id))
    path = Path(row["log_path"] or "")
    if not row["log_path"] or not path.is_file():
        abort(HTTPStatus.NOT_FOUND, _("Run {id} has no log file here (manual crawls log to the terminal; "
                                      "old logs are rotated away).").format(id=run_id))
    with open(path, "rb") as f:
        size = f.seek(0, 2)
        f.seek(max(0, size - LOG_TAIL_BYTES))
        data = f.read()
    if size > LOG_TAIL_BYTES:
        data = _("[the first {n:,} bytes are left out: the whole file is {path}]").format(
            n=size - LOG_TAIL_BYTES, path=path).encode() + b"\n" + data.split(b"\n", 1)[-1]
    response = Response(data, content_type="text/plain; charset=utf-8")
    response.headers["Content-Security-Policy"] = DOWNLOAD_CSP
    return response


@bp.get("/export")
def export_search():
    """The articles a search finds (all of them, not one page) as CSV, Excel or JSON Lines."""
    conn = db()
    params = SearchParams.from_args(request.args)
    fmt = request.args.get("format", "csv")
    if fmt not in EXPORT_TYPES:
        raise UsageError(_("format must be csv, xlsx or jsonl, not {fmt!r}").format(fmt=fmt[:20]))
    if not params.q:
        raise UsageError(_("give a search (q=…) to export its results"))
    ids = match_ids(conn, params.q, source=params.sources or None, since=params.since or None,
                    until=params.until or None, hijacked=params.hijacked, raw=params.raw)
    if len(ids) > MAX_RESULT_WINDOW:
        raise UsageError(_("this search finds {n:,} articles; an export from the web takes at most {max:,}: narrow "
                           "it, or use `newsvault export --query`").format(n=len(ids), max=MAX_RESULT_WINDOW))
    rows = iter_articles(conn, ids=sorted(ids))
    if fmt == "xlsx":
        buf = io.BytesIO()
        write_xlsx(rows, buf)
        data = buf.getvalue()
    else:
        text = io.StringIO(newline="")
        write_csv(rows, text) if fmt == "csv" else write_jsonl(rows, text)
        data = text.getvalue().encode("utf-8")
    return download(data, f"newsvault-search-{params.q[:40]}.{fmt}", EXPORT_TYPES[fmt])
