// The hosted wasm as dist/ ships it (scripts/pack-wasm.py): the LZMA-packed file, and its bytes
// unpacked by dist/'s own unpack module and decoder, the code the page runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './lib.mjs';

/** The one file in dist/ whose name matches `pattern`. */
export function distFile(pattern) {
  const found = fs.readdirSync(DIST).filter((f) => pattern.test(f));
  assert.equal(found.length, 1, `one ${pattern} in dist/: ${found}`);
  return found[0];
}

/** dist/'s unpack module (its `unlzma`) and the decoder's bytes. */
export async function unpacker() {
  const module = await import(pathToFileURL(path.join(DIST, distFile(/^unpack-[0-9a-f]{16}\.js$/))).href);
  const decoder = fs.readFileSync(path.join(DIST, distFile(/^unlzma-[0-9a-f]{16}\.wasm$/)));
  return { unlzma: module.unlzma, decoder };
}

/** { name, packed, bytes }: the packed file's name and bytes, and the wasm unpacked from it. */
export async function shippedWasm() {
  const name = distFile(/^zongjie-[0-9a-f]{1,16}_bg\.bin$/);
  const packed = fs.readFileSync(path.join(DIST, name));
  const { unlzma, decoder } = await unpacker();
  const bytes = Buffer.from(await unlzma(new Uint8Array(packed), decoder));
  return { name, packed, bytes };
}
