/**
 * CLI start-up: whole-process wall time of `node dist/cli.js --help`, of `fold --compat` on a small
 * capture and of `flamegraph` on a three-stack folded file (real commands whose work is tiny, so
 * what is left is loading their code), each ÷ `node -e 0` measured in the same rounds
 * (interleaved; fastest and median of `rounds`; the target is judged on the fastest runs, the
 * least disturbed by a shared machine). Target: ≤ 1.5× for every command that does not need
 * GitHub. Measures the bundle (run `npm run build` first), as users run it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timeInterleaved, roundTo, type InterleavedTimes } from './interleave.js';

export interface StartupFigure {
  name: string;
  /** Median of the command ÷ median of `node -e 0`. */
  medianRatio: number;
  /** Fastest run of the command ÷ fastest of `node -e 0`. */
  fastestRatio: number;
  medianSeconds: number;
}

export interface StartupBenchResult {
  nodeMedianSeconds: number;
  nodeFastestSeconds: number;
  figures: StartupFigure[];
  times: InterleavedTimes;
}

export const startupTarget = 1.5;

export async function benchStartup(options: { quick: boolean; repoRoot: string; workDir: string }): Promise<StartupBenchResult> {
  const cli = join(options.repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'npm run build' before the benchmark.`);
  const capture = join(options.repoRoot, 'test', 'fixtures', 'fold', 'edge-cases.txt');
  mkdirSync(options.workDir, { recursive: true });
  const folded = join(options.workDir, 'three-stacks.folded');
  writeFileSync(folded, 'python3;main;py::work:app.py 7\npython3;main;py::idle:app.py 2\npython3;main 1\n');
  const node = process.execPath;
  const times = await timeInterleaved({
    cwd: options.repoRoot,
    rounds: options.quick ? 3 : 15,
    commands: [
      { name: 'node -e 0', argv: [node, '-e', '0'] },
      { name: 'cli.js --help', argv: [node, cli, '--help'] },
      { name: 'cli.js fold --compat (small capture)', argv: [node, cli, 'fold', '--compat', capture] },
      { name: 'cli.js flamegraph (three stacks)', argv: [node, cli, 'flamegraph', folded] },
    ],
  });
  const [reference, ...commands] = times.commands;
  return {
    nodeMedianSeconds: reference!.medianSeconds,
    nodeFastestSeconds: reference!.fastestSeconds,
    figures: commands.map((command) => ({
      name: command.name,
      medianRatio: roundTo(command.medianSeconds / reference!.medianSeconds, 2),
      fastestRatio: roundTo(command.fastestSeconds / reference!.fastestSeconds, 2),
      medianSeconds: command.medianSeconds,
    })),
    times,
  };
}
