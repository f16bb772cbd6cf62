"""Validate the v47 folders (keeper k47; pending-v47/ at collection, held out in bench/data/heldout/ from 2026-12-07,
when v46 was spent and moved to dev; dev since v47 was spent, 2026-12-07) and compare them with other splits.

Usage:
  python3 validate_v47.py [--own DIR ...] [COMPARE_DIR ...]

  --own DIR      a v47 folder to validate (html/<id>.html + truth.jsonl); default: real-cases-v47/ next to this
                 script (at collection: every folder next to it holding a truth.jsonl, which was real-cases-v47/
                 alone; in heldout/ and now in dev/ its siblings real-cases-v47b/ and synthetic-v47/ sit there too, and they follow
                 other conventions and have their own validators, validate_v47b.py and validate_v47s.py).
  COMPARE_DIR    folders whose truth.jsonl files and html files are compared with ours (searched recursively);
                 default: bench/data/dev: since v47 is dev (2026-12-07), the older dev splits.  Any folder whose
                 name holds 'v47' (v47's own, wherever they sit) and any held-out or pending folder (heldout/,
                 heldout-*, pending-*: v48 on, later than v47) are always skipped, even when passed.
  Failures name the page id and the reason class only (no string, host or code).

Checks, per own folder:
  1. truth.jsonl parses; required fields present; ids unique; every id has html/<id>.html and every html has an id.
  2. the html declares a charset equal to the truth `encoding` and decodes with it.
  3. text is not empty; hijacked/legit are booleans; date is YYYY-MM-DD or null.
  4. every spam string occurs in the page as decoded (entities unescaped); a hijacked page with no spam string
     must be a copy (injections name copy-on-unrelated-host), so its injection is the page itself.
  5. item 7 (no shared code): every injected block of a hijacked page (script, iframe, noscript, style inside
     <body>, element hidden by its style attribute) whose whitespace-collapsed text is >= 120 characters shares
     no 120-character run with any html under the compared folders.
  6. no spam string equals, contains or is contained in a spam string of the compared folders' truth.jsonl.
  7. no url and no host (site) of ours occurs as a url/host/site in the compared folders' truth.jsonl.
Exit status 0 when everything passes.
"""
import glob
import html as H
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
REQ = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
       "lang", "origin", "kind", "site", "capture", "encoding"]
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
WS = re.compile(r"\s+")
RUN = 120


def norm_enc(x):
    x = x.lower().replace("_", "-")
    return {"utf8": "utf-8", "gb2312": "gbk"}.get(x, x)


def collapse(s):
    return WS.sub(" ", s).strip()


def injected_blocks(doc):
    """Code a hijacker adds: scripts, iframes, noscripts, styles inside <body>, hidden elements."""
    out = []
    for m in re.finditer(r"<script\b.*?</script\s*>", doc, re.S | re.I):
        out.append(m.group(0))
    for m in re.finditer(r"<noscript\b.*?</noscript\s*>", doc, re.S | re.I):
        out.append(m.group(0))
    for m in re.finditer(r"<iframe\b[^>]*>", doc, re.S | re.I):
        out.append(m.group(0))
    body = re.search(r"<body\b.*", doc, re.S | re.I)
    if body:
        for m in re.finditer(r"<style\b.*?</style\s*>", body.group(0), re.S | re.I):
            out.append(m.group(0))
    for m in re.finditer(r"<(\w+)\b[^>]*style\s*=\s*[\"'][^\"']*(display\s*:\s*none|visibility\s*:\s*hidden|"
                         r"left\s*:\s*-\d{3,}|top\s*:\s*-\d{3,})[^>]*>", doc, re.S | re.I):
        tag = m.group(1)
        end = doc.find(f"</{tag}", m.end())
        out.append(doc[m.start(): end if end > 0 else m.end()])
    return [collapse(b) for b in out if len(collapse(b)) >= RUN]


def read_html(path, enc=None):
    raw = open(path, "rb").read()
    m = CHARSET.search(raw[:4096])
    declared = norm_enc(m.group(1).decode()) if m else None
    for e in [enc, declared, "utf-8", "gb18030"]:
        if not e:
            continue
        try:
            return raw.decode(e), declared
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", "replace"), declared


def own_folders(args):
    if args:
        return args
    return [os.path.join(HERE, "real-cases-v47")]


def under(path, root):
    path, root = os.path.abspath(path), os.path.abspath(root)
    return path == root or path.startswith(root + os.sep)


def compared_files(roots, pattern):
    out = []
    for r in roots:
        for dp, dns, fns in os.walk(r):
            if SKIP.search(os.path.basename(os.path.normpath(dp))):
                dns[:] = []
                continue
            dns[:] = sorted(d for d in dns if not SKIP.search(d))
            for fn in sorted(fns):
                if re.fullmatch(pattern, fn):
                    out.append(os.path.join(dp, fn))
    return out


# v47's own folders (dev/ since v47 was spent, 2026-12-07; heldout/ before, pending-v47/ at collection) and any pending
# or held-out folder (v48 on, later than v47)
SKIP = re.compile(r"v47|^(heldout|pending)($|-)")


def host(u):
    try:
        return (urlparse(u).hostname or "").lower()
    except ValueError:
        return ""


def main(argv):
    own, cmp_roots, i = [], [], 0
    while i < len(argv):
        if argv[i] == "--own":
            own.append(argv[i + 1])
            i += 2
        else:
            cmp_roots.append(argv[i])
            i += 1
    own = own_folders(own)
    cmp_roots = cmp_roots or [os.path.join(REPO, "bench", "data", "dev")]
    errors, pages, hij, blocks = [], 0, 0, []

    # -- other splits' truth
    other_spam, other_urls, other_hosts, ntruth = set(), set(), set(), 0
    for tp in compared_files(cmp_roots, r"truth\.jsonl"):
        ntruth += 1
        for line in open(tp, encoding="utf-8"):
            if not line.strip():
                continue
            t = json.loads(line)
            for s in t.get("spam_strings") or []:
                other_spam.add(s)
            if t.get("url"):
                other_urls.add(t["url"])
                other_hosts.add(host(t["url"]))
            if t.get("site") and "." in str(t["site"]):
                other_hosts.add(str(t["site"]).lower())
    other_hosts.discard("")
    other_spam_l = sorted(other_spam)

    for folder in own:
        tpath = os.path.join(folder, "truth.jsonl")
        truth, ids = [], set()
        for n, line in enumerate(open(tpath, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                t = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{tpath}:{n}: json: {ex}")
                continue
            miss = [k for k in REQ if k not in t]
            if miss:
                errors.append(f"{t.get('id')}: missing fields {miss}")
            if t.get("id") in ids:
                errors.append(f"{t.get('id')}: duplicate id")
            ids.add(t.get("id"))
            truth.append(t)
        htmls = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "html", "*.html"))}
        for x in sorted(ids - htmls):
            errors.append(f"{x}: no html file")
        for x in sorted(htmls - ids):
            errors.append(f"html/{x}.html: no truth line")
        for t in truth:
            pages += 1
            tid = t.get("id")
            p = os.path.join(folder, "html", f"{tid}.html")
            if not os.path.exists(p):
                continue
            enc = norm_enc(t.get("encoding") or "utf-8")
            doc, declared = read_html(p, enc)
            if declared != enc:
                errors.append(f"{tid}: declared charset {declared} != truth encoding {enc}")
            try:
                open(p, "rb").read().decode(enc)
            except (UnicodeDecodeError, LookupError):
                errors.append(f"{tid}: does not decode as {enc}")
            if not (t.get("text") or "").strip():
                errors.append(f"{tid}: empty text")
            if not isinstance(t.get("hijacked"), bool) or not isinstance(t.get("legit"), bool):
                errors.append(f"{tid}: hijacked/legit not booleans")
            if t.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(t["date"])):
                errors.append(f"{tid}: bad date {t['date']}")
            shown = H.unescape(doc)
            for s in t.get("spam_strings") or []:
                if s not in shown:
                    errors.append(f"{tid}: spam string not in page: {s[:40]}")
            if t.get("hijacked"):
                hij += 1
                if not t.get("spam_strings") and "copy-on-unrelated-host" not in (t.get("injections") or []):
                    errors.append(f"{tid}: hijacked with no spam string and not a copy")
                for b in injected_blocks(doc):
                    blocks.append((tid, b))
            # spam-string overlap with the compared splits
            for s in t.get("spam_strings") or []:
                for o in other_spam_l:
                    if s == o or s in o or o in s:
                        errors.append(f"{tid}: a spam string overlaps a compared spam string (either way)")
                        break
            if t.get("url") in other_urls:
                errors.append(f"{tid}: url occurs in a compared split")
            for h in {host(t.get("url", "")), str(t.get("site") or "").lower()} - {""}:
                if h in other_hosts:
                    errors.append(f"{tid}: host occurs in a compared split")

    # -- item 7: injected code shared with compared html
    nhtml = 0
    if blocks:
        parts = []
        for hp in compared_files(cmp_roots, r".*\.html?"):
            nhtml += 1
            d, _ = read_html(hp)
            parts.append(collapse(d))
        big = "\x00".join(parts)
        for tid, b in blocks:
            for k in range(0, len(b) - RUN + 1):
                if b[k:k + RUN] in big:
                    errors.append(f"{tid}: injected code shares a {RUN}-character run with a compared html file")
                    break
    else:
        nhtml = len(compared_files(cmp_roots, r".*\.html?"))

    for x in errors:
        print("FAIL", x)
    print(f"{'OK' if not errors else 'FAILED'}: {pages} pages ({hij} hijacked) in {len(own)} folder(s); "
          f"{len(blocks)} injected code block(s) >= {RUN} chars checked against {nhtml} compared html files; "
          f"{len(other_spam)} compared spam strings from {ntruth} truth files; {len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
