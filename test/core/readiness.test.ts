import { describe, expect, it } from 'vitest';
import { chooseMode, decideMaxStackRaise, findStaticProblems, probeChain, wantedMaxStack, type ProbeResult } from '../../src/core/readiness.js';
import { measureChain } from '../../src/shell/readiness.js';
import { interpretPythonFacts, parseRawPythonFacts } from '../../src/core/python-facts.js';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../helpers/golden.js';

const probe = (mode: ProbeResult['mode'], chainFound: number, extra: Partial<ProbeResult> = {}): ProbeResult => ({
  mode,
  expectedChain: probeChain,
  chainFound,
  bestStack: probeChain.slice(probeChain.length - chainFound),
  samples: 250,
  seconds: 0.5,
  ...extra,
});

describe('chooseMode', () => {
  it('auto takes the cheapest mode that shows the full chain', () => {
    expect(chooseMode('auto', [probe('fp', 5), probe('perf-jit', 5)]).mode).toBe('fp');
    expect(chooseMode('auto', [probe('fp', 0), probe('perf-jit', 5)]).mode).toBe('perf-jit');
  });
  it('auto falls back to dwarf with a loud warning', () => {
    const choice = chooseMode('auto', [probe('fp', 0), probe('dwarf', 1)]);
    expect(choice.mode).toBe('dwarf');
    expect(choice.problems.map((p) => [p.code, p.severity])).toEqual([['mode-dwarf-leaf-only', 'warning']]);
  });
  it('forcing a broken mode is an error that says what the probe saw', () => {
    const choice = chooseMode('fp', [probe('fp', 1, { bestStack: ['ppg_probe_leaf'] })]);
    expect(choice.mode).toBeUndefined();
    expect(choice.problems[0]?.code).toBe('mode-broken');
    expect(choice.problems[0]?.message).toContain('1/5 of the known chain');
    expect(choice.problems[0]?.message).toContain('ppg_probe_leaf');
  });
  it('no mode with Python frames → probe-failed error', () => {
    const choice = chooseMode('auto', [probe('fp', 0), probe('dwarf', 0, { error: 'perf failed' })]);
    expect(choice.mode).toBeUndefined();
    expect(choice.problems[0]).toMatchObject({ code: 'probe-failed', severity: 'error' });
  });
});

describe('measureChain', () => {
  it('counts the tail of the chain found in order, ending at the leaf', () => {
    expect(measureChain(['<module>', ...probeChain])).toBe(5);
    expect(measureChain(['ppg_probe_leaf'])).toBe(1);
    expect(measureChain(['ppg_probe_three', 'ppg_probe_four', 'ppg_probe_leaf'])).toBe(3);
    expect(measureChain(['ppg_probe_outer', 'ppg_probe_leaf'])).toBe(1);
    expect(measureChain(['something_else'])).toBe(0);
  });
});

describe('findStaticProblems', () => {
  const facts = (name: string) => interpretPythonFacts(parseRawPythonFacts(readFileSync(fixturePath('python-facts', name), 'utf8')));
  it('3.11 is not ready and the message names 3.12+ and how to get it', () => {
    const problems = findStaticProblems(facts('cpython-3.11.7-pyenv.json'), { isRoot: true, path: '/usr/bin/perf', version: '6.1' });
    expect(problems[0]).toMatchObject({ code: 'python-too-old', severity: 'error' });
    expect(problems[0]?.message).toMatch(/3\.11\.7.*≥ 3\.12/);
    expect(problems[0]?.fix).toMatch(/setup-python.*3\.13/);
  });
  it('missing perf and a broken Ubuntu wrapper are errors with fixes', () => {
    expect(findStaticProblems(undefined, { isRoot: false })[0]).toMatchObject({ code: 'perf-not-found', severity: 'error' });
    const broken = findStaticProblems(undefined, { isRoot: false, path: '/usr/bin/perf', brokenReason: 'the wrapper has no perf for this kernel' });
    expect(broken[0]?.code).toBe('perf-broken');
    expect(broken[0]?.fix).toMatch(/install-perf/);
  });
  it('paranoid 4 blocks unprivileged users but not root', () => {
    expect(findStaticProblems(undefined, { isRoot: false, path: 'perf', paranoid: 4 }).map((p) => p.code)).toContain('perf-paranoid');
    expect(findStaticProblems(undefined, { isRoot: true, path: 'perf', paranoid: 4 }).map((p) => p.code)).not.toContain('perf-paranoid');
  });
  it('an experimental-JIT build is an error', () => {
    expect(findStaticProblems(facts('derived-3.13-experimental-jit.json'), { isRoot: true, path: 'perf' }).map((p) => p.code)).toContain('python-experimental-jit');
  });
});

describe('decideMaxStackRaise', () => {
  const perf = { isRoot: false, path: 'perf', maxStack: 127 };
  it('raises perf_event_max_stack only in fp mode, only when allowed, only when lower than wanted', () => {
    expect(decideMaxStackRaise({ mode: 'fp', perf, allowSudo: true })).toBe(wantedMaxStack);
    expect(decideMaxStackRaise({ mode: 'fp', perf, allowSudo: false })).toBeUndefined();
    expect(decideMaxStackRaise({ mode: 'perf-jit', perf, allowSudo: true })).toBeUndefined();
    expect(decideMaxStackRaise({ mode: 'fp', perf: { ...perf, maxStack: 4096 }, allowSudo: true })).toBeUndefined();
  });
});

describe('every readiness problem says how to fix it', () => {
  const facts = (name: string) => interpretPythonFacts(parseRawPythonFacts(readFileSync(fixturePath('python-facts', name), 'utf8')));
  it('for each captured or derived build and each perf situation', () => {
    const pythons = ['cpython-3.11.7-pyenv.json', 'cpython-3.12.1-pyenv.json', 'cpython-3.13.0-pyenv.json', 'derived-3.13-experimental-jit.json'].map(facts);
    const perfs = [
      { isRoot: false },
      { isRoot: false, path: '/usr/bin/perf', brokenReason: 'the wrapper has no perf for this kernel' },
      { isRoot: false, path: 'perf', paranoid: 4, kptrRestrict: 1, cyclesSupported: false },
      { isRoot: false, path: 'perf', paranoid: 2, cyclesSupported: false },
    ];
    let checked = 0;
    for (const python of pythons) {
      for (const perf of perfs) {
        for (const problem of findStaticProblems({ ...python, freeThreaded: true }, perf)) {
          expect(problem.code, JSON.stringify(problem)).toMatch(/^[a-z-]+$/);
          expect(problem.message.length, problem.code).toBeGreaterThan(20);
          expect(problem.fix, problem.code).toBeTruthy();
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
