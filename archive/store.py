"""The archive writer: runs, captures (raw bytes) and article versions, one transaction per page
(or per batch of pages: group commit, see ``open_batch``).

The store never parses HTML: it is handed a fetched page and the cleaner's Article and records
both. Nothing archived is overwritten: a changed article gets a new version beside the old ones;
an unchanged one only has its last-seen time moved. The bytes of each fetch go to a WARC file
(archive.warc) before the transaction that records it; the row then points at the record.

An article belongs to one source, the first to archive it: another source whose crawl meets it
records a "seen by" row (``article_sightings``), never a version. A re-crawl that finds the
visible metadata changed (publish time, author, 来源) with the same title and text makes a new
version too: the page was edited. (`newsvault reprocess`, which reads the same capture again with a
better cleaner, corrects metadata in place instead.)

If the database transaction of a page fails, its WARC records are taken back (the writer
truncates them away), so that a failing database leaves no record that no row points at.

An article is ``live`` or ``gone``: a re-fetch answering 404/410 marks it gone (``gone_since``,
its text stays), any later 200 or 304 makes it live again; each change of status is a row of
``article_status_changes``, so the history of deletions and returns is kept.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator, Literal

from archive import cloaks, search_index
from archive.backend import default_warc_dir, location, warc_base, warc_prefix
from archive.captures import latest_capture_id
from archive.db import connect
from archive.sqlite import inserted_id, transaction
from archive.warc import (
    PROFILE_IDENTICAL,
    PROFILE_NOT_MODIFIED,
    VIEW_FIELD,
    RecordRef,
    WarcLocation,
    WarcWriter,
    payload_digest,
)
from archive.warc_files import WarcJournal, recover_open_files
from core.clock import utcnow
from core.pages import FILE_KINDS, GONE_STATUSES, FetchedPage, file_name
from scraper.clean.article import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
Outcome = Literal["new", "changed", "unchanged", "gone", "elsewhere"]
ReprocessOutcome = Literal["changed", "updated", "unchanged", "skipped"]
SecondPassOutcome = Literal["amended", "reverted", "changed", "updated", "unchanged", "skipped"]


@dataclass
class RunCounts:
    pages_fetched: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    articles_skipped: int = 0      # met in a listing, not due for a re-check (recheck_after)
    articles_gone: int = 0
    articles_elsewhere: int = 0    # met, but archived by another source (its owner)
    errors: int = 0
    files_captured: int = 0        # attachments, images and stylesheets archived


def content_hash(article: Article) -> str:
    """What identifies a version: the clean title and text (metadata changes alone are not new versions)."""
    return hashlib.sha256(f"{article.title or ''}\n{article.text}".encode()).hexdigest()


def findings_json(article: Article) -> str:
    return json.dumps([asdict(f) for f in article.findings], ensure_ascii=False)


class _OwnedElsewhere(Exception):
    """Inside a page's transaction: the article turned out to be another source's (archived by a
    crawl running beside this one): roll back, take the WARC records back, record a sighting."""

    def __init__(self, article_id: int):
        self.article_id = article_id


class ArchiveStore:
    """The single writer of one archive (an SQLite file, or a PostgreSQL URL). Not thread-safe:
    use it from one thread."""

    def __init__(self, path: str | Path, warc_dir: str | Path | None = None):
        """``warc_dir``: where the WARC files go ([archive].warc_dir); default ``warc/`` beside the archive."""
        self.path = location(path)
        self.warc_dir = Path(warc_dir) if warc_dir else default_warc_dir(self.path)
        self._warc: dict[str, WarcWriter] = {}
        self.conn = connect(self.path)  # brought up to date: migrations, search index
        self._journal = WarcJournal(self.conn)
        self._batching = False  # writes share one transaction until commit_batch (group commit)
        self._began_batch = False

    def recover_warc(self) -> list[str]:
        """Repair WARC files a crashed writer left with an incomplete record at their end (see
        archive.warc_files); return a line for each file repaired."""
        return recover_open_files(self.conn, warc_base(self.path, self.warc_dir))

    def close(self) -> None:
        try:
            self.commit_batch()  # a batch still open is committed, not dropped
            for writer in self._warc.values():
                writer.close()
        finally:
            self._warc.clear()
            self.conn.close()

    def __enter__(self) -> ArchiveStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- batches (group commit) ------------------------------------------------------------------

    @property
    def batches(self) -> bool:
        """Can writes share a transaction? On SQLite (one writer, whose COMMIT is most of a page's
        write); PostgreSQL's writers commit without waiting for the disk and lock per article,
        so each write there stays its own transaction."""
        return isinstance(self.conn, sqlite3.Connection)

    def open_batch(self) -> None:
        """The page writes from now on (record_page, record_file, record_failure…) share one
        transaction, begun by the first of them, until ``commit_batch``: each is still all or
        nothing (a savepoint), and a write that fails undoes only itself and its WARC records."""
        if self.batches:
            self._batching = True
            for writer in self._warc.values():
                writer.begin_batch()

    def commit_batch(self) -> None:
        """Commit the batch's writes. If that fails (or the database already rolled it back after
        a full disk or an I/O error), nothing of the batch remains: the transaction is rolled back,
        its WARC records are cut off again, and the error is raised; the caller may write the
        batch's pages again one by one."""
        if not self._batching:
            return
        self._batching = False
        try:
            if self._began_batch and not self.conn.in_transaction:
                raise sqlite3.OperationalError("the database rolled back the batch after a failed write")
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            for writer in self._warc.values():
                writer.undo_batch()
            raise
        finally:
            self._began_batch = False
        for writer in self._warc.values():
            writer.end_batch()

    @contextmanager
    def _transaction(self, key: str | None = None) -> Iterator[None]:
        """A page write's transaction; within a batch, a part of the batch's (begun by its first write)."""
        if self._batching and not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._began_batch = True
        with transaction(self.conn, key=key):
            yield

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, source: str, trigger: str = "manual", title: str | None = None) -> int:
        """A new run row of ``source``, ``running``, owned by this process on this host; ``title``:
        its [[source]] title, kept for readers without the config."""
        now = utcnow()
        with transaction(self.conn, key=f"run:{source}"):
            self.conn.execute("INSERT OR IGNORE INTO sources (name, first_seen) VALUES (?, ?)", (source, now))
            self.conn.execute("UPDATE sources SET title=? WHERE name=?", (title, source))
            cur = self.conn.execute(
                "INSERT INTO runs (source, trigger, started_at, status, pid, host) VALUES (?, ?, ?, 'running', ?, ?)",
                (source, trigger, now, os.getpid(), socket.gethostname()))
        return inserted_id(cur)

    def claim_run(self, run_id: int) -> None:
        """The crawl process takes over a run row its scheduler created: the row names this process."""
        with transaction(self.conn, key=f"run:{run_id}"):
            self.conn.execute("UPDATE runs SET pid=?, host=? WHERE id=?", (os.getpid(), socket.gethostname(), run_id))

    def set_source_title(self, source: str, title: str | None) -> None:
        """The source's [[source]] title as the configuration now gives it (None: no title)."""
        with transaction(self.conn):
            self.conn.execute("UPDATE sources SET title=? WHERE name=?", (title, source))

    def finish_run(self, run_id: int, status: str, counts: RunCounts, warnings: list[dict] | None = None,
                   error: str | None = None) -> None:
        """The run's end: status, counts, the warnings its crawl logged ([{kind, url, message}]), and
        ``error``: why it failed, in one line."""
        with transaction(self.conn, key=f"run:{run_id}"):
            self.conn.execute(
                "UPDATE runs SET finished_at=?, status=?, pages_fetched=?, articles_new=?, articles_changed=?, "
                "articles_unchanged=?, articles_skipped=?, articles_gone=?, articles_elsewhere=?, errors=?, "
                "files_captured=?, warnings=?, error=COALESCE(?, error) WHERE id=?",
                (utcnow(), status, counts.pages_fetched, counts.articles_new, counts.articles_changed,
                 counts.articles_unchanged, counts.articles_skipped, counts.articles_gone, counts.articles_elsewhere,
                 counts.errors, counts.files_captured, json.dumps(warnings or [], ensure_ascii=False), error, run_id))

    # -- pages --------------------------------------------------------------------------------

    def record_failure(self, run_id: int | None, url: str, kind: str, status: int | None, error: str) -> None:
        """A URL that gave no article: HTTP error, network failure, rejected by the cleaner, or not HTML."""
        with self._transaction(key=url):
            self.conn.execute(
                "INSERT INTO fetch_failures (run_id, url, kind, status, error, at) VALUES (?, ?, ?, ?, ?, ?)",
                (run_id, url, kind, status, error, utcnow()))

    def record_page(self, run_id: int | None, source_name: str, page: FetchedPage, article: Article) -> Outcome:
        """Store the capture and the article it yielded, all in one transaction.

        ``elsewhere``: the article belongs to another source; only the sighting is recorded.
        """
        owner = self.conn.execute("SELECT id, source_name FROM articles WHERE url=?", (page.final_url,)).fetchone()
        if owner is not None and owner["source_name"] != source_name:
            self._sighting(owner["id"], source_name, run_id, page.fetched_at or utcnow())
            return "elsewhere"
        body_hash = hashlib.sha256(page.body).hexdigest()
        article = cloaks.with_standing_findings(self.conn, page.final_url, body_hash, article)
        chash = content_hash(article)
        findings = findings_json(article)
        now = page.fetched_at or utcnow()
        writer, warc, revisited = self._write_records(source_name, page, body_hash)
        try:
            with self._committed(writer, warc, key=page.final_url):
                c = self.conn
                row = c.execute("SELECT id, content_hash, version, hijacked, findings, status, published, author, "
                                "source, source_name FROM articles WHERE url=?", (page.final_url,)).fetchone()
                if row is not None and row["source_name"] != source_name:  # archived meanwhile by another crawl
                    raise _OwnedElsewhere(row["id"])
                c.execute("INSERT OR IGNORE INTO sources (name, first_seen) VALUES (?, ?)", (source_name, now))
                capture_id = self._insert_capture(run_id, source_name, page, body_hash, warc,
                                                  revisited)
                if row is None:
                    article_id = self._insert_article(page, source_name, article, chash, findings, capture_id, now)
                    outcome: Outcome = "new"
                elif row["content_hash"] == chash and not _visible_metadata_changed(row, article):
                    article_id = row["id"]
                    c.execute(
                        "UPDATE articles SET last_seen=?, hijacked=?, findings=?, "
                        "hijack_first_seen=CASE WHEN ? THEN COALESCE(hijack_first_seen, ?) ELSE hijack_first_seen END, "
                        "hijack_last_seen=CASE WHEN ? THEN ? ELSE hijack_last_seen END WHERE id=?",
                        (now, int(article.hijacked), findings, article.hijacked, now, article.hijacked, now, article_id))
                    outcome = "unchanged"
                else:
                    article_id = row["id"]
                    self._new_version(article_id, row["version"] + 1, article, chash, findings, capture_id, now,
                                      page.index_streams)
                    outcome = "changed"
                self._list_files(article_id, article, page.meta.get("file_notes") or {})
                self._checked(article_id, page, capture_id, now, validators=True,
                              was_gone=row is not None and row["status"] == "gone")
        except _OwnedElsewhere as e:
            self._sighting(e.article_id, source_name, run_id, now)
            return "elsewhere"
        return outcome

    def record_file(self, run_id: int | None, source_name: str, page: FetchedPage) -> str:
        """A fetch that is no article: a listing page, feed or sitemap, or a file an article needs
        or links (attachment, image, stylesheet). Its WARC records (a revisit when the bytes are
        those of the URL's last response) and its capture row; the articles that list the file
        learn its name, type, size and digest. Returns the capture's kind."""
        body_hash = hashlib.sha256(page.body).hexdigest()
        writer, warc, revisited = self._write_records(source_name, page, body_hash)
        with self._committed(writer, warc, key=page.final_url):
            self.conn.execute("INSERT OR IGNORE INTO sources (name, first_seen) VALUES (?, ?)",
                              (source_name, page.fetched_at or utcnow()))
            capture_id = self._insert_capture(run_id, source_name, page, body_hash, warc,
                                              revisited)
            if page.meta.get("for_article"):  # a download link of the article that led to a file
                self.conn.execute(
                    "INSERT OR IGNORE INTO attachments (article_id, url, text, kind) "
                    "SELECT id, ?, ?, 'file' FROM articles WHERE url=?",
                    (page.url, page.meta.get("link_text") or "", page.meta["for_article"]))
            if page.kind in FILE_KINDS:
                note = None if page.kind != "attachment" or page.content_type not in HTML_TYPES \
                    else "an HTML page, not a file"
                self.conn.execute(
                    "UPDATE attachments SET capture_id=?, name=?, content_type=?, size=?, digest=?, note=? "
                    "WHERE url IN (?, ?)", (capture_id, page.file_name(), page.content_type, len(page.body),
                                            f"sha256:{body_hash}", note, page.url, page.final_url))
        return page.kind

    def note_file(self, url: str, note: str) -> None:
        """Why a file that articles list was not captured (too large, robots.txt, HTTP 404…)."""
        with self._transaction():
            self.conn.execute("UPDATE attachments SET note=? WHERE url=? AND capture_id IS NULL", (note, url))

    def record_recheck(self, run_id: int | None, source_name: str, page: FetchedPage) -> Outcome | None:
        """A re-fetch that answered 304 (``unchanged``: last seen moves) or 404/410 (``gone``: the
        article is marked gone, its text stays). None when the URL is no archived article of
        ``source_name`` (another source's article is its owner's to mark gone)."""
        row = self._article_for(page)
        if row is None or row["source_name"] != source_name:
            return None
        now = page.fetched_at or utcnow()
        if page.status in GONE_STATUSES:
            writer = self._writer(source_name)
            warc = writer.write_response(page)  # the deletion, as evidence
            with self._committed(writer, warc, key=row["url"]):
                capture_id = self._insert_capture(run_id, source_name, page, hashlib.sha256(page.body).hexdigest(),
                                                  warc, None)
                self.conn.execute("UPDATE articles SET status='gone', gone_since=COALESCE(gone_since, ?), "
                                  "last_checked=? WHERE id=?", (now, now, row["id"]))
                if row["status"] != "gone":
                    self._status_change(row["id"], "gone", now, page.status, capture_id)
            return "gone"
        if page.status != 304:
            raise ValueError(f"record_recheck: unexpected HTTP status {page.status}")
        # Not modified: the bytes are those of the URL's last 200 capture (or of the one it revisited).
        last = self.conn.execute(
            "SELECT COALESCE(o.id, c.id) id, COALESCE(o.content_hash, c.content_hash) content_hash, "
            "COALESCE(o.warc_record_id, c.warc_record_id) warc_record_id, COALESCE(o.final_url, c.final_url) final_url, "
            "COALESCE(o.fetched_at, c.fetched_at) fetched_at, COALESCE(o.warc_file, c.warc_file) warc_file "
            "FROM captures c LEFT JOIN captures o ON o.id = c.refers_to "
            "WHERE c.final_url=? AND c.status=200 ORDER BY c.id DESC LIMIT 1", (row["url"],)).fetchone()
        original = _ref(last) if last is not None and last["warc_file"] else None
        writer = self._writer(source_name)
        warc = writer.write_revisit(page, original, PROFILE_NOT_MODIFIED)
        with self._committed(writer, warc, key=row["url"]):
            chash = last["content_hash"] if last else hashlib.sha256(b"").hexdigest()
            capture_id = self._insert_capture(run_id, source_name, page, chash, warc, last["id"] if last else None)
            self.conn.execute(
                "UPDATE articles SET last_seen=?, hijack_last_seen=CASE WHEN hijacked THEN ? ELSE hijack_last_seen END "
                "WHERE id=?", (now, now, row["id"]))
            self._checked(row["id"], page, capture_id, now, validators=False, was_gone=row["status"] == "gone")
        return "unchanged"

    def record_reprocessed(self, article_id: int, capture_id: int, article: Article) -> ReprocessOutcome:
        """The cleaner's new result for an article's latest capture: a new version when the clean
        title or text changed, corrected metadata otherwise. ``skipped`` when a newer capture of the
        article arrived meanwhile (a crawl running beside the reprocess): its result stands."""
        with transaction(self.conn):
            c = self.conn
            row = c.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
            if row is None or latest_capture_id(c, row["url"]) != capture_id:
                return "skipped"
            body_hash = c.execute("SELECT content_hash FROM captures WHERE id=?", (capture_id,)).fetchone()[0]
            article = cloaks.with_standing_findings(c, row["url"], body_hash, article)
            chash = content_hash(article)
            findings = findings_json(article)
            captured_at = c.execute("SELECT fetched_at FROM captures WHERE id=?", (capture_id,)).fetchone()[0]
            # Metadata a reprocess may correct without a new version (a version is its title and text).
            new = {"published": article.published, "author": article.author, "source": article.source,
                   "language": article.language, "hijacked": int(article.hijacked), "findings": findings}
            if chash != row["content_hash"]:
                version = row["version"] + 1
                self._insert_version(article_id, version, article, chash, findings, capture_id, captured_at)
                c.execute("UPDATE article_versions SET reprocessed_at=? WHERE article_id=? AND version=?",
                          (utcnow(), article_id, version))
                search_index.update_article(c, article_id, article.title, article.text)  # before the row changes
                c.execute("UPDATE articles SET title=?, text=?, content_hash=?, version=?, capture_id=? WHERE id=?",
                          (article.title, article.text, chash, version, capture_id, article_id))
                outcome: ReprocessOutcome = "changed"
            elif any(row[k] != v for k, v in new.items()):
                outcome = "updated"
            else:
                return "unchanged"
            c.execute(f"UPDATE articles SET {', '.join(f'{k}=?' for k in new)} WHERE id=?", (*new.values(), article_id))
            if article.hijacked:  # this capture was hijacked, and every 304 since confirmed its bytes
                c.execute("UPDATE articles SET hijack_first_seen=COALESCE(hijack_first_seen, ?), "
                          "hijack_last_seen=MAX(COALESCE(hijack_last_seen, ''), last_seen) WHERE id=?",
                          (captured_at, article_id))
            self._list_files(article_id, article, {})
        return outcome

    def record_second_pass(self, run_id: int, capture_id: int, article: Article) -> SecondPassOutcome:
        """A capture of run ``run_id`` cleaned again with what the run learned of its site after
        the first cleaning (scraper.profiling). The version this run made is corrected in place —
        or dropped, when it differed from the version before only by what is now removed
        (``reverted``: the run's "changed" was spam); an article this run found unchanged gets a
        new version when its clean text changes (``changed``). ``updated``: metadata or findings
        only; ``skipped``: the capture is no longer the article's latest."""
        with transaction(self.conn):
            c = self.conn
            cap = c.execute("SELECT final_url, fetched_at, content_hash FROM captures WHERE id=?",
                            (capture_id,)).fetchone()
            row = c.execute("SELECT * FROM articles WHERE url=?", (cap["final_url"],)).fetchone() if cap else None
            if row is None or latest_capture_id(c, row["url"]) != capture_id:
                return "skipped"
            article = cloaks.with_standing_findings(c, row["url"], cap["content_hash"], article)
            chash, findings = content_hash(article), findings_json(article)
            at, article_id = cap["fetched_at"], row["id"]
            current = c.execute("SELECT v.id, v.content_hash, k.run_id FROM article_versions v LEFT JOIN captures k "
                                "ON k.id = v.capture_id WHERE v.article_id=? AND v.version=?",
                                (article_id, row["version"])).fetchone()
            meta = {"published": article.published, "author": article.author, "source": article.source,
                    "language": article.language, "hijacked": int(article.hijacked), "findings": findings}
            outcome: SecondPassOutcome
            if current is None or current["run_id"] != run_id:  # the version predates this run
                if chash != row["content_hash"]:
                    self._new_version(article_id, row["version"] + 1, article, chash, findings, capture_id, at)
                    outcome = "changed"
                elif any(row[k] != v for k, v in meta.items()):
                    outcome = "updated"
                else:
                    return "unchanged"
            else:
                before = c.execute("SELECT * FROM article_versions WHERE article_id=? AND version=?",
                                   (article_id, row["version"] - 1)).fetchone()
                if chash == current["content_hash"]:
                    outcome = "updated"
                elif before is not None and before["content_hash"] == chash:
                    search_index.update_article(c, article_id, before["title"], before["text"])  # before the row
                    c.execute("DELETE FROM article_versions WHERE id=?", (current["id"],))
                    c.execute("UPDATE articles SET title=?, text=?, content_hash=?, version=?, capture_id=? WHERE id=?",
                              (before["title"], before["text"], chash, before["version"], before["capture_id"],
                               article_id))
                    outcome = "reverted"
                else:
                    search_index.update_article(c, article_id, article.title, article.text)  # before the row
                    c.execute("UPDATE article_versions SET title=?, text=?, content_hash=? WHERE id=?",
                              (article.title, article.text, chash, current["id"]))
                    c.execute("UPDATE articles SET title=?, text=?, content_hash=? WHERE id=?",
                              (article.title, article.text, chash, article_id))
                    outcome = "amended"
                if outcome != "reverted":
                    c.execute(f"UPDATE article_versions SET {', '.join(f'{k}=?' for k in meta)} WHERE id=?",
                              (*meta.values(), current["id"]))
            c.execute(f"UPDATE articles SET {', '.join(f'{k}=?' for k in meta)} WHERE id=?", (*meta.values(), article_id))
            if article.hijacked:
                c.execute("UPDATE articles SET hijack_first_seen=COALESCE(hijack_first_seen, ?), "
                          "hijack_last_seen=MAX(COALESCE(hijack_last_seen, ''), ?) WHERE id=?", (at, at, article_id))
            elif row["hijack_last_seen"] == at:  # only this capture's first cleaning said hijacked
                last = c.execute("SELECT MAX(captured_at) FROM article_versions WHERE article_id=? AND hijacked=1",
                                 (article_id,)).fetchone()[0]
                c.execute("UPDATE articles SET hijack_last_seen=?, hijack_first_seen=CASE WHEN ? IS NULL THEN NULL "
                          "ELSE hijack_first_seen END WHERE id=?", (last, last, article_id))
        return outcome

    def record_spider_view(self, run_id: int | None, view: cloaks.SpiderView) -> None:
        """A page fetched again as a search spider (cloak_check): its response record, marked as
        the spider's view, and the comparison with the visitor's page (archive.cloaks)."""
        writer = self._writer(view.source_name)
        warc = writer.write_response(view.page, {VIEW_FIELD: cloaks.SPIDER_VIEW})
        with self._committed(writer, warc, key=view.url):
            cloaks.record_check(self.conn, run_id, view, warc)

    # -- helpers of the page writes ----------------------------------------------------------------

    def _writer(self, source_name: str) -> WarcWriter:
        """One WARC writer (its own files) per source: parallel crawls never share a file."""
        if source_name not in self._warc:
            self._warc[source_name] = WarcWriter(self.warc_dir, warc_base(self.path, self.warc_dir),
                                                 warc_prefix(self.path, source_name), journal=self._journal)
            if self._batching:
                self._warc[source_name].begin_batch()
        return self._warc[source_name]

    @contextmanager
    def _committed(self, writer: WarcWriter, warc: WarcLocation, key: str) -> Iterator[None]:
        """The transaction recording a fetch whose records were just written: if it fails, the
        records are taken back out of the WARC file (no record without its row). ``key``: the URL
        it is about (archive.sqlite.transaction)."""
        try:
            with self._transaction(key=key):
                yield
        except BaseException:
            writer.undo(warc)
            raise

    def _sighting(self, article_id: int, source_name: str, run_id: int | None, now: str) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT INTO article_sightings (article_id, source_name, first_seen, last_seen, run_id) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, source_name) DO UPDATE SET "
                "last_seen=excluded.last_seen, run_id=excluded.run_id", (article_id, source_name, now, now, run_id))

    def _write_records(self, source_name: str, page: FetchedPage, body_hash: str):
        """The page's WARC records: a response, or a revisit pointing back at this URL's last
        response record when the bytes are the same. Returns (writer, written records, the id of
        the capture revisited or None)."""
        prior = self._prior_response(page.final_url, body_hash)
        writer = self._writer(source_name)
        if prior is None:
            return writer, writer.write_response(page), None
        return (writer, writer.write_revisit(page, _ref(prior), PROFILE_IDENTICAL, payload_digest(page.body)),
                prior["id"])

    def _prior_response(self, final_url: str, body_hash: str) -> sqlite3.Row | None:
        """This URL's last response record holding the same bytes (a new fetch of them is a revisit)."""
        return self.conn.execute(
            "SELECT id, warc_record_id, final_url, fetched_at FROM captures WHERE final_url=? AND content_hash=? "
            "AND status=200 AND warc_file IS NOT NULL AND refers_to IS NULL ORDER BY id DESC LIMIT 1",
            (final_url, body_hash)).fetchone()

    def _list_files(self, article_id: int, article: Article, notes: dict[str, str]) -> None:
        """The article's attachments and body images, each with its capture when the archive holds
        one already (a file linked from several articles is fetched once), else with ``notes``."""
        c = self.conn
        for kind, files in (("file", article.attachments), ("image", getattr(article, "images", ()))):
            for f in files:
                c.execute("INSERT OR IGNORE INTO attachments (article_id, url, text, kind) VALUES (?, ?, ?, ?)",
                          (article_id, f.url, f.text, kind))
                known = c.execute(
                    "SELECT id, content_hash, headers, size, content_type, url, final_url FROM captures "
                    "WHERE (final_url=? OR url=?) AND status=200 AND kind IN ({}) ORDER BY id DESC LIMIT 1"
                    .format(", ".join("?" * len(FILE_KINDS))), (f.url, f.url, *FILE_KINDS)).fetchone()
                if known is not None:
                    name = file_name(known["final_url"], [tuple(h) for h in json.loads(known["headers"] or "[]")])
                    c.execute("UPDATE attachments SET capture_id=?, name=?, content_type=?, size=?, digest=?, note=NULL "
                              "WHERE article_id=? AND url=? AND capture_id IS NULL",
                              (known["id"], name, known["content_type"], known["size"],
                               f"sha256:{known['content_hash']}", article_id, f.url))
                elif notes.get(f.url):
                    c.execute("UPDATE attachments SET note=? WHERE article_id=? AND url=? AND capture_id IS NULL",
                              (notes[f.url], article_id, f.url))

    def _insert_capture(self, run_id: int | None, source_name: str, page: FetchedPage, body_hash: str,
                        warc: WarcLocation, refers_to: int | None) -> int:
        return inserted_id(self.conn.execute(
            "INSERT INTO captures (run_id, source_name, url, final_url, status, headers, fetched_at, content_hash, "
            "warc_file, warc_offset, warc_length, warc_record_id, refers_to, kind, content_type, size) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, source_name, page.url, page.final_url, page.status, json.dumps(page.headers, ensure_ascii=False),
             page.fetched_at or utcnow(), body_hash, warc.file, warc.offset, warc.length, warc.record_id,
             refers_to, page.kind, page.content_type, len(page.body))))

    def _article_for(self, page: FetchedPage) -> sqlite3.Row | None:
        """The archived article a fetched URL belongs to: by its URL, or by a URL that once redirected to it."""
        for url in dict.fromkeys((page.final_url, page.url)):
            row = self.conn.execute("SELECT id, url, status, source_name FROM articles WHERE url=?", (url,)).fetchone()
            if row is not None:
                return row
        return self.conn.execute(
            "SELECT a.id, a.url, a.status, a.source_name FROM captures c JOIN articles a ON a.url = c.final_url "
            "WHERE c.url IN (?, ?) AND c.status = 200 LIMIT 1", (page.url, page.final_url)).fetchone()

    def _checked(self, article_id: int, page: FetchedPage, capture_id: int, now: str, validators: bool,
                 was_gone: bool) -> None:
        """After a 200 or 304: last checked moves, the validators are the response's, a gone article is live again."""
        if validators:
            self.conn.execute("UPDATE articles SET last_checked=?, etag=?, last_modified=? WHERE id=?",
                              (now, page.header("ETag"), page.header("Last-Modified"), article_id))
        else:  # a 304 may send fresh validators; when it sends none, the old ones still hold
            self.conn.execute("UPDATE articles SET last_checked=?, etag=COALESCE(?, etag), "
                              "last_modified=COALESCE(?, last_modified) WHERE id=?",
                              (now, page.header("ETag"), page.header("Last-Modified"), article_id))
        if was_gone:
            self.conn.execute("UPDATE articles SET status='live', gone_since=NULL WHERE id=?", (article_id,))
            self._status_change(article_id, "live", now, page.status, capture_id)

    def _status_change(self, article_id: int, status: str, at: str, http_status: int, capture_id: int) -> None:
        self.conn.execute("INSERT INTO article_status_changes (article_id, status, at, http_status, capture_id) "
                          "VALUES (?, ?, ?, ?, ?)", (article_id, status, at, http_status, capture_id))

    def _insert_article(self, page: FetchedPage, source_name: str, a: Article, chash: str, findings: str,
                        capture_id: int, now: str) -> int:
        hijacked_at = now if a.hijacked else None
        article_id = inserted_id(self.conn.execute(
            "INSERT INTO articles (url, source_name, title, published, author, source, text, language, hijacked, "
            "findings, content_hash, version, capture_id, first_seen, last_seen, hijack_first_seen, "
            "hijack_last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
            (page.final_url, source_name, a.title, a.published, a.author, a.source, a.text, a.language,
             int(a.hijacked), findings, chash, capture_id, now, now, hijacked_at, hijacked_at)))
        search_index.add_article(self.conn, article_id, a.title, a.text, page.index_streams)
        self._insert_version(article_id, 1, a, chash, findings, capture_id, now)
        return article_id

    def _new_version(self, article_id: int, version: int, a: Article, chash: str, findings: str,
                     capture_id: int, now: str, index_streams: tuple[str, ...] | None = None) -> None:
        self._insert_version(article_id, version, a, chash, findings, capture_id, now)
        search_index.update_article(self.conn, article_id, a.title, a.text, index_streams)  # before the row changes
        self.conn.execute(
            "UPDATE articles SET title=?, published=?, author=?, source=?, text=?, language=?, hijacked=?, "
            "findings=?, content_hash=?, version=?, capture_id=?, last_seen=?, "
            "hijack_first_seen=CASE WHEN ? THEN COALESCE(hijack_first_seen, ?) ELSE hijack_first_seen END, "
            "hijack_last_seen=CASE WHEN ? THEN ? ELSE hijack_last_seen END WHERE id=?",
            (a.title, a.published, a.author, a.source, a.text, a.language, int(a.hijacked), findings, chash,
             version, capture_id, now, a.hijacked, now, a.hijacked, now, article_id))

    def _insert_version(self, article_id: int, version: int, a: Article, chash: str, findings: str,
                        capture_id: int, now: str) -> None:
        self.conn.execute(
            "INSERT INTO article_versions (article_id, version, capture_id, captured_at, title, published, "
            "author, source, text, language, hijacked, findings, content_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, version, capture_id, now, a.title, a.published, a.author, a.source, a.text,
             a.language, int(a.hijacked), findings, chash))


# What a reader sees of an article besides its title and text: when these change on the site, a
# re-crawl makes a new version (the page was edited), as a changed text does.
VISIBLE_METADATA = ("published", "author", "source")


def _visible_metadata_changed(row: sqlite3.Row, article: Article) -> bool:
    return any((row[k] or None) != (getattr(article, k) or None) for k in VISIBLE_METADATA)


def _ref(row: sqlite3.Row) -> RecordRef:
    return RecordRef(row["warc_record_id"], row["final_url"], row["fetched_at"])
