#!/usr/bin/env python3
"""Convert the fixtures that jocmp/mercury-parser (a maintained fork of Postlight's Mercury parser)
added after the fork -- pages that are NOT in postlight/parser nor in omnivore-app/omnivore --
into a newsvault extraction set: html/<id>.html (the fixture bytes as stored) + truth.jsonl.

Truth comes from the hand-written expectations in src/extractors/custom/<host>/index.test.js:
  title            assert.strictEqual(title, ...)
  author           assert.strictEqual(author, ...)       (null when the test asserts null)
  date             assert.strictEqual(date_published, ...)  -> YYYY-MM-DD (the ISO value's UTC date)
  dek              assert.strictEqual(dek, ...)           (kept as an extra field)
  text             the asserted first-N-words excerpt of the content and/or the strings the test
                   asserts the content includes (text_partial: true always; text_from says which)
A test block is one beforeAll() (url + fixture); a fixture with no url or no text assertion
(first words or includes) is skipped.  Pages whose url host+path is in any /work/data/extract/dev-*/truth.jsonl,
or whose host is a url host of bench/data/dev/*/truth.jsonl, are dropped (see --dev-root); since v40 is dev
(2026-12-06), its own sets dev-v40-* and folders *-v40, *-v40b are skipped there.

Standard library + git only, no network; deterministic (byte-identical on re-run).
Usage:
  python3 convert.py --repo /work/.mirror/jocmp+mercury-parser/repo \
      --postlight /work/.mirror/postlight+parser/repo --omnivore /work/.mirror/omnivore-app+omnivore/repo \
      --out /work/data/extract/dev-v40-mercuryfork [--dev-root /work/main/bench/data/dev]
"""
import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
from urllib.parse import urlsplit


def git(repo, *args, binary=False):
    out = subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout
    return out if binary else out.decode("utf-8", "replace")


def gitdir(path):
    return os.path.join(path, ".git") if os.path.isdir(os.path.join(path, ".git")) else path


def all_paths(repo, prefix_filter=None):
    """Every path that ever existed in any commit of repo (names only)."""
    try:
        out = git(repo, "log", "--all", "--name-only", "--format=")
    except subprocess.CalledProcessError:  # snapshot with partial history: its HEAD tree only
        out = git(repo, "ls-tree", "-r", "--name-only", "HEAD")
    return {p.strip() for p in out.splitlines() if p.strip()}


ESC = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "`": "`", "\\": "\\", "0": "\0"}


def parse_literal(s, i):
    """Parse a JS string literal (or several joined with +) starting at s[i] (after whitespace).
    Returns (value, end) or (None, i) when the token is null/undefined, or raises ValueError."""
    j = i
    while j < len(s) and s[j] in " \t\r\n":
        j += 1
    if s.startswith("null", j) or s.startswith("undefined", j):
        return None, j + 4
    parts = []
    while True:
        while j < len(s) and s[j] in " \t\r\n":
            j += 1
        if j >= len(s) or s[j] not in "'\"`":
            raise ValueError("no literal at %d: %r" % (j, s[j:j + 40]))
        q = s[j]
        j += 1
        buf = []
        while s[j] != q:
            c = s[j]
            if c == "\\":
                n = s[j + 1]
                if n == "u":
                    if s[j + 2] == "{":
                        k = s.index("}", j)
                        buf.append(chr(int(s[j + 3:k], 16)))
                        j = k + 1
                    else:
                        buf.append(chr(int(s[j + 2:j + 6], 16)))
                        j += 6
                    continue
                if n == "x":
                    buf.append(chr(int(s[j + 2:j + 4], 16)))
                    j += 4
                    continue
                if n == "\n":
                    j += 2
                    continue
                buf.append(ESC.get(n, n))
                j += 2
                continue
            if q == "`" and c == "$" and s[j + 1] == "{":
                raise ValueError("template expression")
            buf.append(c)
            j += 1
        parts.append("".join(buf))
        j += 1
        k = j
        while k < len(s) and s[k] in " \t\r\n":
            k += 1
        if k < len(s) and s[k] == "+":
            j = k + 1
            continue
        return "".join(parts), j


FIELD = re.compile(r"assert\.(?:strictEqual|equal|deepEqual)\(\s*(title|author|date_published|dek|first\d+|excerpt|first_\d+)\s*,")
INCL = re.compile(r"\.includes\(\s*")
URL = re.compile(r"\burl\s*=\s*(?=['\"`])")
FIX = re.compile(r"readFileSync\(\s*(['\"`])\.?/?(fixtures/[^'\"`]+)\1")
NWORDS = re.compile(r"excerptContent\([^,]+,\s*(\d+)\s*\)")


def parse_test(src):
    """Split a test file into beforeAll blocks and collect the assertions after each."""
    starts = [m.start() for m in re.finditer(r"beforeAll\(", src)] + [len(src)]
    blocks = []
    for a, b in zip(starts, starts[1:]):
        seg = src[a:b]
        m = URL.search(seg)
        f = FIX.search(seg)
        if not m or not f:
            continue
        try:
            url, _ = parse_literal(seg, m.end())
        except ValueError:
            continue
        rec = dict(url=url, fixture=f.group(2), title=None, author=None, date=None, dek=None,
                   excerpt=None, nwords=None, includes=[], asserted=set())
        for fm in FIELD.finditer(seg):
            name = fm.group(1)
            try:
                val, _ = parse_literal(seg, fm.end())
            except (ValueError, IndexError):
                continue
            if name.startswith("first") or name == "excerpt":
                rec["excerpt"] = val
            elif name == "date_published":
                rec["date"] = val
            else:
                rec[name] = val
            rec["asserted"].add(name)
        nw = NWORDS.search(seg)
        if nw:
            rec["nwords"] = int(nw.group(1))
        for im in INCL.finditer(seg):
            # only positive assertions on the article text: `text.includes(...)` / `content.includes(...)`,
            # not `!content.includes(...)` nor `lead_image_url.includes(...)`
            pre = seg[max(0, im.start() - 80):im.start()]
            who = re.search(r"(!?)\s*([A-Za-z_$][\w$]*(?:\(\))?)\s*$", pre)
            if not who or who.group(1) or not re.search(r"text|content", who.group(2), re.I):
                continue
            try:
                val, _ = parse_literal(seg, im.end())
            except (ValueError, IndexError):
                continue
            if val and val not in rec["includes"]:
                rec["includes"].append(val)
        blocks.append(rec)
    return blocks


# The generator of a new extractor's test (scripts/templates/custom-extractor-test.js) writes
# `assert.equal(first13, '<a placeholder>')` and fills title, author, date and dek with what the generic
# parser found; a test still holding that placeholder was never written by hand, so none of its
# expectations is truth. The placeholder is read from the repository's own template, not typed here.
TEMPLATE = "scripts/templates/custom-extractor-test.js"
PLACEHOLDER = re.compile(r"assert\.equal\(\s*first\d+\s*,\s*(?=['\"`])")


def placeholders(repo):
    """The first-words placeholders the repository's test generator writes (empty without one)."""
    try:
        src = git(repo, "show", "HEAD:" + TEMPLATE)
    except subprocess.CalledProcessError:
        return set()
    found = set()
    for m in PLACEHOLDER.finditer(src):
        try:
            found.add(parse_literal(src, m.end())[0])
        except ValueError:
            continue
    return {squash(p) for p in found if p}


def hostpath(u):
    p = urlsplit(u or "")
    return (p.hostname or "").lower().removeprefix("www.") + p.path.rstrip("/")


def host(u):
    return (urlsplit(u or "").hostname or "").lower().removeprefix("www.")


HAN = re.compile(r"[\u3400-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
CYR = re.compile(r"[\u0400-\u04ff]")
GREEK = re.compile(r"[\u0370-\u03ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
TLD_LANG = {"de": "de", "at": "de", "pl": "pl", "fr": "fr", "it": "it", "es": "es", "ch": "de", "dk": "da",
            "nl": "nl", "jp": "ja", "ru": "ru"}
SUB_LANG = {"fr": "fr", "de": "de", "es": "es", "it": "it", "japanese": "ja"}
HOST_LANG = {"actualidad.rt.com": "es", "gr.euronews.com": "el", "ici.radio-canada.ca": "fr",
             "www.blick.de": "de", "tarnkappe.info": "de", "www.lebensmittelwarnung.de": "de",
             "www.1pezeshk.com": "fa", "www.frandroid.com": "fr", "www.numerama.com": "fr",
             "www.futura-sciences.com": "fr"}


def guess_lang(url, text):
    t = text or ""
    han, kana = len(HAN.findall(t)), len(KANA.findall(t))
    if kana and kana * 5 >= han:  # Japanese writes kana in most sentences; a Chinese page may quote a name
        return "ja"
    if han:
        return "zh"
    if HANGUL.search(t):
        return "ko"
    if GREEK.search(t):
        return "el"
    if ARABIC.search(t):
        return "fa" if "pezeshk" in url else "ar"
    if CYR.search(t):
        return "ru"
    h = (urlsplit(url).hostname or "").lower()
    if h in HOST_LANG:
        return HOST_LANG[h]
    sub = h.split(".", 1)[0]
    if sub in SUB_LANG:
        return SUB_LANG[sub]
    tld = h.rsplit(".", 1)[-1]
    return TLD_LANG.get(tld, "en")


TAGS = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>", re.S | re.I)


def visible_squashed(raw):
    """The page's tag-stripped text, entity-decoded, with all whitespace removed, lower-cased."""
    import html as htmlmod
    s = decode_page(raw)
    return re.sub(r"[\s\u00a0\u200b]+", "", htmlmod.unescape(TAGS.sub(" ", s))).lower()


def decode_page(raw):
    """Decode page bytes: the declared charset (gb2312/gbk read as gb18030), else utf-8, gb18030, cp1252."""
    cs = declared_charset(raw)
    tries = []
    if cs:
        tries.append("gb18030" if cs.replace("-", "") in ("gb2312", "gbk", "gb18030") else cs)
    tries += ["utf-8", "gb18030", "cp1252"]
    for enc in tries:
        try:
            return raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", "replace")


def squash(s):
    import html as htmlmod
    return re.sub(r"[\s\u00a0\u200b]+", "", htmlmod.unescape(s or "")).lower()


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def date_forms(d):
    y, m, dd = d.year, d.month, d.day
    mo = MONTHS[m - 1]
    return ["%d-%02d-%02d" % (y, m, dd), "%02d/%02d/%d" % (m, dd, y), "%02d.%02d.%d" % (dd, m, y),
            "%d.%d.%d" % (dd, m, y), "%d年%d月%d日" % (y, m, dd), "%d年%02d月%02d日" % (y, m, dd),
            "%d/%02d/%02d" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd), "%s %d, %d" % (mo, dd, y),
            "%d %s %d" % (dd, mo, y), "%s %d, %d" % (mo[:3], dd, y), "%s. %d, %d" % (mo[:3], dd, y)]


def page_date(iso, raw):
    """The asserted date_published is a UTC instant. Its UTC date is kept unless the page writes only the
    neighbouring day that the instant's hour explains (a US evening is the next UTC day, an Asian morning
    the previous one): then the date the page shows is kept. Returns (date, how)."""
    import datetime
    import html as htmlmod
    if not (isinstance(iso, str) and re.match(r"\d{4}-\d\d-\d\d", iso)):
        return None, None
    d = datetime.date.fromisoformat(iso[:10])
    hm = re.match(r"\d{4}-\d\d-\d\dT(\d\d)", iso)
    full = re.sub(r"\s+", " ", htmlmod.unescape(decode_page(raw))).lower()
    if any(f in full for f in date_forms(d)) or not hm:
        return d.isoformat(), "asserted"
    hour = int(hm.group(1))
    prev, nxt = d - datetime.timedelta(1), d + datetime.timedelta(1)
    if hour < 12 and any(f in full for f in date_forms(prev)):
        return prev.isoformat(), "page-local (asserted UTC instant, previous day on the page)"
    if hour >= 12 and any(f in full for f in date_forms(nxt)):
        return nxt.isoformat(), "page-local (asserted UTC instant, next day on the page)"
    return d.isoformat(), "asserted (not found written on the page)"


DECL = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.I)


def declared_charset(raw):
    m = DECL.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


# v40 is dev itself since it was spent (2026-12-06): its own sets (dev-v40-*) and v40's own split folders
# (*-v40, *-v40b) are skipped, so pages are compared with the older dev sets and splits only
OWN_SET = "dev-v40-"
OWN_SPLIT = re.compile(r"-v40[a-z]?$")


def dev_exclusions(extract_root, dev_root):
    hp, hosts = set(), set()
    for tp in sorted(glob.glob(os.path.join(extract_root, "dev-*", "truth.jsonl"))):
        if os.path.basename(os.path.dirname(tp)).startswith(OWN_SET):
            continue
        with open(tp, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    u = json.loads(line).get("url")
                    if u:
                        hp.add(hostpath(u))
    if dev_root:
        for tp in sorted(glob.glob(os.path.join(dev_root, "*", "truth.jsonl"))):
            if OWN_SPLIT.search(os.path.basename(os.path.dirname(tp))):
                continue
            with open(tp, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        u = json.loads(line).get("url")
                        if u:
                            hosts.add(host(u))
    return hp, hosts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--postlight", required=True)
    ap.add_argument("--omnivore", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--extract-root", default="/work/data/extract")
    ap.add_argument("--dev-root", default=None)
    ap.add_argument("--prefix", default="mf40")
    ap.add_argument("--exclude", action="append", default=[],
                    help="another repository whose fixtures, blobs, test urls (and, with --new-hosts-only, "
                         "extractor hosts) are excluded; repeatable")
    ap.add_argument("--new-hosts-only", action="store_true",
                    help="keep only extractors whose host directory none of the excluded repositories has")
    a = ap.parse_args()
    repo = gitdir(a.repo)
    excl = [gitdir(a.postlight), gitdir(a.omnivore)] + [gitdir(x) for x in a.exclude]
    head = git(repo, "rev-parse", "HEAD").strip()

    # pages already used: every fixture basename postlight/omnivore ever held, and every blob they hold
    used_names, used_blobs = set(), set()
    for r in excl:
        for p in all_paths(r):
            if "fixtures/" in p and p.endswith((".html", ".htm")):
                used_names.add(p[p.index("fixtures/"):])
        for line in git(r, "ls-tree", "-r", "HEAD").splitlines():
            parts = line.split()
            if len(parts) >= 4 and "fixtures/" in line:
                used_blobs.add(parts[2])
    used_urls = set()
    used_hosts = set()
    for r in excl:
        for line in git(r, "ls-tree", "-r", "--name-only", "HEAD").splitlines():
            m = re.search(r"extractors/custom/([^/]+)/", line)
            if m:
                used_hosts.add(m.group(1).lower())
            if line.endswith(".test.js") and "extractors/custom/" in line:
                try:
                    src = git(r, "show", "HEAD:" + line)
                except subprocess.CalledProcessError:
                    continue
                for blk in parse_test(src):
                    used_urls.add(hostpath(blk["url"]))
    dev_hp, dev_hosts = dev_exclusions(a.extract_root, a.dev_root)

    tree = {}
    for line in git(repo, "ls-tree", "-r", "HEAD").splitlines():
        meta, path = line.split("\t", 1)
        tree[path] = meta.split()[2]
    tests = sorted(p for p in tree if p.startswith("src/extractors/custom/") and p.endswith(".test.js"))
    recs, log = [], {"skipped": []}
    for tp in tests:
        src = git(repo, "show", "HEAD:" + tp)
        for blk in parse_test(src):
            fx = blk["fixture"]
            why = None
            if fx not in tree:
                why = "fixture not in tree"
            elif fx in used_names or tree[fx] in used_blobs:
                why = "fixture in an excluded repository"
            elif a.new_hosts_only and tp.split("/")[3].lower() in used_hosts:
                why = "extractor host in an excluded repository"
            elif hostpath(blk["url"]) in used_urls:
                why = "url in an excluded repository's tests"
            elif hostpath(blk["url"]) in dev_hp:
                why = "url in a dev extraction set"
            elif host(blk["url"]) in dev_hosts:
                why = "host in a dev split"
            elif not (blk["excerpt"] or blk["includes"]):
                why = "no text assertion"
            if why:
                if fx in tree and not (fx in used_names or tree[fx] in used_blobs) \
                        and why != "extractor host in an excluded repository":
                    log["skipped"].append((fx, why))
                continue
            blk["test"] = tp
            recs.append(blk)
    # keep only "includes" snippets a reader can see (tests also assert image file names and urls)
    for r in recs:
        vis = visible_squashed(git(repo, "cat-file", "blob", tree[r["fixture"]], binary=True))
        kept = [x for x in r["includes"] if squash(x) and squash(x) in vis]
        r["dropped_includes"] = len(r["includes"]) - len(kept)
        r["includes"] = kept
        if r["excerpt"]:  # an excerpt a reader cannot see (app shell, text only in meta tags) is no truth
            words = [w for w in r["excerpt"].split() if squash(w)]
            if words and sum(squash(w) not in vis for w in words) * 2 > len(words):
                r["excerpt"] = None
    for r in [r for r in recs if not (r["excerpt"] or r["includes"])]:
        log["skipped"].append((r["fixture"], "no visible text assertion"))
    recs = [r for r in recs if r["excerpt"] or r["includes"]]
    # one record per fixture (first test block wins)
    seen, uniq = set(), []
    for r in sorted(recs, key=lambda r: (r["fixture"], r["test"])):
        if r["fixture"] in seen:
            continue
        seen.add(r["fixture"])
        uniq.append(r)

    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    for old in glob.glob(os.path.join(a.out, "html", "*.html")):
        os.remove(old)
    lines, stats = [], {"pages": 0, "lang": {}, "text_from": {}, "charset": {}, "title": 0, "author": 0, "date": 0}
    unwritten = placeholders(repo)
    for n, r in enumerate(uniq, 1):
        pid = "%s-%03d" % (a.prefix, n)
        if r["excerpt"] and squash(r["excerpt"]) in unwritten and not r["includes"]:
            # (its id stays unused: the other pages keep the ids the v40 accounts cite)
            log["skipped"].append((r["fixture"], "placeholder truth (the test generator's first words, %s)" % pid))
            stats["placeholder"] = stats.get("placeholder", 0) + 1
            continue
        raw = git(repo, "cat-file", "blob", tree[r["fixture"]], binary=True)
        with open(os.path.join(a.out, "html", pid + ".html"), "wb") as f:
            f.write(raw)
        parts = []
        if r["excerpt"]:
            parts.append(r["excerpt"])
        for s in r["includes"]:
            if not any(s in p for p in parts):
                parts.append(s)
        text = "\n".join(parts)
        text_from = "+".join(x for x, ok in (("first_words", bool(r["excerpt"])), ("includes", bool(r["includes"]))) if ok) or "none"
        date, date_from = page_date(r["date"], raw)
        lang = guess_lang(r["url"], (r["title"] or "") + " " + text)
        cs = declared_charset(raw) or "none-declared"
        rec = {
            "id": pid, "url": r["url"], "title": r["title"], "date": date, "source": None,
            "author": r["author"] if isinstance(r["author"], str) and r["author"].strip() else None,
            "date_from": date_from, "date_asserted": r["date"] if isinstance(r["date"], str) else None,
            "text": text, "text_partial": True, "text_from": text_from,
            "text_words": r["nwords"], "dek": r["dek"], "hijacked": False, "injections": [],
            "spam_strings": [], "legit": False, "lang": lang, "site": host(r["url"]),
            "fixture": r["fixture"], "test": r["test"], "encoding": cs,
            "origin": "jocmp/mercury-parser@%s %s (expectations from %s)" % (head[:12], r["fixture"], r["test"]),
        }
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        stats["pages"] += 1
        stats["lang"][lang] = stats["lang"].get(lang, 0) + 1
        stats["text_from"][text_from] = stats["text_from"].get(text_from, 0) + 1
        stats["charset"][cs] = stats["charset"].get(cs, 0) + 1
        stats.setdefault("date_from", {})
        if date_from:
            stats["date_from"][date_from] = stats["date_from"].get(date_from, 0) + 1
        for k in ("title", "author", "date"):
            stats[k] += 1 if rec[k] else 0
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    stats["skipped"] = sorted(log["skipped"])
    stats["commit"] = head
    with open(os.path.join(a.out, "convert-log.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps({k: v for k, v in stats.items() if k != "skipped"}, ensure_ascii=False, sort_keys=True))
    print("skipped:", len(stats["skipped"]), file=sys.stderr)


if __name__ == "__main__":
    main()
