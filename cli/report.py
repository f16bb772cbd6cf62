"""`newsvault report`: the hijack report, per source, as text, JSON or CSV."""
from __future__ import annotations

import csv
import json
import sys

import click

from archive.db import connect
from archive.report import hijack_report, render_text, report_rows
from cli.dates import date_option
from cli.options import Env, common_options

CSV_FIELDS = ("source", "url", "title", "status", "hijacked_now", "first_seen_hijacked", "last_seen_hijacked",
              "kinds", "domains", "brands")


@click.command()
@click.option("--source", help="Only this source (its name in the config).")
@date_option("--since", "Only pages checked, and seen hijacked, on or after this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True,
              help="text: readable; json: one object per source; csv: one row per hijacked page.")
@common_options
def report(source: str | None, since: str | None, fmt: str, env: Env) -> None:
    """Report the hijacked pages of each source: what to send its webmaster.

    Per source: pages checked, pages found hijacked, when they were first and last seen
    hijacked, the injection kinds (spam titles, hidden link farms, cloaking scripts, spliced
    brands…) with how many pages carry each, the spam domains and brands found, and the URLs.

    \b
    Example:
      newsvault report --db data/archive.db
      newsvault report --source gzou-news --since 2024-05-01 --format csv > gzou-hijacks.csv
    """
    with connect(env.db_path, readonly=True) as conn:
        reports = hijack_report(conn, source, since)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(report_rows(reports))
    elif reports:
        click.echo(render_text(reports), nl=False)
    else:
        click.echo(f"no articles in {env.db_path} yet")
