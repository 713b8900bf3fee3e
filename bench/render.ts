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
 * Then the same comparison as Brendan Gregg's flamegraph.pl, on 60,000 stacks (6,000 with
 * --quick): the whole process (`node dist/cli.js flamegraph IN > OUT` against
 * `perl $FLAMEGRAPH_DIR/flamegraph.pl IN > OUT`, same input, interleaved, fastest of N), the bytes
 * of both SVGs, and whether both drew the same frames (each frame's name and samples, read back
 * from both files). The in-process render time and the CLI's time on an empty input (start-up and
 * exit alone) show where the whole-process time goes. Without FLAMEGRAPH_DIR the comparison is
 * skipped and says why; without dist/cli.js (npm run build) the CLI timings are.
 *
 * Standalone: node --import tsx bench/render.ts [--quick] [--work-dir DIR]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FlameGraphData } from '../src/core/flamegraph/script.js';
import { renderFlameGraph } from '../src/core/flamegraph/svg.js';
import { formatFoldedText, parseFoldedText, type FoldedStacks } from '../src/core/folded.js';
import { readLoad } from './machine.js';

export interface RenderBenchResult {
  stacks: number;
  renderSeconds: number;
  parseSeconds: number;
  /** renderSeconds / parseSeconds. */
  ratio: number;
  svgBytes: number;
  /** Distinct stacks of the flamegraph.pl comparison (60,000; 6,000 with --quick). */
  referenceStacks: number;
  /** renderFlameGraph alone on those stacks, in process, fastest of N. */
  referenceRenderSeconds: number;
  /** Runs of each command, interleaved; the fastest is kept. */
  referenceRuns: number;
  /** 1-minute load average when the comparison started and ended. */
  referenceLoad: [number, number];
  /** `node dist/cli.js flamegraph IN > OUT`, whole process; null without dist/cli.js. */
  cliSeconds: number | null;
  /** The same command on an empty input: start-up and exit alone; null without dist/cli.js. */
  cliEmptySeconds: number | null;
  /** `perl $FLAMEGRAPH_DIR/flamegraph.pl IN > OUT`, whole process; null when skipped. */
  flamegraphPlSeconds: number | null;
  /** flamegraphPlSeconds / cliSeconds (how many times faster the CLI is). */
  speedupVsFlamegraphPl: number | null;
  /** Bytes of the CLI's SVG (or, without dist/cli.js, renderFlameGraph's) and of flamegraph.pl's. */
  referenceSvgBytes: number;
  flamegraphPlSvgBytes: number | null;
  /** referenceSvgBytes / flamegraphPlSvgBytes. */
  svgBytesVsFlamegraphPl: number | null;
  /** Frames drawn (at least minWidth wide) in our SVG and in flamegraph.pl's. */
  framesDrawn: number;
  flamegraphPlFramesDrawn: number | null;
  /** Both drew the same frames: the same multiset of (name, samples). Null when skipped. */
  sameFramesAsFlamegraphPl: boolean | null;
  /** Why the comparison with flamegraph.pl (or the CLI timings) was skipped; null when nothing was. */
  skipped: string | null;
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
    ...compareWithFlamegraphPl({ quick: options.quick, workDir: options.workDir }),
  };
}

type ReferenceFigures = Omit<RenderBenchResult, 'stacks' | 'renderSeconds' | 'parseSeconds' | 'ratio' | 'svgBytes'>;

const cliPath = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist', 'cli.js');

/** The flamegraph.pl comparison (see the module comment). */
function compareWithFlamegraphPl(options: { quick: boolean; workDir: string }): ReferenceFigures {
  const startLoad = readLoad();
  const count = options.quick ? 6_000 : 60_000;
  const runs = options.quick ? 1 : 2;
  const generated = generateRealisticStacks(count);
  const input = join(options.workDir, 'reference-input.folded');
  const empty = join(options.workDir, 'reference-empty.folded');
  writeFileSync(input, formatFoldedText(generated));
  writeFileSync(empty, '');
  const stacks = parseFoldedText(readFileSync(input, 'utf8'));
  const inProcess = timeBest(runs, () => renderFlameGraph(stacks));
  const skips: string[] = [];
  const flamegraphDir = process.env.FLAMEGRAPH_DIR;
  const flamegraphPl = flamegraphDir ? join(flamegraphDir, 'flamegraph.pl') : undefined;
  const canRunPerl = flamegraphPl !== undefined && existsSync(flamegraphPl);
  if (!flamegraphPl) skips.push('FLAMEGRAPH_DIR is not set, so flamegraph.pl was not run (set it to a checkout of github.com/brendangregg/FlameGraph)');
  else if (!canRunPerl) skips.push(`FLAMEGRAPH_DIR=${flamegraphDir} has no flamegraph.pl, so it was not run`);
  const haveCli = existsSync(cliPath);
  if (!haveCli) skips.push(`${cliPath} is missing (npm run build), so the CLI was not timed`);
  const ourSvg = join(options.workDir, 'reference-output.svg');
  const theirSvg = join(options.workDir, 'reference-flamegraph-pl.svg');
  let cliSeconds = Number.POSITIVE_INFINITY;
  let cliEmptySeconds = Number.POSITIVE_INFINITY;
  let perlSeconds = Number.POSITIVE_INFINITY;
  // Interleaved, so both see the same load; the fastest run of each is kept.
  for (let run = 0; run < runs; run += 1) {
    if (haveCli) {
      cliSeconds = Math.min(cliSeconds, timeProcess(process.execPath, [cliPath, 'flamegraph', input], ourSvg));
      cliEmptySeconds = Math.min(cliEmptySeconds, timeProcess(process.execPath, [cliPath, 'flamegraph', empty], join(options.workDir, 'reference-empty.svg')));
    }
    if (canRunPerl) perlSeconds = Math.min(perlSeconds, timeProcess('perl', [flamegraphPl, input], theirSvg));
  }
  if (!haveCli) writeFileSync(ourSvg, inProcess.result);
  const ours = readFileSync(ourSvg, 'utf8');
  const ourFrames = listOurFrames(ours);
  const ranPerl = Number.isFinite(perlSeconds);
  const theirs = ranPerl ? readFileSync(theirSvg, 'utf8') : undefined;
  const theirFrames = theirs === undefined ? undefined : listFlamegraphPlFrames(theirs);
  const ourBytes = Buffer.byteLength(ours);
  const theirBytes = theirs === undefined ? null : Buffer.byteLength(theirs);
  const cli = Number.isFinite(cliSeconds) ? cliSeconds : null;
  const perl = ranPerl ? perlSeconds : null;
  return {
    referenceStacks: generated.size,
    referenceRenderSeconds: inProcess.seconds,
    referenceRuns: runs,
    referenceLoad: [startLoad, readLoad()],
    cliSeconds: cli,
    cliEmptySeconds: Number.isFinite(cliEmptySeconds) ? cliEmptySeconds : null,
    flamegraphPlSeconds: perl,
    speedupVsFlamegraphPl: cli !== null && perl !== null ? perl / cli : null,
    referenceSvgBytes: ourBytes,
    flamegraphPlSvgBytes: theirBytes,
    svgBytesVsFlamegraphPl: theirBytes === null ? null : ourBytes / theirBytes,
    framesDrawn: ourFrames.length,
    flamegraphPlFramesDrawn: theirFrames?.length ?? null,
    sameFramesAsFlamegraphPl: theirFrames === undefined ? null : sameMultiset(ourFrames, theirFrames),
    skipped: skips.length > 0 ? `${skips.join('; ')}.` : null,
  };
}

/** Wall time of one process with stdout to `output`, seconds. */
function timeProcess(command: string, args: string[], output: string): number {
  const fd = openSync(output, 'w');
  try {
    const started = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 24 });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${String(result.stderr).slice(0, 500)}`);
    return seconds;
  } finally {
    closeSync(fd);
  }
}

/** Minimum frame width of both renderers' defaults, px (flamegraph.pl's `--minwidth` default). */
const MIN_WIDTH = 0.1;

/**
 * Our frames as `name samples`, from the `#pfg-data` JSON, for those drawn at least MIN_WIDTH
 * wide; names as flamegraph.pl shows them (escaped, no `_[k]`-style annotation).
 */
function listOurFrames(svg: string): string[] {
  const data = JSON.parse(/<script type="application\/json" id="pfg-data">(.*)<\/script>/.exec(svg)![1]!) as FlameGraphData;
  const widths = [...svg.matchAll(/^<g class="c\d+"><rect x="[^"]*" y="[^"]*" width="([^"]*)"/gm)].map((match) => Number(match[1]));
  if (widths.length !== data.name.length) throw new Error(`our SVG draws ${widths.length} frames but has data for ${data.name.length}`);
  const frames: string[] = [];
  widths.forEach((width, index) => {
    if (width >= MIN_WIDTH) frames.push(`${escapeAsFlamegraphPl(data.names[data.name[index]!]!)} ${data.samples[index]}`);
  });
  return frames;
}

/** flamegraph.pl's frames as `name samples`, from each `<title>` followed by a rect at least MIN_WIDTH wide. */
function listFlamegraphPlFrames(svg: string): string[] {
  const frames: string[] = [];
  for (const match of svg.matchAll(/<title>(.*) \(([\d,]+) samples, [^)]*\)<\/title><rect x="[^"]*" y="[^"]*" width="([^"]*)"/g)) {
    if (Number(match[3]) >= MIN_WIDTH) frames.push(`${match[1]} ${match[2]!.replaceAll(',', '')}`);
  }
  return frames;
}

function escapeAsFlamegraphPl(name: string): string {
  return name.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replace(/_\[[kwij]\]$/, '');
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((value, index) => value === sortedB[index]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const workDirIndex = args.indexOf('--work-dir');
  const workDir = workDirIndex >= 0 && args[workDirIndex + 1] ? resolve(args[workDirIndex + 1]!) : resolve('bench/.work/render');
  const result = await benchRender({ quick: args.includes('--quick'), workDir });
  console.log(JSON.stringify(result, null, 2));
  if (result.skipped) console.log(`Skipped: ${result.skipped}`);
}
