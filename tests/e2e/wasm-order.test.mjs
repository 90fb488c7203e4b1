// scripts/order-wasm.py (the build step that orders the wasm's functions for gzip): the shipped
// dist/ wasm (as scripts/pack-wasm.py packed it, unpacked here by the page's own unpack module)
// has no name or producers section, is valid for binaryen, and its file name is its hash; on a small named module the step keeps the behaviour (same
// results, same memory) and refuses a module without names. No browser needed.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT } from './lib.mjs';
import { shippedWasm } from './packed.mjs';

const BIN = path.join(ROOT, '.tools', 'node_modules', '.bin');
const SCRIPT = path.join(ROOT, 'scripts', 'order-wasm.py');
const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}` };
const scratch = [];
after(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

function leb(bytes, i) {
  let value = 0, shift = 0, byte;
  do { byte = bytes[i++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, i];
}

/** Names of the custom sections of a wasm module. */
function customSections(bytes) {
  const names = [];
  let i = 8;
  while (i < bytes.length) {
    const id = bytes[i];
    const [size, start] = leb(bytes, i + 1);
    if (id === 0) {
      const [len, at] = leb(bytes, start);
      names.push(Buffer.from(bytes.subarray(at, at + len)).toString('utf8'));
    }
    i = start + size;
  }
  return names;
}

test('the shipped wasm has no name or producers section and binaryen accepts it', async () => {
  const { bytes } = await shippedWasm();
  const file = path.join(tempDir('zj-check-'), 'shipped.wasm');
  fs.writeFileSync(file, bytes);
  const sections = customSections(bytes);
  assert.ok(!sections.includes('name'), `custom sections: ${sections}`);
  assert.ok(!sections.includes('producers'), `custom sections: ${sections}`);
  // wasm-opt validates what it reads; it exits non-zero on an invalid module.
  execFileSync('wasm-opt', [file, '-o', path.join(tempDir('zj-check-'), 'm.wasm')], { env, stdio: 'pipe' });
});

test('the packed wasm is named by the hash of the reordered module, and index.html preloads it', async () => {
  const { name, bytes } = await shippedWasm();
  const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  assert.equal(name, `zongjie-${hash}_bg.bin`);
  assert.ok(fs.existsSync(path.join(DIST, `zongjie-${hash}.js`)), 'the JS glue shares the hash');
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`<link rel="preload" href="\\./${name}"[^>]*>`), 'index.html preloads the packed wasm');
});

// Several functions that look alike and some that do not, a table, two data segments out of
// size order; names kept with -g as Trunk's wasm-opt keeps them.
const WAT = `(module
  (type $bin (func (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "a longer segment of text that sits at a higher address")
  (data (i32.const 16) "abc")
  (table 3 funcref)
  (elem (i32.const 0) $square $add $add_three)
  (func $square (type $bin) (i32.mul (local.get 0) (local.get 0)))
  (func $add (type $bin) (i32.add (local.get 0) (local.get 1)))
  (func $mix (param i32) (result i32)
    (i32.xor (i32.rotl (local.get 0) (i32.const 5)) (i32.const 0x5bd1e995)))
  (func $add_three (type $bin) (i32.add (i32.add (local.get 0) (local.get 1)) (i32.const 3)))
  (func (export "calc") (param i32) (result i32)
    (i32.add
      (i32.add
        (call_indirect (type $bin) (local.get 0) (i32.const 7) (i32.const 0))
        (call_indirect (type $bin) (local.get 0) (i32.const 7) (i32.const 2)))
      (i32.add (call $mix (local.get 0)) (i32.load8_u (i32.const 17)))))
  (func (export "mixed") (param i32) (result i32) (call $mix (call $add (local.get 0) (i32.const 1)))))`;

async function run(bytes) {
  const { instance } = await WebAssembly.instantiate(bytes);
  const memory = new Uint8Array(instance.exports.memory.buffer, 0, 256);
  return {
    calc: [0, 1, 9, 1000].map((x) => instance.exports.calc(x)),
    mixed: [0, 5, -3].map((x) => instance.exports.mixed(x)),
    memory: Buffer.from(memory).toString('hex'),
  };
}

function fakeDist(wasmBytes) {
  const dir = tempDir('zj-order-');
  // Trunk's hash drops leading zeros: 15 digits here, as Trunk sometimes writes.
  const stem = 'zongjie-123456789abcdef';
  fs.writeFileSync(path.join(dir, `${stem}_bg.wasm`), wasmBytes);
  fs.writeFileSync(path.join(dir, `${stem}.js`), '// glue\n');
  const sri = `sha384-${crypto.createHash('sha384').update(wasmBytes).digest('base64')}`;
  fs.writeFileSync(path.join(dir, 'index.html'),
    `<script type="module">import init from './${stem}.js'; init('./${stem}_bg.wasm');</script>\n`
    + `<link rel="preload" href="./${stem}_bg.wasm" integrity="${sri}" as="fetch">\n`);
  return dir;
}

function assembled(withNames) {
  const dir = tempDir('zj-wat-');
  fs.writeFileSync(path.join(dir, 'm.wat'), WAT);
  const out = path.join(dir, 'm.wasm');
  execFileSync('wasm-as', [path.join(dir, 'm.wat'), ...(withNames ? ['-g'] : []), '-o', out], { env });
  return fs.readFileSync(out);
}

test('order-wasm keeps a named module\'s behaviour, strips its names, renames it consistently', async () => {
  const before = assembled(true);
  assert.ok(customSections(before).includes('name'));
  const dir = fakeDist(before);
  execFileSync('python3', [SCRIPT, dir], { env });

  const files = fs.readdirSync(dir).sort();
  const wasm = files.find((f) => f.endsWith('_bg.wasm'));
  const after = fs.readFileSync(path.join(dir, wasm));
  const hash = crypto.createHash('sha256').update(after).digest('hex').slice(0, 16);
  assert.deepEqual(files, ['index.html', `zongjie-${hash}.js`, `zongjie-${hash}_bg.wasm`]);
  assert.ok(!customSections(after).includes('name'));
  assert.deepEqual(await run(after), await run(before));

  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  assert.ok(!html.includes('0123456789abcdef'), html);
  assert.ok(html.includes(`./zongjie-${hash}.js`) && html.includes(`./zongjie-${hash}_bg.wasm`));
  const sri = `sha384-${crypto.createHash('sha384').update(after).digest('base64')}`;
  assert.ok(html.includes(`integrity="${sri}"`), html);

  // Same input, same output: the step is deterministic.
  const again = fakeDist(before);
  execFileSync('python3', [SCRIPT, again], { env });
  assert.deepEqual(fs.readFileSync(path.join(again, wasm)), after);
});

test('order-wasm refuses a module without function names', () => {
  const dir = fakeDist(assembled(false));
  const result = spawnSync('python3', [SCRIPT, dir], { env, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no function names/);
});

// wasm-bindgen's shape: imports named __wbg_<name>_<hash> from "./<crate>_bg.js", each a key of
// the glue's import object once; one more import whose name the glue also uses elsewhere.
const IMPORTS_WAT = `(module
  (import "./m_bg.js" "__wbg_double_0123456789abcdef" (func $double (param i32) (result i32)))
  (import "./m_bg.js" "__wbg_inc_fedcba9876543210" (func $inc (param i32) (result i32)))
  (import "./m_bg.js" "__wbindgen_used_twice" (func $twice (param i32) (result i32)))
  (func $f (export "f") (param i32) (result i32) (call $twice (call $inc (call $double (local.get 0))))))`;
const IMPORTS_GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_double_0123456789abcdef: function(x) { return x * 2; },
        __wbg_inc_fedcba9876543210: function(x) { return x + 1; },
        __wbindgen_used_twice: function(x) { return x * 10; },
    };
    return { __proto__: null, "./m_bg.js": import0 };
}
// __wbindgen_used_twice is named here once more, so it keeps its name.
`;

test('order-wasm shortens the import names that the glue names once, in the module and the glue alike', async () => {
  const dir = tempDir('zj-wat-');
  fs.writeFileSync(path.join(dir, 'm.wat'), IMPORTS_WAT);
  execFileSync('wasm-as', [path.join(dir, 'm.wat'), '-g', '-o', path.join(dir, 'm.wasm')], { env });
  const before = fs.readFileSync(path.join(dir, 'm.wasm'));
  const dist = fakeDist(before);
  fs.writeFileSync(path.join(dist, 'zongjie-123456789abcdef.js'), IMPORTS_GLUE);
  execFileSync('python3', [SCRIPT, dist], { env });

  const files = fs.readdirSync(dist);
  const after = fs.readFileSync(path.join(dist, files.find((f) => f.endsWith('_bg.wasm'))));
  const glue = fs.readFileSync(path.join(dist, files.find((f) => f.endsWith('.js'))), 'utf8');
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(after)).map((i) => `${i.module} ${i.name}`);
  assert.deepEqual(imports, ['m0 $0', 'm0 $1', 'm0 __wbindgen_used_twice']);
  assert.ok(!glue.includes('__wbg_double') && !glue.includes('./m_bg.js'), glue);
  assert.equal(glue.split('__wbindgen_used_twice').length, 3, 'the name used twice is kept');
  // The glue's import object still fits the module, and the module computes the same.
  const importObject = new Function(`${glue}; return __wbg_get_imports();`)();
  const { instance } = await WebAssembly.instantiate(after, importObject);
  assert.equal(instance.exports.f(5), 110);
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  assert.ok(html.includes(`integrity="sha384-${crypto.createHash('sha384').update(after).digest('base64')}"`), html);
});
