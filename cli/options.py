"""Options every subcommand shares (--config, --db) and the environment they resolve to."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import click

if TYPE_CHECKING:
    from scraper.sources import Config


@dataclass
class Env:
    """What a subcommand works on: the configuration and the archive file, resolved lazily.

    A command that only reads an archive works without any configuration file when --db is given.
    """

    config_path: Path | None = None
    db_override: Path | None = None
    _config: Config | None = field(default=None, repr=False)

    @cached_property
    def config(self) -> Config:
        # Imported here, not at the top: reading the configuration brings in its validators
        # (APScheduler's cron parser, cssselect), ~90 ms that `newsvault search --db` never needs.
        from scraper.sources import load_config

        return self._config or load_config(self.config_path)

    @property
    def db_path(self) -> Path:
        return self.db_override or self.config.archive.path


def common_options(f: Callable) -> Callable:
    """Add --config and --db to a command; the command receives ``env: Env``."""

    @click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="The SQLite archive file (default: [archive].path of the config).")
    @click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Configuration file (default: ./newsvault.toml).")
    @functools.wraps(f)
    def wrapper(*args, config_path: Path | None, db_path: Path | None, **kwargs):
        return f(*args, env=Env(config_path, db_path), **kwargs)

    return wrapper
