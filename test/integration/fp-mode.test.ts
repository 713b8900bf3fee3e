/**
 * fp mode for real: perf --call-graph fp on a CPython 3.13 built with frame pointers
 * (`bash scripts/build-fp-python.sh` builds and caches one; .ci/run always does). Runs the CLI
 * from src/ (node --import tsx) so it does not depend on a fresh dist/.
 *
 * Without that interpreter the tests are skipped with one line on stderr saying how to build it:
 * developers may not have it, CI always does.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import { findFramePointerPython, projectRoot, requirePerf, type CliResult } from '../helpers/tools.js';
import { listPythonFunctions } from '../helpers/python-frames.js';

const fp = findFramePointerPython();
if (!fp) {
  process.stderr.write('[fp-mode] skipped: no frame-pointer CPython 3.13 (set PPG_FP_PYTHON, or build one with `bash scripts/build-fp-python.sh`)\n');
}

const recursion = join('test', 'fixtures', 'programs', 'recursion.py');

interface Report {
  mode: string;
  runs: { quality: Record<string, number> }[];
  quality: { rootedShare: number; truncatedShare: number };
}

interface Profiled {
  cli: CliResult;
  report: Report;
  stacks: FoldedStacks;
}

/** The CLI from source, as `node dist/cli.js` would run it. */
function runCliFromSource(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli.ts'), ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), 80_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const outs: string[] = [];

async function profileRecursion(python: string, depth: number): Promise<Profiled> {
  const out = mkdtempSync(join(tmpdir(), `ppg-fp-${depth}-`));
  outs.push(out);
  const cli = await runCliFromSource(['profile', '--python', python, '--mode', 'fp', '--repeat', '1', '--out', out, '--script', recursion, '--', String(depth), '1']);
  if (cli.code !== 0 || !existsSync(join(out, 'report.json'))) throw new Error(`profile of a ${depth}-deep recursion failed (exit ${cli.code}):\n${cli.stderr}`);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  process.stderr.write(`[fp-mode] ${depth}-deep (mode ${report.mode}): ${JSON.stringify(report.runs[0]?.quality)}\n`);
  return { cli, report, stacks: parseFoldedText(readFileSync(join(out, 'profile.folded'), 'utf8')) };
}

function sum(entries: [string, number][]): number {
  return entries.reduce((acc, [, count]) => acc + count, 0);
}

/** Stacks whose innermost Python frame is leaf_work (its self samples, native callees included). */
function leafStacks(stacks: FoldedStacks): [string, number][] {
  return [...stacks].filter(([stack]) => listPythonFunctions(stack).at(-1) === 'leaf_work');
}

function expectedChain(depth: number): string {
  return ['<module>', 'main', ...Array.from({ length: depth }, () => 'recurse'), 'leaf_work'].join(';');
}

describe.skipIf(!fp)('fp mode with a frame-pointer CPython 3.13 (real perf)', () => {
  const python = fp as string;
  let check: Promise<CliResult>;
  let deep20: Promise<Profiled>;
  let deep100: Promise<Profiled>;

  beforeAll(() => {
    requirePerf();
    // Started together (each is mostly one busy process); the tests await their own.
    check = runCliFromSource(['check', '--python', python, '--json']);
    deep20 = profileRecursion(python, 20);
    deep100 = profileRecursion(python, 100);
    // Keep unhandled-rejection noise away until a test awaits them.
    for (const pending of [check, deep20, deep100]) pending.catch(() => undefined);
  });

  afterAll(async () => {
    await Promise.allSettled([check, deep20, deep100]);
    for (const out of outs) rmSync(out, { recursive: true, force: true });
  });

  it('check: ready, chooses fp by itself, and the fp probe finds the whole 5-frame chain', async () => {
    const result = await check;
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ready: true, mode: 'fp' });
    expect(report.python.version).toMatch(/^3\.13\./);
    const codes = report.problems.map((p: { code: string }) => p.code);
    expect(codes).not.toContain('python-no-frame-pointers');
    const probe = report.probes.find((p: { mode: string }) => p.mode === 'fp');
    expect(probe.chainFound).toBe(5);
    expect(probe.bestStack.slice(-5)).toEqual(['ppg_probe_outer', 'ppg_probe_two', 'ppg_probe_three', 'ppg_probe_four', 'ppg_probe_leaf']);
  });

  it('20-deep recursion: every leaf sample is rooted and keeps the whole chain of 20 py::recurse frames', async () => {
    const { report, stacks } = await deep20;
    expect(report.mode).toBe('fp');
    const leaf = leafStacks(stacks);
    const leafSamples = sum(leaf);
    expect(leafSamples).toBeGreaterThan(300);
    for (const [stack] of leaf) expect(stack.startsWith('[truncated]'), stack.slice(0, 200)).toBe(false);
    // A sample can land on a function's first instruction, before it pushes its frame pointer:
    // the caller's frame is then skipped. Rare, so the whole chain in ≥ 99% of the leaf samples.
    const full = leaf.filter(([stack]) => listPythonFunctions(stack).join(';') === expectedChain(20));
    expect(sum(full) / leafSamples).toBeGreaterThanOrEqual(0.99);
    // What is cut here is interpreter start-up, not the benchmark: nested imports (site, the
    // activation hook, json, re) run deeper than the kernel's 127-frame cap, and glibc's malloc
    // has no frame pointers. No cut stack holds a frame of the recursion.
    for (const [stack] of [...stacks].filter(([s]) => s.startsWith('[truncated]'))) {
      expect(listPythonFunctions(stack).some((name) => name === 'recurse' || name === 'leaf_work'), stack.slice(0, 200)).toBe(false);
    }
    expect(report.quality.truncatedShare).toBeLessThan(0.05);
  });

  it('100-deep recursion: cut at kernel.perf_event_max_stack, marked [truncated], and the notice says to raise it', async () => {
    const { cli, report, stacks } = await deep100;
    expect(report.mode).toBe('fp');
    expect(report.quality.truncatedShare).toBeGreaterThan(0.5);
    const leaf = leafStacks(stacks);
    expect(sum(leaf)).toBeGreaterThan(300);
    // No leaf sample is re-rooted at a partial chain: it is either the whole chain or marked.
    for (const [stack] of leaf) {
      expect(stack.startsWith('[truncated];') || listPythonFunctions(stack).join(';') === expectedChain(100), stack.slice(0, 200)).toBe(true);
    }
    expect(cli.stderr).toMatch(/notice: .*\[truncated\].*perf_event_max_stack/);
  });
});
