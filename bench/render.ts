/**
 * Render benchmark: how long the flame graph takes compared with merely parsing the same folded
 * input. Both are measured in the same run on the same text, so the ratio is meaningful across
 * machines even when absolute times are not.
 *
 * The input is generated (deterministically, seeded) to look like a perf-jit capture of a Python
 * program: a process/startup prefix, Python frames each followed by the interpreter frames that
 * CPython puts between them, native leaves (zlib, memcpy…) and occasional kernel chains. Paths
 * are chosen with a skewed (Zipf-like) fan-out so prefixes are shared the way real stacks are.
 *
 * Standalone: node --import tsx bench/render.ts [--quick] [--work-dir DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { renderFlameGraph } from '../src/core/flamegraph/svg.js';
import { formatFoldedText, parseFoldedText, type FoldedStacks } from '../src/core/folded.js';

export interface RenderBenchResult {
  stacks: number;
  renderSeconds: number;
  parseSeconds: number;
  /** renderSeconds / parseSeconds. */
  ratio: number;
  svgBytes: number;
}

const STARTUP = ['python3.13', '_start', '__libc_start_main@@GLIBC_2.34', '__libc_start_call_main', 'Py_BytesMain', 'Py_RunMain', '_PyRun_AnyFileObject', '_PyRun_SimpleFileObject', 'run_mod', 'run_eval_code_obj', 'PyEval_EvalCode', 'py_trampoline_evaluator', 'py::<module>:app/main.py'];
const INTERPRETER_HOPS = [
  ['_PyEval_EvalFrameDefault', 'PyObject_Vectorcall', 'py_trampoline_evaluator'],
  ['_PyEval_EvalFrameDefault', '_PyObject_Call_Prepend', 'slot_tp_call', '_PyObject_MakeTpCall', 'py_trampoline_evaluator'],
  ['_PyEval_EvalFrameDefault', 'cfunction_vectorcall_FASTCALL_KEYWORDS', 'builtin_exec', 'PyEval_EvalCode', 'py_trampoline_evaluator'],
];
const NATIVE_LEAVES = [
  ['PyObject_Vectorcall', 'zlib_Compress_impl', 'deflate', 'deflate_slow', 'longest_match'],
  ['_PyEval_EvalFrameDefault', '_PyDict_GetItem_KnownHash', '_Py_dict_lookup'],
  ['_PyEval_EvalFrameDefault', 'PyNumber_Multiply', 'float_mul'],
  ['_PyEval_EvalFrameDefault', 'list_append', 'list_resize', 'PyMem_Realloc', '_PyObject_Realloc', 'realloc', '_int_realloc', 'memcpy'],
  ['_PyEval_EvalFrameDefault', 'encoder_listencode_obj', 'encoder_listencode_dict', 'PyUnicode_Join', 'memcpy'],
];
const KERNEL_LEAVES = [
  ['asm_exc_page_fault_[k]', 'exc_page_fault_[k]', 'do_user_addr_fault_[k]', 'handle_mm_fault_[k]', '__handle_mm_fault_[k]', 'do_anonymous_page_[k]', 'clear_page_erms_[k]'],
  ['entry_SYSCALL_64_after_hwframe_[k]', 'do_syscall_64_[k]', '__x64_sys_write_[k]', 'ksys_write_[k]', 'vfs_write_[k]'],
];

/** xorshift32: a small seeded generator, so every run benchmarks the same input. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

function hashMix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Generates at least `count` distinct realistic stacks. */
export function generateRealisticStacks(count: number, seed = 20240601): FoldedStacks {
  const random = createRandom(seed);
  const modules = ['app/main.py', 'app/orders.py', 'app/pricing.py', 'app/report.py', '<stdlib>/json/encoder.py', '<stdlib>/json/decoder.py', '<stdlib>/re/_parser.py', 'app/tree.py'];
  const functionNames = Array.from({ length: 1500 }, (_, i) => {
    const base = ['load', 'score', 'parse', 'render', 'walk', 'encode', 'decode', 'compute', 'merge', 'update'][i % 10]!;
    const suffix = i < 10 ? '' : `_${i}`;
    const qual = i % 17 === 0 ? `Handler.${base}${suffix}` : i % 23 === 0 ? `${base}${suffix}.<locals>.<genexpr>` : `${base}${suffix}`;
    return `py::${qual}:${modules[i % modules.length]!}`;
  });
  const stacks: FoldedStacks = new Map();
  // Skewed choice in [0, n): small indices much more likely (shared hot paths).
  const pickSkewed = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));
  let guard = 0;
  while (stacks.size < count && guard < count * 50) {
    guard += 1;
    const frames = [...STARTUP];
    let nodeId = 1;
    const pythonDepth = 3 + pickSkewed(28);
    for (let level = 0; level < pythonDepth; level += 1) {
      const child = pickSkewed(12);
      nodeId = hashMix(nodeId, child);
      frames.push(...INTERPRETER_HOPS[nodeId % INTERPRETER_HOPS.length]!);
      frames.push(functionNames[nodeId % functionNames.length]!);
    }
    const leaf = random();
    if (leaf < 0.45) frames.push(...NATIVE_LEAVES[pickSkewed(NATIVE_LEAVES.length)]!.slice(0, 1 + Math.floor(random() * 8)));
    if (random() < 0.1) frames.push(...KERNEL_LEAVES[pickSkewed(KERNEL_LEAVES.length)]!.slice(0, 2 + Math.floor(random() * 6)));
    const stack = frames.join(';');
    const weight = 1 + Math.floor(1 / Math.max(random(), 0.01) ** 0.8) - 1;
    stacks.set(stack, (stacks.get(stack) ?? 0) + weight);
  }
  return stacks;
}

function timeBest<T>(runs: number, task: () => T): { seconds: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    result = task();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return { seconds: best, result: result as T };
}

export async function benchRender(options: { quick: boolean; workDir: string }): Promise<RenderBenchResult> {
  const count = options.quick ? 5_000 : 50_000;
  const runs = options.quick ? 1 : 3;
  const text = formatFoldedText(generateRealisticStacks(count));
  mkdirSync(options.workDir, { recursive: true });
  writeFileSync(join(options.workDir, 'render-input.folded'), text);
  const parse = timeBest(runs, () => parseFoldedText(text));
  const stacks = parse.result;
  const render = timeBest(runs, () => renderFlameGraph(stacks, { title: 'render benchmark' }));
  const svg = render.result;
  writeFileSync(join(options.workDir, 'render-output.svg'), svg);
  return {
    stacks: stacks.size,
    renderSeconds: render.seconds,
    parseSeconds: parse.seconds,
    ratio: render.seconds / parse.seconds,
    svgBytes: Buffer.byteLength(svg),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const workDirIndex = args.indexOf('--work-dir');
  const workDir = workDirIndex >= 0 && args[workDirIndex + 1] ? resolve(args[workDirIndex + 1]!) : resolve('bench/.work/render');
  const result = await benchRender({ quick: args.includes('--quick'), workDir });
  console.log(JSON.stringify(result, null, 2));
}
