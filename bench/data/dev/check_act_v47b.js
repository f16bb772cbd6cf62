#!/usr/bin/env node
// check_act_v47b.js — runs every page of a folder in jsdom under several visitor profiles and reports
// what its scripts do: document.write calls, elements the scripts added (script/iframe/img/object/frame/meta/link),
// resource requests, navigations, cookies set, window.open/alert calls.
// usage: NODE_PATH=/path/to/node_modules node check_act_v47b.js [folder] [--json out.json]
// folder defaults to bench/data/dev/real-cases-v47b (real-cases-v47b next to this file; pending-v47/ at collection,
// heldout/ while held out).
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole, ResourceLoader } = require('jsdom');

const PROFILES = {
  desktop_chrome: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', platform: 'Win32', referrer: '' },
  ie11_windows: { ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko', platform: 'Win32', referrer: '' },
  msie8_from_google: { ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)', platform: 'Win32', referrer: 'https://www.google.com/search?q=x' },
  iphone_from_baidu: { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1', platform: 'iPhone', referrer: 'https://www.baidu.com/link?url=abc&wd=' },
  android_from_sogou: { ua: 'Mozilla/5.0 (Linux; Android 10; SM-G975F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0 Mobile Safari/537.36', platform: 'Linux armv8l', referrer: 'https://m.sogou.com/web/searchList.jsp?keyword=x' },
};
const WAIT_MS = 400;
const WATCH = 'script[src],iframe,frame,frameset,img[src],object,embed,meta[http-equiv],link[href],style';

function short(s, n) { s = String(s).replace(/\s+/g, ' '); n = n || 160; return s.length > n ? s.slice(0, n) + '…' : s; }
function tagOf(el) { const h = el.outerHTML; const i = h.indexOf('>'); return short(i > 0 ? h.slice(0, i + 1) : h, 200); }

class RecLoader extends ResourceLoader {
  constructor(ua, log) { super({ userAgent: ua }); this.log = log; }
  fetch(url, options) {
    const tag = options && options.element ? options.element.localName : '?';
    this.log.push({ kind: 'request', what: tag + ' ' + url });
    return Promise.resolve(Buffer.from(''));
  }
}

function staticSet(html, url) {
  const d = new JSDOM(html, { url });
  const m = new Map();
  for (const el of d.window.document.querySelectorAll(WATCH)) { const k = tagOf(el); m.set(k, (m.get(k) || 0) + 1); }
  d.window.close();
  return m;
}

async function runOne(html, url, prof) {
  const log = [];
  const vc = new VirtualConsole();
  vc.on('jsdomError', e => {
    const m = String((e && e.message) || e);
    if (m.startsWith('Not implemented: navigation')) log.push({ kind: 'navigate', what: short(m, 200) });
    else if (m.startsWith('Not implemented: window.alert')) log.push({ kind: 'alert', what: '' });
    else log.push({ kind: 'script-error', what: short(m, 120) });
  });
  const dom = new JSDOM(html, {
    url, referrer: prof.referrer || undefined, runScripts: 'dangerously',
    resources: new RecLoader(prof.ua, log), pretendToBeVisual: true, virtualConsole: vc,
    beforeParse(win) {
      Object.defineProperty(win.navigator, 'platform', { get: () => prof.platform });
      const d = win.document;
      const ow = d.write.bind(d), owl = d.writeln.bind(d);
      d.write = function () { log.push({ kind: 'document.write', what: short([].join.call(arguments, '')) }); return ow.apply(null, arguments); };
      d.writeln = function () { log.push({ kind: 'document.writeln', what: short([].join.call(arguments, '')) }); return owl.apply(null, arguments); };
      win.open = function (u) { log.push({ kind: 'window.open', what: String(u) }); return null; };
      win.alert = function (m) { log.push({ kind: 'alert', what: short(m) }); };
      win.confirm = function (m) { log.push({ kind: 'confirm', what: short(m) }); return false; };
      const proto = win.Document.prototype;
      const cdesc = Object.getOwnPropertyDescriptor(proto, 'cookie');
      Object.defineProperty(d, 'cookie', {
        configurable: true,
        get() { return cdesc.get.call(d); },
        set(v) { log.push({ kind: 'cookie', what: short(v, 120) }); cdesc.set.call(d, v); },
      });
    },
  });
  await new Promise(r => setTimeout(r, WAIT_MS));
  const before = staticSet(html, url);
  const after = new Map();
  try {
    for (const el of dom.window.document.querySelectorAll(WATCH)) { const k = tagOf(el); after.set(k, (after.get(k) || 0) + 1); }
  } catch (e) { /* document replaced */ }
  for (const [k, n] of after) { const b = before.get(k) || 0; if (n > b) log.push({ kind: 'inserted', what: k }); }
  try { dom.window.close(); } catch (e) {}
  return log;
}

function loadTruth(folder) {
  const t = {};
  const p = path.join(folder, 'truth.jsonl');
  if (fs.existsSync(p)) for (const line of fs.readFileSync(p, 'utf8').split('\n')) { if (line.trim()) { const o = JSON.parse(line); t[o.id] = o; } }
  return t;
}

// what counts as the page doing something: document.write(ln), elements the scripts added, navigations,
// window.open/alert, cookies set, and requests made for script/iframe/frame elements (a remote <script src> the page
// carries is a load); the shell's stylesheet and images are not counted
function acts(log) {
  return log.filter(e => (e.kind === 'request' && /^(script|iframe|frame) /.test(e.what)) || ['document.write', 'document.writeln', 'inserted', 'navigate', 'window.open', 'alert', 'cookie'].includes(e.kind));
}

async function main() {
  const args = process.argv.slice(2);
  let out = null; const pos = [];
  for (let i = 0; i < args.length; i++) { if (args[i] === '--json') out = args[++i]; else pos.push(args[i]); }
  const folder = pos[0] || path.join(__dirname, 'real-cases-v47b');
  const truth = loadTruth(folder);
  const htmlDir = path.join(folder, 'html');
  const files = fs.readdirSync(htmlDir).filter(f => f.endsWith('.html')).sort();
  const report = {};
  let bad = 0;
  for (const f of files) {
    const id = f.replace(/\.html$/, '');
    const t = truth[id] || {};
    const buf = fs.readFileSync(path.join(htmlDir, f));
    const enc = (t.encoding || 'utf-8').toLowerCase();
    const html = new TextDecoder(enc === 'gbk' ? 'gbk' : enc).decode(buf);
    const url = t.url || 'http://example.org/';
    report[id] = { hijacked: !!t.hijacked, profiles: {} };
    const actedUnder = [];
    for (const [pn, prof] of Object.entries(PROFILES)) {
      const log = await runOne(html, url, prof);
      report[id].profiles[pn] = log;
      if (acts(log).length) actedUnder.push(pn);
    }
    report[id].acted_under = actedUnder;
    const ok = t.hijacked ? actedUnder.length > 0 : true;
    if (!ok) bad++;
    const first = actedUnder.length ? acts(report[id].profiles[actedUnder[0]]).slice(0, 3).map(e => e.kind + ': ' + e.what).join(' | ') : '-';
    console.log(`${id}\t${t.hijacked ? 'hijacked' : 'clean'}\tacts under ${actedUnder.length}/${Object.keys(PROFILES).length} [${actedUnder.join(',')}]\t${ok ? 'OK' : 'FAIL (hijacked page does nothing)'}\t${first}`);
  }
  if (out) fs.writeFileSync(out, JSON.stringify(report, null, 1));
  console.log(`\n${files.length} pages, ${bad} hijacked pages that do nothing under any profile`);
  process.exit(bad ? 1 : 0);
}
main();
