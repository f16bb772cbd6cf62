"""What the cleaner builds at start-up, kept on disk beside the bytecode: compiled regular
expressions and tables derived from data files.

A fresh cleaning process (`newsvault extract`, each clean worker, the bench's whole-process row)
spent 0.3 s of CPU compiling the ~600 patterns its modules compile at import (sre's charset
optimiser walks every code point of each ``[一-鿿]``: 70 % of the import) and up to 0.4 s more
building tables on first use (OpenCC's half-converted phrases, the Public Suffix List's punycode
spellings). Both are pure functions of their inputs, so they are stored like ``.pyc`` files are: in
the ``__pycache__`` folder of the module, written only when Python writes bytecode
(``sys.dont_write_bytecode`` off), read whenever present, and keyed so that a changed pattern or
data file is rebuilt, never served stale. A stored pattern is the compiler's own output handed
back to ``_sre.compile``: the same ``re.Pattern`` (it compares equal to a fresh compile,
tests/test_precompiled.py), so cleaning is unchanged byte for byte.
"""
from __future__ import annotations

import _sre
import contextlib
import functools
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# The stored form belongs to one interpreter's sre: its bytecode version and opcode numbering.
_TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{marshal.version}"
_TABLES: list[Callable[[], Any]] = []


def _path(anchor: str, name: str) -> Path:
    return Path(anchor).resolve().parent / "__pycache__" / f"{name}.{_TAG}.marshal"


def _load(path: Path) -> Any:
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _store(path: Path, value: Any) -> None:
    if sys.dont_write_bytecode:
        return
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
    except (OSError, ValueError):
        pass


@contextlib.contextmanager
def stored_patterns(anchor: str) -> Iterator[None]:
    """Serve the patterns compiled while the block runs (a package's imports) from the store next
    to ``anchor`` (a module's ``__file__``), and store the ones it lacked."""
    compiler = getattr(re, "_compiler", None)
    if compiler is None or not hasattr(compiler, "_code"):  # another interpreter's re: compile as usual
        yield
        return
    path = _path(anchor, "patterns")
    stored = _load(path)
    stored = stored if isinstance(stored, dict) else {}
    used: dict[tuple[str, int], tuple] = {}
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
        yield
    finally:
        compiler.compile = original
    if used.keys() - stored.keys():  # new or changed patterns: rewrite, dropping the ones no longer used
        _store(path, used)


def stored_table(anchor: str, *sources: str | Path) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorator: the table ``build()`` returns, built once per process, stored next to ``anchor``
    (the module's ``__file__``) and rebuilt when that module or a file of ``sources`` changes."""

    def wrap(build: Callable[[], T]) -> Callable[[], T]:
        path = _path(anchor, build.__name__)

        @functools.cache
        def table() -> T:
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


def build_all() -> None:
    """Build (and store, when bytecode is written) every registered table: for an install step or
    a benchmark that wants the stores present before it times a fresh process."""
    for table in _TABLES:
        table()
