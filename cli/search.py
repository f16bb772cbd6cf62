"""`newsvault search`: full-text search over archived titles and texts, Chinese terms included."""
from __future__ import annotations

import json
import sys

import click

from archive.search import SearchResult, open_archive, search, sort_order
from cli.options import Env, common_options

BOLD = ("\x1b[1;31m", "\x1b[0m")  # grep --color's bold red


@click.command("search")
@click.argument("query")
@click.option("--source", "sources", multiple=True, metavar="S",
              help="Only articles of this source (its name in the config); repeat for several.")
@click.option("--since", metavar="DATE",
              help="Only articles published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE",
              help="Only articles published on or before DATE (the whole day, month or year).")
@click.option("--hijacked/--not-hijacked", default=None,
              help="Only pages that were hijacked with injected spam, or only clean ones.")
@click.option("--limit", type=click.IntRange(min=1), default=20, metavar="N", show_default=True,
              help="At most N hits.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="Best matches first (bm25, title matches weigh most), or newest publish date first.")
@click.option("--raw", is_flag=True, help="QUERY is FTS5 syntax: AND/OR/NOT, NEAR(a b, 10), title:word, prefix*.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON array of hits: id, url, title, published, source_name, hijacked, score, snippet.")
@common_options
def search_command(query: str, sources: tuple[str, ...], since: str | None, until: str | None,
                   hijacked: bool | None, limit: int, sort: str, raw: bool, as_json: bool, env: Env) -> None:
    """Search archived articles' titles and texts.

    Every word must occur. A Chinese term of any length is found wherever it occurs as written
    (研究 finds 本研究表明); English words match whole words, in any case. "Quoted phrases" must
    occur as written; spaces between Chinese characters in them are ignored. Characters such as
    * : ( " are plain text unless --raw is given. Matches are shown [marked] (bold on a terminal);
    --json snippets mark them with [ ].

    \b
    Example:
      newsvault search 研究 --db data/archive.db
      newsvault search '"乡村振兴 战略" 2024' --source gzou-news --since 2024-01 --json
      newsvault search '研究 NOT 生院' --raw --sort date
    """
    with open_archive(env.db_path) as conn:
        result = search(conn, query, source=sources or None, since=since, until=until, hijacked=hijacked,
                        limit=limit, raw=raw, sort=sort_order(sort))
    if as_json:
        click.echo(json.dumps([h.to_dict() for h in result.hits], ensure_ascii=False, indent=2))
        return
    click.echo(render(query, result, sort, color=sys.stdout.isatty()))


def render(query: str, result: SearchResult, sort: str, color: bool) -> str:
    """Hits as a readable list: title line, URL, marked snippet."""
    if result.empty_query:
        return f"no words to search for in {query!r}"
    if not result.hits:
        return f"no matches for {query!r}"
    order = "newest first" if sort == "date" else "best first"
    lines = [f"{result.total:,} match{'es' if result.total != 1 else ''} for {query!r}, showing "
             f"{len(result.hits)} {order}"]
    if sort == "relevance" and result.ranked < result.total:
        lines.append(f"(ranked by relevance among the {result.ranked:,} most recently archived; "
                     f"add words or --source/--since to rank them all)")
    marks = BOLD if color else ("[", "]")
    for h in result.hits:
        flags = "  [hijacked]" if h.hijacked else ""
        title = h.title_marked.marked(*marks) if h.title else "(no title)"
        lines += ["", f"#{h.id}  {h.published or 'no date'}  {h.source_name}  {title}{flags}",
                  f"    {h.url}", f"    {h.snippet.marked(*marks)}"]
    return "\n".join(lines)
