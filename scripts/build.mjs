// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with @vercel/ncc.
// Deterministic: CI rebuilds and checks that dist/ is byte-identical to what is committed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = [
  { source: 'src/index.ts', output: 'dist/index.js', shebang: false },
  { source: 'src/cli.ts', output: 'dist/cli.js', shebang: true },
];

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const entry of entries) {
  const outDir = mkdtempSync(join(tmpdir(), 'ppg-build-'));
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry.source, '-o', outDir, '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  });
  const files = readdirSync(outDir);
  const main = files.find((file) => file === 'index.js' || file === 'index.mjs');
  if (!main) throw new Error(`ncc produced no index.js for ${entry.source} (got ${files.join(', ')})`);
  const extra = files.filter((file) => file !== main && file !== 'package.json');
  if (extra.length > 0) throw new Error(`ncc emitted extra files for ${entry.source}: ${extra.join(', ')}; keep dist/ to one file per entry.`);
  let code = readFileSync(join(outDir, main), 'utf8').replace(/^#!.*\n/, '');
  if (entry.shebang) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(entry.output, code);
  if (entry.shebang) chmodSync(entry.output, 0o755);
  rmSync(outDir, { recursive: true, force: true });
}
