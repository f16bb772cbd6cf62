"""One crawl job on a worker: take the source's lease, record the run, run `newsvault crawl` in a
process of its own with its own log, keep the lease while it runs, and conclude the run.

The crawl process is forked from a warm server (core.forkserver, one per job slot) that has
imported Scrapy, the cleaner and the archive once: a fresh interpreter would spend about a second
of CPU on those imports in every job.

A job starts by marking the source's runs still recorded ``running`` as ``interrupted``: it holds
the lease, so no other worker is crawling the source, and a run left running was cut short by a
worker that died (the job this one redelivers). The crawl then goes over the source again;
articles the first run archived come out unchanged (one row per URL, one version per text).

The crawl process dies with its worker (its fork server dies with the worker, and the crawl with
its server, ``--supervised-by``: PR_SET_PDEATHSIG, as under the scheduler; it records its run
interrupted on the way): a worker killed mid-job leaves no crawl
behind writing beside the one that takes its job over. The crawl holds its source's run lock
(archive.run_locks; a PostgreSQL session), so readers tell its run live, and a run whose crawl is
gone is not.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dramatiq.errors import Retry

from archive import runs
from archive.run_locks import RunLock, SourceBusy
from archive.sqlite import transaction
from archive.store import ArchiveStore
from cluster.lease import Lease
from cluster.queue import Cluster, done, record_error
from core.clock import utcnow
from core.durations import format_duration
from core.forkserver import ForkedChild, ForkServer, ServerGone
from core.lifeline import supervise
from scraper.runlog import rotate_run_logs, run_log_path
from scraper.sources import Config, load_config
from scraper.webhook import post_webhook, webhook_payload

logger = logging.getLogger("newsvault.worker")

# How often the job looks at its crawl (exit, runtime limit, worker stopping, lease renewal).
POLL_S = 0.5
# A crawl asked to stop (SIGTERM) records its run within seconds; one still alive after this long
# is killed with its process group (its cleaning workers included). As the scheduler does.
KILL_AFTER_S = 30.0
# What a crawl process imports, imported once by each slot's fork server (core.forkserver): about
# 1.2 s of CPU on an idle core, paid per job when each crawl was a fresh interpreter. None of them
# installs Twisted's reactor (the crawl installs the one its settings name, after the fork).
CRAWL_PRELOAD = ("cli", "cli.crawl", "scraper.runner:preload", "scraper.spiders.news", "scraper.pipelines",
                 "scraper.capture", "scraper.ratelimit", "scraper.robots", "scraper.clean", "scraper.clean.workers",
                 "archive.store", "archive.postgres", "psycopg_pool", "scrapy.core.engine", "lxml.html", "tldextract",
                 "opencc")


class CrawlServers:
    """One warm fork server per job slot; a job borrows one for its crawl."""

    def __init__(self, slots: int):
        self._idle: queue.SimpleQueue[ForkServer] = queue.SimpleQueue()
        self._all: list[ForkServer] = []
        self._lock = threading.Lock()
        # Started by the worker's main thread (PR_SET_PDEATHSIG follows the thread), all at once:
        # they import side by side.
        started = [self._start() for _ in range(slots)]
        for server in started:
            server.wait_ready()
            self._idle.put(server)

    def _start(self) -> ForkServer:
        server = ForkServer("cli:main", CRAWL_PRELOAD, "newsvault crawl server")
        with self._lock:
            self._all.append(server)
        return server

    @contextmanager
    def slot(self):
        server = self._idle.get()
        if not server.alive():  # it died (killed from outside?): a new one takes its place, started by
            # this Dramatiq thread, which lives as long as the worker (PR_SET_PDEATHSIG fires when it ends)
            logger.warning("crawl server (pid %d) is gone: starting another", server.pid)
            with self._lock:
                self._all.remove(server)
            server.close()
            server = self._start()
            try:
                server.wait_ready()
            except ServerGone:
                self._idle.put(server)  # the next job tries again
                raise
        try:
            yield server
        finally:
            self._idle.put(server)

    def close(self) -> None:
        with self._lock:
            for server in self._all:
                server.close()


class JobInterrupted(Exception):
    """The worker stopped during the job: the job goes back to the queue for another worker."""


@dataclass(frozen=True)
class WorkerIdentity:
    name: str          # host:pid, as runs.worker records it
    host: str
    pid: int


class JobRunner:
    """The crawl actor's body (called by Dramatiq in a worker thread)."""

    def __init__(self, config_path: Path | None, cluster: Cluster, me: WorkerIdentity, stopping: threading.Event,
                 servers: CrawlServers):
        self.config_path = config_path
        self.servers = servers
        self.cluster = cluster
        self.me = me
        self.stopping = stopping
        self.urgent = threading.Event()  # a second stop signal: no grace
        self.active: dict[str, int] = {}  # source → run id, for the worker's heartbeat
        self._lock = threading.Lock()

    def __call__(self, source: str, trigger: str, enqueued_at: str) -> None:
        r = self.cluster.redis()
        config = load_config(self.config_path)  # each job reads it afresh: a changed file needs no restart
        if source not in {s.name for s in config.sources}:  # removed since it was queued: nothing to redo
            logger.warning("%s: no longer configured in %s: job dropped", source, config.path)
            record_error(r, source, self.me.name, "no longer configured: job dropped")
            done(r, source)
            return
        lease = Lease(r, source, self.cluster.dead_after.total_seconds())
        if not lease.acquire({"worker": self.me.name, "since": utcnow(), "trigger": trigger}):
            holder = lease.holder() or {}
            raise Retry(f"{source}: being crawled by {holder.get('worker', 'another worker')}",
                        delay=int(self.cluster.dead_after.total_seconds() * 1000))
        run_id = None
        try:
            run_id, log_path = self._start_run(config, source, trigger)
            with self._lock:
                self.active[source] = run_id
            lease.note(run_id=run_id, log=str(log_path))
            exit_code, stopped_as = self._crawl(config, source, trigger, run_id, log_path, lease)
            self._conclude(config, source, run_id, exit_code, stopped_as, log_path)
            if stopped_as == "interrupted":
                raise JobInterrupted(f"{source}: worker {self.me.name} stopped during run {run_id}")
            done(r, source)
        except JobInterrupted:
            raise
        except Exception as e:  # the archive or Redis failed: record it; Dramatiq tries the job again
            logger.exception("%s: job failed", source)
            record_error(r, source, self.me.name, f"{type(e).__name__}: {e}", run_id)
            raise
        finally:
            with self._lock:
                self.active.pop(source, None)
            lease.release()

    # -- the run -------------------------------------------------------------------------------

    def _start_run(self, config: Config, source: str, trigger: str) -> tuple[int, Path]:
        """Record the run. The source's run lock is held meanwhile (and handed to the crawl as the
        scheduler hands it): a crawl of the killed worker's still stopping, or a manual crawl of
        the source, is waited for or makes the job retry later, never crawled beside."""
        try:
            lock = RunLock.acquire(config.archive.location, source, patience_s=KILL_AFTER_S + POLL_S * 20)
        except SourceBusy as e:
            raise Retry(str(e), delay=int(self.cluster.dead_after.total_seconds() * 1000)) from None
        try:
            return self._record_run(config, source, trigger, lock)
        finally:
            lock.release()  # the crawl takes it over as it starts (archive.run_locks)

    def _record_run(self, config: Config, source: str, trigger: str, lock: RunLock) -> tuple[int, Path]:
        with ArchiveStore(config.archive.location, warc_dir=config.warc_dir) as store:
            # This worker holds the source's lease: a run of it still recorded running whose crawl holds
            # no run lock was cut short (its worker died). Other sources' runs are not ours to judge:
            # a worker starting one holds its row a moment before its crawl takes the lock.
            with transaction(store.conn):
                stale = [r for r in store.conn.execute("SELECT * FROM runs WHERE source=? AND status='running' "
                                                       "ORDER BY id", (source,)).fetchall()
                         if not runs.is_live(store.conn, r)]
                for r in stale:
                    store.conn.execute(
                        "UPDATE runs SET status='interrupted', finished_at=COALESCE(finished_at, ?), "
                        "error=COALESCE(error, ?) WHERE id=?",
                        (utcnow(), f"its crawl (pid {r['pid'] or '?'} on {r['host'] or '?'}) ended without "
                                   f"recording the run's end", r["id"]))
            for r in stale:
                logger.warning("%s: run %d was cut short (its crawl is gone): marked interrupted", source, r["id"])
            run_id = store.start_run(source, trigger)
            lock.note(run_id)
            log_path = run_log_path(config, source, run_id)
            with transaction(store.conn):
                store.conn.execute("UPDATE runs SET worker=?, log_path=? WHERE id=?",
                                   (self.me.name, str(log_path), run_id))
        return run_id, log_path

    def _crawl(self, config: Config, source: str, trigger: str, run_id: int, log_path: Path,
               lease: Lease) -> tuple[int | None, str | None]:
        with self.servers.slot() as server:
            cmd = ["newsvault", "crawl", source, "--trigger", trigger, "--run-id", str(run_id),
                   "--supervised-by", str(server.pid), *(["--config", str(config.path)] if config.path else [])]
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(f"=== run {run_id} of {source} ({trigger}) on worker {self.me.name}, started {utcnow()}: "
                          f"{' '.join(cmd)}\n")
            try:
                proc = server.run(cmd, log_path)
            except (OSError, ServerGone) as e:
                with open(log_path, "a", encoding="utf-8") as log:
                    log.write(f"cannot start the crawl: {e}\n")
                return None, "failed"
            logger.info("%s: run %d started (%s, pid %d), log %s", source, run_id, trigger, proc.pid, log_path)
            outcome = self._supervise(proc, source, run_id, config, lease)
            logger.info("%s: run %d's crawl used %.2f s of CPU", source, run_id, proc.cpu_s or 0.0)
            return outcome

    def _supervise(self, proc: ForkedChild, source: str, run_id: int, config: Config,
                   lease: Lease) -> tuple[int | None, str | None]:
        """Wait for the crawl; renew the lease; stop it at max_runtime, when the worker stops
        (after stop_grace) or when the lease is lost. Returns (exit code, why it was stopped)."""
        began = time.monotonic()
        renew_every = lease.ttl_s / 3
        renewed = began
        lost = False
        stop_at: float | None = None

        def stop_reason(now: float) -> tuple[str, str] | None:
            nonlocal renewed, lost, stop_at
            if now - renewed >= renew_every:  # also while the crawl stops: its job is still ours
                renewed = now
                lost = lost or not lease.renew()
            if lost:
                return "interrupted", "lost its lease (was this worker frozen?): stopping it"
            if self.stopping.is_set() and stop_at is None:
                stop_at = now + config.schedule.stop_grace.total_seconds()
            if self.urgent.is_set():
                stop_at = now
            if now - began >= config.schedule.max_runtime.total_seconds():
                return "timeout", (f"exceeded max_runtime ({format_duration(config.schedule.max_runtime.total_seconds())})"
                                   f": stopping it")
            if stop_at is not None and now >= stop_at:
                return "interrupted", "still running as the worker stops: stopping it (another worker takes the job over)"
            return None

        stopped_as = supervise(proc, f"{source}: run {run_id}", stop_reason, logger, POLL_S, KILL_AFTER_S)
        return proc.wait(), stopped_as

    def _conclude(self, config: Config, source: str, run_id: int, exit_code: int | None, stopped_as: str | None,
                  log_path: Path) -> None:
        with ArchiveStore(config.archive.location, warc_dir=config.warc_dir) as store:
            row = runs.conclude_run(store.conn, run_id, exit_code, stopped_as)
            why = runs.describe_health(store.conn, row) if row["health"] else ""
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(f"=== run {run_id} {row['status']} (exit {row['exit_code']})"
                      f"{'; flagged ' + row['health'] + ': ' + why if row['health'] else ''}\n")
        logger.log(logging.INFO if row["status"] == "ok" else logging.WARNING,
                   "%s: run %d %s (exit %s): %d pages, %d new, %d changed, %d unchanged, %d errors", source, run_id,
                   row["status"], row["exit_code"], row["pages_fetched"], row["articles_new"],
                   row["articles_changed"], row["articles_unchanged"], row["errors"])
        if row["status"] in ("failed", "timeout"):
            record_error(self.cluster.redis(), source, self.me.name,
                         f"run {run_id} {row['status']} (exit {row['exit_code']}): see {log_path} on {self.me.host}",
                         run_id)
        rotate_run_logs(log_path.parent, config.schedule.log_keep)
        if config.schedule.webhook and (row["status"] in ("failed", "timeout") or row["health"]):
            post_webhook(config.schedule.webhook, webhook_payload(row, why), config.crawl.user_agent)

