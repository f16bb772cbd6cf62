"""`newsvault reprocess`: clean every stored capture again with the current cleaner."""
from __future__ import annotations

import sys
import time

import click

import settings
from archive.reprocess import ReprocessCounts, reprocess
from cli.options import Env, common_options
from cli.table import format_table
from cli.terminal import safe_line
from core.errors import NewsvaultError
from core.i18n import _
from core.lifeline import exit_on_sigterm

# Without a terminal, one progress line this often.
LOG_PROGRESS_EVERY_S = 10.0
SUMMARY_HEAD = ("source", "articles", "new versions", "updated", "unchanged", "skipped", "failed")  # translated when shown


class ReprocessFailed(NewsvaultError):
    """Not one article could be cleaned again, or some captures could not be read back."""

    exit_code = 1


class Progress:
    """A self-rewriting line on a terminal; otherwise a plain line every LOG_PROGRESS_EVERY_S."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = time.monotonic()

    def __call__(self, done: int, total: int, counts: dict[str, ReprocessCounts]) -> None:
        if not self.tty and time.monotonic() - self.last < LOG_PROGRESS_EVERY_S and done < total:
            return
        self.last = time.monotonic()
        c = _total(counts)
        line = _("reprocessing: {done}/{total} articles, {changed} new versions, {updated} updated, "
                 "{failed} failed").format(done=done, total=total, changed=c.changed, updated=c.updated, failed=c.failed)
        if self.tty:
            sys.stderr.write("\r\033[K" + line)
            if done == total:
                sys.stderr.write("\r\033[K")
            sys.stderr.flush()
        else:
            click.echo(line, err=True)


def _total(counts: dict[str, ReprocessCounts]) -> ReprocessCounts:
    t = ReprocessCounts("total")
    for c in counts.values():
        for k in ("articles", "changed", "updated", "unchanged", "skipped", "failed", "damaged"):
            setattr(t, k, getattr(t, k) + getattr(c, k))
    return t


def summary_table(counts: dict[str, ReprocessCounts]) -> str:
    rows = [(c.source, c.articles, c.changed, c.updated, c.unchanged, c.skipped, c.failed) for c in counts.values()]
    head = (_("source"), _("articles"), _("new versions"), _("updated"), _("unchanged"), _("skipped"), _("failed"))
    return format_table(head, rows, right=range(1, len(SUMMARY_HEAD)))


@click.command(name="reprocess")
@click.option("--source", help="Only the articles of this source (its name in the config).")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Cleaning processes (default: as the crawl, one per core but one; 0 cleans in this process).")
@common_options
def reprocess_command(source: str | None, workers: int | None, env: Env) -> None:
    """Run the current cleaner again over every article's latest capture.

    A new version is added only where the clean title or text changed; corrected metadata
    (publish time, author, 来源, findings) is updated in place. Each article is written in its
    own transaction: an interrupted reprocess loses nothing, and running it again finishes the
    rest. Uses the selectors of the configured sources when a config is given.

    \b
    Example:
      newsvault reprocess --db data/archive.db
      newsvault reprocess --source gzou-news --config newsvault.toml
    """
    exit_on_sigterm()  # a SIGTERM stops the cleaning workers too, then exits (each article is its own transaction)
    selectors = {s.name: s.selectors for s in env.config.sources}  # a broken ./newsvault.toml is an error too
    counts = reprocess(env.db_path, source, selectors,
                       settings.NEWSVAULT_CLEAN_WORKERS if workers is None else workers, Progress())
    if not counts:
        click.echo(_("no articles in {db}: nothing to reprocess").format(db=env.db_name))
        return
    click.echo(summary_table(counts))
    total = _total(counts)
    for c in counts.values():
        for failure in c.failures[:10]:
            click.echo("  " + _("failed: {failure}").format(failure=safe_line(failure)))
        if len(c.failures) > 10:
            click.echo("  " + _("… and {n} more failures of {source}").format(n=len(c.failures) - 10, source=c.source))
    click.echo(_("archive: {path}").format(path=env.db_name))
    if total.failed and total.failed == total.articles:
        raise ReprocessFailed(_("no article could be cleaned again ({n} failures)").format(n=total.failed))
    if total.damaged:
        raise ReprocessFailed(_("{n} captures could not be read back (listed above; the rest was reprocessed): "
                                "run `newsvault verify --db {db}`").format(n=total.damaged, db=env.db_path))

