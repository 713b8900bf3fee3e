/**
 * Folding a capture file in parts on worker threads gives exactly the stacks of one fold in one
 * piece (and, for the compat view, of the line-by-line folder), whatever the view, options and
 * number of parts: cut points fall after blank lines and every part keeps the first event of the
 * whole file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCompatFolder } from '../../src/core/fold-compat.js';
import { formatFoldedText } from '../../src/core/folded.js';
import { choosePartCount, foldCaptureFile, parseOtherRunnableTasks, type FoldRequest } from '../../src/shell/fold-file.js';
import { fixturePath } from '../helpers/golden.js';
import { projectRoot } from '../helpers/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'ppg-fold-file-'));
// The worker entry: the CLI's role, run from the sources through tsx.
const workerUrl = pathToFileURL(join(dir, 'worker.mjs'));
writeFileSync(
  workerUrl,
  `import { register } from ${JSON.stringify(pathToFileURL(join(projectRoot, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')).href)};\nregister();\nawait (await import(${JSON.stringify(pathToFileURL(join(projectRoot, 'src', 'shell', 'fold-file.ts')).href)})).runFoldPartWorker();\n`,
);
// A capture of several processes and events: a page-faults sample first would make it the kept
// event; here cpu-clock comes first and the edge cases bring other events later.
const blocks = ['py313-jit-bench', 'py313-jit-threads', 'edge-cases', 'py313-jit-kernel-io'].map((name) => readFileSync(fixturePath('fold', `${name}.txt`), 'utf8'));
const capture = join(dir, 'capture.txt');
writeFileSync(capture, Array.from({ length: 12 }, (_, index) => blocks[index % blocks.length]!.replaceAll('4242/', `${4242 + index}/`)).join('\n\n'));

const requests: Record<string, FoldRequest> = {
  compat: { view: 'compat', compat: {} },
  'compat --tid --all': { view: 'compat', compat: { tid: true, all: true } },
  'compat --event-filter page-faults': { view: 'compat', compat: { eventFilter: 'page-faults' } },
  python: { view: 'python', fold: { view: 'python', workingDirectory: '/work/main', homeDirectory: '/root' } },
  mixed: { view: 'mixed', fold: { view: 'mixed', workingDirectory: '/work/main' } },
};

describe('foldCaptureFile', () => {
  for (const [name, request] of Object.entries(requests)) {
    it(`${name}: 1, 2 and 3 parts fold to the same stacks`, async () => {
      const whole = await foldCaptureFile({ path: capture, request, workerUrl, parts: 1 });
      expect(whole.stacks.size).toBeGreaterThan(request.view === 'compat' && request.compat.eventFilter ? 0 : 10);
      for (const parts of [2, 3]) {
        const split = await foldCaptureFile({ path: capture, request, workerUrl, parts, minParallelBytes: 0 });
        expect(formatFoldedText(split.stacks)).toBe(formatFoldedText(whole.stacks));
        expect(split.samples).toBe(whole.samples);
      }
      if (request.view === 'compat') {
        const folder = createCompatFolder(request.compat);
        for (const line of readFileSync(capture, 'utf8').split('\n')) folder.pushLine(line);
        expect(formatFoldedText(whole.stacks)).toBe(formatFoldedText(folder.finish()));
      }
    }, 60_000);
  }
});

describe('choosePartCount', () => {
  it('reads the runnable tasks other than the reader from /proc/loadavg, not the load averages', () => {
    expect(parseOtherRunnableTasks('3.95 3.10 2.80 1/437 12345\n')).toBe(0);
    expect(parseOtherRunnableTasks('0.10 0.20 0.30 3/437 12345\n')).toBe(2);
    expect(parseOtherRunnableTasks('')).toBeUndefined();
    expect(parseOtherRunnableTasks('0.10 0.20 0.30 0/437 12345')).toBeUndefined();
  });

  it('takes one part when every core is busy with another runnable process', async () => {
    const hogs = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(choosePartCount()).toBe(1);
    } finally {
      for (const hog of hogs) hog.kill('SIGKILL');
    }
  });
});
