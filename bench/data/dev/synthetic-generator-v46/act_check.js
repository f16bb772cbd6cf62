// act_check.js PAGE ENCODING -> JSON {profile: [actions]} for the page's inline scripts under five fake visitors
'use strict';
const fs = require('fs');
const vm = require('vm');
const [page, encoding] = process.argv.slice(2);
const src = new TextDecoder(encoding || 'utf-8').decode(fs.readFileSync(page));
const inline = [];
for (const m of src.matchAll(/<script([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (!/\ssrc\s*=/i.test(m[1])) inline.push(m[2]);
}
const visitors = {
  baiduspider: { ua: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', ref: '' },
  phone_from_search: { ua: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) Mobile Safari/537.36', ref: 'https://m.baidu.com/s?word=news' },
  phone_direct: { ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) Mobile/15E148', ref: '' },
  desktop_from_search: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0', ref: 'https://www.sogou.com/web?query=news' },
  desktop_direct: { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0', ref: '' },
};
const out = {};
for (const [name, v] of Object.entries(visitors)) {
  const acts = [];
  const go = (u) => acts.push('navigate ' + u);
  const loc = { host: 'site.example', pathname: '/', search: '', replace: go, assign: go,
    get href() { return 'https://site.example/'; }, set href(u) { go(u); } };
  const el = (tag) => ({ tagName: tag, style: {}, setAttribute() {}, appendChild() {} });
  const doc = {
    referrer: v.ref, cookie: '', _title: '',
    get title() { return this._title; }, set title(t) { this._title = t; acts.push('title ' + t); },
    write: (s) => acts.push('write ' + String(s).slice(0, 100)), writeln: (s) => acts.push('write ' + String(s).slice(0, 100)),
    createElement: el, getElementById: () => el('div'), getElementsByTagName: () => [el('x')],
    body: { appendChild: (e) => acts.push('append ' + (e.tagName || '') + ' ' + (e.src || '')) },
    head: { appendChild: (e) => acts.push('append ' + (e.tagName || '') + ' ' + (e.src || '')) },
  };
  const win = { document: doc, navigator: { userAgent: v.ua }, setTimeout: (f) => (typeof f === 'function' ? f() : 0),
    atob: (s) => Buffer.from(s, 'base64').toString('latin1'), addEventListener() {} };
  Object.defineProperty(win, 'location', { get: () => loc, set: go });
  win.window = win; win.top = win; win.self = win; win.parent = win;
  const ctx = vm.createContext(win);
  for (const code of inline) {
    try { vm.runInContext(code, ctx, { timeout: 2000 }); } catch (e) { acts.push('error ' + e.message); }
  }
  out[name] = acts;
}
console.log(JSON.stringify(out));
