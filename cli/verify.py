"""`newsvault verify`: read every capture back and check it against what the archive recorded."""
from __future__ import annotations

import sys
from contextlib import closing

import click

from archive.db import connect
from archive.verify import verify
from cli.options import Env, common_options
from cli.terminal import safe_json, safe_line
from core.errors import NewsvaultError
from core.i18n import _

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
            click.echo("\r\033[K" + _("verifying: {done:,}/{total:,} captures").format(done=done, total=total),
                       err=True, nl=done == total)

    with closing(connect(env.db_path, readonly=True)) as conn:
        report = verify(conn, source, progress)
    if as_json:
        click.echo(safe_json(report.to_dict(), indent=2))
    else:
        click.echo(_("{db}: {captures:,} captures checked in {files:,} WARC files ({mib:,.1f} MiB), {damaged:,} "
                     "damaged; database integrity: {integrity}").format(
            db=env.db_path, captures=report.captures, files=report.files, mib=report.bytes / 2**20,
            damaged=len(report.damaged), integrity=safe_line(report.integrity)))
        for d in report.damaged[:LIST_AT_MOST]:
            where = f"{d.file} @ {d.offset}" if d.file else _("blobs table")
            click.echo("  " + _("damaged: capture {id}  {url}  {where}: {reason}").format(
                id=d.capture_id, url=safe_line(d.url), where=safe_line(where), reason=safe_line(d.reason)))
        if len(report.damaged) > LIST_AT_MOST:
            click.echo("  " + _("… and {n:,} more (--json lists them all)").format(n=len(report.damaged) - LIST_AT_MOST))
        for problem in report.file_problems:
            click.echo("  " + _("file: {problem}").format(problem=safe_line(problem)))
    if not report.ok:
        raise Damaged(_("{damaged} damaged captures, {problems} WARC file problems, database integrity: {integrity}")
                      .format(damaged=len(report.damaged), problems=len(report.file_problems),
                              integrity=report.integrity))
