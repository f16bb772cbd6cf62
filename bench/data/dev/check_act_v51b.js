#!/usr/bin/env node
// check_act_v51b.js — run each page's scripts in jsdom (no network) under several visitor profiles and
// report what the page does: document.write calls, elements created/inserted (script, iframe, img),
// resource fetches jsdom attempts (scripts, iframes), image beacons, XHR/fetch calls, navigations.
// Usage: node check_act_v51b.js <html dir> <truth.jsonl>   (jsdom from $K51B_JSDOM or require('jsdom'))
// Output: one JSON object per page and profile on stdout.
'use strict';
const fs = require('fs');
const path = require('path');
const jsdomPath = process.env.K51B_JSDOM || 'jsdom';
const { JSDOM, ResourceLoader, VirtualConsole } = require(jsdomPath);

const PROFILES = {
  desktop: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', referrer: '' },
  search: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', referrer: 'https://www.baidu.com/link?url=abc&wd=' },
  mobile: { ua: 'Mozilla/5.0 (Linux; Android 12; SM-G9910) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36', referrer: 'https://m.sogou.com/web?query=x' },
  msie: { ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)', referrer: '' },
  googlebot: { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', referrer: '' },
};

function hostOf(u, base) {
  try { return new URL(u, base).hostname.toLowerCase(); } catch (e) { return null; }
}

class Recorder extends ResourceLoader {
  constructor(ua, log, base) { super({ userAgent: ua }); this.log = log; this.base = base; }
  fetch(url, options) {
    const el = options && options.element;
    this.log.push({ act: 'fetch', tag: el ? el.localName : null, url: String(url) });
    return Promise.resolve(Buffer.from(''));
  }
}

function runPage(file, url, encoding, profile) {
  const log = [];
  const buf = fs.readFileSync(file);
  const vc = new VirtualConsole();
  vc.on('jsdomError', (e) => {
    const msg = String(e.message || e);
    if (/Not implemented: navigation/.test(msg)) log.push({ act: 'navigate', url: 'about:navigation', msg: msg.slice(0, 160) });
    else log.push({ act: 'error', msg: msg.slice(0, 160) });
  });
  const dom = new JSDOM(buf, {
    url, referrer: profile.referrer || undefined, contentType: 'text/html', runScripts: 'dangerously',
    resources: new Recorder(profile.ua, log, url), pretendToBeVisual: true, virtualConsole: vc,
    beforeParse(window) {
      const doc = window.document;
      const origWrite = doc.write.bind(doc);
      const origWriteln = doc.writeln.bind(doc);
      doc.write = function (...a) { log.push({ act: 'document.write', text: a.join('').slice(0, 300) }); return origWrite(...a); };
      doc.writeln = function (...a) { log.push({ act: 'document.writeln', text: a.join('').slice(0, 300) }); return origWriteln(...a); };
      const imgDesc = Object.getOwnPropertyDescriptor(window.HTMLImageElement.prototype, 'src');
      Object.defineProperty(window.HTMLImageElement.prototype, 'src', {
        configurable: true, get() { return imgDesc.get.call(this); },
        set(v) { log.push({ act: 'img.src', url: String(v) }); return imgDesc.set.call(this, v); },
      });
      const X = window.XMLHttpRequest;
      window.XMLHttpRequest = function () {
        const o = { readyState: 0, status: 0, responseText: '', DONE: 4 };
        o.open = function (m, u) { log.push({ act: 'xhr.open', method: m, url: String(u) }); };
        o.send = function () { o.readyState = 4; o.status = 0; if (o.onreadystatechange) try { o.onreadystatechange(); } catch (e) {} };
        o.setRequestHeader = function () {};
        return o;
      };
      window.XMLHttpRequest.DONE = 4; void X;
      window.fetch = function (u) { log.push({ act: 'fetch()', url: String(u) }); return new Promise(() => {}); };
      // navigations: jsdom does not navigate; it reports "Not implemented: navigation" as a jsdomError,
      // which the virtual console handler below turns into a 'navigate' event.
      const obs = new window.MutationObserver((muts) => {
        for (const m of muts) for (const n of m.addedNodes) {
          if (n.nodeType !== 1) continue;
          const els = [n, ...n.querySelectorAll('script[src],iframe,frame,img')];
          for (const el of els) {
            const t = el.localName;
            if (t === 'script' && el.getAttribute('src')) log.push({ act: 'inserted', tag: 'script', url: el.getAttribute('src') });
            else if (t === 'iframe' || t === 'frame') log.push({ act: 'inserted', tag: t, url: el.getAttribute('src') || '', style: el.getAttribute('style') || '', width: el.getAttribute('width'), height: el.getAttribute('height') });
          }
        }
      });
      window.__k51b_obs = obs;
      obs.observe(doc, { childList: true, subtree: true });
    },
  });
  return new Promise((resolve) => {
    const w = dom.window;
    let fired = false;
    const done = () => {
      if (fired) return;
      fired = true;
      setTimeout(() => {
        // static state after load
        const scripts = [...w.document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
        const iframes = [...w.document.querySelectorAll('iframe,frame')].map((f) => f.getAttribute('src'));
        try { w.close(); } catch (e) {}
        resolve({ log, scripts, iframes, href: null });
      }, 400);
    };
    if (w.document.readyState === 'complete') done(); else w.addEventListener('load', done);
    setTimeout(done, 3000);
  });
}

async function main() {
  const [htmlDir, truthPath] = process.argv.slice(2);
  const rows = fs.readFileSync(truthPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const r of rows) {
    const file = path.join(htmlDir, r.id + '.html');
    const own = hostOf(r.url);
    for (const [pname, prof] of Object.entries(PROFILES)) {
      let res;
      try { res = await runPage(file, r.url, r.encoding, prof); } catch (e) { res = { log: [{ act: 'crash', msg: String(e) }], scripts: [], iframes: [] }; }
      const hosts = new Set();
      const acts = new Set();
      for (const e of res.log) {
        if (e.act === 'error' || e.act === 'crash') continue;
        let u = e.url;
        if (e.act.startsWith('document.write')) {
          acts.add('write');
          const m = /(?:src|href)\s*=\s*["']?([^"' >]+)/ig; let mm;
          while ((mm = m.exec(e.text))) { const h = hostOf(mm[1], r.url); if (h && h !== own) hosts.add(h); }
          continue;
        }
        if (u) { const h = hostOf(u, r.url); if (h && h !== own) { hosts.add(h); acts.add(e.act === 'fetch' ? 'load:' + (e.tag || '?') : e.act); } }
      }
      for (const s of res.scripts) { const h = hostOf(s, r.url); if (h && h !== own) { hosts.add(h); acts.add('script_tag'); } }
      for (const s of res.iframes) { const h = hostOf(s || '', r.url); if (h && h !== own) { hosts.add(h); acts.add('iframe'); } }
      const errors = res.log.filter((e) => e.act === 'error' || e.act === 'crash').map((e) => e.msg);
      process.stdout.write(JSON.stringify({ id: r.id, profile: pname, hijacked: r.hijacked, acts: [...acts].sort(), hosts: [...hosts].sort(), errors, events: res.log.filter((e) => e.act !== 'error').slice(0, 25) }) + '\n');
    }
  }
}
main();
