#!/usr/bin/env node
// check_act_v50b.js — runs every page of real-cases-v50b in jsdom (no network) under 5 visitor profiles and
// reports what its scripts do: document.write calls, navigations (location changes), elements with a src/href
// added by script, external resources present in the final DOM, XHR/fetch calls, cookies set.
// Usage: K50B_JSDOM=/path/to/node_modules/jsdom node check_act_v50b.js [folder] > report.json
'use strict';
const fs = require('fs');
const path = require('path');
const jsdomDir = process.env.K50B_JSDOM || 'jsdom';
const jsdomRoot = jsdomDir === 'jsdom' ? path.dirname(require.resolve('jsdom/package.json')) : jsdomDir;
// hook navigation before jsdom loads (Location-impl destructures `navigate` at require time)
const navMod = require(path.join(jsdomRoot, 'lib/jsdom/living/window/navigation.js'));
let whatwg;
try { whatwg = require(require.resolve('whatwg-url', { paths: [jsdomRoot] })); } catch (e) { whatwg = null; }
let CURRENT = null;
const origNavigate = navMod.navigate;
navMod.navigate = function (window, newURL, flags) {
  try {
    const u = whatwg ? whatwg.serializeURL(newURL) : String(newURL);
    if (CURRENT) CURRENT.navigations.push(u);
  } catch (e) { if (CURRENT) CURRENT.navigations.push('<unserializable>'); }
  return undefined; // do not navigate
};
const { JSDOM, VirtualConsole } = require(jsdomRoot);

const PROFILES = {
  desktop: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', referrer: '' },
  search: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', referrer: 'https://www.baidu.com/link?url=k50b' },
  mobile: { ua: 'Mozilla/5.0 (Linux; Android 12; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', referrer: 'https://m.baidu.com/from=k50b' },
  msie: { ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)', referrer: '' },
  googlebot: { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', referrer: '' },
};

function hostOf(u, base) { try { return new URL(u, base).host.toLowerCase(); } catch (e) { return null; } }

function runPage(htmlText, pageUrl, prof) {
  return new Promise((resolve) => {
    const rec = { writes: [], navigations: [], added: [], final_ext: [], xhr: [], cookies: [], errors: [] };
    CURRENT = rec;
    const vc = new VirtualConsole();
    vc.on('jsdomError', (e) => { rec.errors.push(String(e && e.message || e).slice(0, 200)); });
    let dom;
    const finish = () => {
      try {
        const d = dom.window.document;
        for (const el of d.querySelectorAll('script[src],iframe[src],frame[src],img[src],embed[src],link[href],a[href]')) {
          const tag = el.tagName.toLowerCase();
          const raw = el.getAttribute(tag === 'link' || tag === 'a' ? 'href' : 'src');
          const h = hostOf(raw, pageUrl);
          if (h && h !== new URL(pageUrl).host) rec.final_ext.push({ tag, url: raw, host: h, hidden: hiddenish(el) });
        }
        for (const m of d.querySelectorAll('meta[http-equiv]')) {
          if (/refresh/i.test(m.getAttribute('http-equiv'))) rec.navigations.push('meta-refresh:' + m.getAttribute('content'));
        }
      } catch (e) { rec.errors.push('scan:' + e.message); }
      CURRENT = null;
      try { dom.window.close(); } catch (e) {}
      resolve(rec);
    };
    function hiddenish(el) {
      for (let n = el; n && n.getAttribute; n = n.parentNode) {
        const st = (n.getAttribute('style') || '').replace(/\s+/g, '').toLowerCase();
        if (/display:none|visibility:hidden/.test(st)) return true;
        if (n.getAttribute('width') !== null && parseInt(n.getAttribute('width'), 10) <= 10 && n.tagName && n.tagName.toLowerCase() === 'iframe') return true;
      }
      return false;
    }
    dom = new JSDOM(htmlText, {
      url: pageUrl, referrer: prof.referrer || undefined, runScripts: 'dangerously', pretendToBeVisual: true, virtualConsole: vc,
      beforeParse(window) {
        Object.defineProperty(window.navigator, 'userAgent', { get: () => prof.ua, configurable: true });
        const D = window.Document.prototype;
        for (const fn of ['write', 'writeln']) {
          const orig = D[fn];
          D[fn] = function (...args) { rec.writes.push(args.join('').slice(0, 400)); return orig.apply(this, args); };
        }
        const N = window.Node.prototype;
        const logEl = (el, how) => {
          if (el && el.tagName) {
            const tag = el.tagName.toLowerCase();
            if (['script', 'iframe', 'img', 'frame', 'embed', 'link'].includes(tag)) rec.added.push({ tag, how, url: el.getAttribute('src') || el.getAttribute('href') || el.src || '' });
          }
        };
        for (const fn of ['appendChild', 'insertBefore']) {
          const orig = N[fn];
          N[fn] = function (el, ...r) { const out = orig.call(this, el, ...r); logEl(el, fn); return out; };
        }
        const E = window.Element.prototype, origSet = E.setAttribute;
        E.setAttribute = function (k, v) {
          if (/^(src|href)$/i.test(k) && this.isConnected) rec.added.push({ tag: this.tagName.toLowerCase(), how: 'setAttribute-after-insert', url: String(v) });
          return origSet.call(this, k, v);
        };
        const XO = window.XMLHttpRequest.prototype.open;
        window.XMLHttpRequest.prototype.open = function (m, u, ...r) { rec.xhr.push(m + ' ' + u); return XO.call(this, m, u, ...r); };
        window.XMLHttpRequest.prototype.send = function () {};
        window.fetch = function (u) { rec.xhr.push('fetch ' + u); return new Promise(() => {}); };
        const cd = Object.getOwnPropertyDescriptor(D, 'cookie');
        Object.defineProperty(window.document, 'cookie', { configurable: true, get() { return cd.get.call(this); }, set(v) { rec.cookies.push(String(v).slice(0, 200)); cd.set.call(this, v); } });
      },
    });
    dom.window.addEventListener('load', () => setTimeout(finish, 400));
    setTimeout(() => { if (CURRENT === rec) finish(); }, 3000);
  });
}

async function main() {
  const folder = process.argv[2] || path.join(__dirname, 'real-cases-v50b');
  const truth = fs.readFileSync(path.join(folder, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const report = {};
  for (const t of truth) {
    const bytes = fs.readFileSync(path.join(folder, 'html', t.id + '.html'));
    const text = new TextDecoder(t.encoding || 'utf-8').decode(bytes);
    const pageUrl = 'http://' + t.site + '/k50b/' + t.id + '.html';
    report[t.id] = {};
    for (const [name, prof] of Object.entries(PROFILES)) {
      // one page at a time (CURRENT is global)
      report[t.id][name] = await runPage(text, pageUrl, prof);
    }
  }
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
}
main().catch((e) => { console.error(e); process.exit(2); });
