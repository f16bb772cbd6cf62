"""The cleaning engine: raw page bytes → clean article, metadata and evidence of every injection.

Pure: no network, no Scrapy, no database. Arguments and results pickle, so the crawl pipeline
can run :func:`clean_page` in a process pool.

    >>> from scraper.clean import clean_page
    >>> article = clean_page(raw_bytes, url="https://www.example.edu.cn/info/1/2.htm",
    ...                      headers={"Content-Type": "text/html; charset=gbk"})
    >>> article.title, article.published, article.hijacked, article.findings
"""
from scraper.clean.article import Article, Attachment, Finding
from scraper.clean.engine import clean_page
from scraper.clean.errors import CleanError
from scraper.clean.evidence import spam_brands, spam_domains

__all__ = ["Article", "Attachment", "CleanError", "Finding", "clean_page", "spam_brands", "spam_domains"]
