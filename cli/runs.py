"""`newsvault runs`: the run history (scheduled, catch-up and manual crawls), newest first."""
from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import click

from archive import runs as history
from archive.db import connect
from cli.options import Env, common_options
from cli.table import format_table
from core.durations import elapsed


def _local(ts: str | None, tz: ZoneInfo) -> str:
    return datetime.fromisoformat(ts).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if ts else "-"


@click.command()
@click.option("--source", help="Only this source's runs.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most N runs.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON array of {id, source, trigger, started_at, finished_at, status, exit_code, "
                   "pages_fetched, articles_new, articles_changed, articles_unchanged, articles_skipped, articles_gone, "
                   "errors, log_path, "
                   "health} (times ISO 8601, UTC).")
@common_options
def runs(source: str | None, limit: int, as_json: bool, env: Env) -> None:
    """List crawl runs, newest first: how each was started, how it ended, what it archived.

    trigger: schedule, catch-up (a run the service missed while down) or manual (`newsvault
    crawl`). status: ok, failed (the site could not be crawled), timeout (stopped at
    [schedule].max_runtime), interrupted (stopped by a shutdown: the next run resumes), running.
    health: "layout changed?" (no article where earlier runs found some) or "errors" (over 20%
    of the pages failed). Times are shown in [schedule].timezone.

    \b
    Example:
      newsvault runs --db /srv/newsvault/archive.db --source gzou-news --limit 5
      newsvault runs --json --config newsvault.toml
    """
    conn = connect(env.db_path, readonly=True)
    try:
        rows = [history.as_dict(r) for r in history.list_runs(conn, source, limit)]
    finally:
        conn.close()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(f"no runs{f' of {source}' if source else ''} in {env.db_path}")
        return
    tz = ZoneInfo(env.config.schedule.timezone)
    head = ("id", "source", "trigger", f"started ({env.config.schedule.timezone})", "took", "status", "exit",
            "pages", "new", "changed", "unchanged", "errors", "health", "log")
    table = [
        (r["id"], r["source"], r["trigger"], _local(r["started_at"], tz), elapsed(r["started_at"], r["finished_at"]) or "-", r["status"],
         "-" if r["exit_code"] is None else r["exit_code"], r["pages_fetched"], r["articles_new"],
         r["articles_changed"], r["articles_unchanged"], r["errors"], r["health"] or "-", r["log_path"] or "-")
        for r in rows]
    click.echo(format_table(head, table, right={0, 6, 7, 8, 9, 10, 11}))
