"""Compile a script once and run its bytecode in many fresh QuickJS contexts.

The sandbox gives every visit a fresh context (``sandbox._run_view``) and each used to parse the
45 KB fake browser anew: 2.5 ms of the 3.2 ms a context costs, 1.2 s of the 12.1 s the cleaner
took on the 160 dev-v31-danielzh + dev-v34-xmunews pages (462 contexts). The ``quickjs`` binding
offers no compiled form, but its extension module exports the QuickJS C API: the script is
compiled once per process (``JS_Eval`` with COMPILE_ONLY, ``JS_WriteObject``) and each context
reads and runs the bytecode (``JS_ReadObject``, ``JS_EvalFunction``), 0.6 ms a context with its
creation and teardown.

The context's C pointer is read from the binding's object (``ContextData``: PyObject_HEAD, then
the JSRuntime and JSContext pointers), so this is tied to the binding's layout: only the version
it was written against (pinned in constraints.txt) uses it, and ``load`` returns False elsewhere
(the caller then evaluates the source as before).

What differs from evaluating the source: QuickJS 2021-03-27's bytecode keeps line numbers (an
error's stack is the same) but not the functions' source text, so a compiled function's
``toString()`` reads "[native code]", as a browser's own functions do.
"""
from __future__ import annotations

import ctypes
import functools
from importlib import metadata

import quickjs

# The binding versions whose ContextData layout this reads (module.c of quickjs 1.19.x).
_VERSIONS = ("1.19.4",)
_COMPILE_ONLY = 1 << 5  # JS_EVAL_FLAG_COMPILE_ONLY (JS_EVAL_TYPE_GLOBAL is 0)
_BYTECODE = 1  # JS_WRITE_OBJ_BYTECODE, JS_READ_OBJ_BYTECODE
_TAG_EXCEPTION = 6
_FILENAME = b"<input>"  # what Context.eval names its code: errors' stacks read the same


class _Value(ctypes.Structure):
    """A JSValue (no NaN boxing on 64-bit): a pointer or number, and a tag (negative: reference counted)."""

    _fields_ = [("u", ctypes.c_uint64), ("tag", ctypes.c_int64)]


@functools.cache
def _api() -> ctypes.PyDLL | None:
    try:
        if metadata.version("quickjs") not in _VERSIONS:
            return None
        import _quickjs  # the binding's extension module, which holds the QuickJS library
        lib = ctypes.PyDLL(_quickjs.__file__)  # PyDLL: calls keep the GIL, as the binding's own do
        ptr, size = ctypes.c_void_p, ctypes.c_size_t
        for name, res, args in (
                ("JS_GetRuntime", ptr, [ptr]),
                ("JS_Eval", _Value, [ptr, ctypes.c_char_p, size, ctypes.c_char_p, ctypes.c_int]),
                ("JS_WriteObject", ptr, [ptr, ctypes.POINTER(size), _Value, ctypes.c_int]),
                ("JS_ReadObject", _Value, [ptr, ctypes.c_char_p, size, ctypes.c_int]),
                ("JS_EvalFunction", _Value, [ptr, _Value]),
                ("JS_GetException", _Value, [ptr]),
                ("js_free", None, [ptr, ptr]),
                ("__JS_FreeValue", None, [ptr, _Value])):
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = res, args
    except (metadata.PackageNotFoundError, ImportError, OSError, AttributeError):
        return None
    return lib


def _context_pointer(lib: ctypes.PyDLL, ctx: quickjs.Context) -> int | None:
    """The JSContext* of ``ctx``, checked against its JSRuntime*."""
    base = id(ctx) + object.__basicsize__  # after PyObject_HEAD
    runtime = ctypes.c_void_p.from_address(base).value
    context = ctypes.c_void_p.from_address(base + ctypes.sizeof(ctypes.c_void_p)).value
    if not runtime or not context or lib.JS_GetRuntime(context) != runtime:
        return None
    return context


def _free(lib: ctypes.PyDLL, context: int, value: _Value) -> None:
    """JS_FreeValue (an inline function in quickjs.h)."""
    if value.tag < 0:
        count = ctypes.c_int.from_address(value.u)  # JSRefCountHeader
        count.value -= 1
        if count.value <= 0:
            lib.__JS_FreeValue(context, value)


@functools.lru_cache(maxsize=4)
def compile_script(source: str) -> bytes | None:
    """``source``'s bytecode (compiled once per process), or None where this binding cannot give it."""
    lib = _api()
    if lib is None:
        return None
    ctx = quickjs.Context()
    context = _context_pointer(lib, ctx)
    if context is None:
        return None
    code = (source + "\n;void 0").encode()  # the script's value is undefined: nothing to free later
    fn = lib.JS_Eval(context, code, len(code), _FILENAME, _COMPILE_ONLY)
    if fn.tag == _TAG_EXCEPTION:
        _free(lib, context, lib.JS_GetException(context))
        return None
    size = ctypes.c_size_t()
    buf = lib.JS_WriteObject(context, ctypes.byref(size), fn, _BYTECODE)
    _free(lib, context, fn)
    if not buf:
        return None
    compiled = ctypes.string_at(buf, size.value)
    lib.js_free(context, buf)
    return compiled


def load(ctx: quickjs.Context, compiled: bytes) -> bool:
    """Run ``compiled`` (from compile_script) in ``ctx``; False when it could not be read or threw
    (the context then holds what ran before the error: the caller drops it)."""
    lib = _api()
    context = _context_pointer(lib, ctx) if lib is not None else None
    if lib is None or context is None:
        return False
    fn = lib.JS_ReadObject(context, compiled, len(compiled), _BYTECODE)
    value = fn if fn.tag == _TAG_EXCEPTION else lib.JS_EvalFunction(context, fn)  # (which takes fn)
    if value.tag == _TAG_EXCEPTION:
        _free(lib, context, lib.JS_GetException(context))
        return False
    _free(lib, context, value)
    return True
