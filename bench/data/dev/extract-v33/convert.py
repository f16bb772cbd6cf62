#!/usr/bin/env python3
"""Convert lulalala/taiwanese_news_parser's spec fixtures into an extraction held-out set.

Reads a bare git snapshot of https://github.com/lulalala/taiwanese_news_parser (git show only,
no network): every spec/taiwanese_news_parser/parser/*_s<N>.html sample ever committed, and the
RSpec block that loads it (title, content passages, company_name, reporter_name, published_at
asserted by hand). Writes <out>/html/<id>.html (blob bytes unchanged) and <out>/truth.jsonl.

Usage: python3 convert.py --mirror /work/.mirror/lulalala+taiwanese_news_parser/repo \
                          --out /work/data/extract/dev-v33-twparser
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import unicodedata

SPEC_DIR = "spec/taiwanese_news_parser/parser/"


def git(repo, *args, binary=False):
    out = subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout
    return out if binary else out.decode("utf-8")


def ruby_str(s):
    return s.replace("\\'", "'").replace("\\\\", "\\")


STR = r"'((?:[^'\\]|\\.)*)'"


def parse_block(block):
    """Pull the asserted fields out of one `it ... end` block of a spec."""
    t = {}
    m = re.search(r"(?m)^\s*article\[:title\]\.should == " + STR, block)
    t["title"] = ruby_str(m.group(1)) if m else None
    t["include"] = [ruby_str(x) for x in re.findall(r"(?m)^\s*article\[:content\]\.should include\(" + STR + r"\)", block)]
    t["exclude"] = [ruby_str(x) for x in re.findall(r"(?m)^\s*article\[:content\]\.should_not include\(" + STR + r"\)", block)]
    m = re.search(r"(?m)^\s*article\[:company_name\]\.should == " + STR, block)
    t["company"] = ruby_str(m.group(1)) if m else None
    m = re.search(r"(?m)^\s*article\[:reporter_name\]\.should == (?:" + STR + r"|nil)", block)
    t["reporter_asserted"] = bool(m)
    t["reporter"] = ruby_str(m.group(1)) if (m and m.group(1) is not None) else None
    m = re.search(r"(?m)^\s*article\[:published_at\]\.should == (?:Date)?Time\.new\((\d+),\s*(\d+),\s*(\d+)", block)
    t["date"] = "%04d-%02d-%02d" % tuple(int(x) for x in m.groups()) if m else None
    return t


def spec_cases(repo, commit, spec_path):
    """{sample filename: (spec url, fields)} for one spec file at one commit."""
    text = git(repo, "show", f"{commit}:{spec_path}")
    cases = {}
    # split on `it` openings; each sample is loaded by FakeWeb inside one block
    parts = re.split(r"(?m)^\s*it\b[^\n]*\bdo\s*$", text)
    for part in parts[1:]:
        m = re.search(r"sample\(__FILE__,\s*'([^']+\.html)'\)", part)
        if not m:
            continue
        block = part.split("\n  describe", 1)[0]
        u = re.findall(r"(?m)^\s*url = " + STR, block)
        cases[m.group(1)] = (ruby_str(u[-1]) if u else None, parse_block(block))
    return cases


def charset_of(raw):
    """The charset the page declares (utf-8 when it declares none)."""
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", raw[:6000], re.I)
    return m.group(1).decode("ascii").lower() if m else "utf-8"


def decode(raw):
    cs = charset_of(raw)
    codec = "cp950" if cs in ("big5", "cp950") else cs  # Big5 pages: Windows superset; a stray byte is replaced
    return raw.decode(codec, errors="replace"), cs


def page_text(html):
    import html as htmlmod
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def page_form(value, text):
    """The value as the page writes it: the asserted characters, with the page's own spacing
    (runs of ASCII whitespace shown as one space, U+3000 kept), or None when it is not on the page."""
    chars = [c for c in value if not c.isspace()]
    if not chars:
        return None
    pat = r"[ \t\r\n\u00a0\u3000]*".join(re.escape(c) for c in chars)
    m = re.search(pat, text)
    if not m:
        return None
    return re.sub(r"[ \t\r\n\u00a0]+", " ", m.group(0)).strip()


def canonical(html):
    for pat in (r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)",
                r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical",
                r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)",
                r"<meta[^>]+content=[\"']([^\"']+)[\"'][^>]*property=[\"']og:url"):
        m = re.search(pat, html, re.I)
        if m and m.group(1).startswith("http"):
            return m.group(1)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    repo = a.mirror
    head = git(repo, "rev-parse", "HEAD").strip()

    # every sample blob ever committed, with the newest spec block that loads it
    samples = {}  # name -> dict(commit, path, blob)
    for line in git(repo, "log", "--all", "--format=C %H", "--name-status", "--", SPEC_DIR).splitlines():
        if line.startswith("C "):
            commit = line[2:].strip()
            continue
        if not line.strip():
            continue
        st, path = line.split("\t")[0], line.split("\t")[-1]
        if not path.endswith(".html") or st.startswith("D"):
            continue
        name = os.path.basename(path)
        if name not in samples:  # log is newest first: keep the newest version of the sample
            samples[name] = dict(commit=commit, path=path)
    records = []
    for name, s in sorted(samples.items()):
        # the newest commit at which the sample still exists (HEAD, or the parent of its deletion)
        at = head
        try:
            git(repo, "cat-file", "-e", f"{head}:{s['path']}")
        except subprocess.CalledProcessError:
            dele = git(repo, "log", "--all", "--format=%H", "--diff-filter=D", "-1", "--", s["path"]).strip()
            at = dele + "^"
        spec = SPEC_DIR + re.sub(r"_s\d+\.html$", "_spec.rb", name)
        cases = spec_cases(repo, at, spec)
        if name not in cases:
            print("no spec block for", name, file=sys.stderr)
            continue
        spec_url, f = cases[name]
        raw = git(repo, "show", f"{at}:{s['path']}", binary=True)
        blob = git(repo, "rev-parse", f"{at}:{s['path']}").strip()
        html, enc = decode(raw)
        shown = page_text(html)
        txt = squash(shown)
        notes = []

        def on_page(v, field):
            if v is None:
                return None
            got = page_form(v, shown)
            if got is not None:
                if got != v:
                    notes.append(f"{field}: page spacing kept ({v!r} in the spec)")
                return got
            notes.append(f"{field} {v!r} asserted by the spec is not in the page's visible text: set null")
            return None

        title = on_page(f["title"], "title")
        source = on_page(f["company"], "source")
        author = on_page(f["reporter"], "author") if f["reporter"] else None
        inc = [p for p in f["include"] if squash(p) in txt]
        if len(inc) < len(f["include"]):
            notes.append("a content passage is not on the page: dropped")
        url = canonical(html) or spec_url
        earlier = [n for n, (u, _) in cases.items() if n < name and u == spec_url]
        if earlier and not canonical(html):
            notes.append(f"url: the spec reuses the url of {earlier[0]} for this page (copied test) and the page "
                         "names no canonical url; kept as given, it is not this page's own address")
        records.append(dict(
            name=name, at=at, blob=blob, raw=raw, enc=enc,
            truth=dict(
                url=url, title=title, date=f["date"], source=source, author=author,
                text="\n".join(inc), text_partial=True, text_exclude=f["exclude"] or None,
                lang="zh-Hant", encoding=enc,
                origin=f"lulalala/taiwanese_news_parser@{at if at == head else git(repo, 'rev-parse', at).strip()}:{s['path']} (blob {blob[:12]})",
                spec_url=spec_url, notes=notes or None,
            )))
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as out:
        for i, r in enumerate(records, 1):
            rid = "v33tw-%03d" % i
            with open(os.path.join(a.out, "html", rid + ".html"), "wb") as h:
                h.write(r["raw"])
            out.write(json.dumps(dict(id=rid, **r["truth"]), ensure_ascii=False) + "\n")
    print(f"{len(records)} pages from {head}", file=sys.stderr)


if __name__ == "__main__":
    main()
