"""Train the name judge (scraper/clean/namejudge.py): character 1-3-gram log-odds of trade names vs
the names legit pages write, learnt from the dev data, with a leave-one-split-out estimate.

    .venv/bin/python bench/namejudge.py            # train on every dev split, write the table
    .venv/bin/python bench/namejudge.py --loso     # + for each of v40..v48 left out: recall / FPR

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
FOLDS = tuple(range(40, 49))
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


def _rows(folder: Path) -> list[dict]:
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


def collect() -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Per split (None → -1 for the older, unsplit and clean sets), the positive and negative names."""
    pos: dict[int, set[str]] = {}
    neg: dict[int, set[str]] = {}
    folders = sorted(p for p in DEV.iterdir() if p.is_dir()) + sorted(p for p in EXTRACT.glob("dev-*") if p.is_dir())
    for folder in folders:
        split = split_of(folder.name)
        key = split if split is not None else -1
        for row in _rows(folder):
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


V48_NAMES = ("太平洋在线会员官方网", "传奇世界私服", "璟渡体育客服", "棠骁影院 棠骁午夜直播 棠骁成人高清在线看",
             "晞岳娱乐网络", "杳川体育 杳川世界杯投注首选")


def loso(pos: dict[int, set[str]], neg: dict[int, set[str]]) -> None:
    thresholds = (1.0, 1.25, 1.5, 1.6, 1.7, 2.0)
    print("fold  pos  neg  " + "  ".join(f"R@{t:<4} FPR@{t:<4}" for t in thresholds))
    totals = {t: [0, 0, 0, 0] for t in thresholds}
    for fold in FOLDS:
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
        print(f"v{fold}  {len(p_test):4d} {len(n_test):5d}  " + "  ".join(cells))
        if fold == 48:
            for name in V48_NAMES:
                best = max(((namejudge.score(p, table), p) for p in namejudge.pieces(name)), default=(0.0, ""))
                print(f"    v48 left out: {name}: best piece {best[1]} {best[0]:.2f}"
                      f" unknown stem {namejudge.unknown_stem(best[1], table)}")
            fps = sorted(((namejudge.score(s, table), s) for s in n_test if namejudge.unknown_stem(s, table)),
                         reverse=True)[:15]
            print("    v48 left out, top clean names: " + ", ".join(f"{s} {w:.2f}" for w, s in fps))
    print("all  " + "  ".join(f"R@{t} {a / max(1, b):.3f} FPR@{t} {c / max(1, d):.4f}"
                              for t, (a, b, c, d) in totals.items()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--cache", help="a JSON file of the collected names (read if it exists, else written)")
    args = ap.parse_args()
    if args.cache and Path(args.cache).is_file():
        saved = json.loads(Path(args.cache).read_text(encoding="utf-8"))
        pos = {int(k): set(v) for k, v in saved["pos"].items()}
        neg = {int(k): set(v) for k, v in saved["neg"].items()}
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
    if not args.no_write:
        table = train(all_pos, all_neg)
        with namejudge.TABLE.open("w", encoding="utf-8") as f:
            f.write("# n-gram<TAB>log-odds (trade vs legit names), written by bench/namejudge.py; do not edit\n")
            for g, w in sorted(table.items()):
                f.write(f"{g}\t{w}\n")
        print(f"table: {len(table)} n-grams → {namejudge.TABLE}")


if __name__ == "__main__":
    main()
