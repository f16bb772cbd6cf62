#!/usr/bin/env python3
"""Build the v44 extraction set `rucnews` (`dev-v44-rucnews`; held out as `heldout-v44-rucnews` until it was spent)
from a mirror of ShermanHou/Search_Engine.

The repository (a student search-engine project) holds 8,712 pages saved from one
Chinese university site (hqjt.ruc.edu.cn, Renmin University's logistics group:
news, department news, Party/Youth-League branch news, notices, regulations,
recruitment).  It ships no extraction truth; the truth here is the keeper's,
written as one rule set for the site's article template (spec.json, applied
below).  Pages are copied byte for byte.

    python3 convert.py --mirror /work/.mirror/ShermanHou+Search_Engine/repo \
        --out /work/data/extract/dev-v44-rucnews

Deterministic: reads the commit pinned in spec.json through git, selects pages
by a hash order inside each section quota, writes html/<id>.html, truth.jsonl
and SOURCE.txt.  Stdlib only.
"""
import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin

HERE = os.path.dirname(os.path.abspath(__file__))


def git_dir(mirror):
    for cand in (mirror, os.path.join(mirror, ".git")):
        if os.path.exists(os.path.join(cand, "HEAD")) and os.path.isdir(os.path.join(cand, "objects")):
            return cand
    sys.exit("no git directory at %s" % mirror)


def git(gd, *args, data=None):
    return subprocess.run(["git", "--git-dir", gd] + list(args), input=data,
                          stdout=subprocess.PIPE, check=True).stdout


def read_blobs(gd, commit, prefix):
    """{path: bytes} for every blob under prefix at commit (one cat-file batch)."""
    listing = git(gd, "ls-tree", "-r", commit, prefix).decode("utf-8")
    entries = []
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        mode, typ, sha = meta.split()
        if typ == "blob" and path.endswith(".html"):
            entries.append((path, sha))
    out = git(gd, "cat-file", "--batch", data="".join(s + "\n" for _, s in entries).encode())
    blobs, pos = {}, 0
    for path, sha in entries:
        nl = out.index(b"\n", pos)
        hsha, htyp, size = out[pos:nl].split()
        size = int(size)
        blobs[path] = (sha, out[nl + 1:nl + 1 + size])
        pos = nl + 1 + size + 1
    return blobs


TAG_RE = re.compile(r"<(/?)div\b[^>]*>", re.I)


def balanced_div_end(doc, start):
    """Index just after the </div> closing the <div ...> that starts at `start`."""
    depth = 0
    for m in TAG_RE.finditer(doc, start):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return len(doc)


BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3",
         "h4", "h5", "h6", "blockquote", "section", "article", "pre", "hr", "dd", "dt", "dl",
         "center", "form"}
CELL = {"td", "th"}


class Lines(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0

    def flush(self):
        s = "".join(self.cur).replace("\xa0", " ").replace("\u3000", " ")
        s = re.sub(r"\s+", " ", s).strip()
        if s:
            self.lines.append(s)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in BLOCK:
            self.flush()
        elif tag in CELL:
            self.cur.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()
        elif tag in CELL:
            self.cur.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def to_lines(fragment):
    p = Lines()
    p.feed(fragment)
    p.close()
    return p.lines


def clean(s):
    s = html.unescape(re.sub(r"<[^>]+>", "", s)).replace("\xa0", " ").replace("\u3000", " ")
    return re.sub(r"\s+", " ", s).strip()


def parse_page(doc, spec):
    """Truth fields of one page, or (None, reason)."""
    h1 = re.search(r'<h1 class="f-26 c-black text-c">(.*?)</h1>', doc, re.S)
    if not h1:
        return None, "no article heading"
    title = clean(h1.group(1))
    ts = doc.find('<div class="time cl')
    if ts < 0:
        return None, "no byline block"
    te = balanced_div_end(doc, ts)
    byline = doc[ts:te]
    d = re.search(r"时间：\s*(\d{4}-\d{2}-\d{2})", byline)
    if not d:
        return None, "no 时间 date (not the news byline)"
    src = re.search(r"来源：(.*?)<br", byline, re.S)
    source = clean(src.group(1)) if src else ""
    ed = re.search(r"编辑：(.*?)(?:&nbsp;|时间：)", byline, re.S)
    editor = clean(ed.group(1)) if ed else ""
    crumbs = re.findall(r'<a href="[^"]*"(?: title="[^"]*")?>\s*([^<]+?)\s*</a>',
                        doc[doc.find('<div class="breadcrumb">'):h1.start()]) if '<div class="breadcrumb">' in doc[:h1.start()] else []
    section = crumbs[-1] if crumbs else None
    cs = doc.find('<div class="content pd-20 c">', te)
    if cs >= 0:
        region = doc[cs:balanced_div_end(doc, cs)]
        layout = "content-div"
    else:
        starts = [doc.rfind(c, 0, ts) for c in spec["containers"]]
        ls = max(starts)
        if ls < 0:
            return None, "no article container"
        region = doc[te:balanced_div_end(doc, ls)]
        layout = "after-byline"
    drops = [re.compile(p) for p in spec.get("drop_line_patterns", [])]
    lines = [l for l in to_lines(region) if not any(p.search(l) for p in drops)]
    cuts = [re.compile(p) for p in spec.get("cut_from_line_patterns", [])]
    for i, l in enumerate(lines):
        if any(p.search(l) for p in cuts):
            lines = lines[:i]
            break
    aid = re.search(r"articleID[=:]'?([0-9a-f]{32})", doc)
    share = re.search(r'<a href="([^"#]*?[0-9a-f]{32}\.htm)#" class="bds_', byline)
    dirs = [spec["breadcrumb_dirs"].get(c) for c in crumbs[1:]]
    url = None
    if share and crumbs and all(dirs):
        url = urljoin(spec["url_root"] + "/".join(dirs) + "/", share.group(1))
    return {
        "title": title or None,
        "date": d.group(1),
        "source": source or None,
        "editor": editor or None,
        "section": section,
        "crumbs": crumbs,
        "layout": layout,
        "text": "\n".join(lines),
        "article_id": aid.group(1) if aid else None,
        "url": url,
    }, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", required=True, help="mirror of ShermanHou/Search_Engine (bare git dir or repo)")
    ap.add_argument("--out", required=True, help="output folder, e.g. /work/data/extract/dev-v44-rucnews")
    ap.add_argument("--spec", default=os.path.join(HERE, "spec.json"))
    args = ap.parse_args()
    spec = json.load(open(args.spec, encoding="utf-8"))
    gd = git_dir(args.mirror)
    commit = spec["commit"]
    blobs = read_blobs(gd, commit, spec["pages_dir"])

    by_section, seen_ids, seen_text = {}, set(), set()
    for path in sorted(blobs):
        sha, raw = blobs[path]
        doc = raw.decode("utf-8", "replace")
        rec, why = parse_page(doc, spec)
        if rec is None or not rec["article_id"] or not rec["url"]:
            continue
        if len(rec["text"]) < spec["min_text_chars"] or rec["article_id"] in seen_ids:
            continue
        seen_ids.add(rec["article_id"])
        rec.update(path=path, blob=sha, raw=raw)
        by_section.setdefault(rec["section"], []).append(rec)

    chosen = []
    for section, n in spec["quotas"]:
        pool = sorted(by_section.get(section, []),
                      key=lambda r: hashlib.sha1((spec["name"] + r["article_id"]).encode()).hexdigest())
        got = 0
        for r in pool:
            key = hashlib.sha1(r["text"].encode()).hexdigest()
            if key in seen_text or r["url"] in {c["url"] for c in chosen}:
                continue
            seen_text.add(key)
            chosen.append(r)
            got += 1
            if got == n:
                break
        if got < n:
            sys.exit("section %s: only %d of %d pages" % (section, got, n))

    out = args.out
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    for f in os.listdir(os.path.join(out, "html")):
        os.remove(os.path.join(out, "html", f))
    rows = []
    for i, r in enumerate(chosen, 1):
        pid = "%s-%03d" % (spec["set_prefix"], i)
        ov = spec.get("overrides", {}).get(pid, {})
        with open(os.path.join(out, "html", pid + ".html"), "wb") as fh:
            fh.write(r["raw"])
        row = {
            "id": pid,
            "url": r["url"],
            "title": r["title"],
            "date": r["date"],
            "source": r["source"],
            "author": None,
            "text": r["text"],
            "editor": r["editor"],
            "section": r["section"],
            "layout": r["layout"],
            "hijacked": False,
            "injections": [],
            "spam_strings": [],
            "legit": False,
            "lang": "zh",
            "site": spec["site"],
            "kind": "real-page",
            "capture": "html",
            "encoding": "utf-8",
            "origin": "%s@%s:%s (blob %s)" % (spec["repo"], commit, r["path"], r["blob"]),
            "sha256": hashlib.sha256(r["raw"]).hexdigest(),
            "truth_by": spec["truth_by"],
        }
        row.update(ov)
        rows.append(row)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as fh:
        fh.write("set: %s (%d pages, ids %s-001..%s-%03d)\n" % (
            os.path.basename(os.path.normpath(out)), len(rows), spec["set_prefix"], spec["set_prefix"], len(rows)))
        fh.write("repo: https://github.com/%s\n" % spec["repo"])
        fh.write("commit: %s\n" % commit)
        fh.write("pages: %s (saved from %s)\n" % (spec["pages_dir"], spec["site"]))
        fh.write("licence: %s\n" % spec["licence"])
        fh.write("truth: %s\n" % spec["truth_by"])
        fh.write("built by: bench/data/dev/extract-v44/convert.py with spec.json (same folder)\n")
    print("%d pages -> %s" % (len(rows), out))


if __name__ == "__main__":
    main()
