"""Fixtures for the cleaner's tests: pages copied into tests/clean/fixtures (never ../shared)."""
from __future__ import annotations

from pathlib import Path

import pytest

from scraper.clean import Article, clean_page

FIXTURES = Path(__file__).parent / "fixtures"
SITE_URL = "https://www.qingshan.gov.cn/info/2024/0316/2.htm"


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def clean():
    """Clean a fixture page by file name (keyword arguments go to clean_page)."""

    def run(name: str, **kwargs) -> Article:
        kwargs.setdefault("url", SITE_URL)
        return clean_page(load(name), **kwargs)

    return run


def kinds(article: Article) -> set[str]:
    return {f.kind for f in article.findings}


def everything(article: Article) -> str:
    """All the text a user reads of an article: title, byline fields and body."""
    return "\n".join(str(v or "") for v in (article.title, article.source, article.author, article.text))
