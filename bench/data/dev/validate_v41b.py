#!/usr/bin/env python3
"""Validate bench/data/dev/real-cases-v41b (keeper k41b).

Checks: truth.jsonl parses and carries score.py's fields; ids <-> html files; every truth paragraph is readable in
the decoded page (scripts, styles, comments taken out); title/source/author/date are written on the page; every spam
string occurs in the decoded html and in none of title/text/source/author; every hijacked page carries its injected
material (the src/ bytes named in cases.py); page hosts / registrable domains and the hosts named in src/ do not
occur in the older dev splits' (bench/data/dev, v41's own files skipped) truth urls, SOURCES and README files;
CODE OVERLAP: for every hijacked page, each <script>/<iframe>/<style> block and each hidden block of its injection
shares no run of 120 or more consecutive characters (whitespace collapsed) with any html of an older dev split
(bench/data/dev/, v41's own files skipped); re-running build.py gives identical bytes; and, if node + jsdom are found (NODE_PATH),
check_act_v41b.js runs each page's inline scripts (a Firefox/Windows and an IE user-agent): a hijacked page must act
(write/insert a remote script or iframe, load one from static markup of its injection, send an image beacon) or show
its spam; a not-hijacked page may reach only the analytics/widget hosts listed below. Exit 1 on any failure."""
import glob, hashlib, html as H, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.join(HERE, 'real-cases-v41b')
DATA = os.path.dirname(HERE)
# v41 was held out from 2026-12-06 (moved from pending-v41/ when v40 was spent) and is dev itself since it was spent
# (2026-12-06): compare with the older dev splits only, v41's own folders and files in dev/ (real-cases-v41*,
# synthetic-v41, synthetic-generator-v41, extract-v41, README-v41*.md, ...) skipped; a later split (heldout/, v42 on)
# is no reuse of v41's and is not read
OTHERS = [os.path.join(DATA, 'dev')]
OWN = re.compile(r'-v41[a-z]?(\.[a-z]+)?$')


def others(pattern):
    out = []
    for o in OTHERS:
        for f in glob.glob(os.path.join(o, '**', pattern), recursive=True):
            top = os.path.relpath(f, o).split(os.sep)[0]
            if OWN.search(top):
                continue
            out.append(f)
    return out

FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections', 'spam_strings',
          'legit', 'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
ALLOWED_CLEAN = ('google-analytics.com', 'google.com', 'adroll.com', 'marketo.net', 'facebook.net')
RUN = 120
sys.path.insert(0, SPLIT)
from cases import CASES  # noqa: E402
BYID = {c['id']: c for c in CASES}
fails = []


def fail(m):
    fails.append(m)
    print('FAIL', m)


def coll(s):
    return re.sub(r'\s+', ' ', s)


def squash(s):
    return re.sub(r'\s+', '', s or '')


def decode(b, enc):
    return b.decode('gb18030' if enc in ('gbk', 'gb18030') else 'utf-8')


def visible(doc):
    d = re.sub(r'<(script|style)\b[\s\S]*?</\1>', ' ', doc, flags=re.I)
    d = re.sub(r'<!--[\s\S]*?-->', ' ', d)
    d = re.sub(r'<[^>]+>', ' ', d)
    return H.unescape(d)


def reg(h):
    p = (h or '').lower().strip('.').split('.')
    if len(p) >= 3 and p[-2] in ('edu', 'gov', 'com', 'org', 'net', 'ac', 'co') and len(p[-1]) == 2:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])


def other_texts():
    urls, txt = [], []
    for f in others('truth.jsonl'):
        for line in open(f, encoding='utf-8', errors='replace'):
            try:
                urls.append(json.loads(line).get('url') or '')
            except Exception:
                pass
    for pat in ('SOURCES*.md', 'README*.md', 'cases.py', 'snippets.py'):
        for f in others(pat):
            txt.append(open(f, encoding='utf-8', errors='replace').read())
    return urls, '\n'.join(txt)


def other_html():
    parts = []
    for f in others('*.htm*'):
        b = open(f, 'rb').read()
        for enc in ('utf-8', 'gb18030'):
            try:
                parts.append(b.decode(enc))
                break
            except UnicodeDecodeError:
                continue
        else:
            parts.append(b.decode('utf-8', 'replace'))
    return coll('\x00'.join(parts))


def overlap(block, corpus, n=RUN):
    b = coll(block)
    if len(b) < n:
        return None
    step = n // 2
    for i in range(0, len(b) - step + 1, step):
        seed = b[i:i + step]
        j = corpus.find(seed)
        while j != -1:
            lft = 0
            while i - lft - 1 >= 0 and j - lft - 1 >= 0 and b[i - lft - 1] == corpus[j - lft - 1]:
                lft += 1
            rgt = 0
            while i + step + rgt < len(b) and j + step + rgt < len(corpus) and b[i + step + rgt] == corpus[j + step + rgt]:
                rgt += 1
            if lft + step + rgt >= n:
                return b[i - lft:i + step + rgt][:160]
            j = corpus.find(seed, j + 1)
    return None


def inj_blocks(material):
    """<script>/<iframe>/<style> blocks and hidden blocks of an injection (raw material as placed in the page)."""
    out = [m.group(0) for m in re.finditer(r'<(script|iframe|style)\b[\s\S]*?</\1\s*>', material, re.I)]
    for m in re.finditer(r'<(div|span|p)\b[^>]*(display\s*:\s*none|visibility\s*:\s*hidden|top\s*:\s*-\d|left\s*:\s*-\d)[^>]*>[\s\S]*?</\1>', material, re.I):
        out.append(m.group(0))
    if not out:
        out.append(material)
    return out


def material(c):
    out = []
    for (slot, kind, name) in c['inj']:
        body = open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read()
        if kind == 'js':
            body = '<script type="text/javascript">\n' + body.rstrip('\n') + '\n</script>'
        out.append((name, body.rstrip('\n')))
    return out


def main():
    rows = [json.loads(l) for l in open(os.path.join(SPLIT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
    ids = [r['id'] for r in rows]
    files = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(SPLIT, 'html', '*.html')))
    if sorted(ids) != files:
        fail('ids and html files differ')
    urls, otxt = other_texts()
    ohosts = {re.sub(r'^https?://([^/:]+).*$', r'\1', u).lower() for u in urls if u.startswith('http')}
    oregs = {reg(h) for h in ohosts}
    print('loading older dev html for the code-overlap check ...')
    corpus = other_html()
    dropped_note = 'code-overlap: 0 placed snippets fail'
    n_over = 0
    for r in rows:
        i = r['id']
        for k in FIELDS:
            if k not in r:
                fail('%s: field %s missing' % (i, k))
        c = BYID[i]
        doc = decode(open(os.path.join(SPLIT, 'html', i + '.html'), 'rb').read(), r['encoding'])
        vis = squash(visible(doc))
        if not r['text'].strip():
            fail('%s: empty text' % i)
        for p in r['text'].split('\n'):
            if squash(p) not in vis:
                fail('%s: paragraph not readable on page: %s' % (i, p[:40]))
        for k in ('title', 'source', 'author'):
            if r[k] and squash(r[k]) not in vis:
                fail('%s: %s not on page' % (i, k))
        if r['date']:
            y, m, d = r['date'].split('-')
            if not (r['date'] in doc or ('%s年%d月%d日' % (y, int(m), int(d))) in doc or ('%s年%s月%s日' % (y, m, d)) in doc):
                fail('%s: date not on page' % i)
        hd = H.unescape(doc)
        out = squash(' '.join(str(r[k] or '') for k in ('title', 'text', 'source', 'author')))
        for s in r['spam_strings']:
            if s not in hd:
                fail('%s: spam string not in decoded html: %s' % (i, s))
            if squash(s) in out:
                fail('%s: spam string inside truth fields' % i)
        host = re.sub(r'^https?://([^/:]+).*$', r'\1', r['url']).lower()
        if host in ohosts or reg(host) in oregs or host in otxt or reg(host) in otxt:
            fail('%s: page host/domain %s used by an older dev split' % (i, host))
        for name, body in material(c):
            if body not in doc:
                fail('%s: injected/look-alike material %s not in page bytes' % (i, name))
            for h in set(re.findall(r'(?:https?:)?//([a-z0-9.\-]+\.[a-z]{2,})', body, re.I)):
                if r['hijacked'] and (h.lower() in otxt or h.lower() in corpus):
                    fail('%s: injected host %s occurs in an older dev split' % (i, h))
            if r['hijacked']:
                for blk in inj_blocks(body):
                    hit = overlap(blk, corpus)
                    if hit:
                        n_over += 1
                        fail('%s: %s shares a %d+ char run with older dev html: %s' % (i, name, RUN, hit[:80]))
        if r['hijacked'] and not c['inj']:
            fail('%s: hijacked page without injected material' % i)
    print('code-overlap (>= %d chars, whitespace collapsed) failures: %d' % (RUN, n_over))
    # determinism
    before = {f: hashlib.sha256(open(f, 'rb').read()).hexdigest() for f in glob.glob(os.path.join(SPLIT, 'html', '*.html'))}
    before['truth'] = hashlib.sha256(open(os.path.join(SPLIT, 'truth.jsonl'), 'rb').read()).hexdigest()
    subprocess.run([sys.executable, os.path.join(SPLIT, 'build.py')], check=True, stdout=subprocess.DEVNULL)
    after = {f: hashlib.sha256(open(f, 'rb').read()).hexdigest() for f in glob.glob(os.path.join(SPLIT, 'html', '*.html'))}
    after['truth'] = hashlib.sha256(open(os.path.join(SPLIT, 'truth.jsonl'), 'rb').read()).hexdigest()
    if before != after:
        fail('build.py re-run changed bytes')
    # behaviour
    node = shutil.which('node')
    ok_jsdom = node and subprocess.run([node, '-e', 'require("jsdom")'], capture_output=True).returncode == 0
    if not ok_jsdom:
        print('NOTE: node/jsdom not found (set NODE_PATH to a node_modules holding jsdom): behaviour check skipped')
    else:
        for r in rows:
            f = os.path.join(SPLIT, 'html', r['id'] + '.html')
            acted, reached = False, set()
            for ua in ('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0',
                       'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)'):
                try:
                    p = subprocess.run([node, os.path.join(HERE, 'check_act_v41b.js'), f, ua], capture_output=True, text=True, timeout=25)
                except subprocess.TimeoutExpired:
                    continue   # a decoder that spins under this user-agent; the other UA decides
                try:
                    d = json.loads(p.stdout.strip().splitlines()[-1])
                except Exception:
                    continue
                dyn = [a for a in d['acts'] if a.startswith(('write:', 'image:', 'open:', 'navigate'))] + d['added']
                inj_static = [s for s in d['static_remote'] if any(s.split(':', 1)[1] in b for _, b in material(BYID[r['id']]))]
                if dyn or inj_static:
                    acted = True
                for s in d['added'] + d['static_remote']:
                    m = re.search(r'//([^/:?#]+)', s)
                    if m:
                        reached.add(m.group(1).lower())
            if r['hijacked'] and not acted and not r['spam_strings']:
                fail('%s: hijacked page neither acts nor shows spam' % r['id'])
            if not r['hijacked']:
                bad = [h for h in reached if not any(h == a or h.endswith('.' + a) for a in ALLOWED_CLEAN)]
                if bad:
                    fail('%s: clean page reaches %s' % (r['id'], bad))
            print('%s hijacked=%s acted=%s' % (r['id'], r['hijacked'], acted))
    print('pages %d, hijacked %d, failures %d' % (len(rows), sum(r['hijacked'] for r in rows), len(fails)))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
