"""The `newsvault` command line: one group, one module per subcommand (or family of them).

Every failure the user can act on is a NewsvaultError: printed as one line, exit code from it.
"""
from __future__ import annotations

import sqlite3
import sys

import click

from archive.errors import NewsvaultError


class NewsvaultGroup(click.Group):
    """A click group that turns NewsvaultError into one line on stderr and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NewsvaultError as e:
            click.echo(f"newsvault: error: {e}", err=True)
            sys.exit(e.exit_code)
        except sqlite3.Error as e:  # a damaged or foreign archive: say so, never a traceback
            click.echo(f"newsvault: error: archive: {e}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("newsvault: interrupted", err=True)
            sys.exit(130)
        except click.UsageError as e:  # bad option values: one line, not a usage screen
            where = f"newsvault {e.ctx.info_name}" if e.ctx and e.ctx.info_name != "newsvault" else "newsvault"
            click.echo(f"{where}: error: {e.format_message()} (see --help)", err=True)
            sys.exit(e.exit_code)


@click.group(cls=NewsvaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsvault")
def main() -> None:
    """newsvault: crawl Chinese gov/edu news sites, strip injected gambling spam, archive and search.

    \b
    Start with:  newsvault demo
    Then:        newsvault crawl --config newsvault.toml
                 newsvault search 研究 --db data/archive.db
    """


def _register() -> None:
    from cli import crawl, demo, export, extract, runs, schedule, search, show, sources

    for command in (crawl.crawl, search.search_command, show.show, export.export, sources.sources, demo.demo,
                    extract.extract, schedule.schedule, runs.runs):
        main.add_command(command)
    from cli import diff, report, reprocess  # the archive's history: versions, re-cleaning, hijack report

    for command in (diff.diff, reprocess.reprocess_command, report.report):
        main.add_command(command)
    from cli import serve  # the web interface

    main.add_command(serve.serve)


_register()
