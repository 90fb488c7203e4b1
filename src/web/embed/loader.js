/*
 * zongjie-embed.js — loads the 总结助手 (zongjie) wizard into a host page. Built from
 * src/web/embed/loader.js by scripts/build-embed.py (which fills in the hashed file names and
 * puts src/web/browser-check.js, the shared "browser too old" check, in front of this file).
 *
 *   <script src="/path/to/dist/zongjie-embed.js"></script>
 *
 * Defines window.Zongjie = { mount(element, options) → handle, ready: Promise, supported },
 * and the custom element <zongjie-wizard>. All other files (the wasm, its JS glue, the styles)
 * are loaded relative to this script's own URL. No eval, no inline script: works under
 * Content-Security-Policy `script-src 'self' 'wasm-unsafe-eval'`.
 * Written in old JavaScript on purpose, so that a browser too old for the wizard still runs
 * this file and shows a Chinese message instead of a blank area. See docs/EMBEDDING.md.
 */
(function () {
  'use strict';
  if (window.Zongjie && window.Zongjie.embedLoader) return; // loaded twice: keep the first
  var FILES = { glue: '__ZJ_GLUE__', wasm: '__ZJ_WASM__', boot: '__ZJ_BOOT__', css: __ZJ_CSS__ };
  // window.ZongjieBrowserCheck: src/web/browser-check.js, which build-embed.py puts first.
  var CHECK = window.ZongjieBrowserCheck || { supported: false, message: '浏览器版本过旧，无法运行本工具。', minChromium: '' };
  var TOO_OLD = CHECK.message;
  var EVENTS = ['ready', 'change', 'findings', 'submit'];
  var NOT_LOADED = '总结助手尚未加载完成，请在 ready 事件之后再调用。';

  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : location.href).href;

  function supported() {
    try {
      return CHECK.supported === true && typeof customElements === 'object' &&
        'attachShadow' in Element.prototype;
    } catch (e) {
      return false;
    }
  }

  function showTooOld(element) {
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'zj-too-old';
    box.textContent = TOO_OLD;
    element.appendChild(box);
  }

  var wasm = null;
  var waiting = [];
  var readyResolve, readyReject;
  var ready = new Promise(function (resolve, reject) { readyResolve = resolve; readyReject = reject; });
  ready['catch'](function () {}); // rejection is reported by each handle; no unhandled rejection

  function stylesheets() {
    return FILES.css.map(function (f) { return base + f; });
  }

  /** The handle the host holds: forwards to the wasm handle once it exists. */
  function Handle(element, options) {
    this._element = element;
    this._options = options || {};
    this._inner = null;
    this._queued = [];
    this._destroyed = false;
  }
  Handle.prototype._attach = function () {
    if (this._destroyed) return;
    var options = Object.assign({}, this._options, { stylesheets: stylesheets() });
    this._inner = wasm.mount(this._element, options);
    for (var i = 0; i < this._queued.length; i++) this._inner.on(this._queued[i][0], this._queued[i][1]);
    this._queued = [];
  };
  Handle.prototype._need = function () {
    if (this._destroyed) throw new Error('该总结助手已被销毁（destroy），无法再调用。');
    if (!this._inner) throw new Error(NOT_LOADED);
    return this._inner;
  };
  Handle.prototype.on = function (event, callback) {
    if (EVENTS.indexOf(event) < 0) throw new Error('没有名为“' + event + '”的事件。可监听的事件：ready、change、findings、submit。');
    if (typeof callback !== 'function') throw new Error('on 的第二个参数应为函数。');
    if (this._inner) this._inner.on(event, callback);
    else if (!this._destroyed) this._queued.push([event, callback]);
    return this;
  };
  Handle.prototype.off = function (event, callback) {
    if (this._inner) this._inner.off(event, callback);
    this._queued = this._queued.filter(function (q) { return !(q[0] === event && q[1] === callback); });
    return this;
  };
  Handle.prototype.getDraft = function () { return this._need().getDraft(); };
  Handle.prototype.setDraft = function (draft) { this._need().setDraft(draft); };
  Handle.prototype.check = function () { return this._need().check(); };
  Handle.prototype.exportDocx = function () { return this._need().exportDocx(); };
  Handle.prototype.exportText = function () { return this._need().exportText(); };
  Handle.prototype.destroy = function () {
    if (this._destroyed) return;
    this._destroyed = true;
    this._queued = [];
    if (this._inner) { this._inner.destroy(); this._inner.free(); this._inner = null; }
    var i = waiting.indexOf(this);
    if (i >= 0) waiting.splice(i, 1);
  };

  function mount(element, options) {
    if (!element || element.nodeType !== 1) throw new Error('Zongjie.mount 的第一个参数应为页面中的一个元素，例如 document.getElementById("zongjie")。');
    var handle = new Handle(element, options);
    if (!isSupported) { showTooOld(element); handle._destroyed = true; return handle; }
    if (wasm) handle._attach();
    else waiting.push(handle);
    return handle;
  }

  var isSupported = supported();
  window.Zongjie = {
    embedLoader: true,
    supported: isSupported,
    minChromium: CHECK.minChromium,
    ready: ready,
    mount: mount,
    /** Number of wizards mounted on the page. */
    count: function () { return wasm ? wasm.mountedCount() : 0; },
    /** Called by zongjie-embed-boot.js once the wasm is running. */
    _loaded: function (module) {
      wasm = module;
      var list = waiting;
      waiting = [];
      for (var i = 0; i < list.length; i++) {
        try { list[i]._attach(); } catch (e) { console.error('zongjie: ' + e.message); showError(list[i]._element, e.message); }
      }
      var frame = document.querySelector('[data-zongjie-frame]');
      if (frame) wasm.startFrame(frame, stylesheets());
      readyResolve(window.Zongjie);
    },
    _failed: function (error) {
      console.error('zongjie: 总结助手加载失败：', error);
      var list = waiting;
      waiting = [];
      for (var i = 0; i < list.length; i++) showError(list[i]._element, '总结助手加载失败，请刷新页面重试。');
      readyReject(error);
    }
  };

  function showError(element, message) {
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'zj-load-error';
    box.textContent = message;
    element.appendChild(box);
  }

  if (!isSupported) {
    readyReject(new Error(TOO_OLD));
    var frameRoot = document.querySelector('[data-zongjie-frame]');
    if (frameRoot) showTooOld(frameRoot);
  } else {
    // A module script (not import()), so that this file still parses in browsers without it.
    var boot = document.createElement('script');
    boot.type = 'module';
    boot.src = base + FILES.boot;
    boot.onerror = function () { window.Zongjie._failed(new Error('无法加载 ' + boot.src)); };
    document.head.appendChild(boot);
  }

  if (isSupported && window.customElements && !customElements.get('zongjie-wizard')) {
    customElements.define('zongjie-wizard', class extends HTMLElement {
      connectedCallback() {
        if (this._zj) return;
        var self = this;
        // An unknown element is inline by default; the wizard needs a block to size itself.
        if (getComputedStyle(this).display === 'inline') this.style.display = 'block';
        var ns = this.getAttribute('storage-namespace');
        var options = {
          templateId: this.getAttribute('template') || undefined,
          storage: ns ? { namespace: ns } : false,
          readOnly: this.hasAttribute('read-only')
        };
        var unit = this.getAttribute('fixed-unit');
        var year = this.getAttribute('fixed-year');
        if (unit || year) options.fixed = { unit: unit || undefined, year: year ? Number(year) : undefined };
        try {
          this._zj = mount(this, options);
        } catch (e) {
          console.error('zongjie: ' + e.message);
          showError(this, e.message);
          return;
        }
        EVENTS.forEach(function (name) {
          self._zj.on(name, function (value) {
            var detail = name === 'findings' ? { findings: value } : name === 'ready' ? {} : { draft: value };
            self.dispatchEvent(new CustomEvent('zongjie-' + name, { detail: detail, bubbles: true, composed: true }));
          });
        });
      }
      disconnectedCallback() {
        var self = this;
        // Moving the element (remove + insert in one task) keeps the wizard; removing it destroys it.
        Promise.resolve().then(function () {
          if (!self.isConnected && self._zj) { self._zj.destroy(); self._zj = null; }
        });
      }
      get handle() { return this._zj || null; }
      getDraft() { return this._handle().getDraft(); }
      setDraft(draft) { return this._handle().setDraft(draft); }
      check() { return this._handle().check(); }
      exportDocx() { return this._handle().exportDocx(); }
      exportText() { return this._handle().exportText(); }
      destroy() { if (this._zj) { this._zj.destroy(); this._zj = null; } }
      _handle() { if (!this._zj) throw new Error(NOT_LOADED); return this._zj; }
    });
  }
})();
