// Brief item 6 check for real-cases-v40b (keeper k40b): run every inline script of each page in a small
// stub browser (node vm) and print, as JSON, what it does: document.write output (scripts written are run too),
// script elements inserted (src), location changes, window.open, click listeners (fired once), plus the
// src of every <script src> tag in the page and in written markup. Run: node check_act_v40b.js <html files...>
// Each page runs as a phone visitor arriving from a Baidu search. Decoding: the caller passes utf-8 text files.
const fs = require('fs');
const vm = require('vm');

function scriptsOf(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/ig;
  let m;
  while ((m = re.exec(html))) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]);
    out.push({ src: src ? src[1] : null, code: m[2] });
  }
  return out;
}

function run(html) {
  const fx = [];
  const clicks = [];
  const store = {};
  const localStorage = { getItem: (k) => (k in store ? store[k] : null), setItem: (k, v) => { store[k] = String(v); } };
  const note = (c) => { if (c && c.src) fx.push('insert-script ' + c.src); };
  const el = (tag) => ({ tagName: String(tag).toUpperCase(), style: {}, setAttribute() {}, appendChild(c) { note(c); return c; },
    insertBefore(c) { note(c); return c; }, parentNode: { insertBefore(c) { note(c); return c; }, appendChild(c) { note(c); return c; } } });
  let depth = 0;
  const written = (s) => {
    fx.push('write ' + String(s).slice(0, 160).replace(/\s+/g, ' '));
    for (const sc of scriptsOf(String(s))) {
      if (sc.src) fx.push('write-script-src ' + sc.src);
      else if (depth < 5) { depth++; exec(sc.code); depth--; }
    }
  };
  const loc = { href: 'https://example.invalid/a.html', protocol: 'https:', hostname: 'example.invalid', host: 'example.invalid', pathname: '/a.html', search: '',
    assign(v) { fx.push('location.assign ' + v); }, replace(v) { fx.push('location.replace ' + v); } };
  const document = { referrer: 'https://www.baidu.com/link?url=x', cookie: '', write: written, writeln: written,
    createElement: el, getElementsByTagName: () => [el('x')], getElementById: () => el('div'), body: el('body'), documentElement: el('html'),
    addEventListener(t, fn) { fx.push('listen ' + t); if (t === 'click') clicks.push(fn); } };
  Object.defineProperty(document, 'onclick', { set(fn) { fx.push('listen click'); clicks.push(fn); } });
  const ctx = { document, navigator: { userAgent: 'Mozilla/5.0 (Linux; Android 10) Mobile Safari', platform: 'Linux armv8l' },
    localStorage, screen: { width: 390, height: 844 }, console: { log() {} },
    setTimeout(fn) { if (typeof fn === 'function') fn(); return 1; }, setInterval() { return 2; }, clearInterval() {},
    open(u) { fx.push('window.open ' + u); return { focus() {} }; },
    atob: (s) => Buffer.from(s, 'base64').toString('binary'), unescape, escape, decodeURIComponent, String, Math, Date, Array, JSON, RegExp, parseInt,
    CoinHive: { User: function () { fx.push('CoinHive.User'); return { start() { fx.push('miner.start'); } }; } } };
  ctx.window = ctx; ctx.self = ctx; ctx.top = ctx;
  Object.defineProperty(ctx, 'location', { get() { return loc; }, set(v) { fx.push('location= ' + v); } });
  Object.defineProperty(document, 'location', { get() { return loc; }, set(v) { fx.push('document.location= ' + v); } });
  vm.createContext(ctx);
  function exec(code) {
    try { vm.runInContext(code, ctx, { timeout: 1000 }); } catch (e) { fx.push('error ' + String(e.message).slice(0, 80)); }
  }
  for (const sc of scriptsOf(html)) {
    if (sc.src) fx.push('page-script-src ' + sc.src);
    else exec(sc.code);
  }
  for (const fn of clicks.splice(0)) { try { fn({ stopPropagation() {}, target: {} }); } catch (e) { fx.push('error ' + e.message); } }
  return fx;
}

const out = {};
for (const f of process.argv.slice(2)) out[f] = run(fs.readFileSync(f, 'utf8'));
process.stdout.write(JSON.stringify(out));
