"""`newsvault extract`: run the cleaner over saved pages and print what it finds."""
from __future__ import annotations

import json
import os
import stat
from collections import defaultdict
from pathlib import Path
from typing import Any

import click

from cli.options import Env, common_options
from cli.terminal import safe, safe_line
from core.errors import UsageError
from scraper.clean import CleanError, SiteProfile, build_profile, clean_page, merge_profiles
from scraper.clean.dom import parse_html
from scraper.clean.engine import MAX_PAGE_BYTES
from scraper.clean.evidence import declared_sites

PAGE_SUFFIXES = (".html", ".htm")


def _pages(paths: tuple[Path, ...]) -> list[Path]:
    pages: list[Path] = []
    for path in paths:
        if path.is_dir():
            pages.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES))
        else:
            pages.append(path)
    return pages


def read_page(path: Path) -> bytes:
    """A saved page's bytes. ValueError for what is no page file: empty, over the cleaner's size
    limit, or not a regular file (a FIFO would block forever, /dev/zero never end)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file (a FIFO, device or socket): give saved pages")
        raw = f.read(MAX_PAGE_BYTES + 1)
    if not raw:
        raise ValueError("empty file")
    if len(raw) > MAX_PAGE_BYTES:
        raise ValueError(f"over the {MAX_PAGE_BYTES // 2**20} MiB page limit")
    return raw


def _read(path: Path) -> bytes | None:
    try:
        return read_page(path)
    except (OSError, ValueError):
        return None


def _site_groups(pages: list[Path], url: str | None) -> dict[str, list[Path]]:
    """The pages grouped by the site they say they come from (URL, canonical link); saved pages
    that say nothing are taken to come from the site of the other pages in their folder."""
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in pages:
        raw = _read(path)
        root = parse_html(raw.decode("utf-8", errors="replace")) if raw else None
        if root is None:
            continue
        sites = declared_sites(root, url)
        groups[min(sites) if sites else f"folder:{path.parent}"].append(path)
    return groups


def _profiles(pages: list[Path], url: str | None, folder: Path | None) -> dict[Path, SiteProfile]:
    """Each page's site profile: built from the other pages of the call that come from the same
    site, on top of the pages of ``folder`` (earlier captures) when given."""
    earlier = None
    if folder is not None:
        earlier = build_profile(raw for p in _pages((folder,)) if (raw := _read(p)))
    if earlier is not None:
        profile = merge_profiles(earlier, [raw for p in pages if (raw := _read(p))])
        return {p: profile for p in pages}
    profiles: dict[Path, SiteProfile] = {}
    for group in _site_groups(pages, url).values():
        if len(group) >= 2:
            profile = build_profile((raw, url) for p in group if (raw := _read(p)))
            profiles.update({p: profile for p in group})
    return profiles


def _extract_one(path: Path, url: str | None, profile: SiteProfile | None = None) -> dict:
    row: dict[str, Any] = {"file": str(path), "url": url, "encoding": None, "language": None, "title": None,
           "published": None, "author": None, "source": None, "text": "", "hijacked": False,
           "findings": [], "attachments": [], "error": None}
    try:
        raw = read_page(path)
    except OSError as e:
        row["error"] = f"cannot read: {e.strerror or e}"
        return row
    except ValueError as e:
        row["error"] = f"cannot read: {e}"
        return row
    try:
        article = clean_page(raw, url=url, profile=profile)
    except CleanError as e:
        row["error"] = str(e)
        return row
    except Exception as e:  # a cleaner bug costs this page, never the batch
        row["error"] = f"cleaner failed: {type(e).__name__}: {e}"
        return row
    data = article.to_dict()
    data["url"] = url
    row.update({k: v for k, v in data.items() if k in row})
    return row


def _print_text(row: dict) -> None:
    """A page's result for a terminal: the page's strings escaped (cli.terminal)."""
    click.echo(f"== {safe_line(row['file'])}")
    if row["error"]:
        click.echo(f"error: {safe_line(row['error'])}")
        return
    for key in ("title", "published", "author", "source", "language", "encoding"):
        click.echo(f"{key}: {safe_line(row[key]) if row[key] is not None else '-'}")
    click.echo(f"hijacked: {'yes' if row['hijacked'] else 'no'}")
    for f in row["findings"]:
        click.echo(f"  finding {safe_line(f['kind'])} @ {safe_line(f['where'])}: {safe_line(f['evidence'])}")
    for a in row["attachments"]:
        click.echo(f"  attachment {safe_line(a['text'])} <{safe_line(a['url'])}>")
    click.echo("")
    click.echo(safe(row["text"]))
    click.echo("")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="The page's original URL (resolves links, tells off-site links apart, "
                            "dates from the URL). Meant for a single page.")
@click.option("--site-profile", "profile_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of earlier (clean) pages of the same site: their template is known good, and "
                   "a block that the given pages share but these lack is taken as injected.")
@click.option("--no-site-profile", is_flag=True, help="Clean every page on its own.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json", show_default=True,
              help="json: one array; jsonl: one object per line (streams); text: readable.")
@common_options
def extract(paths: tuple[Path, ...], url: str | None, profile_dir: Path | None, no_site_profile: bool, fmt: str,
            env: Env) -> None:
    """Clean saved HTML pages: article text, metadata and every injection found.

    PATH is a page or a folder (all *.html/*.htm in it, sorted). Each page gives one object
    with file, url, encoding, language, title, published, author, source, text (one paragraph
    per line), hijacked, findings [{kind, where, evidence}], attachments and error. A page that
    cannot be cleaned sets error and the batch goes on; the exit code is 0 unless no page could
    be read.

    Pages of the same site given together clean each other: the spam proven on one is removed
    from all, and their shared template is known good (each page is then cleaned twice;
    --no-site-profile turns it off). --site-profile DIR adds earlier captures of the site.

    \b
    Examples:
      newsvault extract page.html --url https://www.example.edu.cn/info/1/2.htm --format text
      newsvault extract saved_pages/ --format jsonl > articles.jsonl
      newsvault extract tonight/ --site-profile last_month/ --format jsonl
    """
    pages = _pages(paths)
    missing = [str(p) for p in paths if not p.exists()]
    if not pages:
        where = ", ".join(missing) if missing else ", ".join(str(p) for p in paths)
        raise UsageError(f"no pages to extract in {where} (give .html/.htm files or folders holding them)")
    if no_site_profile and profile_dir:
        raise UsageError("--site-profile and --no-site-profile contradict each other: give one")
    profiles = {} if no_site_profile else _profiles(pages, url, profile_dir)
    read_any = False
    unread = ""  # the first page that could not be read, and why
    first = True
    if fmt == "json":
        click.echo("[", nl=False)
    for path in pages:
        row = _extract_one(path, url, profiles.get(path))
        read_any = read_any or not (row["error"] or "").startswith("cannot read")
        unread = unread or (f"{path}: {row['error']}" if row["error"] else "")
        if fmt == "text":
            _print_text(row)
        elif fmt == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False, indent=2), nl=False)
        first = False
    if fmt == "json":
        click.echo("\n]")
    if not read_any:
        raise UsageError(f"no page could be read ({safe_line(unread)}{', …' if len(pages) > 1 else ''})")
