"""Check real-cases-v18 and synthetic-v18: json parses, ids match html files, declared encoding decodes,
text non-empty, every spam string occurs in the decoded page, every hijacked page carries its injection
(a spam string or an `evidence` byte string), no spam string left in truth title/text/source/author,
and (synthetic) no invented brand overlaps any spam_strings entry of the spent/held splits."""
import glob
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
KEYS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
        "legit", "lang", "origin", "kind", "site", "capture", "encoding"]


def check(folder):
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(folder, "html"))}
    if ids != files:
        errs.append("ids/files differ: %s" % sorted(ids ^ files))
    for r in rows:
        for k in KEYS:
            if k not in r:
                errs.append("%s: missing %s" % (r["id"], k))
        raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read()
        try:
            page = raw.decode(r["encoding"])
        except UnicodeDecodeError as e:
            errs.append("%s: does not decode as %s: %s" % (r["id"], r["encoding"], e))
            continue
        if r["encoding"] != "utf-8" and ("charset=" + r["encoding"]) not in page.lower().replace('"', ""):
            errs.append("%s: charset not declared" % r["id"])
        shown = html.unescape(page)
        if not (r["text"] or "").strip():
            errs.append("%s: empty text" % r["id"])
        for s in r["spam_strings"]:
            if s not in shown:
                errs.append("%s: spam string not in page: %r" % (r["id"], s))
            for k in ("title", "text", "source", "author"):
                if r.get(k) and s in r[k]:
                    errs.append("%s: spam string %r left in truth %s" % (r["id"], s, k))
        if r["hijacked"]:
            ev = r.get("evidence") or []
            if not r["spam_strings"] and not ev:
                errs.append("%s: hijacked without spam string or evidence" % r["id"])
            for e in ev:
                if e not in page:
                    errs.append("%s: evidence not in page: %r" % (r["id"], e[:60]))
        if r["legit"] and r["hijacked"]:
            errs.append("%s: both legit and hijacked" % r["id"])
        if r["date"] and len(r["date"]) != 10:
            errs.append("%s: bad date %r" % (r["id"], r["date"]))
    return rows, errs


def old_spam():
    out = set()
    for f in [f for part in ("dev", "heldout") for f in glob.glob(os.path.join(DATA, part, "*", "truth.jsonl"))
              if "-v18" not in f]:  # v18 itself, in heldout/ or dev/
        for l in open(f, encoding="utf-8"):
            if l.strip():
                out.update(json.loads(l).get("spam_strings") or [])
    return out


def main():
    bad = 0
    for name in ("real-cases-v18", "synthetic-v18"):
        folder = os.path.join(HERE, name)
        if not os.path.isdir(folder):
            print(name, "absent")
            continue
        rows, errs = check(folder)
        if name.startswith("synthetic"):
            olds = old_spam()
            brands = json.load(open(os.path.join(HERE, "synthetic-generator-v18", "brands.json"), encoding="utf-8"))
            for b in brands:
                for o in olds:
                    if b in o or o in b:
                        errs.append("brand %r overlaps old spam string %r" % (b, o))
        h = sum(r["hijacked"] for r in rows)
        lg = sum(r["legit"] for r in rows)
        print("%s: %d pages, %d hijacked, %d legit, %d errors" % (name, len(rows), h, lg, len(errs)))
        for e in errs:
            print("  ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
