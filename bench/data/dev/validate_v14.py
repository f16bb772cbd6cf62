"""Validate heldout v14 folders: python3 validate_v14.py [FOLDER ...]"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
FORM_TAGS = [("meta_refresh", [r'http-equiv=["\']?refresh']), ("iframe", [r"<iframe"]), ("script", [r"<script"]),
             ("redirect", [r"location|http-equiv=[\"']?refresh|window\.open"]), ("document_write", [r"document\.write"]),
             ("docwrite", [r"document\.write"])]


def check(folder):
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(folder, "html")) if f.endswith(".html"))
    ids = [r["id"] for r in rows]
    if sorted(ids) != files or len(set(ids)) != len(ids):
        errs.append("ids/html mismatch")
    for r in rows:
        for k in FIELDS:
            if k not in r:
                errs.append("%s: missing %s" % (r["id"], k))
        raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read()
        doc = raw.decode(r["encoding"])
        flat = html.unescape(doc)
        if not (r.get("text") or "").strip():
            errs.append("%s: empty text" % r["id"])
        if r["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            errs.append("%s: bad date" % r["id"])
        if r["hijacked"] and r["legit"]:
            errs.append("%s: hijacked and legit" % r["id"])
        if r["hijacked"] and not r["injections"]:
            errs.append("%s: hijacked without injections" % r["id"])
        if not r["hijacked"] and (r["injections"] or r["spam_strings"]):
            errs.append("%s: clean page with injections" % r["id"])
        for s in r["spam_strings"]:
            if s not in doc and s not in flat:
                errs.append("%s: spam string not in page: %r" % (r["id"], s[:30]))
        for t in r.get("required_tags", []):
            if t.lower() not in doc.lower():
                errs.append("%s: tag missing %s" % (r["id"], t))
        for form in r["injections"]:
            for key, pats in FORM_TAGS:
                if key in form and not any(re.search(p, doc, re.I) for p in pats):
                    errs.append("%s: form %s but no %s in page" % (r["id"], form, pats))
        shown = " ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author"))
        for s in r["spam_strings"]:
            if s in shown:
                errs.append("%s: truth fields contain a spam string %r" % (r["id"], s[:30]))
        if r["hijacked"] and not r["spam_strings"] and not r.get("required_tags"):
            errs.append("%s: hijacked page with nothing checkable" % r["id"])
    return rows, errs


if __name__ == "__main__":
    folders = sys.argv[1:] or [os.path.join(HERE, d) for d in ("real-cases-v14", "synthetic-v14")]
    bad = 0
    for f in folders:
        if not os.path.isdir(f):
            print("absent:", f)
            continue
        rows, errs = check(f)
        print(os.path.basename(f), len(rows), "pages,", sum(r["hijacked"] for r in rows), "hijacked,",
              sum(r["legit"] for r in rows), "legit,", len(errs), "errors")
        for e in errs:
            print("  ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)
