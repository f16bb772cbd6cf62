#!/usr/bin/env python3
"""Validate dev/real-cases-v46b (keeper k46b; pending-v46/ at collection, held out from 2026-12-07, when v45 was
spent and moved to dev; dev since v46 was spent, 2026-12-07).

Checks, printing failures by page id and reason class only (no page text, hosts or code):
  1. truth.jsonl parses; every line has the score.py fields; ids match html/ files one to one;
     text is not empty; every non-null title/date/source/author and every spam string is written on
     the page (html decoded with its declared charset; entities unescaped).
  2. every hijacked page carries its injected code (its src/ file, whitespace-collapsed) in its bytes;
     clean pages carry their vendor code the same way.
  3. build.py reproduces html/ and truth.jsonl byte for byte (run on a temporary copy).
  4. item 7 (no shared code): no run of 120+ consecutive characters (whitespace collapsed) of a
     hijacked page's injected code occurs in any html under the compared folders.
  5. no page url, page host or registrable domain (heuristic: last three labels under
     gov/edu/com/org/net/ac.cn, else last two) of this split is a url/host/domain of a compared
     folder's truth.jsonl; no host the injected code reaches occurs in a compared folder's html.
  6. item 6 (a hijacked page does its injection): check_act_v46b.js runs every page in jsdom under 5
     visitor profiles (NODE_PATH from $K46B_JSDOM or $NODE_PATH); every hijacked page must, under at
     least one profile, navigate or request a resource from a host that is neither its own nor a
     vendor host of the clean pages; every clean page must only request its own or vendor hosts and
     never navigate. Skipped with a warning when node or jsdom is missing.

Usage: python3 validate_v46b.py [FOLDER ...]
  FOLDERs to compare with (default: bench/data/dev: the older dev splits); v46's own folders
  (real-cases-v46b itself and any folder whose name holds 'v46') are skipped, and a held-out or pending
  folder (heldout/, heldout-*, pending-*: v47 on, later than v46) is never read, even when passed.
  Exit status 0 when every check passes.
"""
import glob
import html as htmlmod
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
OWN = os.path.join(HERE, "real-cases-v46b")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections",
          "spam_strings", "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
VENDOR_HOSTS = {"hm.baidu.com", "s9.cnzz.com", "zz.bdstatic.com", "push.zhanzhang.baidu.com",
                "js.users.51.la", "static.meiqia.com", "v1.cnzz.com"}
RUN = 120

fails = []


def fail(pid, reason):
    fails.append((pid, reason))


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def decode(b):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:2048])
    enc = m.group(1).decode().lower() if m else "utf-8"
    try:
        return b.decode(enc)
    except (UnicodeDecodeError, LookupError):
        for e in ("utf-8", "gb18030"):
            try:
                return b.decode(e)
            except UnicodeDecodeError:
                pass
    return b.decode("utf-8", "replace")


def reg(host):
    p = host.lower().split(".")
    if len(p) >= 3 and p[-1] == "cn" and p[-2] in ("gov", "edu", "com", "org", "net", "ac"):
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def load_truth(folder):
    out = []
    with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except ValueError:
                    fail("line%d" % n, "truth line does not parse")
    return out


def case_src():
    sys.path.insert(0, OWN)
    import cases  # noqa
    return {"rc46b-" + c[0]: c[2] for c in cases.CASES}


def check_fields(truth):
    ids = set()
    for t in truth:
        pid = t.get("id", "?")
        for k in FIELDS:
            if k not in t:
                fail(pid, "missing field " + k)
        ids.add(pid)
        path = os.path.join(OWN, "html", pid + ".html")
        if not os.path.exists(path):
            fail(pid, "no html file")
            continue
        page = htmlmod.unescape(decode(open(path, "rb").read()))
        if not (t.get("text") or "").strip():
            fail(pid, "empty text")
        for k in ("title", "date", "source", "author"):
            v = t.get(k)
            if v and v not in page:
                fail(pid, k + " not written on page")
        for s in t.get("spam_strings", []):
            if s not in page:
                fail(pid, "spam string not on page")
        for para in (t.get("text") or "").split("\n"):
            if para and para not in page:
                fail(pid, "text paragraph not on page")
    files = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(OWN, "html", "*.html"))}
    for x in sorted(files - ids):
        fail(x, "html without truth line")
    return ids


def check_carries(truth, srcmap):
    for t in truth:
        pid = t["id"]
        page = ws(decode(open(os.path.join(OWN, "html", pid + ".html"), "rb").read()))
        code = ws(open(os.path.join(OWN, "src", srcmap[pid]), encoding="utf-8").read())
        if code not in page:
            fail(pid, "injected/vendor code not carried in page bytes")


def check_build():
    tmp = tempfile.mkdtemp(prefix="k46b-")
    try:
        dst = os.path.join(tmp, "real-cases-v46b")
        shutil.copytree(OWN, dst, ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([sys.executable, "build.py"], cwd=dst, check=True, stdout=subprocess.DEVNULL)
        for rel in ["truth.jsonl"] + ["html/" + os.path.basename(p) for p in glob.glob(os.path.join(OWN, "html", "*.html"))]:
            a = open(os.path.join(OWN, rel), "rb").read()
            b = open(os.path.join(dst, rel), "rb").read()
            if a != b:
                fail(rel, "build.py does not reproduce the file")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# a held-out or pending folder (heldout/, heldout-*, pending-*: v47 on, later than v46) is no older dev data
LATER = re.compile(r"^(heldout|pending)($|-)")


def v46_own(p, folder):
    """True for a file of v46's own folders (dev/ since v46 was spent, 2026-12-07; heldout/ before, pending-v46/ at
    collection) or of a later split: a folder part, the compared folder's own name included, holding 'v46' or naming
    a held-out or pending folder."""
    parts = [os.path.basename(os.path.normpath(folder))] + os.path.relpath(p, folder).split(os.sep)[:-1]
    return any("v46" in x or LATER.match(x) for x in parts)


def compare_sets(folders):
    htmls, urls, hosts, regs = [], set(), set(), set()
    own = os.path.realpath(OWN)
    for folder in folders:
        for p in glob.glob(os.path.join(folder, "**", "*.htm*"), recursive=True):
            if os.path.realpath(p).startswith(own + os.sep) or v46_own(p, folder):
                continue
            htmls.append(p)
        for tp in glob.glob(os.path.join(folder, "**", "truth.jsonl"), recursive=True):
            if os.path.realpath(tp).startswith(own + os.sep) or v46_own(tp, folder):
                continue
            for line in open(tp, encoding="utf-8", errors="replace"):
                try:
                    u = json.loads(line).get("url") or ""
                except ValueError:
                    continue
                if u:
                    urls.add(u.rstrip("/"))
                    h = (urlparse(u).hostname or "").lower()
                    if h:
                        hosts.add(h)
                        regs.add(reg(h))
    corpus = "\x00".join(ws(decode(open(p, "rb").read())) for p in htmls)
    return htmls, corpus, urls, hosts, regs


def shares_run(code, corpus):
    c = ws(code)
    if len(c) < RUN:
        return False
    step = RUN // 2
    for i in range(0, len(c) - step + 1, step):
        chunk = c[i:i + step]
        if len(chunk) < step or chunk not in corpus:
            continue
        for j in range(max(0, i - step), min(i, len(c) - RUN) + 1):
            if c[j:j + RUN] in corpus:
                return True
    return False


def code_hosts(code):
    return {h.lower() for h in re.findall(r"(?:https?:)?//([A-Za-z0-9*.-]+\.[A-Za-z]{2,}|\d+\.\d+\.\d+\.\d+)", code)}


def check_overlap(truth, srcmap, folders):
    htmls, corpus, urls, hosts, regs = compare_sets(folders)
    low = corpus.lower()
    for t in truth:
        pid = t["id"]
        h = (urlparse(t["url"]).hostname or "").lower()
        if t["url"].rstrip("/") in urls:
            fail(pid, "page url used by a compared folder")
        if h in hosts:
            fail(pid, "page host used by a compared folder")
        elif reg(h) in regs:
            fail(pid, "page registrable domain used by a compared folder")
        if not t["hijacked"]:
            continue
        code = open(os.path.join(OWN, "src", srcmap[pid]), encoding="utf-8").read()
        if shares_run(code, corpus):
            fail(pid, "injected code shares a %d+ character run with a compared html" % RUN)
        for ch in code_hosts(code):
            if "*" in ch:
                continue
            if re.search(r"(?<![a-z0-9.-])" + re.escape(ch) + r"(?![a-z0-9-])", low):
                fail(pid, "injected host occurs in a compared html")
    return len(htmls)


def check_act(truth):
    node = shutil.which("node")
    env = dict(os.environ)
    if os.environ.get("K46B_JSDOM"):
        env["NODE_PATH"] = os.path.dirname(os.environ["K46B_JSDOM"].rstrip("/")) \
            if os.environ["K46B_JSDOM"].rstrip("/").endswith("jsdom") else os.environ["K46B_JSDOM"]
    if not node:
        print("WARNING: node not found; item 6 not checked")
        return None
    r = subprocess.run([node, os.path.join(HERE, "check_act_v46b.js"), OWN, "--json"], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        print("WARNING: check_act_v46b.js failed (jsdom missing? set K46B_JSDOM); item 6 not checked")
        return None
    rep = json.loads(r.stdout)
    acted = 0
    for t in truth:
        pid = t["id"]
        own = (urlparse(t["url"]).hostname or "").lower()
        profiles = rep.get(pid, {})
        did = False
        for p, log in profiles.items():
            foreign = [l for l in log["loads"] if (urlparse(l["url"]).hostname or "").lower() not in VENDOR_HOSTS | {own}]
            if t["hijacked"] and (log["navigations"] or foreign):
                did = True
            if not t["hijacked"] and (log["navigations"] or foreign):
                fail(pid, "clean page navigates or reaches a non-vendor host (profile %s)" % p)
        if t["hijacked"]:
            if did:
                acted += 1
            else:
                fail(pid, "hijacked page does nothing under any profile")
    return acted


def main():
    folders = [os.path.abspath(a) for a in sys.argv[1:]] or [os.path.join(REPO, "bench", "data", "dev")]
    truth = load_truth(OWN)
    srcmap = case_src()
    check_fields(truth)
    check_carries(truth, srcmap)
    check_build()
    n_html = check_overlap(truth, srcmap, folders)
    acted = check_act(truth)
    hij = sum(1 for t in truth if t["hijacked"])
    print("real-cases-v46b: %d pages, %d hijacked, %d clean; compared with %d html in %d folder(s)"
          % (len(truth), hij, len(truth) - hij, n_html, len(folders)))
    if acted is not None:
        print("item 6: %d of %d hijacked pages act under at least one profile" % (acted, hij))
    for pid, reason in fails:
        print("FAIL", pid, reason)
    if fails:
        print("FAILED (%d)" % len(fails))
    else:
        print("OK" if acted is not None else "OK (item 6 not checked)")
    return 0 if not fails else 1


if __name__ == "__main__":
    sys.exit(main())
