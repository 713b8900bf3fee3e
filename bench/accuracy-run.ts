/**
 * `npm run bench:accuracy [-- --quick]`: the gate-accuracy benchmark alone (bench/accuracy.ts),
 * printed as its targets and power table and written to bench/accuracy-results.json (not
 * committed). `npm run bench` runs it too, with everything else.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAccuracy } from './accuracy.js';
import { inspectMachine, readLoad } from './machine.js';
import { checkAccuracyTargets, formatAccuracyDetails } from './table.js';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));

async function main(argv: string[]): Promise<void> {
  const unknown = argv.filter((arg) => arg !== '--quick');
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')}. Usage: npm run bench:accuracy [-- --quick]`);
  const quick = argv.includes('--quick');
  const started = performance.now();
  const workDir = join(repoRoot, 'bench', '.work', `accuracy-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  const progress = (text: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s, load ${readLoad()}] ${text}\n`);
  try {
    progress('probing CPython and perf …');
    const machine = await inspectMachine({ workDir });
    progress('gate accuracy (recording the pools of examples/regression runs) …');
    const accuracy = await benchAccuracy({ quick, workDir, machine, repoRoot, progress });
    const totalSeconds = Math.round((performance.now() - started) / 100) / 10;
    const results = { date: new Date().toISOString(), quick, totalSeconds, machine: { cores: machine.cores, python: machine.python.version, perf: machine.perfVersion }, targets: checkAccuracyTargets(accuracy), accuracy };
    writeFileSync(join(repoRoot, 'bench', 'accuracy-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const lines = [
      `gate accuracy, ${results.date}, ${totalSeconds} s, ${machine.cores} cores, CPython ${machine.python.version}, perf ${machine.perfVersion}`,
      ...results.targets.map((check) => `${check.name}: ${check.measured} (target ${check.target}${check.pass === null ? '' : check.pass ? ', PASS' : ', MISS'})`),
      ...formatAccuracyDetails(accuracy),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
