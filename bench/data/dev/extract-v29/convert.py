#!/usr/bin/env python3
"""Convert the CEED pages of dzungcamlang/content-extraction (labelled "Article") into
newsvault's extraction format. Reads the git snapshot only (git show / ls-tree), no network.

usage: convert.py [--mirror /work/.mirror/dzungcamlang+content-extraction/repo] [--out DIR]
Rule: every page whose label file is CEED/Label/<n>#Article.txt, in numeric order of <n>;
pages whose CEED/Content/<n>.txt has no non-blank line are left out (none at this commit).
"""
import argparse, json, os, re, shutil, subprocess, sys

COMMIT = "badb67011f92709219ec39f5c55502e61cf30b8e"

def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror/dzungcamlang+content-extraction/repo")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    names = git(a.mirror, "ls-tree", "--name-only", COMMIT, "CEED/Label/").decode().split("\n")
    ids = sorted(int(m.group(1)) for n in names if (m := re.fullmatch(r"CEED/Label/(\d+)#Article\.txt", n)))
    html_dir = os.path.join(a.out, "html")
    if os.path.isdir(html_dir):
        shutil.rmtree(html_dir)
    os.makedirs(html_dir)
    rows, skipped = [], []
    for n in ids:
        raw = git(a.mirror, "show", f"{COMMIT}:CEED/HTML/{n}.html")
        url = git(a.mirror, "show", f"{COMMIT}:CEED/Label/{n}#Article.txt").decode("utf-8", "replace").strip() or None
        content = git(a.mirror, "show", f"{COMMIT}:CEED/Content/{n}.txt").decode("utf-8", "replace")
        lines = [re.sub(r"\s+", " ", l).strip() for l in content.replace("\r\n", "\n").split("\n")]
        text = "\n".join(l for l in lines if l)
        if not text:
            skipped.append(n)
            continue
        pid = f"ceed-{n:03d}"
        with open(os.path.join(html_dir, pid + ".html"), "wb") as f:
            f.write(raw)
        rows.append({"id": pid, "url": url, "title": None, "date": None, "source": None, "author": None,
                     "text": text, "hijacked": False, "injections": [], "spam_strings": [], "legit": False,
                     "lang": "en", "origin": f"dzungcamlang/content-extraction@{COMMIT[:7]} CEED/HTML/{n}.html + CEED/Content/{n}.txt",
                     "kind": "real-page", "site": (re.match(r"https?://([^/]+)", url or "") or [None, None])[1],
                     "capture": "html", "page_type": "Article"})
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} pages written, skipped (empty truth): {skipped}", file=sys.stderr)

if __name__ == "__main__":
    main()
