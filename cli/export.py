"""`newsvault export`: articles as JSON Lines, CSV or Excel, to a file or stdout; captures as one
WARC file or a WACZ package.

An export never clobbers: an existing output file is refused unless --force, the archive's own
files (its database, the WARC folder, any folder holding WARC files it points at) always are,
and the output is written to a temporary file beside it and renamed into place only when
complete. A damaged capture is left out of a WARC or WACZ export, named, and the command exits 1.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

import click

from archive.articles import iter_articles
from archive.captures import archive_folder
from archive.db import connect
from archive.export import write_csv, write_jsonl, write_warc, write_xlsx
from archive.run_locks import lock_dir
from archive.search import match_ids
from archive.sources import check_sources
from archive.wacz import write_wacz
from archive.warc import resolve_path
from cli.dates import date_option
from cli.options import Env, common_options
from cli.terminal import safe_line
from core.errors import ConfigError, DamagedRecord, NewsvaultError, UsageError
from core.i18n import _

BINARY_FORMATS = ("xlsx", "warc", "wacz")
CAPTURE_FORMATS = ("warc", "wacz")
# The archive database's companions that SQLite keeps beside it.
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


class ExportIncomplete(NewsvaultError):
    """Some captures were damaged and left out of a WARC or WACZ export (the rest was written)."""

    exit_code = 1


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
              help="Write here instead of standard output (an existing file only with --force).")
@click.option("--force", is_flag=True, help="Replace an existing --output file (never one of the archive's own).")
@common_options
def export(fmt: str, source: str | None, since: str | None, until: str | None, query: str | None, raw: bool,
           hijacked: bool | None, bom: bool, output: Path | None, force: bool, env: Env) -> None:
    """Export archived articles (latest versions) as JSON Lines, CSV or Excel, or the raw captures as WARC or WACZ.

    JSONL objects (and CSV/Excel columns) carry every version, the status (live/gone), the
    attachments and images. CSV starts with a byte order mark for Excel (--no-bom drops it);
    Excel cells over 32,767 characters continue in a second sheet. --query exports a search
    result. WARC: every fetch of the chosen source and dates (response or revisit record and
    request record), as one file any WARC tool reads; WACZ packs them with an index and the
    list of pages for replay (ReplayWeb.page, pywb). A damaged capture is left out, named on
    stderr, and the export exits 1. An existing output file is refused unless --force; the
    archive's database and WARC files always are.

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
        if output is not None:
            refuse_clobbering(output, force, env, conn)
        if fmt in CAPTURE_FORMATS:
            assert output is not None
            damaged: list[int] = []

            def skip(row: sqlite3.Row, e: DamagedRecord) -> None:
                damaged.append(row["id"])
                click.echo(_("newsvault: export: skipped damaged capture {id} {url}: {error}").format(
                    id=row["id"], url=safe_line(row["final_url"]), error=safe_line(e)), err=True)

            n = _write_file(output, force, lambda out: write_warc(conn, out, output.name, source=source, since=since,
                                                                  until=until, zone=env.zone, on_damaged=skip)
                            if fmt == "warc" else write_wacz(conn, out, source=source, since=since,
                                                             until=until, zone=env.zone, on_damaged=skip),
                            path=fmt == "wacz")
            click.echo(_("exported {n} captures to {file}").format(n=n - len(damaged), file=output), err=True)
            if damaged:
                raise ExportIncomplete(_("{n} damaged captures were left out of {file} (the rest is there): run "
                                         "`newsvault verify --db {db}`").format(n=len(damaged), file=output,
                                                                                db=env.db_path))
            return
        ids = None
        if query is not None or hijacked is not None:
            ids = sorted(match_ids(conn, query, source=source, since=since, until=until, hijacked=hijacked, raw=raw)) \
                if query is not None else None
        rows = iter_articles(conn, source=source, since=since, until=until, ids=ids, hijacked=hijacked)
        if output is None:
            n = write_csv(rows, sys.stdout, bom) if fmt == "csv" else write_jsonl(rows, sys.stdout)
        elif fmt == "xlsx":
            n = _write_file(output, force, lambda out: write_xlsx(rows, out))
        else:
            with_text = lambda out: write_csv(rows, out, bom) if fmt == "csv" else write_jsonl(rows, out)  # noqa: E731
            n = _write_file(output, force, with_text, text=True)
    if output is not None:
        click.echo(_("exported {n} articles to {file}").format(n=n, file=output), err=True)


def refuse_clobbering(output: Path, force: bool, env: Env, conn: sqlite3.Connection) -> None:
    """UsageError for an output that is one of the archive's own files, or exists (without --force)."""
    target = output.expanduser().resolve()
    db = env.db_path if isinstance(env.db_path, str) else env.db_path.resolve()  # a URL has no files of its own
    if target in {Path(f"{db}{suffix}") for suffix in SQLITE_SIDE_FILES}:
        raise UsageError(_("{file}: that is the archive database itself: export to another file").format(file=output))
    for folder in _archive_folders(env, conn):
        if target == folder or folder in target.parents:
            raise UsageError(_("{file}: inside {folder}, where the archive keeps its own files: export elsewhere").format(
                file=output, folder=folder))
    if target.exists() and not force:
        raise UsageError(_("{file} exists: give --force to replace it, or choose another --output").format(file=output))


def _archive_folders(env: Env, conn: sqlite3.Connection) -> set[Path]:
    """The WARC folders (configured, default, and those holding the files captures point at) and
    the run-lock folder."""
    if isinstance(env.db_path, str):  # PostgreSQL: this host's WARC folder, and those the captures name
        base = archive_folder(conn).resolve()
        return {base} | {resolve_path(name, base).resolve().parent for (name,) in conn.execute(
            "SELECT DISTINCT warc_file FROM captures WHERE warc_file IS NOT NULL")}
    db = env.db_path.resolve()
    folders = {db.parent / "warc", lock_dir(db)}
    try:
        folders.add(env.config.archive.warc_dir.resolve())
    except ConfigError:
        pass  # a reader needs no configuration; the folders captures point at are checked below
    for (name,) in conn.execute("SELECT DISTINCT warc_file FROM captures WHERE warc_file IS NOT NULL"):
        path = Path(name)
        folders.add((path if path.is_absolute() else db.parent / path).resolve().parent)
    return folders


def _write_file(output: Path, force: bool, write, text: bool = False, path: bool = False) -> int:
    """Write through ``write`` into a temporary file beside ``output``, then put it in place: never
    half a file under the name asked for. Without ``force`` the last step refuses a file that
    appeared meanwhile (a hard link fails on an existing name; where there are no hard links, a
    rename after a last check)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    tmp = Path(name)
    try:
        if path:
            os.close(fd)
            n = write(tmp)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") if text else os.fdopen(fd, "wb") as out:
                n = write(out)
        os.chmod(tmp, 0o666 & ~_umask())
        if force:
            os.replace(tmp, output)
        else:
            try:
                os.link(tmp, output)
            except FileExistsError:
                raise UsageError(_("{file} appeared while exporting: not replaced (give --force)").format(
                    file=output)) from None
            except OSError:  # a file system without hard links
                if output.exists():
                    raise UsageError(_("{file} appeared while exporting: not replaced (give --force)").format(
                        file=output)) from None
                os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    return n


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
