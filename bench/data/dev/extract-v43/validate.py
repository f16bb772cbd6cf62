#!/usr/bin/env python3
"""Check the v43 extraction set (keeper k43x): python3 validate.py SET_DIR [--rebuild REPO] [--others DIR ...]

SET_DIR is the converted folder (html/<id>.html, truth.jsonl, SOURCE.txt). Checks:
  * every truth line parses, has id/url/title/text (text non-empty), ids are unique and match html/<id>.html
    one to one, sha256 matches the file;
  * the page decodes in the encoding the truth names and its <meta charset> agrees with it;
  * title, author and every text line occur in the page's visible text (whitespace and case ignored); the date's
    day is written on the page (same forms as convert.py);
  * no url (host + path, scheme, "www." and a trailing "/" ignored) is also a url of any truth.jsonl under the
    --others folders. Default: /work/shared/corpus, bench/data/dev and /work/data/extract/dev-* (45 sets since v43
    was spent, 2026-12-07, dev-v43-ferretpt, the set itself, among them);
  * item 7 of the brief (no shared code): for every page labelled hijacked, no run of 120 characters
    (whitespace collapsed) of its scripts/iframes/styles may occur in an html file under the --code folders
    (default bench/data/dev; this set has no hijacked page, so the check passes trivially, but it runs).
v43 is dev itself since it was spent (2026-12-07): under --others and --code only older dev data is read -- v43's own
folders (dev-v43-*, real-cases-v43*, synthetic-v43, extract-v43, ...) and any held-out or pending folder (heldout/,
heldout-*, pending-*: v44 on, later than v43) are skipped, so the set is not compared with itself or a later split;
  * --rebuild REPO: converts the set twice from the mirror into temporary folders with convert.py and spec.json
    and compares every file with SET_DIR byte for byte.
Needs lxml (as convert.py). Exit status 1 on any problem.
"""
import argparse, glob, hashlib, json, os, re, subprocess, sys, tempfile, filecmp
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import convert as C                                                      # noqa: E402
from lxml import html as LH                                               # noqa: E402

REPO_ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
# v43's own folders and any later (held-out or pending) split: no older dev data (2026-12-07, v43 spent)
NOT_OLDER = re.compile(r'^(heldout|pending)($|-)|-v43[a-z]?($|-)')


def older(path, root):
    """True when no folder of path below root (nor root itself) is v43's own or a held-out/pending one."""
    parts = [os.path.basename(os.path.normpath(root))] + os.path.relpath(path, root).split(os.sep)[:-1]
    return not any(NOT_OLDER.search(p) for p in parts)


def norm_url(u):
    if not u:
        return None
    u = re.sub(r'^[a-z]+://', '', u.strip().lower())
    u = re.sub(r'^www\d*\.', '', u).split('#')[0]
    return u.rstrip('/')


def other_urls(dirs):
    urls = {}
    for d in dirs:
        for path in glob.glob(os.path.join(d, '**', 'truth.jsonl'), recursive=True):
            if not older(path, d):
                continue
            try:
                for line in open(path, encoding='utf-8'):
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        r = json.loads(line)
                    except ValueError:
                        continue
                    n = norm_url(r.get('url'))
                    if n:
                        urls.setdefault(n, path)
            except OSError:
                pass
    return urls


def code_runs(raw_text):
    doc = LH.document_fromstring(raw_text)
    out = []
    for el in doc.xpath('//script|//iframe|//style'):
        s = ' '.join(LH.tostring(el, encoding='unicode').split())
        for i in range(0, max(0, len(s) - 120) + 1, 60):
            out.append(s[i:i + 120])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('set_dir')
    ap.add_argument('--rebuild', metavar='REPO')
    ap.add_argument('--others', nargs='*')
    ap.add_argument('--code', nargs='*')
    a = ap.parse_args()
    others = a.others if a.others is not None else (
        ['/work/shared/corpus', os.path.join(REPO_ROOT, 'bench', 'data', 'dev')] +
        sorted(glob.glob('/work/data/extract/dev-*')))
    code_dirs = a.code if a.code is not None else [os.path.join(REPO_ROOT, 'bench', 'data', 'dev')]
    probs = []
    rows = [json.loads(l) for l in open(os.path.join(a.set_dir, 'truth.jsonl'), encoding='utf-8') if l.strip()]
    ids = [r['id'] for r in rows]
    if len(ids) != len(set(ids)):
        probs.append('duplicate ids')
    files = sorted(f[:-5] for f in os.listdir(os.path.join(a.set_dir, 'html')) if f.endswith('.html'))
    if sorted(ids) != files:
        probs.append('ids and html files differ: %s' % sorted(set(ids) ^ set(files)))
    seen = other_urls(others)
    own = {}
    for r in rows:
        pid = r['id']
        for k in ('id', 'url', 'title', 'text'):
            if not r.get(k):
                probs.append('%s: empty %s' % (pid, k))
        path = os.path.join(a.set_dir, 'html', pid + '.html')
        if not os.path.exists(path):
            continue
        data = open(path, 'rb').read()
        if hashlib.sha256(data).hexdigest() != r.get('sha256'):
            probs.append('%s: sha256 differs' % pid)
        try:
            text = data.decode(r['encoding'])
        except (UnicodeError, LookupError):
            probs.append('%s: does not decode as %s' % (pid, r['encoding']))
            continue
        cs = C.declared_charset(data)
        if cs and not (cs == r['encoding'] or (cs in ('iso-8859-1', 'latin1') and r['encoding'] == 'windows-1252')):
            probs.append('%s: meta charset %s but bytes %s' % (pid, cs, r['encoding']))
        doc = C.parse(text.encode('utf-8'))
        vis = C.squash(C.visible_text(doc))
        for k in ('title', 'author', 'source'):
            if r.get(k) and C.squash(r[k]) not in vis:
                probs.append('%s: %s not on page' % (pid, k))
        for line in (r.get('text') or '').split('\n'):
            if C.squash(line) not in vis:
                probs.append('%s: text line not on page: %s' % (pid, line[:60]))
        if r.get('date') and C.date_on_page(r['date'], C.visible_text(doc)) != r['date']:
            probs.append('%s: date not on page' % pid)
        n = norm_url(r.get('url'))
        if n in seen:
            probs.append('%s: url also in %s' % (pid, seen[n]))
        if n in own:
            probs.append('%s: url shared with %s' % (pid, own[n]))
        own[n] = pid
        if r.get('hijacked'):
            runs = set(code_runs(text))
            for d in code_dirs:
                for f in (f for f in glob.glob(os.path.join(d, '**', '*.html'), recursive=True) if older(f, d)):
                    other = ' '.join(open(f, 'rb').read().decode('utf-8', 'replace').split())
                    if any(x in other for x in runs):
                        probs.append('%s: injected code shared with %s' % (pid, f))
                        break
    if a.rebuild:
        for k in range(2):
            with tempfile.TemporaryDirectory() as tmp:
                C.build(a.rebuild, os.path.join(HERE, 'spec.json'), tmp)
                cmp = filecmp.dircmp(tmp, a.set_dir)
                diff = cmp.diff_files + cmp.left_only + cmp.right_only
                sub = filecmp.dircmp(os.path.join(tmp, 'html'), os.path.join(a.set_dir, 'html'))
                diff += sub.diff_files + sub.left_only + sub.right_only
                if diff:
                    probs.append('rebuild %d differs: %s' % (k + 1, diff[:5]))
    print('%d pages, %d hijacked, %d with date, %d with author; %d url sources compared (%d urls)' % (
        len(rows), sum(1 for r in rows if r.get('hijacked')), sum(1 for r in rows if r.get('date')),
        sum(1 for r in rows if r.get('author')), len(others), len(seen)))
    for p in probs:
        print('PROBLEM', p)
    print('OK' if not probs else '%d problems' % len(probs))
    sys.exit(1 if probs else 0)


if __name__ == '__main__':
    main()
