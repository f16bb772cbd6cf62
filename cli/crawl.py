"""`newsvault crawl`: crawl configured sources into the archive, with live progress on a terminal."""
from __future__ import annotations

import logging
import sqlite3
import sys
import time

import click

from archive.runs import conclude_run
from archive.store import ArchiveStore
from cli.options import Env, common_options
from cli.table import format_table
from cli.terminal import source_label
from core.clock import use_zone_for_logs
from core.errors import NewsvaultError, UsageError
from core.i18n import _
from scraper.runner import RunSummary, run_crawl

logger = logging.getLogger("newsvault.crawl")

# Without a terminal (cron, scheduler logs), one progress line per source this often.
LOG_PROGRESS_EVERY_S = 10.0

TRIGGERS = ("manual", "schedule", "catch-up")


class CrawlFailed(NewsvaultError):
    """At least one source could not be crawled at all (its site is down, or the archive failed)."""

    exit_code = 1


class LogProgress:
    """Plain log lines, at most every LOG_PROGRESS_EVERY_S seconds."""

    def __init__(self) -> None:
        self.last = time.monotonic()

    def __call__(self, summaries: list[RunSummary]) -> None:
        if time.monotonic() - self.last < LOG_PROGRESS_EVERY_S:
            return
        self.last = time.monotonic()
        for s in summaries:
            logger.info("%s: %d pages fetched, %d new, %d changed, %d unchanged, %d errors", s.source,
                        s.pages_fetched, s.articles_new, s.articles_changed, s.articles_unchanged, s.errors)


def summary_table(summaries: list[RunSummary], titles: dict[str, str] | None = None) -> str:
    head = (_("source"), _("run"), _("status"), _("pages"), _("new"), _("changed"), _("unchanged"), _("skipped"),
            _("gone"), _("errors"), _("files"))
    rows = [(source_label(s.source, titles or {}), s.run_id or "-", _(s.status), s.pages_fetched, s.articles_new,
             s.articles_changed, s.articles_unchanged, s.articles_skipped, s.articles_gone, s.errors, s.files_captured)
            for s in summaries]
    return format_table(head, rows, right=range(3, len(head)))


def crawl_sources(env: Env, names: tuple[str, ...], trigger: str = "manual",
                  run_id: int | None = None, recheck: bool = False, debug: bool = False) -> list[RunSummary]:
    """Crawl, print the summary table, and return the summaries (used by `crawl` and `demo`)."""
    config = env.config
    sources = config.select(list(names))
    if not sources:
        raise UsageError(_("{file}: no [[source]] configured: nothing to crawl").format(
            file=config.path or "newsvault.toml"))
    if run_id is not None and len(sources) != 1:
        raise UsageError(_("--run-id records the run of one source: name exactly one SOURCE"))
    use_zone_for_logs(config.archive.timezone)
    ArchiveStore(env.db_path).close()  # fail now, in one line, if the archive cannot be opened
    titles = env.source_titles()
    interrupts: list[int] = []
    if sys.stderr.isatty():
        summaries = _crawl_live(env, sources, trigger, run_id, recheck, debug, titles, interrupts)
    else:
        summaries = run_crawl(config, sources, env.db_path, trigger=trigger,
                              log_level="DEBUG" if debug else "INFO", on_progress=LogProgress(), run_id=run_id,
                              recheck=recheck, on_interrupt=interrupts.append)
    if interrupts:  # a run still going when the crawl stopped was cut short
        for s in summaries:
            if s.status == "running":
                s.status = "interrupted"
    if run_id is None:  # the scheduler concludes the runs it starts, from the process's real exit
        _conclude_runs(env, summaries)
    click.echo(summary_table(summaries, titles))
    click.echo(_("archive: {path}").format(path=env.db_path))
    return summaries


def _crawl_live(env: Env, sources, trigger: str, run_id: int | None, recheck: bool, debug: bool,
                titles: dict[str, str], interrupts: list[int]) -> list[RunSummary]:
    """The crawl with its live display on the terminal (cli.progress)."""
    from rich.console import Console

    from cli.progress import ConsoleLogHandler, LiveProgress

    console = Console(stderr=True)
    handler = ConsoleLogHandler(console, titles, debug)
    progress = LiveProgress(console, titles)

    def interrupted(count: int) -> None:
        interrupts.append(count)
        progress.interrupted(count)

    try:
        summaries = run_crawl(env.config, sources, env.db_path, trigger=trigger,
                              log_level="DEBUG" if debug else "WARNING", on_progress=progress, run_id=run_id,
                              recheck=recheck, log_handler=handler, on_interrupt=interrupted)
        progress(summaries)
    finally:
        progress.close()
    return summaries


def _conclude_runs(env: Env, summaries: list[RunSummary]) -> None:
    """Record each run's exit status (what `newsvault crawl SOURCE` alone exits with) and health.
    A run the crawl left unfinished (stopped at once by a second Ctrl-C) is interrupted."""
    try:
        with ArchiveStore(env.db_path) as store:
            for s in summaries:
                if s.run_id is not None:
                    conclude_run(store.conn, s.run_id, 0 if s.status == "ok" else CrawlFailed.exit_code,
                                 stopped_as="interrupted" if s.status == "interrupted" else None)
    except (sqlite3.Error, NewsvaultError) as e:
        logger.warning("could not record the runs' exit status and health: %s", e)


@click.command()
@click.argument("sources", nargs=-1)
@click.option("--trigger", type=click.Choice(TRIGGERS), default="manual", hidden=True,
              help="Recorded in the run history (the scheduler passes schedule or catch-up).")
@click.option("--run-id", type=click.IntRange(min=1), hidden=True,
              help="Record into this run row, created by the scheduler (one SOURCE only).")
@click.option("--recheck", is_flag=True,
              help="Also re-fetch every live archived article of the sources now, linked from a listing or not "
                   "(catches edits and deletions; conditional requests, so unchanged pages cost a 304).")
@click.option("--debug", is_flag=True, help="Show every log line, with the tracebacks of errors.")
@common_options
def crawl(sources: tuple[str, ...], trigger: str, run_id: int | None, recheck: bool, debug: bool, env: Env) -> None:
    """Crawl all configured sources, or the named SOURCES, into the archive.

    Shows live progress on a terminal (one line per source) and a summary table at the end.
    Ctrl-C stops after the pages being fetched (a second Ctrl-C stops at once); what was
    archived is kept. Exit status 0 when the runs completed (even with per-page errors), 1 when
    a source could not be crawled at all or was interrupted, 2 for a configuration error.
    Archived articles are re-fetched at most every [crawl].recheck_after unless a listing shows
    them as new; --recheck re-fetches all.

    \b
    Example:
      newsvault crawl --config newsvault.toml
      newsvault crawl gzou-news --db /srv/newsvault/archive.db
      newsvault crawl gzou-news --recheck
    """
    summaries = crawl_sources(env, sources, trigger, run_id, recheck, debug)
    bad = [s for s in summaries if s.status != "ok"]
    if bad:
        raise CrawlFailed("; ".join(_("{source}: run {run} {status}").format(source=s.source, run=s.run_id,
                                                                             status=_(s.status)) for s in bad))
