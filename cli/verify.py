"""`newsvault verify`: read every capture back and check it against what the archive recorded."""
from __future__ import annotations

import sys
from contextlib import closing

import click

from archive.db import connect
from archive.verify import verify
from cli.options import Env, common_options
from cli.terminal import safe, safe_json
from core.errors import NewsvaultError

# At most this many damaged captures are listed one per line (all of them with --json).
LIST_AT_MOST = 50


class Damaged(NewsvaultError):
    """verify found damage: exit status 1."""

    exit_code = 1


@click.command()
@click.option("--source", help="Only the captures of this source (its name in the config).")
@click.option("--json", "as_json", is_flag=True,
              help="Print one object: captures, files, bytes, integrity, damaged [{capture_id, url, file, offset, "
                   "reason}], file_problems, ok.")
@common_options
def verify_command(source: str | None, as_json: bool, env: Env) -> None:
    """Check every capture's WARC record against its digests, and the archive database's integrity.

    Reads each capture's records back (nothing is changed): the record must be the one the
    database recorded, its WARC block and payload digests must match, and the body's SHA-256
    must be the one recorded when it was archived. Lists what is damaged and exits 1 if anything
    is; `reprocess`, `export --format warc` and the web's raw download skip damaged captures.

    \b
    Example:
      newsvault verify --db data/archive.db
      newsvault verify --source gzou-news --json
    """
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            click.echo(f"\r\033[Kverifying: {done:,}/{total:,} captures", err=True, nl=done == total)

    with closing(connect(env.db_path, readonly=True)) as conn:
        report = verify(conn, source, progress)
    if as_json:
        click.echo(safe_json(report.to_dict(), indent=2))
    else:
        click.echo(f"{env.db_path}: {report.captures:,} captures checked in {report.files:,} WARC files "
                   f"({report.bytes / 2**20:,.1f} MiB), {len(report.damaged):,} damaged; database integrity: "
                   f"{safe(report.integrity)}")
        for d in report.damaged[:LIST_AT_MOST]:
            where = f"{d.file} @ {d.offset}" if d.file else "blobs table"
            click.echo(f"  damaged: capture {d.capture_id}  {safe(d.url)}  {safe(where)}: {safe(d.reason)}")
        if len(report.damaged) > LIST_AT_MOST:
            click.echo(f"  … and {len(report.damaged) - LIST_AT_MOST:,} more (--json lists them all)")
        for problem in report.file_problems:
            click.echo(f"  file: {safe(problem)}")
    if not report.ok:
        raise Damaged(f"{len(report.damaged)} damaged captures, {len(report.file_problems)} WARC file problems, "
                      f"database integrity: {report.integrity}")
