#!/usr/bin/env python3
"""Validate v45 (bench/data/dev/*-v45*/ with a truth.jsonl: real-cases-v45, real-cases-v45b, synthetic-v45;
pending-v45/ at collection, held out from 2026-12-07, when v44 was spent, dev since v45 was spent, 2026-12-07).

Usage: python3 validate_v45.py [COMPARE_DIR ...]
  COMPARE_DIR: folders whose html and truth.jsonl the v45 pages must not share code or spam strings with
  (searched recursively). Default: bench/data/dev: the older dev splits. Folders whose name contains 'v45' are
  skipped, so the split is never compared with itself, and a held-out or pending folder (heldout/, pending-*: v46 on,
  later than v45) is never read, even when passed. Failures name the page id and the reason class only (no string,
  host or code).

Checks, per page:
  1. truth.jsonl parses; required fields present and typed; ids unique; one html file per id and no stray html;
  2. the html decodes with the charset it declares, and that charset matches the truth `encoding`;
  3. every spam string occurs in the page as decoded (html entities unescaped); text is not empty;
  4. a hijacked page carries its injection: a spam string, a script/iframe/meta refresh, or (for a copy on
     an unrelated host) 'copy-on-unrelated-host' in its injections;
  5. item 7 (no shared code): no run of 120+ consecutive characters (whitespace collapsed) of an injected
     block of a hijacked page (script, iframe, style, hidden element, or the element showing a spam string)
     occurs in any html under the compared folders;
  6. no spam string equals, contains, or is contained in a spam string of the compared folders' truth files.
Exit status 1 when anything fails.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
REQ = {"id": str, "url": str, "text": str, "hijacked": bool, "injections": list, "spam_strings": list,
       "legit": bool, "lang": str, "origin": str, "kind": str, "site": str, "capture": str, "encoding": str}
OPT = ("title", "date", "source", "author")
RUN = 120
WS = re.compile(r"\s+")
META_CS = re.compile(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', re.I)


def declared(raw):
    m = META_CS.search(raw[:4096])
    return m.group(1).decode().lower() if m else None


def decode_any(raw):
    cs = declared(raw) or "utf-8"
    for c in (cs, "utf-8", "gb18030"):
        try:
            return raw.decode(c)
        except (UnicodeDecodeError, LookupError):
            pass
    return raw.decode("utf-8", "replace")


# v45's own folders (dev/ since it was spent, 2026-12-07; heldout/ before, pending-v45/ at collection) are no compared
# split, and neither is a held-out or pending folder (heldout/, pending-*: v46 on, later than v45)
NOT_OLDER = re.compile(r"v45|^(heldout|pending)($|-)")


def own_folders():
    out = []
    for d in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, d)
        if "v45" in d and os.path.isfile(os.path.join(p, "truth.jsonl")):
            out.append(p)
    return out


def compared_files(dirs):
    htmls, truths = [], []
    for d in dirs:
        if NOT_OLDER.search(os.path.basename(os.path.normpath(d))):
            continue
        for root, subs, files in os.walk(d):
            subs[:] = sorted(s for s in subs if not NOT_OLDER.search(s))
            if NOT_OLDER.search(os.path.basename(root)):
                continue
            for f in sorted(files):
                p = os.path.join(root, f)
                if f.endswith((".html", ".htm")):
                    htmls.append(p)
                elif f == "truth.jsonl":
                    truths.append(p)
    return htmls, truths


BLOCK_PATTERNS = [
    re.compile(r"<script\b.*?</script>", re.S | re.I),
    re.compile(r"<iframe\b.*?(?:</iframe>|/>|>)", re.S | re.I),
    re.compile(r"<style\b.*?</style>", re.S | re.I),
    re.compile(r"<(div|span|p|a|ul|section)\b[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|-\d{3,}px)[^>]*>.*?</\1>", re.S | re.I),
    re.compile(r'<meta[^>]+http-equiv=["\']?refresh[^>]*>', re.I),
]


def injected_blocks(doc, spam):
    blocks = []
    for pat in BLOCK_PATTERNS:
        blocks += [m.group(0) for m in pat.finditer(doc)]
    for s in spam:
        es = html.escape(s, quote=False)
        for m in re.finditer(r"<(\w+)[^>]*>[^<]*" + re.escape(es) + r"[^<]*</\1>", doc):
            blocks.append(m.group(0))
    return [WS.sub(" ", b) for b in blocks if len(WS.sub(" ", b)) >= RUN]


def longest_shared(block, texts):
    """Longest run (>= RUN) of block found in any text: every such run contains an aligned RUN//2 chunk."""
    half = RUN // 2
    best = (0, None)
    for start in range(0, len(block) - half + 1, half):
        chunk = block[start:start + half]
        for name, t in texts:
            pos = t.find(chunk)
            while pos != -1:
                a, b = start, pos
                while a > 0 and b > 0 and block[a - 1] == t[b - 1]:
                    a, b = a - 1, b - 1
                c, d = start + half, pos + half
                while c < len(block) and d < len(t) and block[c] == t[d]:
                    c, d = c + 1, d + 1
                if c - a > best[0]:
                    best = (c - a, name)
                if best[0] >= RUN:
                    return best
                pos = t.find(chunk, pos + 1)
    return best


def main(argv):
    dirs = [os.path.abspath(a) for a in argv] or [os.path.join(REPO, "bench", "data", "dev")]
    errors, pages, hij_pages = [], 0, []
    for folder in own_folders():
        name = os.path.basename(folder)
        hdir = os.path.join(folder, "html")
        ids = []
        with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    t = json.loads(line)
                except ValueError as ex:
                    errors.append(f"{name}:{n}: bad json: {ex}")
                    continue
                pages += 1
                for k, ty in REQ.items():
                    if not isinstance(t.get(k), ty):
                        errors.append(f"{name}:{t.get('id')}: field {k} missing or not {ty.__name__}")
                for k in OPT:
                    if k not in t or not (t[k] is None or isinstance(t[k], str)):
                        errors.append(f"{name}:{t.get('id')}: field {k} missing or not str/null")
                if t.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t["date"]):
                    errors.append(f"{t['id']}: date not YYYY-MM-DD")
                rid = t.get("id", "")
                ids.append(rid)
                p = os.path.join(hdir, rid + ".html")
                if not os.path.isfile(p):
                    errors.append(f"{rid}: no html file")
                    continue
                raw = open(p, "rb").read()
                cs = declared(raw)
                enc = t.get("encoding", "").lower()
                if cs is None or cs.replace("gb2312", "gbk") != enc:
                    errors.append(f"{rid}: declared charset {cs} != truth encoding {enc}")
                try:
                    doc = raw.decode(enc)
                except (UnicodeDecodeError, LookupError) as ex:
                    errors.append(f"{rid}: does not decode as {enc}")
                    continue
                shown = html.unescape(doc)
                if not t.get("text", "").strip():
                    errors.append(f"{rid}: empty text")
                for s in t.get("spam_strings", []):
                    if s not in shown:
                        errors.append(f"{rid}: a spam string is not in the page")
                if t.get("hijacked"):
                    acts = (t.get("spam_strings") or re.search(r"<script|<iframe|http-equiv=.?refresh", doc, re.I)
                            or "copy-on-unrelated-host" in t.get("injections", []))
                    if not acts:
                        errors.append(f"{rid}: hijacked but carries no injection")
                    hij_pages.append((rid, doc, t.get("spam_strings", [])))
        if len(set(ids)) != len(ids):
            errors.append(f"{name}: duplicate ids")
        stray = sorted(set(f[:-5] for f in os.listdir(hdir) if f.endswith(".html")) - set(ids))
        if stray:
            errors.append(f"{name}: html without truth: {stray}")

    htmls, truths = compared_files(dirs)
    texts = []
    for p in htmls:
        with open(p, "rb") as fh:
            texts.append((os.path.relpath(p, REPO), WS.sub(" ", decode_any(fh.read()))))
    nblocks = 0
    for rid, doc, spam in hij_pages:
        for b in injected_blocks(doc, spam):
            nblocks += 1
            n, where = longest_shared(b, texts)
            if n >= RUN:
                errors.append(f"{rid}: injected block shares a {n}-char run with {where}")
    other = set()
    for p in truths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    try:
                        other.update(s for s in json.loads(line).get("spam_strings") or [] if s)
                    except ValueError:
                        pass
    for rid, doc, spam in hij_pages:
        for s in spam:
            hits = [o for o in other if s == o or s in o or o in s]
            if hits:
                errors.append(f"{rid}: a spam string equals, contains or is contained in {len(hits)} compared spam string(s)")
    print(f"pages {pages}, hijacked {len(hij_pages)}; compared {len(htmls)} html and {len(truths)} truth files "
          f"in {', '.join(os.path.relpath(d, REPO) for d in dirs)}; {nblocks} injected blocks checked")
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
