"""Scrapy settings for newsvault, and the one place that reads the environment.

The values from the sources configuration ([crawl] in newsvault.toml: user agent, delay,
concurrency, page limit) are applied on top of these by ``scraper.runner.crawl_settings``.
"""
import os

BOT_NAME = "newsvault"
SPIDER_MODULES = ["scraper.spiders"]
NEWSPIDER_MODULE = "scraper.spiders"

# Politeness: identify ourselves, obey robots.txt, adapt to the server's latency.
USER_AGENT = "newsvault/0.1 (+https://github.com/newsvault/newsvault)"
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS = 16
# Items (pages) processed in parallel per response. Scrapy's default of 100 starts 100 asyncio
# tasks for every response, even one that yields a single page: on a 2,000-page crawl that was
# 10% of the crawl process's CPU. A page's cleaning waits in the process pool anyway.
CONCURRENT_ITEMS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
COOKIES_ENABLED = False
# A <meta http-equiv="refresh"> is how hacked pages send visitors on to a casino (the cleaner
# records it as evidence): the page carrying it is what we archive, so it is not followed.
# Following it lost such pages silently (an off-site target is filtered without an error).
METAREFRESH_ENABLED = False
# Chinese first: sites that serve several languages answer in the one our archivists read.
# [crawl].accept_language overrides it.
ACCEPT_LANGUAGE = "zh-CN,zh;q=0.9,en;q=0.5"
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": ACCEPT_LANGUAGE,
}
TELNETCONSOLE_ENABLED = False
# Scrapy's remote-control HTTP server (code execution for its MCP tool) is off like the telnet
# console: nobody drives our crawls through it, and it cost every crawl a listening port and a
# job file in ~/.local/state. (scraper.runner also drops it from the extensions: Scrapy imports
# every listed extension, disabled or not, and this one's import is aiohttp's, ~0.1 s CPU.)
REMOTE_CONTROL_ENABLED = False

# Failures: retry transient ones with exponential backoff (scraper.middlewares).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Seconds before the first retry; doubles each time. Tests shorten it through the environment.
NEWSVAULT_RETRY_BACKOFF_BASE = float(os.environ.get("NEWSVAULT_RETRY_BACKOFF_BASE", 2.0))
NEWSVAULT_RETRY_BACKOFF_MAX = 60.0
DOWNLOAD_TIMEOUT = 30
# DOWNLOAD_MAXSIZE is the cleaner's page limit (scraper.clean.engine.MAX_PAGE_BYTES, 16 MiB),
# set by scraper.runner: one limit for what is downloaded, decompressed and cleaned.
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
# We archive 404s as evidence of deletion: let them reach the spider's errback with a response.
HTTPERROR_ALLOW_ALL = False

# Each replacement keeps the place of what it replaces (see scraper.middlewares, scraper.robots).
# Requests pass middlewares from low to high numbers, responses from high to low.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scraper.robots.RobotsMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scraper.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "scraper.middlewares.SizeGuardedCompressionMiddleware": 590,
    # Sees responses before decompression (590).
    "scraper.middlewares.WireHeadersMiddleware": 595,
    # Sees each redirected request before it is downloaded; it refuses one leaving allowed_domains
    # with a failure row, where Scrapy's OffsiteMiddleware drops it silently at scheduling.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scraper.middlewares.RedirectGuardMiddleware": 60,
    # Last before the downloader: holds a host's place only while its request is in flight.
    "scraper.middlewares.DomainConcurrencyMiddleware": 950,
    # After it: with a [cluster], each request waits for its host's shared slot (scraper.ratelimit)
    # last of all, holding its place, so that nothing delays it between its slot and the download.
    "scraper.ratelimit.SharedPolitenessMiddleware": 960,
}
# The spider asks for each URL once (scraper.spiders.news) and RedirectGuardMiddleware checks
# where redirects lead, with a failure row for each one refused; Scrapy's duplicate filter would
# drop a redirect loop's last hop silently instead.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
# RedirectGuardMiddleware refuses chains longer than its MAX_REDIRECTS (20) with a failure row;
# Scrapy's own limit, which drops silently, is set past it.
REDIRECT_MAX_TIMES = 100
ITEM_PIPELINES = {
    "scraper.pipelines.CleanPipeline": 100,
    "scraper.capture.CapturePipeline": 500,   # asks for the attachments and images the cleaner found
    "scraper.pipelines.ArchivePipeline": 800,
}

# Breadth-first within a source: listing pages are walked before deep article queues pile up.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

LOG_LEVEL = os.environ.get("NEWSVAULT_LOG_LEVEL", "INFO")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Local time of the archive's zone (core.clock.use_zone_for_logs), with its offset: one clock.
LOG_DATEFORMAT = "%Y-%m-%d %H:%M:%S%z"

# The language of the command line's messages when --lang is not given (zh or en); before
# [interface].language. Scripts that parse human output should use --json instead.
NEWSVAULT_LANG = os.environ.get("NEWSVAULT_LANG") or None
LOG_VERSIONS: list[str] = []
LOG_INSTALL_ROOT_HANDLER = True

# Cleaning runs in worker processes, one per core; 0 cleans in-process. Not one core left to the
# crawl's own process: it waits on the cleaning most of the time (bench/crawl.py, 630 pages on 2
# cores: the crawl process used 7.3 s CPU in 29 s while its one worker cleaned the whole time).
NEWSVAULT_CLEAN_WORKERS = int(os.environ.get("NEWSVAULT_CLEAN_WORKERS", os.cpu_count() or 1))

# This host's WARC folder when it differs from the configuration's ([cluster].warc_dir mounted
# elsewhere): every worker of a cluster writes the same shared folder, each through its own path.
NEWSVAULT_WARC_DIR_ENV = os.environ.get("NEWSVAULT_WARC_DIR") or None

# Set per run by scraper.runner (never by hand): the archive file and how the run was started.
NEWSVAULT_DB = None
NEWSVAULT_TRIGGER = "manual"
NEWSVAULT_RUN_IDS: dict = {}  # source → its run row (created before the crawl starts); absent: the crawl creates one
