// Assembles src/core/line-interner.wat into src/core/line-interner-wasm.ts (the module's bytes,
// base64), with wabt (a devDependency, pinned: the same bytes on every machine). `npm run build`
// runs it first; CI then checks that the file is what it writes, as it checks dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import wabtModule from 'wabt';

const source = 'src/core/line-interner.wat';
const output = 'src/core/line-interner-wasm.ts';

const wabt = await wabtModule();
const parsed = wabt.parseWat(source, readFileSync(source, 'utf8'), { bulk_memory: true });
try {
  parsed.validate();
  const { buffer } = parsed.toBinary({ log: false, write_debug_names: false });
  const base64 = Buffer.from(buffer).toString('base64');
  const lines = base64.match(/.{1,100}/g) ?? [];
  const text = [
    `// Generated from line-interner.wat by scripts/build-wasm.mjs (npm run build): do not edit.`,
    `export const lineInternerWasmBase64 =`,
    ...lines.map((line, index) => `  '${line}'${index === lines.length - 1 ? ';' : ' +'}`),
    '',
  ].join('\n');
  writeFileSync(output, text);
} finally {
  parsed.destroy();
}
