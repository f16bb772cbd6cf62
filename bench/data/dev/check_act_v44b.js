// Brief item 6 check for real-cases-v44b (keeper k44b): load each page in jsdom (a browser-like DOM; install it with
// npm in a folder of your own and point K44B_JSDOM at its node_modules/jsdom, or have it resolvable), run the page's
// scripts, and print as JSON what they do: document.write/writeln output, every resource the page asks for (script,
// iframe, img, link: "load-<tag> <url>"), XMLHttpRequest/fetch/sendBeacon/window.open calls, navigation attempts
// (reported by jsdom as not implemented), and the <script src>/<iframe src> elements present once loading settles.
// Nothing remote is fetched: a remote resource is recorded and answered with an empty body, so a remote script's own
// code never runs; data: URLs are decoded and run as a browser would. The visitor is a phone arriving from a Baidu
// search with no cookies, the page served from its own url. Run:
//   node check_act_v44b.js <url> <file> [<url> <file> ...]      (files as served, any charset the page declares)
'use strict';
const fs = require('fs');
let jsdom;
try { jsdom = require(process.env.K44B_JSDOM || 'jsdom'); } catch (e) { jsdom = require('/tmp/k44b-jsdom/node_modules/jsdom'); }
const { JSDOM, ResourceLoader, VirtualConsole } = jsdom;

const UA = 'Mozilla/5.0 (Linux; Android 12; M2102J2SC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0 Mobile Safari/537.36';

function runOne(url, file) {
  return new Promise((resolve) => {
    const fx = [];
    const short = (s) => String(s).replace(/\s+/g, ' ').slice(0, 200);
    class Rec extends ResourceLoader {
      fetch(u, opts) {
        const tag = opts && opts.element ? opts.element.localName : 'other';
        if (String(u).startsWith('data:')) { fx.push('load-' + tag + ' data:(run)'); return super.fetch(u, opts); }
        fx.push('load-' + tag + ' ' + u);
        return Promise.resolve(Buffer.from(''));
      }
    }
    const vc = new VirtualConsole();
    vc.on('jsdomError', (e) => {
      const m = String(e && e.message);
      if (/navigation/i.test(m)) fx.push('navigate ' + short(m));
      else fx.push('error ' + short(m));
    });
    let dom;
    try {
      dom = new JSDOM(fs.readFileSync(file), {
        url, referrer: 'https://www.baidu.com/link?url=k44b', contentType: 'text/html', runScripts: 'dangerously',
        resources: new Rec({ userAgent: UA }), pretendToBeVisual: true, virtualConsole: vc,
        beforeParse(w) {
          const d = w.document;
          for (const k of ['write', 'writeln']) {
            const orig = d[k];
            d[k] = function (...a) { fx.push(k + ' ' + short(a.join(''))); return orig.apply(d, a); };
          }
          const xo = w.XMLHttpRequest.prototype.open;
          w.XMLHttpRequest.prototype.open = function (m, u, ...r) { fx.push('xhr-open ' + u); return xo.call(this, m, u, ...r); };
          w.XMLHttpRequest.prototype.send = function () {};
          w.fetch = (u) => { fx.push('fetch ' + u); return new w.Promise(() => {}); };
          w.navigator.sendBeacon = (u) => { fx.push('beacon ' + u); return true; };
          w.open = (u) => { fx.push('window.open ' + u); return null; };
        },
      });
    } catch (e) { fx.push('error ' + short(e.message)); resolve(fx); return; }
    const done = () => {
      try {
        const d = dom.window.document;
        for (const s of d.querySelectorAll('script[src]')) fx.push('dom-script-src ' + s.getAttribute('src').slice(0, 200));
        for (const f of d.querySelectorAll('iframe[src],frame[src]')) fx.push('dom-iframe-src ' + f.getAttribute('src').slice(0, 200));
        for (const m of d.querySelectorAll('meta[http-equiv]')) if (/refresh/i.test(m.getAttribute('http-equiv'))) fx.push('meta-refresh ' + m.getAttribute('content'));
      } catch (e) { fx.push('error ' + short(e.message)); }
      try { dom.window.close(); } catch (e) { /* ignore */ }
      resolve(fx);
    };
    dom.window.addEventListener('load', () => setTimeout(done, 400));
    setTimeout(done, 4000);
  }).then((fx) => [...new Set(fx)]);
}

(async () => {
  const a = process.argv.slice(2);
  const out = {};
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i + 1]] = await runOne(a[i], a[i + 1]);
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  process.exit(0);
})();
