"""`newsvault extract`: run the cleaner over saved pages and print what it finds."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from cli.options import Env, common_options
from core.errors import UsageError
from scraper.clean import CleanError, clean_page

PAGE_SUFFIXES = (".html", ".htm")


def _pages(paths: tuple[Path, ...]) -> list[Path]:
    pages: list[Path] = []
    for path in paths:
        if path.is_dir():
            pages.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES))
        else:
            pages.append(path)
    return pages


def _extract_one(path: Path, url: str | None) -> dict:
    row: dict[str, Any] = {"file": str(path), "url": url, "encoding": None, "language": None, "title": None,
           "published": None, "author": None, "source": None, "text": "", "hijacked": False,
           "findings": [], "attachments": [], "error": None}
    try:
        raw = path.read_bytes()
    except OSError as e:
        row["error"] = f"cannot read: {e.strerror or e}"
        return row
    try:
        article = clean_page(raw, url=url)
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
    click.echo(f"== {row['file']}")
    if row["error"]:
        click.echo(f"error: {row['error']}")
        return
    for key in ("title", "published", "author", "source", "language", "encoding"):
        click.echo(f"{key}: {row[key] if row[key] is not None else '-'}")
    click.echo(f"hijacked: {'yes' if row['hijacked'] else 'no'}")
    for f in row["findings"]:
        click.echo(f"  finding {f['kind']} @ {f['where']}: {f['evidence']}")
    for a in row["attachments"]:
        click.echo(f"  attachment {a['text']} <{a['url']}>")
    click.echo("")
    click.echo(row["text"])
    click.echo("")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="The page's original URL (resolves links, tells off-site links apart, "
                            "dates from the URL). Meant for a single page.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json", show_default=True,
              help="json: one array; jsonl: one object per line (streams); text: readable.")
@common_options
def extract(paths: tuple[Path, ...], url: str | None, fmt: str, env: Env) -> None:
    """Clean saved HTML pages: article text, metadata and every injection found.

    PATH is a page or a folder (all *.html/*.htm in it, sorted). Each page gives one object
    with file, url, encoding, language, title, published, author, source, text (one paragraph
    per line), hijacked, findings [{kind, where, evidence}], attachments and error. A page that
    cannot be cleaned sets error and the batch goes on; the exit code is 0 unless no page could
    be read.

    \b
    Examples:
      newsvault extract page.html --url https://www.example.edu.cn/info/1/2.htm --format text
      newsvault extract saved_pages/ --format jsonl > articles.jsonl
    """
    pages = _pages(paths)
    missing = [str(p) for p in paths if not p.exists()]
    if not pages:
        where = ", ".join(missing) if missing else ", ".join(str(p) for p in paths)
        raise UsageError(f"no pages to extract in {where} (give .html/.htm files or folders holding them)")
    read_any = False
    first = True
    if fmt == "json":
        click.echo("[", nl=False)
    for path in pages:
        row = _extract_one(path, url)
        read_any = read_any or not (row["error"] or "").startswith("cannot read")
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
        raise UsageError("no page could be read")
