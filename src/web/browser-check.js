/*
 * browser-check.js — the "browser too old" check of 总结助手 (zongjie), shared by its three forms:
 *   - the hosted dist/index.html loads it as its own file (scripts/finish-dist.py), before the
 *     wasm boot module, so it works under `script-src 'self' 'wasm-unsafe-eval'`;
 *   - dist/zongjie.html inlines it (scripts/build-single-file.py);
 *   - dist/zongjie-embed.js starts with it (scripts/build-embed.py, src/web/embed/loader.js).
 * It tests that the browser has WebAssembly with every feature the build uses and module scripts,
 * and that the page's Content-Security-Policy lets it compile WebAssembly (a host page whose CSP
 * lacks 'wasm-unsafe-eval', or a Chromium 96 under `script-src 'self' 'wasm-unsafe-eval'`, which
 * does not know that keyword), and sets
 * window.ZongjieBrowserCheck = { supported, reason ('' | 'old' | 'csp'), message, minChromium, show(element) }.
 * The boot scripts start the wasm only when `supported` is true. On the app's own page (the
 * <script> carries data-zongjie="page") it also puts the Chinese message into the page, so an old
 * browser shows what is wrong and what to do instead of a blank page.
 * Written in old JavaScript (ES5, no arrow functions, no let/const) on purpose: an old browser
 * must be able to run it. Not for: loading or starting anything.
 */
(function () {
  'use strict';
  if (window.ZongjieBrowserCheck) return; // already run (e.g. page and embed loader both)
  // The oldest Chromium whose WebAssembly has every feature the build uses (reference types);
  // docs/EMBEDDING.md "Older browsers" explains it.
  var MIN_CHROMIUM = '96';
  // A tiny module using sign-ext, non-trapping float-to-int, bulk memory, reference types,
  // multi-value and a mutable global export (docs/EMBEDDING.md shows its text form).
  var PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 13, 2, 96, 2, 111, 125, 2, 127, 127, 96, 0, 2, 127, 127,
    3, 2, 1, 0, 4, 4, 1, 111, 0, 1, 5, 3, 1, 0, 1, 6, 6, 1, 127, 1, 65, 0, 11, 7, 9, 2, 1, 103, 3, 0,
    1, 102, 0, 0, 10, 27, 1, 25, 0, 65, 0, 65, 0, 65, 1, 252, 11, 0, 65, 0, 32, 0, 38, 0, 32, 1, 252,
    0, 192, 32, 0, 209, 11];
  // The smallest module there is (magic and version only): compiling it runs into the page's CSP
  // exactly as the app's module would, without loading anything.
  var EMPTY_MODULE = [0, 97, 115, 109, 1, 0, 0, 0];
  var MESSAGES = {
    old: ['浏览器版本过旧，无法运行本工具',
      '请使用新版 Chrome、Edge 或 360 极速模式（Chromium ' + MIN_CHROMIUM +
      ' 或更新版本）重新打开本页。使用 360、奇安信等双核浏览器时，请点击地址栏右侧的图标切换到“极速模式”。'],
    csp: ['本页的安全设置不允许运行本工具',
      '页面的内容安全策略（CSP）禁止运行 WebAssembly。请联系系统管理员在 CSP 的 script-src 中加入' +
      ' \'wasm-unsafe-eval\'（Chromium 96 及更早的浏览器需加入 \'unsafe-eval\'），' +
      '或使用新版 Chrome、Edge 重新打开本页。'],
    // Not a browser fault: shown by the hosted boot when the app's files fail to load.
    load: ['本工具没有加载成功',
      '页面所需的文件没有完整下载或已损坏。请刷新页面重试；如仍不能打开，请联系系统管理员检查网站上的文件是否齐全。']
  };

  /** '' when the app can run here, 'old' for a browser lacking a feature, 'csp' when blocked. */
  function check() {
    try {
      var capable = typeof WebAssembly === 'object' && WebAssembly !== null &&
        typeof WebAssembly.validate === 'function' && typeof WebAssembly.Module === 'function' &&
        typeof Promise === 'function' && typeof TextDecoder === 'function' &&
        typeof DecompressionStream === 'function' &&
        'noModule' in document.createElement('script') &&
        WebAssembly.validate(new Uint8Array(PROBE)) === true;
      if (!capable) return 'old';
    } catch (e) {
      return 'old';
    }
    try {
      new WebAssembly.Module(new Uint8Array(EMPTY_MODULE));
      return '';
    } catch (e) {
      return 'csp';
    }
  }

  var reason = check();
  var supported = reason === '';
  var problem = MESSAGES[reason || 'old'][0];
  var advice = MESSAGES[reason || 'old'][1];

  /**
   * Puts the message (role=alert, class zj-too-old) into `element`; returns the box. `which`
   * ('load', …) names another message than the check's own.
   */
  function show(element, which) {
    var words = which ? MESSAGES[which] : [problem, advice];
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'zj-too-old';
    var style = box.style;
    style.maxWidth = '40em';
    style.margin = '48px auto';
    style.padding = '20px 24px';
    style.border = '4px solid #b3261e';
    style.background = '#fff';
    style.color = '#1d1d1b';
    style.fontSize = '18px';
    style.lineHeight = '1.6';
    var title = document.createElement('h1');
    title.style.fontSize = '24px';
    title.style.margin = '0 0 12px';
    title.appendChild(document.createTextNode(words[0]));
    var text = document.createElement('p');
    text.style.margin = '0';
    text.appendChild(document.createTextNode(words[1]));
    box.appendChild(title);
    box.appendChild(text);
    element.appendChild(box);
    return box;
  }

  window.ZongjieBrowserCheck = {
    supported: supported,
    reason: reason,
    message: problem + '。' + advice,
    minChromium: MIN_CHROMIUM,
    show: show
  };

  var script = document.currentScript;
  if (!supported && script && script.getAttribute('data-zongjie') === 'page') {
    var showOnPage = function () {
      var root = document.getElementById('app') || document.body;
      if (root) show(root);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showOnPage);
    else showOnPage();
  }
})();
