// check_act_v39b.js - does each page's code DO something? (brief item 6)
// Runs every inline <script> of every page of real-cases-v39b in a tiny fake browser, twice:
// as a phone visitor arriving from a Baidu search, and as a desktop visitor typing the URL.
// Records: document.write/writeln output, script elements inserted with a src, location changes,
// iframes written, external <script src> tags in the page. Nested scripts written by
// document.write are run too. Prints one JSON line per page.
// Usage: node check_act_v39b.js [folder]   (default: real-cases-v39b next to this file)
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const dir = process.argv[2] || path.join(__dirname, 'real-cases-v39b');
const PROFILES = {
  phone_from_baidu: { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1', platform: 'iPhone', referrer: 'https://www.baidu.com/link?url=abc' },
  desktop_direct: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', platform: 'Win32', referrer: '' },
};

function decode(buf) {
  const head = buf.slice(0, 400).toString('latin1').toLowerCase();
  const enc = head.includes('charset=gbk') ? 'gbk' : 'utf-8';
  return new TextDecoder(enc).decode(buf);
}

function scriptsOf(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  let m;
  while ((m = re.exec(html))) {
    const attrs = m[1];
    const src = /\bsrc\s*=\s*["']?\s*([^"'\s>]+)/i.exec(attrs);
    out.push({ src: src ? src[1] : null, code: m[2] });
  }
  return out;
}

function runPage(html, url, prof) {
  const actions = [];
  const loc = new URL(url);
  const mkEl = (tag) => {
    const el = { tagName: String(tag).toUpperCase(), style: {}, children: [], id: '', attrs: {},
      setAttribute(k, v) { this.attrs[k] = v; this[k] = v; }, getAttribute(k) { return this.attrs[k]; },
      appendChild(n) { note(n); return n; }, insertBefore(n) { note(n); return n; } };
    el.parentNode = el;
    return el;
  };
  function note(n) {
    if (n && n.tagName === 'SCRIPT' && n.src && String(n.src).trim()) actions.push('insert-script:' + String(n.src).trim());
    if (n && n.tagName === 'IFRAME' && n.src) actions.push('insert-iframe:' + n.src);
  }
  const bodyKids = [mkEl('div'), mkEl('div'), mkEl('div')];
  const written = [];
  const document = {
    title: 'page', referrer: prof.referrer, cookie: '', readyState: 'loading',
    write(s) { written.push(String(s)); }, writeln(s) { written.push(String(s) + '\n'); },
    createElement: mkEl,
    getElementsByTagName(t) { const e = mkEl(t); return [e]; },
    getElementById(id) { return null; },
    querySelector() { return null; }, querySelectorAll() { return []; },
    addEventListener() {}, attachEvent() {},
    body: { children: bodyKids, appendChild(n) { note(n); return n; }, style: {} },
    documentElement: { clientWidth: 1000, appendChild(n) { note(n); return n; } },
  };
  const location = {
    get href() { return loc.href; }, set href(v) { actions.push('location:' + v); },
    protocol: loc.protocol, host: loc.host, hostname: loc.hostname, pathname: loc.pathname, search: loc.search,
    replace(v) { actions.push('location:' + v); }, assign(v) { actions.push('location:' + v); },
    toString() { return loc.href; },
  };
  document.location = location;
  const timers = [];
  const sandbox = {
    document, location, navigator: { userAgent: prof.ua, platform: prof.platform, language: 'zh-CN' },
    screen: { width: 390, height: 844 }, console: { log() {}, error() {} },
    setTimeout(fn) { if (typeof fn === 'function') timers.push(fn); return 1; },
    setInterval(fn) { if (typeof fn === 'function') timers.push(fn); return 1; },
    clearTimeout() {}, clearInterval() {}, escape, unescape, encodeURIComponent, decodeURIComponent,
    atob: (s) => Buffer.from(s, 'base64').toString('latin1'),
    $: function (x) { if (typeof x === 'function') { try { x(); } catch (e) {} } return { css() { return this; }, hide() { return this; } }; },
    Date, Math, JSON, RegExp, String, Array, Object, Number, parseInt, Buffer: undefined,
  };
  sandbox.window = sandbox; sandbox.self = sandbox; sandbox.top = sandbox;
  Object.defineProperty(sandbox, 'location', { get() { return location; }, set(v) { actions.push('location:' + v); } });
  const ctx = vm.createContext(sandbox);
  const errors = [];
  const runCode = (code, depth) => {
    try { vm.runInContext(code, ctx, { timeout: 1000 }); } catch (e) { errors.push(String(e && e.message || e).slice(0, 80)); }
    flushWritten(depth);
  };
  function flushWritten(depth) {
    while (written.length) {
      const w = written.shift();
      if (/<iframe\b/i.test(w)) actions.push('write-iframe:' + (/src\s*=\s*["']?([^"'\s>]*)/i.exec(w.slice(w.search(/<iframe/i))) || [,''])[1]);
      for (const s of scriptsOf(w)) {
        if (s.src) actions.push('write-script:' + s.src);
        else if (depth < 3 && s.code.trim()) runCode(s.code, depth + 1);
      }
      if (/display\s*:\s*none/i.test(w) && /<a\b/i.test(w)) actions.push('write-hidden-links');
    }
  }
  for (const s of scriptsOf(html)) {
    if (s.src) continue;
    if (s.code.trim()) runCode(s.code, 0);
  }
  for (let i = 0; i < 3 && timers.length; i++) {
    const t = timers.splice(0);
    for (const fn of t) { try { fn(); } catch (e) { errors.push(String(e && e.message || e).slice(0, 80)); } }
    flushWritten(0);
  }
  const hidden = bodyKids.filter((k) => k.style.display === 'none').length;
  if (hidden) actions.push('hid-body-children:' + hidden);
  return { actions: [...new Set(actions)], errors: [...new Set(errors)] };
}

const truth = fs.readFileSync(path.join(dir, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
for (const t of truth) {
  const html = decode(fs.readFileSync(path.join(dir, 'html', t.id + '.html')));
  const host = new URL(t.url).host;
  const ext = scriptsOf(html).filter((s) => s.src).map((s) => s.src)
    .filter((src) => { try { return new URL(src, t.url).host !== host; } catch (e) { return true; } });
  const res = { id: t.id, hijacked: t.hijacked, external_scripts: ext };
  for (const [name, prof] of Object.entries(PROFILES)) res[name] = runPage(html, t.url, prof);
  res.acts = ext.length > 0 || Object.keys(PROFILES).some((p) => res[p].actions.length > 0);
  console.log(JSON.stringify(res));
}
