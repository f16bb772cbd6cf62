"""Chinese clauses cut into words with their parts of speech: jieba's posseg, reading its
dictionary piece by piece.

jieba reads its whole dictionary on first use: importing jieba.posseg reads dict.txt's 349k word
tags (0.4 s of CPU), the first cut loads the 498k-entry prefix table from its marshal cache
(0.85-1.0 s; without the cache, from dict.txt), and importing jieba imports pkg_resources
(0.15-0.28 s) only to open those files. A fresh cleaning process paid 1.5-2 s for the first page
that asks for names (takeover._read_names), 75 % of a whole-process run over the 25 real-cases-v32
dev pages. A clause needs only the entries of words that start with one of its characters, so the
same two tables (jieba's own gen_pfdict output and posseg's tags, read from the same dict.txt) are
stored beside the bytecode (core.precompiled) in pieces keyed by a word's first character, and a
piece is loaded when a clause first holds its character. jieba's own tokenizer classes do the
cutting over them, so the words and tags are jieba's (tests/clean/test_segment.py holds them
against a stock jieba).
"""
from __future__ import annotations

import functools
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from core.precompiled import Pieces, in_pieces, stored_table

_SPEC = importlib.util.find_spec("jieba")
# jieba's default dictionary (jieba.DEFAULT_DICT_NAME), found without importing jieba
_DICTIONARY = Path(_SPEC.origin).parent / "dict.txt" if _SPEC and _SPEC.origin else Path("dict.txt")


def _jieba() -> tuple[Any, Any]:
    """jieba and jieba.posseg, imported without what they would read at import only to be
    replaced here: pkg_resources (jieba falls back to opening its files by path) and posseg's
    default tokenizer's tags (read from an empty file, then given this module's)."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # its import fails: jieba._compat's fallback
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(60)  # no "Building prefix dict" lines on stderr
    if "jieba.posseg" in sys.modules:
        from jieba import posseg
        posseg.viterbi = _viterbi
        return jieba, posseg
    default = jieba.dt.dictionary
    jieba.dt.dictionary = os.devnull
    try:
        from jieba import posseg
    finally:
        jieba.dt.dictionary = default
    posseg.dt.word_tag_tab = Pieces(_tags)  # the module's default tagger keeps every tag
    posseg.viterbi = _viterbi  # (posseg's cut calls its module's name: the same routes, _viterbi)
    return jieba, posseg


@stored_table(__file__, _DICTIONARY)
def _dictionary() -> tuple[int, dict[str, bytes], dict[str, bytes]]:
    """jieba's prefix table's total, the table (gen_pfdict's) and posseg's part of speech of each
    word, both read from dict.txt as jieba reads it and kept in pieces (core.precompiled.in_pieces)."""
    jieba, posseg = _jieba()
    with open(_DICTIONARY, "rb") as f:
        freq, total = jieba.Tokenizer.gen_pfdict(f)
    tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    tagger.load_word_tag(open(_DICTIONARY, "rb"))  # (it closes the file)
    return total, in_pieces(freq), in_pieces(tagger.word_tag_tab)


def _tags() -> dict[str, bytes]:
    return _dictionary()[2]


# Routes kept, by the run of characters: the run a clause's words leave to the HMM (a name, a brand,
# 官网) recurs across clauses and pages, and its route is a pure function of the run and posseg's
# fixed model. 36 of the 142 runs a fresh process searched on the 58 real-cases-v32+v33 dev pages
# were repeats (0.33 s of searching in its 1.7 s of cleaning). Cleared when full: a run is a few
# characters.
ROUTE_CACHE = 4096
_ROUTES: dict[str, tuple[tuple[dict, ...], float, tuple[str, ...]]] = {}


def _viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict) -> tuple[float, list[str]]:
    """_search's route for ``obs``, kept (ROUTE_CACHE) while posseg's model is the same tables."""
    model = (states, start_p, trans_p, emit_p)
    kept = _ROUTES.get(obs)
    if kept is not None and all(a is b for a, b in zip(kept[0], model, strict=True)):
        return kept[1], list(kept[2])
    prob, route = _search(obs, *model)
    if len(_ROUTES) >= ROUTE_CACHE:
        _ROUTES.clear()
    _ROUTES[obs] = (model, prob, tuple(route))
    return prob, route


def _search(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict) -> tuple[float, list[str]]:
    """jieba.posseg.viterbi.viterbi: the same maximum of (probability, state) at every step, with
    far fewer sums. jieba tries every live state as each state's predecessor (256 on a character its
    table lacks: most of a traditional-script page's, v33), with a transition probability of -inf for
    the 92 % that do not lead there, which can never win over one that does; here only the states
    leading to it are tried, and of those only until none left can reach the best found (see
    _best_predecessor). Where no live state leads to a state (jieba's fallback to every state) it is
    jieba's own comparison, -inf ties and all. The successors of a set of live states are kept
    (_Model.successors): a step after an unknown character had every state live, and their union
    took 5,218 steps. A fresh process spent 1.29 of its 1.94 s on the 33 real-cases-v33 dev pages in
    jieba's search (session 25); the sparse search took 0.50 s of 2.0 s on the 70 speed pages
    (real-cases-v33/v34/v34b dev, session 27), this one 0.20 s (same routes: tests/clean/test_segment.py
    against jieba's own, and 199 runs of those pages with 300 random ones)."""
    from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

    model = _model(trans_p)
    V: list[dict[str, float]] = [{}]
    mem_path: list[dict[str, str]] = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):  # init
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        V.append({})
        mem_path.append({})
        live = frozenset(x for x in mem_path[t - 1].keys() if len(trans_p[x]) > 0)
        prev_states_expect_next = model.successors(live)
        obs_states = prev_states_expect_next.intersection(states.get(obs[t], all_states))
        if not obs_states:
            obs_states = prev_states_expect_next if prev_states_expect_next else all_states  # type: ignore[assignment]
        prev = V[t - 1]
        top = max((prev[x] for x in live), default=MIN_INF)
        for y in obs_states:
            emit = emit_p[y].get(obs[t], MIN_FLOAT)
            best = _best_predecessor(model, y, emit, prev, live, top, emit == MIN_FLOAT)
            if best is None:
                best = max((prev[y0] + trans_p[y0].get(y, MIN_INF) + emit, y0) for y0 in live)
            V[t][y], mem_path[t][y] = best
    prob, state = max((V[-1][y], y) for y in mem_path[-1].keys())
    route = [""] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem_path[i][state]
    return prob, route


def _best_predecessor(model: _Model, y: Any, emit: float, prev: dict, live: frozenset, top: float,
                      unknown: bool) -> tuple[float, Any] | None:
    """max((prev[y0] + p + emit, y0)) over the live states y0 leading to ``y`` with probability p
    (None when none does), stopping as soon as no state left can reach it. Exact, not a beam: IEEE
    addition rounds monotonically, so a state left scores at most (top + its p) + emit, ``top`` being
    the best live score. A character ``y`` never emits (``unknown``: jieba's MIN_FLOAT, -3.14e100)
    swallows every ordinary score in the sum, and the states tie: tried from the greatest, the first
    to reach that bound wins the tie. Otherwise they are tried by falling p until the bound falls
    below the best sum."""
    best = None
    if unknown:
        bound = top + model.top_chance[y] + emit
        for y0, p in model.by_state.get(y, ()):
            if y0 in live:
                s = (prev[y0] + p + emit, y0)
                if best is None or s > best:
                    best = s
                    if s[0] == bound:
                        break
    else:
        for p, y0 in model.by_chance.get(y, ()):
            if best is not None and top + p + emit < best[0]:
                break
            if y0 in live:
                s = (prev[y0] + p + emit, y0)
                if best is None or s > best:
                    best = s
    return best


# Sets of live states whose successors are kept (a few hundred on a page; cleared when full).
SUCCESSOR_CACHE = 4096


class _Model:
    """What _search reads of one transition table: the states leading to each state, greatest
    first (by_state) and likeliest first (by_chance), the likeliest transition into each, and the
    union of successors of a set of live states, kept."""

    def __init__(self, trans_p: dict) -> None:
        self.trans_p = trans_p
        leading: dict[Any, list[tuple[Any, float]]] = {}
        for y0, nexts in trans_p.items():
            for y, p in nexts.items():
                leading.setdefault(y, []).append((y0, p))
        self.by_state = {y: sorted(v, reverse=True) for y, v in leading.items()}
        self.by_chance = {y: sorted(((p, y0) for y0, p in v), key=lambda e: e[0], reverse=True)
                          for y, v in leading.items()}
        self.top_chance = {y: max(p for _, p in v) for y, v in leading.items()}
        self._successors: dict[frozenset, frozenset] = {}

    def successors(self, live: frozenset) -> frozenset:
        kept = self._successors.get(live)
        if kept is None:
            if len(self._successors) >= SUCCESSOR_CACHE:
                self._successors.clear()
            kept = self._successors[live] = frozenset(y for x in live for y in self.trans_p[x].keys())
        return kept


_MODELS: dict[int, _Model] = {}


def _model(trans_p: dict) -> _Model:
    model = _MODELS.get(id(trans_p))
    if model is None or model.trans_p is not trans_p:
        model = _MODELS[id(trans_p)] = _Model(trans_p)
    return model


@functools.cache
def _tagger() -> Any:
    jieba, posseg = _jieba()
    words = jieba.Tokenizer()
    words.FREQ, words.total, words.initialized = Pieces(lambda: _dictionary()[1]), _dictionary()[0], True
    tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    tagger.tokenizer, tagger.word_tag_tab = words, Pieces(_tags)
    return tagger


# Clauses whose cut is kept: the same clause is read for a school's and a body's names
# (takeover._read_names, once per ending), and a site's pages repeat their template's clauses: 49
# of the 206 clauses a fresh process cut on the 70 speed pages (real-cases-v33/v34/v34b dev) were
# repeats. A cut is a pure function of the clause and jieba's fixed tables.
CLAUSE_CACHE = 2048


def tagged(clause: str) -> list[tuple[str, str]]:
    """``clause`` cut into (word, part of speech) as jieba.posseg.lcut cuts it."""
    return list(_tagged(clause))


@functools.lru_cache(maxsize=CLAUSE_CACHE)
def _tagged(clause: str) -> tuple[tuple[str, str], ...]:
    return tuple((p.word, p.flag) for p in _tagger().lcut(clause))
