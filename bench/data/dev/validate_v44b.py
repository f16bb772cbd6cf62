#!/usr/bin/env python3
"""Validate dev/real-cases-v44b (keeper k44b; pending-v44/ at collection, held out from 2026-12-07, dev since it was
spent, 2026-12-07).

Usage: validate_v44b.py [FOLDER ...]
  FOLDER: split folders whose html the item-7 check (and the host/string check) compares against; default
  bench/data/dev: the older dev splits. Each FOLDER may be a data root holding split folders (like bench/data/dev)
  or one split folder. v44's own folders (real-cases-v44, real-cases-v44b, synthetic-v44, synthetic-generator-v44,
  extract-v44: any *-v44 / *-v44b folder, and pending-v44/ as collected) are skipped, and a held-out or pending folder
  (heldout/, pending-*: v45 on, later than v44) is never read, even when passed.
  Failures and the script-action lines name the page id and the reason only (no host, string or code).

Checks:
 1. truth.jsonl parses, carries score.py's fields (and the brief's), ids <-> html files, dates well formed, text not
    empty; every truth paragraph is readable in the decoded page (scripts, styles, comments out); title/source/author/
    date are written on the page; declared charset = truth encoding; spam strings (none here) occur in the html.
 2. every page carries its src/ material byte for byte (as build.py places it); a hijacked page has injected
    material; kind matches hijacked; at most 4 pages per injection family.
 3. build.py re-run gives identical bytes.
 4. no page host or registrable domain, spam string or injected host is in the compared folders (truth urls,
    spam_strings, SOURCES.md, real-cases html and src/ files).
 5. brief item 7 (no shared code): no run of 120 or more consecutive characters (whitespace collapsed) of any
    injected script/iframe/style/hidden block of a hijacked page occurs in any html (or src/ file) under the compared
    folders; an injected block shorter than 120 characters must not occur there whole.
 6. brief item 6 (truth a reader can reach), with node + jsdom: check_act_v44b.js loads each page in jsdom and records
    what its scripts do; a hijacked page must make a browser ask a foreign host for something (script, iframe, image,
    xhr, fetch, beacon, window.open, navigation) through its injected material; a clean page may reach only its own
    host or its vendor's host. Skipped with a notice when node or jsdom is missing (K44B_JSDOM = path to jsdom).
Exit 1 on any failure."""
import glob
import hashlib
import html as H
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))            # bench/data/dev (heldout/ before, pending-v44/ at collection)
SPLIT = os.path.join(HERE, 'real-cases-v44b')
DATA = os.path.dirname(HERE)                                  # bench/data
# v44 is dev itself since it was spent (2026-12-07): its own folders under dev/ are no older split; heldout/ and
# pending-* (v45 on, later than v44) are not read
OWN = re.compile(r'(-v44[a-z]?|^pending-v44)$|^(heldout|pending)($|-)')
FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings',
          'legit', 'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
HOST = re.compile(r'(?:https?:)?//([a-z0-9.\-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?![\w(])', re.I)
VENDOR = {'own_bdshare.js': ('bdimg.share.baidu.com',), 'own_clarity.js': ('www.clarity.ms',),
          'own_tawk.html': ('embed.tawk.to',), 'own_otto_datauri.html': ('dashboard.searchatlas.com',),
          'own_adsense.html': ('pagead2.googlesyndication.com',)}
RUN = 120
# removed on 2026-12-07 when v43 became dev (ids keep their numbers): rc44b-011, rc44b-012 and rc44b-016 (the
# trackmyposs loader: injected code sharing a 120+ character run with a dev/real-cases-v43b page, and an injected host
# of that split); real-cases-v44b/build.py skips the ids
REMOVED = {'rc44b-011', 'rc44b-012', 'rc44b-016'}
sys.path.insert(0, SPLIT)
from cases import CASES  # noqa: E402
import build  # noqa: E402
BYID = {c['id']: c for c in CASES}
fails = []


def fail(m):
    fails.append(m)
    print('FAIL', m)


def squash(s):
    return re.sub(r'\s+', '', s or '')


def collapse(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def reg(h):
    p = (h or '').lower().strip('.').split('.')
    if all(x.isdigit() for x in p):
        return '.'.join(p)
    if len(p) >= 3 and p[-2] in ('edu', 'gov', 'com', 'org', 'net', 'ac', 'co') and len(p[-1]) == 2:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])


def visible(doc):
    d = re.sub(r'(?is)<!--.*?-->', ' ', doc)
    d = re.sub(r'(?is)<(script|style|title)\b.*?</\1\s*>', ' ', d)
    d = re.sub(r'(?s)<[^>]+>', '\n', d)
    return H.unescape(d)


def decoded_variants(txt):
    """the text plus its fromCharCode / \\xNN / %XX / base64 data: URI / XOR-2 decodings, for host search"""
    out = [txt]
    t = re.sub(r'fromCharCode\(([\d,\s]+)\)', lambda m: ''.join(chr(int(x)) for x in re.findall(r'\d+', m.group(1))), txt)
    t = re.sub(r'fromCharCode\(([\d,\s]+)\)', lambda m: ''.join(chr(int(x)) for x in re.findall(r'\d+', m.group(1))), t)
    t = re.sub(r'\\x([0-9a-fA-F]{2})', lambda m: chr(int(m.group(1), 16)), t)
    out.append(urllib.parse.unquote(t))
    import base64
    for m in re.finditer(r'base64,([A-Za-z0-9+/=]{16,})', txt):
        try:
            out.append(urllib.parse.unquote(base64.b64decode(m.group(1)).decode('utf-8', 'replace')))
        except Exception:
            pass
    for m in re.finditer(r'var a="([^"]{40,})";b="";c="";', txt):
        out.append(urllib.parse.unquote(''.join(chr(ord(ch) ^ 2) for ch in m.group(1))))
    return '\n'.join(out)


def compare_roots(argv):
    roots = argv or [os.path.join(DATA, 'dev')]
    splits = []
    for r in roots:
        r = os.path.abspath(r)
        if OWN.search(os.path.basename(os.path.normpath(r))):
            continue
        if os.path.exists(os.path.join(r, 'truth.jsonl')) or os.path.isdir(os.path.join(r, 'html')) or \
                os.path.isfile(os.path.join(r, 'make_set.py')):
            cand = [r]
        else:
            cand = [p for p in sorted(glob.glob(os.path.join(r, '*'))) if os.path.isdir(p)]
        for p in cand:
            if OWN.search(os.path.basename(p)) or os.path.abspath(p) == os.path.abspath(SPLIT):
                continue
            splits.append(p)
    return roots, splits


# ---------------- 1. the split's own files ----------------
rows = [json.loads(l) for l in open(os.path.join(SPLIT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
ids = [r['id'] for r in rows]
if len(set(ids)) != len(ids):
    fail('duplicate ids')
files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SPLIT, 'html', '*.html')))
if sorted(ids) != files:
    fail('ids and html files differ')
for i in sorted(REMOVED & set(ids)):
    fail('%s removed on 2026-12-07 (overlaps dev), still in truth.jsonl' % i)
docs = {}
for r in rows:
    for f in FIELDS:
        if f not in r:
            fail('%s lacks %s' % (r['id'], f))
    if not (r.get('text') or '').strip():
        fail('%s empty text' % r['id'])
    if r['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', r['date']):
        fail('%s bad date' % r['id'])
    raw = open(os.path.join(SPLIT, 'html', r['id'] + '.html'), 'rb').read()
    doc = raw.decode(r['encoding'])
    docs[r['id']] = doc
    m = re.search(r'charset=["\']?([\w-]+)', doc[:3000], re.I)
    if not m or m.group(1).lower() != r['encoding']:
        fail('%s declared charset differs from truth encoding' % r['id'])
    vis = squash(visible(doc))
    for p in r['text'].split('\n'):
        if squash(p) not in vis:
            fail('%s paragraph not readable in page' % r['id'])
    for fld in ('title', 'source', 'author', 'date'):
        v = r.get(fld)
        if v and squash(v) not in vis:
            fail('%s %s not shown on page' % (r['id'], fld))
    dec = H.unescape(doc)
    for s in r['spam_strings']:
        if squash(s) not in squash(dec):
            fail('%s spam string not in html' % r['id'])
    if r['hijacked'] and r['legit']:
        fail('%s hijacked and legit (no legit page planned here)' % r['id'])

# ---------------- 2. material in the page; families ----------------
fam = {}
for r in rows:
    c = BYID[r['id']]
    for (_, kind, name) in c['inj']:
        if build.snippet(kind, name) not in docs[r['id']]:
            fail('%s lacks its src material %s' % (r['id'], name))
    if r['hijacked'] and not c['inj']:
        fail('%s hijacked without injected material' % r['id'])
    if r['hijacked'] != (r['kind'] == 'real-injection-in-real-page'):
        fail('%s kind/hijacked mismatch' % r['id'])
    if r['hijacked'] and any(n.startswith('own_') for (_, _, n) in c['inj']):
        fail('%s hijacked page carries look-alike vendor code' % r['id'])
    if not r['hijacked'] and any(not n.startswith('own_') for (_, _, n) in c['inj']):
        fail('%s clean page carries injected code' % r['id'])
    if r['hijacked']:
        fam[c['family']] = fam.get(c['family'], 0) + 1
for k, n in sorted(fam.items()):
    print('family %-32s %d pages' % (k, n))
    if n > 4:
        fail('family %s on %d pages (max 4)' % (k, n))

# ---------------- 3. re-run gives identical bytes ----------------
targets = sorted(glob.glob(os.path.join(SPLIT, 'html', '*.html'))) + [os.path.join(SPLIT, 'truth.jsonl')]
before = {p: hashlib.sha1(open(p, 'rb').read()).hexdigest() for p in targets}
subprocess.run([sys.executable, os.path.join(SPLIT, 'build.py')], check=True, stdout=subprocess.DEVNULL)
after = {p: hashlib.sha1(open(p, 'rb').read()).hexdigest() for p in targets}
if before != after:
    fail('build.py re-run changed bytes')

# ---------------- 4. hosts and strings of the compared folders ----------------
roots, splits = compare_roots(sys.argv[1:])
print('compared folders: %d under %s' % (len(splits), ', '.join(os.path.relpath(r, DATA) if r.startswith(DATA) else r for r in roots)))
devhosts, devspam = set(), set()
for sp in splits:
    for f in glob.glob(os.path.join(sp, 'truth.jsonl')):
        for l in open(f, encoding='utf-8', errors='replace'):
            try:
                t = json.loads(l)
            except Exception:
                continue
            h = urllib.parse.urlparse(t.get('url') or '').hostname
            if h:
                devhosts.add(h.lower())
            for s in t.get('spam_strings') or []:
                devspam.add(s.strip().lower())
    for f in glob.glob(os.path.join(sp, 'SOURCES.md')) + glob.glob(os.path.join(sp, 'src', '*')) + \
            (glob.glob(os.path.join(sp, 'html', '*.html')) if 'real-cases' in os.path.basename(sp) else []):
        if os.path.isfile(f):
            for m in HOST.finditer(decoded_variants(open(f, encoding='utf-8', errors='replace').read())):
                devhosts.add(m.group(1).lower())
devreg = {reg(h) for h in devhosts}
SKIP = {'baidu.com', 'w3.org', 'googlesyndication.com', 'clarity.ms', 'tawk.to', 'searchatlas.com'}
for r in rows:
    h = (urllib.parse.urlparse(r['url']).hostname or '').lower()
    if h in devhosts or reg(h) in devreg:
        fail('%s page host overlaps a compared split' % r['id'])
    for s in r['spam_strings']:
        if s.strip().lower() in devspam:
            fail('%s spam string used by a compared split' % r['id'])
for name in sorted(os.listdir(os.path.join(SPLIT, 'src'))):
    if name.startswith('own_'):
        continue
    for m in HOST.finditer(decoded_variants(open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read())):
        hh = m.group(1).lower()
        if reg(hh) in SKIP:
            continue
        if hh in devhosts or reg(hh) in devreg:
            fail('injected host of %s overlaps a compared split' % name)


# ---------------- 5. item 7: no 120-character run of injected code shared ----------------
def shares_run(block, text, n=RUN):
    """True when block and text share a run of >= n characters: such a run covers a whole aligned piece of block of
    length n//2; find those pieces in text and extend each hit both ways."""
    k = n // 2
    if len(block) < n:
        return False
    for start in range(0, len(block) - k + 1, k):
        piece = block[start:start + k]
        pos = text.find(piece)
        while pos != -1:
            left = 0
            while start - left > 0 and pos - left > 0 and block[start - left - 1] == text[pos - left - 1]:
                left += 1
            right = k
            while start + right < len(block) and pos + right < len(text) and block[start + right] == text[pos + right]:
                right += 1
            if left + right >= n:
                return True
            pos = text.find(piece, pos + 1)
    return False


scan = []
for sp in splits:
    scan += [f for f in glob.glob(os.path.join(sp, '**', '*'), recursive=True)
             if os.path.isfile(f) and (f.endswith(('.html', '.htm')) or os.sep + 'src' + os.sep in f)]
blocks = {r['id']: [collapse(build.snippet(k, n)) for (_, k, n) in BYID[r['id']]['inj']] for r in rows if r['hijacked']}
hit = {i: False for i in blocks}
for f in scan:
    try:
        txt = collapse(open(f, 'rb').read().decode('utf-8', 'replace'))
    except OSError:
        continue
    for i, bl in blocks.items():
        if not hit[i] and any(shares_run(b, txt) or (len(b) < RUN and b in txt) for b in bl):
            hit[i] = f
print('item 7: %d files scanned' % len(scan))
for i in sorted(hit):
    if hit[i]:
        fail('%s injected code shared with %s' % (i, os.path.relpath(hit[i], DATA)))
    else:
        print(i, 'item 7: no shared 120-char run (nor whole short block): ok')

# ---------------- 6. the injections act (node + jsdom) ----------------
node = shutil.which('node')
jsdom_ok = bool(node) and subprocess.run(
    [node, '-e', "try{require(process.env.K44B_JSDOM||'jsdom')}catch(e){require('/tmp/k44b-jsdom/node_modules/jsdom')}"],
    capture_output=True).returncode == 0
if jsdom_ok:
    argv = []
    for r in rows:
        argv += [r['url'], os.path.join(SPLIT, 'html', r['id'] + '.html')]
    res = json.loads(subprocess.run([node, os.path.join(HERE, 'check_act_v44b.js')] + argv, capture_output=True,
                                    text=True, check=True).stdout)
    KINDS = ('load-script', 'load-iframe', 'load-frame', 'load-img', 'xhr-open', 'fetch', 'beacon', 'window.open',
             'navigate', 'meta-refresh')
    for r in rows:
        fx = res[os.path.join(SPLIT, 'html', r['id'] + '.html')]
        own = (urllib.parse.urlparse(r['url']).hostname or '').lower()
        remote = []
        for x in fx:
            kind, _, arg = x.partition(' ')
            if not kind.startswith(KINDS):
                continue
            hm = HOST.search(arg)
            hh = hm.group(1).lower() if hm else ''
            if hh and hh != own:
                remote.append((kind, hh))
        vendors = set()
        for (_, _, n) in BYID[r['id']]['inj']:
            vendors.update(VENDOR.get(n, ()))
        if r['hijacked']:
            if not remote and not r['spam_strings']:
                fail('%s hijacked but its injected code does nothing a browser would carry out' % r['id'])
            print(r['id'], 'hijacked: acts', ('%d request kind(s) to %d foreign host(s)' % (len({x[0] for x in remote}), len({x[1] for x in remote}))) if remote else '(shows spam)')
        else:
            for x in remote:
                if x[1] not in vendors:
                    fail('%s (clean) reaches a foreign host' % r['id'])
            print(r['id'], 'clean: reaches', ('%d host(s), vendor only' % len({x[1] for x in remote}) if all(x[1] in vendors for x in remote) else 'a foreign host') if remote else '(own host only)')
else:
    print('node or jsdom not found: script-action check skipped (set K44B_JSDOM to a jsdom install)')

print('checked %d pages: %s' % (len(rows), 'FAIL (%d)' % len(fails) if fails else 'OK'))
sys.exit(1 if fails else 0)
