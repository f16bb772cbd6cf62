# -*- coding: utf-8 -*-
"""Validate real-cases-v36b/. Run from anywhere:

    python3 validate_v36b.py

Checks: every truth line parses and has the fields score.py and the brief need; ids are unique and match
html/<id>.html one to one; each page decodes in its declared encoding; text is not empty; every spam string occurs in
the decoded (entity-unescaped) page and none sits inside the truth text; every truth field that is set (title,
source, author, date) is written on the page; site == the url's host; every injection form a hijacked page lists has
its marker in the page bytes; clean pages carry no spam strings and no injection marker; >= 12 hijacked, >= 4 legit.
Truth rule 6 (the injection still does something): with node, every packed/hex loader on a page is executed against
a stub window/document and must write a <script src=...>; every jQuery ad script is executed against a stub $ and must
insert markup containing the page's spam strings.  The builder is re-run and must be byte-identical.
Reuse: hosts already used by an earlier split (bench/data/dev/*/truth.jsonl; v36's own folders real-cases-v36,
real-cases-v36b and synthetic-v36 are skipped) fail; spam strings shared exactly with an earlier split are reported (note), not failed.
Exit status 0 = all checks pass.
"""
import glob
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
REAL = os.path.join(HERE, "real-cases-v36b")
OWN = re.compile(r"-v36[a-z]?$")  # this split's own folders (real-cases-v36, real-cases-v36b, synthetic-v36)

FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
MARK = {
    "packed-eval-bracket-hex-loader": "eval(function(p,a,c,k,e,d)",
    "hex-escaped-bracket-write-loader": 'window["\\x64\\x6f',
    "search-stats-script": "hm.baidu.com/hm.js?",
    "entity-encoded-spam-title": "<title>&#",
    "spam-meta-keywords-description": '<meta name="keywords" content="&#',
    "ua-title-cloak": 'indexOf("baidu") == -1){document.title',
    "hidden-layer-sold-links": "visibility: hidden",
    "sold-keyword-link-block": "<h3>商务</h3>",
    "top-link-strip-casino-porn": 'class="js-randomBg"',
    "jquery-appended-app-ad-links": "$('.appbox').append",
    "hidden-div-seo-links": "style=display:none;",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
errors, notes = [], []

NODE_RUNNER = r"""
const fs=require('fs');
// the captured ad scripts shuffle with Math.random and pick arr[Math.round(Math.random()*arr.length)], which
// throws now and then (when the index rounds up to the length): a fixed-seed generator makes the check repeatable
Math.random=(()=>{let s=36;return ()=>{s=(s*16807)%2147483647;return (s-1)/2147483646;};})();
const page=fs.readFileSync(process.argv[2],'utf8');
const re=/<script[^>]*>([\s\S]*?)<\/script>/g; let m; const out=[];
while((m=re.exec(page))){
  const code=m[1];
  if(/eval\(function\(p,a,c,k,e,d\)|window\["\\x64/.test(code)){
    const written=[];
    const document={write:s=>written.push(s),writeln:s=>written.push(s),title:'',referrer:'',
      getElementsByTagName:()=>[{parentNode:{insertBefore(){}}}],createElement:()=>({})};
    const window={document}; const navigator={userAgent:'Mozilla/5.0'};
    try{
      const ev=function(s){return (new Function('window','document','navigator',s))(window,document,navigator);};
      (new Function('eval','window','document','navigator',code))(ev,window,document,navigator);
    }catch(e){written.push('ERROR '+e.message);}
    out.push({kind:'loader',written});
  } else if(/\$\('\.appbox'\)\.append/.test(code)){
    const inserted=[];
    const $=function(sel){return {prepend:h=>inserted.push(h),append:h=>inserted.push(h)};};
    $.each=function(arr,fn){arr.forEach((v,i)=>fn(i,v));};
    const location={href:'http://example.invalid/content/1.htm'};
    try{ (new Function('$','location',code))($,location); }catch(e){inserted.push('ERROR '+e.message);}
    out.push({kind:'jquery',inserted});
  }
}
console.log(JSON.stringify(out));
"""


def err(msg):
    errors.append(msg)


def date_variants(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return ["%d-%02d-%02d" % (y, m, d), "%d-%d-%d" % (y, m, d), "%d年%02d月%02d日" % (y, m, d), "%d年%d月%d日" % (y, m, d),
            "%d/%d/%d" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%d.%02d.%02d" % (y, m, d),
            "%s %d, %d" % (MONTHS[m - 1], d, y), "%d %s %d" % (d, MONTHS[m - 1], y)]


def run_node(path):
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False) as f:
        f.write(NODE_RUNNER)
        runner = f.name
    try:
        res = subprocess.run([node, runner, path], capture_output=True, text=True, timeout=60)
        return json.loads(res.stdout or "[]")
    finally:
        os.unlink(runner)


def check_folder(folder):
    rows = []
    with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("line %d: bad json (%s)" % (n, e))
    ids = [r.get("id") for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err("duplicate id %s" % i)
    files = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "html", "*.html"))}
    for i in set(ids) - files:
        err("%s has no html file" % i)
    for i in files - set(ids):
        err("html/%s.html has no truth line" % i)
    node_missing = False
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                err("%s: missing field %s" % (rid, k))
        if not (r.get("text") or "").strip():
            err("%s: empty text" % rid)
        path = os.path.join(folder, "html", rid + ".html")
        raw = open(path, "rb").read()
        try:
            page = raw.decode(r.get("encoding") or "utf-8")
        except (UnicodeDecodeError, LookupError) as e:
            err("%s: does not decode as %s (%s)" % (rid, r.get("encoding"), e))
            continue
        shown = html.unescape(page)
        for s in r.get("spam_strings") or []:
            if s not in shown:
                err("%s: spam string not on page: %r" % (rid, s))
            if s in (r.get("text") or ""):
                err("%s: a spam string is inside the truth text: %r" % (rid, s))
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and v not in shown:
                err("%s: %s not written on page: %r" % (rid, k, v))
        for para in (r.get("text") or "").split("\n"):
            if para and html.escape(para, quote=False) not in page and para not in shown:
                err("%s: text paragraph not on page: %r" % (rid, para[:40]))
        if r.get("date"):
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", r["date"]):
                err("%s: bad date %r" % (rid, r["date"]))
            elif not any(v in shown for v in date_variants(r["date"])):
                err("%s: date %s not written on page" % (rid, r["date"]))
        if r.get("site") != urlparse(r.get("url", "")).hostname:
            err("%s: site %r is not the url's host" % (rid, r.get("site")))
        inj = r.get("injections") or []
        if r.get("hijacked"):
            if not inj:
                err("%s: hijacked page without injections" % rid)
            for form in inj:
                if form not in MARK:
                    err("%s: unknown injection form %s (no marker)" % (rid, form))
                elif MARK[form] not in page:
                    err("%s: form %s labelled but its marker is not in the page" % (rid, form))
        else:
            if r.get("spam_strings") or inj:
                err("%s: clean page with spam strings or injections" % rid)
            for form, mark in MARK.items():
                if mark in page:
                    err("%s: clean page carries the marker of %s" % (rid, form))
        # rule 6: the injection still does something
        needs_loader = any(f in inj for f in ("packed-eval-bracket-hex-loader", "hex-escaped-bracket-write-loader"))
        needs_jq = "jquery-appended-app-ad-links" in inj
        if needs_loader or needs_jq:
            res = run_node(path)
            if res is None:
                node_missing = True
                continue
            if needs_loader:
                ok = [x for x in res if x["kind"] == "loader" and any(
                    "<script" in w and "src=" in w for w in x["written"])]
                bad = [x for x in res if x["kind"] == "loader" and any(w.startswith("ERROR") for w in x["written"])]
                if not ok or bad:
                    err("%s: loader does not write a <script src> when run: %r" % (rid, res))
            if needs_jq:
                ins = " ".join(h for x in res if x["kind"] == "jquery" for h in x["inserted"])
                if "ERROR" in ins or not all(s in ins for s in r.get("spam_strings") or []):
                    err("%s: jQuery ad script does not insert its spam anchors when run" % rid)
    if node_missing:
        notes.append("node not found: rule-6 execution checks skipped")
    return rows


def digest(folder):
    h = hashlib.sha256()
    for p in sorted(glob.glob(os.path.join(folder, "html", "*.html"))) + [os.path.join(folder, "truth.jsonl"),
                                                                         os.path.join(folder, "SOURCES.md")]:
        h.update(open(p, "rb").read())
    return h.hexdigest()


def rebuild_same(folder):
    before = digest(folder)
    subprocess.run([sys.executable, os.path.join(folder, "build.py")], check=True, stdout=subprocess.DEVNULL, cwd=folder)
    if digest(folder) != before:
        err("build.py re-run is not byte-identical")


def check_reuse(rows):
    spam, hosts, nfiles = {}, set(), 0
    # dev only, without v36's own folders: every older split is dev (v36 itself since it was spent, 2026-12-06);
    # a later split (heldout/, v37 on) is no reuse of v36's
    files = glob.glob(os.path.join(DATA, "dev", "*", "truth.jsonl"))
    for f in files:
        folder = os.path.basename(os.path.dirname(f))
        if OWN.search(folder):
            continue
        nfiles += 1
        for line in open(f, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                for s in r.get("spam_strings") or []:
                    spam.setdefault(s, folder)
                hosts.add(urlparse(r.get("url") or "").hostname)
    if not nfiles:
        notes.append("no earlier split found under %s: reuse checks skipped" % DATA)
        return
    for r in rows:
        if r["site"] in hosts:
            err("%s: host already used by an earlier split: %s" % (r["id"], r["site"]))
        for s in r["spam_strings"]:
            if s in spam:
                notes.append("%s: spam string also in earlier split %s: %r" % (r["id"], spam[s], s))


def main():
    rows = check_folder(REAL)
    rebuild_same(REAL)
    check_reuse(rows)
    h = sum(1 for r in rows if r["hijacked"])
    lg = sum(1 for r in rows if r["legit"])
    print("real-cases-v36b: %d pages, %d hijacked, %d legit (%d also hijacked), langs %s, encodings %s, shells %s" % (
        len(rows), h, lg, sum(1 for r in rows if r["legit"] and r["hijacked"]), dict(Counter(r["lang"] for r in rows)),
        dict(Counter(r["encoding"] for r in rows)), dict(Counter(r.get("template") for r in rows))))
    print("forms:", dict(Counter(f for r in rows for f in r["injections"])))
    if h < 12:
        err("only %d hijacked pages (need 12)" % h)
    if lg < 4:
        err("only %d legit pages (need 4)" % lg)
    for n in notes:
        print("note:", n)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
