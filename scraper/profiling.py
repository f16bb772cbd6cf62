"""The crawl's site profile (issue 11): every page is cleaned with what is known of its site, the
profile learns from each page's one cleaning, and the few pages that what was learned later
could change are cleaned again before the run ends.

1. The run starts from the source's stored profile (archive.profiles; built from its last clean
   captures when none is stored yet).
2. Each page is cleaned with that profile plus the spam strings and hosts proven on the pages
   cleaned before it (``for_page``); the cleaner worker returns the page's traits with its
   article (scraper.clean.PageTraits), which the run's ProfileBuilder adds up (``observe``).
   Strings and hosts only grow during the run, so two counts say what each page was cleaned with.
3. When the spider has nothing left to fetch (spider_idle), the run's profile is final: the
   stored one merged with this run's pages. A page is cleaned again when that could change its
   result: a spam string or host it was not cleaned with (or was, and the final profile dropped)
   and that its bytes hold, a block the run proved injected, or — for a page found hijacked — a
   template block or site title part the run learned. Its version of this run is corrected in
   place (ArchiveStore.record_second_pass) and the run's counts follow.
4. The final profile is stored for the next run; the run log names the pages found hijacked and
   the strings and hosts learned.

The pages' bytes for the second cleaning are read back from the WARC records the run wrote;
nothing is held in memory but a few fingerprints per page.
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, replace
from typing import Any, Callable

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.defer import deferred_from_coro

from archive.captures import capture_body
from archive.db import connect
from archive.profiles import earlier_profile, save_profile
from archive.store import ArchiveStore
from core.errors import NewsvaultError
from scraper import stats as stats_keys
from scraper.clean import PageTraits, ProfileBuilder, SiteProfile

logger = logging.getLogger(__name__)

# Pages cleaned again at once, per cleaner worker: keeps the workers busy while bounding the
# page bytes held in memory (as archive.reprocess does).
IN_FLIGHT_PER_WORKER = 4
# Pages named in the run log's line about hijacked pages (the report has them all).
LOGGED_PAGES = 20


@dataclass(frozen=True)
class _Seen:
    """What the second pass needs to remember of a page cleaned in the first."""

    strings: int                 # how many of the run's spam strings it was cleaned with
    hosts: int                   # … and spam hosts
    own: frozenset[str]          # the strings and hosts it proved itself
    flagged: bool
    blocks: frozenset[str]       # fingerprints of its blocks that link off the site
    title_parts: frozenset[str]  # of a flagged page only


class ProfilePass:
    """The site profile of one crawl of one source (created by CleanPipeline, which owns the
    cleaner workers: ``submit(fn, *args)`` runs ``fn`` in one)."""

    def __init__(self, crawler, submit: Callable[..., Future], workers: int):
        self.crawler = crawler
        self.submit = submit
        self.capacity = max(1, workers) * IN_FLIGHT_PER_WORKER
        self.source = crawler.spider.source
        self.db_path = crawler.settings.get("NEWSVAULT_DB")
        self.earlier = SiteProfile()
        self.builder = ProfileBuilder()
        self.strings: list[str] = []
        self.hosts: list[str] = []
        self._base = SiteProfile()
        self._live: SiteProfile | None = None
        self.seen: dict[str, _Seen] = {}
        self.finishing: Any = None   # the Deferred of the second pass, once started
        self.done = False

    def open(self) -> None:
        """Load the source's profile (read-only: the crawl's writer has brought the archive up to date)."""
        if self.db_path:
            with closing(connect(self.db_path, readonly=True)) as conn:
                self.earlier = earlier_profile(conn, self.source.name)
        self._base = self.earlier.for_cleaning()
        self.strings, self.hosts = list(self.earlier.spam_strings), list(self.earlier.spam_hosts)
        self.crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    # -- the first pass ----------------------------------------------------------------------------

    def for_page(self) -> tuple[SiteProfile, tuple[int, int]]:
        """The profile to clean the next page with, and the stamp to hand back to ``observe``."""
        if self._live is None:
            self._live = replace(self._base, spam_strings=list(self.strings), spam_hosts=list(self.hosts))
        return self._live, (len(self.strings), len(self.hosts))

    def observe(self, url: str, stamp: tuple[int, int], traits: PageTraits | None) -> None:
        """What the first cleaning of ``url`` (with the profile of ``stamp``) showed."""
        if traits is None:
            return
        self.builder.add(traits)
        for found, known in ((traits.spam_strings, self.strings), (traits.spam_hosts, self.hosts)):
            have = set(known)
            fresh = [x for x in dict.fromkeys(found) if x not in have]
            if fresh:
                known.extend(fresh)
                self._live = None
        self.seen[url] = _Seen(stamp[0], stamp[1], frozenset(traits.spam_strings) | frozenset(traits.spam_hosts),
                               traits.hijacked, frozenset(traits.blocks),
                               frozenset(traits.title_parts) if traits.hijacked else frozenset())

    # -- the second pass ---------------------------------------------------------------------------

    def spider_idle(self, spider) -> None:
        """Start the second pass once nothing is left to fetch; keep the spider open until it ends."""
        if spider is not self.crawler.spider or self.done:
            return
        if self.finishing is None:
            if not self.crawler.engine.spider_is_idle():
                return  # another component just gave the spider more to fetch: wait for it
            self.finishing = deferred_from_coro(self._finish())
        raise DontCloseSpider

    async def _finish(self) -> None:
        try:
            await self._second_pass()
        except asyncio.CancelledError:  # the crawl is being stopped: the next run starts from the stored profile
            logger.info("%s: site profile pass interrupted", self.source.name)
        except Exception:
            logger.exception("%s: the site profile pass failed (the run's first cleaning stands)", self.source.name)
        finally:
            self.done = True
        engine = self.crawler.engine
        if engine.spider is not None and engine.spider_is_idle():
            await engine.close_spider_async(reason="finished")

    def final_profile(self) -> SiteProfile:
        return self.builder.merged(self.earlier).bounded()

    def candidates(self, final: SiteProfile) -> list[tuple[str, tuple[list[str], list[str]] | None]]:
        """Pages to clean again: (URL, strings and hosts to look for first, or None: clean it)."""
        strings, hosts = set(final.spam_strings), set(final.spam_hosts)
        injected = set(final.injected) - set(self.earlier.injected)
        template = final.template_blocks() - self._base.template_blocks()
        title_parts = final.site_title_parts() - self._base.site_title_parts()
        by_stamp: dict[tuple[int, int], tuple[set[str], set[str]]] = {}
        out: list[tuple[str, tuple[list[str], list[str]] | None]] = []
        for url, s in self.seen.items():
            if s.blocks & injected or s.flagged and (s.blocks & template or s.title_parts & title_parts):
                out.append((url, None))
                continue
            stamp = (s.strings, s.hosts)
            if stamp not in by_stamp:
                used_s, used_h = set(self.strings[:s.strings]), set(self.hosts[:s.hosts])
                by_stamp[stamp] = (used_s ^ strings, used_h ^ hosts)  # learned since, or dropped at the end
            look_s, look_h = (x - s.own for x in by_stamp[stamp])
            if look_s or look_h:
                out.append((url, (sorted(look_s), sorted(look_h))))
        return out

    async def _second_pass(self) -> None:
        from scraper.cleaning import clean_for_archive  # the worker's entry point, beside the first cleaning

        final = self.final_profile()
        todo = self.candidates(final)
        run_id = self.crawler.stats.get_value(stats_keys.RUN_ID)
        if not self.db_path or run_id is None:
            return
        thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="profile-pass")
        loop = asyncio.get_running_loop()

        def on_thread(fn, *args):
            return loop.run_in_executor(thread, fn, *args)

        store: ArchiveStore = await on_thread(
            lambda: ArchiveStore(self.db_path, warc_dir=self.crawler.settings.get("NEWSVAULT_WARC_DIR")))
        counts: dict[str, int] = {}
        try:
            cleaning = final.for_cleaning()
            window: deque = deque()

            async def finish_one(url: str, capture_id: int, future) -> None:
                try:
                    result = await asyncio.wrap_future(future)
                except Exception as e:  # a stuck or crashed worker costs this page's second look only
                    logger.warning("%s: %s: not cleaned again: %s", self.source.name, url, e)
                    return
                if result is None:
                    return  # the page holds none of what was learned later
                article, _, traits = result
                outcome = await on_thread(store.record_second_pass, run_id, capture_id, article)
                counts[outcome] = counts.get(outcome, 0) + 1
                self._count(outcome)
                if traits is not None:
                    self.seen[url] = replace(self.seen[url], flagged=traits.hijacked)

            for url, look in todo:
                try:
                    found = await on_thread(_run_capture, store, run_id, url)
                except NewsvaultError as e:  # its WARC file is unreadable: its first cleaning stands
                    logger.warning("%s: %s: not cleaned again: %s", self.source.name, url, e)
                    continue
                if found is None:
                    continue
                capture_id, body, headers = found
                args = (body, url, headers, self.source.selectors, cleaning, look)
                window.append((url, capture_id, self.submit(clean_for_archive, *args)))
                while len(window) >= self.capacity:
                    await finish_one(*window.popleft())
            while window:
                await finish_one(*window.popleft())
            await on_thread(save_profile, store.conn, self.source.name, final, run_id)
        finally:
            await on_thread(store.close)
            thread.shutdown(wait=False)
        self._log(final, len(todo), counts)

    def _count(self, outcome: str) -> None:
        """The run's counts after a page's second cleaning changed what its first one recorded."""
        stats = self.crawler.stats
        moves = {"reverted": ("changed", "unchanged"), "changed": ("unchanged", "changed")}
        if outcome in moves:
            was, now = moves[outcome]
            stats.inc_value(stats_keys.outcome(was), -1)
            stats.inc_value(stats_keys.outcome(now))

    def _log(self, final: SiteProfile, candidates: int, counts: dict[str, int]) -> None:
        name = self.source.name
        learned = [s for s in final.spam_strings if s not in set(self.earlier.spam_strings)]
        learned_hosts = [h for h in final.spam_hosts if h not in set(self.earlier.spam_hosts)]
        injected = len(set(final.injected) - set(self.earlier.injected))
        if candidates:
            logger.info("%s: site profile: %d pages cleaned again for what the run learned later (%s)", name,
                        candidates, ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "none changed")
        flagged = [url for url, s in self.seen.items() if s.flagged]
        if flagged:
            more = f" and {len(flagged) - LOGGED_PAGES} more" if len(flagged) > LOGGED_PAGES else ""
            logger.warning("%s: %d pages of this run found hijacked: %s%s", name, len(flagged),
                           ", ".join(flagged[:LOGGED_PAGES]), more)
        if learned or learned_hosts or injected:
            logger.warning("%s: injected, learned this run: %s%s%s", name,
                           ", ".join(learned) or "no new strings",
                           f"; hosts: {', '.join(learned_hosts)}" if learned_hosts else "",
                           f"; {injected} injected blocks" if injected else "")


def _run_capture(store: ArchiveStore, run_id: int, url: str) -> tuple[int, bytes, dict[str, str]] | None:
    """This run's capture of ``url`` (its id, body and headers); None when there is none."""
    row = store.conn.execute("SELECT id, headers FROM captures WHERE run_id=? AND final_url=? AND status=200 "
                             "ORDER BY id DESC LIMIT 1", (run_id, url)).fetchone()
    if row is None:
        return None
    return row["id"], capture_body(store.conn, row["id"]), dict(json.loads(row["headers"] or "[]"))
