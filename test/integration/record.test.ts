/**
 * The record stage with real perf and real CPython, through the CLI as a user runs it:
 * deep recursion (kept, or marked [truncated]), multiprocessing, native time, a failing and a
 * hanging benchmark, and cleanup of everything perf and CPython leave in /tmp and ~/.debug.
 *
 * The independent CLI runs start together in beforeAll (at most three at a time on two cores);
 * the tests then read their outputs. Each run's quality fields go to stderr.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import { cliPath, findPython, listLeftovers, projectRoot, requirePerf, type CliResult } from '../helpers/tools.js';
import { isProcessRunning } from '../helpers/processes.js';
import { listPythonFunctions } from '../helpers/python-frames.js';

const programs = join('test', 'fixtures', 'programs');

interface Case {
  python: 12 | 13;
  script: string;
  args: string[];
  extra?: string[];
  /** --repeat (default 1). */
  repeat?: number;
}

/** fail_on_run.py counts its runs here. */
const failCounter = join(tmpdir(), `ppg-fail-on-run-${process.pid}`);

const cases = {
  deep20: { python: 13, script: 'recursion.py', args: ['20', '1'] },
  deep100: { python: 13, script: 'recursion.py', args: ['100', '1'] },
  pool: { python: 13, script: 'pool_workers.py', args: [] },
  zlib: { python: 13, script: 'zlib_heavy.py', args: ['0.7'] },
  exitThree: { python: 13, script: 'exit_three.py', args: [] },
  hang: { python: 13, script: 'hang.py', args: [], extra: ['--timeout-minutes', '0.05'] },
  dwarf312: { python: 12, script: 'recursion.py', args: ['20', '1'] },
  failSecond: { python: 13, script: 'fail_on_run.py', args: [failCounter, '2'], repeat: 3 },
  longFirst: { python: 13, script: 'long_first_run.py', args: ['10.2'], repeat: 2 },
} satisfies Record<string, Case>;
type CaseName = keyof typeof cases;

interface Outcome {
  out: string;
  cli: CliResult;
  report?: Report;
  stacks?: FoldedStacks;
  log: string;
  /** When the CLI exited (epoch ms). */
  finishedAt: number;
  /** Leftover /tmp and ~/.debug files of the run's processes, listed right after it ended. */
  leftovers: string[];
  debugEntries: string[];
}

interface Report {
  mode: string;
  runs: { wallSeconds: number; cpuSeconds: number; pids: number[]; quality: Record<string, number> }[];
  quality: { rootedShare: number; truncatedShare: number };
}

const outcomes = new Map<CaseName, Outcome>();

function runCliAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runCase(name: CaseName, pythons: Record<12 | 13, string>): Promise<void> {
  const spec: Case = cases[name];
  if (name === 'failSecond') rmSync(failCounter, { force: true });
  const out = mkdtempSync(join(tmpdir(), `ppg-record-${name}-`));
  const args = ['profile', '--python', pythons[spec.python], '--repeat', String(spec.repeat ?? 1), '--out', out, ...(spec.extra ?? []), '--script', join(programs, spec.script), '--', ...spec.args];
  const cli = await runCliAsync(args);
  const outcome: Outcome = { out, cli, log: '', finishedAt: Date.now(), leftovers: [], debugEntries: [] };
  const logPath = join(out, 'logs', 'run-1.log');
  if (existsSync(logPath)) outcome.log = readFileSync(logPath, 'utf8');
  if (existsSync(join(out, 'report.json'))) {
    outcome.report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    outcome.stacks = parseFoldedText(readFileSync(join(out, 'profile.folded'), 'utf8'));
    const shown = outcome.report.runs.map((run) => ({ ...run.quality, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, pids: run.pids }));
    process.stderr.write(`[record] ${name} (python 3.${spec.python}, mode ${outcome.report.mode}): ${JSON.stringify(shown)}\n`);
  } else {
    process.stderr.write(`[record] ${name}: exit ${cli.code}, no report.json\n`);
  }
  const pids = outcome.report?.runs[0]?.pids ?? [...pidsFromLog(outcome.log, 'benchmark'), ...pidsFromLog(outcome.log, 'child')];
  outcome.leftovers = listLeftovers(pids, { modifiedBy: outcome.finishedAt });
  outcome.debugEntries = listDebugCacheEntries(pids, outcome.finishedAt);
  outcomes.set(name, outcome);
}

function get(name: CaseName): Outcome {
  const outcome = outcomes.get(name);
  if (!outcome) throw new Error(`case ${name} did not run`);
  return outcome;
}

function withReport(name: CaseName): Required<Pick<Outcome, 'report' | 'stacks'>> & Outcome {
  const outcome = get(name);
  expect(outcome.cli.code, outcome.cli.stderr).toBe(0);
  if (!outcome.report || !outcome.stacks) throw new Error(`${name}: no report`);
  return outcome as Required<Pick<Outcome, 'report' | 'stacks'>> & Outcome;
}

function total(stacks: FoldedStacks): number {
  let sum = 0;
  for (const count of stacks.values()) sum += count;
  return sum;
}

/** Stacks whose innermost Python frame is `name` (its self samples, native callees included). */
function selfStacks(stacks: FoldedStacks, name: string): [string, number][] {
  return [...stacks].filter(([stack]) => listPythonFunctions(stack).at(-1) === name);
}

function sum(entries: [string, number][]): number {
  return entries.reduce((acc, [, count]) => acc + count, 0);
}

function expectedChain(depth: number): string[] {
  return ['<module>', 'main', ...Array.from({ length: depth }, () => 'recurse'), 'leaf_work'];
}


/** Entries perf's build-id cache holds for these pids (jitted code, map files). */
function listDebugCacheEntries(pids: number[], modifiedBy: number): string[] {
  const directory = join(homedir(), '.debug', 'tmp');
  return existsSync(directory) ? listLeftovers(pids, { modifiedBy, directory }) : [];
}

function pidsFromLog(log: string, label: string): number[] {
  return [...log.matchAll(new RegExp(`^${label} pid (\\d+)$`, 'gm'))].map((match) => Number(match[1]));
}

describe('record stage with real perf', () => {
  beforeAll(async () => {
    requirePerf();
    const pythons = { 12: findPython(12), 13: findPython(13) };
    const queue = Object.keys(cases) as CaseName[];
    const workers = Array.from({ length: 3 }, async () => {
      for (let name = queue.shift(); name; name = queue.shift()) await runCase(name, pythons);
    });
    await Promise.all(workers);
  }, 180_000);

  afterAll(() => {
    for (const outcome of outcomes.values()) rmSync(outcome.out, { recursive: true, force: true });
    rmSync(failCounter, { force: true });
  });

  it('20-deep recursion (3.13 perf-jit): the full chain from the root survives in ≥ 99% of the leaf samples', () => {
    const { report, stacks } = withReport('deep20');
    expect(report.mode).toBe('perf-jit');
    const leaf = selfStacks(stacks, 'leaf_work');
    const leafSamples = sum(leaf);
    expect(leafSamples).toBeGreaterThan(300);
    const chain = expectedChain(20).join(';');
    const full = leaf.filter(([stack]) => !stack.startsWith('[truncated]') && listPythonFunctions(stack).join(';') === chain);
    expect(sum(full) / leafSamples).toBeGreaterThanOrEqual(0.99);
    expect(report.runs[0]?.quality.deepestPythonChain).toBeGreaterThanOrEqual(23);
  });

  it('100-deep recursion: every sample is rooted or under [truncated], and leaf self share matches the 20-deep case within 2 points', () => {
    const { report, stacks } = withReport('deep100');
    const quality = report.runs[0]!.quality;
    expect(quality.rootedShare! + quality.truncatedShare!).toBeCloseTo(1, 9);
    expect(quality.truncatedShare).toBeGreaterThan(0.5);
    const all = total(stacks);
    const truncated = sum([...stacks].filter(([stack]) => stack.startsWith('[truncated]')));
    expect(truncated / all).toBeCloseTo(quality.truncatedShare!, 9);
    // No leaf sample is re-rooted at a partial chain: it is either the whole chain or marked.
    const chain = expectedChain(100).join(';');
    const leaf = selfStacks(stacks, 'leaf_work');
    for (const [stack] of leaf) {
      expect(stack.startsWith('[truncated];') || listPythonFunctions(stack).join(';') === chain, stack.slice(0, 200)).toBe(true);
    }
    const deep20 = withReport('deep20');
    const share100 = sum(leaf) / all;
    const share20 = sum(selfStacks(deep20.stacks, 'leaf_work')) / total(deep20.stacks);
    process.stderr.write(`[record] leaf_work self share: 20-deep ${(share20 * 100).toFixed(2)}%, 100-deep ${(share100 * 100).toFixed(2)}%\n`);
    expect(Math.abs(share100 - share20)).toBeLessThanOrEqual(0.02);
  });

  it('multiprocessing.Pool: the worker function crunch_numbers appears, from the worker processes', () => {
    const { report, stacks } = withReport('pool');
    const crunch = sum([...stacks].filter(([stack]) => listPythonFunctions(stack).includes('crunch_numbers')));
    process.stderr.write(`[record] crunch_numbers inclusive share: ${((crunch / total(stacks)) * 100).toFixed(2)}%\n`);
    expect(crunch / total(stacks)).toBeGreaterThan(0.2);
    // The main process and the two workers.
    expect(report.runs[0]!.pids.length).toBeGreaterThanOrEqual(3);
  });

  it('zlib_heavy: most time is native code (libz) under py::compress_blocks', () => {
    const { stacks } = withReport('zlib');
    const all = total(stacks);
    const nativeUnder = selfStacks(stacks, 'compress_blocks').filter(([stack]) => {
      const frames = stack.split(';');
      const at = frames.map((frame) => frame.startsWith('py::compress_blocks:')).lastIndexOf(true);
      return frames.slice(at + 1).some((frame) => /deflate|libz/.test(frame));
    });
    process.stderr.write(`[record] zlib: native (deflate/libz) under compress_blocks: ${((sum(nativeUnder) / all) * 100).toFixed(2)}%\n`);
    expect(sum(nativeUnder) / all).toBeGreaterThan(0.6);
  });

  it('a failing benchmark (exit 3): CLI exit 2, the exit code and the last lines of output, no report, the log kept', () => {
    const { cli, out, log } = get('exitThree');
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('exit code 3');
    expect(cli.stderr).toContain('something went wrong');
    expect(cli.stderr).toContain('benchmark line 59');
    expect(cli.stderr).toContain('No comparison was made');
    expect(cli.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(existsSync(join(out, 'report.json'))).toBe(false);
    expect(log).toContain('something went wrong');
    expect(pidsFromLog(log, 'benchmark')).toHaveLength(1);
  });

  it('a benchmark that fails on run 2 of 3: exit 2 naming run 2, run 1 still processed and written, run 3 never started, nothing left in /tmp', () => {
    const { cli, out, log, finishedAt } = get('failSecond');
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/Run 2\/3: The benchmark failed with exit code 4\./);
    expect(cli.stderr).toContain('run 2 fails on purpose');
    // Runs are processed after recording; the one recorded before the failure still is.
    expect(readFileSync(join(out, 'runs', 'run-1.folded'), 'utf8')).toMatch(/py::spin:/);
    expect(existsSync(join(out, 'runs', 'run-2.folded'))).toBe(false);
    expect(existsSync(join(out, 'logs', 'run-3.log'))).toBe(false);
    expect(readFileSync(failCounter, 'utf8')).toBe('2');
    const pids = [...pidsFromLog(log, 'benchmark'), ...pidsFromLog(readFileSync(join(out, 'logs', 'run-2.log'), 'utf8'), 'benchmark')];
    expect(pids).toHaveLength(2);
    expect(listLeftovers(pids, { modifiedBy: finishedAt })).toEqual([]);
  });

  it('short runs record back to back and are processed afterwards; a first round of 10 s or more is processed before the next run records', () => {
    // failSecond: runs of ≈ 0.4 s — run 1 is processed only after run 2 has recorded (and failed).
    const short = get('failSecond').cli.stderr;
    expect(short.indexOf('run 2/3 …')).toBeGreaterThan(-1);
    expect(short.search(/run 1\/3: [\d,]+ samples \(processing/)).toBeGreaterThan(short.indexOf('run 2/3 …'));
    const long = get('longFirst');
    expect(long.cli.code, long.cli.stderr).toBe(0);
    const processedFirst = long.cli.stderr.search(/run 1\/2: [\d,]+ samples \(processing/);
    expect(processedFirst).toBeGreaterThan(-1);
    expect(processedFirst).toBeLessThan(long.cli.stderr.indexOf('run 2/2 …'));
  });

  it('a hanging benchmark is killed at timeout-minutes, with its child process, and the error says it timed out', () => {
    const { cli, out, log } = get('hang');
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/timed out after 3 s/);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
    const [benchmark] = pidsFromLog(log, 'benchmark');
    const [child] = pidsFromLog(log, 'child');
    expect(benchmark).toBeGreaterThan(0);
    expect(child).toBeGreaterThan(0);
    expect(isProcessRunning(benchmark!)).toBe(false);
    expect(isProcessRunning(child!)).toBe(false);
  });

  it('leaves no /tmp map, dump or jitted files and no ~/.debug entries for the processes of any run', () => {
    const pidsByCase: Record<string, number[]> = {};
    for (const name of ['deep20', 'deep100', 'pool', 'zlib', 'dwarf312', 'longFirst'] as const) pidsByCase[name] = withReport(name).report.runs[0]!.pids;
    pidsByCase.exitThree = pidsFromLog(get('exitThree').log, 'benchmark');
    pidsByCase.hang = [...pidsFromLog(get('hang').log, 'benchmark'), ...pidsFromLog(get('hang').log, 'child')];
    process.stderr.write(`[record] pids: ${JSON.stringify(pidsByCase)}\n`);
    for (const [name, pids] of Object.entries(pidsByCase)) {
      expect(pids.length, name).toBeGreaterThan(0);
      const outcome = get(name as CaseName);
      expect(outcome.leftovers, name).toEqual([]);
      expect(outcome.debugEntries, name).toEqual([]);
    }
  });

  it('3.12 in dwarf mode: the leaf is there, and the report says most samples are truncated', () => {
    const { report, stacks } = withReport('dwarf312');
    expect(report.mode).toBe('dwarf');
    expect(sum(selfStacks(stacks, 'leaf_work')) / total(stacks)).toBeGreaterThan(0.5);
    expect(report.quality.truncatedShare).toBeGreaterThan(0.5);
    expect(report.runs[0]!.quality.deepestPythonChain).toBe(1);
  });
});
