"""Run history: how each crawl run ended, whether its source looks healthy, and reading it back.

A crawl records its own run and counts (scraper.pipelines through ArchiveStore). What only the
caller of a crawl knows is added here when the crawl process is over: the exit code, the log
file, the final status when the crawl was stopped from outside (timeout, service shutdown), and
the health verdict. `newsvault runs`, `newsvault sources` and the scheduler's catch-up read it.

A run row names the process that owns it (pid, host). Whether a ``running`` run is still going
is asked of the lock its process holds (archive.run_locks), not guessed: readers show a run whose
process is gone as ``interrupted``, and the next writer that looks records it so.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from archive import hijacks
from archive.backend import is_postgres
from archive.run_locks import running_run
from archive.sqlite import transaction
from core.clock import utcnow
from core.i18n import N_, _, using

logger = logging.getLogger(__name__)

# A run stopped before its end (service shutdown, crash) did not do a scheduled run's work, so
# it does not count as having covered a scheduled time (the scheduler catches it up).
INCOMPLETE = ("running", "interrupted")

# Health flags, stored in English (scripts read them); shown as FLAG_LABELS say, translated.
LAYOUT_CHANGED = "layout changed?"
ERRORS = "errors"
EMPTY_START_PAGE = "empty start page"   # a start page that links no article (the crawl's warning)
# The archive (database or WARC files) failed under the crawl: the run stopped, and its error
# starts with these words.
ARCHIVE_FAILED = "archive failed"
FLAG_LABELS = {LAYOUT_CHANGED: N_("layout changed?"), ERRORS: N_("too many errors"),
               EMPTY_START_PAGE: N_("empty start page"), ARCHIVE_FAILED: N_("archive failed")}
# A run that archives no article is suspicious when this many earlier completed runs of its
# source all archived some (issue 5): one empty night on a site that always had news means the
# listing pages or article links no longer look as they did.
HEALTHY_HISTORY_RUNS = 3
# Errors over pages attempted above which a run is flagged (issue 5). Healthy gov/edu sites run
# at a few percent (dead links from old listings); the demo site's three broken links are ~12%.
MAX_ERROR_RATE = 0.20

RUN_FIELDS = ("id", "source", "trigger", "started_at", "finished_at", "status", "exit_code",
              "pages_fetched", "articles_new", "articles_changed", "articles_unchanged", "articles_skipped",
              "articles_gone", "errors", "log_path", "health", "health_reason", "files_captured", "warnings",
              "articles_elsewhere", "error", "pid", "host", "worker")


def as_dict(row: sqlite3.Row, conn: sqlite3.Connection | None = None) -> dict:
    """A runs row as the object `newsvault runs --json` prints (ISO 8601 UTC times): the fields
    above, ``warnings`` as a list of ``{kind, url, message}``.

    With ``conn`` (the archive it was read from), a ``running`` run whose process no longer holds
    its lock is shown ``interrupted``, as it is. Fields an older archive lacks are None.
    """
    have = set(row.keys())
    d = {k: row[k] if k in have else None for k in RUN_FIELDS}
    d["warnings"] = json.loads(d["warnings"] or "[]")
    if conn is not None and d["status"] == "running" and not is_live(conn, row):
        d["status"] = "interrupted"
    return d


def archive_path(conn: sqlite3.Connection) -> Path | None:
    """The archive file a connection reads (None for an in-memory database)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def is_live(conn: sqlite3.Connection, run: sqlite3.Row) -> bool:
    """Is this run still being crawled: does a live process hold its source's lock for it?"""
    if is_postgres(conn):
        from archive.postgres_locks import running_run as held_in_postgres

        held = held_in_postgres(conn, run["source"])
        return held is True or held == run["id"]
    path = archive_path(conn)
    if path is None:
        return run["status"] == "running"
    held = running_run(path, run["source"])
    return held is True or held == run["id"]


def archived(row: sqlite3.Row) -> int:
    """Articles a run found: new, changed, unchanged, those not due for a re-check, and those
    another source owns."""
    return (row["articles_new"] + row["articles_changed"] + row["articles_unchanged"]
            + (_get(row, "articles_skipped") or 0) + (_get(row, "articles_elsewhere") or 0))


def _get(row: sqlite3.Row, key: str) -> Any:
    """A column an older archive may lack."""
    return row[key] if key in row.keys() else None


def list_runs(conn: sqlite3.Connection, source: str | None = None, limit: int | None = None) -> list[sqlite3.Row]:
    """The newest runs first, of one source or all."""
    sql, args = "SELECT * FROM runs", list[Any]()
    if source:
        sql, args = sql + " WHERE source=?", [source]
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql, args = sql + " LIMIT ?", [*args, limit]
    return conn.execute(sql, args).fetchall()


def last_complete_start(conn: sqlite3.Connection, source: str) -> datetime | None:
    """When the latest run of ``source`` that was not cut short started (catch-up's reference)."""
    row = conn.execute(
        f"SELECT MAX(started_at) FROM runs WHERE source=? AND status NOT IN ({','.join('?' * len(INCOMPLETE))})",
        (source, *INCOMPLETE)).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def set_log_path(conn: sqlite3.Connection, run_id: int, path: str) -> None:
    with transaction(conn):
        conn.execute("UPDATE runs SET log_path=? WHERE id=?", (path, run_id))


def interrupt_stale_runs(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Mark runs recorded as running whose process is gone (no lock held for them: the process was
    killed, or died with the machine) as interrupted; return them. Live runs, a manual crawl as
    much as a scheduled one, are left alone."""
    with transaction(conn):
        stale = [r for r in conn.execute("SELECT * FROM runs WHERE status='running' ORDER BY id").fetchall()
                 if not is_live(conn, r)]
        for r in stale:
            conn.execute("UPDATE runs SET status='interrupted', finished_at=COALESCE(finished_at, ?), "
                         "error=COALESCE(error, ?) WHERE id=?",
                         (utcnow(), f"its process (pid {r['pid'] or '?'} on {r['host'] or '?'}) ended "
                                    "without recording the run's end", r["id"]))
    return stale


def conclude_run(conn: sqlite3.Connection, run_id: int, exit_code: int | None,
                 stopped_as: str | None = None, timezone: str | None = None) -> sqlite3.Row:
    """Record how a run's process ended and its health; return the final row.

    ``stopped_as``: why the caller stopped the crawl (``timeout``, ``interrupted``), its status
    unless the crawl completed ok first. A run its crawl never finished (the process crashed or
    was killed) becomes ``failed``. ``timezone``: of the dates in health flags (UTC when None).
    """
    with transaction(conn):
        row = conn.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone()
        if row is None:
            raise LookupError(f"no run {run_id} in the archive")
        current = row["status"]
        final = current if current == "ok" else stopped_as or ("failed" if current == "running" else current)
        conn.execute("UPDATE runs SET status=?, exit_code=?, finished_at=COALESCE(finished_at, ?) WHERE id=?",
                     (final, exit_code, utcnow(), run_id))
        health = assess_health(conn, conn.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone(), timezone)
        conn.execute("UPDATE runs SET health=? WHERE id=?", (health, run_id))
        with using("en"):  # stored for scripts and webhooks; readers show it in their language
            reason = describe_health(conn, conn.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone()) or None
        conn.execute("UPDATE runs SET health_reason=? WHERE id=?", (reason, run_id))
        row = conn.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone()
    if health:
        logger.warning("%s: run %d flagged %r: %s", row["source"], run_id, health, reason)
    return row


def error_rate(conn: sqlite3.Connection, run: sqlite3.Row) -> float:
    """Errors over pages attempted: pages that answered (errors included) plus those that never did."""
    unanswered = conn.execute("SELECT COUNT(*) FROM fetch_failures WHERE run_id=? AND kind='network'",
                              (run["id"],)).fetchone()[0]
    attempted = run["pages_fetched"] + unanswered
    return run["errors"] / attempted if attempted else 0.0


def assess_health(conn: sqlite3.Connection, run: sqlite3.Row, timezone: str | None = None) -> str | None:
    """``"layout changed?"``, ``"errors"``, ``"empty start page"``, ``"hijacked since <date>: N
    pages"``, several (comma-separated), or None for a healthy run.

    Only a completed (ok) run can say a layout changed: a run cut short or unable to reach its
    site archives nothing for other reasons. Once flagged, a source stays flagged while its runs
    keep archiving nothing, so the flag does not vanish on the second empty night. A source is
    flagged hijacked while live pages of it are (archive.hijacks; dates in ``timezone``).
    """
    flags = []
    if run["status"] == "failed" and (_get(run, "error") or "").startswith(ARCHIVE_FAILED):
        flags.append(ARCHIVE_FAILED)
    if run["status"] == "ok" and archived(run) == 0:
        earlier = conn.execute(
            "SELECT * FROM runs WHERE source=? AND id<? AND status='ok' ORDER BY id DESC LIMIT ?",
            (run["source"], run["id"], HEALTHY_HISTORY_RUNS)).fetchall()
        was_healthy = len(earlier) == HEALTHY_HISTORY_RUNS and all(archived(r) for r in earlier)
        still_broken = bool(earlier) and LAYOUT_CHANGED in (earlier[0]["health"] or "")
        if was_healthy or still_broken:
            flags.append(LAYOUT_CHANGED)
    if run["status"] != "interrupted" and error_rate(conn, run) > MAX_ERROR_RATE:
        flags.append(ERRORS)
    if run["status"] != "interrupted" and _empty_start_pages(run):
        flags.append(EMPTY_START_PAGE)
    state = hijacks.hijack_state(conn, run["source"])
    if state is not None:
        flags.append(hijacks.flag(state, timezone))
    return ", ".join(flags) or None


def _empty_start_pages(run: sqlite3.Row) -> list[str]:
    warnings = json.loads(run["warnings"] or "[]") if "warnings" in run.keys() else []
    return [w["url"] for w in warnings if w.get("kind") == "empty_start_page"]


def health_labels(health: str | None) -> str:
    """A run's health flags as the reader's language says them ("" for a healthy run)."""
    if not health:
        return ""
    return ", ".join(hijacks.label(flag) if flag.startswith(hijacks.FLAG) else _(FLAG_LABELS.get(flag, flag))
                     for flag in health.split(", "))


def describe_health(conn: sqlite3.Connection, run: sqlite3.Row) -> str:
    """One line saying why a run was flagged, for logs, webhooks, `runs` and the web's runs page
    (in the current language: core.i18n)."""
    parts = []
    health = run["health"] or ""
    if ARCHIVE_FAILED in health:
        parts.append(_get(run, "error") or ARCHIVE_FAILED)
    if LAYOUT_CHANGED in health:
        earlier = conn.execute("SELECT COUNT(*) FROM runs WHERE source=? AND id<? AND status='ok'",
                               (run["source"], run["id"])).fetchone()[0]
        parts.append(_("it archived no article, where the {n} runs before it archived some: look at the start "
                       "pages").format(n=min(earlier, HEALTHY_HISTORY_RUNS)))
    if ERRORS in health.split(", "):
        parts.append(_("{errors} errors, {rate:.0%} of the pages attempted (more than {limit:.0%})").format(
            errors=run["errors"], rate=error_rate(conn, run), limit=MAX_ERROR_RATE))
    if EMPTY_START_PAGE in health:
        parts.append(_("start page {urls} links no article: a new layout, or links written by JavaScript").format(
            urls=", ".join(_empty_start_pages(run))))
    if hijacks.FLAG in health:
        # the pages hijacked now are the latest run's to name; an older run's flag speaks for itself
        latest = conn.execute("SELECT MAX(id) FROM runs WHERE source=? AND status!='running'",
                              (run["source"],)).fetchone()[0]
        state = hijacks.hijack_state(conn, run["source"]) if run["id"] == latest else None
        parts.append(hijacks.describe(state) if state is not None else hijacks.describe_flag(health))
    return "; ".join(parts)


def worth_a_notice(conn: sqlite3.Connection, run: sqlite3.Row) -> bool:
    """Whether a concluded run is worth a webhook post: it failed or timed out, or it was
    flagged — for a hijack, only when the flag is new or more pages are hijacked than at the
    source's previous run (a hijack that merely persists is in the run history every night)."""
    if run["status"] in ("failed", "timeout"):
        return True
    health = run["health"] or ""
    if [f for f in health.split(", ") if f and not f.startswith(hijacks.FLAG)]:
        return True
    now = hijacks.flagged_pages(health)
    if now is None:
        return False
    before = conn.execute("SELECT health FROM runs WHERE source=? AND id<? AND status!='running' "
                          "ORDER BY id DESC LIMIT 1", (run["source"], run["id"])).fetchone()
    earlier = hijacks.flagged_pages(before["health"]) if before is not None else None
    return earlier is None or now > earlier
