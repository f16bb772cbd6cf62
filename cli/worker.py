"""`newsvault worker`: run crawl jobs from the cluster's queue."""
from __future__ import annotations

import sys

import click

from cli.options import Env, common_options
from core.errors import UsageError
from core.i18n import _


@click.command()
@click.option("--concurrency", type=click.IntRange(min=1), default=None,
              help="Crawl jobs at once in this worker (default: [cluster].concurrency, else 1).")
@common_options
def worker(concurrency: int | None, env: Env) -> None:
    """Run crawl jobs from the cluster's queue until SIGTERM or Ctrl-C.

    Needs a [cluster] section (broker = "redis://…") and an archive every worker reaches
    ([archive] url = "postgresql://…"). Each job crawls one source in a fresh `newsvault crawl`
    process with its own log file under [schedule].log_dir, writing WARC files to
    [cluster].warc_dir (NEWSVAULT_WARC_DIR on this host, if mounted elsewhere). A source is
    crawled by one worker at a time; the job of a worker that dies goes to another. The
    worker's own log goes to stderr.

    \b
    Example:
      newsvault worker --config /srv/newsvault/newsvault.toml --concurrency 4
    """
    config = env.config
    if config.cluster is None:
        raise UsageError(_("{file}: no [cluster] section: a worker needs the queue's broker = \"redis://host:6379/0\" "
                           "(without it, crawls run on this machine)").format(file=config.path or "newsvault.toml"))
    from cluster.worker import serve

    env.db_path  # noqa: B018 -- a PostgreSQL archive's WARC folder is set from the configuration here
    sys.exit(serve(config, concurrency or config.cluster.concurrency))
