// check_act_v52s.js (keeper k52s): run the scripts of synthetic-v52 pages in jsdom and report what they do.
// usage: NODE_PATH=/tmp/k52sj/node_modules node check_act_v52s.js JOBS.json   (JOBS: [{id, url, html, ua, referrer, cookie, hour}])
// prints one JSON line per job: {id, navs: [...], scripts: [...], iframes: [...], writes: [...], title, errors}
"use strict";
const fs = require("fs");
const path = require("path");
const jsdomDir = path.dirname(require.resolve("jsdom/package.json"));
const { JSDOM, VirtualConsole, CookieJar } = require("jsdom");
const utils = require(path.join(jsdomDir, "lib/generated/idl/utils.js"));
const whatwgURL = require(require.resolve("whatwg-url", { paths: [jsdomDir] }));

function run(job) {
  return new Promise((resolve) => {
    const rec = { id: job.id, visit: job.visit, navs: [], scripts: [], iframes: [], writes: [], title: null, errors: [] };
    const vc = new VirtualConsole();
    vc.on("jsdomError", (e) => { if (!/Not implemented/.test(String(e.message))) rec.errors.push(String(e.message).slice(0, 200)); });
    const jar = new CookieJar();
    if (job.cookie) jar.setCookieSync(job.cookie + "; Path=/", job.url);
    let dom;
    try {
      dom = new JSDOM(job.html, {
        url: job.url, referrer: job.referrer || undefined, runScripts: "dangerously", pretendToBeVisual: true,
        virtualConsole: vc, cookieJar: jar,
        beforeParse(window) {
          Object.defineProperty(window.navigator, "userAgent", { get: () => job.ua });
          const RD = window.Date;
          const hour = job.hour;
          class FD extends RD {
            constructor(...a) { if (a.length === 0) super(2025, 5, 16, hour, 20, 0); else super(...a); }
            static now() { return new FD().getTime(); }
          }
          window.Date = FD;
          const impl = utils.implForWrapper(window.location);
          impl._locationObjectNavigate = function (url) { rec.navs.push(whatwgURL.serializeURL(url)); };
          const doc = window.document;
          const ow = doc.write.bind(doc);
          doc.write = function (...a) { rec.writes.push(a.join("")); return ow(...a); };
          const owl = doc.writeln.bind(doc);
          doc.writeln = function (...a) { rec.writes.push(a.join("")); return owl(...a); };
        },
      });
    } catch (e) {
      rec.errors.push("construct: " + String(e.message).slice(0, 200));
      resolve(rec);
      return;
    }
    const w = dom.window;
    const finish = () => {
      try {
        rec.scripts = Array.from(w.document.querySelectorAll("script[src]")).map((s) => s.src);
        rec.iframes = Array.from(w.document.querySelectorAll("iframe")).map((f) => f.src);
        rec.title = w.document.title;
      } catch (e) { rec.errors.push("finish: " + e.message); }
      w.close();
      resolve(rec);
    };
    setTimeout(finish, 1500);
  });
}

(async () => {
  const jobs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  for (const job of jobs) {
    const r = await run(job);
    process.stdout.write(JSON.stringify(r) + "\n");
  }
})();
