"""Validate the v25 split: python validate_v25.py [DATA_DIR]
Checks real-cases-v25/ and synthetic-v25/ (json parses, ids match html files, spam_strings occur in the decoded html,
text not empty, every hijacked page carries spam in its bytes, required fields), and that no spam string overlaps
any spam_strings entry of other splits under bench/data (every folder whose name ends in -v25 is left out, wherever it lives)."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
          "lang", "origin", "kind", "site", "capture", "encoding"]


def load(folder):
    with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def other_spam():
    out = set()
    for t in glob.glob(os.path.join(DATA, "**", "truth.jsonl"), recursive=True):
        parts = os.path.relpath(t, DATA).split(os.sep)
        if any(p.endswith("-v25") for p in parts):
            continue
        for r in load(os.path.dirname(t)):
            out.update(s for s in (r.get("spam_strings") or []) if s)
    return out


def main():
    errs = []
    others = other_spam()
    for name in ("real-cases-v25", "synthetic-v25"):
        folder = os.path.join(HERE, name)
        rows = load(folder)
        files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(folder, "html"))}
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            errs.append("%s: duplicate ids" % name)
        if set(ids) != files:
            errs.append("%s: ids/html mismatch %s" % (name, sorted(set(ids) ^ files)))
        for r in rows:
            for k in FIELDS:
                if k not in r:
                    errs.append("%s %s: missing %s" % (name, r["id"], k))
            if not (r.get("text") or "").strip():
                errs.append("%s %s: empty text" % (name, r["id"]))
            raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read()
            try:
                page = raw.decode(r["encoding"])
            except Exception as ex:
                errs.append("%s %s: decode %s" % (name, r["id"], ex))
                continue
            if r["hijacked"] and not r["spam_strings"]:
                errs.append("%s %s: hijacked without spam_strings" % (name, r["id"]))
            if r["hijacked"] and not r["injections"]:
                errs.append("%s %s: hijacked without injections" % (name, r["id"]))
            if r["hijacked"] and r["legit"]:
                errs.append("%s %s: hijacked and legit" % (name, r["id"]))
            for s in r["spam_strings"]:
                if s not in page:
                    errs.append("%s %s: spam string not in html: %r" % (name, r["id"], s))
                for o in others:
                    if s == o or (len(o) >= 3 and o in s) or (len(s) >= 3 and s in o):
                        errs.append("%s %s: spam string overlaps another split: %r ~ %r" % (name, r["id"], s, o))
                for f in ("title", "text", "source", "author"):
                    if r.get(f) and s in r[f]:
                        errs.append("%s %s: spam string in truth %s: %r" % (name, r["id"], f, s))
        print("%s: %d pages, %d hijacked, %d legit" % (name, len(rows), sum(r["hijacked"] for r in rows), sum(r["legit"] for r in rows)))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
