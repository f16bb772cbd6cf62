"""Completing an article's capture: once the cleaner has found the article's attachments and
body images, ask the engine for them (``scraper.files`` decides which, and notes the others).

An item pipeline, between cleaning and archiving, because only the cleaner knows which links
are the article's own: the spider fetches the page's stylesheets and layout images itself.
The requests go through the scheduler like the spider's, so robots.txt and politeness apply.
"""
from __future__ import annotations

from scrapy.http import Request

from core.pages import FetchedPage, FileNote


class CapturePipeline:
    """Requests the files a cleaned article lists; notes those it may not fetch on the page."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if not isinstance(item, FetchedPage) or item.article is None:
            return item
        spider = self.crawler.spider
        notes: dict[str, str] = {}
        for kind, files in (("attachment", item.article.attachments), ("image", item.article.images)):
            for f in files:
                for out in spider.file_requests(f.url, kind, item.final_url, listed=True):
                    if isinstance(out, Request):
                        self.crawler.engine.crawl(out)
                    elif isinstance(out, FileNote):
                        notes[f.url] = out.note
        # Links that may be downloads: kept only if the server answers with a file.
        for f in item.article.maybe_attachments:
            for out in spider.file_requests(f.url, "attachment", item.final_url, probe=(item.final_url, f.text)):
                if isinstance(out, Request):
                    self.crawler.engine.crawl(out)
        item.meta["file_notes"] = notes
        return item
