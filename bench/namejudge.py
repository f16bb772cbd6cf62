"""Train the name judge (scraper/clean/namejudge.py): character 1-3-gram log-odds of trade names vs
the names legit pages write, learnt from the dev data, with a leave-one-split-out estimate.

    .venv/bin/python bench/namejudge.py            # train on every dev split, write the table
    .venv/bin/python bench/namejudge.py --loso     # + for each split from v40 on left out: recall / FPR

Positives: the ``spam_strings`` of dev truth (bench/data/dev/*/truth.jsonl), cut into name-sized
pieces at separators. Negatives: the name-like strings of pages that hold no injection (every page
of the clean extraction sets $NEWSVAULT_DATA/extract/dev-* and the legit/clean pages of the dev
corpora) — their link texts, headings, ``<title>`` parts, short lines and the truth's title,
来源 and author — and truth's own title/来源/author of hijacked pages (the institution's names).
Deterministic: sets, sorted output, no randomness.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import lxml.html  # noqa: E402

from scraper.clean import namejudge  # noqa: E402
from scraper.clean.decode import decode_html  # noqa: E402

DEV = REPO / "bench" / "data" / "dev"
EXTRACT = Path(os.environ.get("NEWSVAULT_DATA", "/work/data")) / "extract"
# An n-gram is kept in the table when it is seen in at least this many distinct names (of both
# classes together): rarer ones are one name's spelling, and the table stays small.
MIN_NAMES = 5
# The prior's strength, in names: an n-gram's share of trade names is shrunk towards the base rate as if
# it had been seen in this many more names at that rate, so a rare n-gram (a stem, a person's name)
# weighs near 0 whichever class it was seen in, and only n-grams many names share decide.
PRIOR_NAMES = 10
# Kept only when the shrunk log-odds reach this magnitude: the rest weigh near 0 anyway.
MIN_WEIGHT = 0.5
_SPLIT = re.compile(r"-v(\d+)[a-z]?$|^dev-v(\d+)-")


def split_of(folder: str) -> int | None:
    m = _SPLIT.search(folder)
    return int(m.group(1) or m.group(2)) if m else None


def truth_rows(folder: Path) -> list[dict]:
    """A corpus folder's truth.jsonl rows (none when it has no truth); the judges' scripts share it."""
    truth = folder / "truth.jsonl"
    if not truth.is_file():
        return []
    return [json.loads(line) for line in truth.open(encoding="utf-8") if line.strip()]


def _html_names(raw: bytes) -> set[str]:
    """Name-like strings of a page: link texts, headings, title parts, short lines of the body."""
    try:
        text, _ = decode_html(raw)
        root = lxml.html.fromstring(text)
    except Exception:  # a page lxml cannot read gives no names
        return set()
    found: set[str] = set()
    for el in root.iter("a", "h1", "h2", "h3", "h4", "h5", "h6", "title", "li", "span", "p", "td", "div"):
        if el.tag in ("p", "td", "div", "span", "li") and len(el) > 0:
            continue  # a container's own short text only: leaves
        found.update(namejudge.pieces(el.text_content() or ""))
    return found


def group_of(folder: str) -> str:
    """The leave-out group of a data folder: its split (v40: real-cases-v40, -v40b, synthetic-v40 …, collected
    together), each clean extraction set alone (x:dev-v41-pkfixtures: one site or source each), "old" for
    the unsplit dev corpora."""
    if folder.startswith("dev-"):
        return f"x:{folder}"
    split = split_of(folder)
    return f"v{split}" if split is not None else "old"


def collect() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per leave-out group (``group_of``), the positive and negative names."""
    pos: dict[str, set[str]] = {}
    neg: dict[str, set[str]] = {}
    folders = sorted(p for p in DEV.iterdir() if p.is_dir()) + sorted(p for p in EXTRACT.glob("dev-*") if p.is_dir())
    for folder in folders:
        key = group_of(folder.name)
        for row in truth_rows(folder):
            spam = {p for s in row.get("spam_strings") or [] if isinstance(s, str) for p in namejudge.pieces(s)}
            pos.setdefault(key, set()).update(spam)
            own = set()
            for field in ("title", "source", "author"):
                if isinstance(row.get(field), str):
                    own.update(namejudge.pieces(row[field]))
            if not row.get("hijacked") and not row.get("injections"):
                path = folder / "html" / f"{row['id']}.html"
                if not path.is_file():
                    path = folder / "html" / f"{row['id']}.htm"
                if path.is_file():
                    own |= _html_names(path.read_bytes())
            neg.setdefault(key, set()).update(own - spam)
    return pos, neg


def train(pos: set[str], neg: set[str]) -> dict[str, float]:
    """Shrunk log-odds of each n-gram: logit of its (prior-smoothed) share of trade names among the names
    holding it, minus the logit of the base rate (0: no evidence either way)."""
    cp: Counter[str] = Counter(g for s in pos for g in set(namejudge.grams(s)))
    cn: Counter[str] = Counter(g for s in neg for g in set(namejudge.grams(s)))
    base = len(pos) / (len(pos) + len(neg))
    table = {}
    for g in sorted(set(cp) | set(cn)):
        if cp[g] + cn[g] < MIN_NAMES:
            continue
        share = (cp[g] + PRIOR_NAMES * base) / (cp[g] + cn[g] + PRIOR_NAMES)
        w = math.log(share / (1 - share)) - math.log(base / (1 - base))
        # (a pair of Chinese characters is kept whatever its weight: namejudge.unknown_stem asks which
        # pairs the data knows)
        if abs(w) >= MIN_WEIGHT or len(namejudge._stem_pairs(g)) == 1 and len(g) == 2:
            table[g] = round(w, 2)
    return table


def loso(pos: dict[str, set[str]], neg: dict[str, set[str]]) -> None:
    thresholds = (1.0, 1.25, 1.5, 1.6, 1.7, 2.0)
    print("fold  pos  neg  " + "  ".join(f"R@{t:<4} FPR@{t:<4}" for t in thresholds))
    totals = {t: [0, 0, 0, 0] for t in thresholds}
    # the numbered splits from v40 on (older ones were collected before the held-out discipline)
    folds = sorted((g for g in pos if g.startswith("v") and int(g[1:]) >= 40), key=lambda g: int(g[1:]))
    for fold in folds:
        p_train = set().union(*(v for k, v in pos.items() if k != fold))
        n_train = set().union(*(v for k, v in neg.items() if k != fold))
        table = train(p_train, n_train)
        # scored: the fold's names not seen in training (a name seen before is a list's catch)
        p_test = sorted(pos.get(fold, set()) - p_train - n_train)
        n_test = sorted(neg.get(fold, set()) - n_train - p_train)
        cells = []
        for t in thresholds:
            tp = sum(namejudge.is_trade_name(s, t, table) for s in p_test)
            fp = sum(namejudge.is_trade_name(s, t, table) for s in n_test)
            totals[t][0] += tp
            totals[t][1] += len(p_test)
            totals[t][2] += fp
            totals[t][3] += len(n_test)
            cells.append(f"{tp / max(1, len(p_test)):.3f}   {fp / max(1, len(n_test)):.4f}  ")
        print(f"{fold}  {len(p_test):4d} {len(n_test):5d}  " + "  ".join(cells))
    print("all  " + "  ".join(f"R@{t} {a / max(1, b):.3f} FPR@{t} {c / max(1, d):.4f}"
                              for t, (a, b, c, d) in totals.items()))


# A word is a role clean names end with (namejudge.trade_part's remainder: 编辑部, 客服, 办公室) when at least
# this many distinct clean names end with it after a part of two characters or more. Chosen with --split-loso
# (2026-12-07, nm50; pooled over the 50 split groups, parts read at 1.25, before remainders were held to
# Chinese words): 65 of the 2,371 unseen spam pieces the whole reading misses are read at 2, 55 at 5, 38 at
# 20, with the same 2 clean names of 132,668 (the Chinese-only roles at 2: 63 and 2).
MIN_ROLE_NAMES = 2
ROLE_LENGTHS = (2, 3, 4)


def _suffixes(name: str) -> set[str]:
    """The Chinese words (2-4 characters) ``name`` ends with after a part of two characters or more."""
    return {name[-n:] for n in ROLE_LENGTHS if len(name) - n >= 2 and namejudge.HAN_WORD.fullmatch(name[-n:])}


def roles(neg_counts: Counter[str] | _Less) -> frozenset[str]:
    """The words clean names end with (``neg_counts``: distinct clean names per suffix)."""
    return frozenset(s for s in neg_counts.keys() if neg_counts[s] >= MIN_ROLE_NAMES)


class _Less:
    """A counter less the counts of the names a fold leaves out, read per key (no copy per fold)."""

    def __init__(self, total: Counter[str], left_out: Counter[str]) -> None:
        self.total, self.left_out = total, left_out

    def __getitem__(self, key: str) -> int:
        return self.total[key] - self.left_out[key]

    def keys(self):  # noqa: ANN201
        return self.total.keys()


class _FoldTable:
    """``train``'s table for the names left after a fold is taken out, computed per n-gram when asked
    (the same shrunk log-odds and pruning as ``train``)."""

    def __init__(self, cp: _Less, cn: _Less, npos: int, nneg: int) -> None:
        self.cp, self.cn, self.base = cp, cn, npos / (npos + nneg)
        self.memo: dict[str, float | None] = {}

    def _weight(self, g: str) -> float | None:
        if g not in self.memo:
            a, b = self.cp[g], self.cn[g]
            w = None
            if a + b >= MIN_NAMES:
                share = (a + PRIOR_NAMES * self.base) / (a + b + PRIOR_NAMES)
                x = math.log(share / (1 - share)) - math.log(self.base / (1 - self.base))
                if abs(x) >= MIN_WEIGHT or len(namejudge._stem_pairs(g)) == 1 and len(g) == 2:
                    w = round(x, 2)
            self.memo[g] = w
        return self.memo[g]

    def get(self, g: str, default: float | None = None) -> float | None:
        w = self._weight(g)
        return default if w is None else w

    def __contains__(self, g: object) -> bool:
        return isinstance(g, str) and self._weight(g) is not None

    def __getitem__(self, g: str) -> float:
        w = self._weight(g)
        if w is None:
            raise KeyError(g)
        return w


SPLIT_THRESHOLDS = (1.0, 1.25, 1.5, 1.7)


def split_loso(pos: dict[str, set[str]], neg: dict[str, set[str]], whole: float) -> None:
    """Leave each group out (a split, the unsplit corpora, a clean extraction set): train the table and the
    roles without it, and read its unseen names whole (``is_trade_name`` at ``whole``, TRADE_SCORE) and by
    their parts (namejudge.trade_part at each threshold). Recall: of the fold's unseen spam names the whole
    reading misses; false positives: of all the fold's unseen clean names."""
    groups = sorted(set(pos) | set(neg), key=lambda g: (g.startswith("x:"), len(g), g))
    where: dict[str, set[str]] = {}
    for cls, data in (("p", pos), ("n", neg)):
        for g, names in data.items():
            for s in names:
                where.setdefault(f"{cls}{s}", set()).add(g)
    all_pos = set().union(*pos.values())
    all_neg = set().union(*neg.values())
    cp = Counter(g for s in all_pos for g in set(namejudge.grams(s)))
    cn = Counter(g for s in all_neg for g in set(namejudge.grams(s)))
    sn = Counter(x for s in all_neg for x in _suffixes(s))
    head = "  ".join(f"tp@{t:<4} fp@{t:<4}" for t in SPLIT_THRESHOLDS)
    print(f"group                 unseen spam  missed whole  unseen clean  whole: tp fp | parts: {head}")
    tot: dict[str, list[int]] = {}
    found: list[tuple[str, str, str, str]] = []
    for fold in groups:
        only_p = {s for s in pos.get(fold, ()) if where[f"p{s}"] == {fold}}
        only_n = {s for s in neg.get(fold, ()) if where[f"n{s}"] == {fold}}
        p_train, n_train = all_pos - only_p, all_neg - only_n
        table = _FoldTable(_Less(cp, Counter(g for s in only_p for g in set(namejudge.grams(s)))),
                           _Less(cn, Counter(g for s in only_n for g in set(namejudge.grams(s)))),
                           len(p_train), len(n_train))
        role = roles(_Less(sn, Counter(x for s in only_n for x in _suffixes(s))))
        p_test = sorted(pos.get(fold, set()) - p_train - n_train)
        n_test = sorted(neg.get(fold, set()) - n_train - p_train)
        t_ = tot.setdefault("clean sets" if fold.startswith("x:") else "splits", [0] * (5 + 2 * len(SPLIT_THRESHOLDS)))
        missed = [s for s in p_test if not namejudge.is_trade_name(s, whole, table)]  # type: ignore[arg-type]
        rest = [s for s in n_test if not namejudge.is_trade_name(s, whole, table)]  # type: ignore[arg-type]
        t_[0] += len(p_test)
        t_[1] += len(p_test) - len(missed)
        t_[2] += len(missed)
        t_[3] += len(n_test)
        t_[4] += len(n_test) - len(rest)
        cells = []
        for i, t in enumerate(SPLIT_THRESHOLDS):
            tp = [(s, p) for s in missed if (p := namejudge.trade_part(s, t, table, role))]  # type: ignore[arg-type]
            fp = [(s, p) for s in rest if (p := namejudge.trade_part(s, t, table, role))]  # type: ignore[arg-type]
            t_[5 + 2 * i] += len(tp)
            t_[6 + 2 * i] += len(fp)
            found += [(f"{t}", fold, s, p) for s, p in tp] + [(f"{t} CLEAN", fold, s, p) for s, p in fp]
            cells.append(f"{len(tp):6d} {len(fp):6d}  ")
        if p_test or any(c.split()[1] != "0" for c in cells):
            print(f"{fold:24s} {len(p_test):6d} {len(missed):12d} {len(n_test):13d}   {len(p_test) - len(missed):5d}"
                  f" {len(n_test) - len(rest):3d} | " + "  ".join(cells), flush=True)
    for kind, t_ in tot.items():
        cells = "  ".join(f"@{t}: R {t_[5 + 2 * i] / max(1, t_[2]):.3f} ({t_[5 + 2 * i]}) FPR {t_[6 + 2 * i] / max(1, t_[3]):.6f}"
                          f" ({t_[6 + 2 * i]})" for i, t in enumerate(SPLIT_THRESHOLDS))
        print(f"pooled {kind}: unseen spam {t_[0]}, read whole {t_[1]}, missed {t_[2]}; unseen clean {t_[3]},"
              f" read whole {t_[4]}\n   parts {cells}")
    for label, fold, s, p in found:
        if label in ("1.25", "1.25 CLEAN", "1.0 CLEAN"):
            print(f"   parts@{label}: {fold} {s} -> {p}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--roles-only", action="store_true", help="write only the roles (namejudge-roles.tsv)")
    ap.add_argument("--split-loso", action="store_true", help="leave-one-group-out estimate of reading a name's parts")
    ap.add_argument("--cache", help="a JSON file of the collected names (read if it exists, else written)")
    args = ap.parse_args()
    if args.cache and Path(args.cache).is_file():
        saved = json.loads(Path(args.cache).read_text(encoding="utf-8"))
        pos = {k: set(v) for k, v in saved["pos"].items()}
        neg = {k: set(v) for k, v in saved["neg"].items()}
    else:
        pos, neg = collect()
        if args.cache:
            Path(args.cache).write_text(json.dumps({"pos": {k: sorted(v) for k, v in pos.items()},
                                                    "neg": {k: sorted(v) for k, v in neg.items()}}, ensure_ascii=False))
    all_pos = set().union(*pos.values())
    all_neg = set().union(*neg.values())
    print(f"names: {len(all_pos)} trade, {len(all_neg)} legit")
    for outlet in ("腾讯体育", "新浪娱乐", "中国体育彩票", "咪咕视频"):
        print(f"  {outlet}: {'legit' if outlet in all_neg else '-'} {'trade' if outlet in all_pos else ''}")
    if args.loso:
        loso(pos, neg)
    if args.split_loso:
        from scraper.clean.tradehead import TRADE_SCORE
        split_loso(pos, neg, TRADE_SCORE)
    if not args.no_write:
        role_counts = Counter(x for s in all_neg for x in _suffixes(s))
        with namejudge.ROLES.open("w", encoding="utf-8") as f:
            f.write("# a word clean names end with<TAB>distinct clean names, written by bench/namejudge.py; do not edit\n")
            for word in sorted(roles(role_counts)):
                f.write(f"{word}\t{role_counts[word]}\n")
        print(f"roles: {len(roles(role_counts))} words → {namejudge.ROLES}")
    if not args.no_write and not args.roles_only:
        table = train(all_pos, all_neg)
        with namejudge.TABLE.open("w", encoding="utf-8") as f:
            f.write("# n-gram<TAB>log-odds (trade vs legit names), written by bench/namejudge.py; do not edit\n")
            for g, w in sorted(table.items()):
                f.write(f"{g}\t{w}\n")
        print(f"table: {len(table)} n-grams → {namejudge.TABLE}")


if __name__ == "__main__":
    main()
