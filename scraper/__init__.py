"""The crawl (Scrapy): the sources configuration, the generic news spider, its pipelines and runner."""
