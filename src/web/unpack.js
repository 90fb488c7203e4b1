// zongjie's wasm travels LZMA-packed (scripts/pack-wasm.py): about a fifth smaller than the same
// file under gzip, which is all a web server would do to it. This module fetches the packed file
// and unpacks it in the page with a small wasm decoder (crates/unlzma), handing the glue's init()
// a stream of the plain wasm: the browser compiles each piece on its own threads while the next
// one is unpacked. Built into dist/unpack-<hash>.js by scripts/pack-wasm.py, which fills in the
// decoder's file name; it sits next to the decoder, so the name resolves against this module.

const DECODER = new URL('./__ZJ_UNLZMA__', import.meta.url);
// Bytes unpacked per piece. Between pieces the browser also swaps in its optimised compile of
// the decoder (a wasm call never changes tier while it runs).
const STEP = 1 << 16;

/** Fetches the packed wasm at `url`; resolves to a Response streaming the unpacked module. */
export async function fetchWasm(url) {
  const [packed, decoder] = await Promise.all([bytesOf(url), bytesOf(DECODER)]);
  const unpacking = await unpacker(packed, decoder);
  const stream = new ReadableStream({
    pull(controller) {
      const piece = unpacking.next();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
}

/** Unpacks a whole ".lzma" file (`packed`) with the decoder module's bytes (`decoder`). */
export async function unlzma(packed, decoder) {
  const unpacking = await unpacker(packed, decoder);
  while (unpacking.next());
  return unpacking.bytes;
}

async function bytesOf(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error('zongjie: could not load ' + url + ' (HTTP ' + response.status + ')');
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Copies `packed` into a fresh instance of the decoder and returns { next, bytes }: next()
 * unpacks the next piece and returns a view of it, or null when all is out; `bytes` views the
 * whole output. Throws an Error naming the fault when the file is damaged.
 */
async function unpacker(packed, decoder) {
  const damaged = (what) => new Error('zongjie: the packed wasm is damaged (' + what + ')');
  const { instance } = await WebAssembly.instantiate(decoder);
  const { memory, unlzma_start: start, unlzma_step: step, unlzma_out: produced, __heap_base: heapBase } = instance.exports;
  let size = 0;
  for (let i = 12; i >= 5 && i < packed.length; i--) size = size * 256 + packed[i];
  if (packed.length < 18 || size > 0x40000000) throw damaged('header');
  const src = (heapBase.value + 7) & ~7, out = src + packed.length;
  const missing = out + size - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  new Uint8Array(memory.buffer, src, packed.length).set(packed);
  const faults = ['', 'header', 'cut short', 'bad match'];
  const code = start(src, packed.length, out, size);
  if (code) throw damaged(faults[code] || code);
  let done = 0;
  return {
    bytes: new Uint8Array(memory.buffer, out, size),
    next() {
      if (done === size) return null;
      const status = step(done + STEP); // 0: all out, 255: more to come
      if (status !== 0 && status !== 255) throw damaged(faults[status] || status);
      const from = done;
      done = produced();
      return new Uint8Array(memory.buffer, out + from, done - from);
    },
  };
}
