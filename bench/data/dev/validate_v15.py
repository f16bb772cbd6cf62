"""Validate held-out v15 folders: json parses, keys present, ids match html files, html decodes with the declared
encoding, every spam_string occurs in the decoded (and entity-unescaped) html and in none of the truth's
title/text/source/author, every page labelled with a script/redirect/meta/iframe/title form carries that tag,
text not empty, truth paragraphs occur in the page (except where the origin says the truth drops a spliced string)."""
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.S | re.I)


def tag_checks(forms, page, spam):
    """Return the list of problems: a form named in `forms` whose tag the page does not carry."""
    bad = []
    low = page.lower()
    title = H.unescape(" ".join(TITLE_RE.findall(page)))
    for f in forms:
        if "iframe" in f and "<iframe" not in low:
            bad.append(f + ": no <iframe")
        if ("script" in f or "document-write" in f or "loader" in f or "cloak" in f) and "<script" not in low:
            bad.append(f + ": no <script")
        if "meta-refresh" in f and 'http-equiv="refresh"' not in low:
            bad.append(f + ": no meta refresh")
        if "redirect" in f and "<script" not in low and 'http-equiv="refresh"' not in low:
            bad.append(f + ": no redirect tag")
        if "meta-keywords" in f and 'name="keywords"' not in low:
            bad.append(f + ": no keywords meta")
        if "title" in f and not any(s in title for s in spam):
            bad.append(f + ": no spam string in <title>")
        if "iframe" not in f and "hidden" in f and not re.search(r"display:\s*none|visibility:\s*hidden|left:\s*-\d|top:\s*-\d|width=0", low):
            bad.append(f + ": no hiding style")
    return bad


def main(folders):
    bad = 0
    for folder in folders:
        d = os.path.join(HERE, folder)
        rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        files = sorted(f[:-5] for f in os.listdir(os.path.join(d, "html")) if f.endswith(".html"))
        ids = [r["id"] for r in rows]
        if sorted(ids) != files or len(set(ids)) != len(ids):
            print(folder, "id/file mismatch"); bad += 1
        for r in rows:
            miss = [k for k in KEYS if k not in r]
            if miss:
                print(r["id"], "missing keys", miss); bad += 1
            raw = open(os.path.join(d, "html", r["id"] + ".html"), "rb").read()
            try:
                page = raw.decode(r["encoding"])
            except Exception as ex:
                print(r["id"], "decode", ex); bad += 1; continue
            un = H.unescape(page)
            if not r["text"].strip():
                print(r["id"], "empty text"); bad += 1
            if r["hijacked"] and not r["spam_strings"]:
                print(r["id"], "hijacked without spam_strings"); bad += 1
            if r["hijacked"] and not r["injections"]:
                print(r["id"], "hijacked without injections"); bad += 1
            if r["hijacked"] == r["legit"] and r["legit"]:
                print(r["id"], "hijacked and legit"); bad += 1
            if r["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
                print(r["id"], "date", r["date"]); bad += 1
            for s in r["spam_strings"]:
                if s not in page and s not in un:
                    print(r["id"], "spam not in page:", s); bad += 1
                for k in ("title", "text", "source", "author"):
                    if r.get(k) and s in r[k]:
                        print(r["id"], "spam in truth", k, s); bad += 1
            for p in tag_checks(r["injections"], page, r["spam_strings"]):
                print(r["id"], "form tag missing:", p); bad += 1
            for k in ("title", "source", "author"):
                if r.get(k) and r[k] not in un:
                    print(r["id"], k, "not in page:", r[k][:40]); bad += 1
            drops = "truth text drops" in r["origin"] or "truth drops" in r["origin"]
            for p in r["text"].split("\n"):
                if p.strip() and p not in un and not drops:
                    print(r["id"], "truth para not in page:", p[:40]); bad += 1
        print(folder, len(rows), "rows checked")
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["real-cases-v15", "synthetic-v15"]))
