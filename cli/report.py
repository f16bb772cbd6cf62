"""`newsvault report`: the hijack report, per source, as text, JSON or CSV."""
from __future__ import annotations

import csv
import sys

import click

from archive.db import connect
from archive.report import SourceReport, hijack_report, report_rows
from archive.sources import source_titles
from cli.dates import date_option
from cli.options import Env, common_options
from cli.terminal import safe_json, safe_line, source_label
from core.clock import local
from core.i18n import _

CSV_FIELDS = ("source", "url", "title", "status", "hijacked_now", "first_seen_hijacked", "last_seen_hijacked",
              "kinds", "domains", "brands")
# The summary names this many spam domains and brands per source; JSON and CSV have them all.
TOP = 10


def _top(counts: dict[str, int]) -> str:
    shown = ", ".join(f"{safe_line(k)} ({n})" for k, n in list(counts.items())[:TOP])
    more = len(counts) - TOP
    return (shown + ("  " + _("… and {n} more").format(n=more) if more > 0 else "")) or "—"


def render_text(reports: list[SourceReport], zone: str, titles: dict[str, str], pages: bool) -> str:
    """Per source: pages checked and hijacked, when, the injections, domains and brands; the
    pages themselves only with ``pages`` (a source can have hundreds)."""
    out = []
    for r in reports:
        head = _("{source}: {checked} pages checked, {hijacked} found hijacked").format(
            source=source_label(r.source, titles), checked=r.pages_checked, hijacked=r.pages_hijacked)
        if r.pages_hijacked:
            head += _(", first seen {first}, last seen {last}").format(
                first=local(r.first_seen_hijacked, zone), last=local(r.last_seen_hijacked, zone))
        out.append(head)
        if not r.pages_hijacked:
            out.append("")
            continue
        out.append("  " + _("injections:") + "   " + ", ".join(
            _("{kind} ({n} pages)").format(kind=k, n=n) for k, n in r.kinds.items()))
        out.append("  " + _("spam domains:") + " " + _top(r.domains))
        out.append("  " + _("brands:") + "       " + _top(r.brands))
        if not pages:
            out.append("  " + _("pages:") + "        " + _("{n} (list them with --pages)").format(n=r.pages_hijacked))
            out.append("")
            continue
        out.append("  " + _("pages:"))
        for p in r.pages:
            note = "" if p.hijacked_now else f"  ({_('clean now')})"
            note += f"  ({_('gone')})" if p.status == "gone" else ""
            out.append(f"    {safe_line(p.url)}{note}")
            out.append(f"      {safe_line(p.title or _('(no title)'))}")
            out.append("      " + _("seen hijacked {first} → {last}: {kinds}").format(
                first=local(p.first_seen_hijacked, zone), last=local(p.last_seen_hijacked, zone),
                kinds=", ".join(p.kinds)))
            if p.domains:
                out.append("      " + _("domains: {list}").format(list=safe_line(", ".join(p.domains))))
            if p.brands:
                out.append("      " + _("brands: {list}").format(list=safe_line(", ".join(p.brands))))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


@click.command()
@click.option("--source", help="Only this source (its name in the config).")
@date_option("--since", "Only pages checked, and seen hijacked, on or after this date (YYYY-MM-DD, in "
                        "[archive].timezone).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True,
              help="text: readable; json: one object per source; csv: one row per hijacked page.")
@click.option("--pages", is_flag=True, help="text: list every hijacked page too (the summary names how many).")
@common_options
def report(source: str | None, since: str | None, fmt: str, pages: bool, env: Env) -> None:
    """Report the hijacked pages of each source: what to send its webmaster.

    Per source: pages checked, pages found hijacked, when they were first and last seen
    hijacked, the injection kinds (spam titles, hidden link farms, cloaking scripts, spliced
    brands…) with how many pages carry each, the spam domains and brands found; --pages lists
    the pages with their evidence (JSON and CSV always carry them).

    \b
    Example:
      newsvault report --db data/archive.db
      newsvault report --source gzou-news --pages
      newsvault report --source gzou-news --since 2024-05-01 --format csv > gzou-hijacks.csv
    """
    with connect(env.db_path, readonly=True) as conn:
        reports = hijack_report(conn, source, since, env.zone)
        titles = {**source_titles(conn), **env.source_titles()}
    if fmt == "json":
        click.echo(safe_json([r.to_dict() for r in reports], indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(report_rows(reports))
    elif reports:
        click.echo(render_text(reports, env.zone, titles, pages), nl=False)
    else:
        click.echo(_("no articles in {db} yet").format(db=env.db_name))
