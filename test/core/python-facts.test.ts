import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFramePointerFlags, interpretPythonFacts, parseRawPythonFacts } from '../../src/core/python-facts.js';
import { fixturePath } from '../helpers/golden.js';

function load(name: string) {
  return interpretPythonFacts(parseRawPythonFacts(readFileSync(fixturePath('python-facts', name), 'utf8')));
}

describe('interpretPythonFacts on captured sysconfig outputs', () => {
  it('3.11 from pyenv: no trampoline, no frame pointers', () => {
    const facts = load('cpython-3.11.7-pyenv.json');
    expect(facts).toMatchObject({ version: '3.11.7', major: 3, minor: 11, perfTrampoline: false, perfJitSupported: false, experimentalJit: false });
    expect(facts.framePointers.present).toBe(false);
  });
  it('3.12 from pyenv: trampoline, no frame pointers, no perf-jit', () => {
    const facts = load('cpython-3.12.1-pyenv.json');
    expect(facts).toMatchObject({ minor: 12, perfTrampoline: true, perfJitSupported: false, freeThreaded: false });
    expect(facts.framePointers.present).toBe(false);
  });
  it('3.13 from pyenv: trampoline and perf-jit', () => {
    const facts = load('cpython-3.13.0-pyenv.json');
    expect(facts).toMatchObject({ minor: 13, perfTrampoline: true, perfJitSupported: true, experimentalJit: false });
  });
  it('a frame-pointer build is recognised, with where the flags were found', () => {
    const facts = load('derived-3.13-frame-pointers.json');
    expect(facts.framePointers.present).toBe(true);
    expect(facts.framePointers.flags).toEqual(['-fno-omit-frame-pointer', '-mno-omit-leaf-frame-pointer']);
    expect(facts.framePointers.foundIn).toEqual(expect.arrayContaining(['CFLAGS', 'CONFIGURE_CFLAGS']));
  });
  it('s390x needs -mbackchain, not -fno-omit-frame-pointer', () => {
    const facts = load('derived-3.13-s390x-backchain.json');
    expect(facts.machine).toBe('s390x');
    expect(facts.framePointers).toMatchObject({ present: true, flags: ['-mbackchain'] });
    expect(findFramePointerFlags({ CFLAGS: '-fno-omit-frame-pointer' }, 's390x').present).toBe(false);
  });
  it('an experimental-JIT build is flagged', () => {
    expect(load('derived-3.13-experimental-jit.json').experimentalJit).toBe(true);
  });
  it('a later -fomit-frame-pointer cancels an earlier -fno-omit-frame-pointer', () => {
    expect(findFramePointerFlags({ CFLAGS: '-fno-omit-frame-pointer -O2 -fomit-frame-pointer' }, 'x86_64').present).toBe(false);
    expect(findFramePointerFlags({ BASECFLAGS: '-fno-omit-frame-pointer' }, 'aarch64').foundIn).toEqual(['BASECFLAGS']);
  });
  it('HAVE_PERF_TRAMPOLINE is accepted as well as PY_HAVE_PERF_TRAMPOLINE', () => {
    const raw = parseRawPythonFacts(readFileSync(fixturePath('python-facts', 'cpython-3.13.0-pyenv.json'), 'utf8'));
    raw.config.PY_HAVE_PERF_TRAMPOLINE = null;
    raw.config.HAVE_PERF_TRAMPOLINE = 1;
    expect(interpretPythonFacts(raw).perfTrampoline).toBe(true);
  });
  it('garbage output is an error that shows what the interpreter printed', () => {
    expect(() => parseRawPythonFacts('Traceback (most recent call last)')).toThrow(/Traceback/);
  });
});
