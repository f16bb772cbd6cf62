"""`newsvault show`: one archived article with all its metadata and findings."""
from __future__ import annotations

import json

import click

from archive.articles import get_article
from archive.db import connect
from cli.options import Env, common_options

FIELDS = (("url", "URL"), ("source_name", "Source"), ("published", "Published"), ("author", "Author"),
          ("source", "来源"), ("language", "Language"), ("version", "Version"), ("first_seen", "First seen"),
          ("last_seen", "Last seen"))


def render_article(a: dict) -> str:
    lines = [f"#{a['id']}  {a['title'] or '(no title)'}"]
    for key, label in FIELDS:
        if key in a:
            lines.append(f"  {label + ':':<12}{a[key] if a[key] not in (None, '') else '—'}")
    for key, label in (("status", "Status"), ("gone_since", "Gone since")):
        if a.get(key):
            lines.append(f"  {label + ':':<12}{a[key]}")
    lines.append(f"  {'Hijacked:':<12}{'yes' if a['hijacked'] else 'no'} ({len(a['findings'])} findings)")
    if a["attachments"]:
        lines.append("Attachments:")
        lines += [f"  - {x['text'] or '(no text)'}  {x['url']}" for x in a["attachments"]]
    if a["findings"]:
        lines.append("Findings (removed as injected):")
        lines += [f"  - {f['kind']} at {f['where']}: {f['evidence']}" for f in a["findings"]]
    if a.get("status_changes"):
        lines.append("Status changes:")
        lines += [f"  {c['at']}  {c['status']} (HTTP {c['http_status']})" for c in a["status_changes"]]
    if a.get("versions"):
        lines.append("Versions:")
        lines += [f"  v{v['version']}  {v['captured_at']}  {v['title'] or ''}"
                  + ("  (reprocessed)" if v.get("reprocessed_at") else "") for v in a["versions"]]
    lines += ["", a["text"]]
    return "\n".join(lines)


@click.command()
@click.argument("id_or_url")
@click.option("--json", "as_json", is_flag=True, help="Print the article as one JSON object.")
@common_options
def show(id_or_url: str, as_json: bool, env: Env) -> None:
    """Show one archived article (by id or URL) with its metadata, findings and text.

    \b
    Example:
      newsvault show 12
      newsvault show https://www.gzou.edu.cn/info/1012/5678.htm --json
    """
    with connect(env.db_path, readonly=True) as conn:
        article = get_article(conn, id_or_url)
    click.echo(json.dumps(article, ensure_ascii=False, indent=2) if as_json else render_article(article))
