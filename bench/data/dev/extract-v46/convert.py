#!/usr/bin/env python3
"""Build the v46x extraction set `nkunews` (`dev-v46-nkunews`; written as `pending-v46-nkunews`, held out as
`heldout-v46-nkunews` from 2026-12-07, when v45 was spent, dev since v46 was spent, 2026-12-07) from a mirror of
cocoonYh/IR.

usage: convert.py MIRROR_GIT_DIR OUT_DIR [--spec spec.json]

MIRROR_GIT_DIR is the git directory fetched under /work/.mirror/ (read with
`git show`, no work tree needed); OUT_DIR is e.g.
/work/data/extract/dev-v46-nkunews.  Deterministic: same commit, same
output (files written in id order, sorted keys, no timestamps).

Truth is keeper-written (rules in spec.json, written after reading the pages):
the site's CMS wraps each field in marker comments, and the rules below read
the text between those markers; no extractor is run.
"""
import hashlib
import html
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git_show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def between(doc, begin_re, end_re):
    m = re.search(begin_re, doc)
    if not m:
        return None
    n = re.search(end_re, doc[m.end():])
    if not n:
        return None
    return doc[m.end():m.end() + n.start()]


BLOCK_END = re.compile(r"(?is)</(p|div|h[1-6]|li|tr|table|center)\s*>|<br\s*/?>")


def to_text(fragment):
    """Paragraph text of a content fragment: one line per block, tags dropped."""
    frag = re.sub(r"(?is)<!--.*?-->", "", fragment)
    frag = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", frag)
    frag = BLOCK_END.sub("\n", frag)
    frag = re.sub(r"(?is)<p\b[^>]*>", "\n", frag)
    frag = re.sub(r"(?s)<[^>]+>", "", frag)
    frag = html.unescape(frag)
    lines = []
    for line in frag.split("\n"):
        line = line.replace("\u00a0", " ").replace("\u3000", " ")
        line = re.sub(r"[ \t\r\f\v]+", " ", line).strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def one_line(fragment):
    return " ".join(to_text(fragment).split()) if fragment is not None else None


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    gitdir, out = argv[1], argv[2]
    spec_path = argv[argv.index("--spec") + 1] if "--spec" in argv else os.path.join(HERE, "spec.json")
    spec = json.load(open(spec_path, encoding="utf-8"))
    commit = spec["commit"]
    head = subprocess.run(["git", "--git-dir", gitdir, "cat-file", "-t", commit],
                          capture_output=True, text=True)
    if head.returncode != 0:
        sys.exit(f"commit {commit} not in {gitdir}")

    index = {}
    for line in git_show(gitdir, commit, spec["index_file"]).decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            index[parts[0]] = parts[1]

    rows, skipped = [], {}
    for key in sorted(index, key=int):
        url = index[key]
        if not re.match(spec["article_url_re"], url):
            skipped["not an article url"] = skipped.get("not an article url", 0) + 1
            continue
        if url.split("/")[3] in spec["exclude_url_dirs"]:
            skipped["topic or index page"] = skipped.get("topic or index page", 0) + 1
            continue
        raw = git_show(gitdir, commit, f"{spec['pages_dir']}{key}.html")
        doc = raw.decode(spec["saved_encoding"])  # strict: fails loudly on a bad byte
        m = re.search(r"(?is)<div class=\"news-title\">\s*<h2>(.*?)</h2>", doc)
        body = between(doc, re.escape(spec["markers"]["content"][0]), re.escape(spec["markers"]["content"][1]))
        if not m or body is None:
            skipped["no article template"] = skipped.get("no article template", 0) + 1
            continue
        title = one_line(m.group(1))
        text = to_text(body)
        if title and title.startswith(tuple(spec["exclude_title_prefixes"])):
            skipped["topic or index page"] = skipped.get("topic or index page", 0) + 1
            continue
        if any(r["text"] == text for r in rows):
            skipped["same text as an earlier page"] = skipped.get("same text as an earlier page", 0) + 1
            continue
        if not title or len(text) < spec["min_text_chars"]:
            skipped["empty title or short text"] = skipped.get("empty title or short text", 0) + 1
            continue
        date = one_line(between(doc, re.escape(spec["markers"]["date"][0]), re.escape(spec["markers"]["date"][1])))
        dm = re.match(r"(\d{4}-\d{2}-\d{2})", date or "")
        source = one_line(between(doc, re.escape(spec["markers"]["source"][0]), re.escape(spec["markers"]["source"][1])))
        editor = one_line(between(doc, re.escape(spec["markers"]["editor"][0]), re.escape(spec["markers"]["editor"][1])))
        section = one_line(between(doc, r"您当前的位置\s*：", r"&nbsp;正文"))
        declared = re.search(r"(?i)charset=[\"']?([\w-]+)", doc)
        declared = declared.group(1).lower() if declared else None
        if declared in ("gb2312", "gbk", "gb18030"):
            out_bytes, enc = raw, declared  # saved bytes agree with the page's own declaration
        else:
            out_bytes, enc = doc.encode("utf-8"), "utf-8"  # transcoded: saved as GBK under a utf-8 meta
        rows.append({
            "src_key": key, "url": url, "title": title,
            "date": dm.group(1) if dm else None,
            "source": source or None, "author": None, "editor": editor or None,
            "section": section or None, "text": text, "html": out_bytes, "encoding": enc,
            "transcoded": enc == "utf-8",
        })

    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    prefix = spec["set_prefix"]
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rid = f"{prefix}-{i:03d}"
            with open(os.path.join(out, "html", f"{rid}.html"), "wb") as h:
                h.write(r["html"])
            rec = {
                "id": rid, "url": r["url"], "title": r["title"], "date": r["date"],
                "source": r["source"], "author": None, "editor": r["editor"],
                "section": r["section"], "text": r["text"],
                "hijacked": False, "injections": [], "spam_strings": [], "legit": False,
                "lang": "zh", "site": spec["site"], "kind": "real-page", "capture": "html",
                "encoding": r["encoding"],
                "transcoded_from": spec["saved_encoding"] if r["transcoded"] else None,
                "origin": f"{spec['repo']}@{commit[:7]}:{spec['pages_dir']}{r['src_key']}.html",
                "sha256": hashlib.sha256(r["html"]).hexdigest(),
                "truth_by": spec["truth_by"],
            }
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"set: {os.path.basename(os.path.normpath(out))} ({len(rows)} pages, ids {prefix}-001..{prefix}-{len(rows):03d})\n")
        f.write(f"repo: https://github.com/{spec['repo']}\ncommit: {commit}\n")
        f.write(f"pages: {spec['pages_dir']} (saved from {spec['site']}; urls from {spec['index_file']})\n")
        f.write(f"licence: {spec['licence']}\n")
        f.write(f"truth: {spec['truth_by']}\n")
        f.write("built by: bench/data/dev/extract-v46/convert.py with spec.json (same folder)\n")
    print(f"{len(rows)} pages written to {out}; skipped {dict(sorted(skipped.items()))}")


if __name__ == "__main__":
    main(sys.argv)
