#!/usr/bin/env python3
"""Validate bench/data/dev/real-cases-v42 (keeper k42).

Checks: truth.jsonl parses with every field; ids match html files; each page decodes with the charset it
declares and that charset matches `encoding`; title/source/author (when not null) and the year of `date` are
written on the page; `text` is not empty and every paragraph is on the page (a hijacked page may show a
paragraph with a spam string spliced in); every spam string is on the page as decoded; a hijacked page with no
spam string is labelled a mirror; no url, host or registrable domain of an older dev split is reused, and no spam
string equals an older dev spam string or is held whole (>= 6 characters) by one; item 7 (no shared code): no run of
>= 120 consecutive characters (whitespace collapsed) of an injected block (script/iframe/style/hidden element,
junk-tag run, or any line carrying a spam string) of a hijacked page occurs in any html of an older dev split.
Exit status 1 on any error.
v42 was collected in pending-v42/ (checked against dev/ then), held out from 2026-12-06 (v41 dev included) and is dev
itself since it was spent (2026-12-07): the checks compare with the older dev splits only, v42's own folders and
files under dev/ skipped; a later split (heldout/, v43 on) is no reuse of v42's and is not read.
"""
import glob
import html as H
import json
import os
import re
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "real-cases-v42")
DATA = os.path.dirname(HERE)
DEV = os.path.join(DATA, "dev")
# v42 was held out from 2026-12-06 (moved from pending-v42/ when v41 was spent) and is dev itself since it was spent
# (2026-12-07): its own folders and files in dev/ (real-cases-v42, real-cases-v42b, synthetic-v42,
# synthetic-generator-v42, extract-v42, README-v42*.md) are no older split, and heldout/ (v43 on, later than v42) is
# not read
OWN = re.compile(r"-v42[a-z]?(\.[a-z]+)?$")


def older(f):
    """A file of an older dev split: its top folder (or file) under dev/ is not one of v42's own."""
    return not OWN.search(os.path.relpath(f, DEV).split(os.sep)[0])
# pages removed on 2026-12-06 when v41 became dev (ids keep their numbers, so the sequence has gaps): rc42-009's spam
# string occurs whole in a spam string of dev/real-cases-v41, rc42-004's in one of dev/real-cases-v29 (found then by a
# containment check, now below); real-cases-v42/build.py skips the same ids
REMOVED = {"rc42-004", "rc42-009"}
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
WS = re.compile(r"\s+")
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def reg(h):
    p = h.split(".")
    if len(p) >= 3 and p[-2] in ("com", "net", "org", "gov", "edu", "co") and len(p[-1]) == 2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def decode_any(b):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:2000])
    cs = (m.group(1).decode().lower() if m else "utf-8")
    try:
        return b.decode(cs), cs
    except (UnicodeDecodeError, LookupError):
        return b.decode("utf-8", "ignore"), cs


def visible(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?is)<title>.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "\n", s)
    return H.unescape(s)


def collapse(s):
    return WS.sub(" ", s).strip()


def dev_index():
    hosts, urls, spam = set(), set(), set()
    for f in filter(older, glob.glob(os.path.join(DEV, "*", "truth.jsonl"))):
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            u = d.get("url") or ""
            urls.add(u)
            h = urlsplit(u).hostname
            if h:
                hosts.add(h.lower())
            spam.update(d.get("spam_strings") or [])
    for f in filter(older, glob.glob(os.path.join(DEV, "*", "SOURCES.md")) + glob.glob(os.path.join(DEV, "README*.md"))):
        for u in re.findall(r"https?://[^\s|)\]>\"']+", open(f, encoding="utf-8").read()):
            urls.add(u)
            h = urlsplit(u).hostname
            if h:
                hosts.add(h.lower())
    return hosts, {reg(h) for h in hosts}, urls, spam


def injected_blocks(raw, spam):
    blocks = []
    blocks += re.findall(r"(?is)<script\b.*?</script>", raw)
    blocks += re.findall(r"(?is)<iframe\b.*?(?:</iframe>|>)", raw)
    blocks += re.findall(r"(?is)<style\b.*?</style>", raw)
    blocks += re.findall(r"(?is)<(\w+)[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|\bhidden\b)[^>]*>.*?</\1>", raw)
    lines = raw.split("\n")
    junk = [ln for ln in lines if re.search(r'<\w+ id="[a-z0-9]{5}">', ln)]
    if junk:
        blocks.append("\n".join(junk))
    for ln in lines:
        if any(s and (s in H.unescape(ln) or H.escape(s, quote=True) in ln) for s in spam):
            blocks.append(ln)
    return [collapse(b) for b in blocks if b]


def corpus_texts(root):
    out = []
    for f in glob.glob(os.path.join(root, "**", "*.html"), recursive=True) + \
            glob.glob(os.path.join(root, "**", "*.htm"), recursive=True):
        if not older(f):
            continue
        b = open(f, "rb").read()
        out.append((f, {collapse(b.decode("utf-8", "ignore")), collapse(b.decode("gb18030", "ignore"))}))
    return out


def shares_run(block, texts, n=120):
    """True if some run of >= n chars of block occurs in one of texts (60-char aligned prefilter)."""
    if len(block) < n:
        return False
    half = n // 2
    for k in range(0, len(block) - half + 1, half):
        chunk = block[k:k + half]
        for t in texts:
            if chunk in t:
                for a in range(max(0, k - half), min(k, len(block) - n) + 1):
                    if block[a:a + n] in t:
                        return True
    return False


def main():
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    for rid in sorted(REMOVED & set(ids)):
        err("%s: removed on 2026-12-06 (overlaps dev), still in truth.jsonl" % rid)
    files = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(SET, "html")))
    if sorted(ids) != files:
        err("ids and html files differ")
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    dhosts, dregs, durls, dspam = dev_index()
    raws = {}
    for r in rows:
        for k in FIELDS:
            if k not in r:
                err("%s: missing field %s" % (r.get("id"), k))
        rid = r["id"]
        b = open(os.path.join(SET, "html", rid + ".html"), "rb").read()
        raw, cs = decode_any(b)
        want = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[r["encoding"]]
        if cs != want:
            err("%s: declared charset %s, truth encoding %s" % (rid, cs, r["encoding"]))
        raws[rid] = raw
        vis = collapse(visible(raw))
        dec = H.unescape(raw)
        for k in ("title", "source", "author"):
            if r[k] and collapse(r[k]) not in vis:
                err("%s: %s not on page" % (rid, k))
        if r["date"]:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or r["date"][:4] not in vis:
                err("%s: date %s not on page" % (rid, r["date"]))
        if not r["text"].strip():
            err("%s: empty text" % rid)
        vis_nospam = vis
        for s in r["spam_strings"]:
            vis_nospam = vis_nospam.replace(s, "")
        for p in r["text"].split("\n"):
            p = collapse(p)
            if p and p not in vis and p not in vis_nospam:
                err("%s: paragraph not on page: %s" % (rid, p[:40]))
        for s in r["spam_strings"]:
            if s not in dec:
                err("%s: spam string not in page: %s" % (rid, s))
            if r["title"] and s in r["title"] or r["source"] and s in r["source"] or s in r["text"]:
                err("%s: spam string inside truth field" % rid)
            if s in dspam:
                err("%s: spam string equals an older dev spam string" % rid)
            elif len(s) >= 6 and any(s in d for d in dspam):
                # added 2026-12-06 when v41 became dev: a spam string that a dev spam string holds whole is no
                # unseen string either (rc42-004, rc42-009 removed for it)
                err("%s: spam string contained in an older dev spam string" % rid)
        if r["hijacked"] and not r["spam_strings"] and "mirror" not in r["injections"]:
            err("%s: hijacked without spam string and not a mirror" % rid)
        if not r["hijacked"] and (r["spam_strings"] or not r["legit"]):
            err("%s: clean page must be legit with no spam strings" % rid)
        h = urlsplit(r["url"]).hostname.lower()
        if r["url"] in durls or h in dhosts or reg(h) in dregs:
            err("%s: url/host/registrable domain used by an older dev split" % rid)
    regs = [reg(urlsplit(r["url"]).hostname.lower()) for r in rows]
    if len(set(regs)) != len(regs):
        err("two pages share a registrable domain")
    # item 7: no shared code with an older dev split (heldout/, later than v42, is not read)
    dev_t = corpus_texts(DEV)
    nblocks = 0
    for r in rows:
        if not r["hijacked"]:
            continue
        blocks = [b for b in injected_blocks(raws[r["id"]], r["spam_strings"]) if len(b) >= 120]
        nblocks += len(blocks)
        for b in blocks:
            for f, texts in dev_t:
                if shares_run(b, texts):
                    err("%s: injected block shares >=120 chars with %s" % (r["id"], os.path.relpath(f, DATA)))
    n_h = sum(r["hijacked"] for r in rows)
    n_l = sum(r["legit"] for r in rows)
    print("pages %d, hijacked %d, legit %d (legit-only %d), injected blocks >=120 chars checked: %d, older dev html %d"
          % (len(rows), n_h, n_l, sum(r["legit"] and not r["hijacked"] for r in rows), nblocks, len(dev_t)))
    print("OK" if not errors else "%d error(s)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
