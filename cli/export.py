"""`newsvault export`: articles as JSON Lines or CSV, to a file or stdout."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.articles import iter_articles
from archive.db import connect
from archive.export import write_csv, write_jsonl
from cli.dates import date_option
from cli.options import Env, common_options


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--source", help="Only articles of this source (its name in the config).")
@date_option("--since", "Only articles published on or after this date (YYYY-MM-DD).")
@date_option("--until", "Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark so Excel reads Chinese.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@common_options
def export(fmt: str, source: str | None, since: str | None, until: str | None, bom: bool,
           output: Path | None, env: Env) -> None:
    """Export archived articles (latest versions) as JSON Lines or CSV.

    \b
    Example:
      newsvault export --format jsonl --source gzou-news --output gzou.jsonl
      newsvault export --format csv --bom --since 2024-01-01 -o articles.csv
    """
    with connect(env.db_path, readonly=True) as conn:
        rows = iter_articles(conn, source=source, since=since, until=until)
        if output is None:
            n = (write_csv(rows, sys.stdout, bom) if fmt == "csv" else write_jsonl(rows, sys.stdout))
        else:
            tmp = output.with_name(output.name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                n = write_csv(rows, out, bom) if fmt == "csv" else write_jsonl(rows, out)
            tmp.replace(output)  # never leave half a file under the name asked for
    if output is not None:
        click.echo(f"exported {n} articles to {output}", err=True)
