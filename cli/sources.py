"""`newsvault sources`: the configured sources, their last run and how much is archived."""
from __future__ import annotations

from typing import Any

import click

from archive.articles import article_counts
from archive.db import archive_exists, connect
from archive.runs import as_dict, health_labels
from cli.options import Env, common_options
from cli.table import format_table
from cli.terminal import safe_json, safe_line
from core.clock import local
from core.errors import UsageError
from core.i18n import _
from scraper.sources import overlaps


def source_rows(env: Env) -> list[dict]:
    """The configured sources; without a configuration file, those the archive (--db) knows."""
    config = env.config
    rows: list[dict[str, Any]] = [dict(name=s.name, title=s.title, start_urls=list(s.start_urls),
                                       schedule=s.schedule or config.schedule.default,
                                       articles=0, hijacked=0, gone=0, last_run=None) for s in config.sources]
    if config.path is None:
        if env.db_override is None or not archive_exists(env.db_path):
            raise UsageError(_("no configuration file (./newsvault.toml does not exist): pass --config FILE, "
                               "or --db FILE to list the sources an archive knows"))
        click.echo(_("no configuration file: the sources {db} knows").format(db=env.db_name), err=True)
        with connect(env.db_path, readonly=True) as conn:
            rows = [dict(name=name, title=title, start_urls=[], schedule=None, articles=0, hijacked=0, gone=0,
                         last_run=None) for name, title in conn.execute("SELECT name, title FROM sources ORDER BY name")]
    if not archive_exists(env.db_path):
        return rows
    with connect(env.db_path, readonly=True) as conn:
        for r in rows:
            r["articles"], r["hijacked"], r["gone"] = article_counts(conn, r["name"])
            run = conn.execute("SELECT * FROM runs WHERE source=? ORDER BY id DESC LIMIT 1", (r["name"],)).fetchone()
            if run:
                r["last_run"] = {**{k: run[k] for k in run.keys()}, **as_dict(run, conn)}
    return rows


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@common_options
def sources(as_json: bool, env: Env) -> None:
    """List the configured sources with their last run and article counts.

    health flags the last run: "layout changed?" (it archived no article where the runs
    before it did), "errors" (over 20% of its pages failed), "empty start page" or "hijacked
    since DATE: N pages" (live pages of the source are hijacked now); `newsvault runs` says why.
    The source's title ([[source]] title) is shown beside its name.

    \b
    Example:
      newsvault sources --config newsvault.toml
    """
    rows = source_rows(env)
    for warning in overlaps(env.config):
        click.echo(_("newsvault: warning: {message}").format(message=warning), err=True)
    if as_json:
        click.echo(safe_json(rows, indent=2))
        return
    if not rows:
        click.echo(_("no sources configured in {file}").format(file=env.config.path or "newsvault.toml"))
        return
    head = (_("source"), _("title"), _("articles"), _("hijacked"), _("last run ({zone})").format(zone=env.zone),
            _("status"), _("new"), _("errors"), _("health"), _("schedule"))
    table = []
    for r in rows:
        run = r["last_run"] or {}
        started = local(run["started_at"], env.zone) if run.get("started_at") else _("never")
        health = health_labels(run.get("health")) or "-"
        table.append((r["name"], safe_line(r["title"] or "-"), r["articles"], r["hijacked"], started,
                      _(run["status"]) if run.get("status") else "-", run.get("articles_new", "-"),
                      run.get("errors", "-"), health, r["schedule"] or "-"))
    click.echo(format_table(head, table, right={2, 3, 6, 7}))
