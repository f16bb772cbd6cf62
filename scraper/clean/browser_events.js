// What a person does after the page has loaded, for scripts.sandbox: scroll to the end, touch, click,
// leave the tab and come back a minute later, move the mouse, press a key, press the back button. A crawler does none
// of this, so code that acts only then hides its act from crawlers by construction (v6 B1-B3: a
// scroll-depth listener, a tab-return frame, a back-button trap, a click pop-under). Loaded after
// browser.js. Handlers come from addEventListener on window, document or an element, and from on...
// properties (window.onscroll, document.onclick, element.onclick); each runs once per event, as a
// timer (each gets the time limit), and what it does is recorded with the event (``on``) and whether
// the handler listens on the whole page (``wide``: window, document, <html>/<body>, or an element
// covering the window) or on one element (a share button, a menu).
// A person's mouse moves over the page before it scrolls or clicks, and keys are pressed where a page
// has a field: a loader armed on the first mousemove or mouseover is never run by a crawler (v45 B1, B2:
// body.onmousemove creating a <script src>, rc45b-005 and rc45b-011).
var __GESTURE = /^(mousemove|mouseover|scroll|wheel|touchstart|touchmove|touchend|pointerdown|pointerup|mousedown|mouseup|click|keydown|keyup|focus|blur|visibilitychange|popstate)$/;
// Handlers kept per view (a page's widgets register a few dozen; a loop registering without end stops here).
var __MAX_HANDLERS = 200;
// Elements whose on... properties are read when an event is dispatched (built and looked-up ones).
var __MAX_ELEMENTS = 2000;
// How tall the page is, in screens: a scroll-depth gate ("read half the page") is passed by scrolling to the end.
var __SCREENS = 4;
// How long the visitor stays away from the tab (tab-return gates wait a few seconds).
var __AWAY_MS = 60000;
var __handlers = [], __elements = [], __on = "", __wide = false, __view = {}, __now = 1710590400000;  // 2024-03-16 12:00 UTC
var __pushed = null;  // the state of the last history.pushState: the back button then stays on the page
var __history = {length: 1, state: null, replaceState: __noop, back: __noop, go: __noop, forward: __noop,
  pushState: function (state) { __pushed = {state: state}; this.length++; }};

// A timer or callback queued by a script (a handler's timers belong to its event).
function __later(fn, args) { __timers.push({fn: fn, args: args, script: __cur, on: __on, wide: __wide}); }
// Keep a handler of a gesture; false for other events.
function __listen(name, fn, target) {
  if (!__GESTURE.test(String(name))) return false;
  if (fn && typeof fn !== "function" && typeof fn.handleEvent === "function") fn = fn.handleEvent.bind(fn);
  if (typeof fn === "function" && __handlers.length < __MAX_HANDLERS)
    __handlers.push({type: String(name), fn: fn, target: target, script: __cur});
  return true;
}
// An on... attribute of one element (exits.element_handlers): a handler of that element alone.
function __onElement(type, fn) { __listen(type, fn, new __Element("a")); }
// window.open: a browser lets a gesture open a window (pop-unders blur it and focus the page), and blocks it otherwise.
function __open(u) {
  if (u) __rec("nav", __abs(u), true);
  if (!__on) return null;
  return {closed: false, focus: __noop, blur: __noop, close: __noop, opener: globalThis, location: {}, document: {write: __noop}};
}
function __wholePage(target) {
  return !target || target === document || target === document.body || target === document.documentElement ||
    target instanceof __Element && __covers(target);
}
function __event(type, target) {
  var el = target && target !== document ? target : document.body;  // a click on the page lands on its body
  var point = {clientX: 200, clientY: 300, pageX: 200, pageY: 300, screenX: 200, screenY: 400, identifier: 0, target: el};
  var ev = {type: type, target: el, srcElement: el, currentTarget: target || globalThis, isTrusted: true, bubbles: true,
    cancelable: true, defaultPrevented: false, eventPhase: 2, timeStamp: 1000, detail: 1, button: 0, buttons: 1, which: 1,
    deltaX: 0, deltaY: 100, touches: [point], targetTouches: [point],
    changedTouches: [point], persisted: false, state: __pushed ? __pushed.state : null,
    preventDefault: function () { this.defaultPrevented = true; }, stopPropagation: __noop, stopImmediatePropagation: __noop,
    composedPath: function () { return [el, document.body, document.documentElement, document, globalThis]; }};
  for (var k in point) if (!(k in ev)) ev[k] = point[k];
  return ev;
}
// The handlers of ``type``: kept ones, then on... properties of window, document and the elements.
function __handlersOf(type) {
  var out = [], prop = "on" + type, own = Object.prototype.hasOwnProperty;
  for (var i = 0; i < __handlers.length; i++) if (__handlers[i].type === type) out.push(__handlers[i]);
  var targets = [null, document].concat(__elements);
  for (var j = 0; j < targets.length; j++) {
    var t = targets[j], holder = t || globalThis;
    if (own.call(holder, prop) && typeof holder[prop] === "function") out.push({fn: holder[prop], target: t, script: __cur});
  }
  return out;
}
// Queue what a visitor does, once, after the load timers: each step either changes the page's state or
// dispatches an event to its handlers. Nothing is queued on a page without gesture handlers.
function __dispatch() {
  var doc = document, g = globalThis;
  var steps = [function () {
    var end = __view.height * (__SCREENS - 1);
    g.scrollY = g.pageYOffset = doc.documentElement.scrollTop = doc.body.scrollTop = end;
  }, "scroll", "wheel", "touchstart", "touchmove", "touchend", "pointerdown", "mousedown", "pointerup", "mouseup", "click",
  function () { doc.hidden = true; doc.visibilityState = "hidden"; }, "blur", "visibilitychange",
  function () { __now += __AWAY_MS; doc.hidden = false; doc.visibilityState = "visible"; }, "focus", "visibilitychange",
  // (last: the handlers queued before them, which the load's MAX_TIMERS rounds bound, come first as before)
  "mousemove", "mouseover", "keydown", "keyup"];
  if (__pushed) steps.push(function () { __history.state = __pushed.state; }, "popstate");
  var queued = [], any = false;
  for (var i = 0; i < steps.length; i++) {
    if (typeof steps[i] === "function") { queued.push({fn: steps[i], args: [], script: -1}); continue; }
    var found = __handlersOf(steps[i]);
    for (var j = 0; j < found.length; j++) {
      any = true;
      queued.push({fn: __fire, args: [found[j], steps[i]], script: found[j].script, on: steps[i], wide: __wholePage(found[j].target)});
    }
  }
  if (any) for (var n = 0; n < queued.length; n++) __timers.push(queued[n]);
  return any;
}
function __fire(h, type) {
  var ev = __event(type, h.target);
  globalThis.event = ev;
  h.fn.call(h.target || globalThis, ev);
}
