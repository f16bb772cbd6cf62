"""Collect what dev splits already used: hosts, registrable domains, URLs, spam strings.
v40 is dev itself since it was spent (2026-12-06): v40's own folders are skipped, so the sets are those of the
older dev splits only; a later split (heldout/, v41 on) is no reuse of v40's."""
import glob, json, re, os
from urllib.parse import urlsplit
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.normpath(os.path.join(HERE, "..", "dev"))
OWN = re.compile(r"-v40[a-z]?$")  # real-cases-v40, real-cases-v40b, synthetic-v40, extract-v40, synthetic-generator-v40
def older_dev(*pattern):
    return [f for f in glob.glob(os.path.join(DEV, "*", *pattern))
            if not OWN.search(os.path.basename(os.path.dirname(f)))]
def reg(host):
    host = (host or "").lower().split(":")[0]
    if host.startswith("www."): host = host[4:]
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("com", "net", "org", "gov", "edu", "ac", "co") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])
def load():
    hosts, regs, urls, spam = set(), set(), set(), set()
    for tf in older_dev("truth.jsonl"):
        for line in open(tf, encoding="utf-8"):
            if not line.strip(): continue
            try: t = json.loads(line)
            except Exception: continue
            u = t.get("url") or ""
            urls.add(u)
            h = urlsplit(u).hostname
            if h: hosts.add(h.lower()); regs.add(reg(h))
            for s in t.get("spam_strings") or []:
                if isinstance(s, str) and s.strip(): spam.add(s.strip())
    for sf in older_dev("SOURCES.md") + older_dev("SOURCE*.txt"):
        txt = open(sf, encoding="utf-8", errors="replace").read()
        for u in re.findall(r"https?://[^\s|)\]>'\"`]+", txt):
            urls.add(u)
            h = urlsplit(u).hostname
            if h: hosts.add(h.lower()); regs.add(reg(h))
    return hosts, regs, urls, spam
if __name__ == "__main__":
    h, r, u, s = load()
    print(len(h), len(r), len(u), len(s))
