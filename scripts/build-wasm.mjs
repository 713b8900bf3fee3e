// Assembles the project's WebAssembly modules (src/core/*.wat) into TypeScript files holding each
// module's bytes as base64, with wabt (a devDependency, pinned: the same bytes on every machine).
// `npm run build` runs it first; CI then checks that the files are what it writes, as it checks dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import wabtModule from 'wabt';

const modules = [
  { source: 'src/core/line-interner.wat', output: 'src/core/line-interner-wasm.ts', name: 'lineInternerWasmBase64' },
  { source: 'src/core/folded-writer.wat', output: 'src/core/folded-writer-wasm.ts', name: 'foldedWriterWasmBase64' },
];

/** The module's text with each `;; include FILE.wat` line replaced by that file (beside it in src/core). */
function readWithIncludes(path) {
  return readFileSync(path, 'utf8').replace(/^[ \t]*;; include ([\w-]+\.wat)[ \t]*$/gm, (_, file) => readFileSync(`src/core/${file}`, 'utf8'));
}

const wabt = await wabtModule();
for (const { source, output, name } of modules) {
  const parsed = wabt.parseWat(source, readWithIncludes(source), { bulk_memory: true });
  try {
    parsed.validate();
    const { buffer } = parsed.toBinary({ log: false, write_debug_names: false });
    const base64 = Buffer.from(buffer).toString('base64');
    const lines = base64.match(/.{1,100}/g) ?? [];
    const file = source.slice(source.lastIndexOf('/') + 1);
    const text = [
      `// Generated from ${file} by scripts/build-wasm.mjs (npm run build): do not edit.`,
      `export const ${name} =`,
      ...lines.map((line, index) => `  '${line}'${index === lines.length - 1 ? ';' : ' +'}`),
      '',
    ].join('\n');
    writeFileSync(output, text);
  } finally {
    parsed.destroy();
  }
}
