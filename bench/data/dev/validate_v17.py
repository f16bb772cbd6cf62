# -*- coding: utf-8 -*-
"""Check real-cases-v17 and synthetic-v17 (no newsvault code is used).

For every folder: truth.jsonl parses; ids match html files one to one; required fields present;
text not empty; the page declares a charset that decodes its bytes; every spam string and every
`evidence` string occurs in the decoded page (after HTML unescaping); hijacked pages carry at
least one evidence string or spam string; legit pages are not hijacked; the title (if any)
occurs in the page; each truth paragraph occurs in the page (for pages whose truth is the shown
text with injected strings deleted, each paragraph must occur after deleting them from the page
text too); spam strings do not occur in the truth title/text/source/author.
Synthetic pages: no spam string or brand overlaps a dev split's spam strings.

Usage: python3 validate_v17.py            (exit 1 on any problem)
"""
import glob
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REQ = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
       "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
EMOJI = re.compile("[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U00002B00-\U00002BFF"
                   "\U0000FE0F\U0000200D\U00013000-\U0001342F\U0000231A-\U000023FF]")


def charset(b):
    m = re.search(rb'charset="?([A-Za-z0-9_\-]+)', b[:2048])
    return m.group(1).decode().lower() if m else None


def page_text(b, enc):
    s = b.decode(enc)
    s = html.unescape(s)
    return s


def flat(s):
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", s)


def check(folder, dev_spam=None):
    probs = []
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "html", "*.html")))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        probs.append(f"{folder}: ids and html files differ")
    for r in rows:
        rid = r["id"]
        for k in REQ:
            if k not in r:
                probs.append(f"{rid}: missing field {k}")
        if not (r.get("text") or "").strip():
            probs.append(f"{rid}: empty text")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            probs.append(f"{rid}: bad date {r['date']}")
        b = open(os.path.join(folder, "html", rid + ".html"), "rb").read()
        enc = charset(b)
        if enc != r["encoding"].lower():
            probs.append(f"{rid}: declared charset {enc} != truth encoding {r['encoding']}")
        try:
            s = page_text(b, enc or "utf-8")
        except Exception as e:  # noqa: BLE001
            probs.append(f"{rid}: does not decode as {enc}: {e}")
            continue
        f = flat(s)
        for x in r["spam_strings"]:
            if x not in s:
                probs.append(f"{rid}: spam string not in page: {x!r}")
        for x in r.get("evidence") or []:
            if x not in s:
                probs.append(f"{rid}: evidence not in page: {x!r}")
        if r["hijacked"] and not (r["spam_strings"] or r.get("evidence")):
            probs.append(f"{rid}: hijacked page without spam strings or evidence")
        if r["legit"] and r["hijacked"] and not r.get("evidence"):
            probs.append(f"{rid}: legit+hijacked without evidence")
        if r["title"] and r["title"] not in f:
            probs.append(f"{rid}: title not in page")
        strip = list(r["spam_strings"]) + [x for x in (r.get("deleted_from_text") or []) if x != "(emoji)"]
        g = f
        for x in sorted(strip, key=len, reverse=True):
            g = g.replace(x, "")
        g2 = re.sub(r" {2,}", " ", EMOJI.sub("", g))
        for para in r["text"].split("\n"):
            if para not in f and para not in g and para not in g2:
                probs.append(f"{rid}: truth paragraph not in page: {para[:40]!r}")
        tt = " ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author"))
        for x in r["spam_strings"]:
            if x in tt:
                probs.append(f"{rid}: spam string left in truth: {x!r}")
        if dev_spam is not None:
            for x in r["spam_strings"] + list(r.get("brands") or []):
                xs = unicodedata.normalize("NFKC", x).lower()
                for d in dev_spam:
                    if len(d) >= 2 and (d in xs or (len(xs) >= 2 and xs in d)):
                        probs.append(f"{rid}: overlaps a dev spam string: {x!r} ~ {d!r}")
                        break
    return rows, probs


def dev_spam_strings():
    out = set()
    base = os.path.join(os.path.dirname(HERE), "dev")
    for p in glob.glob(os.path.join(base, "*", "truth.jsonl")):
        for l in open(p, encoding="utf-8"):
            if l.strip():
                for s in json.loads(l).get("spam_strings") or []:
                    out.add(unicodedata.normalize("NFKC", s).lower())
    return out


def main():
    allp = []
    rows, p = check(os.path.join(HERE, "real-cases-v17"))
    allp += p
    print(f"real-cases-v17: {len(rows)} pages, {sum(r['hijacked'] for r in rows)} hijacked, {sum(r['legit'] for r in rows)} legit")
    syn = os.path.join(HERE, "synthetic-v17")
    if os.path.exists(os.path.join(syn, "truth.jsonl")):
        rows, p = check(syn, dev_spam_strings())
        allp += p
        print(f"synthetic-v17: {len(rows)} pages, {sum(r['hijacked'] for r in rows)} hijacked, {sum(r['legit'] for r in rows)} legit")
    for x in allp:
        print("PROBLEM", x)
    print("OK" if not allp else f"{len(allp)} problems")
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()
