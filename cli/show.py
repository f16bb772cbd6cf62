"""`newsvault show`: one archived article with all its metadata and findings."""
from __future__ import annotations

import click

from archive.articles import get_article
from archive.db import connect
from archive.report import group_findings
from archive.sources import source_titles
from cli.options import Env, common_options
from cli.terminal import safe, safe_json, safe_line, source_label
from core.clock import local
from core.i18n import N_, _
from core.sizes import format_size

FIELDS = (("url", N_("URL")), ("source_name", N_("Source")), ("published", N_("Published")),
          ("author", N_("Author")), ("source", N_("来源")), ("language", N_("Language")), ("version", N_("Version")))
TIMES = (("first_seen", N_("First seen")), ("last_seen", N_("Last seen")), ("last_checked", N_("Last checked")),
         ("gone_since", N_("Gone since")))
LABEL_WIDTH = 14


def _line(label: str, value: object) -> str:
    shown = safe_line(value) if value not in (None, "") else "—"
    pad = LABEL_WIDTH - sum(2 if ord(c) > 0x2e7f else 1 for c in label)
    return f"  {label}:{' ' * max(1, pad)}{shown}"


def _file(f: dict) -> str:
    """One attachment or image: its name, type and size once captured, else why it was not."""
    name = safe_line(f["name"] or f["text"] or _("(no text)"))
    if f["capture_id"]:
        facts = " · ".join(x for x in (f["type"], format_size(f["size"]) if f["size"] is not None else None) if x)
        lines = [f"  - {name}  ({facts})", f"      {safe_line(f['url'])}", f"      {f['digest']}"]
    else:
        lines = [f"  - {name}  ({safe_line(_(f['note'])) if f['note'] else _('not captured')})",
                 f"      {safe_line(f['url'])}"]
    if f["text"] and f["name"] and f["text"] != f["name"]:
        lines.insert(1, f"      {safe_line(f['text'])}")
    return "\n".join(lines)


def render_article(a: dict, zone: str, titles: dict[str, str] | None = None) -> str:
    lines = [f"#{a['id']}  {safe_line(a['title'] or _('(no title)'))}"]
    for key, label in FIELDS:
        value = source_label(a[key], titles or {}) if key == "source_name" else a.get(key)
        lines.append(_line(_(label), value))
    lines.append(_line(_("Status"), _(a["status"])))
    for key, label in TIMES:
        if a.get(key):
            lines.append(_line(_(label), local(a[key], zone, "%Y-%m-%d %H:%M:%S")))
    lines.append(_line(_("Hijacked"), (_("yes") if a["hijacked"] else _("no")) + " · "
                       + _("{n} findings").format(n=len(a["findings"]))))
    for key, label in (("attachments", N_("Attachments")), ("images", N_("Images"))):
        if a.get(key):
            lines.append(f"{_(label)} ({len(a[key])}):")
            lines += [_file(f) for f in a[key]]
    if a["findings"]:
        lines.append(_("Findings (removed as injected), by kind:"))
        for g in group_findings(a["findings"]):
            lines.append(f"  {g.kind} × {g.count}")
            lines += [f"    - {safe_line(f['where'])}: {safe_line(f['evidence'])}" for f in g.examples]
            if g.more:
                lines.append("    " + _("… and {n} more (newsvault show {id} --json lists all)").format(n=g.more, id=a["id"]))
    if a.get("status_changes"):
        lines.append(_("Status changes:"))
        lines += [f"  {local(c['at'], zone, '%Y-%m-%d %H:%M:%S')}  {_(c['status'])} (HTTP {c['http_status']})"
                  for c in a["status_changes"]]
    if a.get("versions"):
        lines.append(_("Versions:"))
        lines += [f"  v{v['version']}  {local(v['captured_at'], zone, '%Y-%m-%d %H:%M:%S')}  {safe_line(v['title'] or '')}"
                  + (f"  ({_('reprocessed')})" if v.get("reprocessed_at") else "") for v in a["versions"]]
    lines += ["", safe(a["text"])]
    return "\n".join(lines)


@click.command()
@click.argument("id_or_url")
@click.option("--json", "as_json", is_flag=True, help="Print the article as one JSON object.")
@common_options
def show(id_or_url: str, as_json: bool, env: Env) -> None:
    """Show one archived article (by id or URL) with its metadata, findings and text.

    Times are shown in [archive].timezone (--json keeps them in UTC); findings are grouped by
    kind, with the first few of each; attachments and images with their name, type, size and
    sha256 digest, or why they were not captured.

    \b
    Example:
      newsvault show 12
      newsvault show https://www.gzou.edu.cn/info/1012/5678.htm --json
    """
    with connect(env.db_path, readonly=True) as conn:
        article = get_article(conn, id_or_url)
        titles = {**source_titles(conn), **env.source_titles()}
    if as_json:
        click.echo(safe_json(article, indent=2))
    else:
        click.echo(render_article(article, env.zone, titles))
