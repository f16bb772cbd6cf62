"""What the cleaner builds at start-up, kept on disk in a cache folder: compiled regular
expressions and tables derived from data files.

A fresh cleaning process (`newsvault extract`, each clean worker, the bench's whole-process row)
spent 0.3 s of CPU compiling the ~600 patterns its modules compile at import (sre's charset
optimiser walks every code point of each ``[一-鿿]``: 70 % of the import) and up to 0.4 s more
building tables on first use (OpenCC's half-converted phrases, the Public Suffix List's punycode
spellings), and 3 s more for jieba's dictionary when a page asks for names. All are pure
functions of their inputs, so they are stored: in ``$NEWSVAULT_CACHE`` (else
``$XDG_CACHE_HOME/newsvault``, else ``~/.cache/newsvault``), one folder per source folder, read
whenever present, and keyed so that a changed pattern or data file is rebuilt, never served stale.
They were kept beside the bytecode in ``__pycache__`` until session 26, written only when Python
writes bytecode: with PYTHONDONTWRITEBYTECODE=1 (these machines' setting, and many containers')
no process ever stored them, and each paid every build again. A store is written whole to a
temporary file of its own and moved into place, so two processes building one table at once each
leave a complete file and a reader sees the old file or the new one; an unwritable folder stores
nothing (every process builds, as before). A stored pattern is the compiler's own output handed
back to ``_sre.compile``: the same ``re.Pattern`` (it compares equal to a fresh compile,
tests/test_precompiled.py), so cleaning is unchanged byte for byte.
"""
from __future__ import annotations

import _sre
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# The stored form belongs to one interpreter's sre: its bytecode version and opcode numbering.
_TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{marshal.version}"
_TABLES: list[Callable[[], Any]] = []


CACHE_SETTING = "NEWSVAULT_CACHE"  # the folder of the stores, when set


def cache_dir() -> Path | None:
    """The folder the stores live in: $NEWSVAULT_CACHE, else the user's cache folder (XDG); none
    for a user without a home folder (nothing is stored)."""
    if os.environ.get(CACHE_SETTING):
        return Path(os.environ[CACHE_SETTING])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "newsvault"
    try:
        return Path.home() / ".cache" / "newsvault"
    except (RuntimeError, KeyError):  # (a uid without a passwd entry, and no HOME)
        return None


def _path(anchor: str, name: str) -> Path | None:
    """The store of ``name`` for the module ``anchor``: one folder per source folder (two checkouts
    of the cleaner keep apart stores, not one rewritten by each in turn), named after it."""
    base = cache_dir()
    if base is None:
        return None
    module = Path(anchor).resolve()
    folder = f"{module.parent.name}-{hashlib.sha1(str(module.parent).encode()).hexdigest()[:12]}"
    return base / "precompiled" / folder / f"{module.stem}.{name}.{_TAG}.marshal"


def _load(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _store(path: Path | None, value: Any) -> None:
    if path is None:
        return
    # (one temporary file per process and thread: two threads building one table would otherwise
    # write into the file the other is moving into place)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()  # (a disk that filled up mid-write keeps no half file: jieba's store is 16 MB)


@contextlib.contextmanager
def stored_patterns(anchor: str) -> Iterator[None]:
    """Serve the patterns compiled while the block runs (a package's imports) from the store of
    ``anchor`` (a module's ``__file__``), and store the ones it lacked."""
    path = _path(anchor, "patterns")
    stored = _load(path)
    stored = stored if isinstance(stored, dict) else {}
    with compiled_from(stored) as used:
        yield
    if used.keys() - stored.keys():  # new or changed patterns: rewrite, dropping the ones no longer used
        _store(path, used)


# The third-party `regex` module (dateparser's) compiles in Python too, and dateparser compiles its
# locales' patterns on its first call (0.5 s of CPU in a fresh process, see scraper.clean.dates). A
# `regex` pattern's pickled data is the argument list its compiler hands ``_regex.compile`` (the
# module pickles a pattern so), the same kind of output as ``re``'s. A pattern with named lists
# (keyword arguments) or the LOCALE flag depends on more than its text and flags: compiled as usual.
_REGEX_MADE: dict[tuple[str, int, int], Any] = {}  # `regex` keeps no cache of what it did not compile


@contextlib.contextmanager
def compiled_from(stored: dict, with_regex: bool = False) -> Iterator[dict]:
    """While the block runs, patterns ``stored`` holds are made from their stored form rather than
    compiled; yields the stored form of every pattern the block compiled, for a later ``stored``:
    {(pattern, flags): …} of ``re``, and with ``with_regex`` {(pattern, flags, its DEFAULT_VERSION): …}
    of the `regex` module too (which the block may import)."""
    compiler = getattr(re, "_compiler", None)
    if compiler is None or not hasattr(compiler, "_code"):  # another interpreter's re: compile as usual
        yield {}
        return
    used: dict[tuple, tuple] = {}
    original = compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & re.DEBUG:
            return original(p, flags)
        key = (p, flags)
        entry = stored.get(key)
        if entry is None:  # re._compiler.compile's steps, keeping what it hands _sre.compile
            parsed = compiler._parser.parse(p, flags)
            code = [int(op) for op in compiler._code(parsed, flags)]  # opcodes are int subclasses
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for k, i in groupindex.items():
                indexgroup[i] = k
            entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        used[key] = entry
        return _sre.compile(p, *entry)

    compiler.compile = compile
    try:
        if with_regex:
            with _regex_compiled_from(stored, used):
                yield used
        else:
            yield used
    finally:
        compiler.compile = original


def compiled_forms(patterns: Iterable[str]) -> dict:
    """The stored form (as compiled_from yields it) of each of ``patterns`` (flags 0): what a table
    of patterns a module builds at run time, not at import, stores (stored_table) for pattern_from."""
    with compiled_from({}) as used:
        for p in patterns:
            re._compiler.compile(p, 0)  # type: ignore[attr-defined]  # (re.compile's own cache would skip it)
    return dict(used)


def pattern_from(stored: dict, pattern: str) -> re.Pattern[str]:
    """``pattern`` (flags 0) made from its form in ``stored`` (compiled_forms) when that holds it,
    else compiled: the same pattern either way, without swapping the compiler (safe in threads)."""
    entry = stored.get((pattern, 0))
    return _sre.compile(pattern, *entry) if entry is not None else re.compile(pattern)


@contextlib.contextmanager
def _regex_compiled_from(stored: dict, used: dict) -> Iterator[None]:
    import regex
    import regex._main as main

    original = main._compile

    def compile(pattern: Any, flags: int, ignore_unused: bool, kwargs: dict, cache_it: bool) -> Any:
        if type(pattern) is not str or kwargs or flags & (regex.DEBUG | regex.LOCALE):
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
        made = _REGEX_MADE.get(key)
        if made is None:
            entry = stored.get(key)
            if entry is None:
                made = original(pattern, flags, ignore_unused, kwargs, cache_it)
                if made.flags & regex.LOCALE:  # an inline (?L)
                    return made
            else:
                made = _REGEX_MADE[key] = main._regex.compile(*entry)
        used[key] = made._pickled_data  # a pattern made from its entry pickles to that entry
        return made

    main._compile = compile
    try:
        yield
    finally:
        main._compile = original


def stored_table(anchor: str, *sources: str | Path) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorator: the table ``build()`` returns, built once per process, stored as ``anchor``'s
    (the module's ``__file__``) and rebuilt when that module or a file of ``sources`` changes."""

    def wrap(build: Callable[[], T]) -> Callable[[], T]:
        @functools.cache
        def table() -> T:
            path = _path(anchor, build.__name__)
            files = [Path(anchor), *map(Path, sources)]
            key = tuple((str(f.resolve()), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
            stored = _load(path)
            if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
                return stored[1]
            value = build()
            _store(path, (key, value))
            return value

        functools.update_wrapper(table, build)
        _TABLES.append(table)
        return table

    return wrap


def in_pieces(table: dict[str, Any] | set[str]) -> dict[str, bytes]:
    """``table`` (str keys, or a set of str) split by its keys' first character, each piece in
    marshal's form: a stored table that Pieces loads piece by piece."""
    pieces: dict[str, Any] = {}
    if isinstance(table, dict):
        for key, value in table.items():
            pieces.setdefault(key[:1], {})[key] = value
    else:
        for key in table:
            pieces.setdefault(key[:1], set()).add(key)
    return {first: marshal.dumps(piece) for first, piece in pieces.items()}


class Pieces:
    """The lookups a library makes of a dict or set with str keys (``in``, ``[]``, ``get``),
    answered from the piece (in_pieces) holding the key's first character, loaded when first asked:
    a library that loads a big dictionary whole at its first use can be handed this instead, and
    text that holds a few hundred distinct characters loads that many small pieces."""

    def __init__(self, stored: Callable[[], dict[str, bytes]]) -> None:
        self._stored = stored
        self._loaded: dict[str, Any] = {}

    def _piece(self, key: str) -> Any:
        first = key[:1]
        piece = self._loaded.get(first)
        if piece is None:
            blob = self._stored().get(first)
            piece = self._loaded[first] = marshal.loads(blob) if blob is not None else {}
        return piece

    def __contains__(self, key: str) -> bool:
        return key in self._piece(key)

    def __getitem__(self, key: str) -> Any:
        return self._piece(key)[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._piece(key).get(key, default)


def build_all() -> None:
    """Build (and store) every registered table: for an install step or
    a benchmark that wants the stores present before it times a fresh process."""
    for table in _TABLES:
        table()
