"""`newsvault demo`: serve the bundled demo site on 127.0.0.1, crawl it for real, and search it."""
from __future__ import annotations

from pathlib import Path

import click

from archive.db import connect
from archive.report import hijack_report
from archive.search import search
from cli.crawl import crawl_sources
from cli.options import Env, common_options
from core.errors import UsageError
from core.i18n import _
from demo.server import SiteServer
from demo.site import LISTING, build_site
from scraper.sources import parse_config

DEMO_SOURCE = "qingshan-news"
# One two-character word (the index must find 2-character Chinese words) and one longer phrase.
DEMO_QUERIES = ("研究", "乡村振兴")


def demo_config(base_url: str, folder: Path) -> dict:
    return {
        "archive": {"path": str(folder / "archive.db"), "warc_dir": str(folder / "warc")},
        "crawl": {"user_agent": "newsvault-demo/0.1 (+mailto:archive@example.org)", "delay": 0.1,
                  "concurrency_per_domain": 4},
        "source": [{"name": DEMO_SOURCE, "start_urls": [base_url + LISTING], "allowed_domains": ["127.0.0.1"]}],
    }


def print_hits(db: Path, query: str) -> None:
    with connect(db, readonly=True) as conn:
        result = search(conn, query, limit=10)
    click.echo(f"\n$ newsvault search {query} --db {db}   " + _("({n} hits)").format(n=result.total))
    for h in result.hits:
        click.echo(f"  #{h.id:<3} {h.published or '':<25} {h.title}")
        click.echo(f"       {h.source_name}  {h.url}")
        click.echo(f"       {h.snippet}")


def print_hijacks(db: Path) -> None:
    """What the cleaner found injected, per page: the clean title kept, the kinds of spam removed."""
    with connect(db, readonly=True) as conn:
        report = hijack_report(conn, DEMO_SOURCE)[0]
    click.echo(f"\n$ newsvault report --db {db}   " + _("({n} of {total} pages hijacked)").format(
        n=report.pages_hijacked, total=report.pages_checked))
    for page in report.pages:
        click.echo(f"  {page.title}")
        click.echo("       " + _("removed: {kinds}   brands: {brands}").format(
            kinds=", ".join(page.kinds), brands=", ".join(page.brands) or "—"))


@click.command()
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("demo-data"),
              show_default=True, help="Where the demo archive is written (recreated on every run).")
@common_options
def demo(folder: Path, env: Env) -> None:
    """Crawl the bundled demo site on 127.0.0.1 into a demo archive, then search it.

    The site is a university news site with a dozen pages in three CMS looks, some hacked with
    gambling spam (spam titles, hidden link farms, cloaking scripts, brands in footers), one in
    GBK, two listing pages with pagination and a robots.txt. --config is ignored here: the demo
    writes its own configuration; --db chooses the archive file.

    \b
    Example:
      newsvault demo --dir /tmp/newsvault-demo
    """
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(env.db_override, str):
        raise UsageError("the demo makes an embedded archive: --db takes a file, not a URL")
    db = env.db_override or folder / "archive.db"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)  # the demo site's port changes each run: start afresh
    for stale in (folder / "warc").glob("newsvault-*.warc.gz"):
        stale.unlink()  # the raw captures of the archive just removed
    with SiteServer(build_site()) as server:
        click.echo(_("demo site: {url}").format(url=server.base_url + LISTING))
        click.echo(_("demo archive: {db}").format(db=db) + "\n")
        config = parse_config(demo_config(server.base_url, folder.resolve()))
        crawl_sources(Env(db_override=db, _config=config), (DEMO_SOURCE,))
    for query in DEMO_QUERIES:
        print_hits(db, query)
    print_hijacks(db)
    click.echo("\n" + _("Try: {commands}").format(
        commands=f"newsvault show 1 --db {db}   ·   newsvault report --db {db}   ·   newsvault serve --db {db}"))
