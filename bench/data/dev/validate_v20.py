"""Check the v20 folders: truth parses and has every field, ids match html files, each page decodes in its
declared charset, spam strings / evidence occur in the decoded html, spam strings are not in the truth, texts are
not empty and visible on the page, every hijacked page carries its injection in its bytes, and the synthetic set's
invented brands overlap no spam string of any other split (dev/*, heldout/*, pending-*/*, leaving out the v20
folders wherever they sit).

python3 validate_v20.py [--extract /work/data/extract/heldout-v20-<name>]
"""
import glob
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F]")


def find(name):
    """The v20 folder `name`, wherever it has been moved (pending-v20/, heldout/, dev/)."""
    for d in (HERE, os.path.join(DATA, "heldout"), os.path.join(DATA, "dev")):
        p = os.path.join(d, name)
        if os.path.isdir(p):
            return p
    return os.path.join(HERE, name)


def visible(s):
    s = re.sub(r"(?is)<(script|style|title)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return H.unescape(s)


def check_split(folder, prefix, errors):
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append(f"{folder}: duplicate ids")
    files = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "html", "*.html")))
    if sorted(ids) != files:
        errors.append(f"{folder}: ids and html files differ: {sorted(set(ids) ^ set(files))}")
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                errors.append(f"{rid}: missing field {k}")
        if not str(rid).startswith(prefix):
            errors.append(f"{rid}: id prefix")
        if not (r.get("text") or "").strip():
            errors.append(f"{rid}: empty text")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errors.append(f"{rid}: bad date {r['date']}")
        p = os.path.join(folder, "html", f"{rid}.html")
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        try:
            src = raw.decode(r["encoding"], errors="strict")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rid}: does not decode as {r['encoding']}: {e}")
            continue
        m = re.search(r"charset=\"?([A-Za-z0-9-]+)", src[:3000], re.I)
        if not m or m.group(1).lower() != r["encoding"]:
            errors.append(f"{rid}: declared charset differs from {r['encoding']}")
        unesc = H.unescape(src)
        for s in r.get("spam_strings") or []:
            if s not in unesc:
                errors.append(f"{rid}: spam string not in html: {s[:30]!r}")
            for k in ("text", "title", "source", "author"):
                if s and s in (r.get(k) or ""):
                    errors.append(f"{rid}: spam string inside truth {k}")
        for ev in r.get("evidence") or []:
            if ev not in src and ev not in unesc:
                errors.append(f"{rid}: evidence not in html: {ev[:40]!r}")
        if r["hijacked"] and not (r.get("spam_strings") or r.get("evidence")):
            errors.append(f"{rid}: hijacked page with neither spam string nor evidence")
        if r["hijacked"] and not r.get("injections"):
            errors.append(f"{rid}: hijacked page without injection names")
        if not r["hijacked"] and (r.get("spam_strings") or r.get("injections")):
            errors.append(f"{rid}: clean page with spam")
        if r["legit"] and r["hijacked"]:
            errors.append(f"{rid}: legit and hijacked")
        vis = visible(src)
        for s in sorted(r.get("spam_strings") or [], key=len, reverse=True):
            vis = vis.replace(s, "")
        vsq = re.sub(r"\s+", "", EMOJI.sub("", vis))
        for para in (r.get("text") or "").split("\n"):
            if re.sub(r"\s+", "", para)[:40] not in vsq:
                errors.append(f"{rid}: truth paragraph not visible: {para[:20]!r}")
                break
        if r.get("title") and re.sub(r"\s+", "", r["title"]) not in vsq:
            errors.append(f"{rid}: truth title not visible")
    return rows


def earlier_spam():
    out = set()
    for pat in ("dev/*/truth.jsonl", "heldout/*/truth.jsonl", "pending-*/*/truth.jsonl"):
        for p in glob.glob(os.path.join(DATA, pat)):
            if os.path.basename(os.path.dirname(p)).endswith("-v20"):
                continue
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    out.update(s for s in json.loads(l).get("spam_strings") or [] if s)
    return out


def main():
    errors = []
    rc = check_split(find("real-cases-v20"), "rc20-", errors)
    syn = []
    sd = find("synthetic-v20")
    if os.path.exists(os.path.join(sd, "truth.jsonl")):
        syn = check_split(sd, "syn20-", errors)
        old = earlier_spam()
        bj = os.path.join(find("synthetic-generator-v20"), "brands.json")
        invented = json.load(open(bj, encoding="utf-8")) if os.path.exists(bj) else []
        if not invented:
            errors.append("no brands.json")
        for b in invented:
            for o in old:
                if b in o or o in b:
                    errors.append(f"invented string overlaps an earlier split's spam string: {b!r} ~ {o!r}")
                    break
    if "--extract" in sys.argv:
        d = sys.argv[sys.argv.index("--extract") + 1]
        ex = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        for r in ex:
            for k in ("id", "url", "title", "text"):
                if k not in r:
                    errors.append(f"extract {r.get('id')}: missing {k}")
            if not (r.get("text") or "").strip():
                errors.append(f"extract {r['id']}: empty text")
            if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                errors.append(f"extract {r['id']}: bad date {r['date']}")
            if not os.path.exists(os.path.join(d, "html", r["id"] + ".html")):
                errors.append(f"extract {r['id']}: no html")
        if not os.path.exists(os.path.join(d, "SOURCE.txt")):
            errors.append("extract: no SOURCE.txt")
        print("extract:", len(ex), "pages")
    for label, rows in (("real-cases-v20", rc), ("synthetic-v20", syn)):
        if rows:
            h = sum(r["hijacked"] for r in rows)
            lg = sum(r["legit"] for r in rows)
            print(f"{label}: {len(rows)} pages, hijacked {h}, legit {lg}, clean {len(rows) - h}")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
