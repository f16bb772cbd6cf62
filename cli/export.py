"""`newsvault export`: articles as JSON Lines or CSV, to a file or stdout; captures as one WARC file."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.articles import iter_articles
from archive.db import connect
from archive.export import write_csv, write_jsonl, write_warc
from cli.dates import date_option
from cli.options import Env, common_options
from core.errors import UsageError


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "warc"]), default="jsonl", show_default=True,
              help="jsonl/csv: the articles; warc: the raw captures (needs --output).")
@click.option("--source", help="Only articles (captures) of this source (its name in the config).")
@date_option("--since", "Only articles published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY); "
                        "with --format warc, captures fetched on or after it.")
@date_option("--until", "Only articles published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY); "
                        "with --format warc, captures fetched on or before it.")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark so Excel reads Chinese.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@common_options
def export(fmt: str, source: str | None, since: str | None, until: str | None, bom: bool,
           output: Path | None, env: Env) -> None:
    """Export archived articles (latest versions) as JSON Lines or CSV, or the raw captures as WARC.

    JSONL objects (and CSV columns) carry every version, the status (live/gone) and the
    attachments. WARC: every fetch of the chosen source and dates (response or revisit record
    and request record), as one file any WARC tool reads.

    \b
    Example:
      newsvault export --format jsonl --source gzou-news --output gzou.jsonl
      newsvault export --format csv --bom --since 2024-01-01 -o articles.csv
      newsvault export --format warc --source gzou-news --since 2024-05-01 -o gzou-may.warc.gz
    """
    if fmt == "warc":
        if output is None:
            raise UsageError("--format warc writes a binary file: give --output FILE (e.g. captures.warc.gz)")
        with connect(env.db_path, readonly=True) as conn:
            tmp = output.with_name(output.name + ".part")
            with open(tmp, "wb") as out:
                n = write_warc(conn, out, output.name, source=source, since=since, until=until)
            tmp.replace(output)
        click.echo(f"exported {n} captures to {output}", err=True)
        return
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
