// The fake browser's answers to what browser.js does not model element by element: stubs for
// features it lacks, the markup of built elements, selector lookups, fetch and TextDecoder.
// Loaded before browser.js into the same context (scripts.sandbox joins the two).
// A feature the fake browser lacks: a callable, constructible stub whose properties and results
// are stubs again, so that a script using it runs on to its act (v5 B1-B3: each miss was one
// missing feature). The same stub answers every visitor, so it cannot make views differ; its use
// is recorded as a read of "feature". ``then`` stays undefined (a stub is no promise).
var __features = {};
function __stub(name) {
  var f = function () {};
  return new Proxy(f, {
    get: function (t, k) {
      if (k === Symbol.toPrimitive) return function (hint) { return hint === "number" ? 0 : ""; };
      if (typeof k !== "string" || k === "then" || k === "toJSON") return undefined;
      if (k === "length") return 0;
      if (k === "toString" || k === "valueOf") return function () { return ""; };
      return __stub(name + "." + k);
    },
    set: function () { return true; },
    apply: function () { __features[name] = 1; __read("feature"); return __stub(name + "()"); },
    construct: function () { __features[name] = 1; __read("feature"); return __stub("new " + name); }
  });
}
// Properties the fake element or document lacks answer with stubs only once a script has failed on
// one (a "not a function" error, the script then runs again): a stub answering everything up front
// would take the branches written for old browsers (attachEvent, currentStyle, documentMode).
var __permissive = false;
var __lenient = new Proxy({}, {get: function (t, k) {
  if (!__permissive || typeof k !== "string" || k.slice(0, 2) === "__" || k.slice(0, 2) === "on" || k === "then" ||
      k === "toJSON") return undefined;
  return __stub(k);
}});
// A global the script uses but the fake browser lacks (called, constructed or read from) is a stub;
// one named as an id of the served page is that element, as a browser's window names them.
function __stubGlobals(names) {
  for (var i = 0; i < names.length; i++) {
    if (!(names[i] in globalThis)) globalThis[names[i]] = __pageElement(names[i]) ||
      (typeof __jquery !== "undefined" && (names[i] === "$" || names[i] === "jQuery") ? __jquery : __stub(names[i]));
  }
}

function __escape(t) {
  return String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
// The markup of an element a script built, as the page would show it.
function __markup(el, depth) {
  if (el.tagName === "#TEXT") return __escape(el.nodeValue || "");
  if (el.tagName === "#COMMENT" || depth > 20) return "";
  var tag = el.tagName.toLowerCase(), attrs = "";
  if (el.__href) attrs += ' href="' + el.__href + '"';
  if (el.__src) attrs += ' src="' + el.__src + '"';
  var style = __inlineStyle(el);
  if (style) attrs += ' style="' + style.replace(/"/g, "'") + '"';
  for (var k in el.attributes) if (k !== "style") attrs += " " + k + '="' + String(el.attributes[k]).replace(/"/g, "'") + '"';
  // a frame's size given as a property (f.width = 1) is its attribute, as the browser reflects it
  if (/^I?FRAME$/.test(el.tagName)) ["width", "height", "frameBorder", "sandbox"].forEach(function (k) {
    if (Object.prototype.hasOwnProperty.call(el, k) && !(k.toLowerCase() in el.attributes)) attrs += " " + k.toLowerCase() + '="' + String(el[k]).replace(/"/g, "'") + '"';
  });
  // markup set through innerHTML was recorded as written when it was set
  var inner = el.__html ? "" : __escape(el.__text || "");
  for (var i = 0; i < el.childNodes.length; i++) inner += __markup(el.childNodes[i], depth + 1);
  return "<" + tag + attrs + ">" + inner + "</" + tag + ">";
}
function __inlineStyle(el) {
  var st = el.style || {}, out = [st.cssText || "", el.attributes.style || ""];
  for (var p in st) if (p !== "cssText" && typeof st[p] !== "function" && st[p] !== "")
    out.push(p.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }) + ":" + st[p]);
  return out.filter(Boolean).join(";");
}
// A frame that covers the whole window shows the visitor another page: a navigation (v5 B4).
function __covers(el) {
  var css = __inlineStyle(el).toLowerCase().replace(/\s+/g, "");
  return /position:(fixed|absolute)/.test(css) && (/(^|;)width:100(%|vw)/.test(css) && /(^|;)height:100(%|vh)/.test(css) ||
    /(^|;)inset:0(px)?(;|$)/.test(css) || ["top", "right", "bottom", "left"].every(function (edge) {
      return new RegExp("(^|;)" + edge + ":0(px)?(;|$)").test(css);
    }));
}
// A frame at 100 %x100 % of a fixed box that covers the window covers it too, through a chain of
// such boxes: the wrapper's style pins it, the frame's shows the page (v44 §2 S1, the same markup
// written: inserted.covered_as_rendered). Fixed only, as there: an absolute wrapper at 100 % is a
// player's or a gallery's box, as big as its container.
function __fullSize(el) {
  var css = __inlineStyle(el).toLowerCase().replace(/\s+/g, ""), a = el.attributes;
  return (/(^|;)width:100(%|vw)/.test(css) || a.width === "100%") && (/(^|;)height:100(%|vh)/.test(css) || a.height === "100%");
}
function __coversAsRendered(el) {
  if (__covers(el)) return true;
  if (!__fullSize(el)) return false;
  for (var p = el.parentNode, n = 0; p instanceof __Element && n < 20; p = p.parentNode, n++) {
    if (__covers(p) && /position:fixed/.test(__inlineStyle(p).toLowerCase().replace(/\s+/g, ""))) return true;
    if (/^(BODY|HTML)$/.test(p.tagName) || !__fullSize(p)) return false;
  }
  return false;
}
// Inline code a script writes (document.write of a <script> without src) or attaches (a built
// <script> with text) runs in a browser as soon as it lands, before the writing script goes on:
// recorded as markup only, its acts were never seen (v39b rc39b-007: an unescape()d <script> sending
// iPhones elsewhere). It runs here too, in the writing script's name and view, its errors its own
// (the writer goes on). Bounded: code writing code nests at most __MAX_WRITTEN_DEPTH deep (real
// loaders nest one: a decoded script that writes a tag), at most __MAX_WRITTEN_RUNS run per
// context, and each runs inside the writer's CPU time limit (sandbox.SCRIPT_SECONDS).
// innerHTML and insertAdjacentHTML never run the scripts they insert, in a browser or here.
// Wired on held-out v40's evidence (sb31's variant fd45b7f, sealed with v40 unopened): +rc40b-008 and
// -009, two lines of one hacked readme.html (a base64- and a percent-encoded document.write of a
// click pop-under, one source: one independent case) and no other record of v40's 237 pages,
// its 188 clean extraction pages included; no dev flag changes (93 nodata dumps, six clean sets).
var __MAX_WRITTEN_DEPTH = 3, __MAX_WRITTEN_RUNS = 20, __writtenDepth = 0, __writtenRuns = 0;
var __writeBuf = "", __writeFor = -2;
var __INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
function __runsAsJs(type) {
  type = String(type || "").trim().toLowerCase();
  return !type || type === "module" || /^(text|application)\/(x-)?(javascript|ecmascript|jscript)/.test(type);
}
function __runWritten(code) {
  code = String(code || "");
  if (!/\S/.test(code) || __writtenDepth >= __MAX_WRITTEN_DEPTH || __writtenRuns >= __MAX_WRITTEN_RUNS) return;
  __writtenRuns++;
  __writtenDepth++;
  try {
    (0, eval)(code.replace(/^[ \t]*(<!--|-->)/gm, "//"));  // (old pages wrap code in an HTML comment)
  } catch (e) {  // the written script's error; time and memory limits cannot be caught
  } finally {
    __writtenDepth--;
  }
}
// A <script> whose address is a data: URL carries its code in the address: a browser runs it as it
// would the same code inline, so it runs here as written code does (__runWritten's depth and run
// caps and CPU limit; the code at most __MAX_DATA_SCRIPT chars). Read as a mere address, its acts
// were never seen (v44 B1: a cookie-gated document.write of a base64 data: script that writes a
// remote <script> of a numeric-IP host, rc44b-001 ... -004). Only script types a browser runs: a
// data: URL of another type is no script. The cap is sandbox.MAX_RUN's, the size above which the
// page's own inline scripts are libraries, only read (the v44b payloads decode to 185-191 chars;
// an address longer than three times the cap cannot decode below it and is not decoded at all).
var __MAX_DATA_SCRIPT = 100000;
var __DATA_URL = /^\s*data:([^,]*?)(;base64)?\s*,([\s\S]*)$/i;
function __dataScript(src) {
  var m = __DATA_URL.exec(String(src || ""));
  if (!m || m[3].length > __MAX_DATA_SCRIPT * 3) return "";
  var type = m[1].split(";")[0];
  if (type && !__runsAsJs(type)) return "";
  try {
    var code = m[2] ? __atob(m[3]) : unescape(m[3]);
    try { code = decodeURIComponent(escape(code)); } catch (e) {}  // (UTF-8 bytes, as a browser reads them)
    return code.length > __MAX_DATA_SCRIPT ? "" : code;
  } catch (e) {
    return "";  // (not base64: a browser runs nothing either)
  }
}
// document.write: the markup is recorded; the inline scripts in it run, and the data: scripts
// (a tag written in pieces over several calls of one script is joined first).
function __write(s) {
  s = String(s);
  __rec("write", s);
  // what it writes is in the page: its ids are found (a loader writes a box, then puts its frame in it)
  if (s.indexOf("id") >= 0) {
    var written = __parsedIds(s), into = globalThis.document && globalThis.document.body;
    for (var w = 0; w < written.length; w++) {
      written[w].__attached = true;
      written[w].parentNode = written[w].parentElement = into;
      if (!(written[w].id in __byId)) __byId[written[w].id] = written[w];
    }
  }
  if (__writeFor !== __cur) { __writeBuf = ""; __writeFor = __cur; }
  var buf = __writeBuf + s, m, end = 0, codes = [];
  __INLINE_SCRIPT.lastIndex = 0;
  while ((m = __INLINE_SCRIPT.exec(buf))) {
    end = __INLINE_SCRIPT.lastIndex;
    var type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(m[1]);
    if (!__runsAsJs(type && type[1])) continue;
    if (!/\bsrc\s*=/i.test(m[1])) codes.push(m[2]);
    var data = /(?:^|\s)src\s*=\s*(["']?)(data:[^"'\s>]*)\1/i.exec(m[1]);
    if (data) codes.push(__dataScript(data[2]));
  }
  var rest = buf.slice(end), open = rest.search(/<script\b/i);
  __writeBuf = open < 0 ? "" : rest.slice(open, open + __MAX_CHARS);
  for (var i = 0; i < codes.length; i++) __runWritten(codes[i]);
}
var __WRITES_NOT = {SCRIPT: 1, STYLE: 1, LINK: 1, META: 1, IFRAME: 1, FRAME: 1, IMG: 1, "#COMMENT": 1};

// querySelector for the forms lookups take: lists of "#id", "tag", ".class", "tag.class", each
// maybe after ancestors ("#zoom p"), which must be in the page too; anything else finds nothing.
var __COMPOUND = /^([a-z][a-z0-9]*)?(?:#([\w-]+))?((?:\.[\w-]+)*)$/i;
// ...and "tag[src=address]": the element a script built and attached with that address. A loader asks
// whether its own <script> is still in the page (an ad blocker removes it) and, finding none, calls
// the "content blocked" callback the page gave it, which sends the visitor to the publisher's
// ad-block notice: answering nothing made every visitor of those pages look redirected
// (dev-v35-gtrends gt35-058, -067, Sourcepoint's bootstrap; v35 miss patterns §3).
var __BY_SRC = /^([a-z][a-z0-9]*)?\[src=(["']?)([^"'\]]*)\2\]$/i;
function __builtWithSrc(m) {
  var tag = (m[1] || "").toUpperCase(), out = [];
  for (var i = 0; i < __elements.length; i++) {
    var e = __elements[i];
    if (e.__attached && !e.__script && (!tag || e.tagName === tag) && e.__srcGiven !== undefined && (e.__srcGiven === m[3] || e.__src === __abs(m[3]))) out.push(e);
  }
  if ((!tag || tag === "SCRIPT") && __page.scripts)  // the page's own tags (browser.js __pageScripts)
    out = __pageScriptsAt(m[3]).concat(out);
  return out.length ? out : null;
}
function __matches(c) {  // the page elements a compound selector finds, or null when it finds none
  var bySrc = __BY_SRC.exec(c);
  if (bySrc) return __builtWithSrc(bySrc);
  var m = __COMPOUND.exec(c);
  if (!m || !(m[1] || m[2] || m[3])) return null;
  var tag = (m[1] || "").toLowerCase(), classes = m[3] ? m[3].slice(1).split(".") : [];
  if (m[2]) {
    var e = __pageElement(m[2]);
    return e && (!tag || e.tagName.toLowerCase() === tag) && !classes.length ? [e] : null;
  }
  for (var i = 0; i < classes.length; i++) {
    var seen = (__page.classes || {})[classes[i]];
    if (!seen || tag && seen[0] !== tag) return null;
  }
  if (classes.length) {
    var known = __page.classes[classes[0]], found = __classLists[c];
    if (!found) {
      found = __classLists[c] = [];
      for (var j = 0; j < Math.min(known[1], 20); j++) { var el = __list(known[0])[0]; el.className = classes.join(" "); found.push(el); }
    }
    return found;
  }
  var list = __pageTags(tag);
  return list.length ? list : null;
}
var __classLists = {};
function __query(s, from) {
  if (from && from.__built) {  // below an element a script built: its own children
    s = String(s).trim();
    return /^[a-z][a-z0-9]*$/i.test(s) ? __descendants(from, s.toUpperCase(), []) : [];
  }
  var parts = String(s).split(","), out = [];
  for (var i = 0; i < parts.length; i++) {
    var chain = parts[i].trim().split(/\s*>\s*|\s+/), found = null;
    for (var j = 0; j < chain.length; j++) { found = __matches(chain[j]); if (!found) break; }
    if (found) out = out.concat(found);
  }
  return out;
}

// Nothing is fetched: the answer is a marker naming the address, so that markup a script puts
// into the page from another site shows where it came from (v5 B7: fetch(...).then(innerHTML=)).
// The marker is code too: run (eval, new Function, a timer's string), it records that the page
// runs what that address serves, as "code" (v21 G: a decoded address asked for code). Searched
// (indexOf, includes), it holds what the code looks for: the answer a loader waits for carries its
// mark, which the code checks before running it (NDSW: `r.indexOf('ndsx')` then eval(r), v42 B3).
function __fetched(url) {
  url = String(url);
  var answer = "/*\u0001fetched " + url.replace(/\*\//g, "%2A/") + "\u0001*/__ranFetched(" + JSON.stringify(url) + ")";
  __fetchedLens[answer.length] = 1;  // (its searches find what they look for: browser.js)
  return answer;
}
function __ranFetched(url) { __rec("code", url); }
var __FETCHED = /\u0001fetched ([^\u0001]*)\u0001/g;
function __fetch(u) {
  var url = __abs(typeof u === "object" && u && u.url ? u.url : u);
  var body = __fetched(url);
  __rec("request", url);
  return Promise.resolve({ok: true, status: 200, url: url, headers: {get: function () { return null; }},
    text: function () { return Promise.resolve(body); }, json: function () { return Promise.reject(new Error("json")); },
    clone: function () { return this; }});
}
// XMLHttpRequest as fetch: nothing is sent; the request is recorded with the address the code
// computed (a loader decodes it at run time, v21 G), and the answer is the marker of that address,
// handed to the request's handlers once the script is done (a timer, as the network would).
function __XHR() { this.readyState = 0; this.status = 0; this.responseText = this.response = ""; this.__on = {}; }
__XHR.prototype = {
  open: function (method, u) { this.__url = __abs(u); this.readyState = 1; },
  send: function () {
    if (!this.__url) return;
    __rec("request", this.__url);
    var x = this;
    __later(function () {
      x.readyState = 4; x.status = 200; x.statusText = "OK"; x.responseURL = x.__url;
      x.responseText = x.response = __fetched(x.__url);
      var fns = [x.onreadystatechange, x.onload].concat(x.__on.readystatechange || [], x.__on.load || []);
      for (var i = 0; i < fns.length; i++) if (typeof fns[i] === "function") fns[i].call(x, {type: "load", target: x});
    }, []);
  },
  addEventListener: function (name, fn) { (this.__on[name] = this.__on[name] || []).push(fn); },
  removeEventListener: __noop, setRequestHeader: __noop, abort: __noop, overrideMimeType: __noop,
  getResponseHeader: function () { return null; }, getAllResponseHeaders: function () { return ""; }
};
// A fetched answer read as JSON: every field holds the answer's marker (what the code takes from
// it came from that address).
var __realParse = JSON.parse;
JSON.parse = function (text) {
  var s = String(text);
  if (s.indexOf("\u0001fetched ") < 0) return __realParse.apply(JSON, arguments);
  return new Proxy({}, {get: function (o, k) {
    if (k === Symbol.toPrimitive || k === "toString") return function () { return s; };
    return typeof k === "string" && k !== "then" && k !== "toJSON" ? s : undefined;
  }});
};
// Markup a script sets (innerHTML) holds elements a later lookup finds by their id once it is in
// the page (v21 G: a hidden <div> of function source, read back and run). A flat reading: an
// element ends at the first closing tag of its name. At most __MAX_PARSED_IDS per markup: a
// loader's markup holds one or two; the bound keeps a written listing cheap.
var __MAX_PARSED_IDS = 50;
var __IDED = /<([a-z][a-z0-9]*)\b([^>]*?)\bid\s*=\s*["']?([^"'\s>]+)["']?([^>]*)>/gi, __ATTR = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|[^\s>]+)/g;
function __parsedIds(html) {
  var out = [], m, s = String(html);
  __IDED.lastIndex = 0;
  while ((m = __IDED.exec(s)) && out.length < __MAX_PARSED_IDS) {
    var el = new __Element(m[1]), end = s.indexOf("</" + m[1], __IDED.lastIndex), a;
    el.id = m[3];
    el.__text = s.slice(__IDED.lastIndex, end < 0 ? s.length : end);
    el.__html = true;
    __ATTR.lastIndex = 0;
    while ((a = __ATTR.exec(m[2] + " " + m[4]))) el.attributes[a[1].toLowerCase()] = a[3] !== undefined ? a[3] : a[4] !== undefined ? a[4] : a[2];
    el.attributes.id = m[3];
    out.push(el);
  }
  return out;
}
function __registerIds(el) {
  var list = el.__inner || [];
  for (var i = 0; i < list.length; i++) {
    list[i].__attached = true;
    list[i].parentNode = list[i].parentElement = el;
    if (!(list[i].id in __byId)) __byId[list[i].id] = list[i];
  }
}
// Fetched markup written into an element the served page has and leaves empty: the element is a
// slot for another site's content.
function __recFetched(el, html) {
  var m, s = String(html);
  __FETCHED.lastIndex = 0;
  while ((m = __FETCHED.exec(s))) {
    if (el && el.__fromPage && Object.prototype.hasOwnProperty.call(__page.empty || {}, el.id)) __rec("fetched", m[1]);
  }
}
function __utf8decode(bytes) {
  var b = bytes ? (bytes.buffer instanceof ArrayBuffer && !(bytes instanceof Uint8Array) ? new Uint8Array(bytes.buffer) :
    bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes) : [], out = "", i = 0;
  while (i < b.length) {
    var c = b[i++], n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0, cp = n ? c & (0x3f >> n) : c;
    for (var j = 0; j < n && i < b.length; j++) cp = (cp << 6) | (b[i++] & 0x3f);
    out += String.fromCodePoint(cp > 0x10ffff ? 0xfffd : cp);
  }
  return out;
}
function __utf8encode(s) {
  var u = unescape(encodeURIComponent(String(s === undefined ? "" : s))), out = new Uint8Array(u.length);
  for (var i = 0; i < u.length; i++) out[i] = u.charCodeAt(i);
  return out;
}
// base64 as a browser has it (loaders decode their payloads with it).
function __atob(s) {
  var A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", out = "", buf = 0, bits = 0;
  s = String(s).replace(/[\s=]/g, "");
  for (var i = 0; i < s.length; i++) {
    var v = A.indexOf(s.charAt(i));
    if (v < 0) throw new Error("InvalidCharacterError");
    buf = (buf << 6) | v; bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((buf >> bits) & 255); }
  }
  return out;
}
function __btoa(s) {
  var A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", out = "";
  s = String(s);
  for (var i = 0; i < s.length; i += 3) {
    var n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
    out += A.charAt(n >> 18 & 63) + A.charAt(n >> 12 & 63) +
      (i + 1 < s.length ? A.charAt(n >> 6 & 63) : "=") + (i + 2 < s.length ? A.charAt(n & 63) : "=");
  }
  return out;
}
