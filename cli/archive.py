"""`newsvault archive copy --to URL`: move an embedded archive into PostgreSQL."""
from __future__ import annotations

import sys
from contextlib import closing
from pathlib import Path

import click

from cli.options import Env, common_options
from core.errors import UsageError
from core.i18n import _


@click.group()
def archive() -> None:
    """Move an archive between databases: copy an SQLite archive to PostgreSQL.

    The subcommand takes --config FILE and --db FILE (the SQLite archive; default [archive].path).

    \b
    Example:
      newsvault archive copy --db data/archive.db --to postgresql://newsvault@db.example.org/newsvault
    """


@archive.command("copy")
@click.option("--to", "target", required=True, metavar="URL",
              help="The PostgreSQL database to copy into (postgresql://user@host/db): empty, or a copy of this archive "
                   "that was interrupted.")
@click.option("--warc-dir", type=click.Path(file_okay=False, path_type=Path),
              help="The WARC folder the copy names captures' files relative to (default: this host's: "
                   "NEWSVAULT_WARC_DIR, [cluster].warc_dir, [archive].warc_dir).")
@common_options
def copy(target: str, warc_dir: Path | None, env: Env) -> None:
    """Copy an SQLite archive (--db, or [archive].path) into a PostgreSQL database, then verify it.

    Every table is copied with its ids, in batches of one transaction each, and the articles are
    indexed for search as they arrive. Interrupted (Ctrl-C, a lost connection), it resumes where
    it stopped when run again. At the end each table's row count and a digest of its rows are
    compared on both sides. Stop crawls into the archive first (stop the scheduler). The WARC
    files stay where they are: move them into the shared WARC folder before copying, and the
    copy names them relative to it.

    \b
    Example:
      newsvault archive copy --db data/archive.db --to postgresql://newsvault@db.example.org/newsvault
      newsvault upgrade --db postgresql://newsvault@db.example.org/newsvault   # (copy does this itself)
    """
    from archive.backend import display, is_postgres_url, set_warc_dir
    from archive.copy import copy_archive
    from archive.db import connect

    source = env.db_path
    if is_postgres_url(source):
        raise UsageError(_("--db must be the SQLite archive to copy from (the copy goes --to a PostgreSQL URL)"))
    if not is_postgres_url(target):
        raise UsageError(_("--to {url}: give a PostgreSQL URL (postgresql://user@host/database)").format(
            url=repr(target[:40])))
    folder = (warc_dir or env.config.warc_dir).resolve()
    set_warc_dir(folder)
    tty = sys.stderr.isatty()
    shown: dict[str, float] = {}

    def progress(table: str, done: int, total: int, rate: float) -> None:
        import time

        now = time.monotonic()
        if done < total and now - shown.get(table, 0) < (0.2 if tty else 10):
            return
        shown[table] = now
        line = _("{table}: {done:,}/{total:,} rows ({rate:,.0f}/s)").format(table=table, done=done, total=total,
                                                                           rate=rate)
        click.echo(("\r\033[K" + line) if tty else line, err=True, nl=not tty or done >= total)

    click.echo(_("copying {source} → {target} (WARC files named relative to {folder})").format(
        source=source, target=display(target), folder=folder), err=True)
    with closing(connect(source, readonly=True)) as src, closing(connect(target)) as dst:
        report = copy_archive(src, dst, str(Path(source).resolve()), folder, progress)
    for table, n in report.tables.items():
        click.echo(_("{table:<24} {n:>10,} rows  (copied now: {copied:,})").format(table=table, n=n,
                                                                                  copied=report.copied[table]))
    click.echo(_("verified: row counts and digests match. {target} is ready: set [archive] url to it.").format(
        target=display(target)))
