#!/usr/bin/env python3
"""Validate dev/real-cases-v47b (keeper k47b; pending-v47/ at collection, held out from 2026-12-07, when v46 was
spent and moved to dev; dev since v47 was spent, 2026-12-07).

Checks: format (json, required keys, ids <-> html files), truth on page (text paragraphs, title, date, source,
author written on the page as decoded), injection bytes present on every hijacked page (its src/ code file verbatim),
build.py reproducibility (byte-identical), url host / registrable domain not used by the compared splits or by the
dev-* extraction sets, and item 7 of KEEPER.md: no run of 120+ consecutive characters (whitespace collapsed) of a
hijacked page's injected block occurs in any html of the compared folders.

Usage: python3 validate_v47b.py [FOLDER_TO_COMPARE ...] [--extract-root /work/data/extract] [--act]
  FOLDER_TO_COMPARE defaults to bench/data/dev (relative to the repository root): since v47 is dev (2026-12-07), the
  older dev splits. v47's own folders -- any folder whose path holds 'v47', wherever it sits -- and any held-out or
  pending folder (heldout/, heldout-*, pending-*: v48 on, later than v47) are skipped, even when passed; the older
  dev-* extraction sets are read (49 since v47 was spent; dev-v47-palladian, v47's own, skipped: 48). --act also runs check_act_v47b.js (needs node and NODE_PATH with jsdom).
  Failures name the page id and the reason class (and dev folder) only: no text, string, host or code.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.join(HERE, 'real-cases-v47b')
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
K, S = 120, 40
REQ = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings', 'legit',
       'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
SUF2 = {'gov.cn', 'edu.cn', 'com.cn', 'org.cn', 'net.cn', 'ac.cn', 'com.tw', 'gov.tw', 'edu.tw', 'org.tw', 'com.hk', 'gov.hk', 'edu.hk'}


def reg(host):
    p = host.lower().split('.')
    if len(p) >= 3 and '.'.join(p[-2:]) in SUF2:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])


# v47's own folders (dev/ since v47 was spent) and any held-out or pending folder (v48 on) are not compared
SKIP = re.compile(r'v47|^(heldout|pending)($|-)')


def skipped(p, fo):
    parts = [os.path.basename(os.path.normpath(fo))] + os.path.relpath(p, fo).split(os.sep)[:-1]
    return any(SKIP.search(x) for x in parts)


def norm(s):
    return re.sub(r'\s+', ' ', s)


def decode(b, enc='utf-8'):
    for e in (enc, 'utf-8', 'gb18030', 'latin-1'):
        try:
            return b.decode(e)
        except (UnicodeDecodeError, LookupError):
            pass
    return b.decode('latin-1')


def page_text(h):
    h = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', h)
    h = re.sub(r'(?s)<!--.*?-->', ' ', h)
    h = re.sub(r'(?s)<[^>]+>', '\n', h)
    return html.unescape(h)


def injected_block(code_path):
    c = open(code_path, encoding='utf-8').read()
    return c


def main():
    args = sys.argv[1:]
    act = '--act' in args
    extract_root = '/work/data/extract'
    folders = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == '--extract-root':
            extract_root = args[i + 1]; i += 2; continue
        if a == '--act':
            i += 1; continue
        folders.append(a); i += 1
    if not folders:
        folders = [os.path.join(REPO, 'bench', 'data', 'dev')]
    errors = []
    rows = [json.loads(l) for l in open(os.path.join(SPLIT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
    ids = [r['id'] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append('duplicate ids')
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SPLIT, 'html')) if f.endswith('.html'))
    if sorted(ids) != files:
        errors.append('ids and html files differ: %s' % sorted(set(ids) ^ set(files)))
    pages = {}
    for r in rows:
        for k in REQ:
            if k not in r:
                errors.append('%s: missing key %s' % (r['id'], k))
        p = os.path.join(SPLIT, 'html', r['id'] + '.html')
        if not os.path.exists(p):
            continue
        raw = open(p, 'rb').read()
        h = decode(raw, r.get('encoding', 'utf-8'))
        pages[r['id']] = h
        shown = page_text(h)
        if not r['text'].strip():
            errors.append('%s: empty text' % r['id'])
        for para in r['text'].split('\n'):
            if para not in shown:
                errors.append('%s: text paragraph not on page' % r['id'])
        for f in ('title', 'source', 'author'):
            if r.get(f) and r[f] not in shown:
                errors.append('%s: %s not on page' % (r['id'], f))
        if r.get('date'):
            y, m, d = r['date'].split('-')
            forms = [r['date'], '%s年%s月%s日' % (y, m, d), '%s年%d月%d日' % (y, int(m), int(d)), '%s/%s/%s' % (y, m, d)]
            if not any(x in shown for x in forms):
                errors.append('%s: date not on page' % r['id'])
        for s in r.get('spam_strings', []):
            if s not in h:
                errors.append('%s: spam string not in page' % r['id'])
        if r['hijacked']:
            cf = os.path.join(SPLIT, r.get('code_file', ''))
            if not r.get('code_file') or not os.path.exists(cf):
                errors.append('%s: hijacked page without code_file' % r['id'])
            elif injected_block(cf).rstrip('\n') not in h:
                errors.append('%s: injected code not in the page bytes' % r['id'])
            if not r['injections']:
                errors.append('%s: hijacked page without injections' % r['id'])
        if r['hijacked'] and r['legit']:
            pass
    # build reproducibility
    b = subprocess.run([sys.executable, os.path.join(SPLIT, 'build.py'), '--check'], capture_output=True, text=True)
    if b.returncode != 0:
        errors.append('build.py --check: ' + (b.stdout + b.stderr).strip())
    # host / registrable domain reuse
    other_hosts = set()
    n_html = 0
    cmp_files = []
    for fo in folders:
        for t in glob.glob(os.path.join(fo, '**', 'truth.jsonl'), recursive=True):
            if skipped(t, fo):
                continue
            for l in open(t, encoding='utf-8', errors='replace'):
                try:
                    u = json.loads(l).get('url') or ''
                except ValueError:
                    continue
                hn = urlparse(u).hostname
                if hn:
                    other_hosts.add(hn.lower())
        for ext in ('html', 'htm'):
            for p in glob.glob(os.path.join(fo, '**', '*.' + ext), recursive=True):
                if skipped(p, fo):
                    continue
                cmp_files.append(p)
    ext_hosts = set()
    for t in glob.glob(os.path.join(extract_root, 'dev-*', 'truth.jsonl')):
        if SKIP.search(os.path.basename(os.path.dirname(t))):
            continue
        for l in open(t, encoding='utf-8', errors='replace'):
            try:
                u = json.loads(l).get('url') or ''
            except ValueError:
                continue
            hn = urlparse(u).hostname
            if hn:
                ext_hosts.add(hn.lower())
    other_regs = {reg(x) for x in other_hosts}
    ext_regs = {reg(x) for x in ext_hosts}
    for r in rows:
        hn = urlparse(r['url']).hostname.lower()
        if hn in other_hosts or reg(hn) in other_regs:
            errors.append('%s: host/registrable domain used by a compared split' % r['id'])
        if hn in ext_hosts or reg(hn) in ext_regs:
            errors.append('%s: host/registrable domain used by a dev-* extraction set' % r['id'])
    # item 7: no 120-char run of an injected block in the compared html
    blocks = {}
    for r in rows:
        if r['hijacked'] and r.get('code_file'):
            blocks[r['id']] = norm(injected_block(os.path.join(SPLIT, r['code_file'])))
    idx = {}
    for pid, t in blocks.items():
        for j in range(len(t) - S + 1):
            idx.setdefault(t[j:j + S], []).append((pid, j))
    overlaps = {}
    for p in cmp_files:
        d = norm(decode(open(p, 'rb').read()))
        n_html += 1
        for j in range(0, len(d) - S + 1, S):
            w = d[j:j + S]
            if w not in idx:
                continue
            for pid, i0 in idx[w]:
                t = blocks[pid]
                a, bb = i0, j
                while a > 0 and bb > 0 and t[a - 1] == d[bb - 1]:
                    a -= 1; bb -= 1
                e, f = i0 + S, j + S
                while e < len(t) and f < len(d) and t[e] == d[f]:
                    e += 1; f += 1
                if e - a >= K:
                    overlaps.setdefault(pid, set()).add((os.path.relpath(p, REPO), e - a))
    for pid, s in sorted(overlaps.items()):
        top = sorted(s, key=lambda x: -x[1])[:3]
        errors.append('%s: injected block shares a %d-char run with %s (item 7)' % (pid, top[0][1], ', '.join(x[0] for x in top)))
    nh = sum(1 for r in rows if r['hijacked'])
    print('pages %d (hijacked %d, clean %d); compared %d html files in %s; %d dev-* extraction hosts'
          % (len(rows), nh, len(rows) - nh, n_html, ', '.join(folders), len(ext_hosts)))
    if act:
        js = os.path.join(HERE, 'check_act_v47b.js')
        a = subprocess.run(['node', js, SPLIT], capture_output=True, text=True)
        print(a.stdout.strip().splitlines()[-1] if a.stdout.strip() else a.stderr.strip())
        if a.returncode != 0:
            errors.append('check_act_v47b.js: some hijacked page does nothing (or node/jsdom missing)')
    for e in errors:
        print('ERROR', e)
    print('%d errors' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
