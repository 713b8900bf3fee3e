/** Reading folded stacks from files: streamed, summed, and errors that point at the right line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFoldedFile } from '../../src/shell/baseline.js';

describe('readFoldedFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ppg-folded-'));

  it('sums repeated stacks over a file larger than any parse chunk', async () => {
    const path = join(dir, 'big.folded');
    const lines = Array.from({ length: 25_000 }, (_, i) => `main;f${i % 7} ${i % 3}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const stacks = await readFoldedFile(path);
    expect(stacks.size).toBe(7);
    let total = 0;
    for (const weight of stacks.values()) total += weight;
    expect(total).toBe(lines.reduce((sum, line) => sum + Number(line.split(' ')[1]), 0));
  });

  it('names the bad line by its number in the whole file', async () => {
    const path = join(dir, 'bad.folded');
    const lines = Array.from({ length: 15_000 }, () => 'main;work 1');
    lines.push('main;broken');
    writeFileSync(path, `${lines.join('\n')}\n`);
    await expect(readFoldedFile(path)).rejects.toThrow("Invalid folded-stack line 15001: 'main;broken'");
  });
});
