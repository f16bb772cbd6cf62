#!/usr/bin/env node
// check_act_v46b.js — run every page of real-cases-v46b in jsdom under several visitor profiles and
// report what its scripts do: document.write calls, resources the page asks for (scripts, iframes,
// images: nothing is fetched, every request is answered with nothing), navigations, errors.
//
// Usage: NODE_PATH=<dir holding jsdom> node check_act_v46b.js [folder] [--json]
//   folder defaults to real-cases-v46b next to this file; prints one line per page and profile,
//   or (with --json) one JSON object {id: {profile: report}} for validate_v46b.py.
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole, ResourceLoader } = require("jsdom");

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const folder = args.find(a => !a.startsWith("--")) || path.join(__dirname, "real-cases-v46b");

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const PROFILES = {
  direct: { ua: CHROME, referrer: "" },
  search: { ua: CHROME, referrer: "https://www.baidu.com/link?url=k46b&wd=&eqid=9f2c" },
  spider: { ua: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", referrer: "" },
  msie: { ua: "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)", referrer: "" },
  mobile: { ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari/604.1", referrer: "https://m.baidu.com/from=844b/s?word=k46b" },
};
const WAIT_MS = 2200; // longer than the 1500 ms retry timers some loaders use

class NoFetch extends ResourceLoader {
  constructor(ua, log) { super({ userAgent: ua }); this.log = log; }
  fetch(url, options) {
    const el = options && options.element;
    this.log.loads.push({ tag: el ? el.localName : "?", url: String(url) });
    return null; // never fetch: the page only shows what it asks for
  }
}

function truthUrls(dir) {
  const m = {};
  const t = path.join(dir, "truth.jsonl");
  if (fs.existsSync(t)) {
    for (const line of fs.readFileSync(t, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      m[o.id] = o.url;
    }
  }
  return m;
}

function runOne(file, url, prof) {
  return new Promise(resolve => {
    const log = { writes: [], loads: [], navigations: 0, errors: [] };
    const vc = new VirtualConsole();
    vc.on("jsdomError", e => {
      const msg = String(e && e.message || e);
      if (/navigation/i.test(msg)) log.navigations += 1;
      else log.errors.push(msg.slice(0, 160));
    });
    let dom;
    try {
      dom = new JSDOM(fs.readFileSync(file), {
        url, referrer: prof.referrer || undefined, runScripts: "dangerously", pretendToBeVisual: true,
        virtualConsole: vc, resources: new NoFetch(prof.ua, log),
        beforeParse(window) {
          const doc = window.document;
          for (const name of ["write", "writeln"]) {
            const orig = doc[name];
            doc[name] = function (...a) { log.writes.push(a.join("").slice(0, 400)); return orig.apply(this, a); };
          }
        },
      });
    } catch (e) { log.errors.push("construct: " + e.message); return resolve(log); }
    setTimeout(() => {
      try {
        // created/written elements whose src the loader may not have been asked for (e.g. images)
        for (const el of dom.window.document.querySelectorAll("img[src], iframe[src], script[src], embed[src]")) {
          const u = el.src;
          if (!log.loads.some(l => l.url === u)) log.loads.push({ tag: el.localName, url: u, dom: true });
        }
      } catch (e) { log.errors.push("scan: " + e.message); }
      dom.window.close();
      resolve(log);
    }, WAIT_MS);
  });
}

async function main() {
  const htmlDir = path.join(folder, "html");
  const urls = truthUrls(folder);
  const files = fs.readdirSync(htmlDir).filter(f => f.endsWith(".html")).sort();
  const out = {};
  await Promise.all(files.map(async f => {
    const id = f.replace(/\.html$/, "");
    out[id] = {};
    for (const [pname, prof] of Object.entries(PROFILES)) {
      out[id][pname] = await runOne(path.join(htmlDir, f), urls[id] || "http://example.invalid/", prof);
    }
  }));
  if (asJson) { process.stdout.write(JSON.stringify(out) + "\n"); return; }
  for (const id of Object.keys(out).sort()) {
    for (const [p, r] of Object.entries(out[id])) {
      const hosts = [...new Set(r.loads.map(l => { try { return l.tag + ":" + new URL(l.url).host; } catch (e) { return l.tag + ":?"; } }))];
      console.log(`${id} ${p.padEnd(6)} writes=${r.writes.length} nav=${r.navigations} loads=${hosts.join(",") || "-"}${r.errors.length ? " errors=" + r.errors.length : ""}`);
    }
  }
}
main().catch(e => { console.error(e); process.exit(1); });
