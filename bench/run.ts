/**
 * `npm run bench [-- --quick]`: every benchmark in one go — CLI start-up, fold (in-process, and
 * whole process against stackcollapse-perf.pl), render, post-processing, profiling overhead, gate
 * accuracy — printed as a table with targets and written to
 * bench/results.json. Exits 0 whether or not the targets are met (they are reported, not
 * asserted); exits 1 only when a benchmark could not run.
 *
 * --quick: small inputs and one or two short runs per figure, under a minute; for the test that
 * keeps this harness working, not for judging targets.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAccuracy } from './accuracy.js';
import { benchFold } from './fold.js';
import { benchFoldVsPerl } from './fold-perl.js';
import { benchJob } from './job.js';
import { inspectMachine, readLoad } from './machine.js';
import { benchOverhead } from './overhead.js';
import { benchPostProcessing } from './postprocess.js';
import { benchRender } from './render.js';
import { benchStartup } from './startup.js';
import { checkTargets, formatBenchReport, type BenchResults } from './table.js';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
export const resultsPath = join(repoRoot, 'bench', 'results.json');

async function main(argv: string[]): Promise<void> {
  const unknown = argv.filter((arg) => arg !== '--quick');
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')}. Usage: npm run bench [-- --quick]`);
  const quick = argv.includes('--quick');
  const started = performance.now();
  const workDir = join(repoRoot, 'bench', '.work', `${quick ? 'quick' : 'full'}-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  const progress = (text: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s, load ${readLoad()}] ${text}\n`);
  try {
    const loadAtStart = readLoad();
    progress('probing CPython and perf …');
    const machine = await inspectMachine({ workDir });
    progress('fold …');
    const foldLoad = readLoad();
    const fold = { ...(await benchFold({ quick, workDir: join(workDir, 'fold') })), load: foldLoad };
    progress('CLI start-up (interleaved with node -e 0) …');
    const startup = await benchStartup({ quick, repoRoot, workDir: join(workDir, 'startup') });
    progress(`fold, whole process, against stackcollapse-perf.pl${process.env.FLAMEGRAPH_DIR ? '' : ' (FLAMEGRAPH_DIR not set: without Perl)'} …`);
    const foldVsPerl = await benchFoldVsPerl({ quick, workDir: join(workDir, 'fold-vs-perl'), repoRoot });
    progress('render …');
    const renderLoad = readLoad();
    const render = { ...(await benchRender({ quick, workDir: join(workDir, 'render') })), load: renderLoad };
    progress('post-processing (perf-jit recording of examples/bench.py) …');
    const postProcessing = await benchPostProcessing({ quick, workDir, machine, repoRoot });
    progress('whole job ÷ its runs (profile of examples/bench.py, defaults) …');
    const job = await benchJob({ quick, workDir, machine, repoRoot });
    progress('profiling overhead (interleaved runs of examples/bench.py) …');
    const overhead = await benchOverhead({ quick, workDir, machine, repoRoot });
    progress('gate accuracy (recording the pool of examples/regression runs) …');
    const accuracy = await benchAccuracy({ quick, workDir, machine, repoRoot });
    const partial: Omit<BenchResults, 'targets' | 'totalSeconds'> = {
      schemaVersion: 1,
      quick,
      date: new Date().toISOString(),
      machine: {
        cores: machine.cores,
        python: `CPython ${machine.python.version} (${machine.python.executable})`,
        perf: machine.perfVersion,
        event: machine.event,
        frequency: machine.frequency,
        probes: machine.probes,
        loadAtStart,
        loadAtEnd: readLoad(),
      },
      startup,
      fold,
      foldVsPerl,
      render,
      postProcessing,
      job,
      overhead,
      accuracy,
    };
    const results: BenchResults = { ...partial, targets: checkTargets(partial), totalSeconds: Math.round((performance.now() - started) / 100) / 10 };
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(formatBenchReport(results));
    process.stdout.write(`Results: ${resultsPath}\n`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
