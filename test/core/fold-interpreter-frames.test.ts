/**
 * The python view's rule for the interpreter's own C functions (fold-interpreter-frames.ts):
 * machinery dropped, work kept under its Python caller, runtime kept below the innermost Python
 * frame only — on names, on hand-written samples, and on the real capture
 * py313-jit-libpython-work (CPython 3.13 perf-jit; sum, sorted(key=len), re.match, dict/str
 * methods; program beside it in test/fixtures/fold).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyFrameOrigin, FrameOrigin, isInterpreterDso } from '../../src/core/fold-frame-classification.js';
import { interpreterRole } from '../../src/core/fold-interpreter-frames.js';
import { foldLines } from '../../src/core/fold-python.js';
import { formatFoldedText, type FoldedStacks } from '../../src/core/folded.js';
import { parsePerfFrameLine } from '../../src/core/perf-script.js';
import { foldCaptures } from '../helpers/fold-captures.js';
import { fixturePath } from '../helpers/golden.js';

const CAPTURE_DIRS = { workingDirectory: '/work/main', homeDirectory: '/root' };
const WORK_CAPTURE = 'py313-jit-libpython-work';
const WORK_PROGRAM = 'test/fixtures/fold/py313-jit-libpython-work.py';
const pyFrame = (name: string) => `py::${name}:${WORK_PROGRAM}`;

function readText(capture: string): string {
  return readFileSync(fixturePath('fold', `${capture}.txt`), 'utf8');
}

function fold(capture: string, view: 'python' | 'mixed') {
  return foldLines(readText(capture).split('\n'), { view, ...CAPTURE_DIRS });
}

/** Total weight of the stacks that `test` accepts. */
function weightOf(stacks: FoldedStacks, test: (frames: string[]) => boolean): number {
  let weight = 0;
  for (const [stack, count] of stacks) if (test(stack.split(';'))) weight += count;
  return weight;
}

/** The interpreter symbols of a capture (without offset), by role. */
function interpreterSymbols(capture: string): Record<'machinery' | 'runtime' | 'work', Set<string>> {
  const roles = { machinery: new Set<string>(), runtime: new Set<string>(), work: new Set<string>() };
  for (const line of readText(capture).split('\n')) {
    const frame = /^\s+[0-9a-f]+ /.test(line) ? parsePerfFrameLine(line) : undefined;
    if (frame === undefined || !isInterpreterDso(frame.dso) || frame.symbol.startsWith('py::')) continue;
    roles[interpreterRole(frame.symbol)].add(frame.symbol);
  }
  return roles;
}

describe('interpreterRole', () => {
  it.each([
    // evaluation
    '_PyEval_EvalFrameDefault',
    '_PyEval_EvalFrameDefault.cold',
    '_PyEval_Vector',
    '_PyEvalFrameClearAndPop',
    'PyEval_EvalCode',
    'py_trampoline_evaluator',
    '_Py_trampoline_func_start',
    'PyUnstable_Code_GetExtra',
    '_TAIL_CALL_LOAD_FAST',
    // calls
    'PyObject_Vectorcall',
    '_PyObject_VectorcallTstate',
    'PyObject_VectorcallDict',
    'PyObject_CallMethodObjArgs',
    'PyObject_CallOneArg',
    '_PyObject_Call_Prepend',
    '_PyObject_MakeTpCall',
    '_PyFunction_Vectorcall',
    'object_vacall',
    'method_vectorcall_FASTCALL_KEYWORDS_METHOD',
    'cfunction_vectorcall_FASTCALL_KEYWORDS',
    'cfunction_vectorcall_O',
    'cfunction_call',
    'vectorcall_method',
    'slot_tp_init',
    'slot_tp_call',
    'slot_nb_add',
    'type_call',
    'wrapperdescr_call',
    'gen_iternext',
    'gen_send_ex2',
    // code running, imports, start-up
    'builtin_exec',
    'builtin_exec_impl',
    'builtin_eval',
    'builtin___build_class__',
    'builtin___import__',
    'PyImport_ImportModuleLevelObject',
    'import_find_and_load',
    'run_mod',
    'run_eval_code_obj',
    '_PyRun_SimpleFileObject',
    'pymain_run_python.constprop.0',
    'Py_RunMain',
    'Py_BytesMain',
    'main',
    'thread_run',
    // stubs and unnamed frames
    'PyDict_New@plt',
    '__tls_get_addr@plt',
    '[unknown]',
    '',
  ])('%s is machinery', (symbol) => {
    expect(interpreterRole(symbol)).toBe('machinery');
  });

  it.each([
    '_PyObject_Malloc',
    'PyObject_Malloc',
    'PyObject_Calloc', // not PyObject_Call…
    '_PyObject_Calloc',
    '_PyObject_Free',
    'PyMem_RawMalloc',
    '_PyObject_GC_NewVar',
    'PyObject_GC_UnTrack',
    'PyObject_GC_Del',
    'PyObject_IS_GC',
    '_Py_NewReference',
    '_Py_Dealloc',
    'list_dealloc',
    'tupledealloc',
    'subtype_dealloc',
    '_PyFloat_ExactDealloc',
    'dict_traverse',
    'gc_collect_main',
    'PyGC_Collect',
    '_Py_HandlePending',
    'take_gil',
    'PyErr_Occurred',
  ])('%s is runtime', (symbol) => {
    expect(interpreterRole(symbol)).toBe('runtime');
  });

  it.each([
    'builtin_sum',
    'builtin_sum_impl',
    'builtin_sorted',
    'builtin_len',
    'builtin_any',
    'list_sort',
    'list_sort_impl',
    'unsafe_long_compare',
    'merge_at',
    '_sre_SRE_Pattern_match',
    'sre_ucs1_match',
    'sre_ucs1_count',
    'sre_ucs4_search',
    'pattern_new_match',
    'unicode_split',
    'split',
    'unicode_upper',
    'PyUnicode_Join',
    'dict_get',
    '_Py_dict_lookup',
    'insertdict',
    'dictresize.isra.0',
    'listiter_next',
    'PyIter_Next',
    '_PyLong_Add',
    'long_add',
    'float_add',
    'PyNumber_Add',
    'PyUnicode_Format',
    'os_stat',
    'marshal_loads',
    'type_new',
  ])('%s is work', (symbol) => {
    expect(interpreterRole(symbol)).toBe('work');
  });

  it('applies only inside the interpreter: an extension module or libc keeps any name as native', () => {
    expect(classifyFrameOrigin({ symbol: 'cfunction_call', inInterpreterDso: false })).toBe(FrameOrigin.Native);
    expect(classifyFrameOrigin({ symbol: 'main', inInterpreterDso: false })).toBe(FrameOrigin.Native);
    expect(classifyFrameOrigin({ symbol: 'cfunction_call', inInterpreterDso: true })).toBe(FrameOrigin.InterpreterMachinery);
    expect(classifyFrameOrigin({ symbol: '_start', inInterpreterDso: true })).toBe(FrameOrigin.InterpreterMachinery);
    expect(classifyFrameOrigin({ symbol: 'builtin_sum', inInterpreterDso: true })).toBe(FrameOrigin.InterpreterWork);
    expect(classifyFrameOrigin({ symbol: 'list_dealloc', inInterpreterDso: true })).toBe(FrameOrigin.InterpreterRuntime);
    expect(classifyFrameOrigin({ symbol: 'py::f:x.py', inInterpreterDso: true })).toBe(FrameOrigin.Python);
  });
});

describe('python view of interpreter frames (hand-written samples)', () => {
  const LIB = '/opt/py/lib/libpython3.13.so.1.0';
  const sample = (time: string, frames: string[]) => [`python3.13 7/7 ${time}: 1 cpu-clock: `, ...frames.map((frame, i) => `\t${(0x1000 + i).toString(16)} ${frame}`), ''];
  const root = [`Py_BytesMain (${LIB})`, '__libc_start_main@@GLIBC_2.34 (/usr/lib/libc.so.6)', '_start (/opt/py/bin/python3.13)'];
  const options = { workingDirectory: '/w' };

  it('keeps work between Python frames and drops runtime there, keeps runtime below the innermost one', () => {
    const lines = [
      // sorted(key=f): the key function called from list_sort_impl.
      ...sample('1.0', [
        'py::key:/w/a.py (/tmp/jitted-7-2.so)',
        `py_trampoline_evaluator (${LIB})`,
        `PyObject_Vectorcall (${LIB})`,
        `list_sort_impl (${LIB})`,
        `list_sort (${LIB})`,
        `cfunction_vectorcall_FASTCALL_KEYWORDS (${LIB})`,
        `PyObject_Vectorcall (${LIB})`,
        `builtin_sorted (${LIB})`,
        `_PyEval_EvalFrameDefault (${LIB})`,
        'py::main:/w/a.py (/tmp/jitted-7-1.so)',
        ...root,
      ]),
      // a deallocation running __del__: the runtime frames between are dropped.
      ...sample('1.1', [
        `_PyObject_Malloc (${LIB})`,
        `PyFloat_FromDouble (${LIB})`,
        `_PyEval_EvalFrameDefault (${LIB})`,
        'py::Res.__del__:/w/a.py (/tmp/jitted-7-3.so)',
        `py_trampoline_evaluator (${LIB})`,
        `PyObject_CallOneArg (${LIB})`,
        `slot_tp_finalize (${LIB})`,
        `PyObject_CallFinalizerFromDealloc (${LIB})`,
        `subtype_dealloc (${LIB})`,
        `list_dealloc (${LIB})`,
        `_PyEval_EvalFrameDefault (${LIB})`,
        'py::main:/w/a.py (/tmp/jitted-7-1.so)',
        ...root,
      ]),
      // an extension module's function with a libpython-looking name stays.
      ...sample('1.2', ['type_call (/w/ext.cpython-313-x86_64-linux-gnu.so)', `_PyEval_EvalFrameDefault.cold (${LIB})`, 'py::main:/w/a.py (/tmp/jitted-7-1.so)', ...root]),
    ];
    expect(formatFoldedText(foldLines(lines, { view: 'python', ...options }).stacks)).toBe(
      [
        'py::main:a.py;builtin_sorted;list_sort;list_sort_impl;py::key:a.py 1',
        'py::main:a.py;py::Res.__del__:a.py;PyFloat_FromDouble;_PyObject_Malloc 1',
        'py::main:a.py;type_call 1',
        '',
      ].join('\n'),
    );
  });
});

describe('python view of interpreter frames (real captures)', () => {
  it('keeps the regex engine under its Python caller, with every sample the mixed view has in it', () => {
    const python = fold(WORK_CAPTURE, 'python').stacks;
    const mixed = fold(WORK_CAPTURE, 'mixed').stacks;
    const inMatch = weightOf(mixed, (frames) => frames.includes('sre_ucs1_match'));
    expect(inMatch).toBeGreaterThan(5);
    // Python caller → the method the line called → the matcher: no glue in between.
    const under = weightOf(python, (frames) => {
      const at = frames.indexOf('sre_ucs1_match');
      return at >= 2 && frames[at - 1] === '_sre_SRE_Pattern_match' && frames[at - 2] === pyFrame('matches');
    });
    expect(under).toBe(inMatch);
  });

  it('keeps builtin sum and sorted under the calling function', () => {
    const python = fold(WORK_CAPTURE, 'python').stacks;
    const mixed = fold(WORK_CAPTURE, 'mixed').stacks;
    const directlyUnder = (caller: string, callee: string) => (frames: string[]) => {
      const at = frames.indexOf(callee);
      return at > 0 && frames[at - 1] === pyFrame(caller);
    };
    const inSum = weightOf(mixed, (frames) => frames.includes('builtin_sum'));
    expect(inSum).toBeGreaterThan(5);
    expect(weightOf(python, directlyUnder('total', 'builtin_sum'))).toBe(inSum);
    const inSorted = weightOf(mixed, (frames) => frames.includes('builtin_sorted'));
    expect(inSorted).toBeGreaterThan(0);
    expect(weightOf(python, directlyUnder('by_length', 'builtin_sorted'))).toBe(inSorted);
    expect(weightOf(python, (frames) => frames.join(';').includes(`${pyFrame('by_length')};builtin_sorted;list_sort;list_sort_impl`))).toBe(inSorted);
    // dict and str methods called by count_words.
    for (const method of ['dict_get', 'unicode_split']) expect(weightOf(python, directlyUnder('count_words', method)), method).toBeGreaterThan(0);
  });

  it.each([...foldCaptures.filter((capture) => capture !== 'edge-cases'), WORK_CAPTURE])(
    '%s: machinery never appears below a Python frame, runtime never above the innermost one',
    (capture) => {
      const roles = interpreterSymbols(capture);
      const { stacks } = fold(capture, 'python');
      for (const stack of stacks.keys()) {
        const frames = stack.split(';');
        let lastPython = frames.length - 1;
        while (lastPython >= 0 && !(frames[lastPython] as string).startsWith('py::')) lastPython -= 1;
        if (lastPython < 0) continue;
        for (const [index, frame] of frames.entries()) {
          expect(roles.machinery.has(frame), `${frame} in ${stack}`).toBe(false);
          if (index < lastPython) expect(roles.runtime.has(frame), `${frame} above a Python frame in ${stack}`).toBe(false);
        }
      }
      expect(roles.machinery.has('_PyEval_EvalFrameDefault')).toBe(true);
    },
  );
});
