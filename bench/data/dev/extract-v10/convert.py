"""Build the extraction held-out set heldout-v10-webbench2026 from a git snapshot of
tiptopjaw/web-content-extraction-benchmark (no network; read with git).

    python convert.py --mirror /work/.mirror/tiptopjaw+web-content-extraction-benchmark/repo \
                      --out $NEWSVAULT_DATA/extract/heldout-v10-webbench2026

Pages: release/html/<NNNN>.html.gz (gunzipped, bytes kept as served). Truth: benchmark/ground-truth/<NNNN>.json
(ground_truth.title / author / publish_date / main_content, plus its `with` / `without` snippets).
Writes html/<id>.html, truth.jsonl (id, url, title, date, source, author, text, with, without, lang) and SOURCE.txt.
"""
import argparse, gzip, json, os, re, subprocess, sys

REPO = "tiptopjaw/web-content-extraction-benchmark"
COMMIT = "977613a3a90de65c9ed5e1db251eeede7b9d9714"


class Git:
    def __init__(self, gitdir):
        self.p = subprocess.Popen(["git", "--git-dir", gitdir, "cat-file", "--batch"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)

    def get(self, spec):
        self.p.stdin.write((spec + "\n").encode()); self.p.stdin.flush()
        head = self.p.stdout.readline().decode().split()
        if len(head) < 3 or head[1] == "missing":
            return None
        data = self.p.stdout.read(int(head[2])); self.p.stdout.read(1)
        return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", required=True, help="bare git dir of " + REPO)
    ap.add_argument("--out", required=True)
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    names = subprocess.run(["git", "--git-dir", a.mirror, "ls-tree", "-r", "--name-only", a.commit, "benchmark/ground-truth/"],
                           capture_output=True, text=True, check=True).stdout.split()
    g = Git(a.mirror)
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    rows, skipped = [], 0
    for n in sorted(names):
        m = re.search(r"(\d{4})\.json$", n)
        if not m:
            continue
        fid = m.group(1)
        gt = g.get(f"{a.commit}:{n}")
        page = g.get(f"{a.commit}:release/html/{fid}.html.gz")
        if gt is None or page is None:
            skipped += 1
            continue
        d = json.loads(gt)
        t = d.get("ground_truth") or {}
        text = (t.get("main_content") or "").strip()
        if not text:
            skipped += 1
            continue
        pid = f"wb26-{fid}"
        with open(os.path.join(a.out, "html", pid + ".html"), "wb") as f:
            f.write(gzip.decompress(page))
        date = t.get("publish_date") or None
        if date and not re.match(r"^\d{4}-\d{2}-\d{2}", str(date)):
            date = None
        text = re.sub(r"\n{2,}", "\n", text)
        rows.append(dict(id=pid, url=d.get("url"), title=t.get("title") or None, date=date[:10] if date else None,
                         source=None, author=t.get("author") or None, text=text, hijacked=False, legit=False,
                         spam_strings=[], injections=[], lang="en", **{"with": t.get("with") or [], "without": t.get("without") or []}))
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"repository: https://github.com/{REPO}\ncommit: {a.commit}\nlicence: Apache-2.0 (release/LICENSE)\n"
                f"pages: release/html/NNNN.html.gz (gunzipped); truth: benchmark/ground-truth/NNNN.json "
                f"(ground_truth.title/author/publish_date/main_content; AI-generated with human verification per the upstream README)\n"
                f"converted by bench/data/heldout/extract-v10/convert.py: {len(rows)} pages, {skipped} skipped (missing page/truth or empty text);"
                f" text = main_content with blank lines collapsed; date = publish_date when YYYY-MM-DD, else null; source null\n")
    print(len(rows), "pages,", skipped, "skipped ->", a.out)


if __name__ == "__main__":
    sys.exit(main())
