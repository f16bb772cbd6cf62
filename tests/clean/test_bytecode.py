"""The fake browser runs from bytecode compiled once (bytecode.py): a context loaded so must behave
as one that evaluated the source, and a script that does not compile is evaluated from source."""
from __future__ import annotations

import quickjs

from scraper.clean import bytecode
from scraper.clean.sandbox import _BROWSER

SOURCE = "var seen = [];\nfunction note(x) { seen.push(x); return seen.length; }\nfunction fail() { null.x; }\n"


def _stack(ctx: quickjs.Context) -> str:
    return ctx.eval("try { fail() } catch (e) { String(e) + e.stack }")


def test_compiled_script_runs_like_its_source():
    compiled = bytecode.compile_script(SOURCE)
    assert compiled is not None  # the pinned binding (constraints.txt) offers it
    loaded, evaluated = quickjs.Context(), quickjs.Context()
    assert bytecode.load(loaded, compiled)
    evaluated.eval(SOURCE)
    for ctx in (loaded, evaluated):
        assert ctx.eval("note('a'); note('b')") == 2
    assert _stack(loaded) == _stack(evaluated)  # an error's message and line numbers are the same


def test_each_context_gets_its_own_globals():
    compiled = bytecode.compile_script(SOURCE)
    first, second = quickjs.Context(), quickjs.Context()
    assert compiled and bytecode.load(first, compiled) and bytecode.load(second, compiled)
    first.eval("note('x'); var extra = 1")
    assert second.eval("seen.length") == 0
    assert second.eval("typeof extra") == "undefined"


def test_fake_browser_compiles():
    assert bytecode.compile_script(_BROWSER) is not None


def test_a_script_that_does_not_compile_gives_none():
    assert bytecode.compile_script("function (") is None


def test_a_script_that_throws_while_loading_reports_it():
    compiled = bytecode.compile_script("var a = 1;\nnull.x;\n")
    assert compiled is not None
    ctx = quickjs.Context()
    assert not bytecode.load(ctx, compiled)
    assert ctx.eval("a") == 1  # the context still works (the caller drops it)
