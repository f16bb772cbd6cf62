#!/usr/bin/env python3
"""Build the v43 extraction set `ferretpt` (`dev-v43-ferretpt`; held out as `heldout-v43-ferretpt` until it was spent)
from victormartinez/ferret's Portuguese regression pages (keeper k43x).

Source: github.com/victormartinez/ferret, tests/resources/pt/<site>/ (page.html = a saved news page of a Brazilian
court, legislature, ministry, audit court, public defender's office, ...; title.txt, date.txt and url.txt = the
expected title, publication time and address the library's author wrote by hand for his regression tests).

The repository has no article-text truth for these pages (content.html exists for 4 commercial portals only, not
used). The text truth is the keeper's: spec.json names, per page, the article container (an XPath), nodes inside it
that are not article text (share bars, print/font tools, photo-gallery widgets, related-news lists) and line
patterns to drop (credit lines such as "Fonte:", "Texto:", "Foto:", "Assessoria de Comunicação ..."). `text` is the
container rendered one line per block element or <br>, whitespace collapsed, empty lines dropped.

title : the repository's title.txt, unless the spec gives the headline as the page shows it (title.txt sometimes
        carries a site prefix or suffix); it must occur in the page's visible text.
date  : the calendar day of date.txt (the author's hand-written value), kept only when the page writes that day
        in its visible text (dd/mm/yyyy, dd/mm/yy, dd.mm.yyyy, dd.mm.yy, "dd de <mês> de yyyy", yyyy-mm-dd,
        "yyyy - <mês> - dd"); null otherwise.
author: the spec's value (a byline written on the page), else null.  source: null (not annotated).
url   : url.txt ("http://" added when it has no scheme).

Bytes: the repository stores every page as UTF-8, also the pages whose <meta charset> says iso-8859-1. Those are
written back in windows-1252 (what browsers use for iso-8859-1) so the bytes match the declaration, as the sites
served them; the converter checks the round trip and leaves out a page that cannot be written so. Pages declaring
utf-8 or nothing are written as stored.

usage: convert.py --repo /work/.mirror/victormartinez+ferret/repo --out /work/data/extract/dev-v43-ferretpt
                  [--spec spec.json]      (lxml needed; git only, no network; byte-identical on re-run)
"""
import argparse, hashlib, json, os, re, subprocess, sys, unicodedata
from lxml import html as LH

BLOCK = {'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr',
         'td', 'th', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'center',
         'form', 'hr', 'br', 'tbody', 'thead', 'main', 'aside', 'nav', 'address', 'caption'}
SKIP = {'script', 'style', 'noscript', 'iframe', 'select', 'textarea', 'button', 'svg', 'template', 'head',
        'object', 'embed', 'video', 'audio', 'map', 'input'}
MESES = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
         'novembro', 'dezembro']
PREFIX = 'tests/resources/pt/'


def git(repo, *args, binary=False):
    r = subprocess.run(['git', '--git-dir', repo] + list(args), capture_output=True, check=True)
    return r.stdout if binary else r.stdout.decode('utf-8')


def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset\s*=\s*["\']?\s*([\w-]+)', raw[:8192], re.I)
    return m.group(1).decode('ascii').lower() if m else None


def served_bytes(raw):
    """(bytes to write, encoding they are in). Stored pages are UTF-8; iso-8859-1 declarations get cp1252 bytes."""
    text = raw.decode('utf-8')
    cs = declared_charset(raw)
    if cs in ('iso-8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252'):
        out = text.encode('cp1252')                      # raises if a character has no cp1252 byte
        assert out.decode('cp1252') == text
        return out, 'windows-1252'
    return raw, 'utf-8'


def parse(raw):
    text = raw.decode('utf-8')
    text = re.sub(r'^\s*<\?xml[^>]*\?>', '', text)        # lxml refuses str input with an encoding declaration
    return LH.document_fromstring(text)


def visible_text(doc):
    body = doc.find('body')
    return ' '.join(render(body if body is not None else doc, set()))


def render(el, drop_ids):
    lines, cur = [], []

    def flush():
        s = ' '.join(''.join(cur).split())
        if s:
            lines.append(s)
        cur.clear()

    def walk(e):
        if not isinstance(e.tag, str):
            if e.tail:
                cur.append(e.tail)
            return
        tag = e.tag.lower()
        st = (e.get('style') or '').replace(' ', '').lower()
        if tag in SKIP or id(e) in drop_ids or 'display:none' in st or 'visibility:hidden' in st \
                or e.get('hidden') is not None:
            if e.tail:
                cur.append(e.tail)
            return
        blk = tag in BLOCK
        if blk:
            flush()
        if e.text:
            cur.append(e.text)
        for c in e:
            walk(c)
        if blk:
            flush()
        if e.tail:
            cur.append(e.tail)

    walk(el)
    flush()
    return lines


def extract(doc, spec, drop_lines_all):
    bodies = doc.xpath(spec['body'])
    if len(bodies) != 1:
        raise ValueError('%s: body xpath matched %d nodes' % (spec['site'], len(bodies)))
    drop_ids = set()
    for xp in spec.get('drop', []):
        for n in bodies[0].xpath(xp):
            drop_ids.add(id(n))
    lines = render(bodies[0], drop_ids)
    if spec.get('start'):
        idx = [i for i, l in enumerate(lines) if re.search(spec['start'], l)]
        if not idx:
            raise ValueError('%s: start not found' % spec['site'])
        lines = lines[idx[0]:]
    if spec.get('end'):
        idx = [i for i, l in enumerate(lines) if re.search(spec['end'], l)]
        if not idx:
            raise ValueError('%s: end not found' % spec['site'])
        lines = lines[:idx[0] + 1]
    pats = [re.compile(p) for p in drop_lines_all + spec.get('drop_lines', [])]
    return [l for l in lines if not any(p.search(l) for p in pats)]


def squash(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFC', s or '')).lower()


def date_on_page(iso, vis):
    if not iso:
        return None
    m = re.match(r'(\d{4})-(\d{2})-(\d{2})', iso)
    if not m:
        return None
    y, mo, d = m.groups()
    v = ' '.join(vis.split()).lower()
    forms = ['%s/%s/%s' % (d, mo, y), '%s.%s.%s' % (d, mo, y), '%s-%s-%s' % (d, mo, y), '%s-%s-%s' % (y, mo, d),
             '%d/%s/%s' % (int(d), mo, y), '%s/%s/%s' % (d, mo, y[2:]), '%s.%s.%s' % (d, mo, y[2:])]
    mes = MESES[int(mo) - 1]
    forms += ['%d de %s de %s' % (int(d), mes, y), '%s de %s de %s' % (d, mes, y), '%d %s %s' % (int(d), mes, y),
              '%s %s %s' % (d, mes, y), '%d de %s %s' % (int(d), mes, y), '%s %s, %s' % (d, mes[:3], y),
              '%s de %s de %s' % (d, mes[:3], y), '%s - %s - %s' % (y, mes, d)]
    return '%s-%s-%s' % (y, mo, d) if any(f in v for f in forms) else None


def build(repo, spec_path, out):
    spec = json.load(open(spec_path, encoding='utf-8'))
    head = git(repo, 'rev-parse', 'HEAD').strip()
    os.makedirs(os.path.join(out, 'html'), exist_ok=True)
    rows, left = [], []
    for i, p in enumerate(spec['pages'], 1):
        site = p['site']
        pid = 'fr43-%03d' % i
        base = PREFIX + site + '/'
        raw = git(repo, 'show', '%s:%spage.html' % (head, base), binary=True)
        try:
            data, enc = served_bytes(raw)
        except (UnicodeError, AssertionError) as e:
            left.append('%s: bytes cannot be written in the declared charset (%s)' % (site, e.__class__.__name__))
            continue
        doc = parse(raw)
        vis = visible_text(doc)
        lines = extract(doc, p, spec.get('drop_lines_all', []))

        def txt(name):
            try:
                return git(repo, 'show', '%s:%s%s.txt' % (head, base, name)).strip()
            except subprocess.CalledProcessError:
                return ''
        url = txt('url')
        if url and not re.match(r'https?://', url):
            url = 'http://' + url
        title = p.get('title') or txt('title')
        if squash(title) not in squash(vis):
            raise ValueError('%s: title not on page' % site)
        date_raw = txt('date')
        date = date_on_page(date_raw, vis) if p.get('date', True) is not None else None
        author = p.get('author')
        host = re.sub(r'^https?://', '', url).split('/')[0].lower()
        with open(os.path.join(out, 'html', pid + '.html'), 'wb') as f:
            f.write(data)
        rows.append({
            'id': pid, 'url': url or None, 'title': title, 'date': date, 'source': None, 'author': author,
            'text': '\n'.join(lines), 'lang': 'pt', 'site': host, 'hijacked': False, 'injections': [],
            'spam_strings': [], 'legit': False, 'kind': 'real-page', 'capture': 'html', 'encoding': enc,
            'declared_charset': declared_charset(raw), 'date_raw': date_raw or None,
            'title_from': 'spec' if p.get('title') else 'title.txt', 'text_partial': False,
            'truth': 'keeper-written text (spec.json); title/date/url from the repository files',
            'origin': 'victormartinez/ferret@%s:%spage.html' % (head[:12], base),
            'sha256': hashlib.sha256(data).hexdigest()})
    with open(os.path.join(out, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n')
    with open(os.path.join(out, 'SOURCE.txt'), 'w', encoding='utf-8') as f:
        f.write(SOURCE % {'head': head, 'n': len(rows),
                          'left': '\n'.join('  ' + l for l in left) or '  (none)'})
    return rows, left


SOURCE = """ferretpt - v43 extraction set collected by keeper k43x (brief bench/data/KEEPER.md, item 4 only)

repo     : victormartinez/ferret (https://github.com/victormartinez/ferret)
commit   : %(head)s (HEAD of the snapshot read)
licence  : none stated for the repository or its test pages (README: "Authored and maintained by Victor
           Martinez"; GOOSE-LICENSE.txt covers a routine taken from python-goose, Apache-2.0). The pages are
           third-party pages of Brazilian public bodies and news sites: keep outside the newsvault repository,
           evaluation only.
pages    : %(n)d (Portuguese), tests/resources/pt/<site>/page.html, one page per site
truth    : title/date/url from the repository's hand-written title.txt/date.txt/url.txt (title replaced by the
           headline as shown where title.txt carries a site prefix; date kept only when written on the page);
           text written by the keeper through spec.json (container XPath, dropped nodes and lines); author from
           the spec when the page shows a byline; source null.
converted: bench/data/dev/extract-v43/convert.py with its spec.json (git show, no network)
left out :
%(left)s
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--repo', default='/work/.mirror/victormartinez+ferret/repo')
    ap.add_argument('--out', default='/work/data/extract/dev-v43-ferretpt')
    ap.add_argument('--spec', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'spec.json'))
    a = ap.parse_args()
    rows, left = build(a.repo, a.spec, a.out)
    print('%d pages written to %s; %d left out' % (len(rows), a.out, len(left)))


if __name__ == '__main__':
    main()
