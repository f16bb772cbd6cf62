#!/usr/bin/env python3
"""Build the v45 extraction set `dev-v45-thunews` (written as `pending-v45-thunews`; held out as `heldout-v45-thunews`
from 2026-12-07, when v44 was spent, until v45 was spent, 2026-12-07) from a fetched snapshot of Terranlee/THUSearch.

Usage:  python3 convert.py <mirror git dir of Terranlee/THUSearch> <output folder>
e.g.    python3 convert.py /work/.mirror/Terranlee+THUSearch/repo /work/data/extract/dev-v45-thunews

Reads the pages straight from the git objects of the commit named in spec.json (no work tree needed), writes
<out>/html/<id>.html (the page bytes as committed), <out>/truth.jsonl and <out>/SOURCE.txt. Deterministic: the same
snapshot gives byte-identical output (no clock, no randomness, sorted order). Stdlib only.
"""
import fnmatch, html, json, os, re, subprocess, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = json.load(open(os.path.join(HERE, "spec.json"), encoding="utf-8"))
BLOCK = {"p", "div", "br", "li", "tr", "td", "table", "h1", "h2", "h3", "h4", "h5", "h6",
         "center", "ul", "ol", "blockquote"}
SITE_SUFFIX = re.compile(r"\s*-\s*清华大学新闻网\s*$")
SOURCE_LINE = re.compile(r"^来源[:：]")
SOURCE_PARTS = re.compile(r"^来源[:：]\s*(.+?)\s*(?:(\d{4})-)?(\d{1,2})-(\d{1,2})\s*(.*)$")
UPDATED = re.compile(r"\[更新：(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}:\d{2}\]")


def squash(s):
    return re.sub(r"\s+", " ", s.replace("\u3000", " ")).strip()


class Lines(HTMLParser):
    """Text lines of the visible article block <div id="datalist_detail">."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.divs = 0
        self.skip = 0
        self.cur = []
        self.lines = []
        self.found = False

    def flush(self):
        t = squash("".join(self.cur))
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if not self.inside:
            if tag == "div" and dict(attrs).get("id") == "datalist_detail" and not self.found:
                self.inside, self.found, self.divs = True, True, 1
            return
        if tag == "div":
            self.divs += 1
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if self.inside and tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
            return
        if tag == "div":
            self.divs -= 1
            if self.divs == 0:
                self.flush()
                self.inside = False
                return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.inside and not self.skip:
            self.cur.append(data)


def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror] + list(args), check=True, capture_output=True).stdout


def page_record(pid, path, raw):
    page = raw.decode("utf-8")
    p = Lines()
    p.feed(page)
    p.close()
    if not p.found or not p.lines:
        return None
    L = p.lines
    s = next((i for i, x in enumerate(L[:8]) if SOURCE_LINE.match(x)), None)
    if s is None:
        raise SystemExit(f"{pid}: no source line")
    m = SOURCE_PARTS.match(L[s])
    if not m:
        raise SystemExit(f"{pid}: source line not parsed: {L[s]}")
    upd = UPDATED.search(page)
    if not upd:
        raise SystemExit(f"{pid}: no [更新：] timestamp")
    date = "-".join(upd.groups())
    year = m.group(2) or upd.group(1)
    source_line_date = f"{int(year):04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"
    t = re.search(r"<title>(.*?)</title>", page, re.S)
    title = squash(SITE_SUFFIX.sub("", html.unescape(t.group(1)))) if t else None
    source = m.group(1).replace("《", "").replace("》", "").strip() or None
    author = m.group(5).strip() or None
    body = L[s + 1:]
    ov = SPEC["overrides"].get(pid, {})
    if ov.get("drop_text_lines"):
        body = [x for x in body if x not in ov["drop_text_lines"]]
    if "author" in ov:
        author = ov["author"]
    url = "http://" + path[len(SPEC["mirror_prefix"]):]
    return {
        "url": url, "title": title, "date": date, "source": source, "author": author,
        "text": "\n".join(body),
        "hijacked": False, "injections": [], "spam_strings": [], "legit": False,
        "lang": "zh", "site": "news.tsinghua.edu.cn", "kind": "real-page", "capture": "html",
        "encoding": "utf-8",
        "origin": f"{SPEC['repo']}@{SPEC['commit'][:12]}:{path}",
        "headline_lines": L[:s], "source_line_date": source_line_date,
    }


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    mirror, out = sys.argv[1], sys.argv[2]
    if os.path.isdir(os.path.join(mirror, ".git")):
        mirror = os.path.join(mirror, ".git")
    commit = SPEC["commit"]
    paths = sorted(x for x in git(mirror, "ls-tree", "-r", "--name-only", commit).decode("utf-8").splitlines()
                   if fnmatch.fnmatch(x, SPEC["page_glob"]))
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    for old in os.listdir(os.path.join(out, "html")):
        os.remove(os.path.join(out, "html", old))
    recs, skipped = [], []
    for path in paths:
        pid = os.path.basename(path)[:-len("_.html")]
        raw = git(mirror, "cat-file", "blob", f"{commit}:{path}")
        r = page_record(pid, path, raw)
        if r is None:
            skipped.append(path)
            continue
        recs.append((pid, raw, r))
    rows = []
    for n, (pid, raw, r) in enumerate(recs, 1):
        rid = f"{SPEC['id_prefix']}{n:03d}"
        with open(os.path.join(out, "html", rid + ".html"), "wb") as fh:
            fh.write(raw)
        rows.append(json.dumps(dict(id=rid, **r), ensure_ascii=False))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as fh:
        fh.write(f"""{SPEC['set']} - built by bench/data/dev/extract-v45/convert.py (newsvault, keeper k45x)
Origin   : https://github.com/{SPEC['repo']}
           commit {commit} (2015-12-25)
Licence  : {SPEC['licence']}
Pages    : {len(rows)} ({len(skipped)} skipped: no article block)
Glob     : {SPEC['page_glob']}
Rebuild  : fetch github:{SPEC['repo']}, then
           python3 bench/data/dev/extract-v45/convert.py <mirror git dir> <this folder>

Saved pages of the Tsinghua University news site's column 高教视点 (reprints of national media coverage of higher
education, January-June 2015), mirrored by Heritrix for a student search-engine project. One site, one CMS template.
Truth written by the keeper from the page itself by the rules in spec.json (not by any extractor): title = the
page's <title> headline, date = the page's [更新：] timestamp, source/author = the 来源 line's medium and names,
text = the visible article block after the 来源 line. Extra fields: headline_lines (heading lines above the 来源 line),
source_line_date (the reprinted medium's date). Each page also carries a hidden duplicate of the article
(div#hidden_detail, display:none) that is not part of the truth text.
""")
    print(f"{len(rows)} pages written to {out}; skipped {len(skipped)}")


if __name__ == "__main__":
    main()
