"""Date options shared by commands that filter by date: the grammar of core.dates everywhere."""
from __future__ import annotations

import click

from core.dates import parse_date_bound


def _check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A bad date is a UsageError naming the option, as `newsvault search` says it (exit 2)."""
    if value is None:
        return None
    parse_date_bound(value, param.opts[0], upper=param.name == "until")
    return value.strip()


def date_option(name: str, help: str):
    """A --since/--until option (2024, 2024-05, 2024-05-09 or a date-time), passed on as written."""
    return click.option(name, callback=_check, metavar="DATE", help=help)
