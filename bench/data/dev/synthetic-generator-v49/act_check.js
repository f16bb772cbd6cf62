// node act_check.js SCRIPT_FILE: run one injected script with a stub browser (a phone arriving from a search
// engine) and print what it did: document.write output, navigations, scripts added. No network, no DOM library.
const fs = require("fs");
const code = fs.readFileSync(process.argv[2], "utf8");
const did = [];
const loc = { hostname: "example.gov.cn", set href(v) { did.push("nav " + v); }, replace(v) { did.push("nav " + v); } };
const el = () => ({ style: {}, set src(v) { did.push("load " + v); }, appendChild() {} });
const document = {
  referrer: "https://www.baidu.com/link?url=x", documentElement: { style: {} },
  write(s) { did.push("write " + s); }, createElement: el,
  getElementsByTagName() { return [{ appendChild(n) {} }]; },
};
const window = { location: loc, setTimeout(f) { f(); }, document };
Object.defineProperty(window, "location", { get() { return loc; }, set(v) { did.push("nav " + v); } });
const navigator = { userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 7) Mobile Safari/537.36" };
const f = new Function("window", "document", "navigator", "location", "setTimeout", "atob",
  code.replace(/window\.location\.href=/g, "location.href="));
f(window, document, navigator, loc, window.setTimeout, (s) => Buffer.from(s, "base64").toString("binary"));
console.log(JSON.stringify(did));
