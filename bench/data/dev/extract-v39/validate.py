#!/usr/bin/env python3
"""Validate the v39 extraction set (keeper k39x): format, truth reachable on the page, no reuse.

usage: validate.py OUT_DIR [--used DIR ...] [--splits /work/main/bench/data/dev]
 - every truth line parses, has id/url/title/text, html/<id>.html exists, text is not empty;
 - every text line, the title, the author and the source occur in the page's visible text
   (whitespace-normalised); the date occurs on the page in some written form;
 - --used: no url host+path and no 40-char probe of a page's longest text line occurs in any
   truth.jsonl of those sets (older extraction sets);
 - --splits: no url host of this set (www. ignored) is exactly a host named in any dev split's
   truth.jsonl urls or SOURCES.md urls.
v39 is dev itself since it was spent (2026-12-06): its own set (dev-v39-*) among --used and its own folders
(*-v39, *-v39b) under --splits are skipped, so the checks compare with the older dev sets and splits only.
"""
import argparse, glob, json, os, re, sys
from urllib.parse import urlsplit
from lxml import html as LH

OWN_SET = 'dev-v39-'                      # this set itself, once renamed dev-v39-gnetest
OWN_SPLIT = re.compile(r'-v39[a-z]?$')    # real-cases-v39, real-cases-v39b, synthetic-v39


def visible(raw):
    doc = LH.fromstring(raw.decode('utf-8'))
    parts = [doc] + list(doc.itersiblings())      # a page may hold two <html> roots
    out = []
    for p in parts:
        if not isinstance(p.tag, str):
            continue
        for e in p.xpath('.//script|.//style|.//noscript'):
            e.getparent().remove(e)
        out.append(p.text_content())
    return ' '.join(' '.join(out).split())


def norm(s):
    return ' '.join(s.split())


def date_forms(d):
    y, m, dd = d.split('-')
    mi, di = int(m), int(dd)
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mi - 1]
    return [d, '%s年%s月%s日' % (y, m, dd), '%s年%d月%d日' % (y, mi, di), '%s/%s/%s' % (y, m, dd),
            '%d %s %s' % (di, mon, y), '%s-%d-%d' % (y, mi, di)]


def hp(u):
    s = urlsplit(u)
    return (s.netloc.lower().split(':')[0].removeprefix('www.'), s.path.rstrip('/'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--used', nargs='*', default=[])
    ap.add_argument('--splits')
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(os.path.join(a.out, 'truth.jsonl'), encoding='utf-8')]
    bad = 0
    ids = set()
    for r in rows:
        for k in ('id', 'url', 'title', 'text', 'date', 'author', 'source'):
            if k not in r:
                print(r.get('id'), 'missing', k); bad += 1
        ids.add(r['id'])
        p = os.path.join(a.out, 'html', r['id'] + '.html')
        if not os.path.exists(p):
            print(r['id'], 'no html'); bad += 1; continue
        vis = visible(open(p, 'rb').read())
        if not r['text'].strip():
            print(r['id'], 'empty text'); bad += 1
        for l in r['text'].split('\n'):
            if norm(l) not in vis:
                print(r['id'], 'text line not on page:', l[:60]); bad += 1
        flat = re.sub(r'\s+', '', vis)
        for k in ('title', 'author', 'source'):
            if r[k] and re.sub(r'\s+', '', r[k]) not in flat:
                print(r['id'], k, 'not on page:', r[k]); bad += 1
        if r['date'] and not any(f in vis for f in date_forms(r['date'])):
            print(r['id'], 'date not on page:', r['date']); bad += 1
    files = {os.path.basename(f)[:-5] for f in glob.glob(os.path.join(a.out, 'html', '*.html'))}
    if files != ids:
        print('html/truth id mismatch', files ^ ids); bad += 1
    if a.used:
        urls, texts = set(), []
        a.used = [d for d in a.used if not os.path.basename(os.path.normpath(d)).startswith(OWN_SET)]
        for d in a.used:
            for l in open(os.path.join(d, 'truth.jsonl'), encoding='utf-8'):
                o = json.loads(l)
                if o.get('url'):
                    urls.add(hp(o['url']))
                if o.get('text'):
                    texts.append(norm(o['text']))
        big = '\n'.join(texts)
        for r in rows:
            if r['url'] and hp(r['url']) in urls:
                print(r['id'], 'url already used'); bad += 1
            longest = max(r['text'].split('\n'), key=len)
            probe = norm(longest)[:40]
            if len(probe) >= 20 and probe in big:
                print(r['id'], 'text probe found in a used set'); bad += 1
        print('checked against %d used sets (%d urls, %d texts)' % (len(a.used), len(urls), len(texts)))
    if a.splits:
        hosts = set()
        for f in glob.glob(os.path.join(a.splits, '*', 'truth.jsonl')):
            if OWN_SPLIT.search(os.path.basename(os.path.dirname(f))):
                continue
            for l in open(f, encoding='utf-8'):
                o = json.loads(l)
                if o.get('url'):
                    hosts.add(hp(o['url'])[0])
        for f in glob.glob(os.path.join(a.splits, '*', 'SOURCES.md')):
            if OWN_SPLIT.search(os.path.basename(os.path.dirname(f))):
                continue
            for u in re.findall(r'https?://[^\s|)\]>\'"`]+', open(f, encoding='utf-8', errors='replace').read()):
                hosts.add(hp(u)[0])
        for r in rows:
            if r['url']:
                h = hp(r['url'])[0]
                if h in hosts:
                    print(r['id'], 'host used by a dev split'); bad += 1
        print('checked hosts against %d dev-split hosts and their SOURCES.md' % len(hosts))
    print('%d pages, %d problems' % (len(rows), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
