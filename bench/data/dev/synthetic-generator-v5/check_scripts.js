// Runs the inline scripts of the synthetic-v5 pages in node with a fake browser whose every gate is open
// (Chinese timezone/language, search-engine referrer, mobile touch UA, webdriver, weekend, second visit) and
// checks that each hijacked page's scripts reveal at least one of its spam strings or a redirect/overlay.
// Usage: node check_scripts.js ../synthetic-v5
const fs = require('fs'), path = require('path'), vm = require('vm');
const dir = process.argv[2] || path.join(__dirname, '..', 'synthetic-v5');
const truth = fs.readFileSync(path.join(dir, 'truth.jsonl'), 'utf8').trim().split('\n').map(JSON.parse);
let bad = 0;
for (const t of truth) {
  const raw = fs.readFileSync(path.join(dir, 'html', t.id + '.html'), 'latin1');
  const scripts = [...raw.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(m => m[1]).filter(s => s.trim());
  if (!scripts.length) continue;
  const out = [];
  const el = () => ({ style: {}, setAttribute() {}, insertAdjacentHTML(p, h) { out.push(h) }, insertAdjacentText(p, s) { out.push(s) },
                      appendChild(c) { out.push(c.textContent || c.src || '') }, insertBefore(c) { out.push(c.textContent || '') }, firstChild: null });
  const body = el();
  const doc = { referrer: 'https://www.baidu.com/s?wd=x', title: '', body, documentElement: el(),
    querySelector: () => el(), querySelectorAll: () => [el(), el()], createElement: () => el(), write: s => out.push(s) };
  const loc = { hostname: 'example.gov.cn', replace: u => out.push('REDIRECT ' + u) };
  const win = { addEventListener: (e, f) => f(), requestIdleCallback: f => f(), ontouchstart: null };
  const ctx = { window: win, document: doc, location: loc, screen: { width: 390 }, setTimeout: f => f(),
    navigator: { userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile Baiduspider', language: 'zh-CN', webdriver: true },
    Intl: { DateTimeFormat: () => ({ resolvedOptions: () => ({ timeZone: 'Asia/Shanghai' }) }) },
    sessionStorage: { _v: { _pv: '1' }, getItem(k) { return this._v[k] }, setItem(k, v) { this._v[k] = v } },
    TextDecoder };
  ctx.Date = class extends Date { getDay() { return 6 } };
  Object.assign(win, ctx); ctx.window = win;
  vm.createContext(ctx);
  for (const s of scripts) { try { vm.runInContext(s, ctx) } catch (e) { out.push('ERROR ' + e.message) } }
  const all = out.join(' ') + ' ' + doc.title;
  const hit = t.spam_strings.some(s => all.includes(s)) || /REDIRECT|\/m\//.test(all);
  const err = /ERROR/.test(all);
  if (!hit || err) { bad++; console.log('FAIL', t.id, t.injections.join(','), all.slice(0, 200)) }
  else console.log('ok  ', t.id, t.injections.filter(x => x.startsWith('script')).join(','));
}
console.log(bad ? bad + ' failing' : 'all scripts reveal their spam');
process.exit(bad ? 1 : 0);
