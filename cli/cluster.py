"""`newsvault cluster status`: the queue, the workers and the jobs of a cluster."""
from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import click

from cli.options import Env, common_options
from cli.table import format_table
from core.errors import UsageError
from core.i18n import _


@click.group()
def cluster() -> None:
    """See the cluster's queue, workers and running jobs.

    The subcommand takes --config FILE (its [cluster] section) and --db FILE|URL.

    \b
    Example:
      newsvault cluster status --config /srv/newsvault/newsvault.toml
    """


def _local(ts: str | None, tz: ZoneInfo) -> str:
    return datetime.fromisoformat(ts).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if ts else "-"


@cluster.command("status")
@click.option("--json", "as_json", is_flag=True,
              help="Print one object: {workers, queued, running, queue_depth, errors}.")
@common_options
def status(as_json: bool, env: Env) -> None:
    """Show the workers (alive or not), the jobs queued and running, and each source's last error.

    \b
    Example:
      newsvault cluster status --config newsvault.toml
      newsvault cluster status --json
    """
    config = env.config
    if config.cluster is None:
        raise UsageError(_("{file}: no [cluster] section: nothing to show").format(file=config.path or "newsvault.toml"))
    from redis.exceptions import RedisError

    from cluster.queue import Cluster
    from cluster.status import cluster_status

    try:
        s = cluster_status(Cluster(config.cluster.broker, config.cluster.dead_after))
    except RedisError as e:
        raise UsageError(_("cannot reach the cluster's Redis at {broker}: {error}").format(
            broker=config.cluster.broker, error=e)) from None
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    tz = ZoneInfo(config.schedule.timezone)
    alive = sum(w["alive"] for w in s["workers"])
    dead = len(s["workers"]) - alive
    click.echo(_("workers: {alive} alive").format(alive=alive)
               + (_(", {n} not heard from").format(n=dead) if dead else ""))
    if s["workers"]:
        click.echo(format_table((_("worker"), _("alive"), _("jobs"), _("concurrency"), _("running"), _("last seen")),
                                [(w["name"], _("yes") if w["alive"] else _("no"), len(w.get("jobs") or {}),
                                  w["concurrency"],
                                  ", ".join(_("{source} (run {run})").format(source=k, run=v)
                                            for k, v in (w.get("jobs") or {}).items()) or "-",
                                  _local(w.get("last_seen"), tz)) for w in s["workers"]]))
    click.echo(_("queued: {n} source(s), {depth} job(s) waiting in the queue").format(
        n=len(s["queued"]), depth=s["queue_depth"]))
    for q in s["queued"]:
        click.echo("  " + _("{source} ({trigger}, since {since})").format(
            source=q["source"], trigger=_(q.get("trigger", "?")), since=_local(q.get("enqueued_at"), tz)))
    click.echo(_("running: {n}").format(n=len(s["running"])))
    if s["running"]:
        click.echo(format_table((_("source"), _("run"), _("worker"), _("since"), _("state")),
                                [(j["source"], j.get("run_id", "-"), j.get("worker", "-"), _local(j.get("since"), tz),
                                  _("lost (worker gone: the job will be redone)") if j["lost"] else _("running"))
                                 for j in s["running"]]))
    if s["errors"]:
        click.echo(_("last errors:"))
        for source, err in s["errors"].items():
            click.echo(f"  {source}  {_local(err.get('at'), tz)}  {err.get('worker', '-')}  {err.get('message', '')}")
