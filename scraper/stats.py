"""The crawl's own stats keys (namespaced, like Scrapy's): where a run's counts live while it runs."""

RUN_ID = "newsvault/run_id"
STATUS = "newsvault/run_status"
ERRORS = "newsvault/errors"
NOT_HTML = "newsvault/not_html"
RECHECK_SKIPPED = "newsvault/recheck_skipped"   # archived articles met, not due for a re-fetch
MAX_PAGES_REACHED = "newsvault/max_pages_reached"


def outcome(name: str) -> str:
    """An article outcome's counter: new, changed, unchanged, gone."""
    return f"newsvault/articles_{name}"
