"""Re-running the current cleaner over stored captures: the crawl's clean → archive step, in batch.

For every article (of one source, or all) the bytes of its latest capture are read back
(archive.captures: WARC, or blobs for old captures), cleaned again in worker processes as the
crawl does (scraper.clean, pure) with the source's stored site profile — so spam proven on its
pages after a capture was first cleaned is removed from it too — and handed to the store, which
adds a version only where the clean title or text changed and otherwise corrects the metadata. Each article is its own
transaction: a reprocess killed at any moment loses no version, and running it again finishes
the rest (articles already done come out unchanged). Improving the cleaner improves the whole
archive without re-crawling.
"""
from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import Future
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from archive.captures import CaptureBytes, archive_folder, latest_captures, load_capture
from archive.db import connect, open_raw
from archive.profiles import stored_profiles
from archive.store import ArchiveStore
from core.errors import DamagedRecord, NewsvaultError, UsageError
from scraper.clean import clean_page
from scraper.clean.workers import CleanWorkers, failure

logger = logging.getLogger(__name__)

# Pages being cleaned or waiting per worker: keeps the workers busy while bounding the memory
# held in page bytes (a few MB per worker).
IN_FLIGHT_PER_WORKER = 4


@dataclass
class ReprocessCounts:
    """What a reprocess did to one source's articles."""

    source: str
    articles: int = 0
    changed: int = 0     # a new version (the clean title or text changed)
    updated: int = 0     # metadata corrected (published, author, 来源, findings…), same version
    unchanged: int = 0
    skipped: int = 0     # a crawl archived a newer capture meanwhile
    failed: int = 0      # could not be cleaned again (the cleaner refused it, or its bytes are damaged)
    damaged: int = 0     # of those, captures whose bytes could not be read back (see `newsvault verify`)
    failures: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.changed + self.updated + self.unchanged + self.skipped + self.failed


ProgressFn = Callable[[int, int, dict[str, ReprocessCounts]], None]


def reprocess(db_path: Path | str, source: str | None = None, selectors: Mapping[str, Mapping[str, str]] | None = None,
              workers: int = 1, on_progress: ProgressFn | None = None) -> dict[str, ReprocessCounts]:
    """Clean every article's latest capture again; return the counts per source."""
    selectors = selectors or {}
    open_raw(db_path, readonly=True).close()  # no archive there: say so, and create none
    # The store first: a writer brings an archive made by an older newsvault up to date.
    with ArchiveStore(db_path) as store, closing(connect(db_path, readonly=True)) as reader:
        refs = list(latest_captures(reader, source))
        if source and not refs:
            known = [r[0] for r in reader.execute("SELECT DISTINCT source_name FROM articles ORDER BY 1")]
            raise UsageError(f"no articles of source {source!r} in this archive "
                             f"(sources: {', '.join(known) or 'none yet'})")
        counts = {s: ReprocessCounts(s) for s in dict.fromkeys(r["source_name"] for r in refs)}
        for r in refs:
            counts[r["source_name"]].articles += 1
        base = archive_folder(reader)
        # Each source's stored site profile: spam proven on its pages since a capture was first
        # cleaned reaches that capture too (scraper.clean.profile).
        profiles = {name: p.for_cleaning() for name, p in stored_profiles(reader).items()}
        capacity = max(1, workers) * IN_FLIGHT_PER_WORKER
        with CleanWorkers(workers) as cleaner:
            done = 0
            window: deque[tuple[CaptureBytes, Future]] = deque()

            def finish(cap: CaptureBytes, future: Future) -> None:
                nonlocal done
                c = counts[cap.source_name]
                try:
                    article = future.result()
                except Exception as e:  # a cleaner bug, a stuck or crashed worker costs this page only
                    _fail(c, cap, failure(e))
                else:
                    outcome = store.record_reprocessed(cap.article_id, cap.capture_id, article)
                    setattr(c, outcome, getattr(c, outcome) + 1)
                done += 1
                if on_progress:
                    on_progress(done, len(refs), counts)

            for ref in refs:
                try:
                    cap = load_capture(reader, ref, base)
                except NewsvaultError as e:  # a damaged record or a WARC file moved away: this one only
                    counts[ref["source_name"]].damaged += isinstance(e, DamagedRecord)
                    _fail(counts[ref["source_name"]], _placeholder(ref), str(e))
                    done += 1
                    if on_progress:
                        on_progress(done, len(refs), counts)
                    continue
                args = (cap.body, cap.url, dict(cap.headers), dict(selectors.get(cap.source_name) or {}),
                        profiles.get(cap.source_name))
                window.append((cap, cleaner.submit(clean_page, *args)))
                while len(window) >= capacity:
                    finish(*window.popleft())
            while window:
                finish(*window.popleft())
    return counts


def _fail(c: ReprocessCounts, cap: CaptureBytes, reason: str) -> None:
    c.failed += 1
    c.failures.append(f"{cap.url}: {reason}")
    logger.warning("reprocess: %s: %s", cap.url, reason)


def _placeholder(ref: dict) -> CaptureBytes:
    return CaptureBytes(ref["capture_id"], ref["article_id"], ref["source_name"], ref["final_url"],
                        ref["fetched_at"], [], b"")
