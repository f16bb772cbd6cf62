#!/usr/bin/env node
/* check_act_v49b.js — run each page of a real-cases folder in jsdom (no network) under several visitor
   profiles and report what it does: document.write calls, resources the page asks for (scripts, iframes,
   stylesheets), XMLHttpRequest / fetch calls, navigations (with their target), and links to other hosts it shows.

   usage: node check_act_v49b.js [folder] [--json]
          folder defaults to bench/data/dev/real-cases-v49b (next to this file; pending-v49/ at collection,
          heldout/ while held out)
   jsdom: set K49B_JSDOM to a jsdom package directory (e.g. /tmp/k49b/node_modules/jsdom), or have jsdom
          resolvable from here. Nothing is fetched: every resource request is recorded and answered empty. */
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const folder = args.find(a => !a.startsWith('--')) || path.join(__dirname, 'real-cases-v49b');

let jsdomDir = process.env.K49B_JSDOM;
if (!jsdomDir) {
  try { jsdomDir = path.dirname(require.resolve('jsdom/package.json')); }
  catch (e) { jsdomDir = '/tmp/k49b/node_modules/jsdom'; }
}
const jreq = createRequire(path.join(jsdomDir, 'package.json'));
// record navigation targets: wrap jsdom's navigate() before jsdom's modules destructure it
const navMod = jreq(path.join(jsdomDir, 'lib/jsdom/living/window/navigation.js'));
const whatwgURL = jreq('whatwg-url');
let current = null;
const origNavigate = navMod.navigate;
navMod.navigate = function (window, newURL, flags) {
  try { if (current) current.navigations.push(whatwgURL.serializeURL(newURL)); } catch (e) { /* ignore */ }
  try { return origNavigate.apply(this, arguments); } catch (e) { return undefined; }
};
const { JSDOM, ResourceLoader, VirtualConsole } = jreq(jsdomDir);

const UA = {
  desktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  mobile: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
  spider: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
  msie: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)',
};
const SEARCH_REF = 'https://www.baidu.com/s?wd=%E6%96%B0%E9%97%BB';
const PROFILES = [
  { name: 'desktop-direct', ua: UA.desktop, referrer: undefined },
  { name: 'desktop-search', ua: UA.desktop, referrer: SEARCH_REF },
  { name: 'mobile-search', ua: UA.mobile, referrer: SEARCH_REF },
  { name: 'spider', ua: UA.spider, referrer: undefined },
  { name: 'msie-search', ua: UA.msie, referrer: SEARCH_REF },
];

class RecordingLoader extends ResourceLoader {
  constructor(ua) { super({ userAgent: ua }); }
  fetch(url, options) {
    const tag = options && options.element ? options.element.localName : '?';
    if (current) current.loads.push({ tag, url });
    return Promise.resolve(Buffer.from(''));
  }
}

function readTruth(dir) {
  const m = new Map();
  const p = path.join(dir, 'truth.jsonl');
  if (!fs.existsSync(p)) return m;
  for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const t = JSON.parse(line);
    m.set(t.id, t);
  }
  return m;
}

function decode(buf) {
  const head = buf.slice(0, 2048).toString('latin1');
  const m = head.match(/charset\s*=\s*["']?([A-Za-z0-9_-]+)/i);
  const cs = m ? m[1].toLowerCase() : 'utf-8';
  return new TextDecoder(cs === 'gbk' || cs === 'gb2312' ? 'gbk' : cs).decode(buf);
}

function hostOf(u) { try { return new URL(u).hostname; } catch (e) { return ''; } }

function installHooks(window, rec) {
  const doc = window.document;
  for (const fn of ['write', 'writeln']) {
    const orig = doc[fn].bind(doc);
    doc[fn] = function (...a) { rec.writes.push(a.join('')); return orig(...a); };
  }
  const origST = window.setTimeout.bind(window);
  window.setTimeout = function (f, ms, ...rest) {
    if (typeof f === 'string') { const code = f; f = () => window.eval(code); }
    return origST(f, Math.min(Number(ms) || 0, 30), ...rest);
  };
  window.setInterval = function (f, ms, ...rest) {  // bounded: at most 8 runs
    let n = 0; const tick = () => { if (n++ >= 8) return; try { f(...rest); } catch (e) { rec.errors.push(String(e)); } origST(tick, 15); };
    origST(tick, 15); return n;
  };
  window.clearInterval = function () {};
  class XHR {
    constructor() { this.readyState = 0; this.status = 0; this.responseText = ''; }
    open(method, url) { rec.xhr.push({ method: String(method), url: String(new window.URL(url, window.location.href)) }); this.readyState = 1; }
    setRequestHeader() {}
    send() { /* never answered: nothing leaves this machine */ }
    abort() {}
    addEventListener() {}
  }
  window.XMLHttpRequest = XHR;
  window.fetch = function (u) {
    rec.fetches.push(String(new window.URL(String(u), window.location.href)));
    return new Promise(() => {});
  };
}

async function runOne(html, url, profile) {
  const rec = { profile: profile.name, writes: [], loads: [], xhr: [], fetches: [], navigations: [], errors: [] };
  current = rec;
  const vc = new VirtualConsole();
  vc.on('jsdomError', e => { rec.errors.push(String(e && e.message || e).slice(0, 160)); });
  let dom;
  try {
    dom = new JSDOM(html, {
      url, referrer: profile.referrer, userAgent: profile.ua, runScripts: 'dangerously',
      resources: new RecordingLoader(profile.ua), pretendToBeVisual: true, virtualConsole: vc,
      beforeParse(window) { installHooks(window, rec); },
    });
    await new Promise(r => setTimeout(r, 400));
    // static iframes/scripts present in the final DOM (written or parsed)
    rec.iframes = [...dom.window.document.querySelectorAll('iframe[src]')].map(f => f.getAttribute('src'));
    // links the page shows (anchors in the final DOM, outside <noscript>)
    rec.links = [...dom.window.document.querySelectorAll('a[href]')].filter(a => !a.closest('noscript'))
      .map(a => ({ href: a.href, text: a.textContent.trim().slice(0, 60) }));
  } catch (e) {
    rec.errors.push('run: ' + String(e).slice(0, 160));
  } finally {
    try { dom && dom.window.close(); } catch (e) { /* ignore */ }
    current = null;
  }
  return rec;
}

function summarize(rec, pageHost) {
  const foreign = new Set();
  const own = [];
  const add = u => { const h = hostOf(u); if (!h) return; if (h === pageHost) own.push(u); else foreign.add(h); };
  rec.loads.filter(l => l.tag !== 'link').forEach(l => add(l.url));
  rec.xhr.forEach(x => add(x.url));
  rec.fetches.forEach(add);
  rec.navigations.forEach(add);
  const wroteMarkup = rec.writes.some(w => /<\s*(iframe|script|frameset|meta)/i.test(w));
  const foreignLinks = (rec.links || []).filter(l => { const h = hostOf(l.href); return h && h !== pageHost; });
  return { foreignHosts: [...foreign].sort(), ownHostRequests: own.length, wroteMarkup, navigations: rec.navigations, foreignLinks };
}

async function main() {
  const truth = readTruth(folder);
  const dir = path.join(folder, 'html');
  const files = fs.readdirSync(dir).filter(f => f.endsWith('.html')).sort();
  const report = [];
  for (const f of files) {
    const id = f.replace(/\.html$/, '');
    const t = truth.get(id) || {};
    const url = t.url || ('https://example.invalid/' + f);
    const html = decode(fs.readFileSync(path.join(dir, f)));
    const pageHost = hostOf(url);
    const runs = [];
    for (const p of PROFILES) {
      const rec = await runOne(html, url, p);
      runs.push({ ...rec, summary: summarize(rec, pageHost) });
    }
    const actsUnder = runs.filter(r => r.summary.foreignHosts.length || r.summary.wroteMarkup || r.navigations.length || r.summary.foreignLinks.length).map(r => r.profile);
    const shownLinks = [...new Set(runs.flatMap(r => r.summary.foreignLinks.map(l => l.href + ' "' + l.text + '"')))];
    const allForeign = [...new Set(runs.flatMap(r => r.summary.foreignHosts))].sort();
    const allNav = [...new Set(runs.flatMap(r => r.navigations))];
    report.push({ id, hijacked: t.hijacked, host: pageHost, actsUnder, foreignHosts: allForeign, navigations: allNav,
      shownLinks,
      xhr: [...new Set(runs.flatMap(r => r.xhr.map(x => x.method + ' ' + x.url)))],
      fetches: [...new Set(runs.flatMap(r => r.fetches))],
      writes: [...new Set(runs.flatMap(r => r.writes.map(w => w.slice(0, 200))))],
      loads: [...new Set(runs.flatMap(r => r.loads.map(l => l.tag + ' ' + l.url)))] });
  }
  if (asJson) { process.stdout.write(JSON.stringify(report, null, 1) + '\n'); return; }
  for (const r of report) {
    console.log(`${r.id} hijacked=${r.hijacked} acts under [${r.actsUnder.join(', ')}]`);
    if (r.foreignHosts.length) console.log('   foreign hosts: ' + r.foreignHosts.join(', '));
    for (const x of r.xhr) console.log('   xhr: ' + x);
    for (const x of r.fetches) console.log('   fetch: ' + x);
    for (const x of r.loads) console.log('   load: ' + x);
    for (const x of r.writes) console.log('   write: ' + x.replace(/\s+/g, ' '));
    for (const x of r.navigations) console.log('   navigate: ' + x);
    for (const x of r.shownLinks) console.log('   shows link: ' + x);
  }
}

main().catch(e => { console.error(e); process.exit(2); });
