// iframe mode host: loads embed.html?origin=<this page's origin> and speaks the protocol of
// docs/EMBEDDING.md — requests {type, id, …} answered by {source:'zongjie', type:'reply', id, ok,
// result | error}; events {source:'zongjie', type:'ready'|'change'|'findings'|'submit', …}.
(function () {
  'use strict';
  var frame = document.getElementById('zongjie-frame');
  var log = document.getElementById('oa-log');
  var params = new URLSearchParams(location.search);
  var src = new URL(params.get('src') || '../embed.html', location.href);
  src.searchParams.set('origin', location.origin);
  src.searchParams.set('template', params.get('template') || 'jiedao-annual');
  var wizardOrigin = src.origin;
  var pending = new Map();
  var nextId = 1;
  var events = [];

  function note(text) {
    var li = document.createElement('li');
    li.textContent = text;
    log.appendChild(li);
  }

  window.addEventListener('message', function (event) {
    // Only the wizard's own frame and origin are listened to.
    if (event.source !== frame.contentWindow || event.origin !== wizardOrigin) return;
    var m = event.data;
    if (!m || m.source !== 'zongjie') return;
    if (m.type === 'reply') {
      var done = pending.get(m.id);
      if (done) { pending.delete(m.id); done(m); }
      note('reply #' + m.id + ' ' + m.request + (m.ok ? ' ok' : ' 出错：' + m.error));
    } else {
      events.push(m);
      note('event ' + m.type);
    }
  });

  /** Sends a request to the wizard; resolves with its reply message. */
  function request(type, fields) {
    var id = nextId++;
    var message = Object.assign({ type: type, id: id }, fields || {});
    return new Promise(function (resolve) {
      pending.set(id, resolve);
      frame.contentWindow.postMessage(message, wizardOrigin);
    });
  }

  document.getElementById('oa-get').addEventListener('click', function () {
    request('get').then(function (r) {
      document.getElementById('oa-status').textContent = r.ok && r.result ? '已读取草稿：' + r.result.meta.unit : '还没有草稿。';
    });
  });
  document.getElementById('oa-export').addEventListener('click', function () {
    request('export', { format: 'docx' }).then(function (r) {
      if (!r.ok) { document.getElementById('oa-status').textContent = r.error; return; }
      var link = document.createElement('a');
      link.href = URL.createObjectURL(r.result);
      link.download = '年度工作总结.docx';
      link.click();
    });
  });

  window.iframeHost = { request: request, events: events, wizardOrigin: wizardOrigin };
  frame.src = src.href;
})();
