#!/usr/bin/env python3
"""Validate bench/data/dev/real-cases-v38b (keeper k38b).

Checks: truth.jsonl parses and fits score.py's fields; ids <-> html files; every spam string
occurs in the decoded html and in none of title/text/source/author; every truth paragraph is
readable in the page; every hijacked page carries its injected material (src/ file bytes found
in the page); no host / registrable domain / spam string / injected host overlaps the older dev
splits (bench/data/dev, v38's own folders skipped; truth + SOURCES + html hosts); and, if node exists, every inline script of the
split, as an HTML tokenizer cuts it out of the page, is run in a stub browser to confirm a hijacked page's script still acts (redirects,
writes a loader, ...) and a not-hijacked page's look-alike script only reaches analytics or the
resource it wraps. Exit 1 on any failure."""
import glob, html as H, json, os, re, shutil, subprocess, sys, tempfile, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.join(HERE, 'real-cases-v38b')
# v38 is dev itself since it was spent (2026-12-06): compare with the older dev splits only, v38's own folders
# skipped; a later split (heldout/, v39 on) is no reuse of v38's
DEV = HERE
OWN = re.compile(r'-v38[a-z]?$')  # real-cases-v38, real-cases-v38b, synthetic-v38


def older_dev(pattern):
    return [f for f in glob.glob(os.path.join(DEV, pattern))
            if not OWN.search(os.path.basename(os.path.dirname(f)))
            and not OWN.search(os.path.basename(os.path.dirname(os.path.dirname(f))))]


# a host after // (not a call: a commented-out `//document.writeln(` is code, not the host document.writeln, which
# made own_51la_delayed.js "overlap" dev/real-cases-v37b after v37 became dev)
HOST = re.compile(r'(?:https?:)?//([a-z0-9.\-]+\.[a-z]{2,})(?![\w(])', re.I)
FIELDS = ['id', 'url', 'title', 'date', 'source', 'author', 'text', 'hijacked', 'injections',
          'spam_strings', 'legit', 'lang', 'origin', 'kind', 'site', 'capture', 'encoding']
sys.path.insert(0, SPLIT)
from cases import CASES  # noqa: E402
BYID = {c['id']: c for c in CASES}
fails = []

def fail(m):
    fails.append(m)
    print('FAIL', m)

def squash(s):
    return re.sub(r'\s+', '', s or '')

def reg(h):
    p = (h or '').lower().strip('.').split('.')
    if len(p) >= 3 and p[-2] in ('edu', 'gov', 'com', 'org', 'net', 'ac', 'co') and len(p[-1]) == 2:
        return '.'.join(p[-3:])
    return '.'.join(p[-2:])

def visible(doc):
    d = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', doc)
    d = re.sub(r'(?s)<[^>]+>', '\n', d)
    return H.unescape(d)

rows = [json.loads(l) for l in open(os.path.join(SPLIT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
ids = [r['id'] for r in rows]
if len(set(ids)) != len(ids):
    fail('duplicate ids')
files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SPLIT, 'html', '*.html')))
if sorted(ids) != files:
    fail('ids and html files differ')

docs = {}
for r in rows:
    for f in FIELDS:
        if f not in r:
            fail('%s lacks %s' % (r['id'], f))
    if not (r.get('text') or '').strip():
        fail('%s empty text' % r['id'])
    if r['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', r['date']):
        fail('%s bad date' % r['id'])
    raw = open(os.path.join(SPLIT, 'html', r['id'] + '.html'), 'rb').read()
    doc = raw.decode(r['encoding'])
    docs[r['id']] = doc
    dec = H.unescape(doc)
    vis = squash(visible(doc))
    for s_ in r['spam_strings']:
        vis = vis.replace(squash(s_), '')
    for p in r['text'].split('\n'):
        if squash(p) not in vis:
            fail('%s paragraph not in page: %s' % (r['id'], p[:30]))
    for fld in ('title', 'source', 'author', 'date'):
        v = r.get(fld)
        if v and fld != 'date' and squash(v) not in squash(dec):
            fail('%s %s not written on page' % (r['id'], fld))
    for s in r['spam_strings']:
        if squash(s) not in squash(dec):
            fail('%s spam string not in html: %s' % (r['id'], s))
        for fld in ('title', 'text', 'source', 'author'):
            if squash(s).lower() in squash(r.get(fld) or '').lower():
                fail('%s spam string in %s: %s' % (r['id'], fld, s))
    c = BYID[r['id']]
    for (_, kind, name) in c['inj']:
        body = open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read()
        if kind == 'js':
            body = re.sub(r'</(script)', lambda m: '<\\/' + m.group(1), body, flags=re.I)
            if re.search(r'(?i)</script', body):
                fail('%s inline script %s would be cut short' % (r['id'], name))
        if body.strip() not in doc:
            fail('%s lacks its injected material %s' % (r['id'], name))
    if r['hijacked'] and not c['inj']:
        fail('%s hijacked without injected material' % r['id'])

# ---- overlap with the dev splits ----
devhosts, devspam, devtext = set(), set(), []
for f in older_dev(os.path.join('*', 'truth.jsonl')):
    for l in open(f, encoding='utf-8'):
        try:
            t = json.loads(l)
        except Exception:
            continue
        h = urllib.parse.urlparse(t.get('url') or '').hostname
        if h:
            devhosts.add(h.lower())
        for s in t.get('spam_strings') or []:
            devspam.add(s.strip().lower())
for f in older_dev(os.path.join('*', 'SOURCES.md')) + older_dev(os.path.join('real-cases*', 'html', '*.html')) \
        + older_dev(os.path.join('real-cases-v*b', 'src', '*')):
    try:
        txt = open(f, encoding='utf-8', errors='replace').read()
    except IsADirectoryError:
        continue
    devtext.append(txt.lower())
    for m in HOST.finditer(txt):
        devhosts.add(m.group(1).lower())
devreg = {reg(h) for h in devhosts}
ANALYTICS = {'baidu.com', 'bdstatic.com', 'cnzz.com', '51.la', 'jquery.com', 'google.com', 'googleapis.com'}
for r in rows:
    h = urllib.parse.urlparse(r['url']).hostname or ''
    if not h.endswith('.invalid') and (h in devhosts or reg(h) in devreg):
        fail('%s page host overlaps dev: %s' % (r['id'], h))
    for s in r['spam_strings']:
        if s.strip().lower() in devspam:
            fail('%s spam string used by dev: %s' % (r['id'], s))
for name in sorted(os.listdir(os.path.join(SPLIT, 'src'))):
    body = open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read()
    for m in HOST.finditer(body):
        hh = m.group(1).lower()
        if reg(hh) in ANALYTICS or hh in ('tieba.baidu.com',):
            continue
        if hh in devhosts or reg(hh) in devreg:
            fail('injected host of %s overlaps dev: %s' % (name, hh))
    for tok in re.findall(r'[A-Za-z_][A-Za-z0-9_]{7,}', body):
        if tok.lower() in ('document', 'function', 'javascript', 'getelementsbytagname', 'createelement',
                           'insertbefore', 'parentnode', 'appendchild', 'referrer', 'useragent', 'tolowercase',
                           'location', 'writeln', 'language', 'protocol', 'settimeout', 'callback', 'readystate',
                           'onreadystatechange', 'getelementbyid', 'fromcharcode', 'replace', 'curprotocol',
                           'linksubmit', 'z_stat', 'web_id', 'position', 'absolute', 'overflow', 'background',
                           'decoration', 'shipping', 'replica', 'imitation', 'uploadedimages', 'getelementsbytagname'):
            continue
    for marker in ('bnbnwr2313', 'zjpro', '1627211', 'viewn.js', '222.186.129.26', 'watchesreplica.to', 'kissbrides',
                   'hitechnet', 'cuasia', 'watchesreplica2m', 'downunderwatches', 'linetoadsactive', 'hua0755',
                   'nkow0x', 'fpsessionid', '1273376891', '1259955010', '16960647', 'showreplicawatches', 'hotswisswatches'):
        if marker in body.lower() and any(marker in t for t in devtext):
            fail('marker of %s found in dev material: %s' % (name, marker))

# ---- scripts in a stub browser (node) ----
HARNESS = r'''
const vm=require('vm'),fs=require('fs');
const code=fs.readFileSync(process.argv[2],'utf8');const ref=process.argv[3]||'';const ua=process.argv[4];const platform=process.argv[5];
const log={writes:[],nav:[],scripts:[],stopped:false,error:null};
let ctx;
function mkEl(tag){const e={tagName:String(tag).toUpperCase(),attrs:{},children:[],style:{},
 setAttribute(k,v){this.attrs[k]=v;if(k==='src')this.src=v;},
 appendChild(c){this.children.push(c);if(c&&c.tagName==='SCRIPT')log.scripts.push(c.src||c.attrs.src);return c;},
 insertBefore(c){if(c&&c.tagName==='SCRIPT')log.scripts.push(c.src||c.attrs.src);return c;},
 getElementsByTagName(){return [];}};e.parentNode=e;return e;}
const loc={href:'http://www.example-county.gov.cn/news/1.html',host:'www.example-county.gov.cn',hostname:'www.example-county.gov.cn',protocol:'http:',hash:'',search:'',pathname:'/news/1.html',replace(u){log.nav.push(String(u));}};
const L=new Proxy(loc,{set(t,k,v){if(k==='href')log.nav.push(String(v));t[k]=v;return true;}});
const scr=mkEl('script');const head=mkEl('head');
const doc={referrer:ref,cookie:'',readyState:'loading',write(s){log.writes.push(String(s));},writeln(s){log.writes.push(String(s));},
 createElement:mkEl,createTextNode(t){return {t};},getElementsByTagName(n){n=String(n).toLowerCase();if(n==='script')return [scr];if(n==='i')return [];return [head];},
 getElementById(){return mkEl('div');},body:mkEl('body'),documentElement:mkEl('html'),open(){},close(){}};
Object.defineProperty(doc,'location',{get(){return L;},set(v){log.nav.push(String(v));}});
const w={document:doc,navigator:{userAgent:ua,platform:platform,appName:'Netscape',appVersion:'5.0'},screen:{width:1280,height:800},
 setTimeout(f){if(typeof f==='function')f();},setInterval(){},stop(){log.stopped=true;},Image:function(){return {};},
 XMLHttpRequest:function(){return {open(){},setRequestHeader(){},send(){},status:0};},escape,unescape,console};
w.eval=(s)=>vm.runInContext(String(s),ctx);
w.window=w;w.self=w;w.top=w;w.parent=w;w.opener=null;
Object.defineProperty(w,'location',{get(){return L;},set(v){log.nav.push(String(v));}});
ctx=vm.createContext(w);
try{vm.runInContext(code,ctx,{timeout:3000});}catch(e){log.error=String(e);}
for(const s of log.writes){for(const m of s.matchAll(/src\s*=\s*["']?([^"' >]+)/g))log.scripts.push(m[1]);}
console.log(JSON.stringify(log));
'''
DESK = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120 Safari/537.36'
MOB = 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36'
SE = 'https://www.baidu.com/link?url=abc&wd=x'
# (src file, [(referrer, ua, platform, predicate, what)])
EXPECT = {
    'bnbn_redirect.js': [(SE, DESK, 'Win32', lambda g: any('bnbnwr2313' in n for n in g['nav']), 'search visitor redirected'),
                         ('', MOB, 'Linux armv8l', lambda g: any('bnbnwr2313' in n for n in g['nav']), 'phone visitor redirected')],
    'opener_viewn.js': [(SE, DESK, 'Win32', lambda g: any('1627211.com/viewn.js' in s for s in g['scripts'])
                         and any('display:none' in x for x in g['writes']), 'loader written and page swallowed')],
    'ip_referrer.js': [(SE, DESK, 'Win32', lambda g: any('222.186.129.26' in n for n in g['nav']), 'search visitor redirected')],
    # linetoads_payload.js: removed on 2026-12-07 with rc38b-010/-011 (code from a fetched repository; the tool
    # library's rule keeps it out of commits)
    'carrier_fps_loader.js': [('', DESK, 'Win32', lambda g: not any('learn.js' in (s or '') for s in g['scripts'])
                               and any('code.jquery.com' in (s or '') for s in g['scripts']), 'expired: wraps jQuery only, inserts nothing')],
    'own_tj_cnzz_push.js': [(SE, MOB, 'Linux armv8l', lambda g: not g['nav'] and all(reg(urllib.parse.urlparse(s if '//' in s else 'http://' + s).hostname or '') in ANALYTICS for s in g['scripts'] if s), 'analytics only')],
    'own_footer_cnzz_hmt.js': [(SE, MOB, 'Linux armv8l', lambda g: not g['nav'] and all(reg(urllib.parse.urlparse(s).hostname or '') in ANALYTICS for s in g['scripts'] if s), 'analytics only')],
    'own_51la_delayed.js': [(SE, MOB, 'Linux armv8l', lambda g: not g['nav'] and g['scripts'] and all('51.la' in s for s in g['scripts'] if s), 'analytics only')],
}
from html.parser import HTMLParser

class Scripts(HTMLParser):
    # what a browser's tokenizer hands to the JS engine: the data of each inline <script> element
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.inside, self.found = False, []
    def handle_starttag(self, tag, attrs):
        if tag == 'script' and not dict(attrs).get('src'):
            self.inside = True
            self.found.append('')
    def handle_endtag(self, tag):
        if tag == 'script':
            self.inside = False
    def handle_data(self, data):
        if self.inside:
            self.found[-1] += data

def page_script(name):
    # the inline element of the first page carrying src/<name>, as parsed from the page bytes
    first = open(os.path.join(SPLIT, 'src', name), encoding='utf-8').read().strip().splitlines()[0][:40]
    for c in CASES:
        if any(n == name for (_, _, n) in c['inj']):
            sp = Scripts()
            sp.feed(docs[c['id']])
            for body in sp.found:
                if first.strip() and first.strip()[:30] in body:
                    return body
    return None

node = shutil.which('node') or shutil.which('nodejs')
if node:
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, 'h.js')
        open(hp, 'w').write(HARNESS)
        for name, runs in EXPECT.items():
            body = page_script(name)
            if body is None:
                fail('no inline script element found for %s' % name)
                continue
            sp_path = os.path.join(td, name)
            open(sp_path, 'w', encoding='utf-8').write(body)
            for (ref, ua, plat, pred, what) in runs:
                out = subprocess.run([node, hp, sp_path, ref, ua, plat],
                                     capture_output=True, text=True, timeout=30)
                try:
                    g = json.loads(out.stdout.strip().splitlines()[-1])
                except Exception:
                    fail('node run of %s gave no result: %s' % (name, out.stderr[:200]))
                    continue
                ok = pred(g)
                print('JS %-26s %-45s %s%s' % (name, what, 'ok' if ok else 'NO', (' [error: %s]' % g['error']) if g.get('error') else ''))
                if not ok:
                    fail('script %s: %s' % (name, what))
else:
    print('node not found: JS checks skipped')

print('%d pages, %d hijacked, %d legit; %s' % (len(rows), sum(r['hijacked'] for r in rows), sum(r['legit'] for r in rows),
                                             'OK' if not fails else '%d FAILURES' % len(fails)))
sys.exit(1 if fails else 0)
