"""`newsvault export`: articles as JSON Lines, CSV or Excel, to a file or stdout; captures as one
WARC file or a WACZ package."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.articles import iter_articles
from archive.db import connect
from archive.export import write_csv, write_jsonl, write_warc, write_xlsx
from archive.search import match_ids
from archive.sources import check_sources
from archive.wacz import write_wacz
from cli.dates import date_option
from cli.options import Env, common_options
from core.errors import UsageError
from core.i18n import _

BINARY_FORMATS = ("xlsx", "warc", "wacz")
CAPTURE_FORMATS = ("warc", "wacz")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "xlsx", "warc", "wacz"]), default="jsonl",
              show_default=True,
              help="jsonl/csv/xlsx: the articles; warc: the raw captures; wacz: them as a package ReplayWeb.page "
                   "and pywb open (xlsx, warc and wacz need --output).")
@click.option("--source", help="Only articles (captures) of this source (its name in the config).")
@date_option("--since", "Only articles published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY); "
                        "with --format warc/wacz, captures fetched on or after it ([archive].timezone).")
@date_option("--until", "Only articles published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY); "
                        "with --format warc/wacz, captures fetched on or before it.")
@click.option("--query", "-q", metavar="QUERY",
              help="Only the articles this search finds (the words of `newsvault search`).")
@click.option("--raw", is_flag=True, help="--query is FTS5 syntax, as `newsvault search --raw`.")
@click.option("--hijacked/--not-hijacked", default=None, help="Only hijacked articles, or only clean ones.")
@click.option("--bom/--no-bom", default=True, show_default=True,
              help="CSV: start with a UTF-8 byte order mark, so that Excel reads Chinese (--no-bom for other tools).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@common_options
def export(fmt: str, source: str | None, since: str | None, until: str | None, query: str | None, raw: bool,
           hijacked: bool | None, bom: bool, output: Path | None, env: Env) -> None:
    """Export archived articles (latest versions) as JSON Lines, CSV or Excel, or the raw captures as WARC or WACZ.

    JSONL objects (and CSV/Excel columns) carry every version, the status (live/gone), the
    attachments and images. CSV starts with a byte order mark for Excel (--no-bom drops it);
    Excel cells over 32,767 characters continue in a second sheet. --query exports a search
    result. WARC: every fetch of the chosen source and dates (response or revisit record and
    request record), as one file any WARC tool reads; WACZ packs them with an index and the
    list of pages for replay (ReplayWeb.page, pywb).

    \b
    Example:
      newsvault export --format jsonl --source gzou-news --output gzou.jsonl
      newsvault export --format xlsx --query 防汛 --since 2024-01-01 -o 防汛.xlsx
      newsvault export --format warc --source gzou-news --since 2024-05-01 -o gzou-may.warc.gz
      newsvault export --format wacz --source gzou-news -o gzou.wacz
    """
    if fmt in BINARY_FORMATS and output is None:
        raise UsageError(_("--format {fmt} writes a binary file: give --output FILE (e.g. {example})").format(
            fmt=fmt, example={"xlsx": "articles.xlsx", "warc": "captures.warc.gz", "wacz": "captures.wacz"}[fmt]))
    if fmt in CAPTURE_FORMATS and (query or hijacked is not None):
        raise UsageError(_("--query and --hijacked choose articles: they go with jsonl, csv or xlsx, not {fmt}").format(
            fmt=fmt))
    with connect(env.db_path, readonly=True) as conn:
        check_sources(conn, source, env.source_titles())
        if fmt in CAPTURE_FORMATS:
            assert output is not None
            n = _write_file(output, lambda out: write_warc(conn, out, output.name, source=source, since=since,
                                                           until=until, zone=env.zone)
                            if fmt == "warc" else write_wacz(conn, out, source=source, since=since,
                                                             until=until, zone=env.zone), path=fmt == "wacz")
            click.echo(_("exported {n} captures to {file}").format(n=n, file=output), err=True)
            return
        ids = None
        if query is not None or hijacked is not None:
            ids = sorted(match_ids(conn, query, source=source, since=since, until=until, hijacked=hijacked, raw=raw)) \
                if query is not None else None
        rows = iter_articles(conn, source=source, since=since, until=until, ids=ids, hijacked=hijacked)
        if output is None:
            n = write_csv(rows, sys.stdout, bom) if fmt == "csv" else write_jsonl(rows, sys.stdout)
        elif fmt == "xlsx":
            n = _write_file(output, lambda out: write_xlsx(rows, out))
        else:
            with_text = lambda out: write_csv(rows, out, bom) if fmt == "csv" else write_jsonl(rows, out)  # noqa: E731
            n = _write_file(output, with_text, text=True)
    if output is not None:
        click.echo(_("exported {n} articles to {file}").format(n=n, file=output), err=True)


def _write_file(output: Path, write, text: bool = False, path: bool = False) -> int:
    """Write through ``write`` into ``output``.part, then rename: never half a file under the name asked for."""
    tmp = output.with_name(output.name + ".part")
    try:
        if path:
            n = write(tmp)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") if text else open(tmp, "wb") as out:
                n = write(out)
        tmp.replace(output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n
