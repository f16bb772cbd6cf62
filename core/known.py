"""What the archive knows of a source's articles when a crawl starts: the snapshot the archive
hands to the crawl (see scraper.recheck for how the crawl uses it)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Mapping


@dataclass(frozen=True)
class KnownArticle:
    """What the archive knows of one article URL when the crawl starts."""

    url: str                          # the article's URL in the archive (final URL of its first fetch)
    live: bool                        # False once its page answered 404/410
    last_checked: datetime            # last fetch of it, whatever the answer (UTC)
    etag: str | None = None           # validators of its last 200 response
    last_modified: str | None = None


class KnownArticles:
    """Read-only snapshot of a source's archived articles, by every URL that led to them."""

    def __init__(self, articles: Iterable[KnownArticle] = (), aliases: Mapping[str, str] | None = None):
        self.by_url: dict[str, KnownArticle] = {a.url: a for a in articles}
        # Requested URLs that redirected to an archived article (old links, ?id= forms).
        for alias, url in (aliases or {}).items():
            if url in self.by_url:
                self.by_url.setdefault(alias, self.by_url[url])

    def get(self, url: str) -> KnownArticle | None:
        return self.by_url.get(url)

    def live_urls(self) -> list[str]:
        return sorted({a.url for a in self.by_url.values() if a.live})

    def __len__(self) -> int:
        return len({a.url for a in self.by_url.values()})
