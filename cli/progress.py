"""The crawl's live display on a terminal: one line per source that fits the width, elapsed time and
rate; log lines (one line each; a traceback only with --debug) printed above it; Ctrl-C heard at once.

Everything goes to stderr through one rich Console, so the lines never tear the display: Scrapy's
and our log records reach it through ``ConsoleLogHandler`` (the crawl installs no handler of its
own). Without a terminal, ``cli.crawl.LogProgress`` writes plain log lines instead.
"""
from __future__ import annotations

import logging
import re
import time

from rich.cells import cell_len
from rich.console import Console, Group
from rich.live import Live
from rich.markup import escape
from rich.text import Text

from cli.terminal import safe_line, source_label
from core.i18n import _
from scraper.runner import RunSummary

# How often the display is redrawn at most (the crawl reports every 0.5 s).
REFRESH_PER_SECOND = 4
STATUS_STYLE = {"running": "cyan", "ok": "green", "failed": "red", "interrupted": "yellow", "stopping": "yellow"}
STATUS_MARK = {"ok": "✓", "failed": "✗", "interrupted": "■", "stopping": "…"}
SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"

# Scrapy's wordings of a download that failed, made one readable line each.
_GAVE_UP = re.compile(r"^Gave up retrying <(\w+) ([^>]+)> \(failed (\d+) times\): (.*)$", re.S)
_ERROR_DOWNLOADING = re.compile(r"^Error downloading <(\w+) ([^>]+)>: (.*)$", re.S)
_TWISTED_NOISE = re.compile(r"(Connection was refused by other side: \d+: |An error occurred while connecting: "
                            r"\d+: |\[<twisted.python.failure.Failure |>\]$)")


def one_line(record: logging.LogRecord) -> str:
    """A log record as one short line: network failures said plainly, the rest as logged."""
    message = record.getMessage()
    m = _GAVE_UP.match(message)
    if m:
        message = _("{url}: {reason} (tried {n} times)").format(
            url=m.group(2), reason=_TWISTED_NOISE.sub("", m.group(4)).rstrip(". "), n=m.group(3))
    else:
        m = _ERROR_DOWNLOADING.match(message)
        if m:
            message = _("{url}: {reason}").format(url=m.group(2), reason=_TWISTED_NOISE.sub("", m.group(3)).rstrip(". "))
    return safe_line(" ".join(message.split()))


class ConsoleLogHandler(logging.Handler):
    """Log records as lines above the live display: time, level, the source, one line of message;
    the traceback only when ``debug``."""

    def __init__(self, console: Console, titles: dict[str, str], debug: bool = False):
        super().__init__()
        self.console = console
        self.titles = titles
        self.debug = debug

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "scrapy.downloadermiddlewares.robotstxt" and not self.debug:
            return  # the failed robots.txt fetch has its own line; this one repeats it for each URL
        try:
            spider = getattr(record, "spider", None)
            source = getattr(getattr(spider, "source", None), "name", None)
            stamp = time.strftime("%H:%M:%S", time.localtime(record.created))
            style = "red" if record.levelno >= logging.ERROR else "yellow" if record.levelno >= logging.WARNING else "dim"
            line = Text.assemble((stamp + " ", "dim"), (_(record.levelname.lower()) + " ", style),
                                 (source_label(source, self.titles) + ": " if source else ""), one_line(record))
            self.console.print(line, overflow="fold", soft_wrap=False)
            if self.debug and record.exc_info:
                self.console.print(escape(logging.Formatter().formatException(record.exc_info)), style="dim",
                                   highlight=False)
        except Exception:  # a log line must never break the crawl
            self.handleError(record)


class LiveProgress:
    """The rich display: call it with the summaries (the crawl does, every 0.5 s); ``interrupted``
    when Ctrl-C arrives; ``close`` at the end."""

    def __init__(self, console: Console, titles: dict[str, str]):
        self.console = console
        self.titles = titles
        self.summaries: list[RunSummary] = []
        self.stopping = 0
        self.closed = False
        self.live = Live(self, console=console, refresh_per_second=REFRESH_PER_SECOND, transient=False,
                         redirect_stdout=False, redirect_stderr=False, auto_refresh=True)
        self.live.start()

    def __call__(self, summaries: list[RunSummary]) -> None:
        self.summaries = summaries
        self.live.refresh()

    def __rich__(self) -> Group:
        """Live redraws this (a few times a second: the spinner turns between the crawl's reports)."""
        return self._render(final=self.closed)

    def interrupted(self, count: int) -> None:
        """Ctrl-C (or SIGTERM): say at once what happens now."""
        self.stopping = count
        if count == 1:
            self.console.print(Text(_("stopping: the pages being fetched are finished and archived, nothing new "
                                      "starts (Ctrl-C again to stop at once)"), style="yellow bold"))
        else:
            self.console.print(Text(_("stopping now: pages in flight are dropped; what was archived is kept"),
                                    style="red bold"))
        self.live.refresh()

    def close(self) -> None:
        self.closed = True
        self.live.refresh()
        self.live.stop()

    def _render(self, final: bool = False) -> Group:
        return Group(*progress_lines(self.summaries, self.titles, self.console.width, bool(self.stopping), final))


def progress_lines(summaries: list[RunSummary], titles: dict[str, str], width: int, stopping: bool = False,
                   final: bool = False) -> list[Text]:
    """One line per source, cut to ``width``: mark, source, status, elapsed time, counts and rate."""
    rows = []
    for s in summaries:
        status = s.status
        if status == "running" and (final or stopping):
            status = "interrupted" if final else "stopping"
        rows.append((s, status, source_label(s.source, titles), _(status)))
    label_width = min(max((cell_len(r[2]) for r in rows), default=0), max(12, width // 3))
    status_width = max((cell_len(r[3]) for r in rows), default=0)
    spinner = SPINNER[int(time.monotonic() * len(SPINNER)) % len(SPINNER)]
    lines = []
    for s, status, label, shown in rows:
        style = STATUS_STYLE.get(status, "")
        mark = Text(spinner if status == "running" else STATUS_MARK.get(status, "…"), style=style)
        name = Text(label, style="bold")
        name.truncate(label_width, overflow="ellipsis", pad=True)
        state = Text(shown, style=style)
        state.truncate(status_width, pad=True)
        line = Text.assemble(mark, " ", name, " ", state, " ", _elapsed(s.seconds).rjust(6), "  ", _counts(s, status))
        line.truncate(width - 1, overflow="ellipsis")
        lines.append(line)
    return lines


def _counts(s: RunSummary, status: str) -> str:
    """Pages and their rate, new articles and errors always; the other counts once there are any."""
    rate = s.pages_fetched / s.seconds if s.seconds > 0 else 0.0
    parts = [_("{n} pages").format(n=s.pages_fetched) + f" {rate:.1f}/s", _("{n} new").format(n=s.articles_new)]
    for n, text in ((s.articles_changed, _("{n} changed")), (s.articles_unchanged, _("{n} unchanged")),
                    (s.articles_skipped, _("{n} skipped")), (s.articles_gone, _("{n} gone")),
                    (s.files_captured, _("{n} files"))):
        if n:
            parts.append(text.format(n=n))
    parts.append(_("{n} errors").format(n=s.errors))
    if status == "stopping" and s.in_flight:
        parts.append(_("{n} in flight").format(n=s.in_flight))
    return " · ".join(parts)


def _elapsed(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
