#!/usr/bin/env python3
"""Convert palladian/palladian's content-extractor test pages into the v47 extraction set (keeper k47x;
dev-v47-palladian since v47 was spent, 2026-12-07; written as pending-v47-palladian, held out as heldout-v47-palladian
from 2026-12-07, when v46 was spent, until then).

usage: python3 convert.py MIRROR_GIT_DIR OUT_DIR
Reads the bare git snapshot with `git show` (no network); deterministic (sorted, fixed ids, no timestamps).
Two groups of pages from palladian-core/src/test/resources/pageContentExtractor/:
  pl47-t*: test0NN.html that have result/test0NN.txt (the repository's expected full text, "Readability
           Testpages" listed OK in _overview_testcases.txt, which also gives each page's url); text = that file.
  pl47-n*: news-*.html checked in PalladianContentExtractorTest.java: title, publish date, and text snippets
           (startsWith / endsWith / containsString -> `with`, not(containsString) -> `without`); text is PARTIAL
           (the snippets joined by "\n", text_partial true); url = the page's canonical / og:url when present.
           A news page is left out when one of its `with` snippets is not in its visible text (whitespace ignored):
           at HEAD that drops news-telegraaf (paywalled; the body is only in JSON-LD).
"""
import hashlib, html, json, os, re, subprocess, sys

P = "palladian-core/src/test/resources/pageContentExtractor/"
T = "palladian-core/src/test/java/ws/palladian/extraction/content/PalladianContentExtractorTest.java"


def git(repo, *a):
    return subprocess.run(["git", "--git-dir", repo] + list(a), check=True, capture_output=True).stdout


def jstr(s):
    return re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)),
                  s.replace('\\"', '"').replace("\\'", "'")).replace('\\\\', '\\')


JS = r'"((?:[^"\\]|\\.)*)"'


def page_url(b):
    t = b.decode("utf-8", "replace")
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)', r'<link[^>]+href=["\']([^"\']+)["\'][^>]*rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)', r'<meta[^>]+content=["\']([^"\']+)["\'][^>]*property=["\']og:url'):
        m = re.search(pat, t, re.I)
        if m and m.group(1).startswith("http"):
            return html.unescape(m.group(1))
    return None


def visible_nows(b):
    """The page's visible text (scripts, styles, comments and tags removed, entities decoded), all whitespace removed."""
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:5000])
    try:
        t = b.decode(m.group(1).decode() if m else "utf-8", "replace")
    except LookupError:
        t = b.decode("utf-8", "replace")
    t = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return re.sub(r"\s+", "", t)


def page_lang(b):
    m = re.search(rb'<html[^>]*\blang=["\']?([A-Za-z]{2})', b[:5000], re.I)
    return m.group(1).decode().lower() if m else None


# removed on 2026-12-07 when v46 became dev (held out from then): pages whose url host is a host of pages of older dev
# data -- the dev-* extraction sets (48, dev-v46-nkunews included) or /work/shared/corpus; a count-only check, by id and
# reason class only. Ids are names, so the others keep theirs.
REMOVED = {"pl47-n-bbc", "pl47-n-belfasttelegraph", "pl47-n-dailyrecord", "pl47-n-foxnews", "pl47-n-independent",
           "pl47-n-independent-ie", "pl47-n-indianexpress", "pl47-n-mirror", "pl47-n-nationalpost", "pl47-n-ndtv",
           "pl47-n-theage", "pl47-n-theguardian", "pl47-n-thestar", "pl47-t001", "pl47-t002",
           "pl47-t003", "pl47-t005", "pl47-t006", "pl47-t008", "pl47-t011",
           "pl47-t012", "pl47-t013", "pl47-t014", "pl47-t018"}


def main(repo, out):
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    files = set(git(repo, "ls-tree", "-r", "--name-only", "HEAD", P).decode().split("\n"))
    rows, pages = [], {}
    ov = git(repo, "show", f"HEAD:{P}_overview_testcases.txt").decode("utf-8", "replace")
    urls = dict(re.findall(r'^(test\d+)\.html\s*-->\s*(\S+)', ov, re.M))
    for name in sorted(files):
        m = re.match(re.escape(P) + r'result/(test\d+)\.txt$', name)
        if not m or P + m.group(1) + ".html" not in files:
            continue
        tid = m.group(1)
        b = git(repo, "show", f"HEAD:{P}{tid}.html")
        txt = git(repo, "show", f"HEAD:{name}").decode("utf-8", "replace").replace("\r\n", "\n")
        lines = [re.sub(r'[ \t\u00a0]+', ' ', l).strip() for l in txt.split("\n")]
        text = "\n".join(l for l in lines if l)
        i = f"pl47-{tid.replace('test', 't')}"
        pages[i] = b
        rows.append(dict(id=i, url=urls.get(tid), title=None, date=None, source=None, author=None, text=text,
                         text_partial=False, origin=f"{commit}:{P}{tid}.html + result/{tid}.txt", lang=page_lang(b)))
    src = git(repo, "show", f"HEAD:{T}").decode("utf-8")
    src = "\n".join(l for l in src.split("\n") if not l.strip().startswith("//"))
    blocks = re.split(r'extractor = getExtractor\("pageContentExtractor/', src)[1:]
    seen = set()
    for blk in blocks:
        fn = blk.split('"', 1)[0]
        if fn in seen or P + fn not in files:
            continue
        seen.add(fn)
        title = re.search(r'getResultTitle\(\),\s*is\(' + JS, blk)
        date = re.search(r'getPublishDate\(\)\.getNormalizedDateString\(\),\s*is\("(\d{4}-\d\d-\d\d)', blk)
        with_, without = [], []
        for kind, s in re.findall(r'getResultText\(\),\s*(not\(containsString|startsWith|endsWith|containsString)\(\s*' + JS, blk):
            (without if kind.startswith("not") else with_).append(jstr(s).strip())
        if not with_:
            continue
        b = git(repo, "show", f"HEAD:{P}{fn}")
        vis = visible_nows(b)
        if not all(re.sub(r"\s+", "", w) in vis for w in with_):
            continue  # a snippet the page does not show (e.g. a paywalled body kept only in JSON-LD): left out
        i = "pl47-n-" + fn[len("news-"):-len(".html")]
        pages[i] = b
        rows.append(dict(id=i, url=page_url(b), title=jstr(title.group(1)) if title else None,
                         date=date.group(1) if date else None, source=None, author=None, text="\n".join(with_),
                         text_partial=True, **{"with": with_, "without": without},
                         origin=f"{commit}:{P}{fn} + {T}", lang=page_lang(b)))
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = [r for r in rows if r["id"] not in REMOVED]
    rows.sort(key=lambda r: r["id"])
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            b = pages[r["id"]]
            r.update(hijacked=False, injections=[], spam_strings=[], legit=False, kind="real-page", capture="html",
                     site=None, sha256=hashlib.sha256(b).hexdigest())
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
            with open(os.path.join(out, "html", r["id"] + ".html"), "wb") as h:
                h.write(b)
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"set: {os.path.basename(os.path.normpath(out))}\nrepo: palladian/palladian\ncommit: {commit}\n"
                "licence: Palladian Free for Science License 2.1.1 (LICENSE.md; research/evaluation use; pages are third-party)\n"
                f"paths: {P} (test0NN.html + result/test0NN.txt; news-*.html + {T})\n"
                "built by: bench/data/dev/extract-v47/convert.py (keeper k47x)\n"
                f"pages: {len(rows)} ({sum(not r['text_partial'] for r in rows)} full text, {sum(r['text_partial'] for r in rows)} partial text with title/date)\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
