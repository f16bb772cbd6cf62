#!/usr/bin/env python3
"""Build the v50 extraction set `dev-v50-cctwblog` (keeper k50x, brief bench/data/KEEPER.md item 4).

Source: the static mirror of creativecommons.tw (Creative Commons Taiwan, a project run at Academia Sinica
2003-2018) kept by the Open Culture Foundation in ocftw/creativecommons.tw, branch gh-pages, pinned commit
PINNED below. The blog posts (`blog/<yyyymmdd>[-n].html`, Drupal 7, one template) are read with `git show`;
the page bytes are written unchanged to html/<id>.html and the truth is written by the rules in spec.json
(beside this file): no extractor output is used.

    /usr/bin/python3 convert.py --mirror /work/.mirror/ocftw+creativecommons.tw/repo \
        --out /work/data/extract/dev-v50-cctwblog

(dev-v50-cctwblog since v50 was spent, 2026-12-07; written as pending-v50-cctwblog, held out as heldout-v50-cctwblog
from 2026-12-07, when v49 was spent.)

Standard library and git only, no network. Deterministic: the same mirror gives byte-identical html/ and
truth.jsonl; SOURCE.txt names the output folder.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PINNED = "de1b6f9b1925ca3649ed1797da0e56186466f202"
REPO = "ocftw/creativecommons.tw"

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen", "command"}
BLOCK = {"address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
         "th", "thead", "tr", "ul", "caption", "br"}
SKIP = {"script", "style", "noscript", "template", "head", "title", "select", "option", "textarea"}
# closing a <p>/<li>/... implicitly (enough for Drupal 7 output)
AUTOCLOSE = {"p": {"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                   "form", "section", "article", "header", "footer", "nav", "aside", "figure", "hr", "dl"},
             "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr"}, "td": {"td", "th", "tr"},
             "th": {"td", "th", "tr"}, "option": {"option"}}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        closers = [t for t, before in AUTOCLOSE.items() if tag in before]
        if closers:
            n = self.cur
            while n is not self.root and n.tag not in ("div", "td", "th", "body", "table", "ul", "ol"):
                if n.tag in closers:
                    self.cur = n.parent
                    break
                n = n.parent
        node = Node(tag, {k.lower(): (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        tag = tag.lower()
        node = Node(tag, {k.lower(): (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)

    def handle_endtag(self, tag):
        tag = tag.lower()
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(html):
    b = TreeBuilder()
    b.feed(html)
    b.close()
    return b.root


def find_all(root, pred):
    return [n for n in root.iter() if pred(n)]


def lines_of(node):
    """Visible text of node: one line per block element and per <br>; whitespace runs collapsed."""
    out, buf = [], []

    def flush():
        s = re.sub(r"\s+", " ", "".join(buf)).strip()
        if s:
            out.append(s)
        buf.clear()

    def walk(n):
        for c in n.children:
            if isinstance(c, str):
                buf.append(c)
                continue
            if c.tag in SKIP or "element-hidden" in c.classes() or "element-invisible" in c.classes():
                continue
            if re.search(r"display\s*:\s*none", c.attrs.get("style", ""), re.I) or "hidden" in c.attrs:
                continue
            if c.tag in BLOCK:
                flush()
            walk(c)
            if c.tag in BLOCK:
                flush()

    walk(node)
    flush()
    return out


def visible_text(node):
    return re.sub(r"\s+", " ", " ".join(lines_of(node))).strip()


def load_spec():
    with open(os.path.join(HERE, "spec.json"), encoding="utf-8") as f:
        return json.load(f)


def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror, *args], check=True, capture_output=True).stdout


def read_blobs(mirror, paths):
    """Bytes of each path at PINNED, via one git cat-file --batch."""
    req = "".join(f"{PINNED}:{p}\n" for p in paths).encode()
    raw = subprocess.run(["git", "--git-dir", mirror, "cat-file", "--batch"], input=req, check=True,
                         capture_output=True).stdout
    out, i = {}, 0
    for p in paths:
        j = raw.index(b"\n", i)
        head = raw[i:j].split()
        size = int(head[2])
        out[p] = raw[j + 1:j + 1 + size]
        i = j + 1 + size + 1
    return out


TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+")


def cjk_share(s):
    """Share of CJK characters among the tokens (CJK characters and Latin/digit runs) of s."""
    toks = TOKEN.findall(unicodedata.normalize("NFKC", s).lower())
    if not toks:
        return 0.0
    return sum(1 for t in toks if len(t) == 1 and ("\u3400" <= t <= "\u9fff" or "\uf900" <= t <= "\ufaff")) / len(toks)


def examine(path, data, spec):
    """Return (row, None) when the page qualifies, else (None, reason)."""
    html = data.decode("utf-8")
    m = re.search(r"<!-- Mirrored from (\S+) by HTTrack", html)
    if not m:
        return None, "no mirror line"
    url = "https://" + m.group(1)
    root = parse(html)
    h1 = find_all(root, lambda n: n.tag == "h1" and n.attrs.get("id") == "page-title")
    if len(h1) != 1:
        return None, "no single headline"
    title = visible_text(h1[0])
    dct = find_all(root, lambda n: n.tag == "span" and n.attrs.get("property") == "dc:title")
    if not title or not dct or unicodedata.normalize("NFC", dct[0].attrs.get("content", "").strip()) != \
            unicodedata.normalize("NFC", title):
        return None, "headline differs from dc:title"
    arts = find_all(root, lambda n: n.tag == "article" and "node-blog" in n.classes())
    if len(arts) != 1:
        return None, "no single blog article"
    art = arts[0]
    sub = find_all(art, lambda n: n.tag == "p" and "submitted" in n.classes())
    dm = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", visible_text(sub[0])) if sub else None
    if not dm:
        return None, "no date line"
    date = dm.group(0)
    bodies = find_all(art, lambda n: n.tag == "div" and "field-name-body" in n.classes())
    if len(bodies) != 1:
        return None, "no single body block"
    body = bodies[0]
    bad = sorted({n.tag for n in body.iter() if n.tag in spec["excluded_tags_in_body"]})
    if bad:
        return None, "excluded tag in body"
    lines = lines_of(body)
    text = "\n".join(lines)
    if not (spec["min_text_chars"] <= len(text) <= spec["max_text_chars"]):
        return None, "text length out of range"
    author_raw = None
    auth = find_all(art, lambda n: n.tag == "div" and "field-name-field-author" in n.classes())
    if auth:
        author_raw = visible_text(auth[0]) or None
    author = author_raw
    if author:
        author = re.sub(spec["author_role_suffix"], "", author).strip() or None
    lic = find_all(root, lambda n: n.tag == "span" and "nodelicense" in n.classes())
    licence = visible_text(lic[0]) if lic else None
    share = cjk_share(title + text)
    lang = "zh" if share >= spec["zh_min_cjk_share"] else "en"
    row = {
        "url": url, "title": title, "date": date, "source": None, "author": author, "author_raw": author_raw,
        "text": text, "lang": lang, "page_licence": licence, "cjk_share": round(share, 3),
        "body_lines": len(lines), "body_chars": len(text),
    }
    return row, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", required=True, help="bare git dir of ocftw/creativecommons.tw (fetch tool)")
    ap.add_argument("--out", required=True, help="output folder, e.g. /work/data/extract/dev-v50-cctwblog")
    a = ap.parse_args()
    spec = load_spec()
    names = git(a.mirror, "ls-tree", "-r", "--name-only", PINNED).decode("utf-8").splitlines()
    pat = re.compile(spec["path_pattern"])
    paths = sorted(p for p in names if pat.match(p))
    blobs = read_blobs(a.mirror, paths)
    qual, reasons, seen = [], {}, {}
    for p in paths:
        row, why = examine(p, blobs[p], spec)
        if row is not None:
            key = hashlib.sha256(row["text"].encode()).hexdigest()
            if key in seen:
                row, why = None, "same body as an earlier page"
            else:
                seen[key] = p
        if row is None:
            reasons[why] = reasons.get(why, 0) + 1
            continue
        row["path"] = p
        qual.append(row)
    n = min(spec["pages"], len(qual))
    if n == 0:
        sys.exit("no qualifying page")
    picked = [qual[(i * len(qual)) // n] for i in range(n)]
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    for f in os.listdir(os.path.join(a.out, "html")):
        os.remove(os.path.join(a.out, "html", f))
    rows = []
    for r in picked:
        slug = re.match(r"blog/(.+)\.html$", r["path"]).group(1)
        rid = spec["id_prefix"] + slug
        data = blobs[r["path"]]
        with open(os.path.join(a.out, "html", rid + ".html"), "wb") as f:
            f.write(data)
        rows.append({
            "id": rid, "url": r["url"], "title": r["title"], "date": r["date"], "source": None,
            "author": r["author"], "author_raw": r["author_raw"], "text": r["text"],
            "text_partial": False, "hijacked": False, "injections": [], "spam_strings": [], "legit": False,
            "lang": r["lang"], "script": "Hant" if r["lang"] == "zh" else None,
            "site": "creativecommons.tw", "kind": "real-page", "capture": "html", "encoding": "utf-8",
            "origin": f"{REPO}@{PINNED}:{r['path']}", "page_licence": r["page_licence"],
            "sha256": hashlib.sha256(data).hexdigest(), "truth_by": "keeper k50x rules (spec.json)",
        })
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    setname = os.path.basename(os.path.normpath(a.out))
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"set: {setname} ({len(rows)} pages, ids {spec['id_prefix']}<slug>)\n")
        f.write(f"repo: {REPO} (https://github.com/{REPO}), branch gh-pages, commit {PINNED} (2025-12-05)\n")
        f.write("content: blog posts (blog/<yyyymmdd>[-n].html) of creativecommons.tw, the site of the Creative "
                "Commons Taiwan project (Academia Sinica, 2003-2018), Drupal 7, one template, from an HTTrack "
                "mirror made by the Open Culture Foundation in 2025; page bytes as stored (utf-8; links rewritten "
                "to relative files by HTTrack)\n")
        f.write("licence: the repository states none (no LICENSE file); each post carries its own licence line, "
                "mostly Creative Commons Attribution-ShareAlike 3.0 Taiwan (field page_licence); kept outside this "
                "repository, used for evaluation only\n")
        f.write("truth: written by rule by keeper k50x (bench/data/dev/extract-v50/spec.json): text = the "
                "post's body block, one line per block; title = the page headline; date = the date line; author = "
                "the author field; source null; no extractor output used\n")
        f.write(f"selection: {len(qual)} of {len(paths)} blog pages qualify ("
                + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) + f"); {len(rows)} picked at evenly "
                "spaced ranks\n")
        f.write(f"built by: bench/data/dev/extract-v50/convert.py --mirror <snapshot> --out {a.out}\n")
    print(f"{len(rows)} pages written to {a.out} ({len(qual)} of {len(paths)} qualify; {reasons})")


if __name__ == "__main__":
    main()
