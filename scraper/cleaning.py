"""What a cleaner worker process runs for the crawl: one page cleaned and cut into search tokens.

Kept apart from scraper.pipelines so that a worker imports only the cleaner and the search
tokenizer (which its forkserver has preloaded), not Scrapy and Twisted: unpickling a function
imports its module, and each worker (one per PAGES_PER_WORKER pages) paid ~0.4 s CPU for
scraper.pipelines' imports.
"""
from __future__ import annotations

from archive import search_index
from scraper.clean import Article, PageTraits, SiteProfile, clean_and_describe
from scraper.clean.profile import mentions

# The modules a cleaner worker needs, imported once by the workers' forkserver.
WORKER_PRELOAD = ("scraper.clean", "archive.search_index", __name__)


def clean_for_archive(body: bytes, url: str, headers: dict, selectors: dict, profile: SiteProfile | None = None,
                      look_for: tuple[list[str], list[str]] | None = None,
                      ) -> tuple[Article, tuple[str, ...], PageTraits | None] | None:
    """What a cleaner worker does for one page: clean it with its site's profile, and cut the
    result into the search index's tokens (pure text work, so the archive writer only inserts
    them); the page's traits teach the profile (scraper.profiling). ``look_for`` (strings,
    hosts): a second cleaning, done only when the page holds one of them (else None)."""
    if look_for is not None and not mentions(body, headers, *look_for):
        return None
    article, traits = clean_and_describe(body, url, headers, selectors, profile)
    return article, search_index.streams(article.title, article.text), traits
