/**
 * Profiling overhead: wall time of examples/bench.py under `perf record` in each profiling mode,
 * divided by its wall time without perf. The benchmark runs a fixed number of rounds (calibrated
 * once so an unprofiled run takes about `seconds`), so the work is identical in every run.
 *
 * Runs are interleaved — unprofiled, fp, perf-jit, dwarf, unprofiled, fp, … — so a change in the
 * machine's load hits every mode alike; each mode's figure is the median of its per-round ratios
 * (profiled ÷ the unprofiled run of the same round), with the min–max spread.
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
    loadBefore,
    loadAfter: readLoad(),
  };
}

/** Wall time of `perf record` around `true`, with the perf-jit options. */
async function timeEmptyRecording(machine: BenchMachine, scratch: string): Promise<number> {
  const dataPath = join(scratch, 'empty.perf.data');
  const plan = planMode('perf-jit');
  const run = await runCommand(
    [machine.perfPath, '--buildid-dir', join(scratch, 'empty.buildid'), 'record', '-e', machine.event, '-F', String(machine.frequency), ...plan.callGraphArgs, '--no-buildid-cache', '-o', dataPath, '--', 'true'],
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
