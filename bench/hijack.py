"""Hijack-detection benchmark: flag precision/recall, spam left, legit pages kept, false flags on
clean pages served from their own host and from a foreign one.

    .venv/bin/python bench/hijack.py                 # every dev corpus
    .venv/bin/python bench/hijack.py --corpus synthetic --show
    .venv/bin/python bench/hijack.py --split heldout # once, at the end, by whoever did not tune
    .venv/bin/python bench/hijack.py --corpus synthetic-v23 --profiles  # + each page with its site's profile

Dev corpora: ../shared/corpus (synthetic, real-*, their -hijacked twins, inputs-gne, inputs-spam,
the dev half of real-l3s-en), every corpus in bench/data/dev/ and the clean pages of
$NEWSVAULT_DATA/extract/dev-*. Held-out corpora (``--split heldout``, never read otherwise): every
corpus in bench/data/heldout/, the held-out half of real-l3s-en (if any is left) and the clean pages
of $NEWSVAULT_DATA/extract/heldout-*.
Every clean page is cleaned twice: with its own URL and with a URL on 127.0.0.1 (as a local
mirror serves it): a page must not turn "hijacked" because its host is unknown.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extract import bench_data, l3s_halves  # noqa: E402  (bench/ is the script's folder: one split rule for both benches)

from scraper.clean import CleanError, ProfileBuilder, clean_and_describe  # noqa: E402
from scraper.clean.engine import parse_page  # noqa: E402
from scraper.clean.profile import template_marks  # noqa: E402

FOREIGN = "http://127.0.0.1:8000/mirror/{id}.html"
SCORED = ("synthetic", "real-cwced", "real-magichtml", "real-cwced-hijacked", "real-magichtml-hijacked")
CLEAN_ONLY = ("inputs-gne", "real-l3s-en")


def load_truth(corpus: Path) -> list[dict]:
    with (corpus / "truth.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def page_bytes(corpus: Path, row: dict) -> bytes | None:
    for ext in (".html", ".htm"):
        p = corpus / "html" / f"{row['id']}{ext}"
        if p.is_file():
            return p.read_bytes()
    return None


# Pages of one truth site are one site when they share their URL's host or this many template
# marks (fingerprints of header/footer/menu boxes, profile.template_marks). At one mark, one shared
# menu joins 6-7 different sites built on one template (synthetic-v8, -v16, -v19); at two, pages
# of different hosts join only in synthetic-v21 (8 pages) and -v24 (6): one template's pages
# naming different units, as those splits hold no site of several pages (no page changed there).
SHARED_MARKS = 2


def site_groups(corpus: Path, rows: list[dict]) -> list[list[dict]]:
    """The sites among ``rows``, for profiles: truth's ``site`` (else the URL's host) is a host on
    some splits and a label ("gov", "edu") on others, so the pages of one ``site`` are split further
    into those that share their URL's host or ``SHARED_MARKS`` template marks (connected components)."""
    buckets: dict[str, list[dict]] = {}
    for t in rows:  # (the clean extraction sets name no site: their pages group by host)
        if key := t.get("site") or urlsplit(t.get("url") or "").hostname:
            buckets.setdefault(key, []).append(t)
    groups = []
    for bucket in buckets.values():
        marks, hosts = [], []
        for t in bucket:
            raw = page_bytes(corpus, t)
            parsed = parse_page(raw, t.get("url")) if raw else None
            marks.append(template_marks(parsed[0]) if parsed else frozenset())
            hosts.append(urlsplit(t.get("url") or "").hostname or "")
        same = [[bool(hosts[i]) and hosts[i] == hosts[j] or len(marks[i] & marks[j]) >= SHARED_MARKS
                 for j in range(len(bucket))] for i in range(len(bucket))]
        parts = [[bucket[i] for i in part] for part in _components(same)]
        groups += [g for g in parts if len(g) >= 2]
    return groups


def _components(joined: list[list[bool]]) -> list[list[int]]:
    """The connected components of the graph whose adjacency matrix is ``joined``, in index order."""
    seen: set[int] = set()
    out = []
    for start in range(len(joined)):
        if start in seen:
            continue
        part, todo = [], [start]
        seen.add(start)
        while todo:
            i = todo.pop()
            part.append(i)
            for j, linked in enumerate(joined[i]):
                if linked and j not in seen:
                    seen.add(j)
                    todo.append(j)
        out.append(sorted(part))
    return out


def _clean(raw: bytes, url: str | None, profile=None) -> tuple[dict, object]:
    """(result dict, the page's traits or None) of one cleaning."""
    try:
        article, traits = clean_and_describe(raw, url, profile=profile)
        return article.to_dict(), traits
    except CleanError as e:
        return {"text": "", "error": str(e), "findings": []}, None


def run(corpus: Path, rows: list[dict], foreign: bool, profiles: bool = False
        ) -> tuple[list[dict], float, list[dict]]:
    """(results, pages/s, results of the page-alone run): with ``profiles``, each page of a site
    (``site_groups``) is cleaned alone first (what its traits are taken from), then again with the
    profile built from the traits of the *other* pages of its site; the page-alone results are
    returned besides (the same as a run without profiles), and pages/s counts both cleanings."""
    out, alone, seconds = [], [], 0.0
    pages = {t["id"]: raw for t in rows if (raw := page_bytes(corpus, t)) is not None}
    url_of = {t["id"]: FOREIGN.format(id=t["id"]) if foreign else t.get("url") for t in rows}
    traits: dict[str, object] = {}
    start = time.perf_counter()
    for t in rows:
        if t["id"] in pages:
            r, traits[t["id"]] = _clean(pages[t["id"]], url_of[t["id"]])
            r["id"] = t["id"]
            alone.append(r)
    seconds += time.perf_counter() - start
    if not profiles:
        return alone, len(alone) / seconds if seconds else 0.0, alone
    by_page: dict[str, object] = {}
    for group in site_groups(corpus, [t for t in rows if t["id"] in pages]):
        for t in group:
            builder = ProfileBuilder()
            for other in group:
                if other is not t and traits.get(other["id"]) is not None:
                    builder.add(traits[other["id"]])
            if builder.pages:
                by_page[t["id"]] = builder.profile()
    start = time.perf_counter()
    for r in alone:
        if r["id"] in by_page:
            r = {**_clean(pages[r["id"]], url_of[r["id"]], by_page[r["id"]])[0], "id": r["id"]}
        out.append(r)
    seconds += time.perf_counter() - start
    return out, 2 * len(out) / seconds if seconds else 0.0, alone


def profile_changes(truth: list[dict], results: list[dict], alone: list[dict], scorer) -> list[str]:
    """What the profiles changed, page by page: flag, residue, title (every change on a page that
    is not hijacked is reported)."""
    by_id = {t["id"]: t for t in truth}
    lines = []
    for r, a in zip(results, alone):
        t = by_id[r["id"]]
        gold = "HIJ" if t.get("hijacked") else "legit" if t.get("legit") else "clean"
        notes = []
        if bool(r.get("hijacked")) != bool(a.get("hijacked")):
            notes.append(f"flag {bool(a.get('hijacked'))}->{bool(r.get('hijacked'))}")
        if t.get("spam_strings"):
            left = [[s for s in t["spam_strings"] if scorer.squash(s) in scorer.squash(
                " ".join(str(x.get(k) or "") for k in ("title", "text", "source", "author")))] for x in (a, r)]
            if left[0] != left[1]:
                notes.append(f"residue {left[0][:3]}->{left[1][:3]}")
        for k in ("title", "source", "author"):
            if (a.get(k) or "") != (r.get(k) or ""):
                notes.append(f"{k} {a.get(k)!r}->{r.get(k)!r}")
        if (a.get("text") or "") != (r.get("text") or ""):
            notes.append(f"text {len(a.get('text') or '')}->{len(r.get('text') or '')} chars")
        if notes:
            lines.append(f"  PROFILE {r['id']} ({gold}): " + "; ".join(notes)[:300])
    return lines


def summarise(name: str, truth: list[dict], results: list[dict], scorer, pps: float, show: bool) -> str:
    by_id = {t["id"]: t for t in truth}
    tp = fp = fn = 0
    spam_pages = residue = title_ok = title_n = legit_damaged = 0
    false_kinds: Counter = Counter()
    notes = []
    for r in results:
        t = by_id[r["id"]]
        gold = bool(t.get("hijacked"))
        flag = bool(r.get("hijacked"))
        tp += gold and flag
        fp += flag and not gold
        fn += gold and not flag
        if flag and not gold:
            kinds = sorted({f["kind"] for f in r["findings"]})
            false_kinds.update(kinds)
            notes.append(f"  FALSE FLAG {r['id']}: " + "; ".join(
                f"{f['kind']}@{f['where']}: {f['evidence'][:80]}" for f in r["findings"][:4]))
        if gold and not flag:
            notes.append(f"  MISSED {r['id']}")
        out = scorer.squash(" ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author")))
        if t.get("spam_strings"):
            spam_pages += 1
            left = [s for s in t["spam_strings"] if scorer.squash(s) in out]
            if left:
                residue += 1
                notes.append(f"  RESIDUE {r['id']}: {left[:4]}")
            if t.get("title"):
                title_n += 1
                ok = scorer.norm(r.get("title")) == scorer.norm(t["title"])
                title_ok += ok
                if not ok:
                    notes.append(f"  TITLE {r['id']}: got {r.get('title')!r} want {t['title']!r}")
        if t.get("legit") and not gold:
            # damaged: flagged, or anything removed as injected (every removal is a finding)
            removed = [f for f in r["findings"] if f["kind"] != "hidden_block"]
            if flag or removed:
                legit_damaged += 1
                notes.append(f"  LEGIT {r['id']}: flagged={flag} removed: " + "; ".join(
                    f"{f['kind']}@{f['where']}: {f['evidence'][:80]}" for f in removed[:4]))
    n = len(results)
    prec = tp / (tp + fp) if tp + fp else None
    rec = tp / (tp + fn) if tp + fn else None
    f = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
    line = (f"{name:34} n={n:3} flagged={tp + fp:3} P={f(prec)} R={f(rec)} fp={fp} fn={fn} "
            f"residue={residue}/{spam_pages} title_on_spam={title_ok}/{title_n} legit_bad={legit_damaged} "
            f"pages/s={pps:.0f}")
    if false_kinds:
        line += "  fp_kinds=" + ",".join(f"{k}:{v}" for k, v in false_kinds.most_common())
    if show and notes:
        line += "\n" + "\n".join(notes)
    return line


def text_f1(scorer, truth: list[dict], results: list[dict]) -> float:
    by_id = {t["id"]: t for t in truth}
    vals = [scorer.f1(r.get("text") or "", by_id[r["id"]].get("text") or "")[2] for r in results
            if by_id[r["id"]].get("text")]
    return sum(vals) / len(vals) if vals else 0.0


def dev_sets(args) -> list[tuple[str, Path, list[dict]]]:
    sets = []
    for name in SCORED + CLEAN_ONLY + ("inputs-spam",):
        corpus = args.shared / "corpus" / name
        if corpus.is_dir():
            rows = load_truth(corpus)
            if name == "real-l3s-en":
                dev = l3s_halves(rows, args.data)["dev"]
                rows, name = [r for r in rows if r["id"] in dev], "real-l3s-en(dev)"
            sets.append((name, corpus, rows))
    return sets + bench_folder("dev") + extract_sets(args, "dev-*")


def bench_folder(split: str) -> list[tuple[str, Path, list[dict]]]:
    """Every corpus kept in bench/data for ``split`` (as bench/extract.py finds them; the other
    split's folder is never looked into)."""
    return [(f"{d.name}({split})", d, load_truth(d)) for d in bench_data(split, [])
            if (d / "truth.jsonl").is_file()]


def extract_sets(args, pattern: str) -> list[tuple[str, Path, list[dict]]]:
    """The clean pages of $NEWSVAULT_DATA/extract/<pattern>: every flag on them is a false one."""
    return [(d.name, d, load_truth(d)) for d in sorted((args.data / "extract").glob(pattern))
            if (d / "truth.jsonl").is_file()]


def heldout_sets(args) -> list[tuple[str, Path, list[dict]]]:
    sets = bench_folder("heldout")
    l3s = args.shared / "corpus" / "real-l3s-en"
    if l3s.is_dir():
        rows = load_truth(l3s)
        held = l3s_halves(rows, args.data)["heldout"]
        if held:
            sets.append(("real-l3s-en(heldout)", l3s, [r for r in rows if r["id"] in held]))
    return sets + extract_sets(args, "heldout-*")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSVAULT_SHARED", REPO.parent.parent / "shared")))
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("NEWSVAULT_DATA", "/work/data")))
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev",
                    help="dev (tuned on) or heldout (scored once, at the end, by whoever did not tune)")
    ap.add_argument("--corpus", action="append", help="only this corpus (repeatable)")
    ap.add_argument("--show", action="store_true", help="list false flags, misses, residue, wrong titles")
    ap.add_argument("--dump", type=Path, help="write our results per corpus as JSONL into this folder")
    ap.add_argument("--profiles", action="store_true",
                    help="clean each page with a site profile built from the other pages of its site (truth's site, split by host and template: site_groups) and print the page-alone figures and every page the profile changed")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        args.shared = REPO.parent / "shared"
    spec = importlib.util.spec_from_file_location("nv_score", args.shared / "tools" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    sets = heldout_sets(args) if args.split == "heldout" else dev_sets(args)
    if args.corpus:
        sets = [s for s in sets if s[0] in args.corpus or s[0].split("(")[0] in args.corpus]

    print(f"hijack benchmark, {args.split} split (P/R of the hijacked flag; residue: spam pages with a spam "
          "string left; legit_bad: legit pages flagged or with anything removed as injected)")
    for name, corpus, rows in sets:
        for label, chosen, foreign in ((name, rows, False),
                                       (name + " @127.0.0.1", [r for r in rows if not r.get("hijacked")], True)):
            if foreign and not chosen:
                continue
            results, pps, alone = run(corpus, chosen, foreign=foreign, profiles=args.profiles)
            if args.dump and not foreign:  # (with profiles, the page-alone results go to alone/)
                for folder, rs in ((args.dump, results), (args.dump / "alone", alone if args.profiles else None)):
                    if rs is not None:
                        folder.mkdir(parents=True, exist_ok=True)
                        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
                            for r in rs:
                                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            line = summarise(label, chosen, results, scorer, pps, args.show)
            if not foreign:
                line += f"  text_f1={text_f1(scorer, chosen, results):.3f}"
            if args.profiles:
                changes = profile_changes(chosen, results, alone, scorer)
                line = (summarise(label + " alone", chosen, alone, scorer, pps, False).split("  fp_kinds")[0]
                        + "\n" + line + "\n".join(["", *changes]))
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
