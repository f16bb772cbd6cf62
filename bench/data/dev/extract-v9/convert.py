#!/usr/bin/env python3
"""Build the v9 extraction held-out set from a fetched bare git dir of MSVCode/ir-research-data.

    python3 convert.py /work/.mirror/MSVCode+ir-research-data/repo /work/data/extract

writes OUT/heldout-v9-irdata/{html/<id>.html, truth.jsonl, SOURCE.txt}; byte-identical on re-run (reads the commit
pinned below with `git show`, no network). Pages: Extraction/big5-{05,09,13,17} (Big9: 9 English news sites x 4 years)
and Extraction/chaos-all (about 240 sites, 2017), each html with a human gold text.
"""
import html as H, json, os, re, subprocess, sys

REPO = "MSVCode/ir-research-data"
COMMIT = "cbb428cea48e1392496a6542b610fb422a436b52"
NAME = "heldout-v9-irdata"

def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir] + list(args), check=True, capture_output=True).stdout

def dec(b):
    for enc in ("utf-8", "cp1252"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")

def page_text(b):
    m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', b[:4000], re.I)
    enc = m.group(1).decode("ascii", "ignore").lower() if m else "utf-8"
    try:
        return b.decode(enc, errors="replace")
    except LookupError:
        return b.decode("utf-8", errors="replace")

def norm_space(s):
    return re.sub(r"\s+", " ", H.unescape(s)).strip()

def find_url(doc):
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]+href=["\']([^"\']+)', r'<link[^>]+href=["\']([^"\']+)["\'][^>]+rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]+content=["\']([^"\']+)', r'saved from url=\(\d+\)(\S+)'):
        m = re.search(pat, doc, re.I)
        if m and m.group(1).startswith("http"):
            return H.unescape(m.group(1)).strip()
    return None

def main():
    gitdir, outroot = sys.argv[1], sys.argv[2]
    head = git(gitdir, "rev-parse", COMMIT).decode().strip()
    out = os.path.join(outroot, NAME)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    names = git(gitdir, "ls-tree", "-r", "-z", "--name-only", COMMIT, "Extraction").decode("utf-8").split("\0")
    htmls = sorted(n for n in names if re.search(r"/html/.+\.html?$", n))
    rows = []
    for n in htmls:
        sub, _, fn = n.split("/")[1:4]
        stem = re.sub(r"\.html?$", "", fn)
        gold = "Extraction/%s/gold/%s.txt" % (sub, stem)
        if gold not in names:
            continue
        m = re.fullmatch(r"(.+?) \((\d+)\)", stem)
        key = (m.group(1), int(m.group(2))) if m else (stem, 0)
        pid = "%s-%s-%02d" % (sub.replace("big5-", "big").replace("chaos-all", "chaos"), re.sub(r"[^a-z0-9]+", "_", key[0].lower()).strip("_"), key[1])
        raw = git(gitdir, "show", "%s:%s" % (COMMIT, n))
        doc = page_text(raw)
        lines = [l.strip() for l in dec(git(gitdir, "show", "%s:%s" % (COMMIT, gold))).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        lines = [l for l in lines if l]
        if not lines:
            continue
        title = None
        mt = re.search(r"<title[^>]*>(.*?)</title>", doc, re.I | re.S)
        heads = [norm_space(x) for x in re.findall(r"<h1[^>]*>(.*?)</h1>", doc, re.I | re.S)]
        heads = [re.sub(r"<[^>]+>", "", h).strip() for h in heads]
        first = norm_space(lines[0])
        if len(lines) > 1 and len(first) < 200 and ((mt and first and first in norm_space(re.sub(r"<[^>]+>", "", mt.group(1)))) or first in heads):
            title = first
            lines = lines[1:]
        rows.append(dict(id=pid, url=find_url(doc), title=title, date=None, source=None, author=None, text="\n".join(lines),
                         lang="en", subset=sub, file=n))
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(raw)
    rows.sort(key=lambda r: r["id"])
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write("repository: https://github.com/%s\ncommit: %s\n" % (REPO, head))
        f.write("licence: no licence file; README 'Term of use: Only for research purpose, please don't forget to put a reference in your paper if used.'\n")
        f.write("citation: Utomo, V. & Leu, J.-S., Subject-Assisted Extraction: Looking at Web Content Extraction from Different Side (unpublished); Automatic News-Roundup Generation using Clustering, Extraction, and Presentation, Multimedia Systems 2019, doi:10.1007/s00530-019-00638-4\n")
        f.write("pages: %d (Big9 2005/2009/2013/2017 + Chaos 2017; English news)\n" % len(rows))
        f.write("conversion: bench/data/heldout/extract-v9/convert.py; html = the dataset's .htm/.html bytes unchanged; text = the human gold .txt "
                "(utf-8, else cp1252), blank lines dropped, lines joined by \\n; title = the gold's first line when it also appears in the page <title> "
                "or an <h1> (then removed from text), else null; url from canonical/og:url/'saved from url' when present, else null; date/author/source null.\n")
    print(len(rows), "pages ->", out)

if __name__ == "__main__":
    main()
