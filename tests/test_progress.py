"""The crawl's terminal display: one line per source that fits the width, and log lines one line each."""
from __future__ import annotations

import io
import logging

from rich.cells import cell_len
from rich.console import Console

from cli.progress import SPINNER, ConsoleLogHandler, one_line, progress_lines
from scraper.runner import RunSummary


def record(name: str, message: str, *args) -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, message, args, None)


def test_scrapy_network_failures_are_one_plain_line():
    r = record("scrapy.downloadermiddlewares.retry", "Gave up retrying %(request)s (failed %(retry_times)d times): "
               "%(reason)s", {"request": "<GET http://127.0.0.1:9/list.htm>", "retry_times": 3,
                              "reason": "Connection was refused by other side: 111: Connection refused."})
    assert one_line(r) == "http://127.0.0.1:9/list.htm: Connection refused (tried 3 times)"
    hostile = record("scraper", "title \x1b]0;owned\x07 here\nand there")
    assert one_line(hostile) == "title \\x1b]0;owned\\x07 here and there"


def test_a_traceback_only_with_debug():
    for debug, expected in ((False, 1), (True, 3)):
        out = io.StringIO()
        handler = ConsoleLogHandler(Console(file=out, width=100), {}, debug=debug)
        try:
            raise ValueError("boom")
        except ValueError:
            r = record("scrapy.core.scraper", "Error processing page")
            import sys

            r.exc_info = sys.exc_info()
        handler.emit(r)
        lines = out.getvalue().splitlines()
        assert "Error processing page" in lines[0] and (len(lines) == 1) == (not debug), lines
        assert len(lines) >= expected


def test_each_source_is_one_line_that_fits_the_terminal():
    titles = {"gzou-news": "广州开放大学新闻网（学校要闻、通知公告与院系动态）"}
    summaries = [RunSummary("gzou-news", 1, "running", 1234, 567, 3, 45, 12, 1, 2, 7, seconds=83.0),
                 RunSummary("city-government-notices-of-a-long-name", 2, "ok", 42, 40, seconds=4.2),
                 RunSummary("college", 3, "failed", 0, errors=1, seconds=14.0)]
    for width in (60, 80, 100, 160):
        out = io.StringIO()
        console = Console(file=out, width=width)
        for line in progress_lines(summaries, titles, width):
            console.print(line, soft_wrap=True)
        lines = out.getvalue().splitlines()
        assert len(lines) == 3 and all(cell_len(line) <= width for line in lines), (width, lines)
        assert lines[0].startswith(SPINNER) or lines[0][0] in SPINNER
        assert "1:23" in lines[0] and "0:04" in lines[1] and "0:14" in lines[2]
        assert lines[1].startswith("✓") and lines[2].startswith("✗")
    wide = progress_lines(summaries, titles, 200)
    assert "1234 pages 14.9/s · 567 new · 3 changed · 45 unchanged · 12 skipped · 1 gone · 7 files · 2 errors" in \
        wide[0].plain
    assert "(gzou-news)" in wide[0].plain
    stopping = progress_lines(summaries, titles, 200, stopping=True)[0].plain
    assert stopping.startswith("…") and "stopping" in stopping
