// The imitation OA page: mounts two wizards with Zongjie.mount, saves the first one's draft into
// the OA form through the API, exports a .docx, and logs every event. See docs/EMBEDDING.md.
(function () {
  'use strict';
  var log = document.getElementById('oa-log');
  var status = document.getElementById('oa-status');

  function note(text) {
    var li = document.createElement('li');
    li.textContent = new Date().toLocaleTimeString('zh-CN') + ' ' + text;
    log.appendChild(li);
  }

  function watch(handle, name) {
    handle.on('ready', function () { note(name + ' ready'); });
    handle.on('change', function (draft) { note(name + ' change：' + (draft.meta.unit || '（未填单位）') + ' ' + draft.meta.year); });
    handle.on('findings', function (findings) { note(name + ' findings：' + findings.length + ' 条'); });
    handle.on('submit', function () { note(name + ' submit'); });
    return handle;
  }

  // The main wizard: the host saves the draft itself (no autosave), unit and year are fixed by the OA.
  var a = watch(Zongjie.mount(document.getElementById('zongjie-a'), {
    templateId: 'jiedao-annual',
    storage: false,
    fixed: { unit: '示例区和平街道办事处', year: 2025 }
  }), 'A');
  // A second, read-only wizard on the same page, with its own autosave namespace.
  var b = watch(Zongjie.mount(document.getElementById('zongjie-b'), {
    templateId: 'jiedao-annual',
    storage: { namespace: 'oa-demo-b' },
    readOnly: true
  }), 'B');

  document.getElementById('oa-save').addEventListener('click', function () {
    var draft = a.getDraft();
    if (!draft) { status.textContent = '还没有可保存的草稿。'; return; }
    document.getElementById('oa-saved').value = JSON.stringify(draft);
    status.textContent = '已保存到 OA（' + draft.chapters.length + ' 个章节）。';
    note('A 已保存到 OA');
  });

  document.getElementById('oa-export').addEventListener('click', function () {
    try {
      var blob = a.exportDocx();
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = '年度工作总结.docx';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      note('A 导出 Word（' + blob.size + ' 字节）');
    } catch (e) {
      status.textContent = e.message;
    }
  });

  document.getElementById('oa-close-b').addEventListener('click', function () {
    b.destroy();
    note('B 已关闭');
  });

  window.oaHost = { a: a, b: b, note: note };
})();
