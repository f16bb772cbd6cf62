"""Crawling: sources configuration, the generic news spider, items and pipelines."""
