"""Convert ccprocessor/llm-webkit-mirror's bench pages (bench/data/origin + groundtruth) into an extraction set.

Usage: python convert.py MIRROR_GIT_DIR OUT_DIR   (reads with `git show`, no network)
Truth text = the dataset's human-checked `content` (markdown) with markdown syntax removed
(heading marks, table rules and pipes, code fences, emphasis, image/link syntax), paragraphs joined by "\n".
Title = the first level-1 title block of `content_list` if any, else null. date/author: null (not in the dataset).
"""
import json, os, re, subprocess, sys

def git(repo, *a):
    return subprocess.run(["git", "--git-dir", repo, *a], check=True, capture_output=True).stdout

def demd(md):
    out, fence = [], False
    for line in md.splitlines():
        s = line.strip()
        if s.startswith("```"):
            fence = not fence
            continue
        if not s:
            continue
        if re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", s):
            continue
        if not fence:
            s = re.sub(r"^#{1,6}\s+", "", s)
            s = re.sub(r"^>\s*", "", s)
            s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)
            s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
            s = re.sub(r"(\*\*|__)(.+?)\1", r"\2", s)
            if s.startswith("|") and s.endswith("|"):
                s = " ".join(c.strip() for c in s.strip("|").split("|") if c.strip())
        s = s.strip()
        if s:
            out.append(s)
    return "\n".join(out)

def title_of(d):
    for block in (d.get("content_list") or [[]])[0]:
        if block.get("type") == "title":
            c = block.get("content") or {}
            if str(c.get("level")) == "1":
                return c.get("title_content")
    return None

def main(repo, out):
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", "bench/data/groundtruth/").decode().split()
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for n in sorted(names):
        stem = os.path.splitext(os.path.basename(n))[0]
        try:
            html = git(repo, "show", f"HEAD:bench/data/origin/{stem}.html")
        except subprocess.CalledProcessError:
            continue
        d = json.loads(git(repo, "show", f"HEAD:{n}").decode("utf-8").splitlines()[0])
        text = demd(d.get("content") or "")
        if not text:
            continue
        pid = "lwk-" + stem.replace("_", "-")
        open(os.path.join(out, "html", pid + ".html"), "wb").write(html)
        rows.append(dict(id=pid, url=d.get("url"), title=title_of(d), date=None, author=None, source=None, text=text))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    with open(os.path.join(out, "SOURCE.txt"), "w") as f:
        f.write(f"repo: ccprocessor/llm-webkit-mirror (github)\ncommit: {commit}\n"
                "files: bench/data/origin/*.html (pages as captured) + bench/data/groundtruth/*.jsonl (human-checked main content)\n"
                "licence: none stated (no LICENSE file; README's 'License Information' section is empty) - kept outside the repository\n"
                f"pages: {len(rows)}; truth: full text (markdown stripped), title where a level-1 heading is marked, no date/author\n"
                "converter: bench/data/dev/extract-v24/convert.py (branch k24)\n")
    print(len(rows))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
