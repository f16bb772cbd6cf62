#!/usr/bin/env node
// check_act_v48b.js — run every page of real-cases-v48b in jsdom under several visitor profiles and report what
// its scripts do: document.write calls, remote scripts/iframes/images loaded or inserted, navigations, popups,
// XHR/fetch requests, cookies. No network: every resource request is recorded and answered with an empty body.
// Usage: node check_act_v48b.js [folder] [--json]    (jsdom from K48B_JSDOM, or require('jsdom'))
// folder defaults to bench/data/dev/real-cases-v48b (real-cases-v48b next to this file; pending-v48/ at collection,
// heldout/ while held out).
'use strict';
const fs = require('fs');
const path = require('path');
let jsdomPath = process.env.K48B_JSDOM || 'jsdom';
const { JSDOM, VirtualConsole, ResourceLoader } = require(jsdomPath);

const folder = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2]
  : path.join(__dirname, 'real-cases-v48b');
const asJson = process.argv.includes('--json');

const PROFILES = {
  desktop: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', ref: '' },
  desktop_search: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', ref: 'https://www.google.com/search?q=news' },
  mobile: { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1', ref: 'https://www.baidu.com/s?wd=news' },
  msie: { ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)', ref: '' },
  baiduspider: { ua: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', ref: '' },
};

function decodePage(buf) {
  const head = buf.slice(0, 600).toString('latin1').toLowerCase();
  const m = head.match(/charset=["']?([a-z0-9-]+)/);
  const enc = m ? m[1] : 'utf-8';
  try { return new TextDecoder(enc === 'gbk' ? 'gbk' : enc).decode(buf); } catch (e) { return buf.toString('utf8'); }
}

class RecLoader extends ResourceLoader {
  constructor(ua, log) { super({ userAgent: ua }); this.log = log; }
  fetch(url, options) {
    this.log.push({ type: 'request', url, as: options && options.element ? options.element.localName : '' });
    const p = Promise.resolve(Buffer.from(''));
    p.abort = () => {};
    return p;
  }
}

function hostOf(u) { try { return new URL(u).hostname; } catch (e) { return ''; } }

async function runPage(file, url, profile) {
  const buf = fs.readFileSync(file);
  const html = decodePage(buf);
  const log = [];
  const vc = new VirtualConsole();
  vc.on('jsdomError', (err) => {
    const msg = String(err && err.message || err);
    if (/navigation/i.test(msg)) log.push({ type: 'navigate', detail: msg.slice(0, 120) });
    else log.push({ type: 'error', detail: msg.slice(0, 160) });
  });
  const pageHost = hostOf(url);
  let dom;
  await new Promise((resolve) => {
    dom = new JSDOM(html, {
      url, referrer: profile.ref || undefined, runScripts: 'dangerously', pretendToBeVisual: true,
      resources: new RecLoader(profile.ua, log), virtualConsole: vc,
      beforeParse(window) {
        const d = window.document;
        const ow = d.write.bind(d), owl = d.writeln.bind(d);
        d.write = function (...a) { log.push({ type: 'write', detail: a.join('').slice(0, 200) }); return ow(...a); };
        d.writeln = function (...a) { log.push({ type: 'write', detail: a.join('').slice(0, 200) }); return owl(...a); };
        window.open = function (u) { log.push({ type: 'popup', url: String(u) }); return { focus() {} }; };
        window.XMLHttpRequest.prototype.open = function (m, u) { log.push({ type: 'xhr', url: String(u) }); this._k48bBlocked = true; };
        window.XMLHttpRequest.prototype.send = function () {};
        window.fetch = function (u) { log.push({ type: 'fetch', url: String(u) }); return new Promise(() => {}); };
        window.addEventListener('load', () => setTimeout(resolve, 1500));
      },
    });
    setTimeout(resolve, 4000);
  });
  // inserted remote elements
  const els = [];
  for (const el of dom.window.document.querySelectorAll('script[src],iframe[src],img[src],frame[src]')) {
    const src = el.getAttribute('src');
    let abs; try { abs = new URL(src, url).href; } catch (e) { continue; }
    const h = hostOf(abs);
    if (h && h !== pageHost) els.push({ type: 'element', tag: el.localName, url: abs });
  }
  const cookies = dom.window.document.cookie;
  dom.window.close();
  const remote = new Set();
  for (const x of log.concat(els)) if (x.url && hostOf(x.url) && hostOf(x.url) !== pageHost) remote.add(hostOf(x.url));
  const writes = log.filter((x) => x.type === 'write').length;
  const navs = log.filter((x) => x.type === 'navigate');
  const popups = log.filter((x) => x.type === 'popup');
  const xhr = log.filter((x) => x.type === 'xhr' || x.type === 'fetch');
  return { writes, remote: [...remote].sort(), elements: els, navs, popups, xhr, cookies, errors: log.filter((x) => x.type === 'error').map((x) => x.detail) };
}

async function main() {
  const truth = fs.readFileSync(path.join(folder, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const report = [];
  for (const t of truth) {
    const file = path.join(folder, 'html', t.id + '.html');
    const res = {};
    for (const [name, prof] of Object.entries(PROFILES)) res[name] = await runPage(file, t.url, prof);
    const acts = Object.entries(res).filter(([, r]) => r.remote.length || r.navs.length || r.popups.length).map(([n]) => n);
    report.push({ id: t.id, hijacked: t.hijacked, acts_under: acts, profiles: res });
    if (!asJson) {
      const summ = Object.entries(res).map(([n, r]) => `${n}: w${r.writes} remote[${r.remote.join(',')}]${r.navs.length ? ' NAV' : ''}${r.popups.length ? ' POPUP' : ''}${r.xhr.length ? ' XHR' : ''}`).join(' | ');
      console.log(`${t.id} ${t.hijacked ? 'HIJ' : 'cln'} acts_under=[${acts.join(',')}]\n    ${summ}`);
    }
  }
  if (asJson) console.log(JSON.stringify(report, null, 1));
}
main().catch((e) => { console.error(e); process.exit(2); });
