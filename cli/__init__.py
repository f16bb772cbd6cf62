"""The `newsvault` command line: one group, one module per subcommand (or family of them).

Every failure the user can act on is a NewsvaultError: printed as one line, exit code from it.
Subcommands load lazily: `newsvault --help` and `newsvault search` import only what they use
(the cleaner, Scrapy and Flask are imported by the commands that need them).
"""
from __future__ import annotations

import importlib
import sqlite3
import sys

import click

import settings
from core import i18n
from core.errors import NewsvaultError
from core.i18n import _

# name → (module:attribute of the click command, the one-line help `newsvault --help` shows). The
# help is written here so that listing the commands imports none of them; tests/test_docs.py
# checks that it is the first line of each command's own docstring.
COMMANDS: dict[str, tuple[str, str]] = {
    "crawl": ("cli.crawl:crawl", "Crawl all configured sources, or the named SOURCES, into the archive."),
    "search": ("cli.search:search_command", "Search archived articles' titles and texts."),
    "show": ("cli.show:show", "Show one archived article (by id or URL) with its metadata, findings and text."),
    "diff": ("cli.diff:diff", "Show what changed between two versions of an article: the latest two, or V1 and V2."),
    "export": ("cli.export:export", "Export archived articles (latest versions) as JSON Lines, CSV or Excel, or the raw captures as WARC or WACZ."),
    "sources": ("cli.sources:sources", "List the configured sources with their last run and article counts."),
    "runs": ("cli.runs:runs", "List crawl runs, newest first: how each was started, how it ended, what it archived."),
    "report": ("cli.report:report", "Report the hijacked pages of each source: what to send its webmaster."),
    "extract": ("cli.extract:extract", "Clean saved HTML pages: article text, metadata and every injection found."),
    "reprocess": ("cli.reprocess:reprocess_command", "Run the current cleaner again over every article's latest capture."),
    "upgrade": ("cli.upgrade:upgrade", "Bring an archive made by an older newsvault up to date."),
    "verify": ("cli.verify:verify_command", "Check every capture's WARC record against its digests, and the archive database's integrity."),
    "schedule": ("cli.schedule:schedule", "Run the crawls on their schedules (as a service), or list when they run next."),
    "serve": ("cli.serve:serve", "Serve the archive to a web browser: search, articles, versions, sources, runs."),
    "demo": ("cli.demo:demo", "Crawl the bundled demo site on 127.0.0.1 into a demo archive, then search it."),
    "worker": ("cli.worker:worker", "Run crawl jobs from the cluster's queue until SIGTERM or Ctrl-C."),
    "cluster": ("cli.cluster:cluster", "See the cluster's queue, workers and running jobs."),
    "archive": ("cli.archive:archive", "Move an archive between databases: copy an SQLite archive to PostgreSQL."),
}


class NewsvaultGroup(click.Group):
    """A click group that loads subcommands on use and turns NewsvaultError into one line on stderr."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name][0].split(":")
        command = getattr(importlib.import_module(module), attribute)
        command.name = name
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in self.list_commands(ctx)])

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NewsvaultError as e:
            from cli.terminal import safe_line  # an error may quote an archived URL or title

            click.echo(_("newsvault: error: {message}").format(message=safe_line(e)), err=True)
            sys.exit(e.exit_code)
        except sqlite3.Error as e:  # a damaged or foreign archive: say so, never a traceback
            click.echo(_("newsvault: error: archive: {message}").format(message=str(e)), err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo(_("newsvault: interrupted"), err=True)
            sys.exit(130)
        except click.UsageError as e:  # bad option values: one line, not a usage screen
            where = f"newsvault {e.ctx.info_name}" if e.ctx and e.ctx.info_name != "newsvault" else "newsvault"
            click.echo(_("{where}: error: {message} (see --help)").format(where=where, message=e.format_message()),
                       err=True)
            sys.exit(e.exit_code)


@click.group(cls=NewsvaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsvault")
@click.option("--lang", "language", type=click.Choice(["zh", "en"]), metavar="zh|en",
              help="Language of messages and tables (every subcommand takes --lang too).")
def main(language: str | None) -> None:
    """newsvault: crawl Chinese gov/edu news sites, strip injected gambling spam, archive and search.

    \b
    Start with:  newsvault demo
    Then:        newsvault crawl --config newsvault.toml
                 newsvault search 研究 --db data/archive.db
    """
    # Until a subcommand reads its configuration ([interface].language): errors in its options
    # are shown in the language asked for here or in $NEWSVAULT_LANG.
    i18n.set_language(language or settings.NEWSVAULT_LANG)
