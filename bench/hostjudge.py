"""Train the host judge (scraper/clean/hostjudge.py): shrunk log-odds of host-shape features of the
hosts injected code loads, frames or sends visitors to vs the hosts clean pages do, learnt from the
dev data, with a leave-one-split-out estimate.

    .venv/bin/python bench/hostjudge.py            # train on every dev split and clean set, write the table
    .venv/bin/python bench/hostjudge.py --loso     # + each split (v1…v50, older) and each clean set left out

Positives: hosts of injected code in dev truth (bench/data/dev/*/truth.jsonl: ``target``, and the
hosts ``spam_strings``, ``injected_code``, ``evidence``, ``marker`` and the corpus's ``src/`` captures
name) that the hijacked page itself addresses as code, a frame or a redirect (a script's src, a
frame's src, a refresh, an address in its inline code) or that truth names as the ``target`` —
so a copy's origin named in the truth, or a word like ``document.write``, is no positive.
Negatives: the hosts clean pages address the same ways (the legit/clean pages of the dev corpora
and every page of the clean extraction sets $NEWSVAULT_DATA/extract/dev-*) and the page's own host.
A host in both is dropped from the positives (a vendor an injection also loads is a vendor).
Groups: a dev corpus by its split (v1…v50; "old" for unsplit ones), each clean set its own.
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

from namejudge import truth_rows  # noqa: E402  (bench/namejudge.py: bench/ is the script's folder)

from core.domains import has_public_suffix, is_ip_address, registrable_domain  # noqa: E402
from scraper.clean import hostjudge  # noqa: E402

DEV = REPO / "bench" / "data" / "dev"
EXTRACT = Path(os.environ.get("NEWSVAULT_DATA", "/work/data")) / "extract"
_SPLIT = re.compile(r"-v(\d+)[a-z]?(?:-|$)")
# A feature is kept in the table when this many distinct hosts (of both classes together) show it:
# rarer ones are one host's spelling, and the table stays small.
MIN_HOSTS = 8
# The prior's strength, in hosts: a feature's share of injected hosts is shrunk towards the base
# rate as if seen in this many more hosts at that rate, so a rare n-gram weighs near 0.
PRIOR_HOSTS = 20
# Kept only when the shrunk log-odds reach this magnitude: the rest weigh near 0 anyway.
MIN_WEIGHT = 0.3
THRESHOLDS = (4.0, 6.0, 8.0, 9.0, 10.0, 11.0, 11.7, 12.0, 13.0)

_HOST = re.compile(r"(?<![\w.@-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,22})(:\d{1,5})?(?![\w@-])",
                   re.I)
_URL_HOST = re.compile(r"(?:https?:)?//((?:[a-z0-9-]+\.)+[a-z0-9-]+)(:\d{1,5})?", re.I)
_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_SRC = re.compile(rb"""\bsrc\s*=\s*['"]?\s*([^'" >]+)""", re.I)
_FRAME = re.compile(rb"""<i?frame\b[^>]*?\bsrc\s*=\s*['"]?\s*([^'" >]+)""", re.I)
_REFRESH = re.compile(rb"""<meta\b[^>]*http-equiv\s*=\s*['"]?refresh[^>]*>""", re.I)
_FILEISH = re.compile(r"\.(?:js|css|html?|s?html|jhtml|php|aspx?|jsp|png|jpe?g|gif|webp|svg|py|md|txt|json|xml)$", re.I)


def group_of(folder: str) -> str:
    """A clean extraction set is its own group; a dev corpus is its split's (v1…v50, "old" if none)."""
    if folder.startswith("dev-"):
        return folder
    m = _SPLIT.search(folder)
    return f"v{int(m.group(1))}" if m else "old"


def _host(h: str, port: str | None = "") -> str | None:
    h = h.lower().strip(".")
    if is_ip_address(h):
        return h + (port or "")
    if "." not in h or _FILEISH.search(h) or not has_public_suffix(h) or registrable_domain(h) == h and h.count(".") == 0:
        return None
    return h + (port or "")


def addressed(raw: bytes) -> set[str]:
    """Hosts a page addresses as code, a frame or a redirect: script and frame src, a refresh,
    an address (//host) in its inline code."""
    out: set[str] = set()

    def add(text: str) -> None:
        for m in _URL_HOST.finditer(text):
            if (h := _host(m.group(1), m.group(2))) is not None:
                out.add(h)
    for m in _SCRIPT.finditer(raw):
        src = _SRC.search(m.group(1))
        if src:
            add(src.group(1).decode("latin-1"))
        add(m.group(2).decode("latin-1").replace("\\/", "/"))
    for m in _FRAME.finditer(raw):
        add(m.group(1).decode("latin-1"))
    for m in _REFRESH.finditer(raw):
        add(m.group(0).decode("latin-1").replace("url=", "url=//").replace("URL=", "URL=//").replace("////", "//"))
    return out


_ATTR = re.compile(rb"""<(?!script\b)[a-z][\w-]*\b[^>]*?\b(?:href|src|action|data)\s*=\s*['"]?\s*([^'" >]+)""", re.I)
_UNSHOWN = re.compile(rb"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.I | re.S)


def unnamed_code_hosts(raw: bytes) -> set[str]:
    """Hosts only a page's inline code addresses (what it would create, write or go to when run):
    no script, link, image, frame or form of the page names the site, nor its text, nor a
    script's src (the readers of a static tag ask those)."""
    code: set[str] = set()
    for m in _SCRIPT.finditer(raw):
        if not _SRC.search(m.group(1)):
            for u in _URL_HOST.finditer(m.group(2).decode("latin-1").replace("\\/", "/")):
                if (h := _host(u.group(1), u.group(2))) is not None:
                    code.add(h)
    if not code:
        return code
    named = {registrable_domain(h.split(":")[0]) for m in _ATTR.finditer(raw)
             for u in _URL_HOST.finditer(m.group(1).decode("latin-1")) if (h := _host(u.group(1)))}
    named |= {registrable_domain(h.split(":")[0]) for m in _SCRIPT.finditer(raw) if (s := _SRC.search(m.group(1)))
              for u in _URL_HOST.finditer(s.group(1).decode("latin-1")) if (h := _host(u.group(1)))}
    text = _UNSHOWN.sub(b" ", raw).decode("latin-1").lower()
    return {h for h in code if registrable_domain(h.split(":")[0]) not in named
            and registrable_domain(h.split(":")[0]) not in text}


def _named_hosts(text: str) -> set[str]:
    return {h for m in _HOST.finditer(text) if (h := _host(m.group(1), m.group(2))) is not None}


def _page(folder: Path, pid: str) -> bytes | None:
    for ext in ("html", "htm"):
        if (path := folder / "html" / f"{pid}.{ext}").is_file():
            return path.read_bytes()
    return None


def _own(url: str | None) -> set[str]:
    m = _URL_HOST.search(url or "")
    return {h for h in [_host(m.group(1))] if h} if m else set()


# per group, (page id, hosts only its inline code addresses) of hijacked and of clean pages
gated: dict[str, list[tuple[str, list[str]]]] = {}
clean_gated: dict[str, list[tuple[str, list[str]]]] = {}


def collect() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, list[set[str]]]]:
    """Per group: positive hosts, negative hosts, and the off-site addressed hosts of each clean page."""
    pos: dict[str, set[str]] = {}
    neg: dict[str, set[str]] = {}
    pages: dict[str, list[set[str]]] = {}
    gated.clear()
    clean_gated.clear()
    folders = sorted(p for p in DEV.iterdir() if p.is_dir()) + sorted(p for p in EXTRACT.glob("dev-*") if p.is_dir())
    for folder in folders:
        group = group_of(folder.name)
        captured: set[str] = set()
        if (folder / "src").is_dir():
            for f in sorted((folder / "src").iterdir()):
                captured |= _named_hosts(f.read_text(encoding="utf-8", errors="replace"))
        for row in truth_rows(folder):
            raw = _page(folder, row["id"])
            hosts = addressed(raw) if raw else set()
            own = _own(row.get("url"))
            own_sites = {registrable_domain(h.split(":")[0]) for h in own}
            if row.get("hijacked") or row.get("injections"):
                named = _named_hosts(json.dumps([row.get(k) for k in ("spam_strings", "injected_code", "evidence",
                                                                       "marker")], ensure_ascii=False))
                target = _named_hosts(row["target"]) if isinstance(row.get("target"), str) else set()
                found = ((named | captured) & hosts) | target
                pos.setdefault(group, set()).update(
                    h for h in found if registrable_domain(h.split(":")[0]) not in own_sites)
                gated.setdefault(group, []).append((row["id"], sorted(
                    h for h in (unnamed_code_hosts(raw) if raw else set())
                    if registrable_domain(h.split(":")[0]) not in own_sites)))
            else:
                away = {h for h in hosts if registrable_domain(h.split(":")[0]) not in own_sites}
                neg.setdefault(group, set()).update(away | own)
                pages.setdefault(group, []).append(away)
                clean_gated.setdefault(group, []).append((row["id"], sorted(
                    h for h in (unnamed_code_hosts(raw) if raw else set())
                    if registrable_domain(h.split(":")[0]) not in own_sites)))
    return pos, neg, pages


def features(host: str) -> list[str]:
    return ["g:" + g for g in set(hostjudge.grams(host))] + ["s:" + f for f in hostjudge.shape(host)]


def train(pos: set[str], neg: set[str], feats: dict[str, list[str]]) -> dict[str, float]:
    cp: Counter[str] = Counter(f for h in pos for f in feats[h])
    cn: Counter[str] = Counter(f for h in neg for f in feats[h])
    base = len(pos) / (len(pos) + len(neg))
    table = {}
    for f in sorted(set(cp) | set(cn)):
        if cp[f] + cn[f] < MIN_HOSTS:
            continue
        share = (cp[f] + PRIOR_HOSTS * base) / (cp[f] + cn[f] + PRIOR_HOSTS)
        w = math.log(share / (1 - share)) - math.log(base / (1 - base))
        if abs(w) >= MIN_WEIGHT:
            table[f] = round(w, 2)
    return table


def loso(pos: dict[str, set[str]], neg: dict[str, set[str]], pages: dict[str, list[set[str]]],
         feats: dict[str, list[str]]) -> dict[float, list[int]]:
    """Each group (a split's corpora, or one clean set) left out in turn: trained on the rest,
    measured on it — recall on its injected hosts unseen in training; false positives on its clean
    hosts unseen in training; and, on its pages, hosts only their inline code addresses (what the
    run's readers would newly ask): clean pages reached, hijacked pages reached by one of their
    injected hosts (right reason)."""
    every_neg = set().union(*neg.values())
    groups = sorted(set(pos) | set(neg) | set(gated) | set(clean_gated), key=lambda g: (g.startswith("dev-"), len(g), g))
    t_ = THRESHOLDS
    tot = {k: {t: [0, 0] for t in t_} for k in ("R", "FPR", "clean pages", "hijacked pages", "caught right")}
    worst: list[tuple[float, str, str]] = []
    caught: dict[float, list[str]] = {t: [] for t in t_}
    flagged: dict[float, list[str]] = {t: [] for t in t_}
    print("left out        inj  R@" + " R@".join(f"{t:<4}" for t in t_) + "  clean-gated pages flagged @" + " @".join(map(str, t_)))
    for group in groups:
        p_train = set().union(*(v for k, v in pos.items() if k != group))
        n_train = set().union(*(v for k, v in neg.items() if k != group))
        table = train(p_train, n_train, feats)
        test = sorted(pos.get(group, set()) - p_train - n_train)
        unseen = sorted(neg.get(group, set()) - n_train - p_train)
        s = {h: hostjudge.score(h, table) for h in set(test) | set(unseen)
             | {h for _, hs in gated.get(group, []) + clean_gated.get(group, []) for h in hs}}
        worst += [(s[h], h, group) for h in unseen]
        cells, pcells = [], []
        for t in t_:
            tp = sum(s[h] >= t for h in test)
            tot["R"][t][0] += tp
            tot["R"][t][1] += len(test)
            tot["FPR"][t][0] += sum(s[h] >= t for h in unseen)
            tot["FPR"][t][1] += len(unseen)
            fl = [pid for pid, hs in clean_gated.get(group, []) if any(s[h] >= t for h in hs)]
            flagged[t] += [f"{pid}:" + ",".join(h for h in hs if s[h] >= t)
                           for pid, hs in clean_gated.get(group, []) if pid in fl]
            tot["clean pages"][t][0] += len(fl)
            tot["clean pages"][t][1] += len(clean_gated.get(group, []))
            hit = [pid for pid, hs in gated.get(group, []) if any(s[h] >= t for h in hs)]
            right = [pid for pid, hs in gated.get(group, []) if any(s[h] >= t and h in pos.get(group, ()) for h in hs)]
            caught[t] += right
            tot["hijacked pages"][t][0] += len(hit)
            tot["hijacked pages"][t][1] += len(gated.get(group, []))
            tot["caught right"][t][0] += len(right)
            tot["caught right"][t][1] += len(gated.get(group, []))
            cells.append(f"{tp / len(test):.2f}" if test else "  - ")
            pcells.append(str(len(fl)))
        if test or any(p != "0" for p in pcells):
            print(f"{group:<15} {len(test):4d} " + "  ".join(cells) + "   " + " ".join(f"{p:>3}" for p in pcells))
    for k, v in tot.items():
        print(f"pooled {k:<15} " + "  ".join(f"@{t}: {a}/{b}" for t, (a, b) in v.items()))
    print("top clean hosts out of split: " + ", ".join(f"{h} {w:.2f} ({g})" for w, h, g in sorted(worst, reverse=True)[:20]))
    for t in t_:
        print(f"@{t} hijacked pages caught out of split (right host): {' '.join(sorted(caught[t]))}")
        print(f"@{t} clean pages reached out of split: {' '.join(sorted(flagged[t])[:30])}")
    print(f"hosts: {len(set().union(*pos.values()))} injected, {len(every_neg)} clean")
    return {t: v for t, v in tot["clean pages"].items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--cache", help="a JSON file of the collected hosts (read if it exists, else written)")
    args = ap.parse_args()
    if args.cache and Path(args.cache).is_file():
        saved = json.loads(Path(args.cache).read_text(encoding="utf-8"))
        pos = {k: set(v) for k, v in saved["pos"].items()}
        neg = {k: set(v) for k, v in saved["neg"].items()}
        pages = {k: [set(p) for p in v] for k, v in saved["pages"].items()}
        gated.update({k: [tuple(p) for p in v] for k, v in saved["gated"].items()})
        clean_gated.update({k: [tuple(p) for p in v] for k, v in saved["clean_gated"].items()})
    else:
        pos, neg, pages = collect()
        if args.cache:
            Path(args.cache).write_text(json.dumps({"pos": {k: sorted(v) for k, v in pos.items()},
                                                    "neg": {k: sorted(v) for k, v in neg.items()},
                                                    "pages": {k: [sorted(p) for p in v] for k, v in pages.items()},
                                                    "gated": gated, "clean_gated": clean_gated}))
    every_neg = set().union(*neg.values())
    pos = {k: v - every_neg for k, v in pos.items()}  # a vendor an injection also loads is a vendor
    feats = {h: features(h) for h in set().union(*pos.values(), *neg.values())}
    if args.loso:
        loso(pos, neg, pages, feats)
    if not args.no_write:
        table = train(set().union(*pos.values()), every_neg, feats)
        with hostjudge.TABLE.open("w", encoding="utf-8") as f:
            f.write("# feature<TAB>log-odds (injected vs clean pages' hosts), written by bench/hostjudge.py; do not edit\n")
            for g, w in sorted(table.items()):
                f.write(f"{g}\t{w}\n")
        print(f"table: {len(table)} features → {hostjudge.TABLE}")


if __name__ == "__main__":
    main()
