"""Validate bench/data/dev/real-cases-v37b (keeper k37b).

Checks: truth.jsonl parses and carries every field score.py and the brief ask for; ids match
html files one to one; every spam string occurs in the decoded page and in none of the truth
fields a reader keeps (title/text/source/author); text is non-empty; title/date/source/author,
when not null, are written on the page; every hijacked page carries an injection in its bytes
(a spam string, or - for a mirror with no injected string - it says so in origin); no host and
no spam string is shared with the dev splits (bench/data/dev/*/truth.jsonl); dates are ISO.
Run: python3 validate_v37b.py
"""
import glob
import html as H
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "real-cases-v37b")
# v37 is dev itself since it was spent (2026-12-06): compare with the older dev splits only, v37's own folders
# skipped; a later split (heldout/, v38 on) is no reuse of v37's
DEV = HERE
OWN = re.compile(r"-v37[a-z]?$")  # real-cases-v37, real-cases-v37b, synthetic-v37

FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections",
          "spam_strings", "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
# generic words that may legitimately recur anywhere (not brands)
GENERIC_OK = {"百家乐"}


def decode(path, enc):
    with open(path, "rb") as f:
        b = f.read()
    return b.decode("gb18030" if enc in ("gbk", "gb2312", "gb18030") else "utf-8")


def visible(doc):
    d = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", doc)
    d = re.sub(r"(?s)<[^>]+>", " ", d)
    return H.unescape(d)


def dev_sets():
    hosts, spam = set(), set()
    for p in glob.glob(os.path.join(DEV, "*", "truth.jsonl")):
        if OWN.search(os.path.basename(os.path.dirname(p))):
            continue
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            try:
                t = json.loads(line)
            except ValueError:
                continue
            h = urlparse(t.get("url") or "").hostname
            if h:
                hosts.add(h.lower())
            for s in t.get("spam_strings") or []:
                if isinstance(s, str) and s.strip():
                    spam.add(s)
    return hosts, spam


def reg_domain(h):
    parts = h.split(".")
    if len(parts) >= 3 and parts[-2] in ("edu", "gov", "com", "org", "net") and parts[-1] == "cn":
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SET, "html", "*.html")))
    ids = [r["id"] for r in rows]
    if sorted(ids) != files:
        errs.append("ids and html files differ: %s vs %s" % (ids, files))
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    dev_hosts, dev_spam = dev_sets()
    dev_regs = {reg_domain(h) for h in dev_hosts}
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                errs.append("%s: missing field %s" % (rid, k))
        if not re.fullmatch(r"rc37b-\d{3}", rid or ""):
            errs.append("%s: bad id" % rid)
        path = os.path.join(SET, "html", rid + ".html")
        if not os.path.exists(path):
            continue
        doc = decode(path, r["encoding"])
        vis = visible(doc)
        if not (r.get("text") or "").strip():
            errs.append("%s: empty text" % rid)
        for para in r["text"].split("\n"):
            if para.strip() and para not in vis and H.escape(para) not in doc:
                # text may drop strings stripped from it (brand removal); check only unstripped pages
                if not r["spam_strings"] or not any(s in doc for s in r["spam_strings"]):
                    errs.append("%s: text paragraph not on page: %s" % (rid, para[:30]))
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errs.append("%s: bad date %s" % (rid, r["date"]))
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and v not in vis:
                errs.append("%s: %s not written on page: %s" % (rid, k, v))
        if r.get("date"):
            y, m, d = r["date"].split("-")
            forms = [r["date"], "%s.%s.%s" % (y, m, d), "%s年%s月%s日" % (y, m, d)]
            if not any(f in vis for f in forms):
                errs.append("%s: date not written on page" % rid)
        kept = " ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author"))
        for s in r["spam_strings"]:
            if s not in doc and H.escape(s) not in doc:
                errs.append("%s: spam string not in page bytes: %s" % (rid, s))
            if s in kept:
                errs.append("%s: spam string inside kept truth fields: %s" % (rid, s))
            if s in dev_spam and s not in GENERIC_OK:
                errs.append("%s: spam string also in dev: %s" % (rid, s))
        if r["hijacked"] and not r["spam_strings"] and "mirror" not in r["origin"]:
            errs.append("%s: hijacked page with no injected string and no mirror note" % rid)
        if r["hijacked"] and not r["injections"]:
            errs.append("%s: hijacked page with no injection forms" % rid)
        if not r["hijacked"] and r["spam_strings"]:
            errs.append("%s: clean page with spam strings" % rid)
        host = (urlparse(r["url"]).hostname or "").lower()
        if host in dev_hosts or reg_domain(host) in dev_regs:
            errs.append("%s: host shared with dev: %s" % (rid, host))
        if r["site"] != host and not host.endswith("." + r["site"]):
            errs.append("%s: site %s is not the url host %s" % (rid, r["site"], host))
    n = len(rows)
    hij = sum(r["hijacked"] for r in rows)
    leg = sum(r["legit"] for r in rows)
    print("pages %d, hijacked %d, legit %d, not hijacked %d" % (n, hij, leg, n - hij))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
