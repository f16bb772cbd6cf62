"""Rebuild every extraction set of $NEWSVAULT_DATA/extract/ from the fetched git snapshots (after a machine reset).

    .venv/bin/python bench/rebuild_data.py --list      # the repositories to fetch (github:owner/name)
    .venv/bin/python bench/rebuild_data.py             # build every set whose snapshots are present (make data)

It runs bench/datasets.py (the dev-* sets it knows), then each split's converter
(bench/data/dev/extract-v*/convert.py; a held-out split's under bench/data/heldout/) into the `dev-vN-<name>` /
`heldout-vN-<name>` folder its README names (the old folder removed first), in version order: later
converters leave out pages the older dev sets hold. datasets.py reads ../shared/corpus (or $NEWSVAULT_SHARED).
A set whose snapshot is absent is skipped with a one-line note; a set's validator (validate.py), when it has
one, is run and its last line printed.
Nothing of a held-out set is printed but its page count and its validator's pass/fail.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datasets import mirror_dir  # noqa: E402  (bench/ is not a package)

REPO = Path(__file__).resolve().parent.parent
DEV, HELD = REPO / "bench/data/dev", REPO / "bench/data/heldout"


def split_dir(name: str) -> Path:
    """A converter's folder: under heldout/ while its split is held out, under dev/ once it is spent."""
    return HELD / name if (HELD / name).is_dir() else DEV / name


# name, converter folder, repositories ({0}, {1}, ... in the arguments: their git dirs), arguments.
# {out}: the set's folder; {extract}: the folder of all sets; {mirror}: the snapshots; {dev}: bench/data/dev;
# {stage}: a scratch folder, for a converter that names its own output (the last item: that name, renamed).
CONVERTERS: list[tuple[str, Path, list[str], list[str], str | None]] = [
    ("dev-v9-irdata", DEV / "extract-v9", ["MSVCode/ir-research-data"], ["{0}", "{stage}"], "heldout-v9-irdata"),
    ("dev-v10-webbench2026", DEV / "extract-v10", ["tiptopjaw/web-content-extraction-benchmark"],
     ["--mirror", "{0}", "--out", "{out}"], None),
    ("dev-v13-crfarticle", DEV / "extract-v13", ["feryandi/CRF-Article-Extractor"],
     ["--mirror", "{0}", "--out", "{out}"], None),
    ("dev-v16-htmltotext", DEV / "extract-v16", ["leogao2/htmltotext-benchmark"], ["{0}", "{out}"], None),
    ("dev-v17-twnews", DEV / "extract-v17", ["virus-warnning/twnews"],
     ["--mirror", "{mirror}", "--out", "{extract}", "--name", "dev-v17-twnews"], None),
    ("dev-v18-wacxii", DEV / "extract-v18", ["TurkuNLP/WAC-XII"], ["--mirror", "{mirror}", "--out", "{extract}"], None),
    ("dev-v19-articlex", DEV / "extract-v19", ["AndyTheFactory/article-extraction-dataset"],
     ["--mirror", "{mirror}", "--out", "{extract}", "--name", "dev-v19-articlex"], None),
    ("dev-v20-omnivore", DEV / "extract-v20", ["omnivore-app/omnivore", "mozilla/readability"],
     ["--mirror", "{mirror}", "--out", "{extract}", "--name", "dev-v20-omnivore"], None),
    ("dev-v21-evanextract", DEV / "extract-v21", ["WubabooTR/evan_extract"],
     ["--mirror", "{mirror}", "--out", "{out}"], None),
    ("dev-v22-newspaper4k", DEV / "extract-v22", ["AndyTheFactory/newspaper4k"],
     ["--mirror", "{0}", "--out", "{extract}"], None),
    ("dev-v24-llmwebkit", DEV / "extract-v24", ["ccprocessor/llm-webkit-mirror"], ["{0}", "{out}"], None),
    ("dev-v27-multiboilerzh", DEV / "extract-v27",
     ["harukip/multitask-boilerplate-removal", "immortal-autumn/Chinese-Web-Content-Extraction-Dataset"],
     ["{0}", "{out}", "{1}"], None),
    ("dev-v29-ceed", DEV / "extract-v29", ["dzungcamlang/content-extraction"],
     ["--mirror", "{0}", "--out", "{out}"], None),
    ("dev-v31-danielzh", DEV / "extract-v31", ["rundimeco/waddle"], ["--repo", "{0}", "--out", "{out}"], None),
    ("dev-v33-twparser", DEV / "extract-v33", ["lulalala/taiwanese_news_parser"],
     ["--mirror", "{0}", "--out", "{out}"], None),
    ("dev-v34-xmunews", DEV / "extract-v34", ["wwwxmu/Dataset-for-web-main-content-extraction"],
     ["--repo", "{0}", "--out", "{out}"], None),
    ("dev-v35-gtrends", DEV / "extract-v35", ["sakata-yusuke-75/boilernet_japanese"],
     ["--repo", "{0}", "--out", "{out}"], None),
    ("dev-v36-canola", DEV / "extract-v36", ["krdwrd/data"], ["{0}", "{out}"], None),
    ("dev-v37-fundeval", DEV / "extract-v37", ["dobbersc/fundus-evaluation"], ["--repo", "{0}", "--out", "{out}"], None),
    ("dev-v38-twevent", DEV / "extract-v38", ["MichelleHS777/Boilerplate-Removal"],
     ["twevent", "{0}", "{out}", "--dev-extract", "{extract}"], None),
    ("dev-v38-crawlertest", DEV / "extract-v38", ["alan-turing-institute/misinformation-crawler"],
     ["crawlertest", "{0}", "{out}", "--dev-extract", "{extract}"], None),
    ("dev-v39-gnetest", DEV / "extract-v39", ["GeneralNewsExtractor/GeneralNewsExtractor"],
     ["--repo", "{0}", "--out", "{out}"], None),
    ("dev-v40-mercuryfork", DEV / "extract-v40", ["jocmp/mercury-parser", "postlight/parser", "omnivore-app/omnivore"],
     ["--repo", "{0}", "--postlight", "{1}", "--omnivore", "{2}", "--dev-root", "{dev}", "--extract-root", "{extract}",
      "--out", "{out}"], None),
    ("dev-v40-bearmercury", DEV / "extract-v40",
     ["shinyfrog/mercury-parser", "postlight/parser", "omnivore-app/omnivore", "jocmp/mercury-parser"],
     ["--repo", "{0}", "--postlight", "{1}", "--omnivore", "{2}", "--exclude", "{3}", "--new-hosts-only", "--prefix",
      "bm40", "--dev-root", "{dev}", "--extract-root", "{extract}", "--out", "{out}"], None),
    ("dev-v41-pkfixtures", DEV / "extract-v41", ["pankaj28843/article-extractor"],
     ["--repo", "{0}", "--out", "{out}", "--others", "{extract}"], None),
    ("dev-v42-kaoriya", DEV / "extract-v42", ["koron/java-extractarticle"], ["--repo", "{0}", "--out", "{out}"], None),
    ("dev-v43-ferretpt", DEV / "extract-v43", ["victormartinez/ferret"], ["--repo", "{0}", "--out", "{out}"], None),
    ("dev-v44-rucnews", DEV / "extract-v44", ["ShermanHou/Search_Engine"], ["--mirror", "{0}", "--out", "{out}"], None),
    ("dev-v45-thunews", DEV / "extract-v45", ["Terranlee/THUSearch"], ["{0}", "{out}"], None),
    ("dev-v46-nkunews", DEV / "extract-v46", ["cocoonYh/IR"], ["{0}", "{out}"], None),
    ("dev-v47-palladian", DEV / "extract-v47", ["palladian/palladian"], ["{0}", "{out}"], None),
    ("dev-v48-goosego", DEV / "extract-v48", ["advancedlogic/GoOse"], ["{0}", "{out}"], None),
    ("dev-v49-dpppress", DEV / "extract-v49", ["kiang/dpp.org.tw"], ["--mirror", "{0}", "--out", "{out}"], None),
    ("dev-v50-cctwblog", DEV / "extract-v50", ["ocftw/creativecommons.tw"], ["--mirror", "{0}", "--out", "{out}"], None),
    ("dev-v51-wxbeitong", DEV / "extract-v51", ["project-polymorph/beitong-raw-content"],
     ["--mirror", "{0}", "--out", "{out}"], None),
    # v52 held out from 2026-12-08 (bench/data/heldout/extract-v52); named dev-v52-... once it is spent and moved.
    ("heldout-v52-neteaseent", split_dir("extract-v52"), ["abhay123lp/newshtmlextractor"],
     ["--mirror", "{0}", "--out", "{out}"], None),
]
# Validators whose command line is not `validate.py <set folder>`.
VALIDATE_ARGS = {"dev-v38-twevent": ["{set}", "--dev-extract", "{extract}"],
                 "dev-v38-crawlertest": ["{set}", "--dev-extract", "{extract}"], "dev-v44-rucnews": ["--set", "{set}"]}


def pages(folder: Path) -> int:
    with (folder / "truth.jsonl").open(encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def run_converter(name: str, folder: Path, repos: list[str], argv: list[str], made: str | None, mirror: Path,
                  out: Path) -> str:
    """Build one set with its converter (and check it with its validator); returns the line to print."""
    gits = [mirror_dir(mirror, r) for r in repos]
    absent = [r for r, g in zip(repos, gits) if g is None]
    if absent:
        return f"{name}: no snapshot of {', '.join(absent)} under {mirror} (fetch github:{absent[0]}), skipped"
    final, stage = out / name, out / ".rebuild"
    shutil.rmtree(final, ignore_errors=True)
    shutil.rmtree(stage, ignore_errors=True)
    fill = {"out": final, "stage": stage, "mirror": mirror, "extract": out, "dev": DEV}
    args = [a.format(*gits, **fill) for a in argv]
    held = name.startswith("heldout")
    proc = subprocess.run([sys.executable, str(folder / "convert.py"), *args], cwd=REPO, capture_output=True,
                          text=True)
    if made and (stage / made).is_dir():
        (stage / made).rename(final)
    shutil.rmtree(stage, ignore_errors=True)
    if proc.returncode or not (final / "truth.jsonl").is_file():
        shutil.rmtree(final, ignore_errors=True)
        said = (proc.stderr or proc.stdout).strip().splitlines()
        return f"{name}: converter failed (exit {proc.returncode})" + ("" if held or not said else ": " + said[-1])
    if (folder / "SOURCE.txt").is_file() and not (final / "SOURCE.txt").exists():  # written by hand (v31)
        shutil.copy(folder / "SOURCE.txt", final / "SOURCE.txt")
    line = f"{name}: {pages(final)} pages from {', '.join(repos)}"
    validator = folder / "validate.py"
    if validator.is_file():
        v_args = [a.format(set=final, extract=out) for a in VALIDATE_ARGS.get(name, ["{set}"])]
        v = subprocess.run([sys.executable, str(validator), *v_args], cwd=REPO, capture_output=True,
                           text=True)
        last = (v.stdout + v.stderr).strip().splitlines()
        if held:  # only its summary line (counts), never a problem line that could quote a page
            last = [s for s in last if s[:1].isdigit()]
        line += f"; validate.py exit {v.returncode}: {last[-1] if last else ''}"
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="the fetched snapshots")
    ap.add_argument("--out", type=Path, default=Path(os.environ.get("NEWSVAULT_DATA", "/work/data")) / "extract",
                    help="where the sets go (default $NEWSVAULT_DATA/extract)")
    ap.add_argument("--only", help="comma-separated set names (default: all)")
    ap.add_argument("--list", action="store_true", help="print the repositories to fetch and stop")
    a = ap.parse_args(argv)
    datasets = [sys.executable, str(REPO / "bench/datasets.py"), "--mirror", str(a.mirror), "--out", str(a.out)]
    if a.list:
        listed = subprocess.run(datasets + ["--list"], capture_output=True, text=True, check=True).stdout
        repos = {line.split()[1].removeprefix("github:") for line in listed.splitlines()}
        repos |= {r for c in CONVERTERS for r in c[2]}
        print("\n".join(f"github:{r}" for r in sorted(repos, key=str.lower)))
        return 0
    only = set(a.only.split(",")) if a.only else None
    a.out.mkdir(parents=True, exist_ok=True)
    listed = subprocess.run(datasets + ["--list"], capture_output=True, text=True, check=True).stdout
    known = [line.split()[0] for line in listed.splitlines()]
    mine = [n for n in known if only is None or n in only]
    if mine:
        subprocess.run(datasets + ["--only", ",".join(mine)], cwd=REPO)
    for name, folder, repos, args, made in CONVERTERS:
        if only is None or name in only:
            print(run_converter(name, folder, repos, args, made, a.mirror, a.out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
