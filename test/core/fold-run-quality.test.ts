/**
 * Run quality from fold quality (run-quality.ts): shares for the run and per process, combining
 * runs, and the processes without Python frames told apart by cause — stack reaches the root
 * (Python without perf support, or no Python at all) versus stack cut before the root.
 */
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/core/fold-python.js';
import { combineQuality, findProcessesWithoutPython, findQualityProblems, summarizeQuality, type RunQuality } from '../../src/core/run-quality.js';

const LIB = '/opt/py/lib/libpython3.13.so.1.0';
const ROOT = [`Py_BytesMain (${LIB})`, '__libc_start_main (/usr/lib/libc.so.6)', '_start (/opt/py/bin/python3.13)'];

/** `count` samples of process `pid` named `comm` with `frames` (leaf first). */
function samples(comm: string, pid: number, count: number, frames: string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) lines.push(`${comm} ${pid}/${pid} 1.${i}: 1 cpu-clock: `, ...frames.map((frame) => `\t1000 ${frame}`), '');
  return lines;
}

/** A run of a harness: a worker with perf support, one without, a shell, and an exec'd child whose unwinding stops at the first JIT frame. */
function harnessRun(): RunQuality {
  const lines = [
    ...samples('python3.13', 100, 40, ['py::bench:/w/b.py (/tmp/jitted-100-1.so)', `_PyEval_EvalFrameDefault (${LIB})`, 'py::<module>:/w/b.py (/tmp/jitted-100-2.so)', ...ROOT]),
    ...samples('python3.13', 100, 2, [`_PyObject_Malloc (${LIB})`, ...ROOT]),
    ...samples('python3.13', 101, 30, [`_PyEval_EvalFrameDefault (${LIB})`, `PyEval_EvalCode (${LIB})`, ...ROOT]),
    ...samples('sh', 102, 5, ['__libc_fork (/usr/lib/libc.so.6)', 'main (/usr/bin/dash)', '__libc_start_main (/usr/lib/libc.so.6)', '_start (/usr/bin/dash)']),
    ...samples('python3.13', 103, 20, [`_PyEval_EvalFrameDefault (${LIB})`, '[unknown] ([unknown])']),
    ...samples('python3.13', 103, 3, ['py::child:/w/c.py (/tmp/jitted-103-1.so)', `_PyEval_EvalFrameDefault (${LIB})`, ...ROOT]),
  ];
  return summarizeQuality(foldLines(lines, { view: 'python', workingDirectory: '/w' }).quality, 0);
}

describe('summarizeQuality', () => {
  it('gives shares for the run and for each process', () => {
    const run = harnessRun();
    expect(run.samples).toBe(100);
    expect(run.pythonShare).toBeCloseTo(0.43);
    expect(run.rootedWithoutPythonShare).toBeCloseTo(0.37);
    expect(run.truncatedWithoutPythonShare).toBeCloseTo(0.2);
    expect(run.truncatedShare).toBeCloseTo(0.2);
    expect(run.interpreterShare).toBeCloseTo(0.95);
    expect(run.processes.map((process) => [process.pid, process.comm, process.samples])).toEqual([
      [100, 'python3.13', 42],
      [101, 'python3.13', 30],
      [102, 'sh', 5],
      [103, 'python3.13', 23],
    ]);
    const child = run.processes[3]!;
    expect(child.pythonShare).toBeCloseTo(3 / 23);
    expect(child.rootedShare).toBeCloseTo(3 / 23);
    expect(child.truncatedWithoutPythonShare).toBeCloseTo(20 / 23);
    expect(child.ppid).toBeUndefined();
  });

  it('keeps a parent pid the recorder filled in', () => {
    const fold = foldLines(samples('python3.13', 7, 1, ['py::f:/w/a.py (/tmp/jitted-7-1.so)', ...ROOT]), { view: 'python', workingDirectory: '/w' }).quality;
    fold.perProcess[0]!.ppid = 6;
    expect(summarizeQuality(fold, 0).processes[0]).toMatchObject({ pid: 7, ppid: 6, pythonShare: 1, rootedShare: 1 });
  });
});

describe('combineQuality', () => {
  it('weights the new shares by samples and lists the processes of all runs in run order', () => {
    const first = harnessRun();
    const second = summarizeQuality(foldLines(samples('python3.13', 200, 100, ['py::f:/w/a.py (/tmp/jitted-200-1.so)', ...ROOT]), { view: 'python', workingDirectory: '/w' }).quality, 0);
    const combined = combineQuality([first, second]);
    expect(combined.samples).toBe(200);
    expect(combined.truncatedWithoutPythonShare).toBeCloseTo(0.1);
    expect(combined.rootedWithoutPythonShare).toBeCloseTo(0.185);
    expect(combined.processes.map((process) => process.pid)).toEqual([100, 101, 102, 103, 200]);
  });
});

describe('findProcessesWithoutPython', () => {
  it('lists the processes mostly without Python frames, biggest first, with the likely cause', () => {
    const found = findProcessesWithoutPython([harnessRun()]);
    expect(found.map(({ run, pid, comm, samples, cause }) => ({ run, pid, comm, samples, cause }))).toEqual([
      { run: 1, pid: 101, comm: 'python3.13', samples: 30, cause: 'python-without-perf-support' },
      { run: 1, pid: 103, comm: 'python3.13', samples: 23, cause: 'stack-cut' },
      { run: 1, pid: 102, comm: 'sh', samples: 5, cause: 'not-python' },
    ]);
    expect(found[0]!.shareOfRun).toBeCloseTo(0.3);
    expect(found[0]!.explanation).toMatch(/python3\.13 \(pid 101\): 0\.0% of its 30 samples carry a Python frame.*without perf support.*PYTHON_PERF_JIT_SUPPORT/);
    expect(found[1]!.explanation).toMatch(/13\.0% of its 23 samples.*87\.0% stop before the process root.*could not unwind/);
    expect(found[2]!.explanation).toMatch(/sh \(pid 102\).*ran no Python/);
  });

  it('numbers runs from 1 and lists nothing for a clean run', () => {
    const clean = summarizeQuality(foldLines(samples('python3.13', 5, 3, ['py::f:/w/a.py (/tmp/jitted-5-1.so)', ...ROOT]), { view: 'python', workingDirectory: '/w' }).quality, 0);
    expect(findProcessesWithoutPython([clean])).toEqual([]);
    expect(findProcessesWithoutPython([clean, harnessRun()]).every((process) => process.run === 2)).toBe(true);
  });
});

describe('findQualityProblems', () => {
  it('names the causes of missing Python frames and tells deep stacks from failed unwinding', () => {
    const run = harnessRun();
    const reasons = findQualityProblems(run, [run]);
    expect(reasons).toContain(
      'only 43.0% of samples carry a Python frame (need ≥ 50.0%): 1 process(es) ran Python without perf support, 1 process(es) had stacks cut before their first Python frame, 1 process(es) ran no Python',
    );
    const cut = { ...run, rootedShare: 0.3, truncatedShare: 0.7, truncatedWithoutPythonShare: 0.5 };
    expect(findQualityProblems(cut, [cut])[0]).toBe(
      'only 30.0% of samples reach the process root (stacks truncated: 20.0% deeper than perf could unwind, 50.0% cut before their first Python frame; need ≥ 50.0%)',
    );
  });
});
