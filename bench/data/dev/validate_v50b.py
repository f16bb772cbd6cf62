#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for real-cases-v50b (keeper k50b; pending-v50/ at collection, held out in bench/data/heldout/ from
2026-12-07, when v49 was spent and moved to dev; dev since v50 was spent, 2026-12-07).

  validate_v50b.py [--folder DIR] [--compare DIR ...] [--no-act] [--all-files]

Checks: truth.jsonl parses and fits the scorer's fields; ids = html files; build.py --check is byte-identical;
each page decodes in its declared encoding and declares it; title/date/source/author and every text paragraph
are on the page; every page carries its src/ code verbatim; no url, host or registrable domain shared with the
comparison folders' truth; item 7 (no run of >= 120 characters, whitespace collapsed, of a hijacked page's
injected code in any html file -- with --all-files also js/py/md/jsonl/txt/json -- of the comparison folders);
with node + jsdom (K50B_JSDOM), every hijacked page acts (writes / navigates / loads a host of its code) under at
least one visitor profile and every clean page reaches only its vendor hosts or its own host.
--compare defaults to bench/data/dev: since v50 is dev (2026-12-07), the older dev splits; any file or folder with
a path part holding 'v50' (v50's own folders and its files beside them in dev/, this set among them), and heldout/,
heldout-*, pending-* folders (v51 on, later than v50), are skipped, even when passed."""
import html as H, json, os, re, subprocess, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings', 'legit',
          'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
RUN = 120

def args():
    a = sys.argv[1:]
    folder = os.path.join(HERE, 'real-cases-v50b'); comp = []; act = True; allf = False
    i = 0
    while i < len(a):
        if a[i] == '--folder': folder = a[i + 1]; i += 2; continue
        if a[i] == '--compare':
            i += 1
            while i < len(a) and not a[i].startswith('--'):
                comp.append(a[i]); i += 1
            continue
        if a[i] == '--no-act': act = False
        if a[i] == '--all-files': allf = True
        i += 1
    if not comp:
        comp = [os.path.join(REPO, 'bench', 'data', 'dev')]
    return folder, comp, act, allf

def skipped(path):
    parts = os.path.normpath(path).split(os.sep)
    return any('v50' in p or p == 'heldout' or p.startswith('heldout-') or p.startswith('pending-') for p in parts)

def collapse(s):
    return re.sub(r'\s+', ' ', s)

def reg(h):
    p = h.split('.')
    if len(p) >= 3 and p[-2] in ('gov', 'edu', 'org', 'com', 'net', 'ac') and p[-1] == 'cn':
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])

def page_text(doc):
    t = re.sub(r'(?is)<script.*?</script>|<style.*?</style>', ' ', doc)
    t = re.sub(r'(?s)<[^>]+>', '\n', t)
    return H.unescape(t)

def main():
    folder, comp, act, allf = args()
    comp = [c for c in comp if not skipped(c)]
    fails = []
    def fail(m): fails.append(m)
    truth = [json.loads(l) for l in open(os.path.join(folder, 'truth.jsonl'), encoding='utf-8') if l.strip()]
    ids = [t['id'] for t in truth]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(folder, 'html')) if f.endswith('.html'))
    if sorted(ids) != files: fail('ids != html files')
    if ids != ['rc50b-%03d' % (i + 1) for i in range(len(ids))]: fail('ids not sequential')
    r = subprocess.run([sys.executable, os.path.join(folder, 'build.py'), '--check'], capture_output=True, text=True)
    if r.returncode: fail('build.py --check: ' + r.stdout.strip())
    srcdir = os.path.join(folder, 'src')
    for t in truth:
        for k in FIELDS:
            if k not in t: fail('%s: missing %s' % (t['id'], k))
        if t['date'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', t['date']): fail('%s: date' % t['id'])
        if not t['text'].strip(): fail('%s: empty text' % t['id'])
        raw = open(os.path.join(folder, 'html', t['id'] + '.html'), 'rb').read()
        try:
            doc = raw.decode(t['encoding'])
        except UnicodeDecodeError:
            fail('%s: does not decode as %s' % (t['id'], t['encoding'])); continue
        if not re.search(r'charset=?"?%s' % re.escape(t['encoding']), doc[:3000], re.I): fail('%s: charset not declared' % t['id'])
        vis = page_text(doc)
        for k in ('title', 'date', 'source', 'author'):
            if t[k] and t[k] not in vis: fail('%s: %s not on page' % (t['id'], k))
        for p in t['text'].split('\n'):
            if p not in vis: fail('%s: paragraph not on page: %s' % (t['id'], p[:30]))
        for s in t['spam_strings']:
            if s not in vis: fail('%s: spam string not on page' % t['id'])
        code = open(os.path.join(srcdir, t['src']), encoding='utf-8', newline='').read()
        if code not in doc: fail('%s: src/%s not carried verbatim' % (t['id'], t['src']))
        if t['hijacked'] and not t['injections']: fail('%s: hijacked without injections' % t['id'])
    # hosts / urls vs comparison truth
    comp_hosts, comp_urls = set(), set()
    comp_files = []
    exts = ('.html', '.htm') + (('.js', '.py', '.md', '.jsonl', '.txt', '.json') if allf else ())
    for c in comp:
        for root, dirs, fs in os.walk(c):
            dirs[:] = [d for d in dirs if not skipped(os.path.join(root, d))]
            for f in fs:
                p = os.path.join(root, f)
                if skipped(p): continue  # v50's own files beside its folders in dev/ (README-v50*, validate_v50*, ...)
                if f == 'truth.jsonl':
                    for l in open(p, encoding='utf-8', errors='replace'):
                        try: d = json.loads(l)
                        except Exception: continue
                        u = d.get('url') or ''
                        comp_urls.add(u); h = urlparse(u).hostname
                        if h: comp_hosts.add(h.lower())
                if f.endswith(exts): comp_files.append(p)
    comp_regs = {reg(h) for h in comp_hosts}
    for t in truth:
        h = urlparse(t['url']).hostname.lower()
        if t['url'] in comp_urls: fail('%s: url shared' % t['id'])
        if h in comp_hosts or reg(h) in comp_regs: fail('%s: host/registrable domain shared: %s' % (t['id'], h))
    # item 7
    snippets = sorted({t['src'] for t in truth if t['hijacked']})
    W = RUN // 2
    grams = {}
    for s in snippets:
        c = collapse(open(os.path.join(srcdir, s), encoding='utf-8', newline='').read())
        for i in range(0, max(0, len(c) - W + 1)):
            grams.setdefault(c[i:i + W], []).append((s, i))
    scols = {s: collapse(open(os.path.join(srcdir, s), encoding='utf-8', newline='').read()) for s in snippets}
    hits = 0
    seen = set()
    for p in comp_files:
        try: txt = collapse(open(p, encoding='utf-8', errors='replace').read())
        except Exception: continue
        for j in range(0, max(0, len(txt) - W + 1), W):
            g = txt[j:j + W]
            if g in grams:
                for s, i in grams[g]:
                    c = scols[s]; a, b = i, j
                    while a > 0 and b > 0 and c[a - 1] == txt[b - 1]: a -= 1; b -= 1
                    e1, e2 = i + W, j + W
                    while e1 < len(c) and e2 < len(txt) and c[e1] == txt[e2]: e1 += 1; e2 += 1
                    if e1 - a >= RUN and (s, p) not in seen:
                        seen.add((s, p)); hits += 1; fail('item 7: %s shares %d chars with %s' % (s, e1 - a, os.path.relpath(p, REPO)))
    # act
    actmsg = 'not run'
    if act:
        env = dict(os.environ)
        r = subprocess.run(['node', os.path.join(HERE, 'check_act_v50b.js'), folder], capture_output=True, text=True, env=env)
        if r.returncode:
            fail('check_act failed: ' + r.stderr[-300:])
        else:
            rep = json.loads(r.stdout); nall = 0; nact = 0
            for t in truth:
                own = t['site'].lower(); want = [x.lower() for x in t['reaches']]
                profs_acting = 0
                for pn, rec in rep[t['id']].items():
                    hosts = set()
                    for a in rec['added']:
                        hh = urlparse(a['url'] if '//' in a['url'] else 'http://' + own + '/' + a['url']).hostname
                        if hh: hosts.add(hh.lower())
                    for x in rec['final_ext']: hosts.add(x['host'].split(':')[0])
                    for n in rec['navigations']:
                        hh = urlparse(n.replace('meta-refresh:', '')).hostname
                        if hh: hosts.add(hh.lower())
                    hosts.discard(own)
                    if t['hijacked']:
                        if hosts & set(want) or any(w in ''.join(rec['writes']) for w in want): profs_acting += 1
                    else:
                        extra = hosts - set(want)
                        if extra or rec['navigations']: fail('%s (%s): clean page reaches %s' % (t['id'], pn, sorted(extra) or rec['navigations']))
                if t['hijacked']:
                    if not profs_acting: fail('%s: hijacked page does not act under any profile' % t['id'])
                    nact += 1; nall += profs_acting == 5
            actmsg = '%d hijacked pages act (%d under all 5 profiles)' % (nact, nall)
    nh = sum(t['hijacked'] for t in truth)
    print('validate_v50b: %d pages (%d hijacked, %d clean); item 7: %d snippets vs %d files in %s; act: %s'
          % (len(truth), nh, len(truth) - nh, len(snippets), len(comp_files), ', '.join(os.path.relpath(c, REPO) for c in comp), actmsg))
    for m in fails: print('FAIL', m)
    print('OK' if not fails else '%d failures' % len(fails))
    sys.exit(1 if fails else 0)

if __name__ == '__main__':
    main()
