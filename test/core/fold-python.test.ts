import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCompatFolder } from '../../src/core/fold-compat.js';
import { isInterpreterDso, isStackRootSymbol } from '../../src/core/fold-frame-classification.js';
import { normaliseModuleName } from '../../src/core/fold-frame-names.js';
import { createFolder, foldLines, TRUNCATED_FRAME, type FoldOptions } from '../../src/core/fold-python.js';
import { formatFoldedText, totalWeight } from '../../src/core/folded.js';
import { foldCaptures } from '../helpers/fold-captures.js';
import { expectGolden, fixturePath } from '../helpers/golden.js';

// The captures were taken in /work/main as root (paths in the fixtures say so).
const CAPTURE_DIRS = { workingDirectory: '/work/main', homeDirectory: '/root' };

/** The shared captures, plus one that only the Python view needs (C functions of libpython doing work: sum, sorted, re, dict/str methods). */
const CAPTURES = [...foldCaptures, 'py313-jit-libpython-work'] as const;

function readText(capture: string): string {
  return readFileSync(fixturePath('fold', `${capture}.txt`), 'utf8');
}

function fold(capture: string, view: FoldOptions['view']) {
  return foldLines(readText(capture).split('\n'), { view, ...CAPTURE_DIRS });
}

/** Sample blocks of a capture, counted independently of the parser (header line + frame lines). */
function sampleBlocks(text: string): string[][] {
  return text
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => line.length > 0 && !line.startsWith('#')))
    .filter((lines) => lines.length > 0 && /^\S/.test(lines[0] ?? ''));
}

describe('python and mixed views (golden files, reviewed by eye)', () => {
  it.each(CAPTURES)('%s', (capture) => {
    const python = fold(capture, 'python');
    const mixed = fold(capture, 'mixed');
    expectGolden('fold', `${capture}.python.folded`, formatFoldedText(python.stacks));
    expectGolden('fold', `${capture}.mixed.folded`, formatFoldedText(mixed.stacks));
    expectGolden('fold', `${capture}.quality.json`, `${JSON.stringify(python.quality, null, 2)}\n`);
    expect(mixed.quality).toEqual(python.quality);
  });
});

describe('quality counters match an independent count of the capture', () => {
  const singleEventCaptures = CAPTURES.filter((capture) => capture !== 'edge-cases');
  it.each(singleEventCaptures)('%s', (capture) => {
    const text = readText(capture);
    const blocks = sampleBlocks(text);
    const { stacks, quality } = fold(capture, 'python');
    expect(quality.samples).toBe(blocks.length);
    expect(totalWeight(stacks)).toBe(blocks.length);
    expect(quality.pythonSamples).toBe(blocks.filter((lines) => lines.some((line) => line.includes(' py::'))).length);
    expect(quality.totalFrames).toBe(blocks.reduce((sum, lines) => sum + lines.length - 1, 0));
    expect(quality.unknownFrames).toBe(text.split('\n').filter((line) => /^\s+[0-9a-f]+ \[unknown\] \(/.test(line)).length);
    const pids = new Set(blocks.map((lines) => /^\S+\s+(\d+)/.exec(lines[0] ?? '')?.[1]));
    expect(quality.processes).toBe(pids.size);
    expect(quality.rootedSamples + quality.truncatedSamples).toBe(quality.samples);
    const truncatedStacks = [...stacks].filter(([stack]) => stack.startsWith(`${TRUNCATED_FRAME};`) || stack === TRUNCATED_FRAME);
    expect(truncatedStacks.reduce((sum, [, weight]) => sum + weight, 0)).toBe(quality.truncatedSamples);
    const deepest = Math.max(...blocks.map((lines) => lines.filter((line) => line.includes(' py::')).length));
    expect(quality.deepestPythonChain).toBe(deepest);
    expect(quality.event).toBe('cpu-clock');
    expect(quality.ignoredEvents).toEqual([]);
    expect(quality.rootedSamplesWithoutPython + quality.truncatedSamplesWithoutPython).toBe(quality.samples - quality.pythonSamples);
    expect(quality.interpreterSamples).toBe(blocks.filter((lines) => lines.slice(1).some((line) => /\((?:\S*\/)?(?:libpython3[^)]*|python3[.\d]*)\)$/.test(line) && !line.includes(' py::'))).length);

    // Per process, counted from the sample headers (`COMM PID/TID …`) and the last frame line.
    const isRootLine = (line: string | undefined) => line !== undefined && isStackRootSymbol(/^\s+[0-9a-f]+ (\S+)/.exec(line)?.[1]?.replace(/\+0x[0-9a-f]+$/, '') ?? '');
    const expected = new Map<number, { pid: number; samples: number; pythonSamples: number; rootedSamples: number; rootedSamplesWithoutPython: number; comms: string[] }>();
    for (const lines of blocks) {
      const header = /^(\S+)\s+(\d+)/.exec(lines[0] ?? '');
      const pid = Number(header?.[2]);
      const entry = expected.get(pid) ?? { pid, samples: 0, pythonSamples: 0, rootedSamples: 0, rootedSamplesWithoutPython: 0, comms: [] };
      const python = lines.some((line) => line.includes(' py::'));
      const rooted = lines.length > 1 && isRootLine(lines[lines.length - 1]);
      entry.samples += 1;
      if (python) entry.pythonSamples += 1;
      if (rooted) entry.rootedSamples += 1;
      if (rooted && !python) entry.rootedSamplesWithoutPython += 1;
      entry.comms.push(header?.[1] ?? '');
      expected.set(pid, entry);
    }
    expect(quality.perProcess.map((process) => process.pid)).toEqual([...expected.keys()]);
    for (const process of quality.perProcess) {
      const entry = expected.get(process.pid)!;
      expect(process.samples, `pid ${process.pid}`).toBe(entry.samples);
      expect(process.pythonSamples, `pid ${process.pid}`).toBe(entry.pythonSamples);
      expect(process.rootedSamples, `pid ${process.pid}`).toBe(entry.rootedSamples);
      expect(process.rootedSamplesWithoutPython, `pid ${process.pid}`).toBe(entry.rootedSamplesWithoutPython);
      expect(process.rootedSamples + process.truncatedSamples).toBe(process.samples);
      expect(process.rootedSamplesWithoutPython + process.truncatedSamplesWithoutPython).toBe(process.samples - process.pythonSamples);
      expect(entry.comms).toContain(process.comm);
      expect(process.ppid).toBeUndefined();
    }
    const sum = (pick: (process: (typeof quality.perProcess)[number]) => number) => quality.perProcess.reduce((total, process) => total + pick(process), 0);
    expect(sum((process) => process.samples)).toBe(quality.samples);
    expect(sum((process) => process.pythonSamples)).toBe(quality.pythonSamples);
    expect(sum((process) => process.truncatedSamples)).toBe(quality.truncatedSamples);
    expect(sum((process) => process.truncatedSamplesWithoutPython)).toBe(quality.truncatedSamplesWithoutPython);
    expect(sum((process) => process.interpreterSamples)).toBe(quality.interpreterSamples);
  });

  it('names each process by the command of most of its samples and keeps processes apart', () => {
    const sample = (comm: string, pid: number, frames: string[]) => [`${comm} ${pid}/${pid} 1.0: 1 cpu-clock: `, ...frames.map((frame) => `\t1000 ${frame}`), ''];
    const lib = '/opt/py/lib/libpython3.13.so.1.0';
    const rooted = [`Py_BytesMain (${lib})`, '_start (/opt/py/bin/python3.13)'];
    const lines = [
      ...sample('perf-exec', 10, ['asm_exc_page_fault ([kernel.kallsyms])', '_start (/usr/lib/ld-linux-x86-64.so.2)']),
      ...sample('python3.13', 10, ['py::f:/w/a.py (/tmp/jitted-10-1.so)', `_PyEval_EvalFrameDefault (${lib})`, ...rooted]),
      ...sample('sh', 11, ['__libc_fork (/usr/lib/libc.so.6)', 'main (/usr/bin/dash)', '__libc_start_main (/usr/lib/libc.so.6)']),
      ...sample('python3.13', 10, ['py::f:/w/a.py (/tmp/jitted-10-1.so)', `_PyEval_EvalFrameDefault (${lib})`, ...rooted]),
      ...sample('python3.13', 12, [`_PyEval_EvalFrameDefault (${lib})`, '[unknown] ([unknown])']),
    ];
    const { quality } = foldLines(lines, { view: 'python', workingDirectory: '/w' });
    expect(quality.perProcess).toEqual([
      { pid: 10, comm: 'python3.13', samples: 3, pythonSamples: 2, rootedSamples: 3, truncatedSamples: 0, rootedSamplesWithoutPython: 1, truncatedSamplesWithoutPython: 0, interpreterSamples: 2 },
      { pid: 11, comm: 'sh', samples: 1, pythonSamples: 0, rootedSamples: 1, truncatedSamples: 0, rootedSamplesWithoutPython: 1, truncatedSamplesWithoutPython: 0, interpreterSamples: 0 },
      { pid: 12, comm: 'python3.13', samples: 1, pythonSamples: 0, rootedSamples: 0, truncatedSamples: 1, rootedSamplesWithoutPython: 0, truncatedSamplesWithoutPython: 1, interpreterSamples: 1 },
    ]);
    expect(quality.processes).toBe(3);
  });

  it('splits the stacks by process when asked (perProcess): each sums to its samples, together to the whole', () => {
    for (const view of ['python', 'mixed'] as const) {
      const whole = fold('py313-jit-multiprocessing', view);
      expect(whole.processStacks).toBeUndefined();
      const split = foldLines(readText('py313-jit-multiprocessing').split('\n'), { view, ...CAPTURE_DIRS, perProcess: true });
      expect(split.stacks).toEqual(whole.stacks);
      expect(split.processStacks!.map((entry) => entry.pid)).toEqual(split.quality.perProcess.map((entry) => entry.pid));
      expect(split.processStacks!.map((entry) => totalWeight(entry.stacks))).toEqual(split.quality.perProcess.map((entry) => entry.samples));
      const summed = new Map<string, number>();
      for (const entry of split.processStacks!) for (const [stack, count] of entry.stacks) summed.set(stack, (summed.get(stack) ?? 0) + count);
      expect(new Map([...summed].sort())).toEqual(new Map([...split.stacks].sort()));
      expect(split.processStacks!.filter((entry) => entry.stacks.size > 0).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('sees several processes in the multiprocessing capture and several threads in the threads capture', () => {
    expect(fold('py313-jit-multiprocessing', 'python').quality.processes).toBe(4);
    // mt.py: a main thread and worker threads of one process; each header says `PID/TID PERIOD`.
    const lines = readText('py313-jit-threads').split('\n');
    const headers = sampleBlocks(lines.join('\n')).map((block) => {
      const match = /^\S+\s+(\d+)\/(\d+)\s+[\d.]+:\s+(\d+) /.exec(block[0] ?? '');
      if (match === null) throw new Error(`unexpected header ${block[0]}`);
      return { pid: match[1], tid: match[2], period: Number(match[3]) };
    });
    const workerSamples = headers.filter((header) => header.tid !== header.pid).length;
    expect(new Set(headers.map((header) => header.tid)).size).toBe(3);
    expect(workerSamples).toBeGreaterThan(0);
    const mixed = fold('py313-jit-threads', 'mixed');
    const python = fold('py313-jit-threads', 'python');
    expect(mixed.quality.processes).toBe(1);
    // The folder names no thread, but every worker-thread sample is a complete stack from the
    // thread entry (not `[truncated]`, not the process entry), under Thread._bootstrap in the python view.
    const weightUnder = (stacks: Map<string, number>, prefix: string) =>
      [...stacks].filter(([stack]) => stack.startsWith(prefix)).reduce((sum, [, weight]) => sum + weight, 0);
    expect(weightUnder(mixed.stacks, 'clone3;start_thread;')).toBe(workerSamples);
    expect(weightUnder(python.stacks, 'py::Thread._bootstrap:<stdlib>/threading.py;')).toBe(workerSamples);
    // Folded per thread (`fold --compat`, stackcollapse's --tid): one root per thread, each weighted by its own samples' periods.
    const perThread = createCompatFolder({ tid: true });
    for (const line of lines) perThread.pushLine(line);
    const weightByRoot = new Map<string, number>();
    for (const [stack, weight] of perThread.finish()) {
      const root = stack.slice(0, stack.indexOf(';'));
      weightByRoot.set(root, (weightByRoot.get(root) ?? 0) + weight);
    }
    const expectedByRoot = new Map<string, number>();
    for (const { pid, tid, period } of headers) {
      const root = `python3.13-${pid}/${tid}`;
      expectedByRoot.set(root, (expectedByRoot.get(root) ?? 0) + period);
    }
    expect(Object.fromEntries(weightByRoot)).toEqual(Object.fromEntries(expectedByRoot));
  });

  it('keeps the first event and names the ignored ones (edge cases)', () => {
    const { quality } = fold('edge-cases', 'python');
    expect(quality.event).toBe('cpu-clock:ppp');
    expect(quality.ignoredEvents).toEqual(['page-faults', 'sched:sched_switch']);
  });
});

describe('python view', () => {
  it("drops the interpreter's machinery and start-up frames above the outermost Python frame", () => {
    const { stacks } = fold('py313-jit-bench', 'python');
    const pythonStacks = [...stacks.keys()].filter((stack) => stack.includes('py::'));
    expect(pythonStacks.length).toBeGreaterThan(10);
    const frames = new Set(pythonStacks.flatMap((stack) => stack.split(';')));
    expect(frames.has('_PyEval_EvalFrameDefault')).toBe(false);
    expect(frames.has('PyObject_Vectorcall')).toBe(false);
    for (const stack of stacks.keys()) {
      if (!stack.includes('py::')) continue;
      const first = stack.split(';')[0];
      expect(first === TRUNCATED_FRAME || first?.startsWith('py::')).toBe(true);
    }
    // Native work called from Python stays below its caller: zlib under compress_report.
    expect([...stacks.keys()].some((stack) => /py::compress_report:examples\/bench\.py;zlib_compress;deflate/.test(stack))).toBe(true);
    // Python frames are normalised: no machine prefixes survive.
    expect([...frames].filter((frame) => frame.startsWith('py::') && /\/root|\/work\/main/.test(frame))).toEqual([]);
    expect(frames.has('py::JSONEncoder.encode:<stdlib>/json/encoder.py')).toBe(true);
  });

  it('keeps samples without Python frames as in the mixed view', () => {
    const python = fold('py312-perf-map-fp', 'python');
    const mixed = fold('py312-perf-map-fp', 'mixed');
    expect(python.quality.pythonSamples).toBe(0);
    expect(formatFoldedText(python.stacks)).toBe(formatFoldedText(mixed.stacks));
  });

  it('folds the hand-written sample as documented', () => {
    const lines = [
      'python3.13 7/7 1.0: 1 cpu-clock: ',
      '\tffffffff81000c82 asm_exc_page_fault+0x22 ([kernel.kallsyms])',
      '\t    7f0000000010 deflate_slow (/usr/lib/libz.so.1)',
      '\t    7f0000000020 zlib_compress (/opt/py/lib/python3.13/lib-dynload/zlib.cpython-313-x86_64-linux-gnu.so)',
      '\t    7f0000000030 cfunction_vectorcall_FASTCALL_KEYWORDS (/opt/py/lib/libpython3.13.so.1.0)',
      '\t    7f0000000040 py::pack:/w/app/pack.py (/tmp/jitted-7-1.so)',
      '\t    7f0000000050 _PyEval_EvalFrameDefault (/opt/py/lib/libpython3.13.so.1.0)',
      '\t    7f0000000060 py::<module>:/w/app/main.py (/tmp/jitted-7-2.so)',
      '\t    7f0000000070 Py_BytesMain (/opt/py/lib/libpython3.13.so.1.0)',
      '\t    7f0000000080 __libc_start_main@@GLIBC_2.34 (/usr/lib/libc.so.6)',
      '\t    7f0000000090 _start (/opt/py/bin/python3.13)',
      '',
    ];
    const options = { workingDirectory: '/w/app' };
    expect(formatFoldedText(foldLines(lines, { view: 'python', ...options }).stacks)).toBe(
      'py::<module>:main.py;py::pack:pack.py;zlib_compress;deflate_slow;asm_exc_page_fault_[k] 1\n',
    );
    expect(formatFoldedText(foldLines(lines, { view: 'mixed', ...options }).stacks)).toBe(
      '_start;__libc_start_main@@GLIBC_2.34;Py_BytesMain;py::<module>:main.py;_PyEval_EvalFrameDefault;py::pack:pack.py;' +
        'cfunction_vectorcall_FASTCALL_KEYWORDS;zlib_compress;deflate_slow;asm_exc_page_fault_[k] 1\n',
    );
    // Without its root frames the same sample is marked truncated, in both views.
    const cut = lines.slice(0, 7).concat(['']);
    expect(formatFoldedText(foldLines(cut, { view: 'python', ...options }).stacks)).toBe(
      '[truncated];py::pack:pack.py;zlib_compress;deflate_slow;asm_exc_page_fault_[k] 1\n',
    );
    expect(formatFoldedText(foldLines(cut, { view: 'mixed', ...options }).stacks)).toBe(
      '[truncated];_PyEval_EvalFrameDefault;py::pack:pack.py;cfunction_vectorcall_FASTCALL_KEYWORDS;zlib_compress;deflate_slow;asm_exc_page_fault_[k] 1\n',
    );
  });
});

describe('truncated stacks', () => {
  it('marks the deep recursion samples that do not reach a process root', () => {
    const { stacks, quality } = fold('py313-jit-deep-recursion', 'python');
    expect(quality.truncatedSamples).toBeGreaterThan(0);
    expect(quality.rootedSamples).toBeGreaterThan(0);
    const truncated = [...stacks.keys()].filter((stack) => stack.startsWith(`${TRUNCATED_FRAME};`));
    expect(truncated.length).toBeGreaterThan(0);
    for (const stack of truncated) expect(stack.split(';').slice(1)).not.toContain(TRUNCATED_FRAME);
    expect(quality.deepestPythonChain).toBeGreaterThan(20);
  });

  it('recognises process and thread roots, including versioned names', () => {
    for (const symbol of ['_start', '__libc_start_main', '__libc_start_main@@GLIBC_2.34', '__libc_start_call_main', 'clone', 'clone3', '__clone', 'start_thread', 'thread_start', 'ret_from_fork_asm']) {
      expect(isStackRootSymbol(symbol), symbol).toBe(true);
    }
    for (const symbol of ['main', 'Py_BytesMain', '[unknown]', 'py::<module>:x.py', '_start_thread_helper', '']) {
      expect(isStackRootSymbol(symbol), symbol).toBe(false);
    }
  });

  it('classifies interpreter DSOs by basename', () => {
    for (const dso of ['/root/.pyenv/versions/3.13.0/lib/libpython3.13.so.1.0', '/usr/bin/python3.12', '/usr/bin/python3', '/opt/py/bin/python3.13d', '/opt/py/bin/python3.13t', 'python']) {
      expect(isInterpreterDso(dso), dso).toBe(true);
    }
    for (const dso of ['/usr/lib/libz.so.1', '/x/lib/python3.13/lib-dynload/_json.cpython-313-x86_64-linux-gnu.so', '/tmp/jitted-1-2.so', '[kernel.kallsyms]', '/usr/bin/python-config']) {
      expect(isInterpreterDso(dso), dso).toBe(false);
    }
  });
});

describe('streaming', () => {
  it('gives identical results whether lines arrive one by one from arbitrary chunks or all at once', () => {
    for (const capture of ['py313-jit-bench', 'py313-jit-bench-default-format', 'edge-cases']) {
      const text = readText(capture);
      const whole = foldLines(text.split('\n'), { view: 'python', ...CAPTURE_DIRS });
      for (const chunkSize of [1, 7, 4096]) {
        const folder = createFolder({ view: 'python', ...CAPTURE_DIRS });
        let pending = '';
        for (let at = 0; at < text.length; at += chunkSize) {
          pending += text.slice(at, at + chunkSize);
          let newline = pending.indexOf('\n');
          while (newline >= 0) {
            folder.pushLine(pending.slice(0, newline));
            pending = pending.slice(newline + 1);
            newline = pending.indexOf('\n');
          }
        }
        if (pending.length > 0) folder.pushLine(pending);
        const streamed = folder.finish();
        expect(formatFoldedText(streamed.stacks)).toBe(formatFoldedText(whole.stacks));
        expect(streamed.quality).toEqual(whole.quality);
      }
    }
  });
});

describe('frame caches (a line seen before is not parsed again)', () => {
  const options = { view: 'python', ...CAPTURE_DIRS } as const;

  it.each(['py313-jit-bench', 'py313-jit-bench-default-format', 'py312-perf-map-dwarf', 'edge-cases'])(
    '%s: folding the capture twice in one folder doubles every weight and count',
    (capture) => {
      const text = readText(capture);
      const once = foldLines(text.split('\n'), options);
      // The second copy meets only cached lines and frame texts; it must fold exactly like the first.
      const twice = foldLines(`${text}\n${text}`.split('\n'), options);
      expect([...twice.stacks.keys()].sort()).toEqual([...once.stacks.keys()].sort());
      for (const [stack, weight] of once.stacks) expect(twice.stacks.get(stack), stack).toBe(2 * weight);
      const counts = ['samples', 'rootedSamples', 'truncatedSamples', 'pythonSamples', 'rootedSamplesWithoutPython', 'truncatedSamplesWithoutPython', 'interpreterSamples', 'unknownFrames', 'totalFrames'] as const;
      for (const key of counts) expect(twice.quality[key], key).toBe(2 * once.quality[key]);
      expect(twice.quality.deepestPythonChain).toBe(once.quality.deepestPythonChain);
      expect(twice.quality.ignoredEvents).toEqual(once.quality.ignoredEvents);
      expect(twice.quality.processes).toBe(once.quality.processes);
      expect(twice.quality.perProcess).toEqual(
        once.quality.perProcess.map((process) => ({
          ...process,
          samples: 2 * process.samples,
          pythonSamples: 2 * process.pythonSamples,
          rootedSamples: 2 * process.rootedSamples,
          truncatedSamples: 2 * process.truncatedSamples,
          rootedSamplesWithoutPython: 2 * process.rootedSamplesWithoutPython,
          truncatedSamplesWithoutPython: 2 * process.truncatedSamplesWithoutPython,
          interpreterSamples: 2 * process.interpreterSamples,
        })),
      );
    },
  );

  it('gives the same result for CRLF line ends', () => {
    const text = readText('py313-jit-bench-default-format');
    const lf = foldLines(text.split('\n'), options);
    const crlf = foldLines(text.split('\n').map((line) => `${line}\r`), options);
    expect(formatFoldedText(crlf.stacks)).toBe(formatFoldedText(lf.stacks));
    expect(crlf.quality).toEqual(lf.quality);
  });

  it('never takes a header that carries a frame for a callchain line', () => {
    const header = 'python3 12/12 1.000000:    1001001 cpu-clock:      7f00aa10 deflate_slow+0x12 (/usr/lib/libz.so.1)';
    const { stacks, quality } = foldLines([header, '', header, header, '\tffff1 _start (/usr/bin/python3.13)', ''], options);
    expect(quality.samples).toBe(3);
    expect(quality.totalFrames).toBe(4);
    expect(stacks.get(`${TRUNCATED_FRAME};deflate_slow`)).toBe(2);
    expect(stacks.get('_start;deflate_slow')).toBe(1);
  });

  it('resolves the same (inlined) line against different outer frames', () => {
    const lines = [
      'p 1/1 1.0: 1 cpu-clock: ',
      '\t  e4ed inner+0x1 (inlined)',
      '\t  e4ed outer+0x1 ([kernel.kallsyms])',
      '\t  1000 _start (/usr/bin/p)',
      '',
      'p 1/1 1.1: 1 cpu-clock: ',
      '\t  e4ed inner+0x1 (inlined)',
      '\t  9999 other+0x1 ([kernel.kallsyms])',
      '\t  1000 _start (/usr/bin/p)',
      '',
      'p 1/1 1.2: 1 cpu-clock: ',
      '\t  e4ed inner+0x1 (inlined)',
      '\t  e4ed outer+0x1 ([kernel.kallsyms])',
      '\t  1000 _start (/usr/bin/p)',
      '',
    ];
    const { stacks } = foldLines(lines, { ...options, view: 'mixed' });
    // Same address as the outer frame: its DSO (kernel); another address: `[unknown]` (not kernel).
    expect(Object.fromEntries(stacks)).toEqual({ '_start;outer_[k];inner_[k]': 2, '_start;other_[k];inner': 1 });
  });
});

describe('normaliseModuleName', () => {
  it('drops library versions and CPython ABI tags so runners compare', () => {
    expect(normaliseModuleName('/usr/lib/x86_64-linux-gnu/libz.so.1.2.13')).toBe('libz.so');
    expect(normaliseModuleName('/opt/hostedtoolcache/Python/3.13.1/x64/lib/python3.13/lib-dynload/_json.cpython-313-x86_64-linux-gnu.so')).toBe('_json.so');
    expect(normaliseModuleName('/venv/lib/python3.13/site-packages/pkg/_speedups.abi3.so')).toBe('_speedups.so');
    expect(normaliseModuleName('/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2')).toBe('ld-linux-x86-64.so');
    expect(normaliseModuleName('/usr/bin/python3.13')).toBe('python3.13');
    expect(normaliseModuleName('[vdso]')).toBe('[vdso]');
  });
});
