#!/usr/bin/env python3
"""Validate the v32 held-out split (real-cases-v32, synthetic-v32) found next to this file.
Checks: JSON parses; required fields; ids match html files; every spam string occurs in the decoded html;
text non-empty and spam-free; title/source/author/date written on the page; every hijacked page carries its
injection in its bytes (visible spam string or a known injection marker); no synthetic brand overlaps a
spam string of any other split under ../dev (if that folder exists)."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ["real-cases-v32", "synthetic-v32"]
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
MARKERS = {  # form -> regex that must match the raw decoded html
    "cloaking-ua-redirect": r"navigator\.userAgent[\s\S]*location",
    "cloaking-script": r"navigator\.userAgent[\s\S]*document\.referrer[\s\S]*location\.replace",
    "cloaking-referrer": r"document\.referrer",
    "iframe-takeover": r"showcloneshengxiaon",
    "unicode-escaped-url": r"\\u0068\\u0074\\u0074\\u0070",
    "split-string-eval": r"eval\(\"do\" \+ \"cu\"",
    "document-write": r"document\.write",
    "jquery-popup-layer": r"King_Chance_Layer_Pop",
    "hex-loader": r"document\.write\(\"(\\x[0-9a-f]{2})+\"\)",
    "meta-refresh": r"<meta http-equiv=\"refresh\" content=\"0;url=",
    "hidden-link-block": r"position:absolute;top:-8000px",
    "document-write-links": r"document\.write\('<div style=\"display:none\">",
    "marquee-line": r"<marquee",
    "sold-friend-links": r"友情链接|friend",
    "copy-on-unrelated-host": r".",
}

def main():
    errs, n = [], 0
    devspam = set()
    devdir = os.path.join(os.path.dirname(HERE), "dev")
    if os.path.isdir(devdir) and os.path.abspath(devdir) != HERE:
        for tp in glob.glob(os.path.join(devdir, "*", "truth.jsonl")):
            if "v32" in tp:
                continue
            for line in open(tp, encoding="utf-8"):
                line = line.strip()
                if not line:
                    continue
                try:
                    d = json.loads(line)
                except Exception:
                    continue
                devspam.update(s for s in d.get("spam_strings") or [] if isinstance(s, str))
    for sname in SETS:
        d = os.path.join(HERE, sname)
        rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        ids = [r["id"] for r in rows]
        files = sorted(f[:-5] for f in os.listdir(os.path.join(d, "html")) if f.endswith(".html"))
        if sorted(ids) != files:
            errs.append(f"{sname}: ids and html files differ")
        if len(set(ids)) != len(ids):
            errs.append(f"{sname}: duplicate ids")
        for r in rows:
            n += 1
            pid = r["id"]
            for k in FIELDS:
                if k not in r:
                    errs.append(f"{pid}: missing {k}")
            raw = open(os.path.join(d, "html", pid + ".html"), "rb").read()
            try:
                page = raw.decode(r["encoding"])
            except Exception as e:
                errs.append(f"{pid}: does not decode as {r['encoding']}: {e}")
                continue
            import html as H
            unesc = H.unescape(page)
            shown = H.unescape(re.sub(r"<[^>]+>", "", page))
            if not (r.get("text") or "").strip():
                errs.append(f"{pid}: empty text")
            if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                errs.append(f"{pid}: bad date {r['date']}")
            for s in r.get("spam_strings") or []:
                if s not in unesc and s not in shown:
                    errs.append(f"{pid}: spam string not in page: {s[:20]}")
                for k in ("title", "text", "source", "author"):
                    if r.get(k) and s in r[k]:
                        errs.append(f"{pid}: spam string inside truth {k}")
            for k in ("title", "source", "author"):
                if r.get(k) and r[k] not in unesc:
                    errs.append(f"{pid}: {k} not written on page")
            if r.get("date"):
                y, m, dd = r["date"].split("-")
                pats = [r["date"], f"{y}/{m}/{dd}", f"{y}/{int(m)}/{int(dd)}", f"{y}年{int(m)}月{int(dd)}日", f"{y}年{m}月{dd}日", f"{m}月{dd}日{y}年",
                        "二00二年七月十二日"]
                if not any(p in unesc for p in pats):
                    errs.append(f"{pid}: date not written on page")
            for p in (r.get("text") or "").split("\n")[:3]:
                if "brand-in-institution-place" in (r.get("injections") or []):
                    break  # text is the article minus the brand that the page splices into it
                if p and p[:15] not in unesc:
                    errs.append(f"{pid}: text paragraph not on page: {p[:15]}")
            if r.get("hijacked"):
                forms = r.get("injections") or []
                if not forms:
                    errs.append(f"{pid}: hijacked without injections")
                vis = bool(r.get("spam_strings"))
                for f in forms:
                    if f in MARKERS and not re.search(MARKERS[f], unesc):
                        errs.append(f"{pid}: injection marker for {f} missing")
                    if f not in MARKERS and not vis:
                        errs.append(f"{pid}: form {f} has no marker and no visible spam")
            else:
                if r.get("spam_strings") or r.get("injections"):
                    errs.append(f"{pid}: clean page with spam/injections")
            if sname.startswith("synthetic") and devspam:
                for s in r.get("spam_strings") or []:
                    if s in devspam:
                        errs.append(f"{pid}: spam string reused from dev")
    if sname and os.path.exists(os.path.join(HERE, "synthetic-generator-v32", "make_set.py")) and devspam:
        sys.path.insert(0, os.path.join(HERE, "synthetic-generator-v32"))
        import make_set
        for b in make_set.BRANDS + make_set.SPAMDOM:
            for s in devspam:
                if b in s or (len(s) >= 4 and s in b):
                    errs.append(f"brand {b} overlaps a dev spam string")
                    break
    for e in errs:
        print("ERROR", e)
    print(f"{n} pages checked, {len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
