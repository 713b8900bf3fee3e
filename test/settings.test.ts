import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, splitArgs, type InputSource } from '../src/settings.js';

const base = mkdtempSync(join(tmpdir(), 'ppg-settings-'));
writeFileSync(join(base, 'bench.py'), 'print(1)\n');

function inputs(values: Record<string, string>, trailing?: string[]): InputSource {
  const source: InputSource = { get: (name) => values[name] ?? '', describe: (name) => `input '${name}'`, baseDirectory: base };
  if (trailing) source.trailing = trailing;
  return source;
}

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    const settings = readSettings(inputs({ script: 'bench.py' }));
    expect(settings).toMatchObject({
      mode: 'auto',
      event: 'cpu-clock',
      frequency: 999,
      repeat: 5,
      warmup: 0,
      view: 'python',
      failOnRegression: true,
      failOnInconclusive: true,
      compare: { alpha: 0.01, threshold: 0.1, minDelta: 0.005, minShare: 0.01 },
      workingDirectory: base,
      outputDir: join(base, 'python-perf-gate-out'),
      target: { kind: 'script', script: join(base, 'bench.py'), args: [] },
    });
  });
  it('names the input, the value and what was expected', () => {
    expect(() => readSettings(inputs({ script: 'bench.py', frequency: 'fast' }))).toThrow(
      "Invalid value 'fast' for input 'frequency'. Expected an integer 1–20000.",
    );
    expect(() => readSettings(inputs({ script: 'bench.py', repeat: '0' }))).toThrow("Invalid value '0' for input 'repeat'. Expected an integer 1–100.");
    expect(() => readSettings(inputs({ script: 'bench.py', mode: 'turbo' }))).toThrow(/input 'mode'.*'auto', 'fp', 'perf-jit', 'dwarf'/);
    expect(() => readSettings(inputs({ script: 'bench.py', 'fail-on-regression': 'maybe' }))).toThrow(/input 'fail-on-regression'. Expected 'true' or 'false'/);
    expect(() => readSettings(inputs({ script: 'missing.py' }))).toThrow(/Invalid value 'missing.py' for input 'script'.*does not exist/);
    expect(() => readSettings(inputs({ 'working-directory': 'nope' }))).toThrow(/input 'working-directory'. Expected an existing directory/);
  });
  it('rejects script and run together', () => {
    expect(() => readSettings(inputs({ script: 'bench.py', run: 'pytest' }))).toThrow(/Expected exactly one/);
  });
  it('parses percentages and points', () => {
    const settings = readSettings(inputs({ script: 'bench.py', threshold: '25%', 'min-share': '2', 'min-delta': '1.5', 'time-threshold': '5%' }));
    expect(settings.compare).toEqual({ alpha: 0.01, threshold: 0.25, minShare: 0.02, minDelta: 0.015, timeThreshold: 0.05 });
  });
  it('splits args like a shell without running one', () => {
    expect(readSettings(inputs({ script: 'bench.py', args: `--n 3 --name "a b" 'c;d' e\\ f` })).target).toEqual({
      kind: 'script',
      script: join(base, 'bench.py'),
      args: ['--n', '3', '--name', 'a b', 'c;d', 'e f'],
    });
    expect(() => splitArgs('"open')).toThrow(/quote is not closed/);
  });
  it('CLI: words after -- are script args, or the command itself', () => {
    expect(readSettings(inputs({ script: 'bench.py' }, ['--seconds', '2'])).target).toMatchObject({ args: ['--seconds', '2'] });
    expect(readSettings(inputs({}, ['python3', '-c', 'pass'])).target).toEqual({ kind: 'argv', argv: ['python3', '-c', 'pass'] });
    expect(readSettings(inputs({ run: 'pytest -q' })).target).toEqual({ kind: 'run', command: 'pytest -q' });
  });
});
