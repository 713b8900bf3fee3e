// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with @vercel/ncc.
// Deterministic: CI rebuilds and checks that dist/ is byte-identical to what is committed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = [
  { source: 'src/index.ts', output: 'dist/index.js', shebang: false },
  { source: 'src/cli.ts', output: 'dist/cli.js', shebang: true },
];

mkdirSync('dist', { recursive: true });
// Files are replaced by rename, never deleted first, so a test running dist/ meanwhile never sees it missing.
for (const file of readdirSync('dist')) {
  if (!entries.some((entry) => entry.output === `dist/${file}`)) rmSync(`dist/${file}`, { recursive: true, force: true });
}
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
  const staged = `${entry.output}.tmp`;
  writeFileSync(staged, code);
  chmodSync(staged, entry.shebang ? 0o755 : 0o644);
  renameSync(staged, entry.output);
  rmSync(outDir, { recursive: true, force: true });
}
