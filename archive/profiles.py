"""Site profiles in the archive: one per source (migration 12), read by crawls and ``reprocess``.

A profile (scraper.clean.profile) says what a source's own template looks like and which spam
strings, hosts and blocks were proven injected into its pages. Each complete crawl stores the
profile it ended with; the next crawl starts from it. A source archived before profiles existed
gets one built from its last clean captures (their bytes read back from the WARC files) the first
time a crawl asks for it.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from typing import Iterator

from archive.backend import has_table
from archive.captures import LATEST_CAPTURE, archive_folder, capture_body
from archive.sqlite import transaction
from core.clock import utcnow
from core.errors import ArchiveError
from scraper.clean import CleanError, ProfileBuilder, SiteProfile, clean_and_describe
from scraper.clean.profile import PROFILE_VERSION

logger = logging.getLogger(__name__)

# Clean captures a first profile of a source is built from. A template block needs 30% of the
# pages (profile.TEMPLATE_MIN_SHARE): forty pages of a site show its header, footer and link rows
# many times over, and cleaning them costs about a second, once per source.
BOOTSTRAP_CAPTURES = 40


def _has_table(conn: sqlite3.Connection) -> bool:
    return has_table(conn, "source_profiles")


def load_profile(conn: sqlite3.Connection, source: str) -> SiteProfile | None:
    """The stored profile of ``source``; None when there is none (or one of another format)."""
    if not _has_table(conn):
        return None
    row = conn.execute("SELECT version, profile FROM source_profiles WHERE source=?", (source,)).fetchone()
    if row is None or row[0] != PROFILE_VERSION:
        return None
    try:
        return SiteProfile.from_json(row[1])
    except (ValueError, TypeError) as e:
        logger.warning("%s: stored site profile unreadable (%s): building a new one", source, e)
        return None


def stored_profiles(conn: sqlite3.Connection) -> dict[str, SiteProfile]:
    """Every source's stored profile, by source name."""
    if not _has_table(conn):
        return {}
    out = {}
    for source, in conn.execute("SELECT source FROM source_profiles ORDER BY source"):
        profile = load_profile(conn, source)
        if profile is not None:
            out[source] = profile
    return out


def save_profile(conn: sqlite3.Connection, source: str, profile: SiteProfile, run_id: int | None = None) -> None:
    """Store ``profile`` as the profile of ``source`` (replacing the one before)."""
    now = utcnow()
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO sources (name, first_seen) VALUES (?, ?)", (source, now))
        conn.execute(
            "INSERT INTO source_profiles (source, version, profile, pages, run_id, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(source) DO UPDATE SET version=excluded.version, profile=excluded.profile, "
            "pages=excluded.pages, run_id=excluded.run_id, updated_at=excluded.updated_at",
            (source, PROFILE_VERSION, profile.to_json(), profile.pages, run_id, now))


def clean_captures(conn: sqlite3.Connection, source: str,
                   limit: int = BOOTSTRAP_CAPTURES) -> Iterator[tuple[bytes, str, dict[str, str]]]:
    """(body, URL, headers) of the latest capture of the source's newest articles found clean."""
    base = archive_folder(conn)
    rows = conn.execute(
        f"SELECT a.url, c.id, c.headers FROM articles a JOIN captures c ON c.id = {LATEST_CAPTURE.format(url='a.url')} "
        "WHERE a.source_name=? AND a.hijacked=0 ORDER BY a.id DESC LIMIT ?", (source, limit)).fetchall()
    for url, capture_id, headers in rows:
        try:
            body = capture_body(conn, capture_id, base)
        except ArchiveError as e:  # a WARC file moved away: the profile is built from the others
            logger.info("%s: not in the first site profile: %s", url, e)
            continue
        yield body, url, dict(json.loads(headers or "[]"))


def earlier_profile(conn: sqlite3.Connection, source: str) -> SiteProfile:
    """What a crawl of ``source`` starts from: its stored profile, else one built from its last
    clean captures (empty for a source never crawled)."""
    stored = load_profile(conn, source)
    if stored is not None:
        return stored
    builder = ProfileBuilder()
    for body, url, headers in clean_captures(conn, source):
        try:
            traits = clean_and_describe(body, url, headers)[1]
        except CleanError:
            continue
        if traits is not None:
            builder.add(traits)
    if builder.pages:
        logger.info("%s: first site profile built from %d archived clean pages", source, builder.pages)
    return builder.profile()
