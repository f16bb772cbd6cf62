#!/usr/bin/env python3
"""Build the v39 extraction set `gnetest` from GeneralNewsExtractor's test pages (keeper k39x).

Reads a bare git snapshot of github.com/GeneralNewsExtractor/GeneralNewsExtractor with `git cat-file`
(no network), writes html/<id>.html (the test page's bytes unchanged), truth.jsonl and SOURCE.txt.

The repository ships pages only (no expected output; its result.txt is GNE's own output, not used).
The truth is the keeper's: for every page spec.json names, by hand, the article's container (an XPath),
the nodes inside it that are not article text (share bars, promos, editor credits, related links), and
the title / date / author / source as written on the page (null when the page does not show one).
`text` is rendered from the container: one line per block element or <br>, whitespace collapsed,
empty lines dropped, then any line matching the spec's `drop_lines` regexes removed.

usage: convert.py --repo /work/.mirror/GeneralNewsExtractor+GeneralNewsExtractor/repo \
                  --out /work/data/extract/dev-v39-gnetest [--spec spec.json]
"""
import argparse, hashlib, json, os, re, subprocess, sys
from lxml import html as LH

BLOCK = {'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table',
         'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'dl', 'dt', 'dd',
         'center', 'form', 'hr', 'br', 'tbody', 'thead', 'main', 'aside', 'nav'}
SKIP = {'script', 'style', 'noscript', 'iframe', 'select', 'textarea', 'button', 'svg', 'template', 'head'}


def render(el, drop_ids):
    lines, cur = [], []

    def flush():
        s = ' '.join(''.join(cur).split())
        if s:
            lines.append(s)
        cur.clear()

    def walk(e):
        if not isinstance(e.tag, str):          # comments, PIs
            if e.tail: cur.append(e.tail)
            return
        tag = e.tag.lower()
        if tag in SKIP or id(e) in drop_ids:
            if e.tail: cur.append(e.tail)
            return
        st = (e.get('style') or '').replace(' ', '').lower()
        hidden = 'display:none' in st or 'visibility:hidden' in st or e.get('hidden') is not None
        if hidden:
            if e.tail: cur.append(e.tail)
            return
        blk = tag in BLOCK
        if blk: flush()
        if e.text: cur.append(e.text)
        for c in e:
            walk(c)
        if blk: flush()
        if e.tail: cur.append(e.tail)

    walk(el)
    flush()
    return lines


SOURCE = """gnetest - v39 extraction set collected by keeper k39x (brief bench/data/KEEPER.md, item 4 only)

repo     : GeneralNewsExtractor/GeneralNewsExtractor (https://github.com/GeneralNewsExtractor/GeneralNewsExtractor)
commit   : %(head)s (HEAD of the snapshot read; pages are taken from the blobs named in spec.json,
           some from earlier commits of the same repository: test/, tests/, visiable_test/)
licence  : %(lic)s - keep outside the newsvault repository, evaluation only
pages    : %(n)d (59 zh simplified, 1 en); html/<id>.html = the test page's bytes unchanged (all utf-8 bytes;
           3 declare gb2312 in a meta tag, 9 declare nothing)
truth    : NOT from the repository (it ships pages without expected output; its result.txt is GNE's own
           output and was not used). The keeper chose by hand, per page, the article container (XPath),
           the non-article nodes/lines inside it, and title/date/author/source as written on the page
           (null where the page shows none). text = the container rendered one line per block element or
           <br>, whitespace collapsed, editor credits / share bars / promos / related links removed.
           Every text line, title, author, source and date was checked to occur on the page (validate.py).
converted: bench/data/dev/extract-v39/convert.py with spec.json (git cat-file, no network;
           byte-identical on re-run)
left out (blob: why):
%(left)s"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--repo', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--spec', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'spec.json'))
    a = ap.parse_args()
    spec = json.load(open(a.spec, encoding='utf-8'))
    head = subprocess.run(['git', '-C', a.repo, 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()
    os.makedirs(os.path.join(a.out, 'html'), exist_ok=True)
    rows = []
    for n, s in enumerate(spec['pages'], 1):
        pid = 'gn39-%03d' % n
        raw = subprocess.run(['git', '-C', a.repo, 'cat-file', 'blob', s['blob']], capture_output=True, check=True).stdout
        open(os.path.join(a.out, 'html', pid + '.html'), 'wb').write(raw)
        m = re.search(rb'charset\s*=\s*["\']?([\w-]+)', raw[:4096], re.I)
        declared = m.group(1).decode().lower() if m else None
        txt = raw.decode('utf-8')                 # every page is utf-8 bytes (some declare gb2312)
        doc = LH.fromstring(txt)
        body = doc.xpath(s['body'])
        if len(body) != 1:
            sys.exit('%s %s: body xpath matched %d' % (pid, s['path'], len(body)))
        drop = set()
        for x in s.get('drop', []):
            for e in body[0].xpath(x):
                drop.add(id(e))
        lines = render(body[0], drop)
        for rx in s.get('drop_lines', []) + spec.get('drop_lines_all', []):
            lines = [l for l in lines if not re.search(rx, l)]
        if s.get('start'):
            i = next(i for i, l in enumerate(lines) if l.startswith(s['start']))
            lines = lines[i:]
        if s.get('end'):
            i = max(i for i, l in enumerate(lines) if l.startswith(s['end']))
            lines = lines[:i + 1]
        text = '\n'.join(lines)
        host = re.sub(r'^https?://([^/]+).*$', r'\1', s['url']) if s.get('url') else None
        rows.append({
            'id': pid, 'url': s.get('url'), 'title': s.get('title'), 'date': s.get('date'),
            'source': s.get('source'), 'author': s.get('author'), 'text': text,
            'lang': s.get('lang', 'zh'), 'site': host or 'gne-folder:' + s['path'].split('/')[1], 'host': host,
            'encoding': 'utf-8', 'declared_charset': declared,
            'hijacked': s.get('hijacked', False), 'injections': s.get('injections', []),
            'spam_strings': s.get('spam_strings', []), 'legit': False,
            'kind': 'real-page', 'capture': 'html',
            'origin': 'GeneralNewsExtractor/GeneralNewsExtractor@%s:%s (blob %s, commit %s)' % (
                head[:12], s['path'], s['blob'][:12], s['commit'][:12]),
            'truth_by': 'keeper k39x (hand-chosen container and fields; not from the repository)',
            'note': s.get('note'),
            'sha256': hashlib.sha256(raw).hexdigest(),
        })
    with open(os.path.join(a.out, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    lic = 'GPL-3.0 (the repository\'s LICENSE file); the pages themselves are third-party news pages'
    with open(os.path.join(a.out, 'SOURCE.txt'), 'w', encoding='utf-8') as f:
        f.write(SOURCE % dict(head=head, n=len(rows), lic=lic,
                              left=''.join('  %s: %s\n' % kv for kv in sorted(spec.get('left_out', {}).items()))))
    print('wrote %d pages to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
