"""The language people read newsvault in: Simplified Chinese by default, English on request.

Messages are written in English in the code and translated through gettext catalogues
(``core/locales/<locale>/LC_MESSAGES/newsvault.po``, compiled to ``.mo`` when newsvault is
installed or built: see setup.py). What scripts read never changes with the language: JSON
output, field and column names of machine formats, the stored data, log lines.

The current language is a context variable: the command line sets it once, the web interface
per request (each request runs in its own context).

    >>> from core.i18n import _, set_language
    >>> set_language("en"); _("articles")
    'articles'
"""
from __future__ import annotations

import gettext as _gettext
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Iterator

DOMAIN = "newsvault"
LOCALES = Path(__file__).resolve().parent / "locales"
DEFAULT_LANGUAGE = "zh"
# newsvault's language codes → gettext locales (the catalogue folders)
CATALOGUES = {"zh": "zh_CN", "en": None}   # English is the language of the code itself

_current: ContextVar[str] = ContextVar("newsvault_language", default=DEFAULT_LANGUAGE)


def normalize(language: str | None) -> str | None:
    """``zh-CN``, ``zh_Hans``, ``ZH`` → ``zh``; ``en-US`` → ``en``; None for anything else."""
    if not language:
        return None
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return code if code in CATALOGUES else None


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The catalogue of ``language`` (NullTranslations for English, or when none is installed)."""
    locale = CATALOGUES.get(language)
    if locale is None:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, LOCALES, languages=[locale], fallback=True)


def set_language(language: str | None) -> str:
    """Make ``language`` (or the default, when None or unknown) the current one; return it."""
    code = normalize(language) or DEFAULT_LANGUAGE
    _current.set(code)
    return code


def language() -> str:
    return _current.get()


@contextmanager
def using(language: str) -> Iterator[None]:
    """Run a block in another language (the archive stores its explanations in English)."""
    token = _current.set(normalize(language) or DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """``message`` in the current language."""
    return translations(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; it is translated where it is shown."""
    return message


def html_lang() -> str:
    """The BCP 47 tag of the current language, for ``<html lang>``."""
    return "zh-CN" if _current.get() == "zh" else "en"


# Values stored in English (scripts read them) that the interface shows translated: run
# statuses and triggers, article statuses, capture kinds, log levels, the notes of files not
# captured. Listed here so that the catalogue carries them.
SHOWN_VALUES = (
    N_("ok"), N_("failed"), N_("timeout"), N_("interrupted"), N_("running"), N_("stopping"),
    N_("schedule"), N_("catch-up"), N_("manual"), N_("live"), N_("gone"),
    N_("article"), N_("listing"), N_("feed"), N_("sitemap"), N_("attachment"), N_("image"), N_("stylesheet"),
    N_("debug"), N_("info"), N_("warning"), N_("error"), N_("critical"),
    N_("not fetched: robots.txt forbids it"), N_("not fetched: outside the source's allowed_domains"),
    N_("not fetched: [crawl].attachments is off"), N_("an HTML page, not a file"),
)
