"""Date options shared by commands that filter by publish date."""
from __future__ import annotations

from datetime import date

import click


def _parse(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-09") from None


def date_option(name: str, help: str):
    return click.option(name, callback=_parse, metavar="DATE", help=help)
