"""Options every subcommand shares (--config, --db, --lang) and the environment they resolve to."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import click

import settings
from core import i18n
from core.errors import ConfigError

if TYPE_CHECKING:
    from scraper.sources import Config


@dataclass
class Env:
    """What a subcommand works on: the configuration and the archive file, resolved lazily.

    A command that only reads an archive works without any configuration file when --db is given.
    """

    config_path: Path | None = None
    db_override: Path | str | None = None
    _config: Config | None = field(default=None, repr=False)

    @cached_property
    def config(self) -> Config:
        # Imported here, not at the top: reading the configuration brings in its validators
        # (APScheduler's cron parser, cssselect), ~90 ms that `newsvault search --db` never needs.
        from scraper.sources import load_config

        return self._config or load_config(self.config_path)

    @property
    def db_path(self) -> Path | str:
        """The archive: an SQLite file, or a PostgreSQL URL (--db, else [archive].url or .path)."""
        location = self.db_override or self.config.archive.location
        if isinstance(location, str):
            # A PostgreSQL archive names its WARC files relative to this host's WARC folder.
            from archive.backend import set_warc_dir

            set_warc_dir(self.config.warc_dir)
        return location

    @property
    def db_name(self) -> str:
        """The archive as messages name it (a URL without its password)."""
        from archive.backend import display

        return display(self.db_path)


    @property
    def zone(self) -> str:
        """The archive's time zone ([archive].timezone): of every time shown and date typed."""
        from scraper.sources import DEFAULT_TIMEZONE

        try:
            return self.config.archive.timezone
        except ConfigError:
            if self.config_path is not None:
                raise
            return DEFAULT_TIMEZONE  # a broken ./newsvault.toml the command does not otherwise need

    def source_titles(self) -> dict[str, str]:
        """name → title of the configured sources that have one (the archive keeps them too)."""
        try:
            return {s.name: s.title for s in self.config.sources if s.title}
        except ConfigError:
            return {}

    def choose_language(self, given: str | None) -> str:
        """--lang, else $NEWSVAULT_LANG, else [interface].language, else Chinese."""
        chosen = given or settings.NEWSVAULT_LANG
        if not chosen:
            try:
                chosen = self.config.interface.language
            except ConfigError:
                chosen = None  # the command reports a broken config itself if it needs one
        return i18n.set_language(chosen)


def _location(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | str | None:
    if value is None or value.startswith(("postgresql://", "postgres://")):
        return value
    return Path(value)


def common_options(f: Callable) -> Callable:
    """Add --config, --db and --lang to a command; the command receives ``env: Env``."""

    @click.option("--lang", "language", type=click.Choice(["zh", "en"]), metavar="zh|en",
                  help="Language of the messages and tables: zh (简体中文, default) or en; "
                       "also $NEWSVAULT_LANG or [interface].language. JSON output is the same in both.")
    @click.option("--db", "db_path", callback=_location, metavar="FILE|URL",
                  help="The archive: an SQLite file, or a postgresql:// URL (default: [archive] of the config).")
    @click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Configuration file (default: ./newsvault.toml).")
    @functools.wraps(f)
    def wrapper(*args, config_path: Path | None, db_path: Path | str | None, language: str | None, **kwargs):
        env = Env(config_path, db_path)
        ctx = click.get_current_context(silent=True)
        env.choose_language(language or (ctx.find_root().params.get("language") if ctx else None))
        return f(*args, env=env, **kwargs)

    return wrapper
