/**
 * `npm run bench -- --quick` keeps the benchmark harness from rotting: it must run every section
 * end to end with real perf and CPython 3.13, exit 0, and write bench/results.json with finite
 * numbers in every section. The figures themselves are not judged here (quick inputs are too
 * small to mean anything); only that they were measured.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython, projectRoot, requirePerf } from '../helpers/tools.js';

const resultsPath = join(projectRoot, 'bench', 'results.json');

/** Every number anywhere under `value`, with its path. */
function collectNumbers(value: unknown, path: string, out: [string, number][]): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => collectNumbers(item, `${path}[${index}]`, out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) collectNumbers(item, `${path}.${key}`, out);
  return out;
}

describe('npm run bench -- --quick', () => {
  it('runs every benchmark and writes bench/results.json with finite numbers', () => {
    requirePerf();
    const python = findPython(13);
    const startedAt = Date.now();
    const run = spawnSync('npm', ['run', 'bench', '--', '--quick'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, PPG_BENCH_PYTHON: python },
      timeout: 240_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(statSync(resultsPath).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1000);
    const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, unknown>;
    expect(results.quick).toBe(true);
    for (const section of ['machine', 'startup', 'fold', 'foldVsPerl', 'render', 'postProcessing', 'job', 'overhead', 'accuracy']) {
      const numbers = collectNumbers(results[section], section, []);
      expect(numbers.length, section).toBeGreaterThan(3);
      for (const [path, value] of numbers) expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
    }
    const fold = results.fold as { inputMB: number; foldSeconds: number; peakRssMB: number };
    expect(fold.inputMB).toBeGreaterThan(5);
    expect(fold.foldSeconds).toBeGreaterThan(0);
    const startup = results.startup as { figures: { medianRatio: number }[] };
    expect(startup.figures.length).toBeGreaterThanOrEqual(3);
    const foldVsPerl = results.foldVsPerl as { sizes: { compatPeakRssMB: number; times: { commands: unknown[] } }[] };
    expect(foldVsPerl.sizes).toHaveLength(2);
    for (const size of foldVsPerl.sizes) expect(size.times.commands.length).toBeGreaterThanOrEqual(2);
    const post = results.postProcessing as { samples: number; perfScriptAloneSeconds: number; pipelineSeconds: number };
    expect(post.samples).toBeGreaterThan(100);
    expect(post.pipelineSeconds).toBeGreaterThan(post.perfScriptAloneSeconds * 0.5);
    const job = results.job as { jobSeconds: number[]; runSeconds: number[]; medianProbeSeconds: number; medianAfterRunsSeconds: number; aaVerdict: string };
    expect(job.jobSeconds).toHaveLength(1);
    // A job cannot take less than its runs plus its probe and what follows the last run.
    expect(job.jobSeconds[0]).toBeGreaterThan(job.runSeconds[0]! + job.medianProbeSeconds + job.medianAfterRunsSeconds);
    expect(job.medianProbeSeconds).toBeGreaterThan(0);
    expect(job.medianAfterRunsSeconds).toBeGreaterThan(0);
    expect(['pass', 'regressed', 'inconclusive']).toContain(job.aaVerdict);
    const overhead = results.overhead as { modes: { mode: string; ratios: number[] }[] };
    expect(overhead.modes.map((mode) => mode.mode)).toContain('perf-jit');
    for (const mode of overhead.modes) expect(mode.ratios.length).toBeGreaterThanOrEqual(1);
    const accuracy = results.accuracy as { aaComparisons: number; levels: { comparisons: number }[]; pool: { runs: number }[] };
    expect(accuracy.aaComparisons).toBeGreaterThanOrEqual(2);
    expect(accuracy.levels.length).toBeGreaterThanOrEqual(1);
    expect(accuracy.pool.every((side) => side.runs >= 3)).toBe(true);
    // Every target line is in the printed table, with PASS or MISS where a target exists.
    const targets = results.targets as { name: string; pass: boolean | null }[];
    expect(targets.filter((check) => check.pass !== null).length).toBeGreaterThanOrEqual(6);
    for (const check of targets) expect(run.stdout).toContain(check.name);
    expect(run.stdout).toMatch(/\b(PASS|MISS)\b/);
  }, 300_000);
});
