"""`newsvault schedule run|list`: the crawl service in the foreground, and when each source runs next."""
from __future__ import annotations

import json
import sys

import click

from cli.options import Env, common_options
from cli.table import format_table
from core.i18n import _
from scheduler import serve, upcoming


@click.group()
def schedule() -> None:
    """Run the crawls on their schedules (as a service), or list when they run next.

    Both subcommands take --config FILE and --db FILE (the archive; default [archive].path).

    \b
    Example:
      newsvault schedule list --config /srv/newsvault/newsvault.toml
      newsvault schedule run --config /srv/newsvault/newsvault.toml
    """


@schedule.command("run")
@common_options
def run(env: Env) -> None:
    """Run the scheduler in the foreground until SIGTERM or Ctrl-C (SIGHUP reloads the config).

    Each source is crawled on its `schedule` (else [schedule].default) in a fresh `newsvault
    crawl` process with its own log file under [schedule].log_dir; missed runs are caught up
    on start; every run is recorded in the archive (see `newsvault runs`). The service's own
    log goes to stderr.

    \b
    Example:
      newsvault schedule run --config /srv/newsvault/newsvault.toml
      python scheduler.py --config /srv/newsvault/newsvault.toml
    """
    sys.exit(serve(env.config, env.db_path))


@schedule.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@common_options
def list_(as_json: bool, env: Env) -> None:
    """List each source with its schedule and its next run time (in [schedule].timezone).

    Interval schedules follow on from the source's last run in the archive; "now (catch-up)"
    means the service would catch up a missed run as soon as it starts.

    \b
    Example:
      newsvault schedule list --config newsvault.toml
    """
    rows = upcoming(env.config, env.db_path)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(_("no sources configured in {file}").format(file=env.config.path or "newsvault.toml"))
        return
    table = []
    for r in rows:
        nxt = _("now (catch-up)") if r["catch_up"] else (r["next_run"] or _("never")).replace("T", " ")
        table.append((r["source"], r["schedule"], nxt))
    click.echo(format_table((_("source"), _("schedule"), _("next run ({zone})").format(
        zone=env.config.schedule.timezone)), table))
