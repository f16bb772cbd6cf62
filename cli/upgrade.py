"""`newsvault upgrade`: apply the migrations and rebuilds an archive made by an older newsvault needs."""
from __future__ import annotations

from contextlib import closing

import click

from archive.backend import is_postgres
from archive.db import needs_upgrade, open_raw, schema
from archive.db import upgrade as upgrade_archive
from cli.options import Env, common_options
from core.i18n import _


@click.command()
@common_options
def upgrade(env: Env) -> None:
    """Bring an archive made by an older newsvault up to date.

    Applies the schema migrations it lacks and rebuilds its search index when this newsvault
    cuts text into tokens differently, printing each step. Read-only commands (search, show,
    export, serve…) refuse such an archive until then; a crawl upgrades it too. Each step is
    one transaction: an interrupted upgrade loses nothing, and running it again finishes it.

    \b
    Example:
      newsvault upgrade --db /srv/newsvault/archive.db
      newsvault upgrade --db postgresql://newsvault@db.example.org/newsvault   # also creates the tables
    """
    open_raw(env.db_path, readonly=True).close()  # no archive file there: say so, and create none
    with closing(open_raw(env.db_path)) as conn:
        todo = needs_upgrade(conn)
        if not todo and is_postgres(conn):  # an empty database: the migrations create the archive
            todo = [f"migration {m.id}: {m.name}" for m in schema(conn).pending(conn)]
        if not todo:
            click.echo(_("{db}: up to date").format(db=env.db_name))
            return
        click.echo(_("{db}: upgrading ({n} steps)").format(db=env.db_name, n=len(todo)))
        upgrade_archive(conn, progress=lambda step: click.echo(f"  {step}", err=True))
    click.echo(_("{db}: up to date").format(db=env.db_name))
