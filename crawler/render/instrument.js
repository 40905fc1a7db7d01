// Injected before any script of the page (Playwright add_init_script), in every frame.
// Reports what a browser locker does, in the extractor's locker_behaviours vocabulary,
// to the render stage through the exposed function. Requests that would take over the
// screen, keyboard or pointer are reported and then refused, so nothing is locked.
(() => {
  // Quiet: no DOM change and no reported call (a window opened, a history entry pushed)
  // for 300 ms. A page that keeps opening windows on a timer is busy, not quiet, even
  // though its DOM does not change.
  let lastChange = Date.now();
  const report = (name) => {
    lastChange = Date.now();
    try { window.__nephelpdeskReport(name); } catch (e) { /* binding gone: page closing */ }
  };
  const refuse = () => Promise.reject(new DOMException("refused by the render stage", "NotAllowedError"));
  const hook = (proto, method, name, replace) => {
    if (!proto || typeof proto[method] !== "function") return;
    const original = proto[method];
    proto[method] = function (...args) {
      report(name);
      return replace ? replace() : original.apply(this, args);
    };
  };
  hook(window.Element && Element.prototype, "requestFullscreen", "fullscreen", refuse);
  hook(window.Element && Element.prototype, "webkitRequestFullscreen", "fullscreen", refuse);
  hook(window.Element && Element.prototype, "webkitRequestFullScreen", "fullscreen", refuse);
  hook(window.Element && Element.prototype, "requestPointerLock", "pointer_lock", refuse);
  if (navigator.keyboard) hook(Object.getPrototypeOf(navigator.keyboard), "lock", "keyboard_lock", refuse);
  hook(window.HTMLMediaElement && HTMLMediaElement.prototype, "play", "autoplay_audio");
  hook(window.AudioScheduledSourceNode && AudioScheduledSourceNode.prototype, "start", "autoplay_audio");
  hook(window, "open", "window_open");
  hook(window.History && History.prototype, "pushState", "history_push");
  hook(window.History && History.prototype, "replaceState", "history_push");
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (String(type).toLowerCase() === "beforeunload") report("beforeunload");
    return add.call(this, type, ...rest);
  };
  // The render stage waits for quiet (at most settle_ms) instead of always waiting the
  // full settle time.
  try {
    new MutationObserver(() => { lastChange = Date.now(); }).observe(document, {
      subtree: true, childList: true, characterData: true, attributes: true,
    });
  } catch (e) { /* no document in this realm */ }
  window.__nephelpdeskQuiet = () => Date.now() - lastChange > 300;
  try {
    let handler = null;
    Object.defineProperty(window, "onbeforeunload", {
      configurable: true,
      get() { return handler; },
      set(value) { if (value) report("beforeunload"); handler = value; },
    });
  } catch (e) { /* not redefinable here */ }
})();
