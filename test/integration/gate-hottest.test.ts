/**
 * The gate on a real recording where the slowed function is the hottest one: examples/regression
 * with `apply_discounts` holding about 80% of the samples, its own time made 50% longer. Its share
 * moves only from ≈ 80% to ≈ 86% (+7% relative: a threshold on the share would sleep through it);
 * the gate must judge its time and name it. 4 + 4 interleaved perf-jit runs of ≈ 1,100 samples.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareProfiles, type Comparison, type RunProfile } from '../../src/core/compare/index.js';
import { createFolder } from '../../src/core/fold-python.js';
import { planMode } from '../../src/core/profiling-modes.js';
import { recordRun } from '../../src/shell/recorder.js';
import { findPython, projectRoot, requirePerf } from '../helpers/tools.js';

const RUNS_PER_SIDE = 4;
const SLOWDOWN = 0.5;
const directory = join(projectRoot, 'examples', 'regression');

describe('the gate when the hottest function slows down (real perf-jit recordings)', () => {
  const baseline: RunProfile[] = [];
  const current: RunProfile[] = [];
  let scratch = '';
  let comparison: Comparison;

  beforeAll(async () => {
    const perfPath = requirePerf();
    const python = findPython(13);
    scratch = mkdtempSync(join(tmpdir(), 'ppg-hottest-'));
    for (let i = 0; i < 2 * RUNS_PER_SIDE; i += 1) {
      const slowdown = i % 2 === 0 ? 0 : SLOWDOWN;
      const folder = createFolder({ view: 'python', workingDirectory: directory, homeDirectory: homedir() });
      const run = await recordRun({
        perfPath,
        python,
        plan: planMode('perf-jit'),
        event: 'cpu-clock',
        frequency: 999,
        target: { kind: 'script', script: join(directory, 'app.py'), args: ['--lines', '45000', '--share', '0.8', '--slowdown', String(slowdown)] },
        workingDirectory: directory,
        scratchDirectory: scratch,
        logPath: join(scratch, `run-${i}.log`),
        sink: folder,
        label: `hottest-${i}`,
      });
      expect(run.failure, run.logTail.join('\n')).toBeUndefined();
      const fold = folder.finish();
      (slowdown === 0 ? baseline : current).push({ stacks: fold.stacks, wallSeconds: run.wallSeconds });
    }
    comparison = compareProfiles({ baseline, current });
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('sees apply_discounts as the hottest function of the baseline', () => {
    const own = comparison.functions.filter((fn) => fn.own.tested).sort((a, b) => b.own.baselineShare - a.own.baselineShare);
    expect(own[0]!.name).toMatch(/^py::apply_discounts:/);
    expect(own[0]!.own.baselineShare).toBeGreaterThan(0.6);
  });

  it('fails the gate and names apply_discounts first, by its own time, with an interval', () => {
    expect(comparison.verdict, comparison.summary).toBe('regressed');
    const first = comparison.regressions[0]!;
    expect(first.kind).toBe('function');
    if (first.kind !== 'function') return;
    expect(first.name).toMatch(/^py::apply_discounts:/);
    expect([first.role, first.metric]).toEqual(['cause', 'own']);
    // Its share barely moves (well under the 10% threshold, relative) while its time grows a lot.
    expect(first.shareChange / first.baselineShare).toBeLessThan(0.1);
    expect(first.timeChange!).toBeGreaterThan(0.15);
    expect(first.interval95!.low).toBeGreaterThan(0);
    expect(first.interval95!.high).toBeGreaterThan(first.timeChange!);
    expect(first.headline).toMatch(/^own time \+\d+% \(95% interval \+\d+(\.\d)?% … \+\d+%\), share \d+\.\d% → \d+\.\d%$/);
  });
});
