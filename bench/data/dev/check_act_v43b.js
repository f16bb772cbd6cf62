#!/usr/bin/env node
// check_act_v43b.js — runs every page of real-cases-v43b in jsdom under four visitor profiles and reports what its
// scripts do: document.write, script/iframe/img loads, createElement, XMLHttpRequest/fetch, navigation, cookies.
// Network is never reached: the resource loader records and returns empty bodies; XHR/fetch are recorded and stubbed.
// Usage: node check_act_v43b.js [folder]   (jsdom: set JSDOM_PATH=/path/to/node_modules/jsdom, or have it resolvable)
// Exit status 1 when a page labelled hijacked shows no act under any profile.
const fs = require('fs'), path = require('path');
let jsdomMod;
try { jsdomMod = require(process.env.JSDOM_PATH || 'jsdom'); }
catch (e) { console.error('jsdom not found (set JSDOM_PATH)'); process.exit(2); }
const { JSDOM, VirtualConsole, ResourceLoader } = jsdomMod;
const DIR = process.argv[2] || path.join(__dirname, 'real-cases-v43b');
const PROFILES = {
  chrome_direct: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', ref: '' },
  ie11_from_search: { ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko', ref: 'http://www.baidu.com/s?wd=x' },
  android_from_search: { ua: 'Mozilla/5.0 (Linux; Android 10; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0 Mobile Safari/537.36', ref: 'https://m.baidu.com/s?word=x' },
  baiduspider: { ua: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', ref: '' },
};
function run(html, url, prof, wait) {
  return new Promise(res => {
    const ev = []; const vc = new VirtualConsole();
    vc.on('jsdomError', e => { const m = String(e.message || e); if (/navigation/i.test(m)) ev.push('navigate'); else if (!/Could not load|Could not parse CSS|Not implemented/.test(m)) ev.push('error:' + m.slice(0, 100)); });
    class RL extends ResourceLoader { fetch(u, o) { ev.push('load:' + (o.element ? o.element.localName : '?') + ':' + u); return Promise.resolve(Buffer.from('')); } }
    let dom;
    try {
      dom = new JSDOM(html, { url, referrer: prof.ref || undefined, runScripts: 'dangerously', resources: new RL({ userAgent: prof.ua }), pretendToBeVisual: true, virtualConsole: vc,
        beforeParse(w) {
          const D = w.Document.prototype, dw = D.write, dwl = D.writeln;
          D.write = function (...a) { ev.push('write:' + a.join('').replace(/\s+/g, ' ').slice(0, 200)); return dw.apply(this, a); };
          D.writeln = function (...a) { ev.push('write:' + a.join('').replace(/\s+/g, ' ').slice(0, 200)); return dwl.apply(this, a); };
          const cd = Object.getOwnPropertyDescriptor(D, 'cookie');
          Object.defineProperty(D, 'cookie', { get() { return cd.get.call(this); }, set(v) { ev.push('cookie:' + String(v).slice(0, 60)); cd.set.call(this, v); }, configurable: true });
          w.open = function (u) { ev.push('window.open:' + u); return null; };
          const XP = w.XMLHttpRequest.prototype, XO = XP.open;
          XP.open = function (m, u, ...r) { ev.push('xhr:' + m + ' ' + String(u).slice(0, 160)); return XO.call(this, m, 'http://127.0.0.1:9/blocked', ...r); };
          XP.send = function () { return undefined; };
          w.fetch = function (u) { ev.push('fetch:' + String(u).slice(0, 160)); return Promise.reject(new Error('offline')); };
          const ce = D.createElement;
          D.createElement = function (t, ...r) { const el = ce.call(this, t, ...r); const tl = String(t).toLowerCase(); if (['script', 'iframe', 'img'].includes(tl)) ev.push('createElement:' + tl); return el; };
          const IS = w.HTMLImageElement.prototype, sd = Object.getOwnPropertyDescriptor(IS, 'src');
          Object.defineProperty(IS, 'src', { get() { return sd.get.call(this); }, set(v) { ev.push('img.src:' + String(v).slice(0, 120)); sd.set.call(this, v); }, configurable: true });
        } });
    } catch (e) { ev.push('fatal:' + e.message); return res({ ev, iframes: [], scripts: [] }); }
    const w = dom.window;
    setTimeout(() => {
      let iframes = [], scripts = [];
      try {
        const d = w.document;
        iframes = [...d.querySelectorAll('iframe')].map(f => (f.getAttribute('src') || '') + ' [w=' + f.getAttribute('width') + ' h=' + f.getAttribute('height') + (f.getAttribute('style') ? ' style=' + f.getAttribute('style') : '') + ']');
        scripts = [...d.querySelectorAll('script[src]')].map(s => s.getAttribute('src'));
      } catch (e) {}
      w.close(); res({ ev, iframes, scripts });
    }, wait);
  });
}
function acts(r, pageHost) {
  const out = [];
  for (const e of r.ev) {
    if (/^(xhr|fetch|window\.open|navigate|img\.src)/.test(e)) out.push(e);
    else if (/^write:/.test(e) && /<\s*(script|iframe)/i.test(e)) out.push(e);
    else if (/^load:(script|iframe|img):/.test(e)) {
      const u = e.replace(/^load:\w+:/, '');
      try { if (new URL(u).host !== pageHost) out.push(e); } catch (x) { out.push(e); }
    }
  }
  return [...new Set(out)];
}
(async () => {
  const truth = fs.readFileSync(path.join(DIR, 'truth.jsonl'), 'utf8').trim().split('\n').map(l => JSON.parse(l));
  let bad = 0;
  for (const t of truth) {
    const buf = fs.readFileSync(path.join(DIR, 'html', t.id + '.html'));
    const html = new TextDecoder(t.encoding === 'utf-8' ? 'utf-8' : t.encoding).decode(buf);
    const host = new URL(t.url).host;
    const rep = {};
    let any = false;
    for (const [pn, p] of Object.entries(PROFILES)) {
      const r = await run(html, t.url, p, Number(process.env.WAIT || 2000));
      const a = acts(r, host);
      if (a.length) any = true;
      rep[pn] = { acts: a.map(x => x.slice(0, 170)), cookies: r.ev.filter(e => e.startsWith('cookie:')).length, errors: r.ev.filter(e => e.startsWith('error:')).slice(0, 2) };
    }
    const verdict = t.hijacked ? (any ? 'ACTS' : 'NO-ACT (FAIL)') : (any ? 'vendor loads only' : 'no loads');
    if (t.hijacked && !any) bad++;
    console.log('== ' + t.id + ' hijacked=' + t.hijacked + ' ' + verdict);
    for (const [pn, r] of Object.entries(rep)) {
      console.log('   ' + pn.padEnd(20) + (r.acts.length ? r.acts.join(' | ') : '-') + (r.cookies ? '  [cookies set: ' + r.cookies + ']' : '') + (r.errors.length ? '  ' + r.errors.join(' ') : ''));
    }
  }
  console.log(bad ? bad + ' hijacked page(s) do nothing' : 'every hijacked page acts under at least one profile');
  process.exit(bad ? 1 : 0);
})();
