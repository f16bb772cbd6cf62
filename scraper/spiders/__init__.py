"""Spiders. There is one: NewsSpider, configured per source."""
