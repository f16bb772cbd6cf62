"""`newsvault crawl`: crawl configured sources into the archive, with live progress on a terminal."""
from __future__ import annotations

import logging
import signal
import sqlite3
import sys
import time

import click

from archive.run_locks import RunLock, SourceBusy
from archive.runs import conclude_run
from archive.sqlite import MAX_INTEGER, describe_error
from archive.store import ArchiveStore, RunCounts
from archive.warc_files import check_writable
from cli.options import Env, common_options
from cli.table import format_table
from cli.terminal import safe_line, source_label
from core.clock import use_zone_for_logs
from core.errors import ArchiveError, NewsvaultError, UsageError
from core.i18n import _
from core.lifeline import die_with_parent, stop_once_on, watch_parent
from scraper.runner import RunSummary, run_crawl
from scraper.sources import Source, overlaps

logger = logging.getLogger("newsvault.crawl")

# Without a terminal (cron, scheduler logs), one progress line per source this often.
LOG_PROGRESS_EVERY_S = 10.0

TRIGGERS = ("manual", "schedule", "catch-up")
# A crawl whose scheduler died stops as on a shutdown (within seconds: the spider closes and the
# run is recorded); one still alive this long after is killed with its workers. The scheduler's
# own KILL_AFTER_S, for the same reason.
ORPHAN_GRACE_S = 30.0


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
    """One row per run; ``elsewhere`` (articles another source owns) only when a run met some."""
    elsewhere = any(s.articles_elsewhere for s in summaries)
    head = (_("source"), _("run"), _("status"), _("pages"), _("new"), _("changed"), _("unchanged"), _("skipped"),
            _("gone"), *((_("elsewhere"),) if elsewhere else ()), _("errors"), _("files"))
    rows = [(source_label(s.source, titles or {}), s.run_id or "-", _(s.status), s.pages_fetched, s.articles_new,
             s.articles_changed, s.articles_unchanged, s.articles_skipped, s.articles_gone,
             *((s.articles_elsewhere,) if elsewhere else ()), s.errors, s.files_captured)
            for s in summaries]
    return format_table(head, rows, right=range(3, len(head)))


def crawl_sources(env: Env, names: tuple[str, ...], trigger: str = "manual",
                  run_id: int | None = None, recheck: bool = False, debug: bool = False,
                  lock_fd: int | None = None) -> list[RunSummary]:
    """Crawl, print the summary table, and return the summaries (used by `crawl` and `demo`).

    Before anything is fetched: the archive must open, the WARC folder take a file, and each
    source's run lock (archive.run_locks) be free — a source another process is crawling is not
    crawled twice (one line says so; the others go ahead). Each run row is then made (or, with
    ``run_id``, claimed from the scheduler that made it) by this process, which holds its lock.
    """
    config = env.config
    sources = config.select(list(names))
    if not sources:
        raise UsageError(_("{file}: no [[source]] configured: nothing to crawl").format(
            file=config.path or "newsvault.toml"))
    if run_id is not None and len(sources) != 1:
        raise UsageError(_("--run-id records the run of one source: name exactly one SOURCE"))
    use_zone_for_logs(config.archive.timezone)
    for warning in overlaps(config):
        logger.warning("%s", warning)
    try:
        check_writable(config.archive.warc_dir)
        locks, busy = _take_locks(env, sources, lock_fd)
        run_ids = _start_runs(env, locks, trigger, run_id)
    except NewsvaultError as e:
        if run_id is not None:
            _record_failure(env, run_id, str(e))
        raise
    for message in busy.values():
        click.echo(_("newsvault: error: {message}").format(message=message), err=True)
    sources = [s for s in sources if s.name in locks]
    if not sources:
        raise CrawlFailed(_("no source could be crawled"))
    titles = env.source_titles()
    interrupts: list[int] = []
    if sys.stderr.isatty():
        summaries = _crawl_live(env, sources, trigger, run_ids, recheck, debug, titles, interrupts)
    else:
        summaries = run_crawl(config, sources, env.db_path, trigger=trigger,
                              log_level="DEBUG" if debug else "INFO", on_progress=LogProgress(), run_ids=run_ids,
                              recheck=recheck, on_interrupt=interrupts.append)
    if interrupts:  # a run still going when the crawl stopped was cut short
        for s in summaries:
            if s.status == "running":
                s.status = "interrupted"
    if run_id is None:  # the scheduler concludes the runs it starts, from the process's real exit
        _conclude_runs(env, summaries)
    for lock in locks.values():
        lock.release()
    click.echo(summary_table(summaries, titles))
    click.echo(_("archive: {path}").format(path=env.db_name))
    return summaries + [RunSummary(source=name, status="not started") for name in busy]


def _start_runs(env: Env, locks: dict[str, RunLock], trigger: str, run_id: int | None) -> dict[str, int]:
    """The run row of each locked source, named in its lock file; ArchiveError in one line when
    the archive cannot be opened or written."""
    titles = {s.name: s.title for s in env.config.sources}
    try:
        with ArchiveStore(env.db_path) as store:
            run_ids = {}
            for name, lock in locks.items():
                if run_id is not None:
                    store.claim_run(run_id)
                    run_ids[name] = run_id
                else:
                    run_ids[name] = store.start_run(name, trigger, titles.get(name))
                lock.note(run_ids[name])
            return run_ids
    except sqlite3.Error as e:
        raise ArchiveError(f"{env.db_path}: {describe_error(e)}") from None


def _take_locks(env: Env, sources: list[Source], lock_fd: int | None) -> tuple[dict[str, RunLock], dict[str, str]]:
    """Each source's run lock, inherited from the scheduler (``lock_fd``) or taken here; and, for
    each source another process is crawling, the one-line message saying so."""
    if lock_fd is not None:  # a lock file: an SQLite archive's
        assert not isinstance(env.db_path, str), "a PostgreSQL archive's run lock is never handed down"
        return {sources[0].name: RunLock.inherited(lock_fd, env.db_path, sources[0].name)}, {}
    locks, busy = {}, {}
    for s in sources:
        try:
            locks[s.name] = RunLock.acquire(env.db_path, s.name)
        except SourceBusy as e:
            busy[s.name] = str(e)
    return locks, busy


def _record_failure(env: Env, run_id: int, error: str) -> None:
    """A scheduled run that could not start: its row says why (the scheduler adds the exit code)."""
    try:
        with ArchiveStore(env.db_path) as store:
            store.finish_run(run_id, "failed", RunCounts(), error=error)
    except (sqlite3.Error, NewsvaultError) as e:
        logger.warning("could not record why run %d failed: %s", run_id, e)


def _crawl_live(env: Env, sources, trigger: str, run_ids: dict[str, int], recheck: bool, debug: bool,
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
                              log_level="DEBUG" if debug else "WARNING", on_progress=progress, run_ids=run_ids,
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
                                 stopped_as="interrupted" if s.status == "interrupted" else None,
                                 timezone=env.config.archive.timezone)
    except (sqlite3.Error, NewsvaultError) as e:
        logger.warning("could not record the runs' exit status and health: %s", e)


def enqueue_sources(env: Env, names: tuple[str, ...]) -> None:
    """Queue one job per source for the cluster's workers."""
    config = env.config
    if config.cluster is None:
        raise UsageError(_("{file}: --enqueue needs a [cluster] section (broker = \"redis://host:6379/0\"); without one, "
                           "crawl here: newsvault crawl SOURCE").format(file=config.path or "newsvault.toml"))
    from cluster.queue import Cluster, enqueue

    chosen = config.select(list(names))
    if not chosen:
        raise UsageError(_("{file}: no [[source]] configured: nothing to queue").format(file=config.path or "newsvault.toml"))
    cluster = Cluster(config.cluster.broker)
    for s in chosen:
        if enqueue(cluster, s.name, "manual", stale_after=config.schedule.max_runtime):
            click.echo(_("{source}: queued").format(source=s.name))
        else:
            click.echo(_("{source}: already queued or running: not queued again").format(source=s.name))


@click.command()
@click.argument("sources", nargs=-1)
@click.option("--trigger", type=click.Choice(TRIGGERS), default="manual", hidden=True,
              help="Recorded in the run history (the scheduler passes schedule or catch-up).")
@click.option("--run-id", type=click.IntRange(min=1, max=MAX_INTEGER), hidden=True,
              help="Record into this run row, created by the scheduler (one SOURCE only).")
@click.option("--enqueue", is_flag=True,
              help="Queue the crawl for the cluster's workers ([cluster]) instead of crawling here.")
@click.option("--lock-fd", type=click.IntRange(min=0), hidden=True,
              help="The source's run lock, taken by the scheduler and passed down as this file descriptor.")
@click.option("--supervised-by", type=click.IntRange(min=1), hidden=True,
              help="The scheduler's pid: when it dies, this crawl stops (its run is recorded interrupted).")
@click.option("--recheck", is_flag=True,
              help="Also re-fetch every live archived article of the sources now, linked from a listing or not "
                   "(catches edits and deletions; conditional requests, so unchanged pages cost a 304).")
@click.option("--debug", is_flag=True, help="Show every log line, with the tracebacks of errors.")
@common_options
def crawl(sources: tuple[str, ...], trigger: str, run_id: int | None, enqueue: bool, lock_fd: int | None,
          supervised_by: int | None, recheck: bool, debug: bool, env: Env) -> None:
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
      newsvault crawl gzou-news --enqueue      # with a [cluster]: a worker crawls it
    """
    if enqueue:
        return enqueue_sources(env, sources)
    if supervised_by is not None:
        # Started by the scheduler: die with it. Its death becomes one SIGTERM, which stops the
        # crawl as a shutdown does (its run is recorded); the watchdog kills this process group
        # should that hang.
        stop_once_on(signal.SIGUSR2)
        die_with_parent(signal.SIGUSR2, supervised_by)
        watch_parent(supervised_by, ORPHAN_GRACE_S)
    summaries = crawl_sources(env, sources, trigger, run_id, recheck, debug, lock_fd)
    bad = [s for s in summaries if s.status != "ok"]
    if bad:
        raise CrawlFailed("; ".join(
            (_("{source}: run {run} {status}").format(source=s.source, run=s.run_id, status=_(s.status))
             if s.run_id else f"{s.source}: {_(s.status)}") + (f" ({safe_line(s.error)})" if s.error else "")
            for s in bad))
