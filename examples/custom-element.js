// Listens to the <zongjie-wizard> element's DOM events (zongjie-ready, zongjie-change, …).
(function () {
  'use strict';
  var log = document.getElementById('oa-log');
  window.elementEvents = [];
  ['zongjie-ready', 'zongjie-change', 'zongjie-findings', 'zongjie-submit'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      window.elementEvents.push(name);
      var li = document.createElement('li');
      li.textContent = name + (event.detail.draft ? '：' + event.detail.draft.meta.unit : '') +
        (event.detail.findings ? '：' + event.detail.findings.length + ' 条' : '');
      log.appendChild(li);
    });
  });
})();
