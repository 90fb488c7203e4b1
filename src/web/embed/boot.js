// zongjie-embed-boot.js — started by zongjie-embed.js: runs the wasm and hands its exports over.
// Built from src/web/embed/boot.js by scripts/build-embed.py (hashed file names filled in).
// The wasm travels LZMA-packed; unpack-<hash>.js fetches and unpacks it (scripts/pack-wasm.py).
import init, * as zongjie from './__ZJ_GLUE__';
import { fetchWasm } from './__ZJ_UNPACK__';

init({ module_or_path: fetchWasm(new URL('./__ZJ_WASM__', import.meta.url)) }).then(
  function () { window.Zongjie._loaded(zongjie); },
  function (error) { window.Zongjie._failed(error); }
);
