"""Did a change keep the cleaner's output identical? Dump it over every development page, compare two dumps.

A speed change must not change what the cleaner returns. This runs ``clean_and_describe`` on every
page of the development split (the corpora bench/extract.py finds; held-out folders are never
opened) and writes one line per page: the whole Article (text, metadata, findings, attachments)
and the page's profile traits. Run it before and after a change and compare:

    .venv/bin/python bench/same_output.py dump /tmp/before.jsonl     # on the old code
    .venv/bin/python bench/same_output.py dump /tmp/after.jsonl      # on the new code
    .venv/bin/python bench/same_output.py compare /tmp/before.jsonl /tmp/after.jsonl

``compare`` prints the pages that differ (and which fields) and exits 1 if any article does.
Profile traits are compared apart: which host list a block's fingerprint keeps when two blocks
share a fingerprint depends on the order of a set of elements (scraper.clean.profile
offsite_blocks), so ``traits.blocks`` may differ between two runs of the same code.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from extract import discover  # noqa: E402

from scraper.clean import CleanError, clean_and_describe  # noqa: E402


def _one(job: tuple[str, str, str | None]) -> str:
    key, path, url = job
    raw = Path(path).read_bytes()
    try:
        article, traits = clean_and_describe(raw, url=url)
        row = {"article": article.to_dict(), "traits": asdict(traits) if traits is not None else None}
    except CleanError as e:
        row = {"error": str(e)}
    return json.dumps({"page": key, **row}, ensure_ascii=False, sort_keys=True, default=sorted)


def dump(out: Path, shared: Path, data: Path, jobs: int) -> int:
    corpora, _ = discover("dev", shared, data, None)
    work = [(f"{c.name}/{t['id']}", str(c.path / "html" / f"{t['id']}.html"), t.get("url"))
            for c in corpora for t in c.truth]
    with multiprocessing.get_context("fork").Pool(jobs) as pool, out.open("w", encoding="utf-8") as f:
        for line in pool.imap(_one, work, chunksize=8):
            f.write(line + "\n")
    print(f"{len(work)} pages of {len(corpora)} development corpora → {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    def rows(p: Path) -> dict[str, dict]:
        with p.open(encoding="utf-8") as f:
            return {r["page"]: r for r in map(json.loads, f)}

    old, new = rows(before), rows(after)
    articles = traits = 0
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if a is None or b is None:
            articles += 1
            print(f"{key}: only in {'after' if a is None else 'before'}")
            continue
        fields = sorted({*((a.get("article") or {}).keys()), *((b.get("article") or {}).keys())})
        changed = [k for k in fields if (a.get("article") or {}).get(k) != (b.get("article") or {}).get(k)]
        changed += [k for k in ("error",) if a.get(k) != b.get(k)]
        if changed:
            articles += 1
            print(f"{key}: {', '.join(changed)}")
        if a.get("traits") != b.get("traits"):
            traits += 1
            parts = sorted(k for k in {**(a.get("traits") or {}), **(b.get("traits") or {})}
                           if (a.get("traits") or {}).get(k) != (b.get("traits") or {}).get(k))
            print(f"{key}: traits ({', '.join(parts)})")
    print(f"{len(old.keys() & new.keys())} pages in both: {articles} articles differ, {traits} profile traits differ")
    return 1 if articles else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSVAULT_SHARED", REPO.parent / "shared")))
    d.add_argument("--data", type=Path, default=Path(os.environ.get("NEWSVAULT_DATA", "/work/data")))
    d.add_argument("--jobs", type=int, default=2)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.shared, args.data, args.jobs)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
