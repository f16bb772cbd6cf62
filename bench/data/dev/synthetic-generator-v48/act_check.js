// node act_check.js FILE ENCODING
// Runs the page's inline <script> bodies in a bare sandbox once per visitor kind and prints, as JSON,
// what each visitor would get: navigations, document.write output, appended nodes, innerHTML set on new nodes.
'use strict';
const fs = require('fs');
const vm = require('vm');

const file = process.argv[2];
const enc = process.argv[3] || 'utf-8';
const page = new TextDecoder(enc).decode(fs.readFileSync(file));
const bodies = [];
const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
let m;
while ((m = re.exec(page)) !== null) {
  if (!/\bsrc\s*=/.test(m[1])) bodies.push(m[2]);
}

const kinds = [
  ['spider', 'Baiduspider-render/2.0', ''],
  ['mobile-search', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) Mobile Safari', 'https://m.baidu.com/from=1/s?word=x'],
  ['mobile-typed', 'Mozilla/5.0 (Linux; Android 12; V2145A) Mobile Safari/537.36', ''],
  ['pc-search', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122 Safari/537.36', 'https://www.so.com/s?q=x'],
  ['pc-typed', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) Safari/605.1.15', ''],
];

const report = {};
for (const [kind, ua, referrer] of kinds) {
  const seen = [];
  const nav = (u) => { seen.push('nav:' + u); };
  const node = (tag) => {
    const n = { tagName: String(tag).toUpperCase(), style: {}, attrs: {} };
    n.setAttribute = (k, v) => { n.attrs[k] = v; };
    n.appendChild = () => n;
    Object.defineProperty(n, 'innerHTML', { set(v) { seen.push('html:' + v); }, get() { return ''; } });
    return n;
  };
  const holder = (name) => ({ appendChild(n) { seen.push('append:' + name + ':' + n.tagName); return n; },
    insertBefore(n) { seen.push('append:' + name + ':' + n.tagName); return n; } });
  const location = {};
  for (const k of ['href']) {
    Object.defineProperty(location, k, { set: nav, get() { return 'https://page.invalid/'; } });
  }
  location.replace = nav;
  location.assign = nav;
  const document = {
    referrer, cookie: '', body: holder('body'), head: holder('head'), documentElement: holder('html'),
    write(...a) { seen.push('write:' + a.join('')); }, writeln(...a) { seen.push('write:' + a.join('')); },
    createElement: node, getElementById() { return null; }, getElementsByTagName() { return [holder('x')]; },
  };
  const sandbox = {
    document, navigator: { userAgent: ua, platform: '' }, location, console: { log() {} },
    setTimeout(fn) { if (typeof fn === 'function') fn(); return 1; }, setInterval() { return 1; },
    atob: (s) => Buffer.from(String(s), 'base64').toString('binary'),
  };
  sandbox.window = sandbox;
  Object.defineProperty(document, 'location', { get() { return location; }, set: nav });
  const ctx = vm.createContext(sandbox);
  Object.defineProperty(ctx, 'location', { get() { return location; }, set: nav });
  for (const b of bodies) {
    try { vm.runInContext(b, ctx, { timeout: 1000 }); } catch (e) { seen.push('error:' + e.message); }
  }
  report[kind] = seen;
}
process.stdout.write(JSON.stringify(report) + '\n');
