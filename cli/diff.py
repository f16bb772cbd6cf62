"""`newsvault diff`: what changed between two versions of an archived article, line by line."""
from __future__ import annotations

import click

from archive.articles import get_article
from archive.db import connect
from archive.sqlite import MAX_INTEGER
from archive.versions import diff_versions, get_version, metadata_changes
from cli.options import Env, common_options
from cli.terminal import safe, safe_line
from core.errors import UsageError
from core.i18n import _


def _styled(line: str) -> str:
    if line.startswith(("+++", "---")):
        return click.style(line, bold=True)
    if line.startswith("+"):
        return click.style(line, fg="green")
    if line.startswith("-"):
        return click.style(line, fg="red")
    if line.startswith("@@"):
        return click.style(line, fg="cyan")
    return line


@click.command()
@click.argument("id_or_url")
@click.argument("versions", nargs=-1, type=click.IntRange(min=1, max=MAX_INTEGER), metavar="[V1 V2]")
@click.option("--context", "-U", type=click.IntRange(min=0), default=3, show_default=True,
              help="Unchanged lines shown around each change.")
@common_options
def diff(id_or_url: str, versions: tuple[int, ...], context: int, env: Env) -> None:
    """Show what changed between two versions of an article: the latest two, or V1 and V2.

    A unified diff of the title (the first line, "# …") and the clean text, one paragraph per
    line: "-" lines were removed, "+" lines added. `newsvault show ID` lists the versions.

    \b
    Example:
      newsvault diff 12
      newsvault diff https://www.gzou.edu.cn/info/1012/5678.htm 1 3
    """
    if len(versions) not in (0, 2):
        raise UsageError(_("give two versions to compare (e.g. `newsvault diff 12 1 3`), or none for the latest two"))
    with connect(env.db_path, readonly=True) as conn:
        article = get_article(conn, id_or_url)
        a, b = versions or (None, None)
        lines = diff_versions(conn, article["id"], a, b, context)
        first, second = versions or (article["versions"][-2]["version"], article["versions"][-1]["version"])
        changed = metadata_changes(get_version(conn, article["id"], first), get_version(conn, article["id"], second))
    click.echo(f"#{article['id']}  {safe_line(article['title'] or _('(no title)'))}  {safe_line(article['url'])}")
    for change in changed:
        click.echo(_("metadata {change}").format(change=safe_line(change)))
    if not lines:
        click.echo(_("v{a} and v{b} have the same title and text").format(a=first, b=second))
        return
    for line in lines:
        click.echo(_styled(safe(line)))
