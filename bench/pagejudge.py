"""Train the page judge (scraper/clean/pagejudge.py): binned naive-Bayes log-odds of a page being
hijacked, over the numbers the cleaner computes on it (pagejudge.BINS), with a leave-one-split-out estimate.

    .venv/bin/python bench/pagejudge.py --collect /tmp/pj.jsonl 0 2   # clean pages (shard 0 of 2), cache numbers
    .venv/bin/python bench/pagejudge.py --cache /tmp/pj.jsonl* --loso  # + each split / clean set left out
    .venv/bin/python bench/pagejudge.py --cache /tmp/pj.jsonl*         # train on all, write the table

Pages: every dev hijack corpus (bench/data/dev/*: real-cases, -b and synthetic splits, truth's
``hijacked``), the labelled sets of ../shared/corpus (and inputs-gne, every page clean), and the
clean extraction sets $NEWSVAULT_DATA/extract/dev-* (every page clean; ``--per-set`` pages of each,
spread over the set). Groups for leaving out: a split's number (v49 = real-cases-v49, -v49b,
synthetic-v49), "old" for the unnumbered dev corpora, "shared" for ../shared/corpus, and each clean
extraction set on its own. Deterministic: no randomness, sorted output.
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

from namejudge import truth_rows  # noqa: E402  (bench/namejudge.py: bench/ is the script's folder)

from scraper.clean import pagejudge  # noqa: E402
from scraper.clean.engine import run_cleaner  # noqa: E402
from scraper.clean.errors import CleanError  # noqa: E402

DEV = REPO / "bench" / "data" / "dev"
SHARED = Path(os.environ.get("NEWSVAULT_SHARED", REPO.parent / "shared")) / "corpus"
EXTRACT = Path(os.environ.get("NEWSVAULT_DATA", "/work/data")) / "extract"
SHARED_SETS = ("real-cwced", "real-cwced-hijacked", "real-magichtml", "real-magichtml-hijacked", "synthetic", "inputs-gne")
FOREIGN = "http://127.0.0.1:8000/mirror/{id}.html"  # (bench/hijack.py's mirror address)
_SPLIT = re.compile(r"-v(\d+)[a-z]?$")
# A bin's count is shrunk towards the other class's share as if seen this many more times at the
# base rate (naive Bayes' add-k): a bin seen on a few pages of one split weighs near 0.
PRIOR_PAGES = 2.0
# Trained on the cascade's misses alone (--missed-only), the judge learns from 226 hijacked pages and
# separates worse: out of split, 1 of them above every clean page against 2 trained on every page (2026-12-07).
MISSED_ONLY = False


def _html(folder: Path, pid: str) -> Path | None:
    for ext in (".html", ".htm"):
        if (p := folder / "html" / f"{pid}{ext}").is_file():
            return p
    return None


def pages(per_set: int) -> list[tuple[str, str, str, bool, Path, str | None]]:
    """(group, set, id, hijacked, path, url) of every page trained on, in a fixed order."""
    out = []
    for folder in sorted(p for p in DEV.iterdir() if p.is_dir()):
        m = _SPLIT.search(folder.name)
        group = f"v{m.group(1)}" if m else "old"
        for row in truth_rows(folder):
            if isinstance(row.get("hijacked"), bool) and (path := _html(folder, row["id"])):
                out.append((group, folder.name, row["id"], row["hijacked"], path, row.get("url")))
                if not row["hijacked"]:  # (as bench/hijack.py: a clean page served from a mirror too)
                    out.append((group, folder.name + "@127", row["id"], False, path, FOREIGN.format(id=row["id"])))
    for name in SHARED_SETS:
        for row in truth_rows(SHARED / name):
            label = row.get("hijacked", False if name == "inputs-gne" else None)
            if isinstance(label, bool) and (path := _html(SHARED / name, row["id"])):
                out.append(("shared", name, row["id"], label, path, row.get("url")))
                if not label:
                    out.append(("shared", name + "@127", row["id"], False, path, FOREIGN.format(id=row["id"])))
    spread = []  # (the page's place in its set's sample, the page): every set's first pages first
    for folder in sorted(p for p in EXTRACT.glob("dev-*") if p.is_dir()):
        rows = [r for r in truth_rows(folder) if _html(folder, r["id"])]
        step = max(1, math.ceil(len(rows) / per_set))
        for n, row in enumerate(rows[::step]):
            spread.append((n, (f"x:{folder.name}", folder.name, row["id"], False, _html(folder, row["id"]), row.get("url"))))
    return out + [page for _, page in sorted(spread, key=lambda x: (x[0], x[1][1]))]


def collect(out: Path, shard: int, shards: int, per_set: int, skip: set[tuple[str, str]]) -> None:
    """Clean this shard's pages (less those of ``skip``: (set, id)) and write one JSON line each: labels,
    the cascade's flag, the numbers."""
    with out.open("w", encoding="utf-8") as f:
        for i, (group, name, pid, label, path, url) in enumerate(pages(per_set)):
            if i % shards != shard or (name, pid) in skip:
                continue
            try:
                article, ev = run_cleaner(path.read_bytes(), url, None, None, None, features=True)
            except CleanError:
                continue
            f.write(json.dumps({"group": group, "set": name, "id": pid, "hijacked": label, "flagged": article.hijacked,
                                "kinds": sorted({x.kind for x in article.findings}),
                                "features": ev.features}, ensure_ascii=False) + "\n")
            f.flush()


def train(rows: list[dict]) -> dict[tuple[str, int], float]:
    """Each (feature, bin)'s smoothed log-odds: log P(bin | hijacked) - log P(bin | clean), over every page
    (``MISSED_ONLY``: over the pages the cascade does not flag, those the judge is asked of)."""
    pos = [r["features"] for r in rows if r["hijacked"] and not (MISSED_ONLY and r["flagged"])]
    neg = [r["features"] for r in rows if not r["hijacked"] and not (MISSED_ONLY and r["flagged"])]
    table = {}
    for name, edges in pagejudge.BINS.items():
        nbins = len(edges) + 1
        cp = Counter(pagejudge.bin_of(name, f.get(name, 0.0)) for f in pos)
        cn = Counter(pagejudge.bin_of(name, f.get(name, 0.0)) for f in neg)
        for b in range(nbins):
            p = (cp[b] + PRIOR_PAGES / nbins) / (len(pos) + PRIOR_PAGES)
            n = (cn[b] + PRIOR_PAGES / nbins) / (len(neg) + PRIOR_PAGES)
            table[(name, b)] = round(math.log(p / n), 3)
    return table


def _usable(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r.get("features")]


def _read(caches: list[str]) -> list[dict]:
    """The rows of the cache files, each (set, id) once."""
    rows: dict[tuple[str, str], dict] = {}
    for c in caches:
        for line in Path(c).open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                rows[(r["set"], r["id"])] = r
    return list(rows.values())


def loso(rows: list[dict]) -> None:
    """Leave each group out: train on the rest, score it; the threshold is read off the pooled scores."""
    groups = sorted({r["group"] for r in rows})
    scored = []  # (score, row)
    for g in groups:
        table = train([r for r in rows if r["group"] != g])
        scored += [(pagejudge.score(r["features"], table), r) for r in rows if r["group"] == g]
    # a false flag is the judge's on a clean page the cascade leaves alone (it asks no other)
    clean = [s for s, r in scored if not r["hijacked"] and not r["flagged"]]
    # the threshold: just above the highest clean page's out-of-split score (0 false flags), and a few below it
    top = max(clean)
    print(f"pages {len(scored)}: hijacked {sum(r['hijacked'] for _, r in scored)} "
          f"(missed by the cascade {sum(r['hijacked'] and not r['flagged'] for _, r in scored)}), "
          f"clean {len(clean)} (flagged by the cascade {sum(r['flagged'] and not r['hijacked'] for _, r in scored)})")
    print("highest out-of-split clean scores: " + ", ".join(
        f"{s:.2f} {r['set']}/{r['id']}" for s, r in sorted(((s, r) for s, r in scored if not r["hijacked"] and not r["flagged"]),
                                                          key=lambda x: -x[0])[:8]))
    print("threshold  clean-fp  all-hijacked-R  missed-caught/missed  (out of split)")
    for t in sorted({round(top + 0.01, 2), *(round(top - d, 2) for d in (1, 2, 4, 6, 8))}, reverse=True):
        fp = sum(s >= t for s in clean)
        hij = [(s, r) for s, r in scored if r["hijacked"]]
        missed = [(s, r) for s, r in hij if not r["flagged"]]
        print(f"{t:9.2f}  {fp:8d}  {sum(s >= t for s, _ in hij) / len(hij):14.3f}  "
              f"{sum(s >= t for s, _ in missed)}/{len(missed)}")
    t0 = round(top + 0.01, 2)
    print(f"\nper group at the 0-false-flag threshold {t0} (out of split): hijacked, missed by the cascade, "
          f"caught of those; clean pages, their best score")
    for g in groups:
        mine = [(s, r) for s, r in scored if r["group"] == g]
        hij = [(s, r) for s, r in mine if r["hijacked"]]
        missed = [(s, r) for s, r in hij if not r["flagged"]]
        cl = [s for s, r in mine if not r["hijacked"] and not r["flagged"]]
        if g.startswith("x:") and len(groups) > 60:
            continue  # (each clean set's line is below, in one row)
        print(f"{g:8s} hij {len(hij):3d} missed {len(missed):3d} caught {sum(s >= t0 for s, _ in missed):2d}  "
              f"clean {len(cl):3d} best {max(cl, default=float('nan')):6.2f}  "
              f"missed' best {max((s for s, _ in missed), default=float('nan')):6.2f}")
    xs = sorted(((max((s for s, r in scored if r["group"] == g and not r["flagged"]), default=-99), g) for g in groups if g.startswith("x:")), reverse=True)
    print("clean sets, best score: " + ", ".join(f"{g[2:]} {s:.2f}" for s, g in xs[:12]) + " …")
    print("missed pages, best out-of-split scores: " + ", ".join(
        f"{s:.2f} {r['id']}" for s, r in sorted(((s, r) for s, r in scored if r["hijacked"] and not r["flagged"]),
                                                key=lambda x: -x[0])[:12]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--collect", nargs=3, metavar=("OUT", "SHARD", "SHARDS"))
    ap.add_argument("--per-set", type=int, default=30, help="pages of each clean extraction set")
    ap.add_argument("--cache", nargs="*", default=[], help="files --collect wrote")
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--missed-only", action="store_true", help="train on the pages the cascade does not flag only")
    args = ap.parse_args()
    global MISSED_ONLY
    MISSED_ONLY = args.missed_only
    if args.collect:
        done = {(r["set"], r["id"]) for r in _read(args.cache)}
        collect(Path(args.collect[0]), int(args.collect[1]), int(args.collect[2]), args.per_set, done)
        return
    rows = _usable(_read(args.cache))
    rows.sort(key=lambda r: (r["group"], r["set"], r["id"]))
    if args.loso:
        loso(rows)
    if not args.no_write:
        table = train(rows)
        with pagejudge.TABLE.open("w", encoding="utf-8") as f:
            f.write("# feature<TAB>bin<TAB>log-odds (hijacked vs clean), written by bench/pagejudge.py; do not edit\n")
            for (name, b), w in sorted(table.items()):
                f.write(f"{name}\t{b}\t{w}\n")
        print(f"table: {len(table)} bins → {pagejudge.TABLE}")


if __name__ == "__main__":
    main()
