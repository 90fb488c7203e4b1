// scripts/pack-wasm.py and src/web/unpack.js (the hosted wasm travels LZMA-packed): dist/'s own
// unpack module and decoder give back exactly what Python's LZMA decoder does; a damaged or cut
// file is refused with an Error; the step packs a small dist/, rewires its boot and preload, and
// leaves a packed dist/ as it is; the hosted page (and the embed) load the packed file, never a
// .wasm of the app, and say in Chinese when it cannot be loaded.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, assertNoErrors, assertNoNetwork, closeAll, hostedServer, newPage, openHosted } from './lib.mjs';
import { shippedWasm, unpacker } from './packed.mjs';

const SCRIPT = path.join(ROOT, 'scripts', 'pack-wasm.py');
const env = { ...process.env, PATH: `${path.join(ROOT, '.tools', 'node_modules', '.bin')}:${process.env.PATH}` };
const scratch = [];
after(async () => {
  scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  await closeAll();
});

/** Python's own LZMA decoder (the reference) on `packed`. */
function pythonUnpack(packed) {
  return execFileSync('python3', ['-c',
    'import lzma,sys; sys.stdout.buffer.write(lzma.decompress(sys.stdin.buffer.read(), format=lzma.FORMAT_ALONE))'],
  { input: packed, maxBuffer: 1 << 26 });
}

test('the shipped packed wasm unpacks in the page\'s decoder to what Python\'s LZMA gives, a valid module', async () => {
  const { packed, bytes } = await shippedWasm();
  assert.ok(bytes.equals(pythonUnpack(packed)), 'same bytes as the reference decoder');
  assert.ok(WebAssembly.validate(bytes), 'a valid wasm module');
  assert.ok(packed.length < bytes.length / 3, `packed ${packed.length} B of ${bytes.length} B`);
});

test('a cut or damaged packed file is refused with an Error, never returned as the wasm', async () => {
  const { packed, bytes } = await shippedWasm();
  const { unlzma, decoder } = await unpacker();
  for (const cut of [0, 10, 18, 1000, packed.length >> 1, packed.length - 40]) {
    await assert.rejects(unlzma(new Uint8Array(packed.subarray(0, cut)), decoder), /packed wasm is damaged/, `cut at ${cut}`);
  }
  let refused = 0;
  for (let i = 0; i < 40; i++) {
    const bad = new Uint8Array(packed);
    bad[20 + ((i * 7919) % (bad.length - 20))] ^= 1 << (i % 8);
    try {
      const out = await unlzma(bad, decoder);
      assert.ok(!Buffer.from(out).equals(bytes), 'damage cannot give the same bytes');
    } catch (error) {
      assert.match(error.message, /packed wasm is damaged/);
      refused++;
    }
  }
  assert.ok(refused >= 30, `most damage is caught by the decoder (${refused} of 40)`);
});

/** A small dist/ as scripts/finish-dist.py leaves it: a boot that loads a wasm, and its preload. */
function smallDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-pack-'));
  scratch.push(dir);
  // The empty module (magic and version) followed by bytes that must survive the round trip.
  const wasm = Buffer.concat([Buffer.from('0061736d01000000', 'hex'), Buffer.from('zongjie '.repeat(500))]);
  const stem = 'zongjie-0123456789abcdef';
  fs.writeFileSync(path.join(dir, `${stem}_bg.wasm`), wasm);
  fs.writeFileSync(path.join(dir, `${stem}.js`), 'export default async function init() {}\n');
  fs.writeFileSync(path.join(dir, 'boot-1111111111111111.js'),
    `import init from './${stem}.js';\nawait init({ module_or_path: './${stem}_bg.wasm' });\n`);
  fs.writeFileSync(path.join(dir, 'index.html'),
    `<script type="module" src="./boot-1111111111111111.js"></script>\n`
    + `<link rel="preload" href="./${stem}_bg.wasm" crossorigin="anonymous" integrity="sha384-x" as="fetch" type="application/wasm">\n`);
  return { dir, stem, wasm };
}

function listing(dir) {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

test('pack-wasm.py packs a dist/, points its boot and preload at the packed file, and is idempotent', () => {
  const { dir, stem, wasm } = smallDist();
  execFileSync('python3', [SCRIPT, dir], { env, stdio: 'pipe' });
  const files = fs.readdirSync(dir);
  assert.ok(!files.includes(`${stem}_bg.wasm`), 'the plain wasm is gone');
  const packed = fs.readFileSync(path.join(dir, `${stem}_bg.bin`));
  assert.ok(pythonUnpack(packed).equals(wasm), 'the packed file holds the wasm');
  const unpack = files.find((f) => /^unpack-[0-9a-f]{16}\.js$/.test(f));
  const decoder = files.find((f) => /^unlzma-[0-9a-f]{16}\.wasm$/.test(f));
  assert.ok(unpack && decoder, `unpack module and decoder written: ${files}`);
  assert.ok(fs.readFileSync(path.join(dir, unpack), 'utf8').includes(`'./${decoder}'`), 'the module names its decoder');
  const boot = fs.readFileSync(path.join(dir, 'boot-1111111111111111.js'), 'utf8');
  assert.ok(boot.startsWith(`import { fetchWasm } from './${unpack}';`), boot);
  assert.ok(boot.includes(`module_or_path: fetchWasm('./${stem}_bg.bin')`), boot);
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  assert.ok(html.includes(`<link rel="preload" href="./${stem}_bg.bin" crossorigin="anonymous" as="fetch">`), html);
  assert.ok(html.includes(`<link rel="modulepreload" href="./${unpack}">`), html);
  assert.ok(!html.includes('_bg.wasm'), html);

  const before = listing(dir);
  const again = spawnSync('python3', [SCRIPT, dir], { env, encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /already packed/);
  assert.deepEqual(listing(dir), before, 'a packed dist/ is left as it is');
});

test('pack-wasm.py refuses a dist/ whose boot does not load the wasm, and changes nothing', () => {
  const { dir, stem } = smallDist();
  fs.writeFileSync(path.join(dir, 'boot-1111111111111111.js'), `import init from './${stem}.js';\nawait init();\n`);
  const before = listing(dir);
  const run = spawnSync('python3', [SCRIPT, dir], { env, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /pack-wasm: expected one boot-\*\.js loading/);
  assert.deepEqual(listing(dir), before);
});

test('the hosted page loads the packed wasm and its decoder, and never a .wasm of the app', async () => {
  const page = await openHosted();
  const files = page.zj.requests.map((u) => u.split('/').pop());
  assert.ok(files.some((f) => /^zongjie-[0-9a-f]+_bg\.bin$/.test(f)), `requests: ${files}`);
  assert.ok(files.some((f) => /^unlzma-[0-9a-f]+\.wasm$/.test(f)), `requests: ${files}`);
  assert.ok(!files.some((f) => f.endsWith('_bg.wasm')), `requests: ${files}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  assertNoNetwork(page);
  assertNoErrors(page);
});

test('hosted: when the packed wasm cannot be loaded, the page says so in Chinese instead of staying blank', async () => {
  const again = await newPage();
  await again.route(/_bg\.bin$/, (route) => route.fulfill({ status: 404, body: '' }));
  const server = await hostedServer();
  again.zj.allowed = [server.base, 'data:', 'blob:'];
  await again.goto(server.url(''));
  const alert = again.locator('#app [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /本工具没有加载成功[\s\S]*请刷新页面重试/);
  assert.ok(again.zj.pageErrors.some((e) => /HTTP 404/.test(String(e))), 'the error still reaches the console');
  assertNoNetwork(again);
});
