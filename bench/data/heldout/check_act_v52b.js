// check_act_v52b.js — run each page of real-cases-v52b (bench/data/heldout/; written in pending-v52/) in jsdom under 5 visitor profiles, with
// no network (no `resources` option: jsdom fetches no script, iframe or image), and report what its code does.
// usage: node check_act_v52b.js <real-cases-v52b dir>   (jsdom from $K52B_JSDOM, default /tmp/k52j/node_modules/jsdom)
// Output: one JSON line per page: {id, profiles: {name: {writes, inserted, static_remote, navigated, title_changed}}}
"use strict";
const fs = require("fs");
const path = require("path");
const jsdomPath = process.env.K52B_JSDOM || "/tmp/k52j/node_modules/jsdom";
const { JSDOM, VirtualConsole } = require(jsdomPath);

const PROFILES = {
  desktop: { ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", ref: "" },
  search: { ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", ref: "https://www.baidu.com/link?url=Kx3&wd=%E6%96%B0%E9%97%BB" },
  mobile: { ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1", ref: "" },
  msie: { ua: "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)", ref: "" },
  spider: { ua: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", ref: "" },
};

function remoteRefs(doc, base) {
  const out = [];
  for (const el of doc.querySelectorAll("script[src], iframe[src], img[src], frame[src]")) {
    const raw = el.getAttribute("src");
    let host = "";
    try { host = new URL(raw, base).hostname; } catch (e) { host = "?"; }
    out.push(el.tagName.toLowerCase() + " " + host + " " + raw);
  }
  return out;
}

function runOne(htmlText, url, prof) {
  return new Promise((resolve) => {
    const rec = { writes: [], inserted: [], static_remote: [], navigated: 0, title_changed: false, errors: [] };
    const vc = new VirtualConsole();
    vc.on("jsdomError", (e) => {
      const m = String(e && e.message || e);
      if (m.indexOf("navigation") >= 0) rec.navigated += 1; else rec.errors.push(m.slice(0, 120));
    });
    const staticDom = new JSDOM(htmlText, { url });
    const staticRefs = remoteRefs(staticDom.window.document, url);
    const staticTitle = staticDom.window.document.title;
    let dom;
    try {
      dom = new JSDOM(htmlText, {
        url, referrer: prof.ref || undefined, runScripts: "dangerously", virtualConsole: vc, pretendToBeVisual: true,
        beforeParse(window) {
          Object.defineProperty(window.navigator, "userAgent", { get: () => prof.ua });
          Object.defineProperty(window.navigator, "appVersion", { get: () => prof.ua.replace(/^Mozilla\//, "") });
          const d = window.document;
          const w0 = d.write.bind(d), wl0 = d.writeln.bind(d);
          d.write = function (...a) { rec.writes.push(a.join("").slice(0, 200)); return w0(...a); };
          d.writeln = function (...a) { rec.writes.push(a.join("").slice(0, 200)); return wl0(...a); };
        },
      });
    } catch (e) { rec.errors.push("construct: " + e.message); return resolve(rec); }
    const finish = () => {
      try {
        const after = remoteRefs(dom.window.document, url);
        const st = new Set(staticRefs);
        rec.inserted = after.filter((r) => !st.has(r));
        rec.static_remote = staticRefs.filter((r) => !r.includes(" " + new URL(url).hostname + " "));
        rec.title_changed = dom.window.document.title !== staticTitle;
      } catch (e) { rec.errors.push("finish: " + e.message); }
      try { dom.window.close(); } catch (e) { /* ignore */ }
      resolve(rec);
    };
    dom.window.addEventListener("load", () => setTimeout(finish, 60));
    setTimeout(finish, 1500);
  });
}

async function main() {
  const dir = process.argv[2] || path.join(__dirname, "real-cases-v52b");
  const truth = fs.readFileSync(path.join(dir, "truth.jsonl"), "utf8").trim().split("\n").map(JSON.parse);
  for (const t of truth) {
    const buf = fs.readFileSync(path.join(dir, "html", t.id + ".html"));
    const text = new TextDecoder(t.encoding).decode(buf);
    const res = { id: t.id, profiles: {} };
    for (const [name, prof] of Object.entries(PROFILES)) {
      const r = await runOne(text, t.url, prof);
      res.profiles[name] = r;
    }
    process.stdout.write(JSON.stringify(res) + "\n");
  }
}
main();
