"""`newsvault search`: full-text search over archived titles and texts, Chinese terms included."""
from __future__ import annotations

import sys

import click

from archive.search import SearchResult, open_archive, search, sort_order
from archive.sources import check_sources, source_titles
from archive.sqlite import MAX_INTEGER
from cli.options import Env, common_options
from cli.terminal import safe_json, safe_line, source_label
from core.i18n import _

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
@click.option("--limit", type=click.IntRange(min=1, max=MAX_INTEGER), default=20, metavar="N", show_default=True,
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
        check_sources(conn, sources, env.source_titles())
        result = search(conn, query, source=sources or None, since=since, until=until, hijacked=hijacked,
                        limit=limit, raw=raw, sort=sort_order(sort))
        titles = {**source_titles(conn), **env.source_titles()}
    if as_json:
        click.echo(safe_json([h.to_dict() for h in result.hits], indent=2))
        return
    click.echo(render(query, result, sort, color=sys.stdout.isatty(), titles=titles))


def render(query: str, result: SearchResult, sort: str, color: bool, titles: dict[str, str] | None = None) -> str:
    """Hits as a readable list: title line, URL, marked snippet (archived text made terminal-safe)."""
    shown = safe_line(query)
    if result.empty_query:
        return _("no words to search for in “{query}”").format(query=shown)
    if not result.hits:
        return _("no matches for “{query}”").format(query=shown)
    order = _("newest first") if sort == "date" else _("best first")
    lines = [_("{total:,} matches for “{query}”, showing {n} {order}").format(
        total=result.total, query=shown, n=len(result.hits), order=order)]
    if sort == "relevance" and result.ranked < result.total:
        lines.append(_("(ranked by relevance among the {n:,} most recently archived; add words or "
                       "--source/--since to rank them all)").format(n=result.ranked))
    marks = BOLD if color else ("[", "]")
    for h in result.hits:
        flags = f"  [{_('hijacked')}]" if h.hijacked else ""
        title = _safe_snippet(h.title_marked, marks) if h.title else _("(no title)")
        lines += ["", f"#{h.id}  {h.published or _('no date')}  {source_label(h.source_name, titles or {})}  {title}{flags}",
                  f"    {safe_line(h.url)}", f"    {_safe_snippet(h.snippet, marks)}"]
    return "\n".join(lines)


def _safe_snippet(snippet, marks: tuple[str, str]) -> str:
    """The snippet's matches marked, its archived text escaped (escaping keeps offsets only per piece)."""
    out, pos = [], 0
    for start, end in snippet.spans:
        out += [safe_line(snippet.text[pos:start]), marks[0], safe_line(snippet.text[start:end]), marks[1]]
        pos = end
    out.append(safe_line(snippet.text[pos:]))
    return "".join(out)
