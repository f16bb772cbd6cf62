"""`newsvault runs`: the run history (scheduled, catch-up and manual crawls), newest first."""
from __future__ import annotations

import click

from archive import runs as history
from archive.db import connect
from archive.sources import check_sources, source_titles
from archive.sqlite import MAX_INTEGER
from cli.options import Env, common_options
from cli.table import format_table
from cli.terminal import safe_json, safe_line, source_label
from core.clock import local
from core.durations import elapsed
from core.i18n import _


def health_flags(health: str | None) -> str:
    """A run's health flags in the reader's language ("-" for a healthy run)."""
    return history.health_labels(health) or "-"


@click.command()
@click.option("--source", help="Only this source's runs.")
@click.option("--limit", type=click.IntRange(min=1, max=MAX_INTEGER), default=20, show_default=True, help="At most N runs.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON array of {id, source, trigger, started_at, finished_at, status, exit_code, "
                   "pages_fetched, articles_new, articles_changed, articles_unchanged, articles_skipped, articles_gone, "
                   "errors, log_path, health, health_reason, files_captured, warnings, articles_elsewhere, error, pid, "
                   "host} (times ISO 8601, UTC).")
@common_options
def runs(source: str | None, limit: int, as_json: bool, env: Env) -> None:
    """List crawl runs, newest first: how each was started, how it ended, what it archived.

    trigger: schedule, catch-up (a run the service missed while down) or manual (`newsvault
    crawl`). status: ok, failed (the site could not be crawled, or the archive failed: see
    error), timeout (stopped at [schedule].max_runtime), interrupted (stopped by a shutdown, or its
    process died: the next run resumes), running (its process holds the source's run lock now).
    skipped: archived articles found but not due for a re-check; gone: articles whose pages now
    answer 404/410. health: "layout changed?", "errors", "empty start page", "archive failed" or
    "hijacked since DATE: N pages" (live pages of the source are hijacked now), each with its
    reason. Times are shown in [archive].timezone.

    \b
    Example:
      newsvault runs --db /srv/newsvault/archive.db --source gzou-news --limit 5
      newsvault runs --json --config newsvault.toml
    """
    conn = connect(env.db_path, readonly=True)
    try:
        check_sources(conn, source, env.source_titles())
        rows = history.list_runs(conn, source, limit)
        shown = [history.as_dict(r, conn) for r in rows]  # "running" only while its process lives
        if as_json:
            click.echo(safe_json(shown, indent=2))
            return
        status = {d["id"]: d["status"] for d in shown}
        titles = {**source_titles(conn), **env.source_titles()}
        reasons = {r["id"]: history.describe_health(conn, r) for r in rows if r["health"]}
    finally:
        conn.close()
    if not rows:
        click.echo(_("no runs of {source} in {db}").format(source=source, db=env.db_name) if source
                   else _("no runs in {db}").format(db=env.db_name))
        return
    head = (_("id"), _("source"), _("trigger"), _("started ({zone})").format(zone=env.zone), _("took"), _("status"),
            _("exit"), _("pages"), _("new"), _("changed"), _("unchanged"), _("skipped"), _("gone"), _("errors"),
            _("health"), _("log"))
    table = [
        (r["id"], source_label(r["source"], titles), _(r["trigger"]), local(r["started_at"], env.zone, "%Y-%m-%d %H:%M:%S"),
         elapsed(r["started_at"], r["finished_at"]) or "-", _(status[r["id"]]),
         "-" if r["exit_code"] is None else r["exit_code"], r["pages_fetched"], r["articles_new"],
         r["articles_changed"], r["articles_unchanged"], r["articles_skipped"], r["articles_gone"], r["errors"],
         health_flags(r["health"]), safe_line(r["log_path"] or "-"))
        for r in rows]
    click.echo(format_table(head, table, right={0, 6, 7, 8, 9, 10, 11, 12, 13}))
    if reasons:
        click.echo("\n" + _("why runs were flagged:"))
        for r in rows:
            if r["id"] in reasons:
                click.echo(_("  run {id} ({source}), {flags}: {reason}").format(
                    id=r["id"], source=source_label(r["source"], titles), flags=health_flags(r["health"]),
                    reason=safe_line(reasons[r["id"]])))
