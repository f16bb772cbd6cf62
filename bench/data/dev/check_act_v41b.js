// check_act_v41b.js (keeper k41b): run a page's inline scripts in jsdom (no resource loading, no network) and print one JSON line
// of what they did: document.write of markup, createElement script/iframe, inserted remote script/iframe, new Image().src, window.open, navigation.
// Needs the npm package jsdom (resolve it with NODE_PATH). Used by validate_v41b.py.
// usage: node check_act.js file.html [ua]
// Runs a page's inline scripts in jsdom (no resource loading, no network) and prints JSON of what they did.
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const file = process.argv[2];
const ua = process.argv[3] || 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0';
const buf = fs.readFileSync(file);
let enc = 'utf-8';
const head = buf.slice(0, 2048).toString('latin1');
const m = head.match(/charset=["']?([\w-]+)/i);
if (m) enc = m[1].toLowerCase();
const { TextDecoder } = require('util');
const html = new TextDecoder(enc === 'gbk' || enc === 'gb2312' ? 'gb18030' : enc).decode(buf);
const acts = [];
const vc = new VirtualConsole();
vc.on('jsdomError', e => { const s = String(e && e.message || e); if (/navigation/i.test(s)) acts.push('navigate'); });
const dom = new JSDOM(html, {
  runScripts: 'dangerously', pretendToBeVisual: true, url: 'http://www.example.gov.cn/art/2020/1/1/art_1.html',
  referrer: 'https://www.baidu.com/link?url=x', userAgent: ua, virtualConsole: vc,
  beforeParse(w) {
    const d = w.document;
    const ow = d.write.bind(d), owl = d.writeln.bind(d);
    d.write = function (...a) { const s = a.join(''); if (/<(script|iframe|frame|meta|a |div|img)/i.test(s)) acts.push('write:' + s.slice(0, 120)); else if (s.trim()) acts.push('write-text:' + s.slice(0, 80)); return ow(...a); };
    d.writeln = function (...a) { const s = a.join(''); acts.push('write:' + s.slice(0, 120)); return owl(...a); };
    w.open = function (u) { acts.push('open:' + u); return null; };
    const oce = d.createElement.bind(d);
    d.createElement = function (t, ...r) { const el = oce(t, ...r); if (/^(script|iframe)$/i.test(String(t))) acts.push('create:' + String(t).toLowerCase()); return el; };
    try { Object.defineProperty(w.navigator, 'userAgent', { get: () => ua }); } catch (e) {}
    const OI = w.Image;
    w.Image = function (...a) { const im = new OI(...a); const d0 = Object.getOwnPropertyDescriptor(w.HTMLImageElement.prototype, 'src');
      Object.defineProperty(im, 'src', { set(v) { acts.push('image:' + String(v).slice(0, 80)); d0.set.call(im, v); }, get() { return d0.get.call(im); } }); return im; };
  }
});
const w = dom.window;
const before = new Set();
const srcs = () => Array.from(w.document.querySelectorAll('script[src],iframe[src],frame[src]')).map(e => e.tagName.toLowerCase() + ':' + e.getAttribute('src'));
setTimeout(() => {
  const after = srcs();
  const orig = new JSDOM(html).window.document;
  const o = new Set(Array.from(orig.querySelectorAll('script[src],iframe[src],frame[src]')).map(e => e.tagName.toLowerCase() + ':' + e.getAttribute('src')));
  const added = after.filter(s => !o.has(s));
  const metas = Array.from(orig.querySelectorAll('meta[http-equiv]')).filter(e => /refresh/i.test(e.getAttribute('http-equiv'))).map(e => e.getAttribute('content'));
  let href = ''; try { href = w.location.href; } catch (e) {}
  console.log(JSON.stringify({ file, acts: acts.slice(0, 20), added, static_remote: Array.from(o).filter(s => /\/\//.test(s)), meta_refresh: metas }));
  w.close(); process.exit(0);
}, 2500);
