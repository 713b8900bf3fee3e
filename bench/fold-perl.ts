/**
 * Fold against Brendan Gregg's stackcollapse-perf.pl, whole process (start-up included), in the
 * same run: `node dist/cli.js fold --compat FILE` and `node dist/cli.js fold FILE` (Python view)
 * against `perl $FLAMEGRAPH_DIR/stackcollapse-perf.pl FILE`, interleaved, on captures of ~29 MB
 * and ~300 MB made by replaying the captured fixtures (`writeSyntheticCapture`, bench/fold.ts;
 * quick: 2 and 6 MB). Speed-up = Perl's time ÷ ours (fastest of the rounds, and median). One
 * more run of each view measures its peak RSS (a preloaded hook prints `maxRSS` at exit, so the
 * timed runs carry nothing extra), and on the smaller capture the compat output is compared with
 * Perl's byte for byte. Targets: ≥ 4× on ~29 MB, ≥ 10× on ~300 MB, peak RSS ≤ 150 MB.
 *
 * Without FLAMEGRAPH_DIR (a FlameGraph checkout) the Perl runs are skipped and said to be.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticCapture } from './fold.js';
import { roundTo, timeInterleaved, type InterleavedTimes } from './interleave.js';

export interface FoldVsPerlSize {
  label: string;
  inputMB: number;
  /** Perl's time ÷ ours, fastest runs; null without Perl. */
  compatSpeedup: number | null;
  pythonSpeedup: number | null;
  /** The same from the medians. */
  compatMedianSpeedup: number | null;
  pythonMedianSpeedup: number | null;
  /** Target speed-up for this size. */
  target: number;
  compatPeakRssMB: number;
  pythonPeakRssMB: number;
  /** On the smaller capture: compat output equals stackcollapse-perf.pl's (null: not compared). */
  compatIdentical: boolean | null;
  times: InterleavedTimes;
}

export interface FoldVsPerlResult {
  /** stackcollapse-perf.pl used, or null when FLAMEGRAPH_DIR is unset or has none. */
  perlScript: string | null;
  /** Why Perl was not run, when it was not. */
  perlMissing?: string;
  sizes: FoldVsPerlSize[];
}

export const foldPeakRssTarget = 150;
const MB = 1024 * 1024;
/** Echoes the process's peak RSS (KB) to stderr at exit; preloaded only into the RSS runs. */
const RSS_PROBE = 'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>writeSync(2,`\\nppg-maxrss-kb ${process.resourceUsage().maxRSS}\\n`));';

export async function benchFoldVsPerl(options: { quick: boolean; workDir: string; repoRoot: string }): Promise<FoldVsPerlResult> {
  mkdirSync(options.workDir, { recursive: true });
  const cli = join(options.repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'npm run build' before the benchmark.`);
  const perl = findPerlScript();
  const sizes = options.quick
    ? [
        { label: '~2 MB', bytes: 2 * MB, rounds: 2, target: 4 },
        { label: '~6 MB', bytes: 6 * MB, rounds: 1, target: 10 },
      ]
    : [
        { label: '~29 MB', bytes: 29 * MB, rounds: 5, target: 4 },
        { label: '~300 MB', bytes: 300 * MB, rounds: 3, target: 10 },
      ];
  const results: FoldVsPerlSize[] = [];
  for (const [index, size] of sizes.entries()) {
    const input = join(options.workDir, `fold-vs-perl-${index}.txt`);
    const bytes = writeSyntheticCapture(input, size.bytes);
    try {
      const node = process.execPath;
      const commands = [
        { name: 'fold --compat', argv: [node, cli, 'fold', '--compat', input] },
        { name: 'fold (python view)', argv: [node, cli, 'fold', input] },
        ...(perl.script ? [{ name: 'stackcollapse-perf.pl', argv: ['perl', perl.script, input] }] : []),
      ];
      const times = await timeInterleaved({ commands, rounds: size.rounds, cwd: options.repoRoot });
      const [compat, python, reference] = times.commands;
      const speedup = (ours: number, theirs: number | undefined) => (theirs === undefined ? null : roundTo(theirs / ours, 2));
      const compatRun = runWithRssProbe({ argv: ['fold', '--compat', input], cli, workDir: options.workDir });
      const pythonRun = runWithRssProbe({ argv: ['fold', input], cli, workDir: options.workDir });
      let compatIdentical: boolean | null = null;
      if (perl.script && index === 0) {
        const perlOutput = spawnSync('perl', [perl.script, input], { maxBuffer: 256 * MB });
        compatIdentical = perlOutput.status === 0 && perlOutput.stdout.equals(readFileSync(compatRun.outputPath));
      }
      rmSync(compatRun.outputPath, { force: true });
      rmSync(pythonRun.outputPath, { force: true });
      results.push({
        label: size.label,
        inputMB: roundTo(bytes / MB, 1),
        compatSpeedup: speedup(compat!.fastestSeconds, reference?.fastestSeconds),
        pythonSpeedup: speedup(python!.fastestSeconds, reference?.fastestSeconds),
        compatMedianSpeedup: speedup(compat!.medianSeconds, reference?.medianSeconds),
        pythonMedianSpeedup: speedup(python!.medianSeconds, reference?.medianSeconds),
        target: size.target,
        compatPeakRssMB: compatRun.peakRssMB,
        pythonPeakRssMB: pythonRun.peakRssMB,
        compatIdentical,
        times,
      });
    } finally {
      if (process.env.FOLD_BENCH_KEEP !== '1') rmSync(input, { force: true });
    }
  }
  return { perlScript: perl.script, ...(perl.missing ? { perlMissing: perl.missing } : {}), sizes: results };
}

function findPerlScript(): { script: string | null; missing?: string } {
  const dir = process.env.FLAMEGRAPH_DIR;
  if (!dir) return { script: null, missing: 'FLAMEGRAPH_DIR is not set (point it at a FlameGraph checkout to measure against stackcollapse-perf.pl)' };
  const script = join(dir, 'stackcollapse-perf.pl');
  if (!existsSync(script)) return { script: null, missing: `${script} does not exist` };
  if (spawnSync('perl', ['-e', '1']).status !== 0) return { script: null, missing: 'perl is not installed' };
  return { script };
}

/** One run of the CLI with the RSS probe preloaded; stdout kept in a file (for the byte comparison). */
function runWithRssProbe(options: { argv: string[]; cli: string; workDir: string }): { peakRssMB: number; outputPath: string } {
  const outputPath = join(options.workDir, `fold-output-${options.argv.join('-').replace(/[^\w-]/g, '_').slice(0, 40)}.folded`);
  const run = spawnSync('sh', ['-c', 'exec "$@" > "$OUT"', 'sh', process.execPath, '--import', RSS_PROBE, options.cli, ...options.argv], {
    env: { ...process.env, OUT: outputPath },
    encoding: 'utf8',
  });
  const match = /ppg-maxrss-kb (\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !match) throw new Error(`RSS run of 'cli.js ${options.argv.join(' ')}' failed (${run.status}): ${run.stderr}`);
  return { peakRssMB: roundTo(Number(match[1]) / 1024, 1), outputPath };
}
