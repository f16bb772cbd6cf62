// Brief item 6 check for real-cases-v37b: run every inline script of every page in a small fake
// browser (node vm) and print what it does: document.write output, scripts inserted (src),
// location changes, jQuery DOM insertions. Run: node check_act_v37b.js
// Each page is run twice: as a visitor from a Baidu search on a phone, and as a direct desktop visit.
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const DIR = path.join(__dirname, 'real-cases-v37b', 'html');

function decode(buf) {
  const head = buf.slice(0, 400).toString('latin1');
  if (/charset="?gb2312|charset="?gbk/i.test(head)) {
    try { return new TextDecoder('gbk').decode(buf); } catch (e) { return buf.toString('latin1'); }
  }
  return buf.toString('utf8');
}

function scriptsOf(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/ig;
  let m;
  const titleEnd = html.search(/<\/title>/i);
  while ((m = re.exec(html))) {
    if (m.index < titleEnd) continue; // text inside <title> is not a script
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]);
    out.push({ src: src ? src[1] : null, code: m[2] });
  }
  return out;
}

function run(html, scenario) {
  const effects = [];
  const el = (tag) => {
    const o = { tagName: String(tag).toUpperCase(), style: {}, children: [], attrs: {},
      setAttribute(k, v) { this.attrs[k] = v; }, appendChild(c) { note(c); this.children.push(c); return c; },
      insertBefore(c) { note(c); return c; } };
    return o;
  };
  const note = (c) => { if (c && c.src) effects.push('insert ' + c.tagName + ' src=' + c.src); };
  const scriptEl = el('script'); scriptEl.parentNode = { insertBefore(c) { note(c); return c; } };
  const loc = { _href: scenario.href, protocol: 'https:', get href() { return this._href; },
    set href(v) { effects.push('location -> ' + v); this._href = v; }, replace(v) { effects.push('location.replace -> ' + v); } };
  const document = {
    referrer: scenario.referrer, cookie: '',
    write(s) { effects.push('document.write ' + s); }, writeln(s) { effects.push('document.writeln ' + s); },
    createElement: el,
    getElementsByTagName(t) { return t === 'head' ? [el('head')] : [scriptEl]; },
    getElementById() { return el('div'); }, querySelector() { return el('html'); }, body: el('body'),
  };
  Object.defineProperty(document, 'location', { get() { return loc; }, set(v) { effects.push('document.location -> ' + v); } });
  // jQuery stub: records DOM insertions
  function J(sel) {
    if (typeof sel === 'function') { sel(); return J._obj(sel); }
    return J._obj(sel);
  }
  J._obj = (sel) => {
    const o = {
      sel, length: 5,
      append(h) { effects.push('$(' + sel + ').append ' + String(h).slice(0, 300)); return o; },
      prepend(h) { effects.push('$(' + sel + ').prepend ' + String(h).slice(0, 300)); return o; },
      attr() { return o; }, appendTo(t) { effects.push('$(' + sel + ').appendTo ' + t); return o; },
      hover() { return o; }, click() { return o; }, eq() { return o; }, index() { return 0; },
      addClass() { return o; }, removeClass() { return o; }, siblings() { return o; }, show() { return o; },
      hide() { return o; }, slideDown() { effects.push('$(' + sel + ').slideDown'); return o; }, slideUp() { return o; },
      ready(fn) { fn(); return o; },
    };
    return o;
  };
  J.each = (arr, fn) => { arr.forEach((v, i) => fn(i, v)); };
  J.getScript = (u, cb) => { effects.push('$.getScript ' + u); };
  const ctx = {
    document, navigator: { userAgent: scenario.ua, platform: scenario.platform }, location: loc,
    setTimeout(fn) { if (typeof fn === 'string') vm.runInContext(fn, ctx); else fn(); return 1; },
    setInterval(fn) { effects.push('setInterval ' + String(fn).slice(0, 40)); return 2; }, clearInterval() {}, console,
    decodeURIComponent, unescape, escape, String, Math, RegExp, Date, Number, Array, JSON,
  };
  ctx.window = ctx; ctx.self = ctx; ctx.top = ctx;
  ctx.MutationObserver = function () { return { observe() { effects.push('MutationObserver.observe'); } }; };
  vm.createContext(ctx);
  let hasJq = false;
  for (const s of scriptsOf(html)) {
    if (s.src) {
      effects.push('static <script src=' + s.src + '>');
      if (/jquery/i.test(s.src) && s.src.startsWith('/')) { hasJq = true; ctx.$ = J; ctx.jQuery = J; }
      continue;
    }
    try { vm.runInContext(s.code, ctx, { timeout: 1000 }); } catch (e) { effects.push('ERROR ' + e.message); }
  }
  return effects;
}

const scenarios = [
  { name: 'phone+baidu', platform: 'iPhone', ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) Mobile/15E148', referrer: 'https://www.baidu.com/link?url=x', href: 'https://www.example.gov.cn/info/1.htm' },
  { name: 'desktop direct', platform: 'Win32', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120', referrer: '', href: 'https://www.example.gov.cn/info/1.htm' },
];
for (const f of fs.readdirSync(DIR).sort()) {
  const html = decode(fs.readFileSync(path.join(DIR, f)));
  console.log('== ' + f);
  for (const sc of scenarios) {
    const eff = run(html, sc);
    console.log('  [' + sc.name + ']');
    for (const e of eff) console.log('    ' + e.replace(/\s+/g, ' ').slice(0, 220));
  }
}
