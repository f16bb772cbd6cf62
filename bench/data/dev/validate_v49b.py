#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate real-cases-v49b (keeper k49b; pending-v49/ at collection, held out in bench/data/heldout/ from
2026-12-07, when v48 was spent and moved to dev; dev since v49 was spent, 2026-12-07).

usage: python3 validate_v49b.py [COMPARE_FOLDER ...] [--no-act] [--all-files]
  COMPARE_FOLDER  folders whose html (and truth urls) the set must not share with; default bench/data/dev: since
                  v49 is dev (2026-12-07), the older dev splits. Any file or folder whose path (relative to the
                  compare folder, plus the folder's own name) has a part holding 'v49' (v49's own folders and files,
                  wherever they sit, this set among them) is skipped, and so is any held-out or pending folder
                  (heldout/, heldout-*, pending-*: v50 on, later than v49), even when passed.
  --no-act        skip the browser-like run (check_act_v49b.js, node + jsdom; K49B_JSDOM = jsdom package dir)
  --all-files     item 7 also against every text file (js/py/md/jsonl/txt) of the compare folders, not only html

Checks: truth.jsonl parses and fits the scorer's fields; ids <-> html files; each page decodes with its declared
encoding; text/title/source/date are written on the page; spam_strings occur; every hijacked page carries its captured
code byte-for-byte (src/) and every clean page its vendor code; build.py rebuilds byte-identical; counts (>= 15
hijacked, >= 5 clean, <= 5 pages per injection form); url/host/registrable-domain not shared with the compare
folders; item 7: no run of >= 120 consecutive characters (whitespace collapsed) of any injected code of a hijacked
page occurs in any html of the compare folders; every hijacked page acts in check_act_v49b.js under at least one
visitor profile, and clean pages reach only their vendors' hosts (or their own host)."""
import glob, html as htmlmod, json, os, re, subprocess, sys
from collections import Counter
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'real-cases-v49b')
REPO_DATA = os.path.dirname(HERE)                       # bench/data
FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings',
          'legit', 'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
VENDOR_HOSTS = ('linezing.com', 'cnzz.com', 'baidu.com', 'doubleclick.net', 'adbrite.com')
W = 120
# v49's own folders (dev/ since v49 was spent, 2026-12-07; heldout/ before, pending-v49/ at collection) and any
# held-out or pending folder (v50 on, later than v49)
SKIP = re.compile(r"v49|^(heldout|pending)($|-)")
fails = []


def skipped(path, folder):
    parts = [os.path.basename(os.path.normpath(folder))] + os.path.relpath(path, folder).split(os.sep)
    return any(SKIP.search(p) for p in parts)


def fail(msg):
    fails.append(msg)
    print('FAIL', msg)


def norm_ws(s):
    return re.sub(r'\s+', ' ', s)


def page_text(raw, enc):
    s = raw.decode(enc)
    return s, htmlmod.unescape(s)


def reg_domain(h):
    p = (h or '').lower().split('.')
    if len(p) >= 3 and p[-1] in ('cn', 'hk', 'tw') and p[-2] in ('gov', 'edu', 'com', 'org', 'net', 'ac'):
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])


def date_forms(d):
    y, m, dd = d.split('-')
    mi, di = str(int(m)), str(int(dd))
    return [d, '%s/%s/%s' % (y, m, dd), '%s-%s-%s' % (y, mi, di), '%s年%s月%s日' % (y, m, dd), '%s年%s月%s日' % (y, mi, di)]


def main():
    argv = sys.argv[1:]
    no_act = '--no-act' in argv
    all_files = '--all-files' in argv
    compare = [a for a in argv if not a.startswith('--')] or [os.path.join(REPO_DATA, 'dev')]
    compare = [os.path.abspath(c) for c in compare if not SKIP.search(os.path.basename(os.path.abspath(c)))]

    sys.path.insert(0, SET)
    from cases import CASES  # noqa: E402
    cases = {c['id']: c for c in CASES}

    # 1. truth
    truth = []
    for i, line in enumerate(open(os.path.join(SET, 'truth.jsonl'), encoding='utf-8')):
        if not line.strip():
            continue
        try:
            t = json.loads(line)
        except Exception as e:
            fail('truth line %d: %s' % (i + 1, e)); continue
        miss = [f for f in FIELDS if f not in t]
        if miss:
            fail('%s: missing fields %s' % (t.get('id'), miss))
        truth.append(t)
    ids = [t['id'] for t in truth]
    files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SET, 'html', '*.html')))
    if sorted(ids) != files:
        fail('ids and html files differ: %s' % sorted(set(ids) ^ set(files)))
    if len(set(ids)) != len(ids):
        fail('duplicate ids')

    # 2. per page
    for t in truth:
        pid = t['id']
        raw = open(os.path.join(SET, 'html', pid + '.html'), 'rb').read()
        try:
            src_s, shown = page_text(raw, t['encoding'])
        except Exception as e:
            fail('%s: does not decode as %s: %s' % (pid, t['encoding'], e)); continue
        if not t['text'].strip():
            fail('%s: empty text' % pid)
        for para in t['text'].split('\n'):
            if para and para not in shown:
                fail('%s: text paragraph not on page: %.40s' % (pid, para))
        for f in ('title', 'source', 'author'):
            if t[f] and t[f] not in shown:
                fail('%s: %s not on page' % (pid, f))
        if t['date'] and not any(x in shown for x in date_forms(t['date'])):
            fail('%s: date not on page' % pid)
        if t['date'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', t['date']):
            fail('%s: bad date format' % pid)
        for s in t['spam_strings']:
            if s not in shown:
                fail('%s: spam string not on page: %s' % (pid, s))
        if t['legit'] and not t['hijacked'] and False:
            pass
        c = cases.get(pid)
        if not c:
            fail('%s: not in cases.py' % pid); continue
        for name in c['src']:
            code = open(os.path.join(SET, 'src', name), encoding='utf-8').read().rstrip('\n')
            if code not in src_s:
                fail('%s: page does not carry src/%s verbatim' % (pid, name))
        if t['hijacked'] != bool(c['injections']):
            fail('%s: hijacked flag and injections disagree' % pid)
        if t['site'] != urlparse(t['url']).hostname:
            fail('%s: site is not the url host' % pid)

    # 3. build reproducible
    r = subprocess.run([sys.executable, os.path.join(SET, 'build.py'), '--check'], capture_output=True, text=True)
    print(r.stdout.strip())
    if r.returncode != 0:
        fail('build.py --check: ' + r.stdout.strip() + r.stderr.strip())

    # 4. counts / forms
    hij = [t for t in truth if t['hijacked']]
    clean = [t for t in truth if not t['hijacked']]
    if len(hij) < 15:
        fail('only %d hijacked pages' % len(hij))
    if len(clean) < 5:
        fail('only %d clean pages' % len(clean))
    forms = Counter(f for t in hij for f in set(t['injections']))
    for f, n in forms.items():
        if n > 5:
            fail('form %s on %d pages (> 5)' % (f, n))
    print('pages %d: hijacked %d, clean %d; forms %s' % (len(truth), len(hij), len(clean), dict(forms)))

    # 5. url / host / registrable domain against compare folders
    cmp_urls, cmp_hosts = set(), set()
    for folder in compare:
        for p in glob.glob(os.path.join(folder, '**', 'truth.jsonl'), recursive=True):
            if skipped(p, folder):
                continue
            for line in open(p, encoding='utf-8', errors='replace'):
                try:
                    u = json.loads(line).get('url') or ''
                except Exception:
                    continue
                cmp_urls.add(u)
                cmp_hosts.add((urlparse(u).hostname or '').lower())
    cmp_regs = {reg_domain(h) for h in cmp_hosts if h}
    for t in truth:
        h = (urlparse(t['url']).hostname or '').lower()
        if t['url'] in cmp_urls:
            fail('%s: url already in a compare folder' % t['id'])
        if h in cmp_hosts:
            fail('%s: host already in a compare folder' % t['id'])
        if reg_domain(h) in cmp_regs:
            fail('%s: registrable domain %s already in a compare folder' % (t['id'], reg_domain(h)))

    # 6. item 7 (no shared code): aligned 60-char probes of each injected snippet, exact run length on a hit
    corpus = []
    pats = ['*.html', '*.htm'] + (['*.js', '*.py', '*.md', '*.jsonl', '*.txt'] if all_files else [])
    for folder in compare:
        for pat in pats:
            for p in glob.glob(os.path.join(folder, '**', pat), recursive=True):
                if skipped(p, folder):
                    continue
                try:
                    b = open(p, 'rb').read()
                except OSError:
                    continue
                s = None
                for enc in ('utf-8', 'gb18030'):
                    try:
                        s = b.decode(enc); break
                    except UnicodeDecodeError:
                        continue
                if s is None:
                    s = b.decode('utf-8', 'replace')
                corpus.append((p, norm_ws(s)))
    snippets = sorted({n for t in hij for n in cases[t['id']]['src']})
    P = W // 2
    for name in snippets:
        code = norm_ws(open(os.path.join(SET, 'src', name), encoding='utf-8').read())
        worst = (0, None)
        for i in range(0, max(1, len(code) - P + 1), P):
            probe = code[i:i + P]
            if len(probe) < P:
                break
            for p, s in corpus:
                j = s.find(probe)
                while j != -1:
                    a, b = i, j                      # extend left and right
                    while a > 0 and b > 0 and code[a - 1] == s[b - 1]:
                        a -= 1; b -= 1
                    e1, e2 = i + P, j + P
                    while e1 < len(code) and e2 < len(s) and code[e1] == s[e2]:
                        e1 += 1; e2 += 1
                    run = e1 - a
                    if run > worst[0]:
                        worst = (run, p)
                    j = s.find(probe, j + 1)
        if worst[0] >= W:
            fail('item 7: src/%s shares %d characters with %s' % (name, worst[0], os.path.relpath(worst[1], REPO_DATA)))
    print('item 7: %d injected snippets against %d files in %s' % (len(snippets), len(corpus),
          ', '.join(os.path.relpath(c, REPO_DATA) for c in compare)))

    # 7. browser-like run
    if not no_act:
        js = os.path.join(HERE, 'check_act_v49b.js')
        r = subprocess.run(['node', js, SET, '--json'], capture_output=True, text=True, env=os.environ)
        if r.returncode != 0:
            fail('check_act_v49b.js failed: ' + r.stderr[-400:])
        else:
            rep = {x['id']: x for x in json.loads(r.stdout)}
            n_all = 0
            for t in truth:
                x = rep.get(t['id'])
                if x is None:
                    fail('%s: no check_act result' % t['id']); continue
                host = urlparse(t['url']).hostname
                if t['hijacked']:
                    if not x['actsUnder']:
                        fail('%s: hijacked page does nothing under any visitor profile' % t['id'])
                    n_all += len(x['actsUnder']) == 5
                else:
                    bad = [h for h in x['foreignHosts'] if not h.endswith(VENDOR_HOSTS)]
                    if bad:
                        fail('%s: clean page reaches non-vendor hosts %s' % (t['id'], bad))
                    if x.get('shownLinks'):
                        fail('%s: clean page shows links to other hosts %s' % (t['id'], x['shownLinks'][:3]))
                    navs = [u for u in x['navigations'] if urlparse(u).hostname != host]
                    if navs:
                        fail('%s: clean page navigates off-site %s' % (t['id'], navs))
            print('check_act: %d hijacked pages act (%d under all 5 profiles); clean pages reach only vendor hosts or their own host'
                  % (len(hij), n_all))

    print('OK' if not fails else '%d FAILURES' % len(fails))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
