"""The crawl service: each source crawled on its schedule, one fresh `newsvault crawl` process per run.

`newsvault schedule run` (also ``python scheduler.py``) runs it in the foreground. APScheduler
holds one job per source (job id = the source's name). A firing creates the run row, then starts
``newsvault crawl SOURCE --run-id N`` with its own log file; the crawl fills that row in, and the
service adds the exit code, the final status when it had to stop the crawl, and the health
verdict (archive.runs). Never two runs of one source at once (one job instance per source), at
most ``[schedule].max_parallel`` runs at once, each stopped after ``max_runtime``.

The run history is the service's only memory: on start, a source whose last complete run is
older than a scheduled time within ``catch_up`` gets one catch-up run, however many times it
missed. SIGTERM/SIGINT stop the service (start nothing new, give running crawls ``stop_grace``,
then stop them); SIGHUP reloads the configuration.

The schedule syntax (cron or ``every N(s|m|h|d)``) lives with the configuration, in
scraper.schedules.
"""
from __future__ import annotations

import argparse
import fcntl
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger

import settings
from archive import hijacks, runs
from archive.backend import display, is_postgres_url
from archive.db import archive_exists, connect
from archive.run_locks import RunLock, SourceBusy
from archive.store import ArchiveStore
from core.clock import use_zone_for_logs
from core.durations import format_duration
from core.errors import ArchiveError, ConfigError, NewsvaultError, UsageError
from core.lifeline import PopenChild, signal_child, supervise
from scraper.runlog import rotate_run_logs, run_log_path
from scraper.schedules import parse_schedule
from scraper.sources import Config, Source, load_config, overlaps
from scraper.webhook import post_webhook, webhook_payload

logger = logging.getLogger("newsvault.scheduler")


# Python runs signal handlers in the main thread only, between two bytecodes. The main thread used to
# sleep in Event.wait(), a lock: a SIGTERM the kernel handed to another thread (APScheduler's, a
# run's) was then answered only at some later signal — a clean-clone `make test` saw it after 90 s,
# and the same test failed 1 run in 4 under load. So the main thread naps, and the handler only
# appends to a list (Event.set() in a handler can deadlock on the lock the interrupted thread holds).
# A stop or a reload waits at most this long.
SIGNAL_NAP_S = 0.2

# Run rows record whole seconds: a run that started within the second of its scheduled time covers it.
START_SLACK = timedelta(seconds=1)
# How often a supervising thread looks at its crawl (runtime limit, shutdown deadline).
SUPERVISE_POLL_S = 0.2
# A crawl asked to stop (SIGTERM) closes its spider and records its run within seconds; one that
# is still alive after this long is killed with its process group (cleaning workers included).
KILL_AFTER_S = 30.0
# Threads only wait (for a slot, then for a crawl process); one per source that is due at once.
JOB_THREADS = 100


def schedule_of(config: Config, source: Source) -> str:
    return source.schedule or config.schedule.default


@dataclass(frozen=True)
class Plan:
    """When a source runs: its trigger, and the scheduled time it missed (to catch up now), if any."""

    source: str
    schedule: str
    trigger: BaseTrigger
    missed: datetime | None

    def next_run(self, now: datetime) -> datetime | None:
        return now if self.missed else self.trigger.get_next_fire_time(None, now)


def plan_source(config: Config, source: Source, last_start: datetime | None, now: datetime) -> Plan:
    """The source's trigger, and whether a scheduled time since its last complete run, within
    ``[schedule].catch_up`` of now, went by without a run. A source that never ran has no miss."""
    expr = schedule_of(config, source)
    trigger = parse_schedule(expr, config.schedule.timezone, anchor=last_start)
    missed = None
    if last_start is not None:
        since = max(last_start + START_SLACK, now - config.schedule.catch_up)
        fire = trigger.get_next_fire_time(None, since.astimezone(ZoneInfo(config.schedule.timezone)))
        missed = fire if fire is not None and fire <= now else None
    return Plan(source.name, expr, trigger, missed)


def last_starts(db_path: Path | str, names: list[str], readonly: bool = False) -> dict[str, datetime | None]:
    """Each source's last complete run start, from the archive's run history (empty: no archive)."""
    if readonly and not archive_exists(db_path):
        return dict.fromkeys(names)
    conn = connect(db_path, readonly=True) if readonly else ArchiveStore(db_path).conn
    try:
        return {n: runs.last_complete_start(conn, n) for n in names}
    finally:
        conn.close()


def upcoming(config: Config, db_path: Path | str) -> list[dict]:
    """For `newsvault schedule list`: each source's schedule and next run time, as the service sees it."""
    tz = ZoneInfo(config.schedule.timezone)
    now = datetime.now(tz)
    last = last_starts(db_path, [s.name for s in config.sources], readonly=True)
    rows = []
    for s in config.sources:
        plan = plan_source(config, s, last[s.name], now)
        nxt = plan.next_run(now)
        rows.append({"source": s.name, "schedule": plan.schedule, "timezone": config.schedule.timezone,
                     "next_run": nxt.astimezone(tz).isoformat(timespec="seconds") if nxt else None,
                     "catch_up": plan.missed is not None})
    return rows


# -- the service -------------------------------------------------------------------------------


class Slots:
    """At most ``limit`` crawls at once, across sources; the limit may change on reload."""

    def __init__(self, limit: int):
        self.limit = limit
        self.busy = 0
        self.cond = threading.Condition()

    def acquire(self, stopping: threading.Event) -> bool:
        """Wait for a free slot; False when the service is stopping instead."""
        with self.cond:
            while self.busy >= self.limit and not stopping.is_set():
                self.cond.wait()
            if stopping.is_set():
                return False
            self.busy += 1
            return True

    def release(self) -> None:
        with self.cond:
            self.busy -= 1
            self.cond.notify_all()

    def set_limit(self, limit: int) -> None:
        with self.cond:
            self.limit = limit
            self.cond.notify_all()

    def wake_all(self) -> None:
        with self.cond:
            self.cond.notify_all()


class CrawlService:
    """Runs every configured source's crawl on its schedule until told to stop."""

    def __init__(self, config: Config, db_path: Path | str):
        self.config = config
        self.db_path: Path | str = db_path if is_postgres_url(db_path) else Path(db_path).resolve()
        self.lock = threading.Lock()  # guards config, catch_up and starting runs
        self.slots = Slots(config.schedule.max_parallel)
        self.stopping = threading.Event()
        self.stop_deadline: float | None = None  # time.monotonic() when running crawls get SIGTERM
        self.catch_up: set[str] = set()
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(JOB_THREADS)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=ZoneInfo(config.schedule.timezone))
        self._signals: list[int] = []
        self._lock_file: TextIO | None = None
        self._pg_lock: Any = None  # PostgreSQL archives: the connection holding the scheduler's lock

    def _lock_archive(self) -> None:
        """One service per archive: a second would crawl every source twice and take the first's
        running runs for crashed ones. The lock goes with the process, however it ends."""
        if isinstance(self.db_path, str):  # PostgreSQL: a session lock, whichever host the other runs on
            from archive import postgres

            self._pg_lock = postgres.connect_direct(self.db_path)
            if not self._pg_lock.execute("SELECT pg_try_advisory_lock(?)", (postgres.SCHEDULER_LOCK,)).fetchone()[0]:
                raise ArchiveError(f"{display(self.db_path)}: another newsvault scheduler is running on this archive "
                                   f"(on this host or another): stop it first")
            return
        path = self.db_path.with_name(self.db_path.name + ".scheduler.lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_file = lock = open(path, "a+", encoding="utf-8")  # held for the service's life
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "unknown pid"
            raise ArchiveError(f"{self.db_path}: another newsvault scheduler is running on this archive "
                               f"({holder}): stop it first") from None
        lock.truncate(0)
        lock.write(f"pid {os.getpid()}\n")
        lock.flush()

    # -- lifecycle ---------------------------------------------------------------------------

    def serve(self) -> int:
        """Run until SIGTERM/SIGINT; reload on SIGHUP. Returns the exit status (0)."""
        self._lock_archive()
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, self._on_signal)
        self.start()
        while True:
            time.sleep(SIGNAL_NAP_S)  # the handler below runs here, between two naps at the latest
            if not self._signals:
                continue
            pending, self._signals = self._signals, []
            if any(s != signal.SIGHUP for s in pending):
                break
            if pending:
                self.reload()
        self.stop()
        return 0

    def _on_signal(self, signum: int, frame) -> None:
        if signum != signal.SIGHUP and self.stopping.is_set():
            self.stop_deadline = time.monotonic()  # asked twice: stop the crawls now
        self._signals.append(signum)  # no lock here: see SIGNAL_NAP_S

    def start(self) -> None:
        names = [s.name for s in self.config.sources]
        with ArchiveStore(self.db_path) as store:
            # With a [cluster], workers run the crawls and mark a run cut short by a dead worker themselves.
            for run in runs.interrupt_stale_runs(store.conn) if self.config.cluster is None else []:
                logger.warning("%s: run %d was still marked running (the service or machine stopped "
                               "during it): marked interrupted", run["source"], run["id"])
        last = last_starts(self.db_path, names)
        now = datetime.now(UTC)
        for source in self.config.sources:
            self._schedule(source, last[source.name], now, catch_up=True)
        self.scheduler.start()
        where = (f"queued for the cluster's workers ({self.config.cluster.broker})" if self.config.cluster
                 else f"at most {self.config.schedule.max_parallel} at once")
        logger.info("newsvault scheduler started: %d sources, %s, archive %s, run logs in %s",
                    len(names), where, display(self.db_path), self.config.schedule.log_dir)
        if not names:
            logger.warning("%s configures no [[source]]: nothing to run until it does (then send SIGHUP)",
                           self.config.path)
        for warning in overlaps(self.config):
            logger.warning("%s", warning)

    def _schedule(self, source: Source, last_start: datetime | None, now: datetime, catch_up: bool) -> None:
        """Add (or replace) the source's job; with ``catch_up``, run it now if it missed a run."""
        plan = plan_source(self.config, source, last_start, now)
        run_now = catch_up and plan.missed is not None
        if run_now and plan.missed is not None:
            self.catch_up.add(source.name)
            logger.info("%s: missed its run at %s while the service was down: catching up now",
                        source.name, plan.missed.isoformat(timespec="seconds"))
        self.scheduler.add_job(
            self._fire, plan.trigger, args=[source.name], id=source.name, name=source.name,
            replace_existing=True, misfire_grace_time=int(self.config.schedule.catch_up.total_seconds()) or 1,
            **({"next_run_time": now} if run_now else {}))
        nxt = plan.next_run(now.astimezone(ZoneInfo(self.config.schedule.timezone)))
        logger.info("%s: schedule %r, next run %s", source.name, plan.schedule,
                    "now" if run_now else (nxt.isoformat(timespec="seconds") if nxt else "never"))

    def reload(self) -> None:
        """Re-read the configuration: add, remove and re-time jobs; keep the old one if it is invalid."""
        try:
            new = load_config(self.config.path)
        except ConfigError as e:
            logger.error("configuration not reloaded, still running the previous one: %s", e)
            return
        with self.lock:
            old = self.config
            old_sources = {s.name: s for s in old.sources}
            new_names = {s.name for s in new.sources}
            if new.archive.location != old.archive.location:
                logger.warning("[archive] changed: the service keeps writing to %s until restarted",
                               display(self.db_path))
            self.config = new
            last = last_starts(self.db_path, [s.name for s in new.sources])
            now = datetime.now(UTC)
            added, retimed = [], []
            for s in new.sources:
                before = old_sources.get(s.name)
                if before is None:
                    added.append(s.name)
                elif (schedule_of(new, s), new.schedule.timezone) != (schedule_of(old, before), old.schedule.timezone):
                    retimed.append(s.name)
                else:
                    continue
                self._schedule(s, last[s.name], now, catch_up=False)
            removed = [n for n in old_sources if n not in new_names]
            for name in removed:
                self.catch_up.discard(name)
                if self.scheduler.get_job(name):
                    self.scheduler.remove_job(name)
            self.slots.set_limit(new.schedule.max_parallel)
        for warning in overlaps(new):
            logger.warning("%s", warning)
        logger.info("configuration reloaded from %s: %d sources; added: %s; removed: %s; re-timed: %s",
                    new.path, len(new.sources), ", ".join(added) or "-", ", ".join(removed) or "-",
                    ", ".join(retimed) or "-")

    def stop(self) -> None:
        """Start nothing new; give running crawls stop_grace, then stop them; wait for their records."""
        grace = self.config.schedule.stop_grace.total_seconds()
        with self.lock:
            self.stopping.set()
            if self.stop_deadline is None:
                self.stop_deadline = time.monotonic() + grace
        self.slots.wake_all()
        logger.info("stopping: running crawls get %gs to finish, then are stopped (SIGTERM/SIGINT again: now)",
                    grace)
        self.scheduler.shutdown(wait=True)
        logger.info("newsvault scheduler stopped")

    # -- one run -------------------------------------------------------------------------------

    def _fire(self, name: str) -> None:
        """An APScheduler job: one run of one source (waits for a free slot first)."""
        with self.lock:
            trigger = "catch-up" if name in self.catch_up else "schedule"
            self.catch_up.discard(name)
            cluster = self.config.cluster
        if cluster is not None:  # the cluster's workers run it: queue it
            self._enqueue(name, trigger, cluster.broker)
            return
        if not self.slots.acquire(self.stopping):
            return
        try:
            self._run(name, trigger)
        except Exception:  # one broken run must not take the service down; the next firing retries
            logger.exception("%s: the run could not be carried out", name)
        finally:
            self.slots.release()

    def _enqueue(self, name: str, trigger: str, broker: str) -> None:
        from cluster.queue import Cluster, enqueue

        try:
            if enqueue(Cluster(broker), name, trigger, stale_after=self.config.schedule.max_runtime):
                logger.info("%s: queued (%s) for the cluster's workers", name, trigger)
            else:
                logger.info("%s: a job of it is still queued or running: not queued again", name)
        except Exception as e:  # Redis down: the next firing (or the catch-up after a restart) retries
            logger.error("%s: cannot queue the crawl: %s", name, e)

    def _run(self, name: str, trigger: str) -> None:
        with self.lock:
            if self.stopping.is_set():
                return
            source = next((s for s in self.config.sources if s.name == name), None)
            if source is None:
                logger.info("%s: no longer configured: not run", name)
                return
            config = self.config
            try:
                # The source's run lock, held from before its run row exists until the crawl ends:
                # a crawl of the source still going (a manual one too) means no new run now.
                lock = RunLock.acquire(self.db_path, name)
            except SourceBusy as e:
                logger.warning("%s: this firing is skipped: %s", name, e)
                return
            try:
                with ArchiveStore(self.db_path) as store:
                    run_id = store.start_run(name, trigger)
                    lock.note(run_id)
                    log_path = run_log_path(config, name, run_id)
                    runs.set_log_path(store.conn, run_id, str(log_path))
                # A lock file is handed down; a PostgreSQL archive's lock is a session, which the
                # crawl takes itself once this one lets go of it (archive.postgres_locks).
                handover = ["--lock-fd", str(lock.fd)] if lock.fd is not None else []
                cmd = [sys.executable, "-m", "cli", "crawl", name, "--trigger", trigger, "--run-id", str(run_id),
                       *handover, "--supervised-by", str(os.getpid()),
                       "--db", str(self.db_path), *(["--config", str(config.path)] if config.path else [])]
                log = open(log_path, "a", encoding="utf-8")
                log.write(f"=== run {run_id} of {name} ({trigger}), started {_local_now(config)}: "
                          f"{' '.join(cmd)}\n")
                log.flush()
                began = time.monotonic()
                try:
                    # A session of its own: a Ctrl-C meant for the service does not reach the crawl,
                    # and a kill of its process group takes the crawl's cleaning workers with it. The
                    # lock goes down with it (the crawl holds it from now on); the crawl dies with
                    # this service (--supervised-by: PR_SET_PDEATHSIG).
                    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True, pass_fds=(lock.fd,) if lock.fd is not None else ())
                except OSError as e:
                    proc = None
                    log.write(f"cannot start the crawl: {e}\n")
                    logger.error("%s: cannot start the crawl: %s", name, e)
            finally:
                lock.release()
        logger.info("%s: run %d started (%s), log %s", name, run_id, trigger, log_path)
        try:
            stopped_as = self._supervise(proc, name, run_id, config.schedule.max_runtime) if proc else "failed"
            if proc is not None:
                signal_child(proc, signal.SIGKILL, group=True)  # whatever of its process group outlived it
            with ArchiveStore(self.db_path) as store:
                row = runs.conclude_run(store.conn, run_id, proc.returncode if proc else None, stopped_as,
                                        config.archive.timezone)
                why = runs.describe_health(store.conn, row) if row["health"] else ""
                notify = runs.worth_a_notice(store.conn, row)
                hijack = hijacks.hijack_state(store.conn, name) if notify and row["health"] else None
            took = format_duration(time.monotonic() - began)
            log.write(f"=== run {run_id} {row['status']} (exit {row['exit_code']}) in {took}"
                      f"{'; flagged ' + row['health'] + ': ' + why if row['health'] else ''}\n")
        finally:
            log.close()
        logger.log(logging.INFO if row["status"] == "ok" else logging.WARNING,
                   "%s: run %d %s (exit %s) in %s: %d pages, %d new, %d changed, %d unchanged, %d errors",
                   name, run_id, row["status"], row["exit_code"], took, row["pages_fetched"], row["articles_new"],
                   row["articles_changed"], row["articles_unchanged"], row["errors"])
        rotate_run_logs(log_path.parent, config.schedule.log_keep)
        if config.schedule.webhook and notify:
            post_webhook(config.schedule.webhook, webhook_payload(row, why, hijack), config.crawl.user_agent)

    def _supervise(self, proc: subprocess.Popen, name: str, run_id: int, max_runtime: timedelta) -> str | None:
        """Wait for the crawl; stop it at max_runtime or at the shutdown deadline.

        Returns why it was stopped (``timeout``/``interrupted``), or None when it ended by itself.
        """
        runtime_deadline = time.monotonic() + max_runtime.total_seconds()

        def stop_reason(now: float) -> tuple[str, str] | None:
            if now >= runtime_deadline:
                return "timeout", f"exceeded max_runtime ({format_duration(max_runtime.total_seconds())}): stopping it"
            if self.stop_deadline is not None and now >= self.stop_deadline:
                return "interrupted", "still running at shutdown: stopping it (the next run resumes)"
            return None

        return supervise(PopenChild(proc), f"{name}: run {run_id}", stop_reason, logger, SUPERVISE_POLL_S,
                         KILL_AFTER_S)


def _local_now(config: Config) -> str:
    return datetime.now(ZoneInfo(config.schedule.timezone)).isoformat(timespec="seconds")


def serve(config: Config, db_path: Path | str) -> int:
    """Run the service in the foreground, its own log on stderr, until SIGTERM or Ctrl-C."""
    if config.path is None:
        raise UsageError("no configuration file: the service needs one (pass --config FILE, or create "
                         "newsvault.toml here)")
    use_zone_for_logs(config.archive.timezone)  # every log line, ours and the crawls', on one clock
    logging.basicConfig(level=settings.LOG_LEVEL, stream=sys.stderr, format=settings.LOG_FORMAT,
                        datefmt=settings.LOG_DATEFORMAT, force=True)
    # APScheduler's own INFO lines repeat ours; its warnings (a run skipped because the previous
    # one is still going, a run missed while the machine slept) stay.
    logging.getLogger("apscheduler").setLevel(max(logging.WARNING, logging.getLogger().level))
    return CrawlService(config, db_path).serve()


def main(argv: list[str] | None = None) -> int:
    """``python scheduler.py [--config F] [--db F]``: the same as `newsvault schedule run`."""
    parser = argparse.ArgumentParser(prog="scheduler.py", description="The newsvault crawl service "
                                     "(`newsvault schedule run`): every source crawled on its schedule.")
    parser.add_argument("--config", type=Path, help="configuration file (default: ./newsvault.toml)")
    parser.add_argument("--db", type=lambda v: v if is_postgres_url(v) else Path(v),
                        help="the archive: a file or a postgresql:// URL (default: [archive] of the config)")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        return serve(config, args.db or config.archive.location)
    except NewsvaultError as e:
        print(f"newsvault: error: {e}", file=sys.stderr)
        return e.exit_code


if __name__ == "__main__":
    sys.exit(main())
