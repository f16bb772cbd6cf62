#!/usr/bin/env python3
"""Validate dev/real-cases-v45b (keeper k45b; pending-v45/ at collection, held out from 2026-12-07, dev since it was
spent, 2026-12-07).

Checks: truth.jsonl parses and has every field score.py reads; ids match html/ files; text is
not empty; title/source/author/date are written on their page; every spam string occurs in the
decoded html; every hijacked page carries its captured code (src/<code_file>) byte for byte;
build.py reproduces the html and truth byte for byte; urls and hosts are not in the comparison
folders' truth; item 7 (no shared code): no run of 120 or more consecutive characters (whitespace
collapsed) of a hijacked page's injected code occurs in any html of the comparison folders; and,
when node and jsdom are found, check_act_v45b.js shows every hijacked page acting under at least
one visitor profile.

Usage: validate_v45b.py [COMPARE_FOLDER ...]   (default: bench/data/dev: the older dev splits; v45's own folders --
any folder whose name holds 'v45' -- are skipped, and a held-out or pending folder (heldout/, pending-*: v46 on, later
than v45) is never read, even when passed). Set NODE_PATH to a
node_modules holding jsdom to run the behaviour check. Failures name the page id and the reason class only (no text,
string, host or code); a page host already in a comparison folder is a failure (it was a warning at collection).
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'real-cases-v45b')
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
RUN = 120
FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings',
          'legit', 'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
# v45's own folders (dev/ since it was spent, 2026-12-07; heldout/ before, pending-v45/ at collection): any folder whose
# name holds 'v45'; and a held-out or pending folder (heldout/, pending-*: v46 on, later than v45) is not read
OWN = re.compile(r'v45|^(heldout|pending)($|-)')


def own(p, fo):
    parts = [os.path.basename(os.path.normpath(fo))] + os.path.relpath(p, fo).split(os.sep)[:-1]
    return any(OWN.search(x) for x in parts)

errors = []


def err(msg):
    errors.append(msg)
    print('ERROR', msg)


def norm(s):
    return re.sub(r'\s+', ' ', s)


def read_text(p):
    b = open(p, 'rb').read()
    for enc in ('utf-8', 'gb18030', 'big5'):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode('utf-8', 'replace')


def html_unescape(s):
    import html
    return html.unescape(s)


def load_truth():
    rows = []
    with open(os.path.join(SET, 'truth.jsonl'), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err('truth line %d: %s' % (i, e))
    return rows


def compare_corpus(folders):
    parts, n = [], 0
    for fo in folders:
        for p in glob.glob(os.path.join(fo, '**', '*.htm*'), recursive=True):
            if own(p, fo):
                continue
            parts.append(norm(read_text(p)))
            n += 1
    return '\x00'.join(parts), n


def shared_run(snippet, big):
    """a RUN-character run of snippet (whitespace collapsed) found in big, or None"""
    s = norm(snippet)
    step = RUN // 2
    for k in range(0, len(s) - step + 1, step):
        if s[k:k + step] not in big:
            continue
        for j in range(max(0, k + step - RUN), k + 1):
            w = s[j:j + RUN]
            if len(w) == RUN and w in big:
                return w
    return None


def compare_truth_urls(folders):
    urls, hosts = set(), set()
    for fo in folders:
        for p in glob.glob(os.path.join(fo, '**', 'truth.jsonl'), recursive=True):
            if own(p, fo):
                continue
            for line in open(p, encoding='utf-8', errors='replace'):
                try:
                    o = json.loads(line)
                except Exception:
                    continue
                if isinstance(o, dict) and isinstance(o.get('url'), str):
                    urls.add(o['url'])
                    m = re.match(r'https?://([^/:]+)', o['url'])
                    if m:
                        hosts.add(m.group(1).lower())
    return urls, hosts


def main(argv):
    folders = [os.path.abspath(a) for a in argv] or [os.path.join(REPO, 'bench', 'data', 'dev')]
    rows = load_truth()
    ids = [r.get('id') for r in rows]
    files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SET, 'html', '*.html')))
    if sorted(ids) != files:
        err('ids %s != html files %s' % (sorted(set(ids) - set(files)), sorted(set(files) - set(ids))))
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    for r in rows:
        for f in FIELDS:
            if f not in r:
                err('%s: missing field %s' % (r.get('id'), f))
        if not (r.get('text') or '').strip():
            err('%s: empty text' % r['id'])
        p = os.path.join(SET, 'html', r['id'] + '.html')
        if not os.path.exists(p):
            continue
        raw = read_text(p)
        page = html_unescape(raw)
        for para in r['text'].split('\n'):
            if para not in page:
                err('%s: a text paragraph is not on the page' % r['id'])
        for f in ('title', 'source', 'author'):
            if r.get(f) and r[f] not in page:
                err('%s: %s not written on page' % (r['id'], f))
        if r.get('date'):
            y, m, d = r['date'].split('-')
            forms = [r['date'], '%s年%d月%d日' % (y, int(m), int(d)), '%s/%s/%s' % (y, m, d)]
            if not any(x in page for x in forms):
                err('%s: date not written on page' % r['id'])
        for s in r.get('spam_strings') or []:
            if s not in page:
                err('%s: a spam string is not in the decoded html' % r['id'])
        if r.get('hijacked'):
            cf = r.get('code_file')
            if not cf:
                err('%s: hijacked without code_file' % r['id'])
                continue
            code = open(os.path.join(SET, cf), encoding='utf-8').read().rstrip('\n')
            if code not in raw:
                err('%s: captured code %s not in page bytes' % (r['id'], cf))
            if not r.get('injections'):
                err('%s: hijacked without injections' % r['id'])
    # build.py reproduces everything
    sys.path.insert(0, SET)
    import importlib
    build = importlib.import_module('build')
    for c in build.CASES:
        want = build.page(c)
        got = open(os.path.join(SET, 'html', c['id'] + '.html'), encoding='utf-8').read()
        if want != got:
            err('%s: html differs from build.py output' % c['id'])
    want_truth = '\n'.join(json.dumps(build.truth(c), ensure_ascii=False) for c in build.CASES) + '\n'
    if want_truth != open(os.path.join(SET, 'truth.jsonl'), encoding='utf-8').read():
        err('truth.jsonl differs from build.py output')
    # urls / hosts
    urls, hosts = compare_truth_urls(folders)
    for r in rows:
        if r['url'] in urls:
            err('%s: url already in a comparison folder' % r['id'])
        h = re.match(r'https?://([^/:]+)', r['url']).group(1).lower()
        if h in hosts:
            err('%s: host already in a comparison folder' % r['id'])
    # item 7
    big, n = compare_corpus(folders)
    print('item 7: comparing injected code of hijacked pages with %d html files in %s' % (n, ', '.join(folders)))
    for r in rows:
        if not r.get('hijacked'):
            continue
        code = open(os.path.join(SET, r['code_file']), encoding='utf-8').read()
        w = shared_run(code, big)
        if w:
            err('%s: a %d-char run of its injected code occurs in a comparison html' % (r['id'], RUN))
    # behaviour
    node = shutil_which('node')
    if node and os.environ.get('NODE_PATH'):
        out = subprocess.run([node, os.path.join(HERE, 'check_act_v45b.js'), SET, '--json'], capture_output=True, text=True, timeout=1800)
        try:
            res = json.loads(out.stdout)
        except Exception:
            err('check_act_v45b.js gave no json')
            res = {}
        for r in rows:
            x = res.get(r['id'])
            if x is None:
                continue
            acts = x['acting_profiles'] or (['static'] if x['static'] else [])
            if r['hijacked'] and not acts:
                err('%s: hijacked but does nothing under any profile' % r['id'])
            print('  %s hijacked=%s acts_under=%s' % (r['id'], r['hijacked'], ','.join(acts) or '-'))
    else:
        print('behaviour check skipped (node or NODE_PATH with jsdom not found)')
    nh = sum(1 for r in rows if r.get('hijacked'))
    print('%d pages: %d hijacked, %d not hijacked; %d errors' % (len(rows), nh, len(rows) - nh, len(errors)))
    return 1 if errors else 0


def shutil_which(x):
    import shutil
    return shutil.which(x)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
