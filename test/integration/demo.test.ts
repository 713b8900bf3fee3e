/** The README's first command, from a directory of the user's: `node dist/cli.js demo`. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseFoldedText } from '../../src/core/folded.js';
import { findPython, requireGo, requirePerf, runCli } from '../helpers/tools.js';

describe('python-perf-gate demo', () => {
  requirePerf();
  findPython(13);

  it('exits 0 and leaves nested py:: frames of examples/bench.py and an SVG that parses as XML', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ppg-demo-'));
    const result = runCli(['demo'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const out = join(cwd, 'python-perf-gate-out');
    expect(result.stdout).toContain(join(out, 'flamegraph.svg'));
    const stacks = parseFoldedText(readFileSync(join(out, 'profile.folded'), 'utf8'));
    const chain = ['py::main:examples/bench.py', 'py::run_round:examples/bench.py', 'py::score_all:examples/bench.py'];
    const nested = [...stacks.keys()].filter((stack) => stack.includes(chain.join(';')));
    expect(nested.length).toBeGreaterThan(0);
    const leafUnderScore = [...stacks.keys()].some((stack) => /py::score_all:examples\/bench\.py;.*py::score_order:examples\/bench\.py/.test(stack));
    expect(leafUnderScore).toBe(true);
    const svg = readFileSync(join(out, 'flamegraph.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('score_order');
    for (const name of ['report.json', 'readiness.json', 'profile.speedscope.json', 'runs/run-1.folded', 'logs/run-1.log']) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ verdict: 'no-baseline', mode: 'perf-jit', event: 'cpu-clock' });
    expect(report.quality.pythonShare).toBeGreaterThan(0.9);

    // The pprof export, read by Go's own pprof: the same hottest function (flat) as report.json.
    const top = spawnSync(requireGo(), ['tool', 'pprof', '-top', '-nodecount=5', join(out, 'profile.pb.gz')], {
      encoding: 'utf8',
      env: { ...process.env, HOME: cwd, GOCACHE: join(cwd, 'gocache'), PPROF_TMPDIR: cwd },
    });
    expect(top.status, top.stderr).toBe(0);
    const rows = top.stdout.split('\n').filter((line) => /^\s*[\d.]+m?s\s+[\d.]+%/.test(line));
    const hottest = rows[0]?.trim().split(/\s+/).slice(5).join(' ');
    const expected = (report.hotspots[0].name as string).replace(/^py::([^:]+):.*$/, '$1');
    expect(hottest).toBe(expected);
    // Total CPU time in nanoseconds equals samples ÷ frequency.
    expect(top.stdout).toMatch(/Type: cpu/);
    const speedscope = JSON.parse(readFileSync(join(out, 'profile.speedscope.json'), 'utf8'));
    // One profile per process of each run, in seconds; together they hold every sample.
    expect(speedscope.profiles.length).toBeGreaterThanOrEqual(report.runs.length);
    for (const profile of speedscope.profiles) expect(profile.unit).toBe('seconds');
    const seconds = speedscope.profiles.reduce((sum: number, profile: { endValue: number }) => sum + profile.endValue, 0);
    expect(seconds).toBeCloseTo(report.quality.samples / report.frequency, 6);
  });
});
