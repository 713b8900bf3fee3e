/**
 * Profiling overhead: wall time of examples/bench.py under `perf record` in each profiling mode,
 * divided by its wall time without perf. The benchmark runs a fixed number of rounds (calibrated
 * once so an unprofiled run takes about `seconds`), so the work is identical in every run.
 *
 * Runs are interleaved — unprofiled, fp, perf-jit, dwarf, unprofiled, fp, … — so a change in the
 * machine's load hits every mode alike; each mode's figure is the median of its per-round ratios
 * (profiled ÷ the unprofiled run of the same round), with the min–max spread.
 *
 * With a frame-pointer CPython 3.13 present, its fp mode joins every round (unprofiled and
 * profiled on that build), the mode uv's and Fedora's Pythons get.
 *
 * Profiled runs go through the project's own `recordRun` (same perf arguments as the Action); the
 * figure is the wall time of `perf record -- python …` only, not the processing that follows.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { computeMedian } from '../src/core/stats.js';
import { planMode, type ProfilingMode } from '../src/core/profiling-modes.js';
import { summarizeQuality } from '../src/core/run-quality.js';
import { runCommand } from '../src/shell/process.js';
import type { BenchMachine, ModeProbe } from './machine.js';
import { readLoad } from './machine.js';
import { recordFolded } from '../test/helpers/record-folded.js';
import { findFramePointerPython } from '../test/helpers/tools.js';

export interface ModeOverhead {
  mode: ProfilingMode;
  /** What the readiness probe saw in this mode (fp runs even when it yields no Python stacks). */
  probeStacks: ModeProbe['stacks'];
  wallSeconds: number[];
  /** Per round: profiled ÷ unprofiled wall time of the same round. */
  ratios: number[];
  medianRatio: number;
  minRatio: number;
  maxRatio: number;
  /** Share of samples with a Python frame, and the deepest Python chain seen (first round). */
  pythonShare: number;
  deepestPythonChain: number;
}

export interface FramePointerOverhead {
  python: string;
  unprofiledWallSeconds: number[];
  wallSeconds: number[];
  ratios: number[];
  medianRatio: number;
  minRatio: number;
  maxRatio: number;
  /** Median of (fp build unprofiled ÷ the main interpreter unprofiled) per round. */
  framePointerCostRatio: number;
  pythonShare: number;
  deepestPythonChain: number;
}

export interface OverheadBenchResult {
  benchmark: string;
  rounds: number;
  repeats: number;
  unprofiledWallSeconds: number[];
  unprofiledMedianSeconds: number;
  /**
   * Median wall time of `perf record -- true` (same options as perf-jit mode): perf's own start-up
   * and shut-down, paid once per run whatever the benchmark's length.
   */
  perfFixedSeconds: number;
  modes: ModeOverhead[];
  /**
   * fp mode on a frame-pointer CPython 3.13 ($PPG_FP_PYTHON, or the build `scripts/build-fp-python.sh`
   * caches), in the same interleaved rounds: its profiled ÷ its own unprofiled wall time, and what the
   * frame pointers cost the unprofiled run (÷ the pyenv build's). `skipped` says why it is absent.
   */
  framePointerBuild: FramePointerOverhead | { skipped: string };
  loadBefore: number;
  loadAfter: number;
}

export interface OverheadBenchOptions {
  quick: boolean;
  workDir: string;
  machine: BenchMachine;
  repoRoot: string;
}

export async function benchOverhead(options: OverheadBenchOptions): Promise<OverheadBenchResult> {
  const loadBefore = readLoad();
  const { machine, repoRoot } = options;
  const seconds = options.quick ? 0.5 : 8;
  const repeats = options.quick ? 1 : 3;
  const script = join(repoRoot, 'examples', 'bench.py');
  const scratch = join(options.workDir, 'overhead');
  mkdirSync(scratch, { recursive: true });
  const rounds = await calibrateRounds({ python: machine.python.executable, script, seconds, cwd: repoRoot });
  const args = ['--rounds', String(rounds)];
  const modes = machine.probes.map((probe) => probe.mode);
  const unprofiled: number[] = [];
  const fixed: number[] = [];
  const profiled = new Map<ProfilingMode, { wall: number[]; pythonShare: number; deepestPythonChain: number }>();
  const fpPython = findFramePointerPython();
  const fpBuild = { unprofiled: [] as number[], wall: [] as number[], pythonShare: 0, deepestPythonChain: 0 };
  try {
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const plain = await runCommand([machine.python.executable, script, ...args], { cwd: repoRoot });
      if (plain.exitCode !== 0) throw new Error(`examples/bench.py failed without perf: ${plain.stderr.trim()}`);
      unprofiled.push(plain.wallSeconds);
      fixed.push(await timeEmptyRecording(machine, scratch));
      for (const mode of modes) {
        const run = await recordFolded({
          perfPath: machine.perfPath,
          python: machine.python.executable,
          plan: planMode(mode),
          event: machine.event,
          frequency: machine.frequency,
          target: { kind: 'script', script, args },
          workingDirectory: repoRoot,
          scratchDirectory: scratch,
          logPath: join(scratch, `${mode}-${repeat}.log`),
          fold: { view: 'python', workingDirectory: repoRoot, homeDirectory: homedir() },
          label: `overhead-${mode}-${repeat}`,
        });
        if (run.failure || !run.fold) throw new Error(`Profiling examples/bench.py in ${mode} mode failed: ${run.failure ?? 'no profile'}`);
        const entry = profiled.get(mode) ?? { wall: [], pythonShare: 0, deepestPythonChain: 0 };
        if (entry.wall.length === 0) {
          const quality = summarizeQuality(run.fold.quality, run.lostChunks);
          entry.pythonShare = quality.pythonShare;
          entry.deepestPythonChain = quality.deepestPythonChain;
        }
        entry.wall.push(run.wallSeconds);
        profiled.set(mode, entry);
      }
      if (fpPython) {
        const plainFp = await runCommand([fpPython, script, ...args], { cwd: repoRoot });
        if (plainFp.exitCode !== 0) throw new Error(`examples/bench.py failed on the frame-pointer build ${fpPython}: ${plainFp.stderr.trim()}`);
        fpBuild.unprofiled.push(plainFp.wallSeconds);
        const run = await recordFolded({
          perfPath: machine.perfPath,
          python: fpPython,
          plan: planMode('fp'),
          event: machine.event,
          frequency: machine.frequency,
          target: { kind: 'script', script, args },
          workingDirectory: repoRoot,
          scratchDirectory: scratch,
          logPath: join(scratch, `fp-build-${repeat}.log`),
          fold: { view: 'python', workingDirectory: repoRoot, homeDirectory: homedir() },
          label: `overhead-fp-build-${repeat}`,
        });
        if (run.failure || !run.fold) throw new Error(`Profiling examples/bench.py in fp mode on ${fpPython} failed: ${run.failure ?? 'no profile'}`);
        if (fpBuild.wall.length === 0) {
          const quality = summarizeQuality(run.fold.quality, run.lostChunks);
          fpBuild.pythonShare = quality.pythonShare;
          fpBuild.deepestPythonChain = quality.deepestPythonChain;
        }
        fpBuild.wall.push(run.wallSeconds);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    benchmark: `examples/bench.py --rounds ${rounds} (≈ ${seconds} s unprofiled)`,
    rounds,
    repeats,
    unprofiledWallSeconds: unprofiled.map((value) => round(value, 3)),
    unprofiledMedianSeconds: round(computeMedian(unprofiled), 3),
    perfFixedSeconds: round(computeMedian(fixed), 3),
    modes: modes.map((mode) => {
      const entry = profiled.get(mode)!;
      const ratios = entry.wall.map((wall, index) => wall / unprofiled[index]!);
      return {
        mode,
        probeStacks: machine.probes.find((probe) => probe.mode === mode)!.stacks,
        wallSeconds: entry.wall.map((value) => round(value, 3)),
        ratios: ratios.map((value) => round(value, 3)),
        medianRatio: round(computeMedian(ratios), 3),
        minRatio: round(Math.min(...ratios), 3),
        maxRatio: round(Math.max(...ratios), 3),
        pythonShare: round(entry.pythonShare, 3),
        deepestPythonChain: entry.deepestPythonChain,
      };
    }),
    framePointerBuild: fpPython
      ? summarizeFramePointerBuild({ python: fpPython, ...fpBuild, mainUnprofiled: unprofiled })
      : { skipped: 'no frame-pointer CPython (set PPG_FP_PYTHON, or run `bash scripts/build-fp-python.sh`, about 6–8 minutes on 2 cores)' },
    loadBefore,
    loadAfter: readLoad(),
  };
}

function summarizeFramePointerBuild(input: { python: string; unprofiled: number[]; wall: number[]; pythonShare: number; deepestPythonChain: number; mainUnprofiled: number[] }): FramePointerOverhead {
  const ratios = input.wall.map((wall, index) => wall / input.unprofiled[index]!);
  const cost = input.unprofiled.map((wall, index) => wall / input.mainUnprofiled[index]!);
  return {
    python: input.python,
    unprofiledWallSeconds: input.unprofiled.map((value) => round(value, 3)),
    wallSeconds: input.wall.map((value) => round(value, 3)),
    ratios: ratios.map((value) => round(value, 3)),
    medianRatio: round(computeMedian(ratios), 3),
    minRatio: round(Math.min(...ratios), 3),
    maxRatio: round(Math.max(...ratios), 3),
    framePointerCostRatio: round(computeMedian(cost), 3),
    pythonShare: round(input.pythonShare, 3),
    deepestPythonChain: input.deepestPythonChain,
  };
}

/** Wall time of `perf record` around `true`, with the perf-jit options and recordRun's other perf arguments. */
async function timeEmptyRecording(machine: BenchMachine, scratch: string): Promise<number> {
  const dataPath = join(scratch, 'empty.perf.data');
  const plan = planMode('perf-jit');
  const run = await runCommand(
    [machine.perfPath, '--buildid-dir', join(scratch, 'empty.buildid'), 'record', '--no-bpf-event', '-e', machine.event, '-F', String(machine.frequency), ...plan.callGraphArgs, '--no-buildid-cache', '--no-buildid', '-o', dataPath, '--', 'true'],
    { cwd: scratch },
  );
  rmSync(dataPath, { force: true });
  rmSync(join(scratch, 'empty.buildid'), { recursive: true, force: true });
  if (run.exitCode !== 0) throw new Error(`perf record -- true failed: ${run.stderr.trim()}`);
  return run.wallSeconds;
}

/** Runs the benchmark for `seconds` once (also a warm-up) and returns how many rounds it did. */
async function calibrateRounds(options: { python: string; script: string; seconds: number; cwd: string }): Promise<number> {
  const run = await runCommand([options.python, options.script, '--seconds', String(options.seconds)], { cwd: options.cwd });
  const rounds = Number(/rounds=(\d+)/.exec(run.stdout)?.[1]);
  if (run.exitCode !== 0 || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`Could not calibrate examples/bench.py: exit ${run.exitCode}, output ${run.stdout.trim()} ${run.stderr.trim()}`);
  }
  return rounds;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
