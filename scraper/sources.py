"""The sources configuration: one TOML file, validated completely before anything runs.

Every error names the file, the key and what is wrong, in one line (``ConfigError``).
Relative paths in the file are relative to the file's own folder, so a scheduler or a cron
job can run from anywhere.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.durations import parse_duration
from core.errors import ConfigError
from core.sizes import parse_size
from scraper.schedules import parse_schedule
from settings import ACCEPT_LANGUAGE as DEFAULT_ACCEPT_LANGUAGE
from settings import NEWSVAULT_WARC_DIR_ENV
from settings import USER_AGENT as DEFAULT_USER_AGENT

DEFAULT_CONFIG_NAME = "newsvault.toml"

SOURCE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SELECTOR_FIELDS = ("title", "body", "date", "author", "source")


# One clock for every time shown and every date typed (storage stays UTC): where the archivists are.
DEFAULT_TIMEZONE = "Asia/Shanghai"
LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class ArchiveConfig:
    path: Path
    warc_dir: Path
    timezone: str = DEFAULT_TIMEZONE
    url: str | None = None       # a PostgreSQL archive (postgresql://…) instead of the file at path

    @property
    def location(self) -> Path | str:
        """The archive: the PostgreSQL URL when there is one, else the SQLite file."""
        return self.url or self.path


@dataclass(frozen=True)
class ClusterConfig:
    """[cluster]: crawls run by `newsvault worker` processes, taken from a Redis queue."""

    broker: str                  # redis://host:port/db
    warc_dir: Path | None = None  # the WARC folder every worker writes (NEWSVAULT_WARC_DIR per host)
    concurrency: int = 1         # crawl jobs at once per `newsvault worker` (--concurrency)
    dead_after: timedelta = timedelta(seconds=60)  # a worker silent this long is dead: its jobs go to others


@dataclass(frozen=True)
class CrawlConfig:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0
    concurrency_per_domain: int = 2
    max_pages: int = 5000
    timeout: float = 30.0
    recheck_after: timedelta | None = None
    accept_language: str = DEFAULT_ACCEPT_LANGUAGE
    attachments: bool = True
    # A scanned notice or a photo report is at most a few tens of MB; a video or a software
    # download linked from an article is larger and no part of its text: listed, not fetched.
    attachment_max_size: int = 50_000_000
    # A first crawl of max_pages (5,000) articles with three 300 KB photos each is 4.5 GB.
    attachment_run_limit: int = 5_000_000_000


@dataclass(frozen=True)
class ScheduleConfig:
    default: str = "0 2 * * *"
    timezone: str = "Asia/Shanghai"
    max_parallel: int = 2
    max_runtime: timedelta = timedelta(hours=6)
    catch_up: timedelta = timedelta(hours=12)
    stop_grace: timedelta = timedelta(seconds=60)
    webhook: str | None = None
    log_dir: Path = Path("logs")  # parse_config resolves it: <archive folder>/logs by default
    log_keep: int = 30


@dataclass(frozen=True)
class WebConfig:
    token: str | None = None


@dataclass(frozen=True)
class InterfaceConfig:
    language: str = "zh"   # of the web interface and the command line's messages (LANGUAGES)


@dataclass(frozen=True)
class Source:
    name: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    article_pattern: re.Pattern | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)
    schedule: str | None = None
    title: str | None = None        # shown for the source wherever its name appears
    cloak_check: bool = False       # also fetch pages as a search spider arrives (scraper.cloakcheck)
    cloak_check_sample: int = 5     # with cloak_check: pages per run checked so besides those found hijacked

    @property
    def label(self) -> str:
        """The title when there is one, else the name."""
        return self.title or self.name


@dataclass(frozen=True)
class Config:
    path: Path | None
    archive: ArchiveConfig
    crawl: CrawlConfig = CrawlConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    web: WebConfig = WebConfig()
    interface: InterfaceConfig = InterfaceConfig()
    sources: tuple[Source, ...] = ()
    cluster: ClusterConfig | None = None  # None: every crawl runs on this machine

    @property
    def warc_dir(self) -> Path:
        """Where this host writes and reads WARC files: NEWSVAULT_WARC_DIR, else [cluster].warc_dir,
        else [archive].warc_dir (a shared folder may be mounted at a different path on each host)."""
        if NEWSVAULT_WARC_DIR_ENV:
            return Path(NEWSVAULT_WARC_DIR_ENV).expanduser().resolve()
        if self.cluster is not None and self.cluster.warc_dir is not None:
            return self.cluster.warc_dir
        return self.archive.warc_dir

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        known = ", ".join(s.name for s in self.sources) or "none configured"
        raise ConfigError(f"{self.path or DEFAULT_CONFIG_NAME}: no source named {name!r} (known: {known})")

    def select(self, names: list[str] | tuple[str, ...] | None) -> list[Source]:
        """The named sources (in the order given), or all of them."""
        return [self.source(n) for n in names] if names else list(self.sources)


# ---------------------------------------------------------------------------------------------
# Validation: each section is a table of key -> converter. A converter takes the raw TOML value
# and returns the typed value or raises ValueError with a message for the user.


def _str(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError("must be a non-empty string")
    return v


def _number(minimum: float) -> Callable[[Any], float]:
    def conv(v: Any) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v < minimum:
            raise ValueError(f"must be a number ≥ {minimum:g}")
        return float(v)
    return conv


def _int(minimum: int) -> Callable[[Any], int]:
    def conv(v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int) or v < minimum:
            raise ValueError(f"must be a whole number ≥ {minimum}")
        return v
    return conv


def _duration(v: Any) -> timedelta:
    if not isinstance(v, str):
        raise ValueError("must be a duration string like \"90s\", \"6h\" or \"7d\"")
    return parse_duration(v)


def _url(v: Any) -> str:
    s = _str(v)
    parts = urlsplit(s)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{s!r} is not an http(s) URL")
    return s


def _list_of(conv: Callable[[Any], Any]) -> Callable[[Any], tuple]:
    def convert(v: Any) -> tuple:
        if not isinstance(v, list):
            raise ValueError("must be a list")
        return tuple(conv(x) for x in v)
    return convert


def _postgres_url(v: Any) -> str:
    s = _str(v)
    if not s.startswith(("postgresql://", "postgres://")):
        raise ValueError(f"{s[:40]!r} is not a PostgreSQL URL (postgresql://user@host/database)")
    return s


def _redis_url(v: Any) -> str:
    s = _str(v)
    if not s.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError(f"{s[:40]!r} is not a Redis URL (redis://host:6379/0)")
    return s


def _regex(v: Any) -> re.Pattern:
    try:
        return re.compile(_str(v))
    except re.error as e:
        raise ValueError(f"bad regex: {e}") from None


def _domain(v: Any) -> str:
    s = _str(v).lower().strip(".")
    if "/" in s or ":" in s or " " in s:
        raise ValueError(f"{v!r} is not a domain name (write gzou.edu.cn, not a URL)")
    return s


def _selectors(v: Any) -> dict[str, str]:
    if not isinstance(v, dict):
        raise ValueError("must be a table like { title = \"h1\", body = \".content\" }")
    out = {}
    for k, sel in v.items():
        if k not in SELECTOR_FIELDS:
            raise ValueError(f"unknown selector {k!r} (known: {', '.join(SELECTOR_FIELDS)})")
        out[k] = _css(sel)
    return out


def _css(v: Any) -> str:
    from cssselect import GenericTranslator, SelectorError

    s = _str(v)
    try:
        GenericTranslator().css_to_xpath(s)
    except SelectorError as e:
        raise ValueError(f"bad CSS selector {s!r}: {e}") from None
    return s


def _schedule_expr(v: Any) -> str:
    s = _str(v)
    parse_schedule(s)
    return s


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError("must be true or false")
    return v


def _size(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, str)):
        raise ValueError("must be a size like \"50MB\", \"2GB\" or a number of bytes")
    return parse_size(v) if isinstance(v, str) else _int(0)(v)


def _language(v: Any) -> str:
    s = _str(v).strip().lower().replace("_", "-")
    code = s.split("-")[0]
    if code not in LANGUAGES:
        raise ValueError(f"{v!r} is not a language newsvault speaks (zh or en)")
    return code


def _title(v: Any) -> str:
    s = _str(v).strip()
    if any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in s):
        raise ValueError("must be one line of text, without control characters")
    return s


def _timezone(v: Any) -> str:
    s = _str(v)
    try:
        ZoneInfo(s)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {s!r} (use a name like Asia/Shanghai)") from None
    return s


ARCHIVE_KEYS = {"path": _str, "warc_dir": _str, "timezone": _timezone, "url": _postgres_url}
CRAWL_KEYS = {
    "user_agent": _str,
    "delay": _number(0),
    "concurrency_per_domain": _int(1),
    "max_pages": _int(1),
    "timeout": _number(1),
    "recheck_after": _duration,
    "accept_language": _str,
    "attachments": _bool,
    "attachment_max_size": _size,
    "attachment_run_limit": _size,
}
SCHEDULE_KEYS = {
    "default": _schedule_expr,
    "timezone": _timezone,
    "max_parallel": _int(1),
    "max_runtime": _duration,
    "catch_up": _duration,
    "stop_grace": _duration,
    "webhook": _url,
    "log_dir": _str,
    "log_keep": _int(1),
}
WEB_KEYS = {"token": _str}
INTERFACE_KEYS = {"language": _language}
def _dead_after(v: Any) -> timedelta:
    d = _duration(v)
    if d < timedelta(seconds=3):
        raise ValueError("must be at least 3s (workers say they are alive about once a second)")
    return d


CLUSTER_KEYS = {"broker": _redis_url, "warc_dir": _str, "concurrency": _int(1), "dead_after": _dead_after}
SOURCE_KEYS = {
    "name": _str,
    "start_urls": _list_of(_url),
    "allowed_domains": _list_of(_domain),
    "article_pattern": _regex,
    "feeds": _list_of(_url),
    "sitemaps": _list_of(_url),
    "selectors": _selectors,
    "schedule": _schedule_expr,
    "title": _title,
    "cloak_check": _bool,
    "cloak_check_sample": _int(0),
}
KeyChecks = Mapping[str, Callable[[Any], Any]]
SECTIONS: dict[str, KeyChecks] = {"archive": ARCHIVE_KEYS, "crawl": CRAWL_KEYS, "schedule": SCHEDULE_KEYS,
                                  "web": WEB_KEYS, "interface": INTERFACE_KEYS, "cluster": CLUSTER_KEYS}


def _check_table(where: str, table: Any, keys: KeyChecks, file: str) -> dict:
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: {where}: must be a table")
    out = {}
    for key, value in table.items():
        conv = keys.get(key)
        if conv is None:
            raise ConfigError(f"{file}: {where}.{key}: unknown key (known: {', '.join(keys)})")
        try:
            out[key] = conv(value)
        except ValueError as e:
            raise ConfigError(f"{file}: {where}.{key}: {e}") from None
    return out


def _resolve(base: Path, p: str | Path) -> Path:
    p = Path(p).expanduser()
    return p if p.is_absolute() else base / p


def parse_config(data: dict, path: Path | None = None) -> Config:
    """Validate a parsed TOML document into a Config; paths resolve against ``path``'s folder."""
    file = str(path) if path else DEFAULT_CONFIG_NAME
    base = path.parent if path else Path.cwd()
    for key in data:
        if key not in SECTIONS and key != "source":
            raise ConfigError(f"{file}: {key}: unknown section (known: {', '.join([*SECTIONS, 'source'])})")
    sections = {name: _check_table(name, data.get(name, {}), keys, file) for name, keys in SECTIONS.items()}

    a = sections["archive"]
    if "url" in a and "path" in a:
        raise ConfigError(f"{file}: archive.url: give either path (an SQLite file) or url (PostgreSQL), not both")
    archive = ArchiveConfig(
        path=_resolve(base, a.get("path", "data/archive.db")),
        warc_dir=_resolve(base, a.get("warc_dir", "data/warc")),
        timezone=a.get("timezone", DEFAULT_TIMEZONE),
        url=a.get("url"),
    )
    cluster = None
    if "cluster" in data:
        c = sections["cluster"]
        if "broker" not in c:
            raise ConfigError(f"{file}: cluster.broker: missing (the Redis URL, e.g. \"redis://127.0.0.1:6379/0\")")
        cluster = ClusterConfig(broker=c["broker"], warc_dir=_resolve(base, c["warc_dir"]) if "warc_dir" in c else None,
                                concurrency=c.get("concurrency", 1),
                                dead_after=c.get("dead_after", timedelta(seconds=60)))
    crawl = CrawlConfig(**sections["crawl"])
    sched = dict(sections["schedule"])
    sched["log_dir"] = _resolve(base, sched.get("log_dir", archive.path.parent / "logs"))
    sched.setdefault("timezone", archive.timezone)  # cron times in the archive's zone unless told otherwise
    schedule = ScheduleConfig(**sched)
    web = WebConfig(**sections["web"])
    interface = InterfaceConfig(**sections["interface"])

    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise ConfigError(f"{file}: source: write sources as [[source]] tables")
    sources, seen = [], set()
    for i, raw in enumerate(raw_sources):
        where = f"source[{i}]" if not (isinstance(raw, dict) and isinstance(raw.get("name"), str)) \
            else f"source[{i}] ({raw['name']})"
        s = _check_table(where, raw, SOURCE_KEYS, file)
        for required in ("name", "start_urls"):
            if required not in s:
                raise ConfigError(f"{file}: {where}.{required}: missing (every source needs one)")
        if not s["start_urls"]:
            raise ConfigError(f"{file}: {where}.start_urls: empty (give at least one listing page URL)")
        name = s["name"]
        if not SOURCE_NAME.match(name):
            raise ConfigError(f"{file}: {where}.name: {name!r} must use only a-z, 0-9 and '-'")
        if name in seen:
            raise ConfigError(f"{file}: {where}.name: duplicate source name {name!r}")
        seen.add(name)
        if "allowed_domains" not in s:
            s["allowed_domains"] = tuple(dict.fromkeys(urlsplit(u).hostname for u in s["start_urls"]))
        sources.append(Source(**s))
    return Config(path=path, archive=archive, crawl=crawl, schedule=schedule, web=web, interface=interface,
                  sources=tuple(sources), cluster=cluster)


def overlaps(config: Config) -> list[str]:
    """Warnings about sources that may reach the same articles. An article belongs to the first
    source that archives it; the others only record that they saw it (archive.store), so two
    sources meant to split a site must not share start pages, and on a shared domain each needs
    its own article_pattern."""
    out = []
    sources = config.sources
    for i, a in enumerate(sources):
        for b in sources[i + 1:]:
            shared = sorted(set(a.start_urls + a.feeds + a.sitemaps) & set(b.start_urls + b.feeds + b.sitemaps))
            if shared:
                out.append(f"sources {a.name} and {b.name} both start from {shared[0]}: the articles both reach "
                           f"belong to the first to archive them")
                continue
            domains = sorted(d for d in a.allowed_domains for e in b.allowed_domains
                             if d == e or d.endswith("." + e) or e.endswith("." + d))
            same_pattern = (a.article_pattern.pattern if a.article_pattern else None) == \
                           (b.article_pattern.pattern if b.article_pattern else None)
            if domains and (same_pattern or a.article_pattern is None or b.article_pattern is None):
                out.append(f"sources {a.name} and {b.name} may reach the same articles ({domains[0]}, "
                           f"{'the same' if same_pattern and a.article_pattern else 'no own'} article_pattern): "
                           f"an article belongs to the first to archive it")
    return out


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate the configuration.

    With no path, ``./newsvault.toml`` is used when it exists, else built-in defaults with no
    sources (enough for commands that only read an archive).
    """
    explicit = path is not None
    p = Path(path) if path is not None else Path(DEFAULT_CONFIG_NAME)
    if not explicit and not p.exists():
        return parse_config({}, None)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such file (create it, or pass --config FILE)") from None
    except OSError as e:
        raise ConfigError(f"{p}: cannot read: {e.strerror or e}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: TOML syntax error: {e}") from None
    return parse_config(data, p.resolve())
