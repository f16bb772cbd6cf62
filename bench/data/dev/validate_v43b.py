#!/usr/bin/env python3
"""Validator of dev/real-cases-v43b (keeper k43b; pending-v43/ at collection, held out from 2026-12-07, dev since it
was spent, 2026-12-07).

Usage: python3 validate_v43b.py [COMPARE_DIR ...]
COMPARE_DIR defaults to bench/data/dev (relative to the repository root): the older dev splits. v43's own folders
(real-cases-v43, real-cases-v43b, synthetic-v43, synthetic-generator-v43, extract-v43: any *-v43/*-v43b folder) are
skipped when found under a compare dir, and a held-out or pending folder (heldout/, pending-*: v44 on, later than
v43) is never read. Failures name the page id and the reason only (no host, no code).

Checks: truth.jsonl parses, ids rc43b-NNN match html/<id>.html one to one, fields present, text non-empty, html decodes
with its truth encoding, title/date/source/author (when not null) are written on the page, spam_strings occur in the
decoded html, every hijacked page carries its captured code (src/ file named in `code_file`) verbatim,
build.py re-run gives byte-identical files, no url or host of the compared splits is reused, no spam string equals /
contains / is contained in a spam string of the compared splits, and item 7: no run of 120+ consecutive characters
(whitespace collapsed) of a hijacked page's injected block(s) (its placed code file, and every <script>/<iframe>/<style>
or hidden block of that code) occurs in any html under the compared folders.
When node and jsdom are available (JSDOM_PATH or resolvable 'jsdom'), check_act_v43b.js is run as well.
"""
import hashlib, html as H, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.join(HERE, 'real-cases-v43b')
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
K, G = 120, 40
FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings', 'legit',
          'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
# removed on 2026-12-07 when v42 became dev (ids keep their numbers): rc43b-002 and rc43b-016 (url and host of a page in
# dev/real-cases-v42b), rc43b-012 and rc43b-013 (injected code sharing a 120+ character run with dev/real-cases-v42b
# html); real-cases-v43b/build.py skips the ids
REMOVED = {'rc43b-002', 'rc43b-012', 'rc43b-013', 'rc43b-016'}
# removed on 2026-12-07 by the tool library's rule (what the `fetch` tool brings is kept out of commits): pages whose
# code was taken from a fetched repository (SOURCES.md); real-cases-v43b/build.py skips them too
REMOVED |= {'rc43b-001', 'rc43b-003', 'rc43b-004', 'rc43b-005', 'rc43b-006', 'rc43b-007', 'rc43b-008', 'rc43b-010', 'rc43b-015'}
errors = []
def err(m): errors.append(m); print('FAIL', m)

def norm(s): return re.sub(r'\s+', ' ', s)
def decode_any(b):
    for enc in ('utf-8', 'gb18030', 'latin-1'):
        try: return b.decode(enc)
        except UnicodeDecodeError: pass

# v43 is dev itself since it was spent (2026-12-07): its own folders under dev/ are no older split; heldout/ and
# pending-* (v44 on, later than v43) are not read
NOT_OLDER = re.compile(r'-v43[a-z]?$|^(heldout|pending)($|-)')

def compare_files(dirs):
    skip = os.path.abspath(SPLIT)
    htmls, truths = [], []
    for d in dirs:
        if NOT_OLDER.search(os.path.basename(os.path.normpath(d))):
            continue
        for dp, dn, fn in os.walk(d):
            dn[:] = sorted(x for x in dn if not NOT_OLDER.search(x))
            if os.path.abspath(dp).startswith(skip):
                continue
            for f in fn:
                p = os.path.join(dp, f)
                if f.endswith(('.html', '.htm')):
                    htmls.append((p, norm(decode_any(open(p, 'rb').read()))))
                elif f == 'truth.jsonl':
                    truths.append(p)
    return htmls, truths

def shared_run(snip, corpus):
    s = norm(snip)
    if len(s) < K: return None
    grams = {}
    for i in range(len(s) - G + 1): grams.setdefault(s[i:i + G], []).append(i)
    for p, t in corpus:
        for j in range(0, len(t) - G + 1, K - G):
            for i in grams.get(t[j:j + G], ()):
                a = 0
                while i - a - 1 >= 0 and j - a - 1 >= 0 and s[i - a - 1] == t[j - a - 1]: a += 1
                b = G
                while i + b < len(s) and j + b < len(t) and s[i + b] == t[j + b]: b += 1
                if a + b >= K: return (p, a + b, s[i - a:i - a + 60])
    return None

def blocks(code):
    out = [code]
    out += re.findall(r'<script\b.*?</script>|<iframe\b.*?(?:</iframe>|>)|<style\b.*?</style>', code, re.S | re.I)
    out += re.findall(r'<div[^>]*(?:display\s*:\s*none|position\s*:\s*absolute)[^>]*>.*?</div>', code, re.S | re.I)
    return out

def main():
    dirs = sys.argv[1:] or [os.path.join(ROOT, 'bench', 'data', 'dev')]
    rows = [json.loads(l) for l in open(os.path.join(SPLIT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
    ids = [r['id'] for r in rows]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SPLIT, 'html')) if f.endswith('.html'))
    if sorted(ids) != files: err('ids and html files differ')
    if len(set(ids)) != len(ids): err('duplicate ids')
    for i in sorted(REMOVED & set(ids)): err('%s removed on 2026-12-07 (overlaps dev), still in truth.jsonl' % i)
    want = ['rc43b-%03d' % (k + 1) for k in range(len(rows) + len(REMOVED)) if 'rc43b-%03d' % (k + 1) not in REMOVED]
    for i, r in enumerate(rows):
        if i >= len(want) or r['id'] != want[i]: err('id order %s' % r['id'])
        for f in FIELDS:
            if f not in r: err('%s missing %s' % (r['id'], f))
        if not (r.get('text') or '').strip(): err('%s empty text' % r['id'])
        raw = open(os.path.join(SPLIT, 'html', r['id'] + '.html'), 'rb').read()
        try: page = raw.decode(r['encoding'])
        except Exception as e: err('%s does not decode as %s: %s' % (r['id'], r['encoding'], e)); continue
        shown = H.unescape(page)
        for f in ('title', 'date', 'source', 'author'):
            if r.get(f) and r[f] not in shown: err('%s %s not on page' % (r['id'], f))
        for p in r['text'].split('\n'):
            if p not in shown: err('%s text paragraph not on page' % r['id'])
        for s in r['spam_strings']:
            if s not in shown: err('%s spam string not in page' % r['id'])
        if r['hijacked']:
            code = open(os.path.join(SPLIT, r['code_file']), encoding='utf-8').read().rstrip('\n')
            if code not in page: err('%s does not carry its code file' % r['id'])
            if not r['injections']: err('%s hijacked without injections' % r['id'])
    # determinism
    before = {f: hashlib.sha1(open(os.path.join(SPLIT, 'html', f), 'rb').read()).hexdigest() for f in os.listdir(os.path.join(SPLIT, 'html'))}
    tb = hashlib.sha1(open(os.path.join(SPLIT, 'truth.jsonl'), 'rb').read()).hexdigest()
    subprocess.run([sys.executable, os.path.join(SPLIT, 'build.py')], check=True, capture_output=True)
    after = {f: hashlib.sha1(open(os.path.join(SPLIT, 'html', f), 'rb').read()).hexdigest() for f in os.listdir(os.path.join(SPLIT, 'html'))}
    if before != after or tb != hashlib.sha1(open(os.path.join(SPLIT, 'truth.jsonl'), 'rb').read()).hexdigest():
        err('build.py is not byte-identical on re-run')
    # compared splits
    corpus, truths = compare_files(dirs)
    print('compared: %d html files, %d truth files under %s' % (len(corpus), len(truths), ', '.join(dirs)))
    urls, hosts, spams = set(), set(), set()
    for t in truths:
        for l in open(t, encoding='utf-8', errors='replace'):
            try: o = json.loads(l)
            except Exception: continue
            u = o.get('url') or ''
            urls.add(u)
            m = re.match(r'https?://([^/]+)', u)
            if m: hosts.add(m.group(1).lower())
            for s in o.get('spam_strings') or []:
                if isinstance(s, str) and s.strip(): spams.add(s)
    for r in rows:
        if r['url'] in urls: err('%s url reused' % r['id'])
        if r['site'].lower() in hosts: err('%s host reused' % r['id'])
        for s in r['spam_strings']:
            for o in spams:
                if s == o or s in o or o in s: err('%s spam string overlaps a compared one' % r['id']); break
    # item 7
    n7 = 0
    for r in rows:
        if not r['hijacked']: continue
        code = open(os.path.join(SPLIT, r['code_file']), encoding='utf-8').read()
        for b in blocks(code):
            hit = shared_run(b, corpus)
            if hit: err('%s shares %d chars of injected code with %s' % (r['id'], hit[1], os.path.relpath(hit[0], ROOT))); break
        n7 += 1
    print('item 7: %d hijacked pages checked' % n7)
    # check_act
    try:
        res = subprocess.run(['node', os.path.join(HERE, 'check_act_v43b.js'), SPLIT], capture_output=True, text=True, timeout=900)
        if res.returncode == 2: print('check_act skipped: jsdom not found (set JSDOM_PATH)')
        elif res.returncode != 0: err('check_act: ' + res.stdout.strip().splitlines()[-1])
        else: print('check_act: ' + res.stdout.strip().splitlines()[-1])
    except FileNotFoundError:
        print('check_act skipped: node not found')
    print('%d pages; %s' % (len(rows), 'OK' if not errors else '%d failure(s)' % len(errors)))
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
