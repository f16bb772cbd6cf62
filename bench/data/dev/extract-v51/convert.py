#!/usr/bin/env python3
"""Build the v51 extraction set `dev-v51-wxbeitong` (keeper k51x, brief bench/data/KEEPER.md item 4).

Source: project-polymorph/beitong-raw-content (GitHub), commit PINNED below: headless-Chrome DOM dumps
(`google-chrome --dump-dom`, January 2025) of the WeChat official-account articles (mp.weixin.qq.com, one
template) of a Beijing community NGO, 2013-2023, stored as `raw/<year>/<title>.html`. The blobs are read with
`git cat-file` from the bare mirror the session's `fetch` tool makes; the page bytes are written unchanged to
html/<id>.html and the truth is written by the rules in spec.json (beside this file): no extractor output is used.

    /usr/bin/python3 convert.py --mirror /work/.mirror/project-polymorph+beitong-raw-content/repo \
        --out /work/data/extract/dev-v51-wxbeitong

(dev-v51-wxbeitong since 2026-12-08, when v51 was spent; heldout-v51-wxbeitong from 2026-12-07, when v50 was spent;
written as pending-v51-wxbeitong.)

Standard library and git only, no network. Deterministic: the same mirror gives byte-identical html/ and
truth.jsonl; SOURCE.txt names the output folder.
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PINNED = "8be38cacb79acc8dd20e2eab22910536c50d1fc7"
PINNED_DATE = "2025-01-16"
REPO = "project-polymorph/beitong-raw-content"

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen", "command"}
BLOCK = {"address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
         "th", "thead", "tr", "ul", "caption", "br", "legend"}
SKIP = {"script", "style", "noscript", "template", "head", "title", "select", "option", "textarea",
        "mp-style-type"}
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def iter(self):
        stack = [self]
        while stack:
            n = stack.pop()
            yield n
            stack.extend(c for c in reversed(n.children) if isinstance(c, Node))


class TreeBuilder(HTMLParser):
    """A plain stack builder: the pages are Chrome's serialisation of a live DOM, so every non-void element
    is closed explicitly and no implied-end-tag rules are needed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k.lower(): (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, {k.lower(): (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)

    def handle_endtag(self, tag):
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


def style_of(n):
    return re.sub(r"\s+", "", (n.attrs.get("style") or "").lower())


def lines_of(node, with_links=False):
    """Visible text of node: one line per block element and per <br>; whitespace collapsed.
    With with_links, (line, wholly_link) pairs: wholly_link is True when every character of the line
    comes from inside an <a> element."""
    out, buf = [], []

    def flush():
        s = re.sub(r"\s+", " ", ZERO_WIDTH.sub("", "".join(t for t, _ in buf))).strip()
        if s:
            linked = all(inside or not re.sub(r"\s+", "", ZERO_WIDTH.sub("", t)) for t, inside in buf)
            out.append((s, linked))
        buf.clear()

    def walk(n, hidden, in_a):
        for c in n.children:
            if isinstance(c, str):
                if not hidden:
                    buf.append((c, in_a))
                continue
            if c.tag in SKIP or "hidden" in c.attrs:
                continue
            st = style_of(c)
            if "display:none" in st:
                continue
            h = hidden
            if "visibility:hidden" in st or "visibility:collapse" in st:
                h = True
            elif "visibility:visible" in st:
                h = False
            if c.tag in BLOCK:
                flush()
            walk(c, h, in_a or c.tag == "a")
            if c.tag in BLOCK:
                flush()

    walk(node, False, False)
    flush()
    return out if with_links else [s for s, _ in out]


def trim_link_tail(pairs, spec):
    """Split off a trailing related-articles list: the last run of >= tail_min_links wholly-link lines at the
    end of the body, and the heading line just before it when that heading matches tail_heading."""
    k = len(pairs)
    while k > 0 and pairs[k - 1][1]:
        k -= 1
    if len(pairs) - k < spec["tail_min_links"]:
        return [s for s, _ in pairs], []
    if k > 0 and re.fullmatch(spec["tail_heading"], pairs[k - 1][0]):
        k -= 1
    return [s for s, _ in pairs[:k]], [s for s, _ in pairs[k:]]


def visible_text(node):
    return re.sub(r"\s+", " ", " ".join(lines_of(node))).strip()


def load_spec():
    with open(os.path.join(HERE, "spec.json"), encoding="utf-8") as f:
        return json.load(f)


class Blobs:
    """Reads blobs at PINNED through one `git cat-file --batch` process."""

    def __init__(self, mirror):
        self.p = subprocess.Popen(["git", "--git-dir", mirror, "cat-file", "--batch"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)

    def get(self, path):
        self.p.stdin.write(f"{PINNED}:{path}\n".encode())
        self.p.stdin.flush()
        head = self.p.stdout.readline().split()
        if len(head) < 3 or head[1] != b"blob":
            raise SystemExit(f"not a blob at {PINNED}: {path}")
        size = int(head[2])
        data = self.p.stdout.read(size)
        self.p.stdout.read(1)
        return data

    def close(self):
        self.p.stdin.close()
        self.p.wait()


TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+")


def cjk_share(s):
    toks = TOKEN.findall(unicodedata.normalize("NFKC", s).lower())
    if not toks:
        return 0.0
    return sum(1 for t in toks if len(t) == 1 and ("\u3400" <= t <= "\u9fff" or "\uf900" <= t <= "\ufaff")) / len(toks)


def norm(s):
    return re.sub(r"\s+", " ", ZERO_WIDTH.sub("", s or "")).strip()


def meta(root, key, value):
    for n in root.iter():
        if n.tag == "meta" and n.attrs.get(key) == value:
            return n.attrs.get("content")
    return None


SH = datetime.timezone(datetime.timedelta(hours=8))


def examine(data, spec):
    """Return (row, None) when the page qualifies, else (None, reason)."""
    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, "not utf-8"
    if 'id="js_content"' not in html:
        return None, "no article body (deleted or blocked notice)"
    root = parse(html)
    url = meta(root, "property", "og:url") or ""
    if not re.fullmatch(r"https://mp\.weixin\.qq\.com/s/[A-Za-z0-9_-]+", url):
        return None, "no og:url of the short form"
    h1 = find_all(root, lambda n: n.tag == "h1" and n.attrs.get("id") == "activity-name")
    if len(h1) != 1:
        return None, "no single headline"
    title = visible_text(h1[0])
    if not title or norm(meta(root, "property", "og:title")) != title:
        return None, "headline differs from og:title"
    pt = find_all(root, lambda n: n.tag == "em" and n.attrs.get("id") == "publish_time")
    if len(pt) != 1:
        return None, "no single publish time"
    shown = visible_text(pt[0])
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s+\d{1,2}:\d{2}", shown) or \
        re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}", shown)
    if not m:
        return None, "publish time in another form"
    date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    ct = re.search(r'var ct = "(\d{9,11})"', html)
    if not ct or datetime.datetime.fromtimestamp(int(ct.group(1)), SH).date().isoformat() != date:
        return None, "publish time differs from the page's ct epoch"
    bodies = find_all(root, lambda n: n.tag == "div" and n.attrs.get("id") == "js_content")
    if len(bodies) != 1:
        return None, "no single body block"
    body = bodies[0]
    excluded = set(spec["excluded_tags_in_body"])
    for n in body.iter():
        if n.tag in excluded:
            return None, "excluded tag in body"
        if n.tag == "svg" and any(x.tag in ("text", "foreignobject", "foreignObject") for x in n.iter()):
            return None, "svg with text in body"
    pairs = lines_of(body, with_links=True)
    lines, tail = trim_link_tail(pairs, spec)
    text = "\n".join(lines)
    if not (spec["min_text_chars"] <= len(text) <= spec["max_text_chars"]):
        return None, "text length out of range"
    author = None
    mc = find_all(root, lambda n: n.tag == "div" and n.attrs.get("id") == "meta_content")
    if len(mc) == 1:
        spans = find_all(mc[0], lambda n: n.tag == "span" and "rich_media_meta_text" in n.classes())
        if spans:
            author = visible_text(spans[0]) or None
    acct = find_all(root, lambda n: n.tag == "a" and n.attrs.get("id") == "js_name")
    account = visible_text(acct[0]) if acct else None
    share = cjk_share(title + text)
    row = {
        "url": url, "title": title, "date": date, "published_shown": shown, "author": author,
        "account": account, "text": text, "lang": "zh" if share >= spec["zh_min_cjk_share"] else "en",
        "cjk_share": round(share, 3), "body_lines": len(lines), "body_chars": len(text),
        "text_full": "\n".join(s for s, _ in pairs), "tail_links_removed": len(tail),
    }
    return row, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", required=True, help="bare git dir of project-polymorph/beitong-raw-content")
    ap.add_argument("--out", required=True, help="output folder, e.g. /work/data/extract/dev-v51-wxbeitong")
    a = ap.parse_args()
    spec = load_spec()
    names = subprocess.run(["git", "--git-dir", a.mirror, "-c", "core.quotepath=off", "ls-tree", "-r", "-z",
                            "--name-only", PINNED], check=True, capture_output=True).stdout.decode("utf-8")
    pat = re.compile(spec["path_pattern"])
    paths = [p for p in names.split("\0") if p and pat.match(p)]
    paths.sort(key=lambda p: hashlib.sha256(("k51x" + p).encode("utf-8")).hexdigest())
    blobs = Blobs(a.mirror)
    picked, reasons, seen_url, seen_text, examined = [], {}, set(), set(), 0
    for p in paths:
        if len(picked) >= spec["pages"]:
            break
        examined += 1
        data = blobs.get(p)
        row, why = examine(data, spec)
        if row is not None:
            th = hashlib.sha256(row["text"].encode()).hexdigest()
            if row["url"] in seen_url or th in seen_text:
                row, why = None, "same url or body as a page taken earlier"
            else:
                seen_url.add(row["url"])
                seen_text.add(th)
        if row is None:
            reasons[why] = reasons.get(why, 0) + 1
            continue
        row["path"], row["data"] = p, data
        picked.append(row)
    blobs.close()
    if len(picked) < 25:
        sys.exit(f"only {len(picked)} qualifying pages")
    picked.sort(key=lambda r: (r["date"], r["url"]))
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    for f in os.listdir(os.path.join(a.out, "html")):
        os.remove(os.path.join(a.out, "html", f))
    rows = []
    for i, r in enumerate(picked, 1):
        rid = f"{spec['id_prefix']}{i:03d}"
        with open(os.path.join(a.out, "html", rid + ".html"), "wb") as f:
            f.write(r["data"])
        rows.append({
            "id": rid, "url": r["url"], "title": r["title"], "date": r["date"], "source": None,
            "author": r["author"], "account": r["account"], "published_shown": r["published_shown"],
            "text": r["text"], "text_full": r["text_full"], "tail_links_removed": r["tail_links_removed"],
            "text_partial": False, "hijacked": False, "injections": [], "spam_strings": [],
            "legit": False, "lang": r["lang"], "script": "Hans" if r["lang"] == "zh" else None,
            "site": "mp.weixin.qq.com", "kind": "real-page", "capture": "html", "encoding": "utf-8",
            "origin": f"{REPO}@{PINNED}:{r['path']}", "sha256": hashlib.sha256(r["data"]).hexdigest(),
            "truth_by": "keeper k51x rules (spec.json)",
        })
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    setname = os.path.basename(os.path.normpath(a.out))
    years = {}
    for r in rows:
        years[r["date"][:4]] = years.get(r["date"][:4], 0) + 1
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"set: {setname} ({len(rows)} pages, ids {spec['id_prefix']}001..{len(rows):03d})\n")
        f.write(f"repo: {REPO} (https://github.com/{REPO}), commit {PINNED} ({PINNED_DATE})\n")
        f.write("content: WeChat official-account articles (mp.weixin.qq.com, one template) of a Beijing LGBT "
                "community NGO, 2013-2023, saved in January 2025 as headless-Chrome DOM dumps "
                "(raw/<year>/<title>.html); page bytes as stored (utf-8, scripts inline, ~2.4 MB each)\n")
        f.write("licence: the repository states none (no LICENSE file); the articles are the publisher's; kept "
                "outside this repository, used for evaluation only\n")
        f.write("truth: written by rule by keeper k51x (bench/data/dev/extract-v51/spec.json): text = "
                "div#js_content, one line per block, minus a trailing related-articles link list (text_full keeps it); title = h1#activity-name (= og:title); date = "
                "em#publish_time (checked against the ct epoch); author = the author field of the byline; "
                "source null; url = og:url; no extractor output used\n")
        f.write(f"selection: {len(paths)} candidate pages in sha256('k51x'+path) order; {examined} examined until "
                f"{len(rows)} qualified (left out: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
                + "); by year: " + ", ".join(f"{y} {n}" for y, n in sorted(years.items())) + "\n")
        f.write(f"built by: bench/data/dev/extract-v51/convert.py --mirror <snapshot> --out {a.out}\n")
    print(f"{len(rows)} pages written to {a.out} ({examined} examined; left out {reasons})")


if __name__ == "__main__":
    main()
