/**
 * Fold-stage benchmark: streaming fold (python view) vs. a bare line split over the same bytes.
 *
 * Builds a realistic `perf script` capture under `workDir` by replaying the real captured samples
 * of test/fixtures/fold (pids, times and some Python function names varied per replay so the
 * number of distinct stacks grows like a bigger program's), ≥ 100 MB (quick: ~10 MB). Then it
 * times a read-stream + line-split pass (in this process, after one warm-up pass), and the same
 * pass (same reader, same 1 MiB chunks, same splitter) feeding the folder in a fresh child
 * process, whose peak RSS (`process.resourceUsage().maxRSS`) is the memory figure. The fold time
 * includes the child's JIT warm-up; the split time does not, so the ratio errs against the fold.
 *
 * The child runs as the Action does: plain `node` on bundled JavaScript (this file bundled with
 * esbuild, which tsx brings along, into `workDir`). tsx's loader alone adds ~50 MB of RSS (a
 * loader thread with its own V8 heap), which would say nothing about the fold; when esbuild cannot
 * be loaded, or FOLD_BENCH_TSX=1, the child runs under `node --import tsx` and `childRuntime`
 * says so. `runtimeRssMB` is the peak RSS of the same kind of child doing only the line split:
 * peakRssMB − runtimeRssMB is what folding adds.
 * Targets: fold ≤ 3× line split, peak RSS ≤ 150 MB.
 *
 * `runs` (standalone `--runs N`, default 1) folds in that many fresh children and reports the
 * fastest, for comparing two versions of the folder on a shared machine.
 *
 * Standalone: `node --import tsx bench/fold.ts [--quick] [--runs N] [--work-dir DIR]`.
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
  /** How the child ran: `node (bundled)` or `node --import tsx`. */
  childRuntime: string;
  /** Peak RSS of the same kind of child that only splits the lines (runtime + reading). */
  runtimeRssMB: number;
}

const THIS_FILE = fileURLToPath(import.meta.url);
const REPO_ROOT = dirname(dirname(THIS_FILE));
const SOURCE_CAPTURES = ['py313-jit-bench', 'py313-jit-threads', 'py313-jit-multiprocessing', 'py313-jit-kernel-io', 'py313-jit-deep-recursion'];
const CHILD_FLAG = '--fold-child';
const SPLIT_CHILD_FLAG = '--split-child';
const MB = 1024 * 1024;

export async function benchFold(options: { quick: boolean; workDir: string; runs?: number }): Promise<FoldBenchResult> {
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
    if (lines === 0) throw new Error(`The generated capture ${input} has no lines.`);
    const runtime = await prepareChildRuntime(options.workDir);
    let child = await runChild(runtime.argv, CHILD_FLAG, input);
    for (let run = 1; run < (options.runs ?? 1); run += 1) {
      const again = await runChild(runtime.argv, CHILD_FLAG, input);
      child = { seconds: Math.min(child.seconds, again.seconds), maxRssKB: Math.max(child.maxRssKB, again.maxRssKB) };
    }
    const splitChild = await runChild(runtime.argv, SPLIT_CHILD_FLAG, input);
    const inputMB = bytes / MB;
    return {
      inputMB: round(inputMB, 1),
      foldSeconds: round(child.seconds, 3),
      lineSplitSeconds: round(lineSplitSeconds, 3),
      ratio: round(child.seconds / lineSplitSeconds, 2),
      peakRssMB: round(child.maxRssKB / 1024, 1),
      mbPerSecond: round(inputMB / child.seconds, 1),
      childRuntime: runtime.name,
      runtimeRssMB: round(splitChild.maxRssKB / 1024, 1),
    };
  } finally {
    rmSync(join(options.workDir, 'fold-bench-child.mjs'), { force: true });
    if (process.env.FOLD_BENCH_KEEP !== '1') rmSync(input, { force: true });
  }
}

/**
 * The command line that runs this file's child entry: plain node on a bundle when esbuild is
 * there (the Action runs bundled code on plain node), otherwise node with the tsx loader.
 */
async function prepareChildRuntime(workDir: string): Promise<{ name: string; argv: string[] }> {
  const tsx = { name: 'node --import tsx', argv: [process.execPath, '--import', 'tsx', THIS_FILE] };
  if (process.env.FOLD_BENCH_TSX === '1') return tsx;
  let esbuild: { build(options: Record<string, unknown>): Promise<unknown> };
  try {
    esbuild = (await import('esbuild' as string)) as typeof esbuild;
  } catch {
    return tsx;
  }
  const bundle = join(workDir, 'fold-bench-child.mjs');
  await esbuild.build({ entryPoints: [THIS_FILE], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'error' });
  return { name: 'node (bundled)', argv: [process.execPath, bundle] };
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

export function writeSyntheticCapture(path: string, targetBytes: number): number {
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

async function runChild(argv: string[], flag: string, input: string): Promise<{ seconds: number; maxRssKB: number }> {
  const [command, ...args] = argv as [string, ...string[]];
  const { stdout } = await promisify(execFile)(command, [...args, flag, input], { cwd: REPO_ROOT, maxBuffer: MB });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { seconds: number; maxRssKB: number };
}

async function runFoldInChild(input: string): Promise<void> {
  const started = performance.now();
  const folder = createFolder({ view: 'python', workingDirectory: '/work/main', homeDirectory: '/root' });
  await splitLines(input, folder.pushLine);
  const result = folder.finish();
  const seconds = (performance.now() - started) / 1000;
  const maxRssKB = process.resourceUsage().maxRSS;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssKB, samples: result.quality.samples, stacks: result.stacks.size })}\n`);
}

async function runSplitInChild(input: string): Promise<void> {
  const started = performance.now();
  let lines = 0;
  await splitLines(input, () => {
    lines += 1;
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssKB: process.resourceUsage().maxRSS, lines })}\n`);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === CHILD_FLAG && args[1] !== undefined) {
    await runFoldInChild(args[1]);
  } else if (args[0] === SPLIT_CHILD_FLAG && args[1] !== undefined) {
    await runSplitInChild(args[1]);
  } else {
    const workDirIndex = args.indexOf('--work-dir');
    const workDir = workDirIndex >= 0 && args[workDirIndex + 1] !== undefined ? (args[workDirIndex + 1] as string) : join(tmpdir(), 'python-perf-gate-bench');
    const runsIndex = args.indexOf('--runs');
    const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 1;
    if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
    const result = await benchFold({ quick: args.includes('--quick'), workDir, runs });
    process.stdout.write(
      `fold: ${result.inputMB} MB, fold ${result.foldSeconds} s${runs > 1 ? ` (fastest of ${runs})` : ''} (${result.mbPerSecond} MB/s), line split ${result.lineSplitSeconds} s, ratio ${result.ratio}x (target ≤ 3), peak RSS ${result.peakRssMB} MB (target ≤ 150; child: ${result.childRuntime}, whose line split alone peaks at ${result.runtimeRssMB} MB)\n`,
    );
  }
}
