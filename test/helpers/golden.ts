/**
 * Golden-file assertions: `test/fixtures/<stage>/<case>` inputs produce `test/golden/<stage>/<case>`.
 * Run with UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const testRoot = dirname(dirname(fileURLToPath(import.meta.url)));

export function fixturePath(stage: string, name: string): string {
  return join(testRoot, 'fixtures', stage, name);
}

export function goldenPath(stage: string, name: string): string {
  return join(testRoot, 'golden', stage, name);
}

export function expectGolden(stage: string, name: string, actual: string): void {
  const path = goldenPath(stage, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`Golden file ${path} is missing. Run the tests with UPDATE_GOLDEN=1 to create it, then review it.`);
  }
  const expected = readFileSync(path, 'utf8');
  expect(actual, `Output differs from golden file ${path}. If the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.`).toBe(expected);
}
