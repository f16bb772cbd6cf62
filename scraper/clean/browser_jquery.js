// jQuery, as the copy a page loads from its own server would answer (remote scripts never load
// here, so without it "$" was a stub and every $(sel).append('<a ...>') wrote nothing: v36b
// rc36b-010/-011, an ad network's script that prepends a box of app and casino links). Only what
// puts markup or code into the page, runs a callback or walks a list acts; any other method is a
// no-op that keeps the chain. Selectors find what document.querySelectorAll finds, and the
// elements the script's own jQuery markup made (by "#id" or ".class"), as a browser's would.
// Loaded into a context only when a script uses "$" or "jQuery" that nothing defined (sandbox.py):
// compiled into every context it cost 0.3 ms of a 2.3 ms compile (5.8 KB of source).
var __jqMade = [];
function __jqMarkupOf(x) {
  if (x && x.__jq) return x.__markup;
  if (x && x instanceof __Element) return __markup(x, 0);
  return typeof x === "string" || typeof x === "number" ? String(x) : "";
}
function __jqPut(targets, html) {
  if (!html || !targets.length) return;
  for (var i = 0; i < targets.length; i++) {
    var t = targets[i];
    if (t && typeof t.insertAdjacentHTML === "function") t.insertAdjacentHTML("beforeend", html);
  }
  var re = /<[a-z][^>]*?\b(class|id)\s*=\s*["']([^"']+)["']/gi, m;
  while ((m = re.exec(html)) && __jqMade.length < 200) {
    var el = new __Element("div");
    el.__attached = true;
    if (m[1].toLowerCase() === "id") el.id = m[2]; else el.className = m[2];
    __jqMade.push(el);
  }
}
function __jqFind(s) {
  s = String(s).trim();
  var low = s.toLowerCase();
  if (low === "body") return [document.body];
  if (low === "head") return [document.head];
  if (low === "html") return [document.documentElement];
  var out = document.querySelectorAll(s).slice(0), m = /^([.#])([\w-]+)$/.exec(s);
  if (m) for (var i = 0; i < __jqMade.length; i++) {
    var e = __jqMade[i];
    if (m[1] === "#" ? e.id === m[2] : (" " + e.className + " ").indexOf(" " + m[2] + " ") >= 0) out.push(e);
  }
  return out;
}
function __jqEach(list, fn) {
  if (typeof fn !== "function" || !list) return list;
  if (typeof list.length === "number") {
    for (var i = 0; i < list.length && i < 1000; i++) if (fn.call(list[i], i, list[i]) === false) break;
  } else for (var k in list) if (fn.call(list[k], k, list[k]) === false) break;
  return list;
}
function __jqWrap(els, markup) {
  var w = {__jq: true, __markup: markup || "", length: els.length};
  for (var i = 0; i < els.length; i++) w[i] = els[i];
  function put(where) { return function () {
    for (var a = 0; a < arguments.length; a++) {
      var x = arguments[a];
      __jqPut(where === "after" || where === "before" ? els.map(function (e) { return e.parentNode || document.body; }) : els,
        typeof x === "function" ? "" : __jqMarkupOf(x));
    }
    return proxy;
  }; }
  function into() { return function (target) {
    __jqPut(target && target.__jq ? __jqList(target) : target instanceof __Element ? [target] : __jqFind(target), w.__markup);
    return proxy;
  }; }
  var methods = {
    append: put("in"), prepend: put("in"), after: put("after"), before: put("before"), replaceWith: put("after"),
    appendTo: into(), prependTo: into(), insertAfter: into(), insertBefore: into(), replaceAll: into(),
    html: function (h) { if (arguments.length === 0) return els[0] ? els[0].innerHTML : undefined;
      if (typeof h !== "function") __jqPut(els, __jqMarkupOf(h)); return proxy; },
    text: function (t) { if (arguments.length === 0) return els[0] ? els[0].textContent : "";
      for (var i = 0; i < els.length; i++) els[i].textContent = t; return proxy; },
    attr: function (k, v) { if (arguments.length < 2) return els[0] ? els[0].getAttribute(k) : undefined;
      for (var i = 0; i < els.length; i++) els[i].setAttribute(k, v); return proxy; },
    each: function (fn) { __jqEach(els, fn); return proxy; },
    ready: function (fn) { if (typeof fn === "function") __later(fn, [__jquery]); return proxy; },
    get: function (i) { return i === undefined ? els.slice(0) : els[i]; },
    eq: function (i) { return __jqWrap(els[i] ? [els[i]] : []); },
    first: function () { return __jqWrap(els.slice(0, 1)); },
    find: function (s) { return __jqWrap(__jqFind(s)); },
    on: function (name, a, b) { var fn = typeof a === "function" ? a : b;
      for (var i = 0; i < els.length; i++) els[i].addEventListener(String(name).split(" ")[0], fn); return proxy; }
  };
  var proxy = new Proxy(w, {get: function (t, k) {
    if (k in t) return t[k];
    if (typeof k !== "string" || k === "then" || k === "toJSON") return undefined;
    if (Object.prototype.hasOwnProperty.call(methods, k)) return methods[k];
    return function () { return proxy; };
  }});
  return proxy;
}
function __jqList(w) { var out = []; for (var i = 0; i < w.length; i++) out.push(w[i]); return out; }
function __jqCall(sel) {
  if (typeof sel === "function") { __later(sel, [__jquery]); return __jqWrap([document]); }
  if (sel && sel.__jq) return sel;
  if (sel && typeof sel === "object") return __jqWrap([sel]);
  var s = String(sel === undefined || sel === null ? "" : sel).trim();
  if (!s) return __jqWrap([]);
  if (s.charAt(0) === "<") return __jqWrap([], s);
  return __jqWrap(__jqFind(s));
}
var __jqStatic = {
  each: __jqEach,
  fn: {}, extend: function (a) { return a; }, noConflict: function () { return __jquery; },
  getScript: function (url) { var s = document.createElement("script"); s.src = url; document.head.appendChild(s); return __stub("$.getScript()"); }
};
var __jquery = new Proxy(function () {}, {
  apply: function (t, self, args) { return __jqCall(args[0]); },
  construct: function (t, args) { return __jqCall(args[0]); },
  get: function (t, k) {
    if (Object.prototype.hasOwnProperty.call(__jqStatic, k)) return __jqStatic[k];
    if (typeof k !== "string" || k === "then" || k === "toJSON") return undefined;
    return __stub("$." + k);
  }
});
