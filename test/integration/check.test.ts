/** The readiness check against the real interpreters and perf of this machine. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findOldPython, findPython, requirePerf, runCli } from '../helpers/tools.js';

describe('python-perf-gate check (real perf, real CPython)', () => {
  requirePerf();
  const python312 = findPython(12);
  const python313 = findPython(13);

  it('python3 (3.11 here) is not ready: exit 2, and the message names 3.12+ and how to get it', () => {
    const result = runCli(['check', '--python', findOldPython()]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/python-too-old/);
    expect(result.stdout).toMatch(/needs CPython ≥ 3\.12/);
    expect(result.stdout).toMatch(/setup-python with python-version: '3\.13'/);
  });

  it('3.12 is ready in dwarf mode, with the frame-pointer warning', () => {
    const result = runCli(['check', '--python', python312, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ready).toBe(true);
    expect(report.mode).toBe('dwarf');
    expect(report.python.version).toMatch(/^3\.12\./);
    const codes = report.problems.map((p: { code: string }) => p.code);
    expect(codes).toContain('python-no-frame-pointers');
    expect(codes).toContain('mode-dwarf-leaf-only');
    const dwarf = report.probes.find((p: { mode: string }) => p.mode === 'dwarf');
    expect(dwarf.chainFound).toBeGreaterThanOrEqual(1);
    const fp = report.probes.find((p: { mode: string }) => p.mode === 'fp');
    expect(fp.chainFound).toBeLessThan(5);
  });

  it('3.13 is ready in perf-jit mode, with the probe’s full chain and the cpu-clock event', () => {
    const result = runCli(['check', '--python', python313, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ready: true, mode: 'perf-jit', event: 'cpu-clock' });
    const probe = report.probes.find((p: { mode: string }) => p.mode === 'perf-jit');
    expect(probe.chainFound).toBe(5);
    expect(probe.bestStack.slice(-5)).toEqual(['ppg_probe_outer', 'ppg_probe_two', 'ppg_probe_three', 'ppg_probe_four', 'ppg_probe_leaf']);
    // Whatever this machine has: the report must say what perf itself says about the cycles event.
    const stat = spawnSync(report.perf.path, ['stat', '-e', 'cycles', 'true'], { encoding: 'utf8' });
    expect(report.perf.cyclesSupported).toBe(stat.status === 0 && !/<not supported>\s+cycles/.test(stat.stderr));
    expect(report.probeSeconds).toBeGreaterThan(0);
    process.stderr.write(`check --json on ${python313}: probes took ${report.probeSeconds.toFixed(2)} s\n`);
  });

  it('forcing fp mode on a build without frame pointers is an error that says what the probe saw', () => {
    const result = runCli(['check', '--python', python313, '--mode', 'fp']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/mode-broken/);
    expect(result.stdout).toMatch(/Mode 'fp' was requested, but the probe shows it does not work here: fp: \d\/5 of the known chain/);
  });

  it('a missing interpreter names the option as the user gave it and the value', () => {
    const result = runCli(['check', '--python', '/nonexistent/python3.13']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/Invalid value '\/nonexistent\/python3\.13' for option '--python'/);
  });
});
