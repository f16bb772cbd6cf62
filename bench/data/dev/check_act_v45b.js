#!/usr/bin/env node
// check_act_v45b.js — run every page of real-cases-v45b in jsdom (no network) under several
// visitor profiles and report what its scripts do: document.write calls, elements inserted
// (script/iframe/style/object/embed/div), resources requested, navigations, window.open,
// fetch/XHR, cookies set, and a meta refresh in the served markup.
// Usage: NODE_PATH=/path/to/node_modules node check_act_v45b.js [folder] [--json]
// jsdom is not a dependency of the repository: install it in a temp folder
// (npm install jsdom) and point NODE_PATH at that folder's node_modules.
'use strict';
const fs = require('fs');
const path = require('path');
let jsdom;
try { jsdom = require('jsdom'); } catch (e) {
  console.error('jsdom not found: npm install jsdom in a temp folder and set NODE_PATH'); process.exit(2);
}
const { JSDOM, VirtualConsole, ResourceLoader } = jsdom;

const PROFILES = {
  desktop: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', platform: 'Win32', referrer: '' },
  ie11: { ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko', platform: 'Win32', referrer: '' },
  ie8: { ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)', platform: 'Win32', referrer: '' },
  mobile_from_search: { ua: 'Mozilla/5.0 (Linux; Android 12; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36', platform: 'Linux armv8l', referrer: 'https://www.baidu.com/link?url=abc' },
  baiduspider: { ua: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', platform: '', referrer: '' },
};

class RecordingLoader extends ResourceLoader {
  constructor(log, ua) { super({ userAgent: ua }); this.log = log; }
  fetch(url, options) {
    const el = options && options.element ? options.element.localName : '?';
    this.log.push(['load', el, url]);
    return Promise.resolve(Buffer.from(''));
  }
}

const WATCH = 'script,iframe,frame,style,object,embed,link,meta,img,a,div';
// signatures of the elements a script could add: compared between a script-less parse of the
// served bytes and the document after its scripts ran
function elementSigs(doc) {
  const m = new Map();
  for (const n of doc.querySelectorAll(WATCH)) {
    const tag = n.localName;
    let sig;
    if (tag === 'div') {
      if (!/<(iframe|object|embed|script|a )/i.test(n.innerHTML) || n.children.length > 3) continue;
      sig = 'div ' + n.outerHTML.slice(0, 140);
    } else if (tag === 'a') {
      sig = 'a ' + (n.getAttribute('href') || '');
    } else {
      sig = tag + ' ' + (n.getAttribute('src') || n.getAttribute('data') || n.getAttribute('href') || n.getAttribute('content') || n.textContent.replace(/\s+/g, ' ').slice(0, 100));
    }
    m.set(sig, (m.get(sig) || 0) + 1);
  }
  return m;
}

function sleep(ms) { return new Promise(r => setTimeout(r, ms)); }

async function runPage(file, pageUrl, prof) {
  const html = fs.readFileSync(file);
  const log = [];
  const vc = new VirtualConsole();
  vc.on('jsdomError', e => {
    const m = String(e && e.message || e);
    if (/navigation/i.test(m)) log.push(['navigate', m.slice(0, 80)]);
    else log.push(['error', m.slice(0, 120)]);
  });
  let dom;
  try {
    dom = new JSDOM(html, {
      url: pageUrl, referrer: prof.referrer || undefined, runScripts: 'dangerously', pretendToBeVisual: true,
      resources: new RecordingLoader(log, prof.ua), virtualConsole: vc,
      beforeParse(window) {
        try { Object.defineProperty(window.navigator, 'platform', { get: () => prof.platform }); } catch (e) {}
        const d = window.document;
        const w0 = d.write.bind(d), wl0 = d.writeln.bind(d);
        d.write = function (...a) { log.push(['write', a.join('').slice(0, 160)]); return w0(...a); };
        d.writeln = function (...a) { log.push(['write', a.join('').slice(0, 160)]); return wl0(...a); };
        window.open = function (u) { log.push(['window.open', String(u)]); return null; };
        window.fetch = function (u) { log.push(['fetch', String(u)]); return new Promise(() => {}); };
        const XO = window.XMLHttpRequest.prototype.open;
        window.XMLHttpRequest.prototype.open = function (m, u) { log.push(['xhr', m + ' ' + u]); this.__u = u; };
        window.XMLHttpRequest.prototype.send = function () {};
        let cookie = '';
        Object.defineProperty(d, 'cookie', {
          get: () => cookie,
          set: v => { log.push(['cookie', String(v).slice(0, 100)]); const kv = String(v).split(';')[0]; cookie = cookie ? cookie + '; ' + kv : kv; },
        });
      },
    });
  } catch (e) { log.push(['error', String(e).slice(0, 120)]); return log; }
  const w = dom.window;
  await sleep(50);
  try {
    const b = w.document.body;
    if (b) {
      b.dispatchEvent(new w.MouseEvent('mousemove', { bubbles: true }));
      b.dispatchEvent(new w.MouseEvent('click', { bubbles: true }));
    }
  } catch (e) {}
  await sleep(900);
  try {
    const before = elementSigs(new JSDOM(html, { url: pageUrl }).window.document);
    const after = elementSigs(w.document);
    for (const [sig, n] of after) if ((before.get(sig) || 0) < n) log.push(['inserted', sig]);
  } catch (e) { log.push(['error', String(e).slice(0, 120)]); }
  try { w.close(); } catch (e) {}
  return log;
}

function staticFacts(file) {
  const s = fs.readFileSync(file, 'utf8');
  const out = [];
  if (/<meta[^>]+http-equiv=["']?refresh/i.test(s)) out.push(['meta-refresh', (s.match(/<meta[^>]+http-equiv=["']?refresh[^>]*>/i) || [''])[0].slice(0, 120)]);
  return out;
}

// markup-parsed elements also fire the observer; drop insert events whose src/text appears verbatim in the file
function actsOf(file, log) {
  const raw = fs.readFileSync(file, 'utf8');
  return log.filter(e => {
    if (e[0] === 'load') return true;
    return e[0] !== 'error';
  });
}

function runIsolated(file, url, name) {
  // one page under one profile in a child process, so a page whose script never yields
  // (a busy decoder loop) is cut off instead of hanging the whole run
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [__filename, '--one', file, url, name], { encoding: 'utf8', timeout: 20000, env: process.env });
  if (r.error || r.status === null) return [['timeout', 'script still running after 20 s (busy loop)']];
  try { return JSON.parse(r.stdout); } catch (e) { return [['error', (r.stderr || '').slice(0, 160)]]; }
}

(async () => {
  const args = process.argv.slice(2);
  if (args[0] === '--one') {
    const log = await runPage(args[1], args[2], PROFILES[args[3]]);
    process.stdout.write(JSON.stringify(actsOf(args[1], log)));
    process.exit(0);
  }
  const asJson = args.includes('--json');
  const folder = args.find(a => !a.startsWith('--')) || path.join(__dirname, 'real-cases-v45b');
  const truth = {};
  for (const line of fs.readFileSync(path.join(folder, 'truth.jsonl'), 'utf8').split('\n')) if (line.trim()) { const o = JSON.parse(line); truth[o.id] = o; }
  const result = {};
  for (const f of fs.readdirSync(path.join(folder, 'html')).filter(f => f.endsWith('.html')).sort()) {
    const id = f.replace(/\.html$/, '');
    const file = path.join(folder, 'html', f);
    const t = truth[id] || {};
    const per = {};
    for (const [name, prof] of Object.entries(PROFILES)) {
      per[name] = runIsolated(file, t.url || 'http://example.invalid/', name);
    }
    const st = staticFacts(file);
    const acts = Object.entries(per).filter(([, l]) => l.some(e => e[0] !== 'timeout')).map(([n]) => n);
    result[id] = { hijacked: !!t.hijacked, static: st, acting_profiles: acts, per_profile: per };
    if (!asJson) {
      console.log(`${id} hijacked=${!!t.hijacked} acts_under=[${acts.join(',')}]${st.length ? ' static=' + JSON.stringify(st) : ''}`);
      const seen = new Set();
      for (const [n, l] of Object.entries(per)) for (const e of l) {
        const k = e.join(' | ');
        if (seen.has(k)) continue; seen.add(k);
        console.log(`    [${n}] ${k}`);
      }
    }
  }
  if (asJson) console.log(JSON.stringify(result, null, 1));
})();
