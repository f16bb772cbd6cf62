"""Convert feryandi/CRF-Article-Extractor's hand-labelled pages into an extraction held-out set.

The repository labels every DOM element of 41 news/gov pages (data/{train,validation,test}/html/*.html)
as `content` or `ignore` in a parallel TSV (data/.../tsv/*.tsv: label, node index, tag, parent tag,
python-repr list of the element's own text nodes, list of tail texts). The gold text of a page is the
own-text of its `content` elements, in document order, one element per line.

Reads the bare git mirror with `git show` (no network, no work tree):
    python convert.py --mirror /work/.mirror/feryandi+CRF-Article-Extractor/repo/.git \
                      --out /work/data/extract/heldout-v13-crfarticle
"""
import argparse, ast, csv, io, json, os, re, subprocess, sys

csv.field_size_limit(10**8)

def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror] + list(args), check=True, capture_output=True).stdout

def pieces(cell):
    cell = cell.strip()
    if not cell or cell == "[]":
        return []
    try:
        v = ast.literal_eval(cell)
    except Exception:
        v = [cell.strip("[]'\"")]
    return [re.sub(r"\s+", " ", s).strip() for s in v if isinstance(s, str) and s.strip()]

def meta_url(html):
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]+href=["\']([^"\']+)', r'<meta[^>]+property=["\']og:url["\'][^>]+content=["\']([^"\']+)',
                r'<meta[^>]+content=["\']([^"\']+)["\'][^>]+property=["\']og:url'):
        m = re.search(pat, html, re.I)
        if m:
            return m.group(1).strip()
    return None

def meta_title(html):
    for pat in (r'<meta[^>]+property=["\']og:title["\'][^>]+content=["\']([^"\']+)', r'<meta[^>]+content=["\']([^"\']+)["\'][^>]+property=["\']og:title'):
        m = re.search(pat, html, re.I)
        if m:
            return m.group(1).strip()
    return None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rev", default="HEAD")
    a = ap.parse_args()
    commit = git(a.mirror, "rev-parse", a.rev).decode().strip()
    names = git(a.mirror, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
    htmls = sorted(n for n in names if re.match(r"data/(train|validation|test)/html/[^/]+\.html$", n))
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    rows = []
    for n, path in enumerate(htmls, 1):
        split = path.split("/")[1]
        stem = os.path.basename(path)[:-5]
        tsv = "data/%s/tsv/%s.tsv" % (split, stem)
        if tsv not in names:
            print("skip (no labels):", path, file=sys.stderr); continue
        raw = git(a.mirror, "show", "%s:%s" % (commit, path))
        lab = git(a.mirror, "show", "%s:%s" % (commit, tsv)).decode("utf-8", "replace")
        lines = []
        for rec in csv.reader(io.StringIO(lab), delimiter="\t"):
            if len(rec) >= 5 and rec[0] == "content":
                t = " ".join(pieces(rec[4]))
                if t:
                    lines.append(t)
        if not lines:
            print("skip (no content rows):", path, file=sys.stderr); continue
        cid = "crf-%s-%s" % (split, re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-"))
        with open(os.path.join(a.out, "html", cid + ".html"), "wb") as f:
            f.write(raw)
        txt = raw.decode("utf-8", "replace")
        rows.append(dict(id=cid, url=meta_url(txt), title=None, og_title=meta_title(txt), date=None, author=None,
                         text="\n".join(lines), split=split, source_path=path))
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write("repo: feryandi/CRF-Article-Extractor (https://github.com/feryandi/CRF-Article-Extractor)\n"
                "commit: %s\nlicence: none stated in the repository (research/experiment data; no LICENSE file)\n"
                "pages: %d (train/validation/test splits of the repository kept in the `split` field)\n"
                "truth: text = own text nodes of the elements hand-labelled `content` in the repository's TSV files, "
                "in document order, one element per line; title = null (not labelled; the page's og:title is kept as `og_title`, a hint only, with site suffixes); "
                "url = canonical/og:url when present; date/author not labelled (null)\n"
                "converter: newsvault bench/data/heldout/extract-v13/convert.py\n" % (commit, len(rows)))
    print(len(rows), "pages ->", a.out)

if __name__ == "__main__":
    main()
