"""`newsvault serve`: the web interface for archivists, over a read-only view of the archive."""
from __future__ import annotations

import logging
import signal
import sys

import click
from waitress import create_server

import settings
from archive.search import open_archive
from cli.options import Env, common_options
from core.clock import use_zone_for_logs
from core.errors import UsageError
from core.i18n import _
from web import create_app
from web.app import is_loopback

# A token guards an archive served beyond this machine: long enough that guessing is hopeless
# (16 characters of secrets.token_urlsafe() carry 96 bits).
MIN_TOKEN_CHARS = 16
# Request threads: each request holds one read-only connection for a few milliseconds; searches
# wait on SQLite, not on Python, so a few threads keep several archivists served on 2 cores.
THREADS = 8


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address needs --token (or [web].token).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port; the address is printed).")
@click.option("--token", metavar="T",
              help="Require this token on every request (default: [web].token of the config). Browsers: open "
                   "/?token=T once; scripts: send 'Authorization: Bearer T'.")
@common_options
def serve(host: str, port: int, token: str | None, env: Env) -> None:
    """Serve the archive to a web browser: search, articles, versions, sources, runs.

    Pages are read-only and never block a running crawl. By default only this machine can
    connect (127.0.0.1). To serve others, bind another address and set a token, which every
    request must carry; prefer [web].token in the config to --token (command lines are
    visible to other users of the machine). The JSON API is under /api/.

    \b
    Example:
      newsvault serve --db data/archive.db
      newsvault serve --config /srv/newsvault/newsvault.toml --host 0.0.0.0 --port 8080
    """
    config = env.config
    token = token or config.web.token
    if token is not None and len(token) < MIN_TOKEN_CHARS:
        raise UsageError(f"the token is {len(token)} characters long; use at least {MIN_TOKEN_CHARS} "
                         "(python3 -c 'import secrets; print(secrets.token_urlsafe())' makes one)")
    if token is None and not is_loopback(host):
        raise UsageError(f"--host {host} serves the archive to other machines: set a token too "
                         "(--token T, or token = \"…\" under [web] in the config)")
    open_archive(env.db_path).close()  # a missing or foreign archive fails here, in one line
    use_zone_for_logs(config.archive.timezone)
    logging.basicConfig(level=settings.LOG_LEVEL, stream=sys.stderr, format=settings.LOG_FORMAT,
                        datefmt=settings.LOG_DATEFORMAT, force=True)
    app = create_app(env.db_path, token=token, config=config)
    try:
        server = create_server(app, host=host, port=port, threads=THREADS, ident="newsvault")
    except OSError as e:
        raise UsageError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    # One socket per address the host name resolves to (localhost: 127.0.0.1 and ::1).
    listening = getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]
    urls = ", ".join(f"http://{f'[{h}]' if ':' in h else h}:{p}/" for h, p in listening)
    click.echo(_("newsvault: serving {db} on {urls}{token} · Ctrl-C stops").format(
        db=env.db_name, urls=urls, token=_(" (token required)") if token else ""))
    sys.stdout.flush()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # a service manager's stop is a clean exit
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
