#!/usr/bin/env python3
"""Validate bench/data/dev/real-cases-v40b (keeper k40b).

Checks: truth.jsonl parses and carries score.py's fields; ids <-> html files; every truth paragraph is readable
in the decoded page (scripts, styles and comments taken out); title/source/author are written on the page; every
spam string occurs in the decoded html and in none of title/text/source/author; every hijacked page carries its
injected material (src/ bytes found in the page, or its spam title in <title>); no page host, registrable
domain, spam string, injected host (after decoding charcodes, %XX, \\xNN and base64 in src/) or injected snippet
overlaps the older dev splits (bench/data/dev: truth urls + spam_strings, SOURCES.md, real-cases html, and the src/,
cases.py, snippets.py of every real-cases-v*b split; v40's own folders skipped); re-running build.py gives identical bytes; and, if node
exists, check_act_v40b.js runs every inline script in a stub browser: a hijacked page must act (load, insert or
write a script, navigate, open a window) or show its spam, a not-hijacked page's scripts may reach only
analytics/widget hosts (a remote <iframe src> counts as acting). Exit 1 on any failure."""
import base64, glob, hashlib, html as H, json, os, re, shutil, subprocess, sys, tempfile, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.join(HERE, 'real-cases-v40b')
DEV = os.path.join(os.path.dirname(HERE), 'dev')
# v40 is dev itself since it was spent (2026-12-06): compare with the older dev splits only, v40's own folders
# skipped; a later split (heldout/, v41 on) is no reuse of v40's
OWN = re.compile(r'-v40[a-z]?$')  # real-cases-v40, real-cases-v40b, synthetic-v40


def older_dev(*pattern):
    return [f for f in glob.glob(os.path.join(DEV, *pattern))
            if not any(OWN.search(part) for part in os.path.relpath(f, DEV).split(os.sep)[:1])]


FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings',
          'legit', 'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
HOST = re.compile(r'(?:https?:)?//([a-z0-9.\-]+\.[a-z]{2,})(?![\w(])', re.I)
ALLOWED_LEGIT_HOSTS = ('hm.baidu.com', 'cnzz.com', 'pop800.com')
sys.path.insert(0, SPLIT)
from cases import CASES  # noqa: E402
BYID = {c['id']: c for c in CASES}
fails = []


def fail(m):
    fails.append(m)
    print('FAIL', m)


def squash(s):
    return re.sub(r'\s+', '', s or '')


def reg(h):
    p = (h or '').lower().strip('.').split('.')
    if len(p) >= 3 and p[-2] in ('edu', 'gov', 'com', 'org', 'net', 'ac', 'co') and len(p[-1]) == 2:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])


def visible(doc):
    d = re.sub(r'(?is)<!--.*?-->', ' ', doc)
    d = re.sub(r'(?is)<(script|style|title)\b.*?</\1>', ' ', d)
    d = re.sub(r'(?s)<[^>]+>', '\n', d)
    return H.unescape(d)


def decoded_variants(txt):
    """the text plus its fromCharCode / %XX / \\xNN / base64 decodings (two rounds), for host and snippet search"""
    out = [txt]
    for _ in range(2):
        t = out[-1]
        t = re.sub(r'fromCharCode\(([\d,\s]+)\)', lambda m: ''.join(chr(int(x)) for x in re.findall(r'\d+', m.group(1))), t)
        t = re.sub(r'\\x([0-9a-fA-F]{2})', lambda m: chr(int(m.group(1), 16)), t)
        t = urllib.parse.unquote(t)

        def b64(m):
            try:
                return base64.b64decode(m.group(1)).decode('utf-8', 'replace')
            except Exception:
                return m.group(0)
        t = re.sub(r'atob\("([A-Za-z0-9+/=]{16,})"\)', b64, t)
        out.append(t)
    return '\n'.join(out)


# ---- the split's own files ----
rows = [json.loads(l) for l in open(os.path.join(SPLIT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
ids = [r['id'] for r in rows]
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
    dec = H.unescape(doc)
    vis = squash(visible(doc))
    for p in r['text'].split('\n'):
        if squash(H.unescape(p)) not in vis:
            fail('%s paragraph not readable in page: %s' % (r['id'], p[:30]))
    for fld in ('title', 'source', 'author'):
        v = r.get(fld)
        if v and squash(v) not in squash(visible(doc)):
            fail('%s %s not shown on page' % (r['id'], fld))
    for s in r['spam_strings']:
        if squash(s) not in squash(dec):
            fail('%s spam string not in html: %s' % (r['id'], s))
        for fld in ('title', 'text', 'source', 'author'):
            if squash(s).lower() in squash(r.get(fld) or '').lower():
                fail('%s spam string in truth %s: %s' % (r['id'], fld, s))
    c = BYID[r['id']]
    for (_, kind, name) in c['inj']:
        body = open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read()
        if kind == 'js':
            body = re.sub(r'</(script)', r'<\\/\1', body, flags=re.I)
        if body.strip() not in doc:
            fail('%s lacks its injected material %s' % (r['id'], name))
    if r['hijacked'] and not c['inj']:
        tt = re.search(r'(?is)<title>(.*?)</title>', doc)
        if not (r['spam_strings'] and tt and any(squash(s) in squash(H.unescape(tt.group(1))) for s in r['spam_strings'])):
            fail('%s hijacked without injected material or spam title' % r['id'])
    if r['hijacked'] != (r['kind'] == 'real-injection-in-real-page'):
        fail('%s kind/hijacked mismatch' % r['id'])

# ---- re-run gives identical bytes ----
before = {p: hashlib.sha1(open(p, 'rb').read()).hexdigest() for p in glob.glob(os.path.join(SPLIT, 'html', '*.html')) + [os.path.join(SPLIT, 'truth.jsonl')]}
subprocess.run([sys.executable, os.path.join(SPLIT, 'build.py')], check=True, stdout=subprocess.DEVNULL)
after = {p: hashlib.sha1(open(p, 'rb').read()).hexdigest() for p in before}
if before != after:
    fail('build.py re-run changed bytes')

# ---- overlap with every dev split ----
devhosts, devspam, devtext = set(), set(), []
for f in older_dev('*', 'truth.jsonl'):
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
devfiles = (older_dev('*', 'SOURCES.md') + older_dev('real-cases*', 'html', '*.html')
            + older_dev('real-cases-v*b', 'src', '*') + older_dev('real-cases-v*b', '*.py'))
for f in devfiles:
    if os.path.isdir(f):
        continue
    txt = decoded_variants(open(f, encoding='utf-8', errors='replace').read())
    devtext.append(squash(txt).lower())
    for m in HOST.finditer(txt):
        devhosts.add(m.group(1).lower())
devreg = {reg(h) for h in devhosts}
bigdev = '\n'.join(devtext)
SKIP = {'baidu.com', 'cnzz.com', 'w3.org'}
for r in rows:
    h = (urllib.parse.urlparse(r['url']).hostname or '').lower()
    if h in devhosts or reg(h) in devreg:
        fail('%s page host overlaps dev: %s' % (r['id'], h))
    for s in r['spam_strings']:
        if s.strip().lower() in devspam or squash(s).lower() in bigdev:
            fail('%s spam string used by dev: %s' % (r['id'], s))
for name in sorted(os.listdir(os.path.join(SPLIT, 'src'))):
    raw = open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read()
    body = decoded_variants(raw)
    for m in HOST.finditer(body):
        hh = m.group(1).lower()
        if reg(hh) in SKIP:
            continue
        if hh in devhosts or reg(hh) in devreg:
            fail('injected host of %s overlaps dev: %s' % (name, hh))
    if len(squash(raw)) > 30 and squash(raw).lower()[:400] in bigdev:
        fail('snippet %s already in a dev split' % name)

# ---- node: the injections act ----
node = shutil.which('node')
if node:
    tmp = tempfile.mkdtemp()
    paths = []
    for r in rows:
        p = os.path.join(tmp, r['id'] + '.html')
        open(p, 'w', encoding='utf-8').write(docs[r['id']])
        paths.append(p)
    res = json.loads(subprocess.run([node, os.path.join(HERE, 'check_act_v40b.js')] + paths, capture_output=True, text=True, check=True).stdout)
    for r in rows:
        fx = res[os.path.join(tmp, r['id'] + '.html')]
        acts = [x for x in fx if re.match(r'(page-script-src|insert-script|write-script-src|location|window\.open|miner\.start|write <)', x)]
        acts += ['page-iframe-src ' + m.group(1) for m in re.finditer(r'(?i)<iframe\b[^>]*\bsrc\s*=\s*["\']?(https?://[^"\'\s>]+)', docs[r['id']])]
        if r['hijacked']:
            if not acts and not r['spam_strings']:
                fail('%s hijacked but its scripts do nothing and it shows no spam' % r['id'])
        else:
            for x in acts:
                hs = [m.group(1) for m in HOST.finditer(x)]
                if any(not any(hh == a or hh.endswith('.' + a) for a in ALLOWED_LEGIT_HOSTS) for hh in hs):
                    fail('%s (not hijacked) script reaches a non-analytics host: %s' % (r['id'], x[:80]))
        print(r['id'], 'hijacked' if r['hijacked'] else 'clean', len(acts), 'effects')
    shutil.rmtree(tmp)
else:
    print('node not found: script-action check skipped')

print('checked %d pages: %s' % (len(rows), 'FAIL (%d)' % len(fails) if fails else 'OK'))
sys.exit(1 if fails else 0)
