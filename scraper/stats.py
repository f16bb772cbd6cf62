"""The crawl's own stats keys (namespaced, like Scrapy's): where a run's counts live while it runs."""
from archive.store import RunCounts

RUN_ID = "newsvault/run_id"
STATUS = "newsvault/run_status"
ERROR = "newsvault/run_error"                    # why the run failed (the archive failed), one line
ERRORS = "newsvault/errors"
RECHECK_SKIPPED = "newsvault/recheck_skipped"   # archived articles met, not due for a re-fetch
MAX_PAGES_REACHED = "newsvault/max_pages_reached"
FILE_RESPONSES = "newsvault/file_responses"      # responses to file requests (not pages)
FILES_CAPTURED = "newsvault/files_captured"      # attachments, images and stylesheets archived
WARNINGS = "newsvault/warnings"                  # [{kind, url, message}] (NewsSpider.warn)
LISTINGS_READ = "newsvault/listings_read"        # listing pages, feeds and sitemaps that answered


def failure(kind: str) -> str:
    """A failure kind's counter (every failure row of the run, errors or not)."""
    return f"newsvault/failures/{kind}"


def outcome(name: str) -> str:
    """An article outcome's counter: new, changed, unchanged, gone, elsewhere."""
    return f"newsvault/articles_{name}"


def run_counts(stats) -> RunCounts:
    """A run's counts as they stand in a crawler's stats collector."""
    return RunCounts(
        pages_fetched=stats.get_value("downloader/response_count", 0) - stats.get_value(FILE_RESPONSES, 0),
        articles_new=stats.get_value(outcome("new"), 0),
        articles_changed=stats.get_value(outcome("changed"), 0),
        articles_unchanged=stats.get_value(outcome("unchanged"), 0),
        articles_skipped=stats.get_value(RECHECK_SKIPPED, 0),
        articles_gone=stats.get_value(outcome("gone"), 0),
        articles_elsewhere=stats.get_value(outcome("elsewhere"), 0),
        errors=stats.get_value(ERRORS, 0),
        files_captured=stats.get_value(FILES_CAPTURED, 0),
    )
