"""The JSON API: the same data as the CLI's --json output, over HTTP.

- ``/api/search``: the parameters of ``/search``; ``{"total": N, "hits": [...]}``, each hit with
  the fields of `newsvault search --json` (``Hit.to_dict``).
- ``/api/articles/<id>``: the article as `newsvault show --json` prints it (``?download=1``: as a file).
- ``/api/report?source=S``: the hijack report, as `newsvault report --format json`.
- ``/api/runs?source=S&limit=N``: the run history, as `newsvault runs --json`.
"""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from archive import runs as history
from archive.report import hijack_report
from web.db import db
from web.pages import download, load_article
from web.params import SearchParams, bounded_int

bp = Blueprint("api", __name__, url_prefix="/api")

MAX_RUNS = 1_000


@bp.get("/search")
def search():
    params = SearchParams.from_args(request.args)
    result = params.run(db())
    return jsonify(total=result.total, hits=[h.to_dict() for h in result.hits])


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    response = jsonify(load_article(db(), article_id))
    if request.args.get("download"):
        return download(response.get_data(), f"newsvault-{article_id}.json", "application/json")
    return response


@bp.get("/report")
def report():
    source = request.args.get("source", "").strip()[:100] or None
    return jsonify([r.to_dict() for r in hijack_report(db(), source)])


@bp.get("/runs")
def runs():
    source = request.args.get("source", "").strip()[:100] or None
    limit = bounded_int(request.args, "limit", 100, 1, MAX_RUNS)
    conn = db()
    return jsonify([history.as_dict(r, conn) for r in history.list_runs(conn, source, limit)])
