/**
 * Fold-stage benchmark: streaming fold (python view) vs. a bare line split over the same bytes.
 *
 * Builds a realistic `perf script` capture under `workDir` by replaying the real captured samples
 * of test/fixtures/fold (pids, times and some Python function names varied per replay so the
 * number of distinct stacks grows like a bigger program's), ≥ 100 MB (quick: ~10 MB). Then it
 * times a read-stream + line-split pass, and the same pass feeding the folder in a child process
 * (`node --import tsx`), whose peak RSS (`process.resourceUsage().maxRSS`) is the memory figure.
 * Targets: fold ≤ 3× line split, peak RSS ≤ 150 MB.
 *
 * Standalone: `node --import tsx bench/fold.ts [--quick] [--work-dir DIR]`.
 */
import { execFile } from 'node:child_process';
import { createReadStream, closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createFolder } from '../src/core/fold-python.js';

export interface FoldBenchResult {
  inputMB: number;
  foldSeconds: number;
  lineSplitSeconds: number;
  ratio: number;
  peakRssMB: number;
  mbPerSecond: number;
}

const THIS_FILE = fileURLToPath(import.meta.url);
const REPO_ROOT = dirname(dirname(THIS_FILE));
const SOURCE_CAPTURES = ['py313-jit-bench', 'py313-jit-threads', 'py313-jit-multiprocessing', 'py313-jit-kernel-io', 'py313-jit-deep-recursion'];
const CHILD_FLAG = '--fold-child';
const MB = 1024 * 1024;

export async function benchFold(options: { quick: boolean; workDir: string }): Promise<FoldBenchResult> {
  mkdirSync(options.workDir, { recursive: true });
  const input = join(options.workDir, 'fold-bench-input.txt');
  const bytes = writeSyntheticCapture(input, options.quick ? 10 * MB : 100 * MB);
  try {
    await splitLines(input, () => undefined); // warm the page cache for both passes
    const splitStart = performance.now();
    let lines = 0;
    await splitLines(input, () => {
      lines += 1;
    });
    const lineSplitSeconds = (performance.now() - splitStart) / 1000;
    const child = await runFoldChild(input);
    const inputMB = bytes / MB;
    return {
      inputMB: round(inputMB, 1),
      foldSeconds: round(child.foldSeconds, 3),
      lineSplitSeconds: round(lineSplitSeconds, 3),
      ratio: round(child.foldSeconds / lineSplitSeconds, 2),
      peakRssMB: round(child.maxRssKB / 1024, 1),
      mbPerSecond: round(inputMB / child.foldSeconds, 1),
    };
  } finally {
    if (process.env.FOLD_BENCH_KEEP !== "1") rmSync(input, { force: true });
  }
}

/** Streams `path` as UTF-8 and calls `onLine` for every line (without its newline). */
async function splitLines(path: string, onLine: (line: string) => void): Promise<void> {
  let pending = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: MB })) {
    const text = pending.length > 0 ? pending + (chunk as string) : (chunk as string);
    let start = 0;
    let newline = text.indexOf('\n', start);
    while (newline >= 0) {
      onLine(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    pending = text.slice(start);
  }
  if (pending.length > 0) onLine(pending);
}

function writeSyntheticCapture(path: string, targetBytes: number): number {
  const blocks = SOURCE_CAPTURES.flatMap((name) =>
    readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'fold', `${name}.txt`), 'utf8')
      .split('\n\n')
      .filter((block) => /^\S/.test(block)),
  );
  const fd = openSync(path, 'w');
  let written = 0;
  let time = 1000;
  try {
    for (let replay = 0; written < targetBytes; replay += 1) {
      const pid = 20000 + (replay % 7);
      const variant = replay % 25;
      const parts: string[] = [];
      for (const block of blocks) {
        time += 0.001001;
        const newline = block.indexOf('\n');
        const header = `python3.13 ${pid}/${pid} ${time.toFixed(6)}:    1001001 cpu-clock: `;
        let body = newline >= 0 ? block.slice(newline) : '';
        // Vary some Python functions, as a larger program has more distinct stacks.
        if (variant > 0) body = body.replace(/ py::([A-Za-z_]+)/g, (_match, name: string) => ` py::${name}_${variant}`);
        parts.push(`${header}${body}\n\n`);
      }
      const chunk = parts.join('');
      written += writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return statSync(path).size;
}

async function runFoldChild(input: string): Promise<{ foldSeconds: number; maxRssKB: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', THIS_FILE, CHILD_FLAG, input], {
    cwd: REPO_ROOT,
    maxBuffer: MB,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { foldSeconds: number; maxRssKB: number };
}

async function runChild(input: string): Promise<void> {
  const started = performance.now();
  const folder = createFolder({ view: 'python', workingDirectory: '/work/main', homeDirectory: '/root' });
  await splitLines(input, folder.pushLine);
  const result = folder.finish();
  const foldSeconds = (performance.now() - started) / 1000;
  const maxRssKB = process.resourceUsage().maxRSS;
  process.stdout.write(`${JSON.stringify({ foldSeconds, maxRssKB, samples: result.quality.samples, stacks: result.stacks.size })}\n`);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === CHILD_FLAG && args[1] !== undefined) {
    await runChild(args[1]);
  } else {
    const workDirIndex = args.indexOf('--work-dir');
    const workDir = workDirIndex >= 0 && args[workDirIndex + 1] !== undefined ? (args[workDirIndex + 1] as string) : join(tmpdir(), 'python-perf-gate-bench');
    const result = await benchFold({ quick: args.includes('--quick'), workDir });
    process.stdout.write(
      `fold: ${result.inputMB} MB, fold ${result.foldSeconds} s (${result.mbPerSecond} MB/s), line split ${result.lineSplitSeconds} s, ratio ${result.ratio}x (target ≤ 3), peak RSS ${result.peakRssMB} MB (target ≤ 150)\n`,
    );
  }
}
