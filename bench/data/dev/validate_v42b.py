#!/usr/bin/env python3
"""Validate bench/data/dev/real-cases-v42b (keeper k42b).

Checks:
 1. truth.jsonl parses, carries score.py's fields (and the brief's), ids <-> html files, dates well formed,
    text not empty; every truth paragraph is readable in the decoded page (scripts, styles, comments out);
    title/source/author are written on the page; every spam string occurs in the decoded html and in none of
    title/text/source/author.
 2. every page carries its src/ material byte for byte (as build.py places it); a hijacked page has injected
    material; kind matches hijacked; at most 4 pages per injection family.
 3. build.py re-run gives identical bytes.
 4. no page host or registrable domain, spam string or injected host is in an older split (bench/data/dev, v42's
    own folders skipped: truth urls + spam_strings, SOURCES.md, real-cases html and src/ files).
 5. brief item 7 (no shared code): no run of 120 or more consecutive characters (whitespace collapsed) of any
    injected script/iframe/style/hidden block of a hijacked page occurs in any html of an older dev split
    (bench/data/dev/, v42's own folders skipped: v42 is dev itself since it was spent, 2026-12-07; a later split,
    heldout/ with v43 on, is no reuse of v42's and is not read).
 6. brief item 6 (truth a reader can reach), with node: check_act_v42b.js runs each page's scripts in a stub
    browser; a hijacked page must act (load, insert or write a remote script or iframe, send an image request to a
    foreign host, navigate, open a window) through its injected material, or show its spam strings; a loader that
    is defined but never called records nothing. A clean page's scripts and tags may reach only its own host or
    Baidu analytics / push / ad / siteapp hosts.
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
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.join(HERE, 'real-cases-v42b')
DATA = os.path.dirname(HERE)                      # bench/data
DEV = os.path.join(DATA, 'dev')
# v42 was held out from 2026-12-06 (moved from pending-v42/ when v41 was spent) and is dev itself since it was spent
# (2026-12-07): its own folders in dev/ (real-cases-v42, real-cases-v42b, synthetic-v42, synthetic-generator-v42,
# extract-v42) are no older split; heldout/ (v43 on, later than v42) is not read
OWN = re.compile(r'-v42[a-z]?$')


def older(f):
    return not OWN.search(os.path.relpath(f, DEV).split(os.sep)[0])
# removed on 2026-12-06 when v41 became dev (ids keep their numbers): rc42b-017's url is that of a page in
# dev/real-cases-v41b; real-cases-v42b/build.py skips the id
REMOVED = {'rc42b-017'}
FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings',
          'legit', 'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
HOST = re.compile(r'(?:https?:)?//([a-z0-9.\-]+\.[a-z]{2,})(?![\w(])', re.I)
ALLOWED_CLEAN = ('hm.baidu.com', 'zz.bdstatic.com', 'push.zhanzhang.baidu.com', 'siteapp.baidu.com',
                 'cpro.baidustatic.com')
RUN = 120
sys.path.insert(0, SPLIT)
from cases import CASES  # noqa: E402
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
    if len(p) >= 3 and p[-2] in ('edu', 'gov', 'com', 'org', 'net', 'ac', 'co') and len(p[-1]) == 2:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])


def visible(doc):
    d = re.sub(r'(?is)<!--.*?-->', ' ', doc)
    d = re.sub(r'(?is)<(script|style|title)\b.*?</\1\s*>', ' ', d)
    d = re.sub(r'(?s)<[^>]+>', '\n', d)
    return H.unescape(d)


def decoded_variants(txt):
    """the text plus its fromCharCode / %XX / \\xNN / char-shift / base64-in-atob decodings, for host search"""
    out = [txt]
    t = re.sub(r'fromCharCode\(([\d,\s]+)\)', lambda m: ''.join(chr(int(x)) for x in re.findall(r'\d+', m.group(1))), txt)
    t = re.sub(r'\\x([0-9a-fA-F]{2})', lambda m: chr(int(m.group(1), 16)), t)
    t = urllib.parse.unquote(t)
    out.append(t)
    for m in re.finditer(r'var s="([^"]+)"', txt):      # the one-char shift of charshift_docwrite.js
        out.append(''.join(chr(ord(ch) - 1) for ch in m.group(1)))
    return '\n'.join(out)


def injected_blocks(c):
    """the injected script/iframe/style/hidden blocks of a page, as build.py places them"""
    import build  # noqa: E402
    return [build.snippet(kind, name) for (_, kind, name) in c['inj']]


# ---------------- 1. the split's own files ----------------
rows = [json.loads(l) for l in open(os.path.join(SPLIT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
ids = [r['id'] for r in rows]
for i in sorted(REMOVED & set(ids)):
    fail('%s removed on 2026-12-06 (overlaps dev), still in truth.jsonl' % i)
if len(set(ids)) != len(ids):
    fail('duplicate ids')
files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SPLIT, 'html', '*.html')))
if sorted(ids) != files:
    fail('ids and html files differ')
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
    m = re.search(r'charset=["\']?([\w-]+)', doc[:2000], re.I)
    if not m or m.group(1).lower() != r['encoding']:
        fail('%s declared charset differs from truth encoding' % r['id'])
    vis = squash(visible(doc))
    for p in r['text'].split('\n'):
        if squash(H.unescape(p)) not in vis:
            fail('%s paragraph not readable in page: %s' % (r['id'], p[:30]))
    for fld in ('title', 'source', 'author', 'date'):
        v = r.get(fld)
        if v and squash(v) not in vis:
            fail('%s %s not shown on page' % (r['id'], fld))
    dec = H.unescape(doc)
    for s in r['spam_strings']:
        if squash(s) not in squash(dec):
            fail('%s spam string not in html: %s' % (r['id'], s))
        for fld in ('title', 'text', 'source', 'author'):
            if squash(s).lower() in squash(r.get(fld) or '').lower():
                fail('%s spam string in truth %s: %s' % (r['id'], fld, s))

# ---------------- 2. material in the page; families ----------------
fam = {}
for r in rows:
    c = BYID[r['id']]
    for blk in injected_blocks(c):
        if blk not in docs[r['id']]:
            fail('%s lacks its src material' % r['id'])
    if r['hijacked'] and not c['inj']:
        fail('%s hijacked without injected material' % r['id'])
    if r['hijacked'] != (r['kind'] == 'real-injection-in-real-page'):
        fail('%s kind/hijacked mismatch' % r['id'])
    if r['hijacked']:
        fam[c['family']] = fam.get(c['family'], 0) + 1
for k, n in fam.items():
    if n > 4:
        fail('family %s on %d pages (max 4)' % (k, n))

# ---------------- 3. re-run gives identical bytes ----------------
targets = glob.glob(os.path.join(SPLIT, 'html', '*.html')) + [os.path.join(SPLIT, 'truth.jsonl')]
before = {p: hashlib.sha1(open(p, 'rb').read()).hexdigest() for p in targets}
subprocess.run([sys.executable, os.path.join(SPLIT, 'build.py')], check=True, stdout=subprocess.DEVNULL)
after = {p: hashlib.sha1(open(p, 'rb').read()).hexdigest() for p in targets}
if before != after:
    fail('build.py re-run changed bytes')

# ---------------- 4. hosts and strings of the older (dev) splits ----------------
devhosts, devspam = set(), set()
for f in filter(older, glob.glob(os.path.join(DEV, '*', 'truth.jsonl'))):
    for l in open(f, encoding='utf-8'):
        try:
            t = json.loads(l)
        except Exception:
            continue
        h = urllib.parse.urlparse(t.get('url') or '').hostname
        if h:
            devhosts.add(h.lower())
        for s in t.get('spam_strings') or []:
            devspam.add(s.strip().lower())
for f in (glob.glob(os.path.join(DEV, '*', 'SOURCES.md')) + glob.glob(os.path.join(DEV, 'real-cases*', 'html', '*.html'))
          + glob.glob(os.path.join(DEV, 'real-cases*', 'src', '*'))):
    if os.path.isdir(f) or not older(f):
        continue
    for m in HOST.finditer(decoded_variants(open(f, encoding='utf-8', errors='replace').read())):
        devhosts.add(m.group(1).lower())
devreg = {reg(h) for h in devhosts}
SKIP = {'baidu.com', 'bdstatic.com', 'baidustatic.com', 'w3.org', 'miit.gov.cn'}
for r in rows:
    h = (urllib.parse.urlparse(r['url']).hostname or '').lower()
    if h in devhosts or reg(h) in devreg:
        fail('%s page host overlaps an older dev split: %s' % (r['id'], h))
    for s in r['spam_strings']:
        if s.strip().lower() in devspam:
            fail('%s spam string used by an older dev split: %s' % (r['id'], s))
for name in sorted(os.listdir(os.path.join(SPLIT, 'src'))):
    body = decoded_variants(open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read())
    for m in HOST.finditer(body):
        hh = m.group(1).lower()
        if reg(hh) in SKIP or name.startswith('own_'):
            continue
        if hh in devhosts or reg(hh) in devreg:
            fail('injected host of %s overlaps an older dev split: %s' % (name, hh))

# ---------------- 5. item 7: no 120-character run of injected code shared with older dev html ----------
def shares_run(block, text, n=RUN):
    """True when block and text share a run of >= n characters. Any such run covers a whole aligned piece of
    length n//2 of block: find those pieces in text, then extend each hit both ways."""
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


scan = [f for f in glob.glob(os.path.join(DEV, '**', '*.html'), recursive=True) if older(f)]
blocks = {r['id']: [collapse(b) for b in injected_blocks(BYID[r['id']])] for r in rows if r['hijacked']}
hit = {i: False for i in blocks}
for f in scan:
    try:
        txt = collapse(open(f, 'rb').read().decode('utf-8', 'replace'))
    except OSError:
        continue
    for i, bl in blocks.items():
        if not hit[i] and any(shares_run(b, txt) or (len(b) < RUN and len(b) >= 40 and b in txt) for b in bl):
            hit[i] = True
for i in sorted(hit):
    print(i, 'shares a 120-char run (or, under 120, the whole block) of injected code with older dev html:', 'yes' if hit[i] else 'no')
    if hit[i]:
        fail('%s injected code shared with an older split' % i)

# ---------------- 6. the injections act (node) ----------------
node = shutil.which('node')
if node:
    tmp = tempfile.mkdtemp()
    argv = []
    for r in rows:
        p = os.path.join(tmp, r['id'] + '.html')
        open(p, 'w', encoding='utf-8').write(docs[r['id']])
        argv += [r['url'], p]
    res = json.loads(subprocess.run([node, os.path.join(HERE, 'check_act_v42b.js')] + argv, capture_output=True,
                                    text=True, check=True).stdout)
    KINDS = {'page-script-src', 'insert-script', 'write-script-src', 'page-iframe-src', 'insert-iframe', 'write-iframe-src',
             'img-src', 'location.replace', 'location.assign', 'location=', 'document.location=', 'window.open',
             'meta-refresh', 'xhr-open', 'fetch'}
    for r in rows:
        fx = res[os.path.join(tmp, r['id'] + '.html')]
        own = (urllib.parse.urlparse(r['url']).hostname or '').lower()
        remote = []
        for x in fx:
            kind, _, arg = x.partition(' ')
            if kind not in KINDS:
                continue
            hm = HOST.search(arg)
            hh = hm.group(1).lower() if hm else ''
            if hh and hh != own:
                remote.append((kind, hh, arg))
        if r['hijacked']:
            allowed = [x for x in remote if any(x[1] == a or x[1].endswith('.' + a) for a in ALLOWED_CLEAN)]
            foreign = [x for x in remote if x not in allowed]
            if not foreign and not r['spam_strings']:
                fail('%s hijacked but its injected code does nothing a browser would carry out' % r['id'])
            print(r['id'], 'hijacked: acts', sorted({'%s %s' % (x[0], x[1]) for x in foreign}) or ['(shows spam)'])
        else:
            for x in remote:
                if not any(x[1] == a or x[1].endswith('.' + a) for a in ALLOWED_CLEAN):
                    fail('%s (clean) reaches a foreign host: %s %s' % (r['id'], x[0], x[1]))
            print(r['id'], 'clean: reaches', sorted({x[1] for x in remote}) or ['(own host only)'])
    shutil.rmtree(tmp)
else:
    print('node not found: script-action check skipped')

print('checked %d pages: %s' % (len(rows), 'FAIL (%d)' % len(fails) if fails else 'OK'))
sys.exit(1 if fails else 0)
